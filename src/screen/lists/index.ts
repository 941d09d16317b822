// List import: detects formats, groups the OFAC CSV companions, runs one importer per source.
import { basename } from "node:path";
import { BadInputError, UsageError } from "../../errors.js";
import type { ImportResult } from "../types.js";
import { importCslCsv } from "./csl-csv.js";
import { defaultSource, detectFormat, expandPaths, LIST_FORMATS, type Detected, type ListFormat } from "./detect.js";
import { importDpl } from "./dpl-tsv.js";
import { importFtm } from "./ftm-json.js";
import { importOfacCsv } from "./ofac-csv.js";
import { importOfacXml } from "./ofac-xml.js";
import { importUnXml } from "./un-xml.js";

export { detectFormat, LIST_FORMATS, type ListFormat };

export interface ImportOptions {
  source?: string;
  format?: ListFormat;
}

/** More bad rows than this share of the good ones means the file is not what it claims to be. */
const MAX_BAD_ROW_SHARE = 0.2;

/** Rejects an import that must not replace a good list: no entries, or mostly unreadable rows. */
export function checkImport(r: ImportResult): void {
  if (r.entries.length === 0) throw new BadInputError(`${r.meta.files.join(", ")}: no list entries found`);
  if (r.rowErrors.length > 10 && r.rowErrors.length > r.entries.length * MAX_BAD_ROW_SHARE) {
    const first = r.rowErrors[0];
    throw new BadInputError(
      `${r.meta.files.join(", ")}: ${r.rowErrors.length} bad rows for ${r.entries.length} good ones` +
        (first ? ` (first at ${first.file}:${first.line}: ${first.message})` : ""),
    );
  }
}

async function importGroup(format: ListFormat, files: Detected[], source: string): Promise<ImportResult> {
  const one = files[0];
  if (!one) throw new UsageError("no files to import");
  switch (format) {
    case "ofac-csv": {
      const part = (p: string) => files.find((f) => f.part === p)?.path;
      const primary = part("primary");
      if (!primary) throw new UsageError(`OFAC CSV set without its primary file (sdn.csv or cons_prim.csv): ${files.map((f) => f.path).join(", ")}`);
      const add = part("add");
      const alt = part("alt");
      const comments = part("comments");
      return importOfacCsv({ primary, ...(add && { add }), ...(alt && { alt }), ...(comments && { comments }) }, source);
    }
    case "ofac-xml": return importOfacXml(one.path, source);
    case "un-xml": return importUnXml(one.path, source);
    case "csl-csv": return importCslCsv(one.path, source);
    case "dpl": return importDpl(one.path, source);
    case "ftm-json": return importFtm(one.path, source);
    default: return format satisfies never;
  }
}

/** What became of one list set: its result, or the error that stopped it. */
export type SetOutcome = { files: string[]; result: ImportResult; error?: undefined } | { files: string[]; result?: undefined; error: Error };

export interface ImportReport {
  sets: SetOutcome[];
  /** Files in a named folder that are no list ("README.txt", a format spec): left out, not a failure. */
  skipped: { path: string; reason: string }[];
}

/**
 * Imports files into one outcome per list set and keeps going past a bad one: an unreadable or unknown file named on
 * its own is that set's error; an unknown file found in a folder is skipped. Bad rows come back in rowErrors.
 */
export async function importListsEach(paths: string[], opts: ImportOptions = {}): Promise<ImportReport> {
  const files = await expandPaths(paths);
  const detected: Detected[] = [];
  const sets: SetOutcome[] = [];
  const skipped: ImportReport["skipped"] = [];
  for (const f of files) {
    try {
      if (!opts.format) { detected.push(await detectFormat(f.path)); continue; }
      // A forced format still needs each OFAC CSV file's part (primary, add, alt, comments).
      const part = opts.format === "ofac-csv" ? ((await detectFormat(f.path).catch(() => undefined))?.part ?? "primary") : undefined;
      detected.push({ path: f.path, format: opts.format, ...(part && { part }) });
    } catch (err) {
      if (f.inFolder && /unknown list format/.test((err as Error).message)) skipped.push({ path: f.path, reason: (err as Error).message });
      else sets.push({ files: [f.path], error: err as Error });
    }
  }
  // OFAC companions (add, alt, comments) join the primary file of the same set.
  const groups = new Map<string, { format: ListFormat; files: Detected[] }>();
  for (const d of detected) {
    const primaryLike = d.format !== "ofac-csv" || d.part === "primary";
    const key = d.format === "ofac-csv" ? `ofac-csv:${/^cons/i.test(basename(d.path)) ? "cons" : "sdn"}` : `${d.format}:${d.path}`;
    const g = groups.get(key) ?? { format: d.format, files: [] };
    if (primaryLike) g.files.unshift(d); else g.files.push(d);
    groups.set(key, g);
  }
  if (opts.source && groups.size + sets.length > 1) throw new UsageError("--source names one list, but the files make several; import them one set at a time");
  for (const g of groups.values()) {
    const first = g.files.find((f) => f.part === undefined || f.part === "primary") ?? g.files[0];
    if (!first) continue;
    const names = g.files.map((f) => f.path);
    try {
      sets.push({ files: names, result: await importGroup(g.format, g.files, opts.source ?? defaultSource(first)) });
    } catch (err) {
      sets.push({ files: names, error: err as Error });
    }
  }
  return { sets, skipped };
}

/** Imports files into one result per source. Throws on the first unreadable file; bad rows come back in rowErrors. */
export async function importLists(paths: string[], opts: ImportOptions = {}): Promise<ImportResult[]> {
  const { sets } = await importListsEach(paths, opts);
  const failed = sets.find((s) => s.error);
  if (failed?.error) throw failed.error;
  return sets.map((s) => s.result!);
}
