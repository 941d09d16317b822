// `dossier lists` (what is loaded), `lists import` and `lists fetch`: thin over screen/lists, screen/store and screen/fetch.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import type { Command } from "commander";
import { BadInputError, UsageError } from "../../errors.js";
import { DEFAULT_FETCH, download, PUBLISHERS } from "../../screen/fetch.js";
import { checkImport, importListsEach, LIST_FORMATS, type ListFormat } from "../../screen/lists/index.js";
import { FileListStore, listsDir, type ListDelta } from "../../screen/store.js";
import type { ImportResult } from "../../screen/types.js";

const SHOW_IDS = 10;

function printDelta(d: ListDelta, r: ImportResult): void {
  const out = process.stdout;
  out.write(`${d.source}: ${r.entries.length} entries from ${r.meta.files.join(", ")}${r.meta.listDate ? ` (list date ${r.meta.listDate})` : ""}\n`);
  if (d.first) out.write(`  new list: ${d.added.length} added\n`);
  else {
    out.write(`  ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed\n`);
    for (const [label, ids] of [["added", d.added], ["removed", d.removed], ["changed", d.changed]] as const) {
      if (ids.length) out.write(`  ${label}: ${ids.slice(0, SHOW_IDS).join(", ")}${ids.length > SHOW_IDS ? ` … (+${ids.length - SHOW_IDS})` : ""}\n`);
    }
  }
  if (r.rowErrors.length) {
    process.stderr.write(`  ${r.rowErrors.length} bad row(s) skipped:\n`);
    for (const e of r.rowErrors.slice(0, 20)) process.stderr.write(`    ${e.file}:${e.line}: ${e.message}\n`);
  }
}

/**
 * Imports each list set on its own: a bad set is reported and leaves its stored list as it was, and the others still
 * go in. Returns the messages of the sets that failed.
 */
async function importAndStore(store: FileListStore, paths: string[], source?: string, format?: ListFormat): Promise<string[]> {
  const { sets, skipped } = await importListsEach(paths, { ...(source && { source }), ...(format && { format }) });
  for (const s of skipped) process.stderr.write(`skipped ${s.path}: not a list file\n`);
  const failed: string[] = [];
  for (const s of sets) {
    try {
      if (s.error) throw s.error;
      checkImport(s.result);
      printDelta(await store.replace(s.result), s.result);
    } catch (err) {
      const msg = (err as Error).message;
      failed.push(msg);
      process.stderr.write(`error: ${msg} (nothing stored for ${s.files.join(", ")})\n`);
    }
  }
  if (!sets.length) throw new BadInputError(`${paths.join(", ")}: no list files to import`);
  return failed;
}

/** Exit 1 after the whole batch when any set failed. */
function failIfAny(failed: string[]): void {
  if (failed.length) throw new BadInputError(`${failed.length} list set(s) not imported; the lists already loaded for them are unchanged`);
}

/** A new list version re-screens every entity of the store, when there is a store. */
async function rescreenStore(db: string | undefined, dir: string | undefined): Promise<void> {
  const { storeLocation, usingStore } = await import("../../store/open.js");
  const location = storeLocation(db);
  if (!/^postgres/i.test(location) && !existsSync(location)) return;
  const { rescreenAll, screenerFor } = await import("../../graph/screening.js");
  await usingStore(location, {}, async (store) => {
    const screener = await screenerFor(store, dir);
    if (!screener) return;
    const r = await rescreenAll(store, screener);
    process.stdout.write(`re-screened ${r.entities} entities in ${location}: ${r.hits} hits\n`);
  });
}

export function registerLists(program: Command): void {
  const lists = program
    .command("lists")
    .description("the sanctions lists loaded: sources, entry counts, list dates, when imported")
    .option("--lists <dir>", "lists directory (env DOSSIER_LISTS, default ./.dossier/lists)")
    .option("--json", "print as JSON")
    .action(async (opts: { lists?: string; json?: boolean }) => {
      const sources = await new FileListStore(listsDir(opts.lists)).sources();
      if (opts.json) { process.stdout.write(`${JSON.stringify(sources, null, 1)}\n`); return; }
      if (sources.length === 0) { process.stdout.write("no lists loaded (dossier lists import PATH… or dossier lists fetch)\n"); return; }
      for (const s of sources) {
        process.stdout.write(`${s.source.padEnd(16)} ${String(s.entries).padStart(7)} entries  ${s.format.padEnd(9)} list date ${s.listDate ?? "-".padEnd(10)}  imported ${s.importedAt}\n`);
      }
    });

  lists
    .command("import")
    .description("import list files (format detected); a new version of a source replaces it and prints the delta")
    .argument("<paths...>", "list files or folders (an OFAC CSV set: sdn.csv with add.csv, alt.csv, sdn_comments.csv)")
    .option("--source <name>", "store under this source name instead of the conventional one")
    .option("--format <format>", `force the format: ${LIST_FORMATS.join(", ")}`)
    .option("--lists <dir>", "lists directory (env DOSSIER_LISTS, default ./.dossier/lists)")
    .option("--db <file>", "store to re-screen after the import, when it exists (default: $DOSSIER_DB or ./dossier.db)")
    .action(async (paths: string[], opts: { source?: string; format?: string; lists?: string; db?: string }) => {
      if (opts.format && !LIST_FORMATS.includes(opts.format as ListFormat)) throw new UsageError(`--format must be one of ${LIST_FORMATS.join(", ")}`);
      const dir = opts.lists ?? lists.opts<{ lists?: string }>().lists;
      const failed = await importAndStore(new FileListStore(listsDir(dir)), paths, opts.source, opts.format as ListFormat | undefined);
      // What did go in re-screens the store even when another set failed.
      await rescreenStore(opts.db, dir);
      failIfAny(failed);
    });

  lists
    .command("fetch")
    .description(`download the current official files and import them (sources: ${Object.keys(PUBLISHERS).join(", ")})`)
    .argument("[sources...]", `which sources (default: ${DEFAULT_FETCH.join(", ")})`)
    .option("--base-url <url>", "fetch every file from this mirror instead (BASE/sdn.csv, BASE/dpl.txt…)")
    .option("--lists <dir>", "lists directory (env DOSSIER_LISTS, default ./.dossier/lists)")
    .action(async (sources: string[], opts: { baseUrl?: string; lists?: string }) => {
      const dir = opts.lists ?? lists.opts<{ lists?: string }>().lists;
      const store = new FileListStore(listsDir(dir));
      const failed: string[] = [];
      for (const s of sources.length ? sources : DEFAULT_FETCH) {
        let d: Awaited<ReturnType<typeof download>>;
        try {
          d = await download(s, opts.baseUrl);
        } catch (err) {
          // One publisher down does not stop the others.
          if (err instanceof UsageError) throw err;
          failed.push((err as Error).message);
          process.stderr.write(`error: ${(err as Error).message}\n`);
          continue;
        }
        try {
          failed.push(...(await importAndStore(store, d.files, s.replace(/_xml$/, ""))));
        } finally {
          await rm(d.dir, { recursive: true, force: true });
        }
      }
      failIfAny(failed);
    });
}
