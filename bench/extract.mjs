// Speed benchmark: Dossier extract() against wink-nlp (tokens + sentences) and compromise (full parse) on the same text, one engine per child process.
// Usage: npm run build && node bench/extract.mjs [--mb 20] [--warm-mb 2] [--seed 7] [--chunk 5000] [--compromise-mb 1] [--startup-runs 15]
// Every engine is timed twice in one pass over mb + warm-mb MB: "cold" is the first mb MB from a fresh process (V8 still
// compiling, on the same core), "warm" the last mb MB, after warm-mb MB of warm-up. Ratios are printed for both.
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
  await runChild(args[1], args[2], Number(args[3] ?? 0), Number(args[4] ?? 0));
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

/**
 * One engine, one process, every document timed on its own: "cold" is the first `windowBytes` from the start (after a
 * five-document warm-up that loads lexicons and models), "warm" the last `windowBytes`, after `warmBytes` of warm-up.
 */
async function runChild(engine, input, windowBytes, warmBytes) {
  let docs = JSON.parse(readFileSync(input, "utf8"));
  const sizes = docs.map((d) => Buffer.byteLength(d, "utf8"));
  const total = windowBytes > 0 ? warmBytes + windowBytes : Infinity;
  let kept = 0, b = 0;
  while (kept < docs.length && b < total) b += sizes[kept++];
  docs = docs.slice(0, kept);
  const run = await loadEngine(engine);
  // Lexicons and models are loaded lazily: a few documents first, untimed in both windows.
  for (const d of docs.slice(0, 5)) run(d);
  const ns = new Float64Array(docs.length);
  let sink = 0;
  for (let i = 0; i < docs.length; i++) {
    const t0 = process.hrtime.bigint();
    sink += run(docs[i]);
    ns[i] = Number(process.hrtime.bigint() - t0);
  }
  const all = sizes.slice(0, docs.length).reduce((a, x) => a + x, 0);
  const window = windowBytes > 0 ? windowBytes : all - warmBytes;
  const cold = { bytes: 0, seconds: 0 }, warm = { bytes: 0, seconds: 0 };
  for (let i = 0; i < docs.length && cold.bytes < window; i++) {
    cold.bytes += sizes[i];
    cold.seconds += ns[i] / 1e9;
  }
  for (let i = docs.length - 1; i >= 0 && warm.bytes < window; i--) {
    warm.bytes += sizes[i];
    warm.seconds += ns[i] / 1e9;
  }
  process.stdout.write(JSON.stringify({ engine, docs: docs.length, cold, warm, bytes: warm.bytes, seconds: warm.seconds, maxRSSKiB: process.resourceUsage().maxRSS, sink }));
}

