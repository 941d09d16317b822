import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Extraction } from "../extract/types.js";
import { StoreCorruptError } from "../store/errors.js";
import { SqliteStore } from "../store/sqlite/index.js";
import { damageTable } from "../store/test-helpers/damage.js";
import type { Store } from "../store/store.js";
import { ingest, ingestTexts } from "./index.js";

/** A stand-in extractor: one country per capitalised "Land" word, no facts; "EXPLODE" makes it throw, "DANGLING" breaks the contract. */
function fakeExtract(text: string): Extraction {
  if (text.includes("EXPLODE")) throw new Error("the extractor gave up");
  const entities = [...text.matchAll(/\b([A-Z][a-z]+land)\b/g)].map((m, i) => ({
    id: `e${i + 1}`, type: "country" as const, name: m[1] ?? "", aliases: [], mentions: [{ start: m.index ?? 0, end: (m.index ?? 0) + (m[1]?.length ?? 0) }],
  }));
  const facts: Extraction["facts"] = text.includes("DANGLING")
    ? [{ id: "f1", type: "visit", roles: { visitor: "e99" }, items: [], status: "occurred", certainty: "stated", attributedTo: [], linked: [], evidence: [], rule: "t" }]
    : [];
  return { document: { id: "", chars: text.length }, entities, facts };
}

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dossier-ingest-"));
  store = SqliteStore.open(join(dir, "s.db"));
});
afterEach(async () => store.close());

describe("ingest", () => {
  it("reads folders recursively and every format, reports per item, and re-ingest is a no-op", async () => {
    const src = join(dir, "in");
    mkdirSync(join(src, "deeper"), { recursive: true });
    writeFileSync(join(src, "a.txt"), "Title: First\nPublished: 2024-03-01\n\nNorland sent grain to Sudland.");
    writeFileSync(join(src, "deeper", "b.md"), "# Notes\n\nWestland talked to Eastland.");
    writeFileSync(join(src, "c.jsonl"), '{"title":"J1","text":"Oakland met Pineland."}\n{broken json\n{"title":"J3","text":"Norland sent grain to Sudland."}\n');
    writeFileSync(join(src, "d.rss"), '<rss><channel><item><title>R1</title><description>Riverland and Hillland signed a pact.</description></item></channel></rss>');
    writeFileSync(join(src, "empty.txt"), "");
    writeFileSync(join(src, "e.txt"), "EXPLODE here");
    writeFileSync(join(src, "f.txt"), "DANGLING Norland");
    writeFileSync(join(src, "ignored.pdf"), "%PDF");
    const s = await ingest(store, [src], { extract: fakeExtract, batchSize: 3 });
    expect(s.files).toBe(7);
    expect([s.new, s.duplicate, s.failed]).toEqual([4, 1, 4]);
    const reasons = s.items.filter((i) => i.status === "failed").map((i) => i.reason).sort();
    expect(reasons).toEqual([
      expect.stringMatching(/c\.jsonl:2: malformed JSON/),
      expect.stringMatching(/e\.txt: extraction failed: the extractor gave up/),
      expect.stringMatching(/empty\.txt: the file is empty/),
      expect.stringMatching(/f\.txt.*unknown entity e99/),
    ]);
    expect(s.items.find((i) => i.status === "duplicate")?.source).toMatch(/c\.jsonl:3|a\.txt/);
    const stats = await store.stats();
    expect(stats.documents).toBe(4);
    expect((await store.search("grain", 5))[0]?.title).toBe("First");
    const again = await ingest(store, [src], { extract: fakeExtract });
    expect([again.new, again.duplicate]).toEqual([0, 5]);
    expect(await store.stats()).toEqual(stats);
  });

  it("takes globs and single files, and names inputs that do not exist", async () => {
    writeFileSync(join(dir, "x1.txt"), "Iceland and Greenland.");
    writeFileSync(join(dir, "x2.txt"), "Finland and Lapland.");
    const s = await ingest(store, [join(dir, "x*.txt"), join(dir, "missing.txt"), join(dir, "nomatch-*.md")], { extract: fakeExtract });
    expect([s.new, s.failed]).toEqual([2, 2]);
    expect(s.items.filter((i) => i.status === "failed").map((i) => i.reason)).toEqual([
      expect.stringMatching(/missing\.txt: no such file or folder/), expect.stringMatching(/nomatch-\*\.md: the pattern matches no supported file/),
    ]);
    const [ice] = await store.listEntities(10, 0);
    expect(ice).toBeDefined();
  });
});

describe("ingestTexts", () => {
  it("stores texts given directly, reports each, and a repeat is a duplicate", async () => {
    const docs = [
      { text: "Norland sent grain to Sudland.", title: "T1", source: "upload-1" },
      { text: "   ", source: "upload-2" },
      { text: "EXPLODE now", source: "upload-3" },
      { text: "Norland sent grain to Sudland.", source: "upload-4" },
    ];
    const r = await ingestTexts(store, docs, fakeExtract);
    expect(r.map((x) => `${x.source}:${x.status}`)).toEqual(["upload-1:new", "upload-4:duplicate", "upload-2:failed", "upload-3:failed"]);
    expect((await store.stats()).documents).toBe(1);
  });
});

describe("a damaged store", () => {
  it("stops the batch with the store's error naming the file, instead of failing every document one by one", async () => {
    await ingestTexts(store, [{ text: "Norland sent grain to Sudland.", source: "first" }], fakeExtract);
    await store.close();
    damageTable(join(dir, "s.db"), "documents");
    store = SqliteStore.open(join(dir, "s.db"));
    const docs = [{ text: "Westland met Eastland.", source: "a" }, { text: "Oakland met Pineland.", source: "b" }];
    await expect(ingestTexts(store, docs, fakeExtract)).rejects.toThrow(StoreCorruptError);
    await expect(ingestTexts(store, docs, fakeExtract)).rejects.toThrow(/s\.db is damaged/);
  });
});
