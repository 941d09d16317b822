// RSS 2.0 and Atom feed files: each item or entry becomes a document (its content, else its summary).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { BadInputError } from "../../errors.js";
import { normalizeDate } from "./decode.js";
import { htmlToText } from "./html.js";
import type { ReadItem } from "./types.js";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", processEntities: true, htmlEntities: true });

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
function textOf(v: unknown): string | undefined {
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in v) return String((v as Record<string, unknown>)["#text"]);
  return undefined;
}
function atomLink(v: unknown): string | undefined {
  for (const l of list(v)) {
    if (typeof l === "string") return l;
    const o = l as Record<string, unknown>;
    if (!o["@rel"] || o["@rel"] === "alternate") return typeof o["@href"] === "string" ? o["@href"] : undefined;
  }
  return undefined;
}

export function readFeed(xml: string, source: string): ReadItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new BadInputError(`${source}: malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  const root = parser.parse(xml) as Record<string, unknown>;
  const rss = root.rss as Record<string, unknown> | undefined;
  const feed = root.feed as Record<string, unknown> | undefined;
  const rdf = root["rdf:RDF"] as Record<string, unknown> | undefined;
  let entries: { title?: string; link?: string; date?: unknown; body?: string }[];
  if (rss || rdf) {
    const channel = (rss?.channel ?? rdf?.channel ?? {}) as Record<string, unknown>;
    entries = list(channel.item ?? rdf?.item).map((i) => {
      const o = i as Record<string, unknown>;
      return { title: textOf(o.title), link: textOf(o.link) ?? textOf(o.guid), date: o.pubDate ?? o["dc:date"], body: textOf(o["content:encoded"]) ?? textOf(o.description) };
    });
  } else if (feed) {
    entries = list(feed.entry).map((e) => {
      const o = e as Record<string, unknown>;
      return { title: textOf(o.title), link: atomLink(o.link), date: o.published ?? o.updated, body: textOf(o.content) ?? textOf(o.summary) };
    });
  } else {
    throw new BadInputError(`${source}: XML but neither an RSS nor an Atom feed`);
  }
  return entries.map((e, i): ReadItem => {
    const item = `${source}#${i + 1}`;
    const text = e.body ? htmlToText(e.body) : "";
    if (!text.trim()) return { ok: false, source: item, error: `${item}: feed entry has no content or summary` };
    const doc: ReadItem = { ok: true, doc: { text, source: item } };
    if (e.title?.trim()) doc.doc.title = e.title.trim();
    const d = normalizeDate(textOf(e.date));
    if (d) doc.doc.published = d;
    if (e.link && /^https?:\/\//.test(e.link)) doc.doc.url = e.link.trim();
    return doc;
  });
}
