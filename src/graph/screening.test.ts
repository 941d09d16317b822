// Screening in the loop: with lists loaded, ingest screens every person and company; a new list version re-screens.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ingest } from "../ingest/index.js";
import { importLists } from "../screen/lists/index.js";
import { FileListStore } from "../screen/store.js";
import { SqliteStore } from "../store/sqlite/index.js";
import { entityProfile } from "./queries.js";
import { rescreenAll, screenerFor } from "./screening.js";

const fixtures = fileURLToPath(new URL("../screen/lists/fixtures/ofac", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dossier-screening-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("screening in the loop", () => {
  it("no lists loaded: no screener, nothing screened", async () => {
    const store = SqliteStore.open(join(dir, "none.db"));
    expect(await screenerFor(store, join(dir, "no-lists"))).toBeUndefined();
    await store.close();
  });

  it("ingest screens the people it stores; re-screening finds the same hit", async () => {
    const listsDir = join(dir, "lists");
    const lists = new FileListStore(listsDir);
    const imported = await importLists([fixtures]);
    for (const r of imported) await lists.replace(r);
    const text = join(dir, "doc.txt");
    writeFileSync(text, "Title: A broker named\nPublished: 2023-03-30\n\nOFAC designated Ashot Mkrtychev, a Slovakian national, on Thursday. General Director spoke.\n");
    const store = SqliteStore.open(join(dir, "s.db"));
    const screener = await screenerFor(store, listsDir);
    expect(screener).toBeDefined();
    const summary = await ingest(store, [text], { screener: screener!, workers: 0 });
    expect(summary.failed).toBe(0);
    const p = await entityProfile(store, "Ashot Mkrtychev");
    expect(p?.screening[0]).toMatchObject({ matchedName: expect.stringMatching(/MKRTYCHEV/i) });
    expect(p!.screening[0]!.score).toBeGreaterThan(0.9);
    const again = await rescreenAll(store, screener!);
    expect(again.hits).toBeGreaterThan(0);
    await store.close();
  });
});
