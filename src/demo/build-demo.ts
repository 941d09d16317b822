// `dossier demo`: a fresh store from the bundled sample texts and the demo OFAC-format list, every party screened.
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ingest, type IngestSummary } from "../ingest/index.js";
import type { ExtractFn } from "../ingest/process.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { nameScreenerFor } from "../server/name-screener-for.js";
import { entityScreenerOf, type NameScreener } from "../server/screener.js";
import { screenerFor } from "../graph/screening.js";

export const SAMPLES_DIR = fileURLToPath(new URL("../../samples", import.meta.url));
export const DEMO_LIST = fileURLToPath(new URL("../../samples/lists/demo-sdn.csv", import.meta.url));

export interface DemoStore {
  store: Store;
  screener: NameScreener;
  summary: IngestSummary;
  listEntries: number;
  /** Where the demo list was imported (the engine's lists directory). */
  listsDirectory: string;
}

/** Removes any old store at `location`, loads the list, ingests the samples (screening every party) and returns the open store. */
export async function buildDemo(location: string, options: { samples?: string[]; list?: string; extract?: ExtractFn } = {}): Promise<DemoStore> {
  for (const suffix of ["", "-wal", "-shm"]) if (existsSync(location + suffix)) rmSync(location + suffix);
  const store = openStore(location);
  try {
    // The demo list goes through the screening engine's own importer into a lists directory beside the store.
    const listsDirectory = `${location}.lists`;
    rmSync(listsDirectory, { recursive: true, force: true });
    const { importLists } = await import("../screen/lists/index.js");
    const { FileListStore } = await import("../screen/store.js");
    const lists = new FileListStore(listsDirectory);
    let listEntries = 0;
    for (const r of await importLists([options.list ?? DEMO_LIST], { source: "us_ofac_sdn", format: "ofac-csv" })) {
      await lists.replace(r);
      listEntries += r.entries.length;
    }
    const screener = await nameScreenerFor(store, listsDirectory);
    const samples = options.samples ?? [SAMPLES_DIR];
    const summary = await ingest(store, samples, { workers: 0, screener: (await screenerFor(store, listsDirectory)) ?? entityScreenerOf(screener), ...(options.extract ? { extract: options.extract } : {}) });
    return { store, screener, summary, listEntries, listsDirectory };
  } catch (err) {
    await store.close();
    throw err;
  }
}
