// Runs the shared Store suite against SQLite, plus what only a file can show (corruption, locks).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { runStoreSuite } from "../test-helpers/store-suite.js";
import { SqliteStore } from "./index.js";
import { StoreCorruptError, StoreLockedError } from "../errors.js";

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

  it("migrates once: a second open finds the schema in place", async () => {
    const f = join(dir, "twice.db");
    await SqliteStore.open(f).close();
    const s = SqliteStore.open(f);
    expect((await s.stats()).documents).toBe(0);
    await s.close();
  });
});
