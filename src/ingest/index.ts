// `dossier ingest`: files, folders, globs → documents extracted on every core → stored in batches, one transaction each.
import { importModule } from "../import-module.js";
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { errorMessage } from "../errors.js";
import { addDocuments, type AddOutcome } from "../graph/add-document.js";
import type { Screener } from "../graph/screening.js";
import { StoreCorruptError, StoreLockedError } from "../store/errors.js";
import type { Store } from "../store/store.js";
import { inProcessRunner, WorkerPool, type FileRunner } from "./pool.js";
import { prepareDocument, type ExtractFn, type ProcessedItem } from "./process.js";
import type { RawDocument } from "./readers/index.js";
import { expandInputs } from "./sources.js";

export type ItemStatus = "new" | "duplicate" | "failed";

export interface ItemResult {
  source: string;
  status: ItemStatus;
  docId?: string;
  title?: string;
  reason?: string;
}

export interface IngestSummary {
  files: number;
  new: number;
  duplicate: number;
  failed: number;
  items: ItemResult[];
  seconds: number;
  /** CPU time of the whole process (main thread and workers), for throughput independent of other load. */
  cpuSeconds: number;
}

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  documents: number;
}

export interface IngestOptions {
  /** Extract in this process with this function (tests, HTTP API); otherwise a worker pool loads `extractModule`. */
  extract?: ExtractFn;
  /** Module (path or URL) exporting `extract` for the workers; default the project's extractor. */
  extractModule?: string;
  /** Worker threads; default: every core. 0 extracts in-process. */
  workers?: number;
  /** Documents per write transaction. */
  batchSize?: number;
  maxBytes?: number;
  screener?: Screener;
  onProgress?: (p: IngestProgress) => void;
}

export function defaultExtractModule(env: NodeJS.ProcessEnv = process.env): string {
  const custom = env.DOSSIER_EXTRACTOR;
  if (custom) return /^[a-z]+:/.test(custom) ? custom : pathToFileURL(custom).href;
  return new URL("../extract/index.js", import.meta.url).href;
}

/** Bytes of files sent to workers and not taken back yet, at most: many queued files must not mean many large ones. */
const MAX_INFLIGHT_BYTES = 256 * 1024 * 1024;

/** The file's size (0 when it cannot be read: the worker reports why). Synchronous: a promise per file costs more. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function cpuOf(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
}

type Ready = Extract<ProcessedItem, { extraction: unknown }>;

const storeUnusable = (err: unknown): boolean => err instanceof StoreLockedError || err instanceof StoreCorruptError;

function resultOf(r: Ready, status: ItemStatus, reason?: string): ItemResult {
  return { source: r.doc.source ?? r.doc.id, status, docId: r.doc.id, ...(r.doc.title ? { title: r.doc.title } : {}), ...(reason ? { reason } : {}) };
}

/**
 * Stores extracted documents in one transaction, one outcome each (an extraction that breaks the contract fails
 * alone); if something else breaks the transaction, stores them one by one so that only the culprit fails.
 * Throws only when the store itself is unusable (locked or damaged): then no document could be stored.
 */
export async function storeBatch(store: Store, batch: Ready[], screener?: Screener): Promise<ItemResult[]> {
  if (!batch.length) return [];
  const toResults = (rs: Ready[], outcomes: AddOutcome[]): ItemResult[] => rs.map((r, i) => {
    const o = outcomes[i];
    if (!o) return resultOf(r, "failed", `${r.doc.source ?? r.doc.id}: not stored`);
    return o.status === "failed" ? resultOf(r, "failed", `${r.doc.source ?? r.doc.id}: ${o.error.message}`) : resultOf(r, o.status);
  });
  try {
    return toResults(batch, await store.transaction((tx) => addDocuments(tx, batch, screener)));
  } catch (err) {
    if (storeUnusable(err)) throw err;
  }
  const out: ItemResult[] = [];
  for (const r of batch) {
    try {
      out.push(...toResults([r], await store.transaction((tx) => addDocuments(tx, [r], screener))));
    } catch (err) {
      if (storeUnusable(err)) throw err;
      out.push(resultOf(r, "failed", `${r.doc.source ?? r.doc.id}: ${errorMessage(err)}`));
    }
  }
  return out;
}

