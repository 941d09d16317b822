// Picks the reader for a file by its extension and turns the file into documents or per-item errors.
import { extname } from "node:path";
import { BadInputError, errorMessage } from "../../errors.js";
import { decodeText, DEFAULT_MAX_BYTES } from "./decode.js";
import { readJsonl } from "./jsonl.js";
import { readTextDocument } from "./text.js";
import type { ReadItem } from "./types.js";

export type Format = "text" | "html" | "jsonl" | "feed";

const FORMATS: Record<string, Format> = {
  ".txt": "text", ".md": "text", ".markdown": "text", ".text": "text",
  ".html": "html", ".htm": "html", ".xhtml": "html",
  ".jsonl": "jsonl", ".ndjson": "jsonl",
  ".xml": "feed", ".rss": "feed", ".atom": "feed",
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

export function formatOf(path: string): Format | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/** Reads one file's bytes into documents; whole-file problems come back as one failed item naming the file. */
// HTML and feed parsers load on first use: most runs never need them, and they are slow to load.
export async function readDocuments(bytes: Uint8Array, path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadItem[]> {
  try {
    const format = formatOf(path);
    if (!format) throw new BadInputError(`${path}: unsupported file type (use ${SUPPORTED_EXTENSIONS.join(" ")})`);
    const text = decodeText(bytes, path, maxBytes);
    switch (format) {
      case "text": return [{ ok: true, doc: readTextDocument(text, path) }];
      case "html": return [{ ok: true, doc: (await import("./html.js")).readHtmlDocument(text, path) }];
      case "jsonl": return readJsonl(text, path);
      case "feed": return (await import("./feed.js")).readFeed(text, path);
      default: return format satisfies never;
    }
  } catch (err) {
    return [{ ok: false, source: path, error: errorMessage(err) }];
  }
}

export type { ReadItem, RawDocument } from "./types.js";
