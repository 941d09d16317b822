#!/usr/bin/env node
// Store benchmark: documents/s through `dossier ingest` (files → workers → store), bytes of store per document,
// and `dossier entity` latency on a store of 100,000+ facts — each beside a baseline measured in the same run.
// Usage: npm run bench:ingest [-- --docs 10000 --facts 100000 --keep DIR]
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { growStore, makeDoc, pools, toTxt, extract as templateExtract, rng } from "./corpus-gen.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { SqliteStore } = await import(join(root, "dist/store/sqlite/index.js"));
const { entityProfile } = await import(join(root, "dist/graph/queries.js"));
const { publisherOf } = await import(join(root, "dist/ingest/process.js"));
const { contentId: contentHash } = await import(join(root, "dist/text/hash.js"));

const arg = (name, dflt) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
const DOCS = Number(arg("docs", 10000));
const FACTS = Number(arg("facts", 100000));
const dir = arg("keep") ?? mkdtempSync(join(tmpdir(), "dossier-bench-"));
mkdirSync(dir, { recursive: true });
const bin = join(root, "bin/dossier.js");
const fmt = (n, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const ms = (t0) => performance.now() - t0;

import { loadavg, availableParallelism } from "node:os";
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");
console.log(`dossier store benchmark · node ${process.version} · ${availableParallelism()} cores, load average ${load()} · ${DOCS} documents · work dir ${dir}`);
const p = pools();
const docs = Array.from({ length: DOCS }, (_, i) => makeDoc(i, p));
const folder = join(dir, "docs");
mkdirSync(folder, { recursive: true });
for (let i = 0; i < docs.length; i++) writeFileSync(join(folder, `${String(i).padStart(6, "0")}.txt`), toTxt(docs[i]));
const corpusBytes = docs.reduce((n, d) => n + Buffer.byteLength(toTxt(d)), 0);
console.log(`generated ${fmt(DOCS)} .txt files, ${fmt(corpusBytes / DOCS)} bytes each on average`);

// Baseline: raw better-sqlite3, the same texts into one table with FTS5, one transaction, no parsing or extraction.
{
  const f = join(dir, "baseline.db");
  rmSync(f, { force: true });
  const t0 = performance.now();
  const db = new Database(f);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE d (id TEXT PRIMARY KEY, title TEXT, text TEXT); CREATE VIRTUAL TABLE f USING fts5(title, text, content='d')");
  const ins = db.prepare("INSERT INTO d (id, title, text) VALUES (?,?,?)"), fts = db.prepare("INSERT INTO f (rowid, title, text) VALUES (?,?,?)");
  db.transaction(() => { for (const d of docs) { const r = ins.run(contentHash(d.text), d.title, d.text); fts.run(r.lastInsertRowid, d.title, d.text); } })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  const t = ms(t0);
  console.log(`baseline  raw better-sqlite3 insert + FTS5 (in memory texts, 1 tx): ${fmt(DOCS / (t / 1000))} docs/s · ${fmt(statSync(f).size / DOCS)} bytes/doc`);
}

const run = (label, env, db) => {
  rmSync(db, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", join(root, "bench/thread-cpu.mjs"), bin, "ingest", "--json", "--db", db, folder], { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 1 << 30 });
  const t = ms(t0);
  if (r.status !== 0) { console.log(r.stdout, r.stderr); throw new Error(`${label}: ingest failed`); }
  const s = JSON.parse(r.stdout);
  const size = statSync(db).size;
  // The main thread is the single writer: its CPU per document (process start included) bounds the rate whatever the workers do.
  const main = Number(/main-thread-cpu ([\d.]+)/.exec(r.stderr)?.[1]);
  console.log(`${label}:\n    ${fmt(DOCS / (t / 1000))} docs/s end to end (${fmt(t / 1000, 1)} s wall, process start included; load average now ${load()})` +
    ` · ${fmt(DOCS / s.cpuSeconds)} docs per CPU-second (${fmt(s.cpuSeconds, 1)} CPU s, main thread + workers` +
    `${Number.isFinite(main) ? `; main thread ${fmt(main, 1)} CPU s = ${fmt((main * 1000) / DOCS, 2)} ms/doc` : ""}) · ${fmt(size / DOCS)} bytes/doc · ${s.new} new, ${s.duplicate} duplicate, ${s.failed} failed`);
  return { t, size };
};

const storeDb = join(dir, "store.db");
run("dossier ingest, template extractor (3 facts, 6 entities per doc)", { DOSSIER_EXTRACTOR: join(root, "bench/corpus-gen.mjs") }, storeDb);
run("dossier ingest, project extractor (src/extract as it is today)", {}, join(dir, "store-project-extractor.db"));
{
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, "ingest", "--db", storeDb, folder], { env: { ...process.env, DOSSIER_EXTRACTOR: join(root, "bench/corpus-gen.mjs") }, encoding: "utf8" });
  console.log(`re-ingest of the same ${fmt(DOCS)} files (all duplicates): ${fmt(ms(t0) / 1000, 1)} s wall · ${r.stdout.trim().split("\n")[0]}`);
}

