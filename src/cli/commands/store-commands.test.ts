import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addDocument } from "../../graph/add-document.js";
import { SqliteStore } from "../../store/sqlite/index.js";
import { damageTable } from "../../store/test-helpers/damage.js";
import { sampleDocs } from "../../store/test-helpers/fixtures.js";
import { main } from "../cli.js";

let db: string;
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runOn(db, ...args);
}
async function runOn(file: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "", err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => { out += String(c); return true; });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => { err += String(c); return true; });
  try {
    const code = await main([...args, "--db", file]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), "dossier-cli-")), "s.db");
  const store = SqliteStore.open(db);
  for (const d of sampleDocs()) await store.transaction((tx) => addDocument(tx, d.doc, d.extraction));
  await store.close();
});

describe("store commands", () => {
  it("facts filters and prints evidence; bad flags are usage errors", async () => {
    const r = await run("facts", "--type", "arms_transfer", "--status", "delivered");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/arms_transfer delivered \(stated\): North Korea → Russia \(broker: Ivo Maranek\).*4 sources \(3 independent\)/);
    expect(r.out).toContain("“Pyongyang delivered artillery shells to Moscow during October” — Deliveries in October, 2023-11-05");
    expect(r.out).toMatch(/contradicts #\d+/);
    const j = JSON.parse((await run("facts", "--entity", "OSTR", "--json")).out) as { type: string }[];
    expect(j.map((f) => f.type)).toEqual(["sanction"]);
    expect((await run("facts", "--type", "smuggling")).code).toBe(2);
    expect((await run("facts", "--since", "last week")).code).toBe(2);
  });

  it("entity prints a profile; an unknown name is an error naming it", async () => {
    const r = await run("entity", "Ivo Maranek");
    expect(r.out).toMatch(/^Ivo Maranek \(#\d+, person, CZ\) — in 2 documents/);
    expect(r.out).toMatch(/As broker:[\s\S]*As target:[\s\S]*“OSTR designated Ivo Maranek on Tuesday\.” — Designation and barter/);
    const miss = await run("entity", "Nobody Atall");
    expect(miss.code).toBe(1);
    expect(miss.err).toMatch(/no entity called "Nobody Atall"/);
  });

  it("an empty entity name is a usage error, not the profile of whichever entity sorts first", async () => {
    for (const args of [["entity", ""], ["entity", "  "], ["graph", ""], ["facts", "--entity", ""]]) {
      const r = await run(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/is empty: give a name, alias, acronym or #id/);
    }
  });

  it("export --out into a folder that does not exist is an error naming it, and leaves no partial file", async () => {
    const base = mkdtempSync(join(tmpdir(), "dossier-cli-out-"));
    const r = await run("export", "--format", "json", "--out", join(base, "missing", "g.json"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^dossier: cannot write .*g\.json: the folder .*missing does not exist\n$/);
    expect(readdirSync(base)).toEqual([]);
  });

  it("search, export and entities merge/undo work from the command line", async () => {
    expect((await run("search", "denied")).out).toMatch(/A denial[\s\S]*\[denied\]/);
    const out = join(mkdtempSync(join(tmpdir(), "dossier-cli-out-")), "g.graphml");
    expect((await run("export", "--format", "graphml", "--out", out)).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^<\?xml[\s\S]*<graphml[\s\S]*<\/graphml>\n$/);
    expect((await run("export", "--format", "pdf")).code).toBe(2);
    const m = await run("entities", "merge", "Pelican Freight", "OSTR", "--reason", "test");
    expect(m.out).toMatch(/merged into #\d+ \(batch (\d+);/);
    const batch = /batch (\d+)/.exec(m.out)?.[1] ?? "";
    expect((await run("entities", "log")).out).toMatch(/user\tsame.*user\.merge\ttest/);
    expect((await run("entities", "undo", batch)).code).toBe(0);
    expect((await run("entity", "Pelican Freight")).out).not.toContain("OSTR");
  });
});

describe("a store damaged past its first pages", () => {
  it("a query that meets the damage exits 1 with a message naming the store, not a bare SQLite error", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "dossier-cli-damaged-")), "hurt.db");
    const store = SqliteStore.open(file);
    for (const d of sampleDocs()) await store.transaction((tx) => addDocument(tx, d.doc, d.extraction));
    await store.close();
    damageTable(file, "facts");
    for (const args of [["facts"], ["export", "--format", "json"]]) {
      const r = await runOn(file, ...args);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^dossier: store .*hurt\.db is damaged \(database disk image is malformed\)/);
    }
  });
});
