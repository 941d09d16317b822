// Process-level reliability of the built CLI: SIGKILL halfway then re-run, two ingests at once, corrupt and locked stores.
// Needs the build (npm test builds first); extraction uses the bench's template extractor so documents carry facts.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { damageTable } from "../store/test-helpers/damage.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin/dossier.js");
const extractor = join(root, "bench/corpus-gen.mjs");
const env = { ...process.env, DOSSIER_EXTRACTOR: extractor };
let dir: string;

function writeDocs(folder: string, from: number, to: number): void {
  mkdirSync(folder, { recursive: true });
  const script = `import { makeDoc, pools, toTxt } from ${JSON.stringify(extractor)}; import { writeFileSync } from "node:fs";
    const p = pools(); for (let i = ${from}; i < ${to}; i++) writeFileSync(${JSON.stringify(folder)} + "/d" + i + ".txt", toTxt(makeDoc(i, p)));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script]);
  if (r.status !== 0) throw new Error(String(r.stderr));
}

function dossier(args: string[], extra: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...env, ...extra }, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What a store holds, independent of ingest order: counts and the facts as (type, status, time, sources, parties). */
interface Counts { documents: number; claims: number; facts: number; entities: number; docEntities: number; evidence: number }

function snapshot(db: string): { counts: Counts; facts: string[]; docs: string[] } {
  const d = new Database(db, { readonly: true });
  const n = (t: string): number => Number((d.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
  const names = new Map((d.prepare("SELECT id, name FROM entities").all() as { id: number; name: string }[]).map((r) => [r.id, r.name]));
  const facts = (d.prepare("SELECT type, status, time_start, sources, roles FROM facts").all() as { type: string; status: string; time_start: string; sources: number; roles: string }[])
    .map((f) => `${f.type}|${f.status}|${f.time_start}|${f.sources}|${Object.entries(JSON.parse(f.roles) as Record<string, number[]>).map(([r, ids]) => `${r}=${ids.map((i) => names.get(i)).sort().join(",")}`).sort().join(";")}`)
    .sort();
  const docs = (d.prepare("SELECT id FROM documents ORDER BY id").all() as { id: string }[]).map((r) => r.id);
  const counts = { documents: n("documents"), claims: n("claims"), facts: n("facts"), entities: n("entities"), docEntities: n("doc_entities"), evidence: n("evidence") };
  d.close();
  return { counts, facts, docs };
}

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli/cli.js"))) throw new Error("build first: npm run build (npm test does)");
  dir = mkdtempSync(join(tmpdir(), "dossier-reliability-"));
  writeDocs(join(dir, "all"), 0, 2400);
  writeDocs(join(dir, "other"), 2400, 2800);
  const ref = dossier(["ingest", "--db", join(dir, "ref.db"), join(dir, "all"), join(dir, "other")]);
  if (ref.status !== 0) throw new Error(ref.stdout + ref.stderr);
}, 300_000);

describe("ingest reliability (built CLI)", () => {
  it("a run killed with SIGKILL halfway is completed by a re-run: nothing lost, nothing duplicated", async () => {
    const db = join(dir, "killed.db");
    const child = spawn(process.execPath, [bin, "ingest", "--db", db, "--batch", "50", join(dir, "all"), join(dir, "other")], { env, stdio: "ignore" });
    let stored = 0;
    while (stored < 400) {
      await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(db)) continue;
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        stored = Number((d.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n);
        d.close();
      } catch { /* schema not there yet */ }
      if (child.exitCode !== null) throw new Error("ingest finished before it could be killed");
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const half = snapshot(db);
    expect(half.counts.documents).toBeGreaterThan(0);
    expect(half.counts.documents).toBeLessThan(2800);
    // Every stored document is whole: three claims each and their evidence (batches commit or vanish together),
    // and only whole batches of 50 are there: the kill lost at most the batch being written.
    expect(half.counts.claims).toBe(3 * half.counts.documents);
    expect(half.counts.documents % 50).toBe(0);
    const rerun = dossier(["ingest", "--db", db, join(dir, "all"), join(dir, "other")]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`${2800 - half.counts.documents} new, ${half.counts.documents} duplicate, 0 failed`);
    expect(snapshot(db)).toEqual(snapshot(join(dir, "ref.db")));
  }, 300_000);

  it("two processes creating the same new store at once both open it (no false 'not a Dossier store' or 'locked')", async () => {
    const one = join(dir, "one");
    mkdirSync(one, { recursive: true });
    writeFileSync(join(one, "d.txt"), readFileSync(join(dir, "other", "d2400.txt")));
    const run = (db: string): Promise<{ code: number | null; stderr: string }> => new Promise((res) => {
      const c = spawn(process.execPath, [bin, "ingest", "--db", db, one], { env, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      c.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      c.once("close", (code) => res({ code, stderr }));
    });
    // The race is short: several fresh stores, each opened by two processes started together.
    for (let round = 0; round < 8; round++) {
      const db = join(dir, `fresh-${round}.db`);
      const runs = await Promise.all([run(db), run(db)]);
      expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join("\n")).toEqual([0, 0]);
      expect(snapshot(db).counts.documents).toBe(1);
    }
  }, 120_000);

  it("two ingest processes on one store at once store every document once", async () => {
    const db = join(dir, "twice.db");
    const run = (paths: string[]): Promise<{ code: number | null; stderr: string }> => new Promise((res) => {
      const c = spawn(process.execPath, [bin, "ingest", "--db", db, "--batch", "100", ...paths], { env, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      c.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      c.once("close", (code) => res({ code, stderr }));
    });
    const runs = await Promise.all([run([join(dir, "all")]), run([join(dir, "other"), join(dir, "all")])]);
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join("\n")).toEqual([0, 0]);
    const s = snapshot(db);
    expect(s.counts.documents).toBe(2800);
    expect(s.counts.claims).toBe(3 * 2800);
    expect(s.docs).toEqual(snapshot(join(dir, "ref.db")).docs);
    expect(s.counts.entities).toBe(snapshot(join(dir, "ref.db")).counts.entities);
  }, 300_000);

  it("a corrupt store file gives a clear error naming it and is left untouched", () => {
    const junk = join(dir, "junk.db");
    writeFileSync(junk, Buffer.alloc(8192, 7));
    const before = createHash("sha256").update(readFileSync(junk)).digest("hex");
    for (const args of [["ingest", "--db", junk, join(dir, "other")], ["facts", "--db", junk]]) {
      const r = dossier(args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/junk\.db cannot be used: .*not a Dossier store or is damaged/);
    }
    expect(createHash("sha256").update(readFileSync(junk)).digest("hex")).toBe(before);
  });

  it("a store locked by another writer gives a clear error and nothing half-written", () => {
    const db = join(dir, "locked.db");
    expect(dossier(["ingest", "--db", db, join(dir, "other", "d2400.txt")]).status).toBe(0);
    const holder = new Database(db);
    holder.exec("BEGIN IMMEDIATE");
    const r = dossier(["ingest", "--db", db, join(dir, "other")], { DOSSIER_BUSY_TIMEOUT_MS: "300" });
    holder.exec("ROLLBACK");
    holder.close();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/locked\.db is locked by another process; nothing was written/);
    expect(snapshot(db).counts.documents).toBe(1);
  });

  it("a worker that dies ends the ingest with an error naming its files, never a silent exit 0", () => {
    const crash = join(dir, "crash-extract.mjs");
    writeFileSync(crash, `import { extract as base } from ${JSON.stringify(extractor)};
      export function extract(text, o) { if (text.includes("CRASH")) process.exit(3); return base(text, o); }`);
    const folder = join(dir, "crashing");
    writeDocs(folder, 3000, 3040);
    writeFileSync(join(folder, "d3020.txt"), readFileSync(join(folder, "d3020.txt"), "utf8") + "\nCRASH\n");
    for (const workers of ["1", "2"]) {
      const r = dossier(["ingest", "--db", join(dir, `crash-${workers}.db`), "--workers", workers, folder], { DOSSIER_EXTRACTOR: crash });
      expect(r.status, r.stdout + r.stderr).toBe(1);
      expect(r.stderr).toMatch(/an extraction worker stopped unexpectedly \(exit code 3\) while reading .*d30\d\d\.txt/);
    }
  });

  it("a store damaged past its first pages stops an ingest on worker threads with an error naming it", () => {
    const db = join(dir, "damaged.db");
    expect(dossier(["ingest", "--db", db, join(dir, "other", "d2400.txt")]).status).toBe(0);
    damageTable(db, "documents");
    for (const workers of ["1", "2"]) {
      const r = dossier(["ingest", "--db", db, "--workers", workers, join(dir, "other")]);
      expect(r.status, r.stdout + r.stderr).toBe(1);
      expect(r.stderr).toMatch(/damaged\.db is damaged \(database disk image is malformed\)/);
    }
  });

  it("a missing store is not created by a query", () => {
    const r = dossier(["entity", "--db", join(dir, "nope.db"), "Anyone"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no store at .*nope\.db/);
    expect(existsSync(join(dir, "nope.db"))).toBe(false);
  });
});
