// `dossier screen NAME` and `dossier screen --file names.csv`: thin over screen/index.
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { checkQuery, DEFAULT_LIMIT, DEFAULT_THRESHOLD, loadLists, screen, screenBatch, type BatchRow, type MatchMode, type ScreenHit, type ScreenOptions } from "../../screen/index.js";
import { listsDir } from "../../screen/store.js";
import { ENTRY_KINDS, type EntryKind } from "../../screen/types.js";
import { csvLine } from "../../text/csv.js";
import { exitQuietlyOnClosedPipe, progress, readCsvRows, thresholdFlag } from "./csv-out.js";

interface ScreenFlags {
  kind?: string;
  dob?: string;
  country?: string;
  threshold?: string;
  limit?: string;
  json?: boolean;
  file?: string;
  output?: string;
  mode?: string;
  lists?: string;
  source?: string;
}

function kindOf(k: string | undefined, where: string): EntryKind | undefined {
  if (!k) return undefined;
  const kind = k.toLowerCase() === "entity" ? "organization" : k.toLowerCase();
  if (!ENTRY_KINDS.includes(kind as EntryKind)) throw new UsageError(`${where}: kind must be one of ${ENTRY_KINDS.join(", ")}`);
  return kind as EntryKind;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real month and day. */
function dobOf(d: string | undefined, where: string): string | undefined {
  if (!d) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  const month = Number(m?.[2] ?? 1);
  const day = Number(m?.[3] ?? 1);
  const valid = m && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!valid) throw new UsageError(`${where} must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(d.slice(0, 40))}`);
  return d;
}

function options(f: ScreenFlags): ScreenOptions {
  const threshold = thresholdFlag(f.threshold, DEFAULT_THRESHOLD);
  const limit = f.limit === undefined ? DEFAULT_LIMIT : Number(f.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError("--limit must be a whole number of at least 1");
  if (f.mode && f.mode !== "default" && f.mode !== "ofac") throw new UsageError("--mode must be default or ofac");
  dobOf(f.dob, "--dob");
  const kind = kindOf(f.kind, "--kind");
  return {
    threshold, limit, ...(kind && { kind }), ...(f.dob && { dob: f.dob }), ...(f.country && { country: f.country }),
    ...(f.mode && { mode: f.mode as MatchMode }),
  };
}

function printHits(name: string, hits: ScreenHit[]): void {
  if (hits.length === 0) { process.stdout.write(`no match for ${JSON.stringify(name)}\n`); return; }
  for (const h of hits) {
    process.stdout.write(`${h.score.toFixed(3)}  ${h.source}:${h.entryId}  ${h.name}${h.matchedName !== h.name ? `  (as ${h.matchedName})` : ""}  [${h.kind}; ${h.programs.join(", ")}]\n`);
    for (const r of h.reasons) process.stdout.write(`        ${r}\n`);
  }
}

export function registerScreen(program: Command): void {
  program
    .command("screen")
    .description("screen a name (or a CSV of names) against the loaded sanctions lists")
    .argument("[name]", "the name to screen")
    .option("--kind <kind>", `person, company, organization, vessel, aircraft`)
    .option("--dob <date>", "date of birth (YYYY or YYYY-MM-DD): agreement raises, conflict lowers the score")
    .option("--country <country>", "country (ISO code or name): agreement raises, conflict lowers the score")
    .option("--threshold <t>", `lowest score reported, 0–1 (default ${DEFAULT_THRESHOLD})`)
    .option("--limit <n>", `most hits per name (default ${DEFAULT_LIMIT})`)
    .option("--mode <mode>", "default, or ofac to reproduce OFAC Sanctions List Search scores")
    .option("--json", "JSON (one line per name with --file)")
    .option("--file <csv>", "screen every row of a CSV (- for standard input) with a name column (optional kind, dob, country columns)")
    .option("--source <names>", "only these lists, comma-separated (us_ofac_sdn,un_sc)")
    .option("--lists <dir>", "lists directory (env DOSSIER_LISTS, default ./.dossier/lists)")
    .action(async (name: string | undefined, f: ScreenFlags) => {
      exitQuietlyOnClosedPipe();
      const opts = options(f);
      if (f.file && name) throw new UsageError("screen: give a NAME or --file, not both");
      if (!f.file && (name === undefined || !name.trim())) throw new UsageError("screen: the name to screen is empty");
      // A query that can only be refused is refused before the lists are loaded.
      if (!f.file) checkQuery(name ?? "");
      const rows = f.file ? await readCsvRows(f.file, ["name"]) : undefined;
      const sources = f.source?.split(",").map((x) => x.trim()).filter(Boolean);
      const lists = await loadLists(listsDir(f.lists), sources);
      if (lists.index.entries.length === 0) throw new UsageError("screen: no lists loaded (dossier lists import PATH… or dossier lists fetch)");
      if (!rows) {
        const hits = screen(lists, name ?? "", opts);
        if (f.json) process.stdout.write(`${JSON.stringify({ query: name, hits })}\n`);
        else printHits(name ?? "", hits);
        return;
      }
      // A row that cannot be read or has a bad kind or date is reported in its place; the others are screened.
      const batch: BatchRow[] = rows.map(({ record: r, line, error }) => {
        const name = r.name ?? "";
        if (error) return { name, error };
        try {
          const kind = kindOf(r.kind, `line ${line}`);
          const dob = dobOf(r.dob, `line ${line}: dob`);
          return { name, ...(kind && { kind }), ...(dob && { dob }), ...(r.country && { country: r.country }) };
        } catch (err) {
          return { name, error: (err as Error).message };
        }
      });
      const tick = progress(batch.length);
      if (!f.json) process.stdout.write(csvLine(["row", "name", "status", "score", "source", "entry_id", "entry_name", "matched_name", "error"]));
      let done = 0;
      screenBatch(lists, batch, opts, (r) => {
        tick(++done);
        if (f.json) { process.stdout.write(`${JSON.stringify(r)}\n`); return; }
        if (r.status === "error") { process.stdout.write(csvLine([r.row, r.name, "error", "", "", "", "", "", r.error])); return; }
        if (r.hits.length === 0) process.stdout.write(csvLine([r.row, r.name, "clear", "", "", "", "", "", ""]));
        for (const h of r.hits) process.stdout.write(csvLine([r.row, r.name, "hit", h.score, h.source, h.entryId, h.name, h.matchedName, ""]));
      });
    });
}
