// The SQLite backend of the Store: one file, WAL mode, better-sqlite3; the only place with SQLite-specific SQL.
import Database from "better-sqlite3";
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { BadInputError } from "../../errors.js";
import type { Store, StoreTx } from "../store.js";
import { StoreCorruptError, StoreLockedError } from "../errors.js";
import type {
  ClaimRow, Decision, DecisionInput, DocEntityRow, DocumentRow,
  EntityRow, FactFilter, FactLink, FactRow, ListEntryInput, ScreeningHitInput, ScreeningHitRow,
  SearchHit, StoreStats,
} from "../types.js";
import { MIGRATIONS } from "./migrations.js";
import type { Certainty, EntityType, FactType } from "../../extract/types.js";

type Row = Record<string, unknown>;

export interface SqliteOptions {
  /** How long to wait for another process's write lock, in ms. */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

/** JSON of a string list ("[]" without calling JSON for the usual empty one). */
const strings = (xs: readonly string[]): string => (xs.length ? JSON.stringify(xs) : "[]");
/** JSON [[start, end], …] of spans (offsets are integers: checked before they get here). */
const spans = (xs: readonly { start: number; end: number }[]): string => {
  let s = "[";
  for (let i = 0; i < xs.length; i++) { const m = xs[i] as { start: number; end: number }; s += `${i ? "," : ""}[${m.start},${m.end}]`; }
  return s + "]";
};
const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
const json = <T>(v: unknown): T => JSON.parse(String(v)) as T;
const now = (): string => new Date().toISOString();

function isBusy(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? "";
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}
const SLEEP = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `fn` again while the file is busy, up to `ms`: a process opening a store another process is creating or
 * migrating waits for it. (Switching a new file to WAL does not always go through SQLite's busy handler.)
 */
function whileBusy<T>(ms: number, fn: () => T): T {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err) || Date.now() >= until) throw err;
      Atomics.wait(SLEEP, 0, 0, 25);
    }
  }
}

function isCorrupt(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? "";
  return code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT");
}

/**
 * A damaged-file or lock error met while a command runs (not at open: a damaged page is found only when read) as
 * the store error that names the file; anything else unchanged.
 */
export function storeErrorOf(location: string, err: unknown): unknown {
  if (err instanceof StoreCorruptError || err instanceof StoreLockedError) return err;
  if (isCorrupt(err)) return new StoreCorruptError(location, (err as Error).message, true);
  if (isBusy(err)) return new StoreLockedError(location);
  return err;
}

function toEntity(r: Row): EntityRow {
  return { id: Number(r.id), type: r.type as EntityType, name: String(r.name), country: str(r.country), docCount: Number(r.doc_count) };
}
function toDocEntity(r: Row): DocEntityRow {
  return {
    id: Number(r.id), docId: String(r.doc_id), localId: String(r.local_id), type: r.type as EntityType, name: String(r.name),
    country: str(r.country), aliases: json<string[]>(r.aliases), positions: json<string[]>(r.positions),
    entityId: Number(r.entity_id), mentions: json<[number, number][]>(r.mentions).map(([start, end]) => ({ start, end })),
  };
}
function toFact(r: Row): FactRow {
  return {
    id: Number(r.id), type: r.type as FactType, rolesKey: String(r.roles_key), roles: json(r.roles),
    categories: json(r.categories), status: String(r.status), statuses: json(r.statuses), certainty: r.certainty as Certainty,
    polarity: r.polarity === "negative" ? "negative" : "positive", timeStart: str(r.time_start), timeEnd: str(r.time_end),
    sources: Number(r.sources), independentSources: Number(r.independent_sources), claimCount: Number(r.claim_count),
  };
}
function toClaim(r: Row): ClaimRow {
  return {
    id: Number(r.id), docId: String(r.doc_id), localId: String(r.local_id), factId: Number(r.fact_id), docSeq: Number(r.doc_seq ?? 0),
    type: r.type as FactType, roles: json(r.roles), items: json(r.items), status: String(r.status),
    certainty: r.certainty as Certainty, polarity: r.polarity === "negative" ? "negative" : "positive",
    attributedTo: json(r.attributed), timeText: str(r.time_text), timeStart: str(r.time_start), timeEnd: str(r.time_end),
    rule: String(r.rule), rules: r.rules === null || r.rules === undefined ? [String(r.rule)] : json(r.rules), evidence: [], publisher: String(r.publisher),
  };
}
function toDecision(r: Row): Decision {
  const d: Decision = {
    seq: Number(r.seq), kind: r.kind as Decision["kind"], actor: r.actor as Decision["actor"], rule: String(r.rule),
    createdAt: String(r.created_at),
  };
  if (r.a !== null) d.a = Number(r.a);
  if (r.b !== null) d.b = Number(r.b);
  if (r.target !== null) d.target = Number(r.target);
  if (r.reason !== null) d.reason = String(r.reason);
  if (r.batch !== null) d.batch = Number(r.batch);
  return d;
}
function toDocument(r: Row): DocumentRow {
  return {
    seq: Number(r.seq), id: String(r.id), title: str(r.title), published: str(r.published), url: str(r.url),
    source: str(r.source), publisher: String(r.publisher), chars: Number(r.chars), ingestedAt: String(r.ingested_at),
  };
}

