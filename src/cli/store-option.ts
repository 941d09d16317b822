// The --db option every store command shares, and opening the store it names (closed in finally).
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { NotFoundError, UsageError } from "../errors.js";
import { storeLocation, usingStore } from "../store/open.js";
import type { Store } from "../store/store.js";

export function addDbOption(cmd: Command): Command {
  return cmd.option("--db <file>", "store file (default: $DOSSIER_DB or ./dossier.db)");
}

/** Opens the store for a command; `mustExist` for queries, so a typo in --db is not a new empty store. */
export async function withStore<T>(opts: { db?: string }, mustExist: boolean, fn: (store: Store) => Promise<T>): Promise<T> {
  const location = storeLocation(opts.db);
  if (mustExist && !/^postgres/i.test(location) && !existsSync(location)) {
    throw new NotFoundError(`no store at ${location}: run \`dossier ingest\` first, or pass --db`);
  }
  return usingStore(location, {}, fn);
}

/** Prints to stdout; a reader that closes the pipe early (`| head`) is not an error. */
export function out(text: string): void {
  if (!process.stdout.listenerCount("error")) {
    process.stdout.on("error", (err: NodeJS.ErrnoException) => { if (err.code !== "EPIPE") throw err; });
  }
  process.stdout.write(text.endsWith("\n") ? text : text + "\n");
}

/** An entity reference given on the command line; an empty one would match every name as a prefix. */
export function entityRef(name: string, what = "the entity name"): string {
  if (!name.trim()) throw new UsageError(`${what} is empty: give a name, alias, acronym or #id`);
  return name;
}
