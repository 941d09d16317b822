import { describe, expect, it } from "vitest";
import { readDocuments } from "./index.js";
import { normalizeDate } from "./decode.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("readers", () => {
  it("splits a Key: value header off a text file; offsets then refer to the body", async () => {
    const [item] = await readDocuments(enc("Source: https://paper.example/n/1\nTitle: Grain for guns\nPublished: 2024-02-03\n\nBody starts here.\nSecond line."), "a.txt");
    expect(item).toEqual({ ok: true, doc: { text: "Body starts here.\nSecond line.", title: "Grain for guns", published: "2024-02-03", url: "https://paper.example/n/1", source: "a.txt" } });
  });

  it("keeps a text whose first lines are not a header whole", async () => {
    const text = "Note: this is prose, not a header\nand it goes on.\n\nMore.";
    const [item] = await readDocuments(enc(text), "b.md");
    expect(item?.ok && item.doc.text).toBe(text);
    const [item2] = await readDocuments(enc("Warning: words\n\nbody"), "c.txt");
    expect(item2?.ok && item2.doc.text).toBe("Warning: words\n\nbody");
  });

  it("strips a BOM and refuses empty, binary, undecodable and oversized files, naming the file", async () => {
    const [bom] = await readDocuments(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("Hello there.")]), "bom.txt");
    expect(bom?.ok && bom.doc.text).toBe("Hello there.");
    const err = async (bytes: Uint8Array, name: string, max?: number): Promise<string> => {
      const [r] = await readDocuments(bytes, name, max);
      return r && !r.ok ? r.error : "no error";
    };
    expect(await err(new Uint8Array(), "empty.txt")).toMatch(/empty\.txt: the file is empty/);
    expect(await err(new Uint8Array([1, 0, 2, 3]), "bin.txt")).toMatch(/bin\.txt: looks like a binary file/);
    expect(await err(new Uint8Array([0x66, 0xff, 0xfe, 0x41]), "latin.txt")).toMatch(/latin\.txt: is not valid UTF-8/);
    expect(await err(enc("x".repeat(100)), "big.txt", 10)).toMatch(/big\.txt: 100 bytes is over the limit of 10 bytes \(raise it with --max-bytes\)/);
    expect(await err(enc("hello"), "a.pdf")).toMatch(/a\.pdf: unsupported file type/);
  });

  it("names UTF-16 text (with or without a byte-order mark) as such instead of calling it binary", async () => {
    const utf16 = (s: string, be: boolean, bom: boolean): Uint8Array => {
      const body = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        body[2 * i + (be ? 1 : 0)] = s.charCodeAt(i) & 0xff;
        body[2 * i + (be ? 0 : 1)] = s.charCodeAt(i) >> 8;
      }
      return bom ? new Uint8Array([...(be ? [0xfe, 0xff] : [0xff, 0xfe]), ...body]) : body;
    };
    for (const be of [false, true]) {
      for (const bom of [false, true]) {
        const [r] = await readDocuments(utf16("Title: Drones\n\nNorland sent drones to Sudland, officials said.", be, bom), "u16.txt");
        expect(r?.ok ? "no error" : r?.error).toBe("u16.txt: UTF-16 text, not UTF-8: save it as UTF-8");
      }
    }
    const [cyrillic] = await readDocuments(utf16("Норландия", false, true), "ru.txt");
    expect(cyrillic?.ok ? "no error" : cyrillic?.error).toMatch(/ru\.txt: UTF-16 text/);
  });

  it("reads JSONL line by line; a malformed line fails alone with its line number", async () => {
    const items = await readDocuments(enc('{"title":"One","published":"2023-05-01T08:00:00Z","url":"https://x.example/1","text":"First body."}\n{oops\n\n{"title":"No text"}\n'), "feed.jsonl");
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({ ok: true, doc: { text: "First body.", title: "One", published: "2023-05-01", url: "https://x.example/1", source: "feed.jsonl:1" } });
    expect(items[1]).toMatchObject({ ok: false, source: "feed.jsonl:2" });
    expect(items[2]).toMatchObject({ ok: false, error: expect.stringMatching(/feed\.jsonl:4: no "text"/) });
  });

  it("extracts an HTML article's main text, title and date from meta tags", async () => {
    const para = "The ministry said the convoy carried spare parts for tractors and was inspected twice at the border. ";
    const html = `<html><head><title>Site | Page</title><meta property="og:title" content="Convoy inspected">
      <meta property="article:published_time" content="2022-07-09T12:00:00+02:00"><link rel="canonical" href="https://site.example/convoy"></head>
      <body><nav><a href="/">Home</a><a href="/about">About us</a></nav><article><h1>Convoy inspected</h1><p>${para.repeat(4)}</p><p>${para.repeat(3)}</p></article>
      <footer>Copyright notice and cookie banner</footer></body></html>`;
    const [item] = await readDocuments(enc(html), "page.html");
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    expect(item.doc.title).toBe("Convoy inspected");
    expect(item.doc.published).toBe("2022-07-09");
    expect(item.doc.url).toBe("https://site.example/convoy");
    expect(item.doc.text).toContain("spare parts for tractors");
    expect(item.doc.text).not.toContain("cookie banner");
    expect(item.doc.text).toContain("\n\n");
  });

  it("reads RSS items and Atom entries, and names malformed XML", async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>First &amp; best</title><link>https://r.example/1</link><pubDate>Tue, 10 Oct 2023 09:00:00 GMT</pubDate><description>&lt;p&gt;Ships left port.&lt;/p&gt;</description></item>
      <item><title>Second</title><link>https://r.example/2</link><description>Planes landed.</description></item></channel></rss>`;
    const items = await readDocuments(enc(rss), "news.rss");
    expect(items.map((i) => i.ok && [i.doc.title, i.doc.text, i.doc.published ?? null, i.doc.url])).toEqual([
      ["First & best", "Ships left port.", "2023-10-10", "https://r.example/1"], ["Second", "Planes landed.", null, "https://r.example/2"],
    ]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E1</title><link rel="alternate" href="https://a.example/e1"/>
      <published>2024-01-02T00:00:00Z</published><content type="html">&lt;p&gt;Trucks crossed.&lt;/p&gt;</content></entry></feed>`;
    expect(await readDocuments(enc(atom), "f.atom")).toEqual([{ ok: true, doc: { text: "Trucks crossed.", title: "E1", published: "2024-01-02", url: "https://a.example/e1", source: "f.atom#1" } }]);
    const [bad] = await readDocuments(enc("<rss><channel><item></rss>"), "broken.xml");
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/broken\.xml: malformed XML at line 1/) });
  });

  it("normalises dates", async () => {
    expect(normalizeDate("2023-03-30")).toBe("2023-03-30");
    expect(normalizeDate("Thu, 30 Mar 2023 10:00:00 GMT")).toBe("2023-03-30");
    expect(normalizeDate("someday")).toBeUndefined();
  });
});
