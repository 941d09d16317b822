// `dossier demo`'s store: the bundled samples ingested, the demo list loaded, parties screened against it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { entityProfile } from "../graph/queries.js";
import type { ExtractFn } from "../ingest/process.js";
import { buildDoc } from "../store/test-helpers/fixtures.js";
import { buildDemo } from "./build-demo.js";

/** Finds one named person when the text names him: enough to see the screening hook at work. */
const extract: ExtractFn = (text) =>
  buildDoc(text, {}, text.includes("Ashot Mkrtychev") ? [{ id: "e1", type: "person", name: "Ashot Mkrtychev" }] : [], []).extraction;

it("ingests every sample, loads the list, and stores the list hit with its reasons", async () => {
  const demo = await buildDemo(join(mkdtempSync(join(tmpdir(), "dossier-demo-")), "demo.db"), { extract });
  try {
    expect(demo.summary.failed).toBe(0);
    expect(demo.summary.new).toBeGreaterThanOrEqual(4);
    expect(demo.listEntries).toBeGreaterThanOrEqual(5);
    expect((await demo.screener.datasets())[0]?.name).toBe("us_ofac_sdn");
    const p = await entityProfile(demo.store, "Ashot Mkrtychev");
    expect(p.screening[0]).toMatchObject({ list: "us_ofac_sdn", entryId: "90001" });
    expect(p.screening[0]?.reasons.length).toBeGreaterThan(0);
  } finally {
    await demo.store.close();
  }
});
