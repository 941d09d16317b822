#!/usr/bin/env node
// Accuracy gate: scores `dossier extract` on ../shared/corpus with the shared scorer and fails below the recorded floors.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.DOSSIER_SHARED ?? resolve(root, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.error(`eval:extract: no scorer at ${scorer} (set DOSSIER_SHARED to the shared folder)`);
  process.exit(2);
}
const run = spawnSync(process.execPath, [scorer, "--cmd", `node ${join(root, "bin", "dossier.js")}`, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 });
if (run.status !== 0) {
  console.error(run.stderr || run.stdout);
  process.exit(1);
}
const { summary, rows } = JSON.parse(run.stdout);
const floors = JSON.parse(readFileSync(join(root, "floors", "extract.json"), "utf8"));
const value = (path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), summary);
const figures = {
  "coreFacts.precision": value("coreFacts.precision"),
  "coreFacts.recall": value("coreFacts.recall"),
  "coreFacts.f1": value("coreFacts.f1"),
  "entities.recall": value("entities.recall"),
  attribution: value("attribution"),
  exchangeLinks: value("exchangeLinks"),
  time: value("time"),
  "factsWithBadEvidence.max": summary.factsWithBadEvidence,
  "failed.max": summary.failed,
};
let failed = 0;
console.log(`texts: ${rows.length}   mean ms/text: ${summary.msPerText?.toFixed(0)}`);
for (const [key, floor] of Object.entries(floors)) {
  if (key.startsWith("_")) continue;
  const v = figures[key];
  const isMax = key.endsWith(".max");
  const ok = v != null && (isMax ? v <= floor : v >= floor);
  if (!ok) failed++;
  const show = (x) => (x == null ? "n/a" : isMax ? String(x) : (100 * x).toFixed(1) + "%");
  console.log(`${ok ? "ok  " : "FAIL"} ${key.padEnd(26)} ${show(v).padStart(7)}   floor ${isMax ? "≤ " + floor : (100 * floor).toFixed(1) + "%"}`);
}
console.log(`core facts: ${summary.coreFacts.found}/${summary.coreFacts.gold} gold found, ${summary.coreFacts.system} extracted`);
if (failed) {
  console.error(`eval:extract: ${failed} figure(s) below the floor in floors/extract.json`);
  process.exit(1);
}
