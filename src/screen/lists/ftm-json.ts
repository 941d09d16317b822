// FollowTheMoney entities, one JSON object a line (the OpenSanctions export format) → list entries.
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { emptyEntry, type EntryKind, type ImportResult, type ListEntry, type RowError } from "../types.js";

const SCHEMA_KIND: Readonly<Record<string, EntryKind>> = {
  Person: "person", Company: "company", Organization: "organization", LegalEntity: "unknown", PublicBody: "organization",
  Vessel: "vessel", Airplane: "aircraft",
};

const ID_PROPS: ReadonlyArray<readonly [string, string]> = [
  ["passportNumber", "passport"], ["taxNumber", "tax_id"], ["idNumber", "national_id"], ["registrationNumber", "registration"],
  ["imoNumber", "imo"], ["callSign", "call_sign"], ["mmsi", "mmsi"], ["innCode", "tax_id"], ["ogrnCode", "registration"],
  ["swiftBic", "swift"], ["leiCode", "lei"],
];

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.trim() !== "") : [];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export async function importFtm(path: string, source: string): Promise<ImportResult> {
  const rowErrors: RowError[] = [];
  const entries: ListEntry[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    // Valid JSON that is not an object (null, an array, a number) is as unusable as a syntax error.
    if (!isObject(parsed)) { rowErrors.push({ file: path, line, message: "not a JSON object" }); continue; }
    const obj = parsed as { id?: unknown; schema?: unknown; properties?: unknown };
    const kind = typeof obj.schema === "string" ? SCHEMA_KIND[obj.schema] : undefined;
    const p: Record<string, unknown> = isObject(obj.properties) ? obj.properties : {};
    const names = strings(p.name);
    // Addresses, sanctions and other non-party schemata are not screened.
    if (!kind) continue;
    if (typeof obj.id !== "string" || !names[0]) { rowErrors.push({ file: path, line, message: "entity without id or name" }); continue; }
    const e = emptyEntry(source, obj.id, kind, names[0]);
    for (const n of names.slice(1)) e.aliases.push({ name: n, quality: "strong", type: "name" });
    for (const n of strings(p.alias)) e.aliases.push({ name: n, quality: "strong", type: "aka" });
    for (const n of strings(p.previousName)) e.aliases.push({ name: n, quality: "strong", type: "fka" });
    for (const n of strings(p.weakAlias)) e.aliases.push({ name: n, quality: "weak", type: "aka" });
    e.birthDates = strings(p.birthDate);
    e.birthPlaces = strings(p.birthPlace);
    e.nationalities = strings(p.nationality);
    e.citizenships = strings(p.citizenship);
    e.countries = [...strings(p.country), ...strings(p.jurisdiction), ...e.nationalities, ...e.citizenships, ...strings(p.flag)];
    e.addresses = strings(p.address).map((t) => ({ text: t }));
    for (const [prop, type] of ID_PROPS) for (const v of strings(p[prop])) e.identifiers.push({ type, value: v });
    e.programs = [...strings(p.program), ...strings(p.programId)];
    const notes = strings(p.notes).join(" ");
    if (notes) e.remarks = notes;
    entries.push(e);
  }
  return { meta: { source, format: "ftm-json", files: [basename(path)] }, entries, rowErrors };
}
