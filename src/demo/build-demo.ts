// `dossier demo`: a fresh store from the bundled sample texts and the demo OFAC-format list, every party screened.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ingest, type IngestSummary } from "../ingest/index.js";
import type { ExtractFn } from "../ingest/process.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { nameScreenerFor } from "../server/name-screener-for.js";
import { entityScreenerOf, type NameScreener } from "../server/screener.js";
import { readOfacSdnCsv } from "./ofac-sdn-csv.js";

export const SAMPLES_DIR = fileURLToPath(new URL("../../samples", import.meta.url));
export const DEMO_LIST = fileURLToPath(new URL("../../samples/lists/demo-sdn.csv", import.meta.url));

export interface DemoStore {
  store: Store;
  screener: NameScreener;
  summary: IngestSummary;
  listEntries: number;
}

/** Removes any old store at `location`, loads the list, ingests the samples (screening every party) and returns the open store. */
export async function buildDemo(location: string, options: { samples?: string[]; list?: string; extract?: ExtractFn } = {}): Promise<DemoStore> {
  for (const suffix of ["", "-wal", "-shm"]) if (existsSync(location + suffix)) rmSync(location + suffix);
  const store = openStore(location);
  try {
    const entries = readOfacSdnCsv(readFileSync(options.list ?? DEMO_LIST, "utf8"), "us_ofac_sdn", "demo");
    await store.transaction((tx) => tx.insertListEntries(entries));
    const screener = await nameScreenerFor(store);
    const samples = options.samples ?? [SAMPLES_DIR];
    const summary = await ingest(store, samples, { workers: 0, screener: entityScreenerOf(screener), ...(options.extract ? { extract: options.extract } : {}) });
    return { store, screener, summary, listEntries: entries.length };
  } catch (err) {
    await store.close();
    throw err;
  }
}