/** Ingests documents given as text (an HTTP upload, a paste): extracted in-process, stored in one batch. */
export async function ingestTexts(store: Store, docs: RawDocument[], extract: ExtractFn, screener?: Screener): Promise<ItemResult[]> {
  const ready: Ready[] = [];
  const failed: ItemResult[] = [];
  for (const raw of docs) {
    const p = raw.text.trim() ? await prepareDocument(raw, extract) : { ok: false as const, source: raw.source, error: `${raw.source}: the text is empty` };
    if (!p.ok) failed.push({ source: p.source, status: "failed", reason: p.error });
    else if ("extraction" in p) ready.push(p);
  }
  return [...(await storeBatch(store, ready, screener)), ...failed];
}

/** Ingests everything the inputs name; never throws for one bad item (it is reported), only for an unusable store. */
export async function ingest(store: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const { files, missing } = await expandInputs(inputs);
  const items: ItemResult[] = missing.map((m) => ({ source: m.source, status: "failed", reason: m.error }));
  const known = async (ids: string[]): Promise<Set<string>> => new Set((await store.getDocuments(ids)).map((d) => d.id));
  const size = options.workers ?? (options.extract ? 0 : Math.min(availableParallelism(), files.length));
  const batchSize = options.batchSize ?? 200;
  // Files go to workers a few per message; enough are in flight (about two batches) that the workers keep extracting
  // while the main thread writes a batch, instead of waiting for it.
  const group = Math.max(1, Math.min(8, Math.floor(files.length / Math.max(1, size * 4))));
  const groups: string[][] = [];
  for (let i = 0; i < files.length; i += group) groups.push(files.slice(i, i + group));
  const limit = Math.max(2, size * 4, Math.ceil((2 * batchSize) / group));
  let runner: FileRunner;
  if (size > 0) {
    runner = new WorkerPool({
      size, extractModule: options.extractModule ?? defaultExtractModule(), storeLocation: store.location, maxBytes: options.maxBytes,
      depth: Math.ceil(limit / size),
    });
  } else {
    let extract = options.extract;
    if (!extract) extract = ((await importModule(options.extractModule ?? defaultExtractModule())) as { extract: ExtractFn }).extract;
    runner = inProcessRunner(extract, known, options.maxBytes);
  }
  let buffer: Ready[] = [];
  let filesDone = 0, documents = 0;

  const flush = async (): Promise<void> => {
    const batch = buffer;
    buffer = [];
    items.push(...(await storeBatch(store, batch, options.screener)));
  };

  const inflight = new Set<Promise<void>>();
  let inflightBytes = 0;
  let failure: unknown;
  // Results are taken in input order whatever order the workers finish in: the same inputs give the same store.
  const done = new Map<number, ProcessedItem[][]>();
  let next = 0;
  const drain = async (): Promise<void> => {
    for (let processed = done.get(next); processed; processed = done.get(next)) {
      done.delete(next++);
      for (const file of processed) {
        for (const it of file) {
          if (!it.ok) items.push({ source: it.source, status: "failed", reason: it.error });
          else if ("known" in it) items.push({ source: it.source, status: "duplicate", docId: it.docId, ...(it.title ? { title: it.title } : {}) });
          else buffer.push(it);
          documents++;
        }
        filesDone++;
        options.onProgress?.({ filesDone, filesTotal: files.length, documents });
        if (buffer.length >= batchSize) await flush();
      }
    }
  };
  try {
    for (const [i, paths] of groups.entries()) {
      const bytes = paths.reduce((n, path) => n + sizeOf(path), 0);
      inflightBytes += bytes;
      const p = runner.run(paths).then(async (processed) => {
        done.set(i, processed);
        await drain();
      }).catch((err: unknown) => { failure ??= err; });
      inflight.add(p);
      void p.finally(() => { inflight.delete(p); inflightBytes -= bytes; });
      if (inflight.size >= limit || inflightBytes >= MAX_INFLIGHT_BYTES) await Promise.race(inflight);
      if (failure) break;
    }
    await Promise.all(inflight);
    if (!failure) await flush();
  } finally {
    await runner.close();
  }
  if (failure) throw failure;
  const count = (s: ItemStatus): number => items.filter((i) => i.status === s).length;
  return { files: files.length, new: count("new"), duplicate: count("duplicate"), failed: count("failed"), items, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuOf(cpu0) };
}
