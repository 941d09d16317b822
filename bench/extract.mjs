// Speed benchmark: Dossier extract() against wink-nlp (tokens + sentences) and compromise (full parse) on the same text, one engine per child process.
// Usage: npm run build && node bench/extract.mjs [--mb 20] [--seed 7] [--chunk 5000] [--compromise-mb 1] [--startup-runs 15]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSamples } from "../scripts/read-sample.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..");
const args = process.argv.slice(2);

if (args[0] === "--child") {
  await runChild(args[1], args[2], Number(args[3] ?? 0));
} else {
  await runParent();
}

function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
}

/** mulberry32: a small seeded generator, so every run benchmarks the same text. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Documents of about `chunk` characters built from the samples' sentences, shuffled with a seeded RNG, until `mb` MB of UTF-8.
 * Paragraph breaks are kept every few sentences so the text looks like news copy.
 */
function buildDocuments({ mb, seed, chunk }) {
  const samples = readSamples(join(root, "samples"));
  if (!samples.length) throw new Error("no samples/*.txt to build the benchmark text from");
  // Sentence split for generating text only (not measured): a stop, then space and a capital or a quote.
  const sentences = samples.flatMap((s) => s.body.split(/\n+/).flatMap((p) => p.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/u))).map((s) => s.trim()).filter(Boolean);
  const next = rng(seed);
  const pick = () => sentences[Math.floor(next() * sentences.length)];
  const docs = [];
  let bytes = 0;
  const target = mb * 1e6;
  while (bytes < target) {
    let doc = "";
    let inParagraph = 0;
    while (doc.length < chunk) {
      doc += pick();
      inParagraph++;
      if (inParagraph >= 2 + Math.floor(next() * 3)) {
        doc += "\n\n";
        inParagraph = 0;
      } else doc += " ";
    }
    docs.push(doc.trimEnd() + "\n");
    bytes += Buffer.byteLength(docs[docs.length - 1], "utf8");
  }
  return { docs, bytes, sentences: sentences.length, samples: samples.length };
}

async function loadEngine(name) {
  const require = createRequire(import.meta.url);
  switch (name) {
    case "baseline":
      return () => 0;
    case "dossier-text": {
      const { tokenize } = await import("../dist/text/tokens.js");
      const { splitSentences } = await import("../dist/text/sentences.js");
      return (doc) => splitSentences(doc, tokenize(doc)).length;
    }
    case "dossier": {
      const { extract } = await import("../dist/extract/index.js");
      return (doc) => extract(doc, { published: "2023-10-14" }).facts.length;
    }
    case "wink": {
      const winkNLP = require("wink-nlp");
      const model = require("wink-eng-lite-web-model");
      // Only sentence boundary detection in the pipe: tokens and sentences, nothing else.
      const nlp = winkNLP(model, ["sbd"]);
      return (doc) => {
        const d = nlp.readDoc(doc);
        return d.tokens().length() + d.sentences().length();
      };
    }
    case "wink-full": {
      const winkNLP = require("wink-nlp");
      const model = require("wink-eng-lite-web-model");
      // wink's default pipe: sentences, negation, sentiment, part-of-speech tags, named entities, custom entities.
      const nlp = winkNLP(model);
      return (doc) => {
        const d = nlp.readDoc(doc);
        return d.tokens().length() + d.entities().length();
      };
    }
    case "compromise": {
      const nlp = (await import("compromise")).default;
      return (doc) => nlp(doc).terms().length;
    }
    default:
      throw new Error(`unknown engine ${name}`);
  }
}

