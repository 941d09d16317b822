// Scores two free-text names against each other (the `dossier match` core).
import type { EntryKind } from "../types.js";
import { normaliseName } from "./normalise.js";
import { DEFAULT_PARAMS, explain, scoreNames, type ScoreParams } from "./score.js";

export interface PairResult {
  score: number;
  reasons: string[];
}

export function matchNames(name1: string, name2: string, kind?: EntryKind, params: ScoreParams = DEFAULT_PARAMS): PairResult {
  const a = normaliseName(name1, kind);
  const b = normaliseName(name2, kind);
  const s = scoreNames(a, b, params);
  const reasons = explain(s);
  const scripts = [...new Set([...a.scripts, ...b.scripts])].filter((x) => x !== "latin");
  if (scripts.length) reasons.push(`transliterated from ${scripts.join(", ")}`);
  return { score: Math.round(s.score * 1000) / 1000, reasons };
}