/** Claims with their document's content hash, seq and publisher (rows keep only the seq). */
const CLAIM_ROWS = "SELECT c.*, d.id AS doc_id, d.publisher FROM claims c JOIN documents d ON d.seq = c.doc_seq";
/** Document entities with their document's content hash. */
const DOC_ENTITY_ROWS = "SELECT e.*, d.id AS doc_id FROM doc_entities e JOIN documents d ON d.seq = e.doc_seq";

/** Quotes every word so that user text never trips FTS5 query syntax. */
function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(" ");
}

const MARKS: string[] = [];
function placeholders(n: number): string {
  return (MARKS[n] ??= Array.from({ length: n }, () => "?").join(","));
}
const ROWS = new Map<string, string>();
/** "(?,?),(?,?),…": `n` rows of `width` parameters. */
function rowMarks(width: number, n: number): string {
  const k = `${width}x${n}`;
  let s = ROWS.get(k);
  if (!s) { s = Array.from({ length: n }, () => `(${placeholders(width)})`).join(","); ROWS.set(k, s); }
  return s;
}

export class SqliteStore implements Store {
  readonly kind = "sqlite";
  readonly location: string;
  private readonly db: Database.Database;
  private readonly stmts = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Next free id per table within the current write transaction (we hold the write lock, so max(id)+1 is ours). */
  private nextIds = new Map<string, number>();
  /** Seq of each document inserted by the current write transaction, by content hash. */
  private readonly seqs = new Map<string, number>();
  /** One timestamp per write transaction (ingested_at, created_at, screened_at). */
  private txTime = now();
  private readonly tx: StoreTx;

  private readonly readonly: boolean;

  private constructor(location: string, db: Database.Database, readonly = false) {
    this.readonly = readonly;
    this.location = location;
    this.db = db;
    this.tx = this.makeTx();
  }

  /** Opens (creating if needed) and migrates a store file; throws StoreCorruptError / StoreLockedError, never half-migrates. */
  static open(location: string, options: SqliteOptions = {}): SqliteStore {
    const busy = options.busyTimeoutMs ?? 15000;
    let db: Database.Database;
    try {
      db = new Database(location, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (err) {
      if (options.readonly && !existsSync(location)) throw new StoreCorruptError(location, "the file does not exist");
      // Not damage: "restore it from a backup" would be the wrong advice.
      if (existsSync(location) && statSync(location).isDirectory()) throw new BadInputError(`store ${location} is a folder, not a store file: pass a file path to --db`);
      if (!existsSync(dirname(resolve(location)))) throw new BadInputError(`store ${location} cannot be created: the folder ${dirname(location)} does not exist`);
      throw new StoreCorruptError(location, (err as Error).message);
    }
    try {
      db.pragma(`busy_timeout = ${busy}`);
      if (!options.readonly) {
        whileBusy(busy, () => db.pragma("journal_mode = WAL"));
        db.pragma("synchronous = NORMAL");
        // Checkpoint every ~40 MB of WAL rather than every 4 MB: fewer copies during a long ingest (close checkpoints).
        db.pragma("wal_autocheckpoint = 10000");
      }
      db.pragma("foreign_keys = ON");
      // The default 2 MB page cache thrashes once a store passes a few hundred MB; memory-map reads instead.
      db.pragma("cache_size = -65536");
      db.pragma("mmap_size = 1073741824");
      db.pragma("temp_store = MEMORY");
      const store = new SqliteStore(location, db, options.readonly ?? false);
      if (!options.readonly) whileBusy(busy, () => store.migrate());
      else whileBusy(busy, () => store.checkVersion());
      return store;
    } catch (err) {
      db.close();
      if (isBusy(err)) throw new StoreLockedError(location);
      if (isCorrupt(err)) throw new StoreCorruptError(location, "the file is not a Dossier store or is damaged (" + (err as Error).message + ")");
      throw err;
    }
  }

  /** The store's schema version, read in one snapshot (another process may be creating the file meanwhile). */
  private checkVersion(): number {
    if (this.db.inTransaction) return this.readVersion();
    this.db.exec("BEGIN");
    try {
      return this.readVersion();
    } finally {
      this.db.exec("COMMIT");
    }
  }

  private readVersion(): number {
    const has = this.db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_migrations'").get();
    if (!has) {
      const tables = this.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get() as Row;
      if (Number(tables.n) > 0) throw new StoreCorruptError(this.location, "it is an SQLite file but not a Dossier store");
      return 0;
    }
    const row = this.db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as Row;
    const v = Number(row.v ?? 0);
    const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
    if (v > latest) throw new StoreCorruptError(this.location, `its schema version ${v} is newer than this Dossier knows (${latest})`);
    return v;
  }

  private migrate(): void {
    const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
    if (this.checkVersion() === latest) return;
    // Creating or migrating happens under the write lock, all of it or none of it; the version is read again
    // there, since another process may have done the work meanwhile.
    this.db.exec("BEGIN IMMEDIATE");
    try {
      const current = this.readVersion();
      this.db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
      for (const m of MIGRATIONS) {
        if (m.version <= current) continue;
        this.db.exec(m.sql);
        this.db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, now());
      }
      this.db.exec("COMMIT");
    } catch (err) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw err;
    }
  }

