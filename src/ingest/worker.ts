// Worker thread of the ingest pool: reads, parses and extracts the files it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { processFiles, type ExtractFn } from "./process.js";

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
const known = store ? async (ids: string[]) => new Set((await store!.getDocuments(ids)).map((d) => d.id)) : undefined;

const deps = { extract, ...(known ? { known } : {}), ...(init.maxBytes ? { maxBytes: init.maxBytes } : {}) };
parentPort?.on("message", async (msg: { id: number; paths: string[] } | { close: true }) => {
  if ("close" in msg) {
    await store?.close();
    parentPort?.close();
    return;
  }
  try {
    parentPort?.postMessage({ id: msg.id, items: await processFiles(msg.paths, deps) });
  } catch (err) {
    // Sent as plain fields: an error that is not a built-in one (better-sqlite3's SqliteError) would reach the main
    // thread as an empty object, its message lost.
    const e = err as { message?: unknown; code?: unknown };
    parentPort?.postMessage({ id: msg.id, error: { message: String(e?.message ?? err), ...(typeof e?.code === "string" ? { code: e.code } : {}) } });
  }
});
parentPort?.postMessage({ ready: true });
