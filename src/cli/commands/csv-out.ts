// Small CSV helpers for command output and input shared by `screen --file` and `match --pairs`.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { BadInputError, UsageError } from "../../errors.js";
import { decodeText, maxBytesFromEnv } from "../../text/decode.js";

/** A CSV input file's text: UTF-8 only, within DOSSIER_MAX_BYTES, with a message naming the file otherwise. */
async function readText(path: string): Promise<string> {
  // "-" reads standard input: names piped in from another tool.
  if (!path.trim()) throw new UsageError("the CSV file name is empty");
  const bytes = await (path === "-" ? Promise.resolve(readFileSync(0)) : readFile(path)).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`${path}: ${err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a directory, not a CSV file" : err.message}`);
  });
  return decodeText(bytes, path, maxBytesFromEnv());
}

/** One data row of a CSV input: its values by column, the line it ends on, and why it could not be read, if so. */
export interface CsvInputRow {
  line: number;
  record: Record<string, string>;
  error?: string;
}

/**
 * Reads a CSV with a header row; the named columns must be there. When the file does not parse as a whole (a stray
 * quote), it is read line by line: each unreadable line comes back with its error in its place, so a batch can report
 * it and go on; a stray quote does not swallow the lines after it.
 */
export async function readCsvRows(path: string, required: string[]): Promise<CsvInputRow[]> {
  const text = (await readText(path)).replace(/^\uFEFF/, "");
  const opts = { skip_empty_lines: true, relax_column_count: true, trim: true } as const;
  let records: Array<{ line: number; fields?: string[]; error?: string }>;
  try {
    records = (parse(text, { ...opts, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>).map((r) => ({ line: r.info.lines, fields: r.record }));
  } catch {
    records = [];
    text.split(/\r?\n/).forEach((lineText, i) => {
      if (!lineText.trim()) return;
      try {
        const [fields] = parse(lineText, opts) as string[][];
        if (fields) records.push({ line: i + 1, fields });
      } catch (err) {
        records.push({ line: i + 1, error: `line ${i + 1}: ${(err as Error).message.replace(/ at line \d+/, "")}` });
      }
    });
  }
  const [head, ...data] = records;
  if (!head) throw new BadInputError(`${path}: empty file (expected a header row with ${required.map((c) => `"${c}"`).join(", ")})`);
  if (!head.fields) throw new BadInputError(`${path}: the header row is not readable CSV (${head.error ?? "?"})`);
  const header = head.fields;
  for (const col of required) {
    if (!header.includes(col)) throw new UsageError(`${path}: needs a "${col}" column (has ${header.join(", ")})`);
  }
  if (data.length === 0) throw new BadInputError(`${path}: a header but no rows`);
  return data.map((r) => {
    const record: Record<string, string> = {};
    header.forEach((h, i) => { if (r.fields && r.fields[i] !== undefined) record[h] = r.fields[i] ?? ""; });
    return { line: r.line, record, ...(r.error && { error: r.error }) };
  });
}

/** Reads a CSV with a header row into records; the named columns must be there, and every row readable. */
export async function readCsvRecords(path: string, required: string[]): Promise<Array<Record<string, string>>> {
  const rows = await readCsvRows(path, required);
  const bad = rows.find((r) => r.error);
  if (bad) throw new BadInputError(`${path}: not a readable CSV (${bad.error})`);
  return rows.map((r) => r.record);
}

/** --threshold of screen and match: a plain decimal from 0 to 1 ("", "0x1" and "1e-1" are refused, not read as 0, 1, 0.1). */
export function thresholdFlag(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const t = Number(raw);
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(raw) || !(t >= 0 && t <= 1)) throw new UsageError(`--threshold must be a number from 0 to 1, got ${JSON.stringify(raw.slice(0, 40))}`);
  return t;
}

/** A one-line progress bar on standard error, drawn only on a terminal. */
export function progress(total: number): (done: number) => void {
  if (!process.stderr.isTTY || total < 50) return () => undefined;
  let last = -1;
  return (done: number) => {
    const pct = Math.floor((done / total) * 100);
    if (pct === last && done !== total) return;
    last = pct;
    const width = 30;
    const fill = Math.round((done / total) * width);
    process.stderr.write(`\r[${"#".repeat(fill)}${" ".repeat(width - fill)}] ${done}/${total} names${done === total ? "\n" : ""}`);
  };
}

/** `dossier match … | head`: a reader that stops early is not an error; stop writing quietly. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.once("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
}
