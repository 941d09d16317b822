// What a reader makes of one input file: documents ready to extract, or per-item errors.
export interface RawDocument {
  text: string;
  title?: string;
  published?: string;
  url?: string;
  /** "path", "path:line" (JSONL) or "path#item" (feeds): names the item in summaries and errors. */
  source: string;
}

export type ReadItem = { ok: true; doc: RawDocument } | { ok: false; source: string; error: string };
