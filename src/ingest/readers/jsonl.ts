// JSON Lines: one article per line with title, published, url and text; a bad line fails alone.
import { normalizeDate } from "./decode.js";
import type { ReadItem } from "./types.js";

export function readJsonl(text: string, source: string): ReadItem[] {
  const out: ReadItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const item = `${source}:${i + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (err) {
      out.push({ ok: false, source: item, error: `${item}: malformed JSON (${(err as Error).message})` });
      return;
    }
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      out.push({ ok: false, source: item, error: `${item}: expected an object with title, published, url, text` });
      return;
    }
    const o = v as Record<string, unknown>;
    const body = typeof o.text === "string" ? o.text : typeof o.content === "string" ? o.content : undefined;
    if (!body?.trim()) {
      out.push({ ok: false, source: item, error: `${item}: no "text" field` });
      return;
    }
    const doc: ReadItem = { ok: true, doc: { text: body, source: item } };
    if (typeof o.title === "string" && o.title.trim()) doc.doc.title = o.title.trim();
    const d = normalizeDate(o.published ?? o.date);
    if (d) doc.doc.published = d;
    if (typeof o.url === "string" && /^https?:\/\//.test(o.url)) doc.doc.url = o.url;
    out.push(doc);
  });
  return out;
}
