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

/** Imports files into one result per source. Throws on an unreadable file; bad rows come back in rowErrors. */
export async function importLists(paths: string[], opts: ImportOptions = {}): Promise<ImportResult[]> {
  const files = await expandPaths(paths);
  const detected: Detected[] = [];
  for (const f of files) {
    if (!opts.format) { detected.push(await detectFormat(f)); continue; }
    // A forced format still needs each OFAC CSV file's part (primary, add, alt, comments).
    const part = opts.format === "ofac-csv" ? ((await detectFormat(f).catch(() => undefined))?.part ?? "primary") : undefined;
    detected.push({ path: f, format: opts.format, ...(part && { part }) });
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
  if (opts.source && groups.size > 1) throw new UsageError("--source names one list, but the files make several; import them one set at a time");
  const out: ImportResult[] = [];
  for (const g of groups.values()) {
    const first = g.files.find((f) => f.part === undefined || f.part === "primary") ?? g.files[0];
    if (!first) continue;
    out.push(await importGroup(g.format, g.files, opts.source ?? defaultSource(first)));
  }
  return out;
}
