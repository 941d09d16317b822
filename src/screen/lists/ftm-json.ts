// FollowTheMoney entities, one JSON object a line (the OpenSanctions export format) → list entries.
import { basename } from "node:path";
import { BadInputError } from "../../errors.js";
import { emptyEntry, type EntryKind, type ImportResult, type ListEntry, type RowError } from "../types.js";
import { utf8Chunks } from "./read.js";

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

/** No FtM entity comes near this; a longer line means the file is not JSON lines. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;

/** The file's lines, decoded as strict UTF-8; a line without end refuses the file instead of exhausting memory. */
async function* jsonLines(path: string): AsyncGenerator<string> {
  let rest = "";
  let line = 1;
  for await (const { text } of utf8Chunks(path)) {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      yield rest + text.slice(start, nl);
      rest = "";
      start = nl + 1;
      line++;
    }
    rest += text.slice(start);
    if (rest.length > MAX_LINE_CHARS) throw new BadInputError(`${path}:${line}: a line of more than ${MAX_LINE_CHARS} characters, so not JSON lines`);
  }
  if (rest) yield rest;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export async function importFtm(path: string, source: string): Promise<ImportResult> {
  const rowErrors: RowError[] = [];
  const entries: ListEntry[] = [];
  let line = 0;
  for await (const raw of jsonLines(path)) {
    line++;
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
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
