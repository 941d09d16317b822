// API benchmark: requests/s and p50/p99 latency of the entity profile and graph endpoints on a store with 100,000 facts,
// under autocannon on loopback, at a fixed 200 requests/s (the target: p99 under 50 ms) and flat out; /healthz as baseline.
// Usage: npm run bench:api [-- --facts 100000 --seconds 10 --rate 200]
import { spawn } from "node:child_process";
import { Agent, get as httpGet } from "node:http";
import { existsSync, mkdirSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { SqliteStore } from "../dist/store/sqlite/index.js";
import { growStore, makeDoc, pools, rng } from "./corpus-gen.mjs";

const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : def; };
const FACTS = arg("facts", 100_000), SECONDS = arg("seconds", 10), RATE = arg("rate", 200);
const root = new URL("..", import.meta.url).pathname;
const dir = join(root, "tmp");
mkdirSync(dir, { recursive: true });
const db = join(dir, `bench-api-${FACTS}.db`);
const fmt = (n, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });

// 1. The store: reused when it is already there (it is a cache of a deterministic corpus).
const p = pools();
{
  const store = SqliteStore.open(db);
  let stats = await store.stats();
  if (stats.facts < FACTS) {
    const t0 = performance.now();
    await growStore(store, FACTS, stats.documents, p, (s) => process.stderr.write(`\rbuilding the store: ${fmt(s.facts)} facts`));
    stats = await store.stats();
    process.stderr.write(`\n`);
    console.log(`built ${db} in ${fmt((performance.now() - t0) / 1000, 1)} s`);
  }
  console.log(`store: ${fmt(stats.documents)} documents, ${fmt(stats.entities)} entities, ${fmt(stats.facts)} facts, ${fmt(stats.claims)} claims`);
  await store.close();
}

// 2. Entities to ask about: people (brokers, targets, speakers) resolved to ids, and the busiest entity (a hub).
const store = SqliteStore.open(db, { readonly: true });
const r = rng(42);
const ids = [];
for (let k = 0; k < 400 && ids.length < 200; k++) {
  const name = p.persons[Math.floor(r() * p.persons.length)];
  const found = await store.entitiesByNamePrefix(name, 1);
  if (found[0]) ids.push(found[0].id);
}
const hub = (await store.listEntities(1, 0))[0];
const hubRoles = Object.values(await store.countFactRolesOf(hub.id)).reduce((a, b) => a + b, 0);
await store.close();
console.log(`${ids.length} sampled people; hub "${hub.name}" #${hub.id} with ${fmt(hubRoles)} fact roles`);

// 3. The server, in its own process(es) (the load generator must not share its event loop).
async function startServe(workers) {
  const server = spawn(process.execPath, [join(root, "bin/dossier.js"), "serve", "--db", db, "--port", "0", "--workers", String(workers)], { stdio: ["ignore", "pipe", "inherit"] });
  const base = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (d) => { out += d; const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out); if (m) resolve(m[1]); });
    server.on("exit", (c) => reject(new Error(`server exited ${c}: ${out}`)));
    setTimeout(() => reject(new Error("server did not start")), 30_000);
  });
  if (!base.startsWith("http://127.0.0.1:")) throw new Error("the load test targets loopback only");
  return { base, stop: () => new Promise((r) => { server.once("exit", r); server.kill("SIGTERM"); }) };
}

async function load(base, label, paths, rate) {
  let n = 0;
  const res = await autocannon({
    url: base, connections: rate ? 8 : 10, duration: SECONDS, ...(rate ? { overallRate: rate } : {}),
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length] }) }],
  });
  const bad = res.non2xx + res.errors + res.timeouts;
  console.log(`${label.padEnd(44)} ${rate ? `@${rate}/s` : "max   "}  ${fmt(res.requests.average, 0).padStart(6)} req/s · p50 ${fmt(res.latency.p50, 1).padStart(5)} ms · p99 ${fmt(res.latency.p99, 1).padStart(6)} ms · max ${fmt(res.latency.max, 0)} ms · ${fmt(res.requests.total)} requests${bad ? ` · ${bad} non-2xx/errors` : ""}`);
  return res;
}