/** One engine, one process: warm up, then time every document once; report bytes, seconds and peak RSS. */
async function runChild(engine, input, limitBytes) {
  let docs = JSON.parse(readFileSync(input, "utf8"));
  if (limitBytes > 0) {
    const cut = [];
    let b = 0;
    for (const d of docs) {
      if (b >= limitBytes) break;
      cut.push(d);
      b += Buffer.byteLength(d, "utf8");
    }
    docs = cut;
  }
  const run = await loadEngine(engine);
  // Warm-up on a few documents so the JIT and lazily built lexicons are not timed.
  for (const d of docs.slice(0, 5)) run(d);
  let bytes = 0;
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (const d of docs) {
    sink += run(d);
    bytes += Buffer.byteLength(d, "utf8");
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(JSON.stringify({ engine, docs: docs.length, bytes, seconds, maxRSSKiB: process.resourceUsage().maxRSS, sink }));
}

function runEngine(engine, input, limitBytes, pin) {
  const cmd = [process.execPath, "--max-old-space-size=4096", fileURLToPath(import.meta.url), "--child", engine, input, String(limitBytes)];
  const [bin, ...rest] = pin ? ["taskset", "-c", "0", ...cmd] : cmd;
  const r = spawnSync(bin, rest, { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) return { engine, error: (r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n").slice(-3).join(" | ") };
  return JSON.parse(r.stdout);
}

async function runParent() {
  const mb = option("mb", 20);
  const seed = option("seed", 7);
  const chunk = option("chunk", 5000);
  const compromiseMb = option("compromise-mb", 1);
  try {
    readFileSync(join(root, "dist/extract/index.js"));
  } catch {
    console.error("dist/ is missing: run `npm run build` first.");
    process.exit(1);
  }
  const { docs, bytes, sentences, samples } = buildDocuments({ mb, seed, chunk });
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-"));
  const input = join(dir, "docs.json");
  writeFileSync(input, JSON.stringify(docs));
  // One core: every engine runs alone, pinned to CPU 0 where taskset exists.
  const pin = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  console.log(`text: ${(bytes / 1e6).toFixed(1)} MB UTF-8 in ${docs.length} documents of ~${chunk} chars, ${sentences} sentences from ${samples} samples shuffled (seed ${seed})`);
  console.log(`node ${process.version}, one engine per child process${pin ? ", pinned to CPU 0 (taskset)" : ""}; MB = 10^6 bytes of UTF-8\n`);

  const plan = [
    { engine: "baseline", what: "load the text, no work (RSS floor)", limit: 0 },
    { engine: "dossier", what: "Dossier extract(): entities + facts", limit: 0 },
    { engine: "dossier-text", what: "Dossier tokenize + splitSentences", limit: 0 },
    { engine: "wink", what: "wink-nlp 2.4.0 tokens + sentences", limit: 0 },
    { engine: "wink-full", what: "wink-nlp 2.4.0 default pipe (POS, entities, ...)", limit: 0 },
    { engine: "compromise", what: `compromise full parse, first ${compromiseMb} MB, extrapolated`, limit: compromiseMb * 1e6 },
  ];
  const results = {};
  for (const p of plan) {
    process.stderr.write(`running ${p.engine}…\n`);
    results[p.engine] = { ...p, ...runEngine(p.engine, input, p.limit, pin) };
  }
  rmSync(dir, { recursive: true, force: true });

  const rate = (r) => (r && !r.error && r.seconds > 0 ? r.bytes / 1e6 / r.seconds : NaN);
  const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : "—");
  const rows = [["engine", "what", "MB", "s", "MB/s", "peak RSS MiB"]];
  for (const p of plan) {
    const r = results[p.engine];
    if (r.error) {
      rows.push([p.engine, p.what, "—", "—", "—", `error: ${r.error}`]);
      continue;
    }
    const measured = p.engine === "baseline" ? ["—", "—", "—"] : [fmt(r.bytes / 1e6, 1), fmt(r.seconds, 1), fmt(rate(r))];
    rows.push([p.engine, p.what, ...measured, fmt(r.maxRSSKiB / 1024, 0)]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  for (const row of rows) console.log(row.map((cell, c) => (c >= 2 ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c]))).join("  "));

  const d = rate(results.dossier), w = rate(results.wink), wf = rate(results["wink-full"]), c = rate(results.compromise), dt = rate(results["dossier-text"]);
  const comp = results.compromise;
  console.log("");
  if (comp && !comp.error) {
    console.log(`compromise: timed on ${fmt(comp.bytes / 1e6, 2)} MB; at ${fmt(c)} MB/s the full ${fmt(bytes / 1e6, 1)} MB would take ~${fmt(bytes / 1e6 / c, 0)} s (extrapolated, not measured)`);
  }
  console.log(`ratio Dossier extract / wink tokens+sentences : ${fmt(d / w, 3)}`);
  console.log(`ratio Dossier extract / wink default pipe     : ${fmt(d / wf, 2)}`);
  console.log(`ratio Dossier extract / compromise parse      : ${fmt(d / c, 2)}`);
  console.log(`ratio Dossier tokens+sentences / wink          : ${fmt(dt / w, 2)}`);
  console.log("\nwink and Dossier's text layer only tokenise and split; extract() also finds entities, facts, times and attribution.");
  startup(option("startup-runs", 15));
}

/**
 * CLI start-up: `dossier extract --json` on a one-line text, beside a bare `node -e 0` as the baseline, runs interleaved
 * so that both see the same machine; median and fastest wall time of each.
 */
function startup(runs) {
  if (!runs) return;
  const dir = mkdtempSync(join(tmpdir(), "dossier-startup-"));
  const file = join(dir, "one.txt");
  writeFileSync(file, "Iran supplied drones to Russia last year, officials said.\n");
  const time = (args) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`start-up run failed: ${r.stderr}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const bare = [], cli = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(["-e", "0"]));
    cli.push(time([join(root, "bin/dossier.js"), "extract", "--json", file]));
  }
  rmSync(dir, { recursive: true, force: true });
  const stat = (xs) => { const s = [...xs].sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)], min: s[0] }; };
  const b = stat(bare), c = stat(cli);
  console.log(`\nstart-up (${runs} runs each, interleaved): dossier extract on one sentence median ${c.median.toFixed(0)} ms (fastest ${c.min.toFixed(0)}),` +
    ` bare node -e 0 median ${b.median.toFixed(0)} ms (fastest ${b.min.toFixed(0)}); Dossier adds ${(c.median - b.median).toFixed(0)} ms`);
}