  /** The seq of a stored document (rows refer to their document by seq). */
  private seqOf(docId: string): number {
    let seq = this.seqs.get(docId);
    if (seq === undefined) {
      const r = this.get("SELECT seq FROM documents WHERE id = ?", docId);
      if (!r) throw new Error(`no document ${docId} in the store`);
      seq = Number(r.seq);
      this.seqs.set(docId, seq);
    }
    return seq;
  }

  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  private all(sql: string, ...params: unknown[]): Row[] {
    return this.st(sql).all(...params) as Row[];
  }
  private get(sql: string, ...params: unknown[]): Row | undefined {
    return this.st(sql).get(...params) as Row | undefined;
  }
  private run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.st(sql).run(...params);
  }

  async transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    // Serialise transactions of this process: better-sqlite3 has one connection and fn awaits in between.
    const run = async (): Promise<T> => {
      try {
        this.db.exec("BEGIN IMMEDIATE");
        this.nextIds.clear();
        this.seqs.clear();
        this.txTime = now();
      } catch (err) {
        throw storeErrorOf(this.location, err);
      }
      try {
        const result = await fn(this.tx);
        this.db.exec("COMMIT");
        return result;
      } catch (err) {
        try {
          if (this.db.inTransaction) this.db.exec("ROLLBACK");
        } catch {
          // A damaged file may refuse the rollback too; SQLite rolls the journal back when the file is next opened.
        }
        throw storeErrorOf(this.location, err);
      }
    };
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => undefined);
    return p;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.db.open) {
      // Checkpointing is the writer's job: a read-only view (an ingest worker) leaves the WAL alone.
      if (!this.readonly) {
        try {
          // Without waiting: a TRUNCATE checkpoint waits out the busy timeout while another process writes, and a
          // query must not take 15 s longer because an ingest is running beside it.
          this.db.pragma("busy_timeout = 0");
          this.db.pragma("wal_checkpoint(TRUNCATE)");
        } catch {
          // Another process may be reading; the WAL is checkpointed by whoever closes last.
        }
      }
      this.db.close();
    }
  }

  /** Size of the database file after a checkpoint, for benchmarks. */
  fileBytes(): number {
    this.db.pragma("wal_checkpoint(TRUNCATE)");
    const r = this.db.prepare("SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()").get() as Row;
    return Number(r.n);
  }

  private makeTx(): StoreTx {
    return {
      hasDocument: async (id) => this.get("SELECT 1 AS x FROM documents WHERE id = ?", id) !== undefined,
      knownDocuments: async (ids) => new Set(this.inChunks((m) => `SELECT id FROM documents WHERE id IN (${m})`, ids).map((r) => String(r.id))),
      insertDocuments: async (docs, first) => {
        const at = this.txTime;
        docs.forEach((d, i) => this.seqs.set(d.id, first + i));
        this.insertMany("documents", ["seq", "id", "title", "published", "url", "source", "publisher", "chars", "text", "ingested_at"],
          docs.map((d, i) => [first + i, d.id, d.title ?? null, d.published ?? null, d.url ?? null, d.source ?? null, d.publisher, d.text.length, d.text, at]));
        this.insertMany("documents_fts", ["rowid", "title", "text"], docs.map((d, i) => [first + i, d.title ?? "", d.text]));
      },
      allocateIds: async (table, n) => {
        let next = this.nextIds.get(table);
        if (next === undefined) {
          const [t, col] = table === "documents" ? ["documents", "seq"] : table === "claims" ? ["claims", "id"] : ["doc_entities", "id"];
          next = Number(this.get(`SELECT coalesce(max(${col}), 0) + 1 AS n FROM ${t}`)?.n ?? 1);
        }
        this.nextIds.set(table, next + n);
        return next;
      },
      insertDocEntities: async (rows) => {
        this.insertMany("doc_entities", ["id", "doc_seq", "local_id", "type", "name", "country", "aliases", "positions", "entity_id", "mentions"],
          rows.map((e) => [e.id, this.seqOf(e.docId), e.localId, e.type, e.name, e.country ?? null, strings(e.aliases), strings(e.positions), e.entityId, spans(e.mentions)]));
      },
      setDocEntityCluster: async (id, entityId) => {
        this.run("UPDATE doc_entities SET entity_id = ? WHERE id = ?", entityId, id);
      },
      findEntitiesByKeys: async (keys) => {
        return this.inChunks((m) => `SELECT k.key AS k_key, e.* FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key IN (${m})`, keys)
          .map((r) => ({ key: String(r.k_key), entity: toEntity(r) }));
      },
      addEntityKeys: async (pairs) => {
        this.insertMany("entity_keys", ["key", "entity_id"], pairs.map((p) => [p.key, p.entityId]), "ON CONFLICT DO NOTHING");
      },
      getEntities: async (ids) => this.getEntitiesSync(ids),
      namesOf: async (entityId) => {
        const names = new Set<string>();
        for (const r of this.all("SELECT name, aliases FROM doc_entities WHERE entity_id = ? ORDER BY id", entityId)) {
          names.add(String(r.name));
          for (const a of json<string[]>(r.aliases)) names.add(a);
        }
        return [...names];
      },
      upsertEntity: async (e) => {
        this.run(
          "INSERT INTO entities (id, type, name, country, doc_count) VALUES (?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, country = excluded.country, doc_count = excluded.doc_count",
          e.id, e.type, e.name, e.country ?? null, e.docCount,
        );
      },
      insertEntities: async (rows) => {
        this.insertMany("entities", ["id", "type", "name", "country", "doc_count"], rows.map((e) => [e.id, e.type, e.name, e.country ?? null, e.docCount]));
      },
      addDocCounts: async (deltas) => {
        // One statement per chunk: the deltas as a VALUES table joined to entities.
        this.manyRows("UPDATE entities SET doc_count = doc_count + v.column2 FROM (VALUES ", ") AS v WHERE entities.id = v.column1", 2,
          deltas.map((d) => [d.entityId, d.n]));
      },
      setEntityCountry: async (id, country) => {
        this.run("UPDATE entities SET country = ? WHERE id = ?", country, id);
      },
      appendDecision: async (d: DecisionInput) => {
        const r = this.run(
          "INSERT INTO resolution_log (kind, a, b, target, actor, rule, reason, batch, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
          d.kind, d.a ?? null, d.b ?? null, d.target ?? null, d.actor, d.rule, d.reason ?? null, d.batch ?? null, this.txTime,
        );
        return Number(r.lastInsertRowid);
      },
      appendDecisions: async (ds) => {
        const at = this.txTime;
        this.insertMany("resolution_log", ["kind", "a", "b", "target", "actor", "rule", "reason", "batch", "created_at"],
          ds.map((d) => [d.kind, d.a ?? null, d.b ?? null, d.target ?? null, d.actor, d.rule, d.reason ?? null, d.batch ?? null, at]));
      },
      nextBatch: async () => Number(this.get("SELECT coalesce(max(batch), 0) + 1 AS n FROM resolution_log")?.n ?? 1),
      insertClaims: async (claims) => {
        // The publisher is the document's (documents.publisher); rules are stored only when more than the rule.
        this.insertMany("claims", ["id", "doc_seq", "local_id", "fact_id", "type", "roles", "items", "status", "certainty", "polarity", "attributed", "time_text", "time_start", "time_end", "rule", "rules"],
          claims.map((c) => [c.id, this.seqOf(c.docId), c.localId, c.factId, c.type, JSON.stringify(c.roles), JSON.stringify(c.items), c.status, c.certainty, c.polarity,
            c.attributedTo.length ? JSON.stringify(c.attributedTo) : "[]", c.timeText ?? null, c.timeStart ?? null, c.timeEnd ?? null, c.rule,
            c.rules.length === 1 && c.rules[0] === c.rule ? null : JSON.stringify(c.rules)]));
        this.insertMany("evidence", ["claim_id", "start_offset", "end_offset"], claims.flatMap((c) => c.evidence.map((s) => [c.id, s.start, s.end])));
      },
      setClaimFact: async (claimId, factId) => {
        this.run("UPDATE claims SET fact_id = ? WHERE id = ?", factId, claimId);
      },
      findFactsByKey: async (type, rolesKey, start, end) =>
        (start && end
          ? this.all("SELECT * FROM facts WHERE type = ? AND roles_key = ? AND (time_start IS NULL OR (time_start <= ? AND time_end >= ?)) ORDER BY id", type, rolesKey, end, start)
          : this.all("SELECT * FROM facts WHERE type = ? AND roles_key = ? ORDER BY id", type, rolesKey)).map(toFact),
      findFactsByKeys: async (queries) => {
        const ids = new Set<number>();
        this.inPowerChunks(queries.length, 4, (from, n) => {
          const params: unknown[] = [];
          for (const q of queries.slice(from, from + n)) params.push(q.type, q.rolesKey, q.start ?? null, q.end ?? null);
          for (const r of this.st(
            `SELECT f.id FROM (VALUES ${rowMarks(4, n)}) AS q JOIN facts f ON f.type = q.column1 AND f.roles_key = q.column2 ` +
              "WHERE q.column3 IS NULL OR q.column4 IS NULL OR f.time_start IS NULL OR (f.time_start <= q.column4 AND f.time_end >= q.column3)",
          ).all(params) as Row[]) ids.add(Number(r.id));
        });
        return this.inChunks((m) => `SELECT * FROM facts WHERE id IN (${m}) ORDER BY id`, [...ids]).map(toFact);
      },
      saveFacts: async (facts) => {
        this.insertMany("facts", ["id", "type", "roles_key", "roles", "categories", "status", "statuses", "certainty", "polarity", "time_start", "time_end", "sources", "independent_sources", "claim_count"],
          facts.map(({ fact: f }) => [f.id, f.type, f.rolesKey, JSON.stringify(f.roles), JSON.stringify(f.categories), f.status, JSON.stringify(f.statuses), f.certainty,
            f.polarity, f.timeStart ?? null, f.timeEnd ?? null, f.sources, f.independentSources, f.claimCount]),
          "ON CONFLICT (id) DO UPDATE SET roles = excluded.roles, categories = excluded.categories, status = excluded.status, statuses = excluded.statuses, certainty = excluded.certainty, time_start = excluded.time_start, time_end = excluded.time_end, sources = excluded.sources, independent_sources = excluded.independent_sources, claim_count = excluded.claim_count");
        this.insertMany("fact_roles", ["entity_id", "fact_id", "role"],
          facts.flatMap(({ fact, newRoles }) => Object.entries(newRoles).flatMap(([role, ids]) => ids.map((id) => [id, fact.id, role]))), "ON CONFLICT DO NOTHING");
      },
      factSourceCounts: async (factIds) => new Map(this.inChunks(
        (m) => `SELECT c.fact_id, count(DISTINCT c.doc_seq) AS s, count(DISTINCT d.publisher) AS p FROM claims c JOIN documents d ON d.seq = c.doc_seq WHERE c.fact_id IN (${m}) GROUP BY c.fact_id`, factIds,
      ).map((r) => [Number(r.fact_id), { sources: Number(r.s), independent: Number(r.p) }])),
      addFactLinks: async (links) => {
        this.insertMany("fact_links", ["from_fact", "to_fact", "relation"], links.map((l) => [l.from, l.to, l.relation]), "ON CONFLICT DO NOTHING");
      },
      insertClaimLinks: async (links) => {
        this.insertMany("claim_links", ["doc_seq", "from_local", "to_local", "relation"], links.map((l) => [this.seqOf(l.docId), l.from, l.to, l.relation]));
      },
      listDocEntities: async () => this.all(`${DOC_ENTITY_ROWS} ORDER BY e.id`).map(toDocEntity),
      listDecisions: async () => this.all("SELECT * FROM resolution_log ORDER BY seq").map(toDecision),
      clearEntities: async () => {
        this.run("DELETE FROM entity_keys");
        this.run("DELETE FROM entities");
      },
      clearFacts: async () => {
        this.run("DELETE FROM fact_links");
        this.run("DELETE FROM fact_roles");
        this.run("DELETE FROM facts");
        this.run("UPDATE claims SET fact_id = NULL");
      },
      listClaims: async (afterId, limit) => this.claimsWithEvidence(
        this.all(`${CLAIM_ROWS} WHERE c.id > ? ORDER BY c.id LIMIT ?`, afterId, limit),
      ),
      claimLinksOfDocument: async (docId) =>
        this.all("SELECT l.from_local, l.to_local, l.relation FROM claim_links l JOIN documents d ON d.seq = l.doc_seq WHERE d.id = ?", docId).map((r) => ({
          from: String(r.from_local), to: String(r.to_local), relation: String(r.relation),
        })),
      insertListEntries: async (entries: ListEntryInput[]) => {
        let n = 0;
        for (const e of entries) {
          n += this.run(
            "INSERT INTO list_entries (list, version, entry_id, name, schema, data) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            e.list, e.version, e.entryId, e.name, e.schema, JSON.stringify(e.data),
          ).changes;
        }
        return n;
      },
      replaceScreeningHits: async (entityId, hits: ScreeningHitInput[]) => {
        this.run("DELETE FROM screening_hits WHERE entity_id = ?", entityId);
        for (const h of hits) {
          this.run(
            "INSERT INTO screening_hits (entity_id, list, version, entry_id, name, matched_name, score, reasons, screened_at) VALUES (?,?,?,?,?,?,?,?,?)",
            entityId, h.list, h.version, h.entryId, h.name, h.matchedName, h.score, JSON.stringify(h.reasons), this.txTime,
          );
        }
      },
    };
  }

  /** Multi-row INSERT, one statement per chunk. */
  private insertMany(table: string, cols: string[], rows: unknown[][], suffix = ""): void {
    this.manyRows(`INSERT INTO ${table} (${cols.join(", ")}) VALUES `, suffix, cols.length, rows);
  }

  /** Runs `head` + n rows of `width` parameters + `tail` over `rows` in chunks, parameters bound as one flat array. */
  private manyRows(head: string, tail: string, width: number, rows: unknown[][]): void {
    this.inPowerChunks(rows.length, width, (from, n) => {
      const key = `${head}${n}${tail}`;
      let st = this.stmts.get(key);
      if (!st) { st = this.db.prepare(`${head}${rowMarks(width, n)} ${tail}`); this.stmts.set(key, st); }
      const params = new Array<unknown>(n * width);
      for (let r = 0; r < n; r++) {
        const row = rows[from + r] as unknown[];
        for (let c = 0; c < width; c++) params[r * width + c] = row[c];
      }
      st.run(params);
    });
  }

  /**
   * Calls `fn(from, n)` over `count` rows in chunks whose sizes are powers of two (at most 256 rows or ~4,000
   * parameters), so that a statement has at most nine prepared forms whatever the batch sizes.
   */
  private inPowerChunks(count: number, width: number, fn: (from: number, n: number) => void): void {
    let max = 256;
    while (max > 1 && max * width > 4000) max >>= 1;
    for (let i = 0; i < count;) {
      let n = max;
      while (n > count - i) n >>= 1;
      fn(i, n);
      i += n;
    }
  }

  private getEntitiesSync(ids: number[]): EntityRow[] {
    return this.inChunks((m) => `SELECT * FROM entities WHERE id IN (${m}) ORDER BY id`, ids).map(toEntity);
  }

  private claimsWithEvidence(rows: Row[]): ClaimRow[] {
    const claims = rows.map(toClaim);
    const byId = new Map(claims.map((c) => [c.id, c]));
    const ids = [...byId.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      for (const r of this.all(`SELECT claim_id, start_offset, end_offset FROM evidence WHERE claim_id IN (${placeholders(chunk.length)}) ORDER BY claim_id, start_offset`, ...chunk)) {
        byId.get(Number(r.claim_id))?.evidence.push({ start: Number(r.start_offset), end: Number(r.end_offset) });
      }
    }
    return claims;
  }

  // ---- reads ----

  async stats(): Promise<StoreStats> {
    const n = (t: string): number => Number(this.get(`SELECT count(*) AS n FROM ${t}`)?.n ?? 0);
    return {
      documents: n("documents"), entities: n("entities"), docEntities: n("doc_entities"), claims: n("claims"),
      facts: n("facts"), decisions: n("resolution_log"),
    };
  }

  /** Runs `sql` (with one IN list) over `ids` in chunks. */
  private inChunks(sql: (marks: string) => string, ids: readonly unknown[]): Row[] {
    const out: Row[] = [];
    this.inPowerChunks(ids.length, 1, (from, n) => { out.push(...(this.st(sql(placeholders(n))).all(ids.slice(from, from + n)) as Row[])); });
    return out;
  }

  async getDocuments(ids: string[]): Promise<DocumentRow[]> {
    return this.inChunks((m) => `SELECT seq, id, title, published, url, source, publisher, chars, ingested_at FROM documents WHERE id IN (${m})`, ids).map(toDocument);
  }

  async getDocumentTexts(ids: string[]): Promise<Map<string, string>> {
    return new Map(this.inChunks((m) => `SELECT id, text FROM documents WHERE id IN (${m})`, ids).map((r) => [String(r.id), String(r.text)]));
  }

  async getEntities(ids: number[]): Promise<EntityRow[]> {
    return this.inChunks((m) => `SELECT * FROM entities WHERE id IN (${m})`, ids).map(toEntity);
  }

  async getEntity(id: number): Promise<EntityRow | undefined> {
    return this.getEntitiesSync([id])[0];
  }

  async entitiesByKey(key: string): Promise<EntityRow[]> {
    return this.all(
      "SELECT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ? ORDER BY e.doc_count DESC, e.id", key,
    ).map(toEntity);
  }

  async entitiesByNamePrefix(prefix: string, limit: number): Promise<EntityRow[]> {
    return this.all("SELECT * FROM entities WHERE name LIKE ? ESCAPE '\\' ORDER BY doc_count DESC, id LIMIT ?",
      prefix.replace(/[\\%_]/g, (c) => "\\" + c) + "%", limit).map(toEntity);
  }

  async docEntitiesOf(entityId: number): Promise<DocEntityRow[]> {
    return this.all(`${DOC_ENTITY_ROWS} WHERE e.entity_id = ? ORDER BY e.id`, entityId).map(toDocEntity);
  }

  async nameVariants(entityId: number): Promise<{ names: string[]; positions: string[] }> {
    const names = new Set<string>(), positions = new Set<string>();
    // Bounded for hubs: the variants among the entity's first 2,000 document mentions.
    const rows = this.all("SELECT name, aliases, positions, count(*) AS n FROM (SELECT name, aliases, positions FROM doc_entities WHERE entity_id = ? ORDER BY id LIMIT 2000) GROUP BY name, aliases, positions ORDER BY n DESC", entityId);
    for (const r of rows) {
      names.add(String(r.name));
      for (const a of json<string[]>(r.aliases)) names.add(a);
      for (const x of json<string[]>(r.positions)) positions.add(x);
    }
    return { names: [...names], positions: [...positions] };
  }

  async listEntities(limit: number, offset: number): Promise<EntityRow[]> {
    return this.all("SELECT * FROM entities ORDER BY doc_count DESC, id LIMIT ? OFFSET ?", limit, offset).map(toEntity);
  }

  async getFacts(ids: number[]): Promise<FactRow[]> {
    const byId = new Map(this.inChunks((m) => `SELECT * FROM facts WHERE id IN (${m})`, ids).map((r) => [Number(r.id), toFact(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async listFacts(f: FactFilter): Promise<FactRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.entityIds) {
      if (f.entityIds.length === 0) return [];
      where.push(`id IN (SELECT fact_id FROM fact_roles WHERE entity_id IN (${placeholders(f.entityIds.length)}))`);
      params.push(...f.entityIds);
    }
    if (f.type) { where.push("type = ?"); params.push(f.type); }
    if (f.status) { where.push("(status = ? OR statuses LIKE ?)"); params.push(f.status, `%"${f.status}"%`); }
    // A fact is kept when its time interval overlaps [since, until]; undated facts drop out of a dated query.
    if (f.since) { where.push("time_end >= ?"); params.push(f.since); }
    if (f.until) { where.push("time_start <= ?"); params.push(f.until); }
    const sql = `SELECT * FROM facts ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY coalesce(time_start, '9999'), id LIMIT ? OFFSET ?`;
    params.push(f.limit ?? 1000, f.offset ?? 0);
    return this.db.prepare(sql).all(...params).map((r) => toFact(r as Row));
  }

  async factRolesOf(entityId: number, limit: number): Promise<{ factId: number; role: string }[]> {
    // Bounded for hub entities with tens of thousands of facts: the newest 10×limit by index, most sourced first.
    return this.all(
      "SELECT r.fact_id, r.role FROM (SELECT fact_id, role FROM fact_roles WHERE entity_id = ? ORDER BY fact_id DESC LIMIT ?) r JOIN facts f ON f.id = r.fact_id ORDER BY f.sources DESC, f.id DESC LIMIT ?",
      entityId, limit * 10, limit,
    ).map((r) => ({ factId: Number(r.fact_id), role: String(r.role) }));
  }

  async countFactRolesOf(entityId: number): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const r of this.all("SELECT role, count(*) AS n FROM fact_roles WHERE entity_id = ? GROUP BY role", entityId)) out[String(r.role)] = Number(r.n);
    return out;
  }

  async claimsOf(factIds: number[], perFact = 1_000_000): Promise<ClaimRow[]> {
    const rows: Row[] = [];
    for (const id of factIds) rows.push(...this.all(`${CLAIM_ROWS} WHERE c.fact_id = ? ORDER BY c.id LIMIT ?`, id, perFact));
    return this.claimsWithEvidence(rows);
  }

  async linksOf(factIds: number[]): Promise<FactLink[]> {
    const out: FactLink[] = [];
    for (const id of factIds) {
      for (const r of this.all("SELECT * FROM fact_links WHERE from_fact = ? OR to_fact = ?", id, id)) {
        out.push({ from: Number(r.from_fact), to: Number(r.to_fact), relation: r.relation as FactLink["relation"] });
      }
    }
    return out;
  }

  async screeningHitsOf(entityId: number): Promise<ScreeningHitRow[]> {
    return this.all("SELECT * FROM screening_hits WHERE entity_id = ? ORDER BY score DESC", entityId).map((r) => ({
      entityId, list: String(r.list), version: String(r.version), entryId: String(r.entry_id), name: String(r.name),
      matchedName: String(r.matched_name), score: Number(r.score), reasons: json(r.reasons), screenedAt: String(r.screened_at),
    }));
  }

  async listDecisions(): Promise<Decision[]> {
    return this.all("SELECT * FROM resolution_log ORDER BY seq").map(toDecision);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const q = ftsQuery(query);
    if (!q) return [];
    return this.all(
      "SELECT d.id, d.title, d.published, d.url, snippet(documents_fts, 1, '[', ']', '…', 16) AS snip, bm25(documents_fts) AS rank " +
        "FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
      q, limit,
    ).map((r) => ({ docId: String(r.id), title: str(r.title), published: str(r.published), url: str(r.url), snippet: String(r.snip), rank: Number(r.rank) }));
  }

  /** Pages through a table in id order (keyset pagination: no OFFSET, no long-lived cursor). */
  private async *iterate<T>(table: "entities" | "facts", map: (r: Row) => T, pageSize: number): AsyncIterable<T> {
    let after = 0;
    for (;;) {
      const rows = this.all(`SELECT * FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`, after, pageSize);
      if (!rows.length) return;
      for (const r of rows) yield map(r);
      after = Number(rows[rows.length - 1]?.id);
    }
  }

  iterateEntities(pageSize = 1000): AsyncIterable<EntityRow> {
    return this.iterate("entities", toEntity, pageSize);
  }

  iterateFacts(pageSize = 1000): AsyncIterable<FactRow> {
    return this.iterate("facts", toFact, pageSize);
  }

  // ---- reads for the web app and HTTP API ----

  async listDocuments(limit: number, offset: number): Promise<DocumentRow[]> {
    return this.all("SELECT seq, id, title, published, url, source, publisher, chars, ingested_at FROM documents ORDER BY seq DESC LIMIT ? OFFSET ?", limit, offset).map(toDocument);
  }

  async claimsOfDocument(docId: string): Promise<ClaimRow[]> {
    return this.claimsWithEvidence(this.all(`${CLAIM_ROWS} WHERE d.id = ? ORDER BY c.id`, docId));
  }

  async listEntries(limit: number, offset: number): Promise<ListEntryInput[]> {
    return this.all("SELECT * FROM list_entries ORDER BY list, entry_id LIMIT ? OFFSET ?", limit, offset).map((r) => ({
      list: String(r.list), version: String(r.version), entryId: String(r.entry_id), name: String(r.name), schema: String(r.schema), data: json(r.data),
    }));
  }
}
