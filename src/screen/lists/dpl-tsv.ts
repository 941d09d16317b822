// BIS Denied Persons List (tab-separated, quoted, with a header) → list entries.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { BadInputError } from "../../errors.js";
import { emptyEntry, type ImportResult, type ListEntry, type RowError } from "../types.js";
import { kindFromName } from "./kind.js";
import { readCsv } from "./read.js";

export async function importDpl(path: string, source: string): Promise<ImportResult> {
  const rowErrors: RowError[] = [];
  const entries: ListEntry[] = [];
  const seen = new Map<string, number>();
  let header: string[] | undefined;
  for await (const { fields, line } of readCsv(path, { delimiter: "\t", rowErrors, maxFields: "header" })) {
    if (!header) {
      if (fields[0] !== "Name") throw new BadInputError(`${path}:${line}: not a Denied Persons List (first column is not Name)`);
      header = fields;
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => { row[h] = (fields[i] ?? "").trim(); });
    const name = row.Name ?? "";
    if (!name) { rowErrors.push({ file: path, line, message: "row without a name" }); continue; }
    // The DPL has no ids: name, address and order date identify a denial across versions.
    const key = [name, row.Street_Address, row.City, row.Effective_Date].join("|");
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const id = createHash("sha1").update(`${key}|${n}`).digest("hex").slice(0, 12);
    const e = emptyEntry(source, id, kindFromName(name, "unknown"), name);
    const country = row.Country || undefined;
    const city = [row.City, row.State, row.Postal_Code].filter(Boolean).join(" ");
    e.addresses.push({ ...(row.Street_Address && { text: row.Street_Address }), ...(city && { city }), ...(country && { country }) });
    if (country) e.countries.push(country);
    e.programs = ["DPL"];
    if (row.FR_Citation) e.remarks = `${row.Action ?? ""} ${row.FR_Citation}`.trim();
    entries.push(e);
  }
  if (!header) throw new BadInputError(`${path}: empty file`);
  return { meta: { source, format: "dpl", files: [basename(path)] }, entries, rowErrors };
}
