// trade.gov Consolidated Screening List CSV (29 named columns; some copies repeat the header line) → list entries.
import { basename } from "node:path";
import { BadInputError } from "../../errors.js";
import { emptyEntry, type ImportResult, type ListEntry, type RowError } from "../types.js";
import { isoDates } from "./dates.js";
import { kindFromListType } from "./kind.js";
import { readCsv } from "./read.js";


function list(v: string | undefined): string[] {
  return (v ?? "").split(";").map((s) => s.trim()).filter(Boolean);
}

/** "CN" at the end of "31 Jinrong Street, Beijing, 100033, CN". */
function addressCountry(a: string): string | undefined {
  const last = a.split(",").map((s) => s.trim()).pop();
  return last && /^[A-Z]{2}$/.test(last) ? last : undefined;
}

export async function importCslCsv(path: string, source: string): Promise<ImportResult> {
  const rowErrors: RowError[] = [];
  const entries: ListEntry[] = [];
  let header: string[] | undefined;
  const seen = new Map<string, number>();
  for await (const { fields, line } of readCsv(path, { rowErrors, maxFields: "header" })) {
    if (!header) {
      if (!fields.includes("name") || !fields.includes("_id")) throw new BadInputError(`${path}:${line}: not a CSL file (no _id/name header)`);
      header = fields;
      continue;
    }
    // The published file carries its header twice.
    if (fields[0] === "_id") continue;
    const row: Record<string, string> = {};
    header.forEach((h, i) => { row[h] = (fields[i] ?? "").trim(); });
    const name = row.name ?? "";
    const id = row._id ?? "";
    if (!name || !id) { rowErrors.push({ file: path, line, message: "row without _id or name" }); continue; }
    // An id seen before would silently replace its first row in the store: report it instead.
    if (seen.has(id)) { rowErrors.push({ file: path, line, message: `duplicate _id ${id} (first on line ${seen.get(id)}), skipped` }); continue; }
    seen.set(id, line);
    const e = emptyEntry(source, id, kindFromListType(row.type ?? "", name, "unknown"), name);
    e.programs = [...list(row.programs), ...(row.source ? [row.source.replace(/\s*-.*$/, "")] : [])];
    e.aliases = list(row.alt_names).map((n) => ({ name: n, quality: "strong" as const, type: "aka" }));
    e.citizenships = list(row.citizenships);
    e.nationalities = list(row.nationalities);
    e.birthDates = list(row.dates_of_birth).flatMap(isoDates);
    e.birthPlaces = list(row.places_of_birth);
    for (const a of list(row.addresses)) {
      const country = addressCountry(a);
      e.addresses.push({ text: a, ...(country && { country }) });
      if (country) e.countries.push(country);
    }
    e.countries.push(...e.citizenships, ...e.nationalities);
    if (row.vessel_flag) e.countries.push(row.vessel_flag);
    if (row.call_sign) e.identifiers.push({ type: "call_sign", value: row.call_sign });
    for (const idText of list(row.ids)) {
      const [type, value, country] = idText.split(",").map((s) => s.trim());
      if (type && value) e.identifiers.push({ type: type.toLowerCase(), value, ...(country && { country }) });
    }
    if (row.remarks) e.remarks = row.remarks;
    entries.push(e);
  }
  if (!header) throw new BadInputError(`${path}: empty file`);
  return { meta: { source, format: "csl-csv", files: [basename(path)] }, entries, rowErrors };
}
