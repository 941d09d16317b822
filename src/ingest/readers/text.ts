// Plain text and Markdown, with an optional header of "Key: value" lines ended by a blank line.
import type { RawDocument } from "./types.js";
import { normalizeDate } from "./decode.js";

const HEADER_LINE = /^([A-Za-z][A-Za-z -]{0,30}):[ \t]*(.*)$/;
const TITLE_KEYS = new Set(["title"]);
const DATE_KEYS = new Set(["published", "date", "pubdate"]);
const URL_KEYS = new Set(["source", "url", "link"]);

/** Splits off the header when every line before the first blank line is "Key: value" and one key is known. */
export function readTextDocument(text: string, source: string): RawDocument {
  const lines = text.split(/\r?\n/);
  const blank = lines.findIndex((l) => l.trim() === "");
  const doc: RawDocument = { text, source };
  if (blank <= 0) return doc;
  const fields = new Map<string, string>();
  for (const line of lines.slice(0, blank)) {
    const m = HEADER_LINE.exec(line);
    if (!m) return doc;
    fields.set((m[1] ?? "").trim().toLowerCase(), (m[2] ?? "").trim());
  }
  const known = [...fields.keys()].some((k) => TITLE_KEYS.has(k) || DATE_KEYS.has(k) || URL_KEYS.has(k));
  if (!known) return doc;
  // The body starts after the header's blank line(s); offsets of the extraction refer to the body.
  let start = lines.slice(0, blank + 1).reduce((n, l) => n + l.length + 1, 0);
  start = Math.min(start, text.length);
  while (start < text.length && (text[start] === "\n" || text[start] === "\r")) start++;
  doc.text = text.slice(start);
  for (const [k, v] of fields) {
    if (TITLE_KEYS.has(k) && v) doc.title = v;
    else if (DATE_KEYS.has(k)) { const d = normalizeDate(v); if (d) doc.published = d; }
    else if (URL_KEYS.has(k) && /^https?:\/\//.test(v)) doc.url = v;
  }
  return doc;
}
