// Small CSV helpers for command output and input shared by `screen --file` and `match --pairs`.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { BadInputError, UsageError } from "../../errors.js";

export function csvLine(fields: Array<string | number | undefined>): string {
  return `${fields.map((f) => {
    const s = f === undefined ? "" : String(f);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(",")}\n`;
}

/** Reads a CSV with a header row into records; the named columns must be there. */
export async function readCsvRecords(path: string, required: string[]): Promise<Array<Record<string, string>>> {
  const text = await readFile(path, "utf8").catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`${path}: ${err.code === "ENOENT" ? "no such file" : err.message}`);
  });
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as Array<Record<string, string>>;
  } catch (err) {
    throw new BadInputError(`${path}: not a readable CSV (${(err as Error).message})`);
  }
  const first = rows[0];
  for (const col of required) {
    if (first && !(col in first)) throw new UsageError(`${path}: needs a "${col}" column (has ${Object.keys(first).join(", ")})`);
  }
  return rows;
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
