#!/usr/bin/env node
// Measures the screening engine on the shared evaluation sets (read in place, never copied) and fails
// when a figure drops below its floor in floors/screen.json. Run: npm run eval:screen
import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { importLists } from "../dist/screen/lists/index.js";
import { DEFAULT_THRESHOLD, indexLists, matchPair, screen } from "../dist/screen/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.DOSSIER_SHARED ?? join(root, "..", "shared");
const data = join(shared, "data", "sanctions");
if (!existsSync(data)) {
  console.error(`eval:screen: no shared data at ${data} (set DOSSIER_SHARED)`);
  process.exit(1);
}
const csv = (p) => parse(readFileSync(join(data, p)), { columns: true, skip_empty_lines: true, relax_column_count: true });
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const figures = {};

// 1. Real data: the right entry first against the 2024-05-02 SDN.
const t0 = performance.now();
const [sdn] = await importLists([join(data, "us_ofac_sdn/2024-05-02_jackdwyer/sdn.csv")]);
const lists = indexLists(sdn.entries);
console.log(`SDN 2024-05-02: ${sdn.entries.length} entries, ${lists.index.names.length} names, imported and indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const byName = (n) => sdn.entries.find((e) => e.name === n)?.id;
const expected = [
  ["Ashot Mkrtychev", byName("MKRTYCHEV, Ashot")],
  ["Kim Jong Un", byName("KIM, Jong Un")],
  ["Wagner Group", byName("PRIVATE MILITARY COMPANY 'WAGNER'")],
];
let top1 = 0;
console.log("\n== Real data (right entry first)");
for (const [q, id] of expected) {
  const hits = screen(lists, q, { limit: 3 });
  const ok = hits[0]?.entryId === id;
  if (ok) top1++;
  console.log(`  ${ok ? "ok  " : "MISS"} ${q} → ${hits.map((h) => `${h.name} (${h.entryId}) ${h.score}`).join(" | ") || "no hit"}`);
}
figures.real_data_top1 = top1 / expected.length;

// 2. nomenklatura cases: F1 at the default threshold.
const kindOf = (s) => ({ Person: "person", Company: "company", Organization: "organization", Vessel: "vessel" })[s];
const cases = csv("_evaluation/nomenklatura/cases.csv");
let tp = 0, fp = 0, fn = 0, tn = 0;
for (const r of cases) {
  const m = matchPair(r.name1, r.name2, "default", kindOf(r.schema)).score >= DEFAULT_THRESHOLD;
  const truth = r.is_match === "true";
  if (m && truth) tp++; else if (m) fp++; else if (truth) fn++; else tn++;
}
const P = tp / (tp + fp), R = tp / (tp + fn);
figures.cases_f1 = (2 * P * R) / (P + R);
console.log(`\n== nomenklatura cases.csv (${cases.length} pairs, threshold ${DEFAULT_THRESHOLD})`);
console.log(`  precision ${pct(P)}  recall ${pct(R)}  F1 ${figures.cases_f1.toFixed(3)}   (tp ${tp} fp ${fp} fn ${fn} tn ${tn}; logic-v2 ≈ 0.79 at 0.70)`);

// 3. OFAC parity: share of pairs within ±5 points of OFAC's own score (rows OFAC did not score, -1, are skipped).
const ofac = csv("_evaluation/nomenklatura/ofac_fixtures.csv").filter((r) => Number(r.ofac_score) >= 0);
let within = 0;
// OFAC shows whole points, so ours is rounded the same way before comparing.
for (const r of ofac) if (Math.abs(Math.round(matchPair(r.query_name, r.result_name, "ofac").score * 100) - Number(r.ofac_score)) <= 5) within++;
figures.ofac_within5 = within / ofac.length;
console.log(`\n== OFAC parity, ofac_fixtures.csv (${ofac.length} scored pairs)`);
console.log(`  within ±5 points: ${within}/${ofac.length} = ${pct(figures.ofac_within5)}   (best public emulation 95.7%)`);

// 4. False positives: synthetic people screened against the full SDN.
console.log(`\n== yente negatives vs full SDN 2024-05-02 (threshold ${DEFAULT_THRESHOLD})`);
for (const file of ["negatives_global.csv", "negatives_us.csv"]) {
  const rows = csv(`_evaluation/yente/${file}`);
  let withQ = 0, nameOnly = 0;
  const examples = [];
  for (const r of rows) {
    const base = { kind: "person", limit: 1 };
    const a = screen(lists, r.full_name, base);
    const b = screen(lists, r.full_name, { ...base, ...(r.date_of_birth && { dob: r.date_of_birth }), ...(r.nationality && { country: r.nationality }) });
    if (a.length) nameOnly++;
    if (b.length) { withQ++; if (examples.length < 3) examples.push(`${r.full_name} → ${b[0].name} ${b[0].score}`); }
  }
  const key = file.replace(/\.csv$/, "").replace("negatives_", "fpr_");
  figures[key] = withQ / rows.length;
  figures[`${key}_name_only`] = nameOnly / rows.length;
  console.log(`  ${file}: FP rate ${pct(withQ / rows.length)} with DOB+nationality qualifiers, ${pct(nameOnly / rows.length)} on the name alone (${rows.length} people)`);
  for (const e of examples) console.log(`    e.g. ${e}`);
}

// 5. Cross-script recall.
const cross = readFileSync(join(data, "_evaluation/watchman/cross_script_pairs.csv"), "utf8")
  .split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split(","));
let hit = 0;
const misses = [];
for (const [q, target] of cross) {
  const s = matchPair(q, target).score;
  if (s >= DEFAULT_THRESHOLD) hit++; else misses.push(`${q}→${target} ${s}`);
}
figures.cross_script_recall = hit / cross.length;
console.log(`\n== watchman cross_script_pairs.csv: recall ${hit}/${cross.length} = ${pct(figures.cross_script_recall)} (pair score ≥ ${DEFAULT_THRESHOLD})`);
if (misses.length) console.log(`  missed: ${misses.join("; ")}`);

const putinId = byName("PUTIN, Vladimir Vladimirovich");
const putin = readFileSync(join(data, "_evaluation/rigour/putin_names.txt"), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
let found = 0;
const pm = [];
for (const n of putin) {
  if (screen(lists, n, { limit: 10 }).some((h) => h.entryId === putinId)) found++; else pm.push(n);
}
figures.putin_recall = found / putin.length;
console.log(`\n== rigour putin_names.txt screened against SDN: recall ${found}/${putin.length} = ${pct(figures.putin_recall)} (Putin's entry among the hits)`);
if (pm.length) console.log(`  missed: ${pm.join(" | ")}`);

// Ratchet: every figure against its floor (FP rates against a ceiling).
const floors = JSON.parse(readFileSync(join(root, "floors/screen.json"), "utf8"));
let failed = 0;
console.log("\n== Floors (floors/screen.json)");
for (const [k, floor] of Object.entries(floors.min ?? {})) {
  const v = figures[k];
  const ok = v !== undefined && v >= floor;
  if (!ok) failed++;
  console.log(`  ${ok ? "ok  " : "FAIL"} ${k} ${v?.toFixed(3)} ≥ ${floor}`);
}
for (const [k, ceil] of Object.entries(floors.max ?? {})) {
  const v = figures[k];
  const ok = v !== undefined && v <= ceil;
  if (!ok) failed++;
  console.log(`  ${ok ? "ok  " : "FAIL"} ${k} ${v?.toFixed(3)} ≤ ${ceil}`);
}
process.exit(failed ? 1 : 0);
