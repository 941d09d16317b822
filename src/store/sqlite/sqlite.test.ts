// Runs the shared Store suite against SQLite, plus what only a file can show (corruption, locks).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { runStoreSuite } from "../test-helpers/store-suite.js";
import { SqliteStore } from "./index.js";
import { MIGRATIONS } from "./migrations.js";
import { StoreCorruptError, StoreLockedError } from "../errors.js";
import { usingStore } from "../open.js";
import { damageTable } from "../test-helpers/damage.js";
import { sampleDocs } from "../test-helpers/fixtures.js";
import { addDocument } from "../../graph/add-document.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-store-"));
let n = 0;

runStoreSuite("sqlite", {
  async open() { return SqliteStore.open(join(dir, `s${++n}.db`)); },
  async reopen(store) { await store.close(); return SqliteStore.open(store.location); },
});

describe("sqlite store file", () => {
  it("refuses a file that is not a database, naming it, and leaves it unchanged", () => {
    const f = join(dir, "junk.db");
    writeFileSync(f, "this is not a database at all, just some words ".repeat(100));
    expect(() => SqliteStore.open(f)).toThrow(StoreCorruptError);
    expect(() => SqliteStore.open(f)).toThrow(/junk\.db/);
  });

  it("a folder, or a file in a folder that does not exist, is named as such, not as a damaged store", () => {
    expect(() => SqliteStore.open(dir)).toThrow(/is a folder, not a store file/);
    expect(() => SqliteStore.open(join(dir, "nowhere", "s.db"))).toThrow(/s\.db cannot be created: the folder .*nowhere does not exist$/);
  });

  it("refuses an SQLite file that is not a Dossier store", () => {
    const f = join(dir, "other.db");
    const db = new Database(f);
    db.exec("CREATE TABLE t (x)");
    db.close();
    expect(() => SqliteStore.open(f)).toThrow(/not a Dossier store/);
  });

  it("reports a store locked by another writer instead of hanging or half-writing", async () => {
    const f = join(dir, "locked.db");
    const a = SqliteStore.open(f, { busyTimeoutMs: 50 });
    const b = SqliteStore.open(f, { busyTimeoutMs: 50 });
    let release!: () => void;
    const held = a.transaction(() => new Promise<void>((r) => { release = r; }));
    await new Promise((r) => setTimeout(r, 10));
    await expect(b.transaction(async (tx) => tx.hasDocument("x"))).rejects.toThrow(StoreLockedError);
    release();
    await held;
    await a.close();
    await b.close();
  });

  it("a damaged page met by a query or a transaction is a store error naming the file, not a bare SQLite one", async () => {
    const f = join(dir, "damaged.db");
    const s = SqliteStore.open(f);
    for (const d of sampleDocs()) await s.transaction((tx) => addDocument(tx, d.doc, d.extraction));
    await s.close();
    damageTable(f, "documents");
    await expect(usingStore(f, {}, (store) => store.listDocuments(10, 0))).rejects.toThrow(/damaged\.db is damaged \(database disk image is malformed\)/);
    const again = SqliteStore.open(f);
    await expect(again.transaction((tx) => tx.allocateIds("documents", 1))).rejects.toThrow(StoreCorruptError);
    await again.close();
  });

  it("closing does not wait out the busy timeout while another process writes", async () => {
    const f = join(dir, "busy-close.db");
    await SqliteStore.open(f).close();
    const holder = new Database(f);
    holder.exec("BEGIN IMMEDIATE");
    try {
      const s = SqliteStore.open(f, { busyTimeoutMs: 3000 });
      await s.stats();
      const t = Date.now();
      await s.close();
      expect(Date.now() - t).toBeLessThan(1000);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });

  it("migrates a version-1 store: rows refer to documents by seq and read back as before", async () => {
    const f = join(dir, "v1.db");
    const db = new Database(f);
    db.exec(MIGRATIONS[0]!.sql);
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (1, 'v1', 'then')");
    db.exec(`INSERT INTO documents (seq, id, title, publisher, chars, text, ingested_at) VALUES (7, 'sha256:aa', 'A', 'a.example', 20, 'Norland armed Sudland', 'then');
      INSERT INTO doc_entities VALUES (3, 'sha256:aa', 'e1', 'country', 'Norland', 'NL', '[]', '[]', 3, '[[0,7]]'), (4, 'sha256:aa', 'e2', 'country', 'Sudland', 'SD', '["South"]', '[]', 4, '[[14,21]]');
      INSERT INTO entities VALUES (3, 'country', 'Norland', 'NL', 1), (4, 'country', 'Sudland', 'SD', 1);
      INSERT INTO claims VALUES (5, 'sha256:aa', 'f1', 5, 'arms_transfer', '{"supplier":[3],"recipient":[4]}', '[]', 'delivered', 'stated', 'positive', '[]', NULL, NULL, NULL, 'r', '["r"]', 'a.example'),
        (6, 'sha256:aa', 'f2', 5, 'arms_transfer', '{"supplier":[3],"recipient":[4]}', '[]', 'delivered', 'stated', 'positive', '[]', NULL, NULL, NULL, 'r', '["r","s"]', 'a.example');
      INSERT INTO evidence VALUES (5, 0, 21), (6, 0, 7);
      INSERT INTO claim_links VALUES ('sha256:aa', 'f1', 'f2', 'same_as');`);
    db.close();
    const s = SqliteStore.open(f);
    expect((await s.docEntitiesOf(4)).map((e) => [e.id, e.docId, e.aliases])).toEqual([[4, "sha256:aa", ["South"]]]);
    expect((await s.claimsOfDocument("sha256:aa")).map((c) => [c.id, c.docId, c.docSeq, c.publisher, c.rules, c.evidence])).toEqual([
      [5, "sha256:aa", 7, "a.example", ["r"], [{ start: 0, end: 21 }]], [6, "sha256:aa", 7, "a.example", ["r", "s"], [{ start: 0, end: 7 }]],
    ]);
    expect(await s.transaction((tx) => tx.claimLinksOfDocument("sha256:aa"))).toEqual([{ from: "f1", to: "f2", relation: "same_as" }]);
    expect(await s.transaction((tx) => tx.factSourceCounts([5]))).toEqual(new Map([[5, { sources: 1, independent: 1 }]]));
    await s.close();
  });

  it("migrates once: a second open finds the schema in place", async () => {
    const f = join(dir, "twice.db");
    await SqliteStore.open(f).close();
    const s = SqliteStore.open(f);
    expect((await s.stats()).documents).toBe(0);
    await s.close();
  });
});
