// Streaming readers shared by the importers: CSV rows with their line numbers, XML records as small trees.
import { createReadStream } from "node:fs";
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
}

/** Rows of a CSV file, streamed; a row the parser cannot read is reported and skipped. */
export async function* readCsv(path: string, opts: CsvOptions): AsyncGenerator<CsvRow> {
  const parser = createReadStream(path).pipe(
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
  );
  for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const fields = rec.record;
    // Full OFAC downloads end with a lone SUB (0x1A) byte after the last CRLF.
    if (fields.length === 1 && /^\s*\x1a?\s*$/.test(fields[0] ?? "")) continue;
    yield { fields, line: rec.info.lines };
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
    for await (const chunk of createReadStream(path, { encoding: "utf8" })) parser.write(chunk as string);
    parser.close();
  } catch (err) {
    throw new BadInputError(`${path}:${parser.line}: not well-formed XML (${(err as Error).message.split("\n")[0]})`);
  }
}