function runEngine(engine, input, windowBytes, warmBytes, pin) {
  const cmd = [process.execPath, "--max-old-space-size=4096", fileURLToPath(import.meta.url), "--child", engine, input, String(windowBytes), String(warmBytes)];
  const [bin, ...rest] = pin ? ["taskset", "-c", "0", ...cmd] : cmd;
  const r = spawnSync(bin, rest, { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) return { engine, error: (r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n").slice(-3).join(" | ") };
  return JSON.parse(r.stdout);
}

async function runParent() {
  const mb = option("mb", 20);
  const warmMb = option("warm-mb", 2);
  const seed = option("seed", 7);
  const chunk = option("chunk", 5000);
  const compromiseMb = option("compromise-mb", 1);
  try {
    readFileSync(join(root, "dist/extract/index.js"));
  } catch {
    console.error("dist/ is missing: run `npm run build` first.");
    process.exit(1);
  }
  const { docs, bytes, sentences, samples } = buildDocuments({ mb: mb + warmMb, seed, chunk });
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-"));
  const input = join(dir, "docs.json");
  writeFileSync(input, JSON.stringify(docs));
  // One core: every engine runs alone, pinned to CPU 0 where taskset exists.
  const pin = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  console.log(`text: ${(bytes / 1e6).toFixed(1)} MB UTF-8 in ${docs.length} documents of ~${chunk} chars, ${sentences} sentences from ${samples} samples shuffled (seed ${seed})`);
  console.log(`node ${process.version}, one engine per child process${pin ? ", pinned to CPU 0 (taskset)" : ""}; MB = 10^6 bytes of UTF-8`);
  console.log(`cold = the first ${mb} MB from a fresh process (V8 still compiling, on the same core); warm = the last ${mb} MB, after ${warmMb} MB of warm-up\n`);

  const plan = [
    { engine: "baseline", what: "load the text, no work (RSS floor)", window: mb * 1e6, warm: warmMb * 1e6 },
    { engine: "dossier", what: "Dossier extract(): entities + facts", window: mb * 1e6, warm: warmMb * 1e6 },
    { engine: "dossier-text", what: "Dossier tokenize + splitSentences", window: mb * 1e6, warm: warmMb * 1e6 },
    { engine: "wink", what: "wink-nlp 2.4.0 tokens + sentences", window: mb * 1e6, warm: warmMb * 1e6 },
    { engine: "wink-full", what: "wink-nlp 2.4.0 default pipe (POS, entities, ...)", window: mb * 1e6, warm: warmMb * 1e6 },
    // compromise is too slow for the whole text: a window of compromise-mb MB after a fifth of that as warm-up.
    { engine: "compromise", what: `compromise full parse, ${compromiseMb} MB window, extrapolated`, window: compromiseMb * 1e6, warm: (compromiseMb * 1e6) / 5 },
  ];
  const results = {};
  for (const p of plan) {
    process.stderr.write(`running ${p.engine}…\n`);
    results[p.engine] = { ...p, ...runEngine(p.engine, input, p.window, p.warm, pin) };
  }
  rmSync(dir, { recursive: true, force: true });

  const rateOf = (w) => (w && w.seconds > 0 ? w.bytes / 1e6 / w.seconds : NaN);
  const warmRate = (r) => (r && !r.error ? rateOf(r.warm) : NaN);
  const coldRate = (r) => (r && !r.error ? rateOf(r.cold) : NaN);
  const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : "—");
  const rows = [["engine", "what", "MB", "warm s", "warm MB/s", "cold MB/s", "peak RSS MiB"]];
  for (const p of plan) {
    const r = results[p.engine];
    if (r.error) {
      rows.push([p.engine, p.what, "—", "—", "—", "—", `error: ${r.error}`]);
      continue;
    }
    const measured = p.engine === "baseline" ? ["—", "—", "—", "—"] : [fmt(r.warm.bytes / 1e6, 1), fmt(r.warm.seconds, 1), fmt(warmRate(r)), fmt(coldRate(r))];
    rows.push([p.engine, p.what, ...measured, fmt(r.maxRSSKiB / 1024, 0)]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  for (const row of rows) console.log(row.map((cell, c) => (c >= 2 ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c]))).join("  "));

  const [d, w, wf, c, dt] = ["dossier", "wink", "wink-full", "compromise", "dossier-text"].map((e) => warmRate(results[e]));
  const [dc, wc, cc] = ["dossier", "wink", "compromise"].map((e) => coldRate(results[e]));
  const comp = results.compromise;
  console.log("");
  if (comp && !comp.error) {
    console.log(`compromise: timed on ${fmt(comp.warm.bytes / 1e6, 2)} MB; at ${fmt(c)} MB/s the full ${mb} MB would take ~${fmt(mb / c, 0)} s (extrapolated, not measured)`);
  }
  console.log(`ratio Dossier extract / wink tokens+sentences : ${fmt(d / w, 3)} warm, ${fmt(dc / wc, 3)} cold`);
  console.log(`ratio Dossier extract / wink default pipe     : ${fmt(d / wf, 2)} warm`);
  console.log(`ratio Dossier extract / compromise parse      : ${fmt(d / c, 2)} warm, ${fmt(dc / cc, 2)} cold`);
  console.log(`ratio Dossier tokens+sentences / wink          : ${fmt(dt / w, 2)} warm`);
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
