// Hostile input to the normaliser, the remarks parser and the importers: long, binary, regex-hostile.
// No wall-clock assertions (house rule): boundedness is checked on the output instead, and a
// catastrophic regex would show as the test timing out.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DossierError } from "../errors.js";
import { importLists } from "./lists/index.js";
import { applyOfacRemarks } from "./lists/ofac-remarks.js";
import { MAX_NAME_CHARS, normaliseName } from "./match/normalise.js";
import { matchNames } from "./match/pair.js";
import { emptyEntry } from "./types.js";

const fx = (p: string) => join(fileURLToPath(new URL(".", import.meta.url)), "lists", "fixtures", p);
const HOSTILE = [
  "a".repeat(10_000),
  `${"(a+)+".repeat(2000)}!`,
  "\u0000\u0001\u0002\uffff\ufffe\ud800\udfff\u202e\u200b",
  `e${"\u0301".repeat(5000)}`,
  "김".repeat(3000),
  "金".repeat(3000),
  "ء".repeat(3000),
  `${"a.k.a. '".repeat(1500)}x`,
  " ,;.-'`\"".repeat(1500),
];

describe("normaliser under hostile input", () => {
  it("stays bounded", () => {
    for (const s of HOSTILE) {
      const n = normaliseName(s);
      expect(n.variants.length).toBeLessThanOrEqual(4);
      for (const v of n.variants) {
        expect(v.length).toBeLessThanOrEqual(24);
        for (const tok of v) expect(tok.text).toMatch(/^[a-z0-9~]+$/);
      }
      expect(n.raw.length).toBe(s.length);
    }
    expect(MAX_NAME_CHARS).toBeLessThan(10_000);
  });
  it("scores hostile pairs without throwing", () => {
    for (const s of HOSTILE) {
      const r = matchNames(s, "Vladimir Putin");
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });
  it("parses hostile remarks item by item", () => {
    const e = emptyEntry("x", "1", "person", "X");
    applyOfacRemarks(e, `${"DOB 1 Jan 1970; a.k.a. 'Q'; Linked To: X; ".repeat(2000)}${"(".repeat(10_000)}`);
    expect(e.birthDates).toHaveLength(2000);
    expect(e.links).toHaveLength(2000);
  });
});

describe("importers under hostile input", () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "dossier-hostile-")); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it("turns binary forced through every format into a clear error or reported rows, never a crash", async () => {
    for (const format of ["ofac-csv", "ofac-xml", "un-xml", "csl-csv", "dpl", "ftm-json"] as const) {
      try {
        const [r] = await importLists([fx("binary.bin")], { format, source: "x" });
        expect(r?.entries).toEqual([]);
      } catch (err) {
        expect(err).toBeInstanceOf(DossierError);
        expect((err as Error).message).toContain("binary.bin");
      }
    }
  });
  it("reads a 10,000-character field and an unterminated quote, reporting the line", async () => {
    const p = join(dir, "sdn.csv");
    await writeFile(p, `1,"${"A".repeat(10_000)}","individual","X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970."\r\n2,"OK NAME",-0- ,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n3,"BROKEN\r\n`);
    const [r] = await importLists([p]);
    expect(r?.entries.map((e) => e.id)).toEqual(["1", "2"]);
    // The parser notices the open quote where the file ends, one line after the row began.
    expect(r?.rowErrors[0]?.line).toBeGreaterThanOrEqual(3);
    expect(r?.rowErrors[0]?.message).toMatch(/quote/i);
  });
  it("refuses list files in another encoding than UTF-8, naming the file, the line and the problem", async () => {
    const xml = '<?xml version="1.0"?>\n<sdnList>\n<sdnEntry><uid>1</uid><lastName>GARC\u00cdA</lastName></sdnEntry>\n</sdnList>\n';
    const csv = '1,"GARC\u00cdA","individual","X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n';
    const cases: Array<[string, Buffer, RegExp]> = [
      ["latin1.xml", Buffer.from(xml, "latin1"), /latin1\.xml:3: not valid UTF-8/],
      ["sdn.csv", Buffer.from(`2,"OK",-0- ,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n${csv}`, "latin1"), /sdn\.csv:2: not valid UTF-8/],
      ["utf16.xml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]), /utf16\.xml: UTF-16/],
      ["empty.csv", Buffer.alloc(0), /empty\.csv: empty file/],
    ];
    for (const [name, bytes, message] of cases) {
      const p = join(dir, name);
      await writeFile(p, bytes);
      await expect(importLists([p])).rejects.toThrow(message);
    }
    // A forced format skips detection; the reader still refuses the encoding.
    await writeFile(join(dir, "f.xml"), Buffer.from(xml, "latin1"));
    await expect(importLists([join(dir, "f.xml")], { format: "ofac-xml" })).rejects.toThrow(/f\.xml:3: not valid UTF-8/);
  });
  it("reports rows an unbalanced quote has joined, instead of silently losing the rows it swallowed", async () => {
    const row = (id: number, name: string, tail = "-0- ") => `${id},"${name}",-0- ,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,${tail}\r\n`;
    const p = join(dir, "quotes", "sdn.csv");
    await mkdir(join(dir, "quotes"), { recursive: true });
    await writeFile(p, `${row(1, "ONE")}${row(2, "TWO", '"unterminated')}${row(3, "THREE")}${row(4, "FOUR")}`);
    const [r] = await importLists([p]);
    // Row 3 went into row 2's open quote: the joined row is reported at the line it starts; rows 1 and 4 are kept.
    expect(r?.entries.map((e) => e.id)).toEqual(["1", "4"]);
    expect(r?.rowErrors).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/^22 fields where 12 were expected: a missing or unbalanced quote/) })]);
  });
  it("refuses a FIFO, an FtM file in Latin-1 and an FtM line without end, instead of hanging or crashing", async () => {
    if (process.platform !== "win32") {
      const fifo = join(dir, "fifo.csv");
      execFileSync("mkfifo", [fifo]);
      await expect(importLists([fifo])).rejects.toThrow(/fifo\.csv: not a regular file/);
    }
    const latin = join(dir, "latin.ftm.json");
    await writeFile(latin, Buffer.from('{"id":"p1","schema":"Person","properties":{"name":["Jos\u00e9 Garc\u00eda"]}}\n', "latin1"));
    await expect(importLists([latin])).rejects.toThrow(/latin\.ftm\.json:1: not valid UTF-8/);
    const endless = join(dir, "endless.ftm.json");
    await writeFile(endless, `{"id":"${"x".repeat(17 * 1024 * 1024)}`);
    await expect(importLists([endless])).rejects.toThrow(/endless\.ftm\.json:1: a line of more than/);
  });
  it("refuses a folder of nothing but unknown files", async () => {
    const p = join(dir, "junk.txt");
    await writeFile(p, "just some prose\nnot a list\n");
    await expect(importLists([p])).rejects.toThrow(/junk\.txt: unknown list format/);
  });
});