/**
 * autocannon's rate limit sends each connection's quota at the start of every second (bursts), so its paced p99 is
 * a queueing figure. This one sends a request every 1000/rate ms, open loop, and times each from its scheduled start.
 */
async function paced(base, label, paths, rate) {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const total = rate * SECONDS, every = 1000 / rate, t0 = performance.now();
  const lat = [];
  let bad = 0;
  await Promise.all(Array.from({ length: total }, (_, i) => new Promise((resolve) => {
    const due = t0 + i * every;
    setTimeout(() => {
      httpGet(base + paths[i % paths.length], { agent }, (res) => {
        res.resume();
        res.on("end", () => { if (res.statusCode !== 200) bad++; lat.push(performance.now() - due); resolve(); });
      }).on("error", () => { bad++; resolve(); });
    }, Math.max(0, due - performance.now()));
  })));
  agent.destroy();
  lat.sort((a, b) => a - b);
  const q = (x) => lat[Math.min(lat.length - 1, Math.floor(x * lat.length))];
  console.log(`${label.padEnd(44)} even @${rate}/s  ${fmt(lat.length / ((performance.now() - t0) / 1000), 0).padStart(6)} req/s · p50 ${fmt(q(0.5), 1).padStart(5)} ms · p99 ${fmt(q(0.99), 1).padStart(6)} ms · max ${fmt(lat[lat.length - 1], 0)} ms${bad ? ` · ${bad} failed` : ""}`);
  return { p99: q(0.99) };
}

const profile = ids.map((id) => `/api/entities/${id}`);
const graph1 = ids.map((id) => `/api/entities/${id}/graph?depth=1`);
const graph2 = ids.map((id) => `/api/entities/${id}/graph?depth=2`);
const verdicts = [];
for (const workers of [1, 2]) {
  const { base, stop } = await startServe(workers);
  console.log(`\ndossier serve --workers ${workers}; autocannon on loopback, ${SECONDS} s per run; ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")} before`);
  try {
    await load(base, "warm-up (profiles)", profile, 100);
    await load(base, "baseline GET /healthz", ["/healthz"], RATE);
    const a = await load(base, "GET /api/entities/{id} (profile)", profile, RATE);
    const b = await load(base, "GET /api/entities/{id}/graph?depth=1", graph1, RATE);
    if (workers === 1) {
      await load(base, "GET /api/entities/{id}/graph?depth=2", graph2, RATE);
      await load(base, `hub GET /api/entities/${hub.id} (profile)`, [`/api/entities/${hub.id}`], RATE);
      await load(base, `hub GET /api/entities/${hub.id}/graph?depth=1`, [`/api/entities/${hub.id}/graph?depth=1`], RATE);
      await load(base, "baseline GET /healthz", ["/healthz"], 0);
    }
    await load(base, "GET /api/entities/{id} (profile)", profile, 0);
    await load(base, "GET /api/entities/{id}/graph?depth=1", graph1, 0);
    await paced(base, "baseline GET /healthz", ["/healthz"], RATE);
    const pa = await paced(base, "GET /api/entities/{id} (profile)", profile, RATE);
    const pb = await paced(base, "GET /api/entities/{id}/graph?depth=1", graph1, RATE);
    verdicts.push(`--workers ${workers}: autocannon profile p99 ${fmt(a.latency.p99, 1)} ms, graph p99 ${fmt(b.latency.p99, 1)} ms (${a.latency.p99 < 50 && b.latency.p99 < 50 ? "met" : "NOT met"}); evenly paced profile p99 ${fmt(pa.p99, 1)} ms, graph p99 ${fmt(pb.p99, 1)} ms (${pa.p99 < 50 && pb.p99 < 50 ? "met" : "NOT met"})`);
  } finally {
    await stop();
  }
}
console.log(`\ntarget p99 < 50 ms at ${RATE} req/s for profile and graph: ${verdicts.join("; ")}; load average after ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
