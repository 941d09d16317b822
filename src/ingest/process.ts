// One input file → stored-ready documents with their extractions (or per-item errors); runs in a worker or in-process.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { errorMessage } from "../errors.js";
import { entityKeys } from "../graph/names.js";
import type { Extraction } from "../extract/types.js";
import type { DocumentInput } from "../store/types.js";
import { readDocuments, type RawDocument } from "./readers/index.js";

export type ExtractFn = (text: string, options: { published?: string; title?: string }) => Extraction | Promise<Extraction>;

export type ProcessedItem =
  /** `keys`: each entity's resolution keys, computed here (in the worker) so the single writer does not. */
  | { ok: true; doc: DocumentInput; extraction: Extraction; keys?: string[][] }
  | { ok: true; known: true; source: string; docId: string; title?: string }
  | { ok: false; source: string; error: string };

export interface ProcessDeps {
  extract: ExtractFn;
  /** True when the store already holds this content hash: the document is not extracted again. */
  isKnown?: (docId: string) => Promise<boolean>;
  maxBytes?: number;
}

export function contentHash(text: string): string {
  return "sha256:" + createHash("sha256").update(text).digest("hex");
}

/** The publisher a document counts as for independent sources: its URL's host, else the document itself. */
export function publisherOf(raw: Pick<RawDocument, "url">, docId: string): string {
  if (raw.url) {
    try {
      return new URL(raw.url).hostname.replace(/^www\./, "").toLowerCase();
    } catch {
      // fall through: an unparsable URL says nothing about the publisher
    }
  }
  return docId;
}

/** Extracts one read document and shapes it for the store; an extractor failure is a failed item naming the source. */
export async function prepareDocument(raw: RawDocument, extract: ExtractFn): Promise<ProcessedItem> {
  const id = contentHash(raw.text);
  try {
    const opts: { published?: string; title?: string } = {};
    if (raw.published) opts.published = raw.published;
    if (raw.title) opts.title = raw.title;
    const extraction = await extract(raw.text, opts);
    const doc: DocumentInput = { id, text: raw.text, source: raw.source, publisher: publisherOf(raw, id) };
    if (raw.title) doc.title = raw.title;
    if (raw.published) doc.published = raw.published;
    if (raw.url) doc.url = raw.url;
    return { ok: true, doc, extraction, ...keysOf(extraction) };
  } catch (err) {
    return { ok: false, source: raw.source, error: `${raw.source}: extraction failed: ${errorMessage(err)}` };
  }
}

/** The entities' resolution keys, or nothing when the extraction is too broken to have them (the store reports it). */
function keysOf(x: Extraction): { keys?: string[][] } {
  try {
    return { keys: x.entities.map(entityKeys) };
  } catch {
    return {};
  }
}

export async function processFile(path: string, deps: ProcessDeps): Promise<ProcessedItem[]> {
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: a worker has nothing else to do meanwhile, and it saves four thread-pool round trips per file.
    bytes = readFileSync(path);
  } catch (err) {
    return [{ ok: false, source: path, error: `${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})` }];
  }
  const out: ProcessedItem[] = [];
  for (const item of await readDocuments(bytes, path, deps.maxBytes)) {
    if (!item.ok) { out.push(item); continue; }
    const raw = item.doc;
    const id = contentHash(raw.text);
    if (deps.isKnown && (await deps.isKnown(id))) {
      out.push({ ok: true, known: true, source: raw.source, docId: id, ...(raw.title ? { title: raw.title } : {}) });
      continue;
    }
    out.push(await prepareDocument(raw, deps.extract));
  }
  return out;
}
