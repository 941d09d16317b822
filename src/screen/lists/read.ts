// Streaming readers shared by the importers: CSV rows with their line numbers, XML records as small trees.
import { createReadStream } from "node:fs";
import { Readable, pipeline } from "node:stream";
import { parse } from "csv-parse";
import { SaxesParser } from "saxes";
import { BadInputError } from "../../errors.js";
import type { RowError } from "../types.js";

export interface CsvRow {
  fields: string[];
  line: number;
}

export interface CsvOptions {
  delimiter?: string;
  /** Row errors are pushed here (line and reason) and the row skipped. */
  rowErrors: RowError[];
  /**
   * The most fields a row of this layout has ("header": as many as the first row). A row with more is reported and
   * skipped: it is nearly always an unbalanced quote that swallowed the line break and joined the rows after it.
   */
  maxFields?: number | "header";
}

/**
 * A file's bytes with their text, chunk by chunk. Lists are UTF-8: UTF-16, Latin-1 and binary files are refused naming
 * the file and the line, rather than read as replacement characters that match nothing.
 */
export async function* utf8Chunks(path: string): AsyncGenerator<{ bytes: Buffer; text: string }> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let first = true;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    if (first && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      throw new BadInputError(`${path}: UTF-16 text; convert the file to UTF-8 first`);
    }
    first = false;
    const lineAt = (offset: number) => line + countNewlines(bytes.subarray(0, offset));
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new BadInputError(`${path}:${lineAt(nul)}: NUL byte, so a binary or UTF-16 file, not a UTF-8 list`);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      // Where the first undecodable byte is: the first replacement character a lenient decoder puts in.
      const lenient = new TextDecoder("utf-8").decode(bytes);
      const bad = lenient.indexOf("\ufffd");
      const at = bad === -1 ? line : line + (lenient.slice(0, bad).match(/\n/g)?.length ?? 0);
      throw new BadInputError(`${path}:${at}: not valid UTF-8 (Latin-1 or another encoding?); convert the file to UTF-8 first`);
    }
    line += countNewlines(bytes);
    yield { bytes, text };
  }
  try {
    decoder.decode();
  } catch {
    throw new BadInputError(`${path}:${line}: not valid UTF-8 (the file ends inside a character); convert the file to UTF-8 first`);
  }
}

function countNewlines(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) n++;
  return n;
}

/** Rows of a CSV file, streamed; a row the parser cannot read is reported and skipped. */
export async function* readCsv(path: string, opts: CsvOptions): AsyncGenerator<CsvRow> {
  const source = Readable.from((async function* () { for await (const c of utf8Chunks(path)) yield c.bytes; })());
  // pipeline, not pipe: an unreadable or undecodable file must end the parse with its error, not leave it waiting.
  const parser = pipeline(
    source,
    parse({
      delimiter: opts.delimiter ?? ",",
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err) opts.rowErrors.push({ file: path, line: (err as { lines?: number }).lines ?? 0, message: err.message });
        return undefined;
      },
    }),
    () => undefined,
  );
  let max = typeof opts.maxFields === "number" ? opts.maxFields : undefined;
  let lastLine = 0;
  for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const fields = rec.record;
    const line = rec.info.lines;
    const firstLine = lastLine + 1;
    lastLine = line;
    // Full OFAC downloads end with a lone SUB (0x1A) byte after the last CRLF.
    if (fields.length === 1 && /^\s*\x1a?\s*$/.test(fields[0] ?? "")) continue;
    if (opts.maxFields === "header") max ??= fields.length;
    if (max !== undefined && fields.length > max) {
      // Reported where the row starts: that is where the stray quote is (csv-parse counts a quoted CRLF as two lines).
      opts.rowErrors.push({
        file: path, line: firstLine,
        message: `${fields.length} fields where ${max} were expected: a missing or unbalanced quote split this row or joined it with the next; skipped`,
      });
      continue;
    }
    yield { fields, line };
  }
}

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XNode[];
  line: number;
}

export function child(n: XNode | undefined, name: string): XNode | undefined {
  return n?.children.find((c) => c.name === name);
}
export function kids(n: XNode | undefined, name: string): XNode[] {
  return n ? n.children.filter((c) => c.name === name) : [];
}
export function txt(n: XNode | undefined, name?: string): string {
  const t = name ? child(n, name) : n;
  return (t?.text ?? "").trim();
}

export interface XmlHandlers {
  /** Element names that make one record each (sdnEntry, INDIVIDUAL, ENTITY). */
  recordTags: ReadonlySet<string>;
  onRecord: (node: XNode) => void;
  /** Elements outside records whose text is wanted (Publish_Date). */
  onMeta?: (name: string, text: string, attrs: Record<string, string>) => void;
}

/** Streams an XML file, building a small tree per record only; a malformed file throws naming file and line. */
export async function readXml(path: string, h: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const stack: XNode[] = [];
  let depthOutside = "";
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === "string" ? v : v.value;
    const name = tag.name.includes(":") ? tag.name.slice(tag.name.indexOf(":") + 1) : tag.name;
    if (stack.length === 0 && !h.recordTags.has(name)) {
      depthOutside = name;
      h.onMeta?.(name, "", attrs);
      return;
    }
    const node: XNode = { name, attrs, text: "", children: [], line: parser.line };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
    else if (depthOutside && t.trim()) h.onMeta?.(depthOutside, t.trim(), {});
  });
  parser.on("closetag", () => {
    const node = stack.pop();
    if (node && stack.length === 0) h.onRecord(node);
  });
  try {
    for await (const chunk of utf8Chunks(path)) parser.write(chunk.text);
    parser.close();
  } catch (err) {
    if (err instanceof BadInputError) throw err;
    throw new BadInputError(`${path}:${parser.line}: not well-formed XML (${(err as Error).message.split("\n")[0]})`);
  }
}
