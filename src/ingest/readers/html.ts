// HTML pages: the main article text by Mozilla Readability over linkedom; title and date from meta tags.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BadInputError } from "../../errors.js";
import { normalizeDate } from "./decode.js";
import type { RawDocument } from "./types.js";

type HtmlDocument = ReturnType<typeof parseHTML>["document"];

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt";

/** Text of an HTML fragment, one paragraph per block element, blank lines between them. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = (blocks.length ? blocks : [document.body]).map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()).filter(Boolean);
  return parts.join("\n\n");
}

function meta(document: HtmlDocument, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return undefined;
}

export function readHtmlDocument(html: string, source: string): RawDocument {
  const { document } = parseHTML(html);
  const title = meta(document, "og:title", "twitter:title", "dc.title") ?? document.querySelector("title")?.textContent?.trim();
  const date = meta(document, "article:published_time", "datePublished", "pubdate", "date", "dc.date", "og:published_time")
    ?? document.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined;
  const url = meta(document, "og:url") ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const article = new Readability(document as never).parse();
  const text = article?.content ? htmlToText(article.content) : "";
  if (!text.trim()) throw new BadInputError(`${source}: no article text found in the HTML`);
  const doc: RawDocument = { text, source };
  const t = title || article?.title?.trim();
  if (t) doc.title = t;
  const d = normalizeDate(date ?? article?.publishedTime);
  if (d) doc.published = d;
  if (url && /^https?:\/\//.test(url)) doc.url = url;
  return doc;
}
