// OFAC legacy CSV (sdn.csv / cons_prim.csv with their add, alt and comments files) → list entries.
import { basename } from "node:path";
import { emptyEntry, type ImportResult, type ListEntry, type RowError } from "../types.js";
import { applyOfacRemarks } from "./ofac-remarks.js";
import { readCsv } from "./read.js";
import { kindFromListType } from "./kind.js";

export interface OfacCsvFiles {
  primary: string;
  add?: string;
  alt?: string;
  comments?: string;
}

/** OFAC writes a missing value as -0-, sometimes with a trailing space. */
export function ofacValue(v: string | undefined): string {
  const t = (v ?? "").trim();
  return t === "-0-" ? "" : t;
}


/** "SDGT] [IFSR" → ["SDGT", "IFSR"]. */
export function splitPrograms(p: string): string[] {
  return p.split(/\]\s*\[|;/).map((s) => s.replace(/[[\]]/g, "").trim()).filter(Boolean);
}

export async function importOfacCsv(files: OfacCsvFiles, source: string): Promise<ImportResult> {
  const rowErrors: RowError[] = [];
  const byId = new Map<string, ListEntry>();
  const remarks = new Map<string, string>();
  for await (const { fields, line } of readCsv(files.primary, { rowErrors, maxFields: 12 })) {
    const id = ofacValue(fields[0]);
    const name = ofacValue(fields[1]);
    if (!/^\d+$/.test(id) || !name) {
      rowErrors.push({ file: files.primary, line, message: `expected ent_num and SDN_Name, got ${JSON.stringify(fields.slice(0, 2))}` });
      continue;
    }
    const e = emptyEntry(source, id, kindFromListType(ofacValue(fields[2]), name, "organization"), name);
    e.programs = splitPrograms(ofacValue(fields[3]));
    const callSign = ofacValue(fields[5]);
    if (callSign) e.identifiers.push({ type: "call_sign", value: callSign });
    const flag = ofacValue(fields[9]);
    if (flag) e.countries.push(flag);
    const title = ofacValue(fields[4]);
    if (title) e.remarks = title;
    remarks.set(id, ofacValue(fields[11]));
    byId.set(id, e);
  }
  if (files.comments) {
    // A remark cut at the field limit goes on in the comments file, mid-word if need be.
    for await (const { fields, line } of readCsv(files.comments, { rowErrors, maxFields: 2 })) {
      const id = ofacValue(fields[0]);
      if (!byId.has(id)) { rowErrors.push({ file: files.comments, line, message: `comment for unknown entry ${id}` }); continue; }
      remarks.set(id, (remarks.get(id) ?? "") + ofacValue(fields[1]));
    }
  }
  for (const [id, r] of remarks) {
    const e = byId.get(id);
    if (!e || !r) continue;
    e.remarks = e.remarks ? `${e.remarks}; ${r}` : r;
    applyOfacRemarks(e, r);
  }
  if (files.alt) {
    for await (const { fields, line } of readCsv(files.alt, { rowErrors, maxFields: 5 })) {
      const e = byId.get(ofacValue(fields[0]));
      const name = ofacValue(fields[3]);
      if (!e || !name) { rowErrors.push({ file: files.alt, line, message: "alias for unknown entry or without a name" }); continue; }
      e.aliases.push({ name, quality: "strong", type: ofacValue(fields[2]).toLowerCase() || "aka" });
    }
  }
  if (files.add) {
    for await (const { fields, line } of readCsv(files.add, { rowErrors, maxFields: 6 })) {
      const e = byId.get(ofacValue(fields[0]));
      if (!e) { rowErrors.push({ file: files.add, line, message: "address for unknown entry" }); continue; }
      const text = ofacValue(fields[2]);
      const city = ofacValue(fields[3]);
      const country = ofacValue(fields[4]);
      if (text || city || country) e.addresses.push({ ...(text && { text }), ...(city && { city }), ...(country && { country }) });
      if (country) e.countries.push(country);
    }
  }
  const files_ = [files.primary, files.add, files.alt, files.comments].filter((f): f is string => !!f);
  return { meta: { source, format: "ofac-csv", files: files_.map((f) => basename(f)) }, entries: [...byId.values()], rowErrors };
}
