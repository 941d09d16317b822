// Reads a list in OFAC's legacy sdn.csv format (12 columns, "-0-" for empty) into store list entries: enough for the demo list.
// The screening engine (src/screen/lists/ofac-csv.ts on its branch) is the full importer; this one reads names, aliases, programs, DOB and countries.
import { BadInputError } from "../errors.js";
import type { ListEntryInput } from "../store/types.js";

/** Splits CSV text into rows of fields (RFC 4180 quoting). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); field = "";
      if (row.some((f) => f.trim())) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim())) rows.push(row);
  return rows;
}

/** OFAC's country names in the demo list → ISO codes, so they compare with the extractor's countries. */
const ISO: Record<string, string> = { slovakia: "SK", iran: "IR", "korea, north": "KP", russia: "RU", armenia: "AM", ukraine: "UA" };
const iso = (c: string): string => ISO[c.toLowerCase()] ?? c;

const nul = (v: string | undefined): string | undefined => (v === undefined || v.trim() === "-0-" || v.trim() === "" ? undefined : v.trim());

/** "MKRTYCHEV, Ashot" → "Ashot MKRTYCHEV" (an individual's name as written in text). */
function personName(name: string): string {
  const m = /^([^,]+),\s*(.+)$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : name;
}

export function readOfacSdnCsv(text: string, list = "us_ofac_sdn", version = "demo"): ListEntryInput[] {
  const out: ListEntryInput[] = [];
  for (const [i, row] of parseCsv(text).entries()) {
    if (row.length !== 12) throw new BadInputError(`OFAC sdn.csv line ${i + 1}: ${row.length} columns, expected 12`);
    const [id, name, type, program, , , , , , flag, , remarks] = row;
    const entryId = nul(id), primary = nul(name);
    if (!entryId || !primary) throw new BadInputError(`OFAC sdn.csv line ${i + 1}: no entry number or name`);
    const t = nul(type)?.toLowerCase();
    const kind = t === "individual" ? "person" : t === "vessel" ? "vessel" : t === "aircraft" ? "aircraft" : "organization";
    const rem = nul(remarks) ?? "";
    const fix = (n: string): string => (kind === "person" ? personName(n) : n);
    const aliases = [...rem.matchAll(/[af]\.k\.a\.\s*'([^']+)'/gi)].map((m) => fix(m[1] ?? "")).filter(Boolean);
    const birthDates = [...rem.matchAll(/\bDOB\s+([0-9A-Za-z ]*?\d{4})/g)].map((m) => (m[1] ?? "").trim());
    const countries = [...rem.matchAll(/\bNationality\s+([^;.]+)/gi)].map((m) => (m[1] ?? "").trim());
    const first = /^([A-Z][A-Za-z ,]+?);/.exec(rem);
    if (kind !== "person" && first?.[1]) countries.push(first[1].trim());
    const f = nul(flag);
    if (f) countries.push(f);
    out.push({
      list, version, entryId, name: fix(primary), schema: kind,
      data: { kind, aliases, programs: (nul(program) ?? "").split(/\]\s*\[/).map((p) => p.trim()).filter(Boolean), birthDates, countries: [...new Set(countries.map(iso))], remarks: rem },
    });
  }
  return out;
}
