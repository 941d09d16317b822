// Worker thread of the ingest pool: reads, parses and extracts the files it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { processFile, type ExtractFn } from "./process.js";

interface Init {
  extractModule: string;
  storeLocation?: string;
  maxBytes?: number;
}

const init = workerData as Init;
const mod = (await import(init.extractModule)) as { extract?: ExtractFn };
const extract = mod.extract;
if (typeof extract !== "function") throw new Error(`${init.extractModule} does not export an extract function`);
// A read-only view of the store lets the worker skip content it already holds without extracting it again.
let store: Store | undefined;
try {
  store = init.storeLocation ? openStore(init.storeLocation, { readonly: true }) : undefined;
} catch {
  store = undefined;
}
const isKnown = store ? async (id: string) => (await store!.getDocuments([id])).length > 0 : undefined;

const deps = { extract, ...(isKnown ? { isKnown } : {}), ...(init.maxBytes ? { maxBytes: init.maxBytes } : {}) };
parentPort?.on("message", async (msg: { id: number; paths: string[] } | { close: true }) => {
  if ("close" in msg) {
    await store?.close();
    parentPort?.close();
    return;
  }
  const items = [];
  for (const path of msg.paths) items.push(await processFile(path, deps));
  parentPort?.postMessage({ id: msg.id, items });
});
parentPort?.postMessage({ ready: true });
