// UN Security Council consolidated list XML (CONSOLIDATED_LIST of INDIVIDUAL and ENTITY) → list entries.
import { basename } from "node:path";
import { emptyEntry, type ImportResult, type ListEntry, type RowError } from "../types.js";
import { isoDates } from "./dates.js";
import { kids, readXml, txt, type XNode } from "./read.js";

function joinParts(...parts: string[]): string {
  return parts.map((p) => p.trim()).filter(Boolean).join(", ");
}

function toEntry(n: XNode, source: string): ListEntry | string {
  const id = txt(n, "DATAID");
  const name = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].map((f) => txt(n, f)).filter(Boolean).join(" ");
  if (!id || !name) return `${n.name} without DATAID or name`;
  const person = n.name === "INDIVIDUAL";
  const e = emptyEntry(source, id, person ? "person" : "organization", name);
  const ref = txt(n, "REFERENCE_NUMBER");
  if (ref) e.identifiers.push({ type: "un_reference", value: ref });
  const prog = txt(n, "UN_LIST_TYPE");
  if (prog) e.programs.push(prog);
  const original = txt(n, "NAME_ORIGINAL_SCRIPT");
  if (original) e.aliases.push({ name: original, quality: "strong", type: "original script", script: true });
  for (const a of kids(n, person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
    const an = txt(a, "ALIAS_NAME");
    // UN grades aliases Good or Low; Low ones are weak.
    if (an) e.aliases.push({ name: an, quality: /low/i.test(txt(a, "QUALITY")) ? "weak" : "strong", type: "aka" });
  }
  for (const v of kids(n, "NATIONALITY").flatMap((x) => kids(x, "VALUE"))) {
    const c = txt(v);
    if (c) { e.nationalities.push(c); e.countries.push(c); }
  }
  for (const d of kids(n, "INDIVIDUAL_DATE_OF_BIRTH")) {
    const date = txt(d, "DATE") || txt(d, "YEAR");
    const from = txt(d, "FROM_YEAR");
    const to = txt(d, "TO_YEAR");
    if (date) e.birthDates.push(...isoDates(date));
    else if (from && to) e.birthDates.push(`${from}-${to}`);
  }
  for (const p of kids(n, "INDIVIDUAL_PLACE_OF_BIRTH")) {
    const place = joinParts(txt(p, "CITY"), txt(p, "STATE_PROVINCE"), txt(p, "COUNTRY"));
    if (place) e.birthPlaces.push(place);
    if (txt(p, "COUNTRY")) e.countries.push(txt(p, "COUNTRY"));
  }
  for (const a of kids(n, person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
    const text = joinParts(txt(a, "STREET"));
    const city = joinParts(txt(a, "CITY"), txt(a, "STATE_PROVINCE"));
    const country = txt(a, "COUNTRY");
    if (!text && !city && !country) continue;
    e.addresses.push({ ...(text && { text }), ...(city && { city }), ...(country && { country }) });
    if (country) e.countries.push(country);
  }
  for (const d of kids(n, "INDIVIDUAL_DOCUMENT")) {
    const value = txt(d, "NUMBER");
    if (!value) continue;
    const t = txt(d, "TYPE_OF_DOCUMENT");
    const country = txt(d, "ISSUING_COUNTRY") || txt(d, "COUNTRY_OF_ISSUE");
    e.identifiers.push({ type: /passport/i.test(t) ? "passport" : "national_id", value, ...(country && { country }), ...(t && { note: t }) });
  }
  const comments = txt(n, "COMMENTS1");
  if (comments) e.remarks = comments;
  return e;
}

export async function importUnXml(path: string, source: string): Promise<ImportResult> {
  const rowErrors: RowError[] = [];
  const entries: ListEntry[] = [];
  let listDate: string | undefined;
  await readXml(path, {
    recordTags: new Set(["INDIVIDUAL", "ENTITY"]),
    onRecord: (n) => {
      const e = toEntry(n, source);
      if (typeof e === "string") rowErrors.push({ file: path, line: n.line, message: e });
      else entries.push(e);
    },
    onMeta: (name, _text, attrs) => {
      if (name === "CONSOLIDATED_LIST" && attrs.dateGenerated) listDate = attrs.dateGenerated.slice(0, 10);
    },
  });
  return { meta: { source, format: "un-xml", files: [basename(path)], ...(listDate && { listDate }) }, entries, rowErrors };
}
