// One input file → stored-ready documents with their extractions (or per-item errors); runs in a worker or in-process.
import { readFileSync } from "node:fs";
import { contentId } from "../text/hash.js";
import { BadInputError, errorMessage } from "../errors.js";
import { checkExtraction } from "../graph/add-document.js";
import { entityKeys } from "../graph/names.js";
import type { Extraction } from "../extract/types.js";
import type { DocumentInput } from "../store/types.js";
import { readDocuments, type RawDocument, type ReadItem } from "./readers/index.js";

export type ExtractFn = (text: string, options: { published?: string; title?: string }) => Extraction | Promise<Extraction>;

export type ProcessedItem =
  /**
   * Checked against its text here (in the worker), with `keys`, each entity's resolution keys, so that the single
   * writer does neither.
   */
  | { ok: true; doc: DocumentInput; extraction: Extraction; keys?: string[][]; checked: true }
  | { ok: true; known: true; source: string; docId: string; title?: string }
  | { ok: false; source: string; error: string };

export interface ProcessDeps {
  extract: ExtractFn;
  /** Which of these content hashes the store already holds: those documents are not extracted again. */
  known?: (docIds: string[]) => Promise<Set<string>>;
  maxBytes?: number;
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
export async function prepareDocument(raw: RawDocument, extract: ExtractFn, id = contentId(raw.text)): Promise<ProcessedItem> {
  try {
    const opts: { published?: string; title?: string } = {};
    if (raw.published) opts.published = raw.published;
    if (raw.title) opts.title = raw.title;
    const extraction = await extract(raw.text, opts);
    try {
      checkExtraction(extraction, raw.text.length);
    } catch (err) {
      // Reported as the store reports it: the document fails alone.
      if (err instanceof BadInputError) return { ok: false, source: raw.source, error: `${raw.source}: ${err.message}` };
      throw err;
    }
    const doc: DocumentInput = { id, text: raw.text, source: raw.source, publisher: publisherOf(raw, id) };
    if (raw.title) doc.title = raw.title;
    if (raw.published) doc.published = raw.published;
    if (raw.url) doc.url = raw.url;
    return { ok: true, doc, extraction, ...keysOf(extraction), checked: true };
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

/** Reads, parses and extracts one file. */
export async function processFile(path: string, deps: ProcessDeps): Promise<ProcessedItem[]> {
  return (await processFiles([path], deps))[0] ?? [];
}

/**
 * Reads, parses and extracts a few files, one item list per path: all of them are read and hashed first, so that
 * the content the store already holds is found with one look-up and not extracted again.
 */
export async function processFiles(paths: string[], deps: ProcessDeps): Promise<ProcessedItem[][]> {
  const read: { item: ReadItem; id?: string }[][] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      // Synchronous on purpose: a worker has nothing else to do meanwhile, and it saves four thread-pool round trips per file.
      bytes = readFileSync(path);
    } catch (err) {
      read.push([{ item: { ok: false, source: path, error: `${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? errorMessage(err)})` } }]);
      continue;
    }
    read.push((await readDocuments(bytes, path, deps.maxBytes)).map((item) => (item.ok ? { item, id: contentId(item.doc.text) } : { item })));
  }
  const ids = read.flat().flatMap((r) => (r.id ? [r.id] : []));
  const known = deps.known && ids.length ? await deps.known(ids) : new Set<string>();
  const out: ProcessedItem[][] = [];
  for (const file of read) {
    const items: ProcessedItem[] = [];
    for (const { item, id } of file) {
      if (!item.ok || !id) { if (!item.ok) items.push(item); continue; }
      const raw = item.doc;
      if (known.has(id)) items.push({ ok: true, known: true, source: raw.source, docId: id, ...(raw.title ? { title: raw.title } : {}) });
      else items.push(await prepareDocument(raw, deps.extract, id));
    }
    out.push(items);
  }
  return out;
}
