// One text (from the HTTP API or a pipe) into the store: header split, content hash, extraction, one transaction.
import { importModule } from "../import-module.js";
import { BadInputError } from "../errors.js";
import { addDocument, type AddResult } from "../graph/add-document.js";
import type { Screener } from "../graph/screening.js";
import type { Store } from "../store/store.js";
import type { DocumentInput } from "../store/types.js";
import { contentId } from "../text/hash.js";
import { defaultExtractModule } from "./index.js";
import { publisherOf, type ExtractFn } from "./process.js";
import { readTextDocument } from "./readers/text.js";

export interface TextInput {
  text: string;
  title?: string;
  published?: string;
  url?: string;
  source?: string;
}

export interface IngestTextOptions {
  extract?: ExtractFn;
  screener?: Screener;
}

/** Loads the project's extractor (or $DOSSIER_EXTRACTOR) once. */
export async function loadExtractor(module = defaultExtractModule()): Promise<ExtractFn> {
  return ((await importModule(module)) as { extract: ExtractFn }).extract;
}

/** Stores one text: a "Title:/Published:" header is split off when the fields are not given; the same text again is a no-op. */
export async function ingestText(store: Store, input: TextInput, options: IngestTextOptions = {}): Promise<AddResult & { title?: string }> {
  if (typeof input.text !== "string" || !input.text.trim()) throw new BadInputError("text is empty");
  const raw = readTextDocument(input.text, input.source ?? "api");
  if (input.title) raw.title = input.title;
  if (input.published) raw.published = input.published;
  if (input.url) raw.url = input.url;
  const id = contentId(raw.text);
  const extract = options.extract ?? (await loadExtractor());
  const extraction = await extract(raw.text, { ...(raw.published ? { published: raw.published } : {}), ...(raw.title ? { title: raw.title } : {}) });
  const doc: DocumentInput = { id, text: raw.text, source: raw.source, publisher: publisherOf(raw, id) };
  if (raw.title) doc.title = raw.title;
  if (raw.published) doc.published = raw.published;
  if (raw.url) doc.url = raw.url;
  const res = await store.transaction((tx) => addDocument(tx, doc, extraction, options.screener));
  return { ...res, ...(raw.title ? { title: raw.title } : {}) };
}
