// Where imported lists live between runs: the ListStore interface and its file-backed default
// (one JSON-lines snapshot per source plus a manifest, each replaced atomically).
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { BadInputError, NotFoundError } from "../errors.js";
import type { ImportResult, ListEntry, ListMeta } from "./types.js";

export interface SourceInfo extends ListMeta {
  entries: number;
  importedAt: string;
}

export interface ListDelta {
  source: string;
  added: string[];
  removed: string[];
  changed: string[];
  /** True when there was no earlier version to compare with. */
  first: boolean;
}

/** The narrow contract a SQLite store will implement too. */
export interface ListStore {
  sources(): Promise<SourceInfo[]>;
  /** Entries of the named sources, or of all. */
  load(sources?: string[]): Promise<ListEntry[]>;
  /** Replaces one source as a whole, atomically, and says what changed. */
  replace(result: ImportResult): Promise<ListDelta>;
  remove(source: string): Promise<void>;
}

export const DEFAULT_LISTS_DIR = ".dossier/lists";

export function listsDir(flag?: string): string {
  return flag ?? process.env.DOSSIER_LISTS ?? DEFAULT_LISTS_DIR;
}

/** Drops empty fields so a snapshot stays compact; `inflate` puts them back. */
function compact(e: ListEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

function inflate(o: Partial<ListEntry>): ListEntry {
  return {
    source: o.source ?? "", id: o.id ?? "", kind: o.kind ?? "unknown", name: o.name ?? "", aliases: o.aliases ?? [],
    birthDates: o.birthDates ?? [], birthPlaces: o.birthPlaces ?? [], nationalities: o.nationalities ?? [],
    citizenships: o.citizenships ?? [], countries: o.countries ?? [], addresses: o.addresses ?? [],
    identifiers: o.identifiers ?? [], programs: o.programs ?? [], links: o.links ?? [],
    ...(o.remarks !== undefined && { remarks: o.remarks }),
  };
}

const SOURCE_NAME = /^[a-z0-9][a-z0-9_.-]{0,63}$/i;

/** Writes a file so that readers see the old or the new content, never half of one. */
async function writeAtomic(path: string, chunks: Iterable<string>): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  const fh = await open(tmp, "w");
  try {
    let buf = "";
    for (const c of chunks) {
      buf += c;
      if (buf.length > 1 << 20) { await fh.write(buf); buf = ""; }
    }
    if (buf) await fh.write(buf);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await fh.close();
  await rename(tmp, path);
}

export class FileListStore implements ListStore {
  constructor(readonly dir: string) {}

  private manifestPath(): string {
    return join(this.dir, "manifest.json");
  }

  private snapshotPath(source: string): string {
    if (!SOURCE_NAME.test(source)) throw new BadInputError(`bad source name ${JSON.stringify(source)}: use letters, digits, _ . -`);
    return join(this.dir, `${source}.jsonl`);
  }

  async sources(): Promise<SourceInfo[]> {
    const text = await readFile(this.manifestPath(), "utf8").catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return "[]";
      throw err;
    });
    try {
      return JSON.parse(text) as SourceInfo[];
    } catch {
      throw new BadInputError(`${this.manifestPath()}: manifest is not valid JSON`);
    }
  }

  private async readSnapshot(source: string): Promise<ListEntry[]> {
    const path = this.snapshotPath(source);
    const out: ListEntry[] = [];
    const rl = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
    let line = 0;
    try {
      for await (const text of rl) {
        line++;
        if (text) out.push(inflate(JSON.parse(text) as Partial<ListEntry>));
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new NotFoundError(`list ${source} has no snapshot at ${path}`);
      throw new BadInputError(`${path}:${line}: snapshot is damaged (${(err as Error).message})`);
    }
    return out;
  }

  async load(sources?: string[]): Promise<ListEntry[]> {
    const known = await this.sources();
    const names = sources ?? known.map((s) => s.source);
    for (const n of names) if (!known.some((s) => s.source === n)) throw new NotFoundError(`no list named ${n} (see: dossier lists)`);
    const out: ListEntry[] = [];
    for (const n of names) for (const e of await this.readSnapshot(n)) out.push(e);
    return out;
  }

  async replace(result: ImportResult): Promise<ListDelta> {
    const { source } = result.meta;
    await mkdir(this.dir, { recursive: true });
    const known = await this.sources();
    const had = known.some((s) => s.source === source);
    const before = new Map<string, string>();
    let damaged = false;
    if (had) {
      try {
        for (const e of await this.readSnapshot(source)) before.set(e.id, JSON.stringify(compact(e)));
      } catch (err) {
        // A damaged or missing old snapshot must not block the good new one; the delta is then a first import.
        if (!(err instanceof BadInputError || err instanceof NotFoundError)) throw err;
        damaged = true;
      }
    }
    const after = new Map<string, string>();
    for (const e of result.entries) after.set(e.id, JSON.stringify(compact(e)));
    const delta: ListDelta = { source, added: [], removed: [], changed: [], first: !had || damaged };
    for (const [id, json] of after) {
      const old = before.get(id);
      if (old === undefined) delta.added.push(id);
      else if (old !== json) delta.changed.push(id);
    }
    for (const id of before.keys()) if (!after.has(id)) delta.removed.push(id);
    // Snapshot first, manifest second: a crash between leaves the old manifest over a complete new file.
    await writeAtomic(this.snapshotPath(source), (function* () { for (const j of after.values()) yield `${j}\n`; })());
    const info: SourceInfo = { ...result.meta, entries: after.size, importedAt: new Date().toISOString() };
    const manifest = [...known.filter((s) => s.source !== source), info].sort((a, b) => a.source.localeCompare(b.source));
    await writeAtomic(this.manifestPath(), [JSON.stringify(manifest, null, 1)]);
    return delta;
  }

  async remove(source: string): Promise<void> {
    const known = await this.sources();
    if (!known.some((s) => s.source === source)) throw new NotFoundError(`no list named ${source}`);
    await writeAtomic(this.manifestPath(), [JSON.stringify(known.filter((s) => s.source !== source), null, 1)]);
    await rm(this.snapshotPath(source), { force: true });
  }
}