// Grow the store to FACTS facts through the same store code path (in-process extraction), then time entity profiles.
const store = SqliteStore.open(storeDb);
let stats = await store.stats();
const tGrow = performance.now();
const cGrow = process.cpuUsage();
const grownFrom = stats.facts;
const i = await growStore(store, FACTS, DOCS, p);
stats = await store.stats();
const growSecs = ms(tGrow) / 1000;
const growCpu = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cGrow));
console.log(`grew the store in-process to ${fmt(stats.documents)} documents, ${fmt(stats.facts)} facts (${fmt(stats.claims)} claims), ${fmt(stats.entities)} entities:` +
  ` ${fmt((i - DOCS) / growSecs)} docs/s single-threaded, ${fmt((i - DOCS) / growCpu)} docs per CPU-second (store path only, extraction included)`);
const bytes = store.fileBytes();
console.log(`store size: ${fmt(bytes / 1e6, 1)} MB · ${fmt(bytes / stats.documents)} bytes/doc`);

// Profiles: sample people (brokers and targets), plus the busiest entity (a hub with thousands of facts, shown 50 at a time).
const r = rng(42);
const names = Array.from({ length: 200 }, () => p.persons[Math.floor(r() * p.persons.length)]);
const times = [];
for (const n of names) {
  const t0 = performance.now();
  try { await entityProfile(store, n, { limit: 50 }); } catch { continue; }
  times.push(ms(t0));
}
times.sort((a, b) => a - b);
const q = (x) => times[Math.min(times.length - 1, Math.floor(x * times.length))];
const hub = (await store.listEntities(1, 0))[0];
const th = [];
for (let k = 0; k < 20; k++) { const t0 = performance.now(); await entityProfile(store, `#${hub.id}`, { limit: 50 }); th.push(ms(t0)); }
th.sort((a, b) => a - b);
const hubFacts = Object.values(await store.countFactRolesOf(hub.id)).reduce((a, b) => a + b, 0);
console.log(`entity profile (store API, warm): median ${fmt(q(0.5), 2)} ms · p95 ${fmt(q(0.95), 2)} ms over ${times.length} people; busiest entity "${hub.name}" (${fmt(hubFacts)} fact roles, 50 shown): median ${fmt(th[10], 2)} ms`);
// Baseline: one indexed point query on the same file.
{
  const db = new Database(storeDb, { readonly: true });
  const st = db.prepare("SELECT * FROM entities WHERE id = ?");
  const t0 = performance.now();
  for (let k = 0; k < 1000; k++) st.get(hub.id);
  console.log(`baseline  one indexed SELECT on the same file: ${fmt(ms(t0) / 1000, 3)} ms`);
  db.close();
}
await store.close();
{
  const one = () => { const t0 = performance.now(); execFileSync(process.execPath, [bin, "entity", "--db", storeDb, names[0]], { stdio: "pipe" }); return ms(t0); };
  const startup = () => { const t0 = performance.now(); execFileSync(process.execPath, ["-e", "0"], { stdio: "pipe" }); return ms(t0); };
  // Interleaved, so that both see the same machine; medians of nine.
  const cs = [], ss = [];
  for (let k = 0; k < 9; k++) {
    cs.push(one());
    ss.push(startup());
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\`dossier entity\` as a whole process: median ${fmt(median(cs))} ms; beside it, interleaved, a bare \`node -e 0\`: ${fmt(median(ss))} ms`);
}
if (!arg("keep")) rmSync(dir, { recursive: true, force: true });
