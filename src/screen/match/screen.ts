// Screens one name against an in-memory candidate index: candidates, scores with reasons, qualifiers, ranking.
import { BadInputError, UsageError } from "../../errors.js";
import type { EntryKind, ListEntry } from "../types.js";
import { candidates, type CandidateIndex } from "./candidates.js";
import { MAX_NAME_CHARS, normaliseName, type Token } from "./normalise.js";
import { scoreOfac } from "./ofac.js";
import { qualify } from "./qualifiers.js";
import { DEFAULT_PARAMS, explain, scoreNames, type ScoreParams } from "./score.js";

export type MatchMode = "default" | "ofac";

export interface ScreenOptions {
  kind?: EntryKind;
  dob?: string;
  country?: string;
  threshold?: number;
  limit?: number;
  mode?: MatchMode;
}

export interface ScreenHit {
  source: string;
  entryId: string;
  name: string;
  matchedName: string;
  score: number;
  reasons: string[];
  kind: EntryKind;
  programs: string[];
}

/** The score at and above which a name counts as a match, chosen on the evaluation sets (see floors/screen.json). */
export const DEFAULT_THRESHOLD = 0.8;
export const DEFAULT_LIMIT = 10;
/** How many blocked candidates get a full score. */
const CANDIDATES = 60;

function kindsAgree(query: EntryKind | undefined, entry: EntryKind): boolean {
  if (!query || query === "unknown" || entry === "unknown") return true;
  const org = (k: EntryKind) => k === "company" || k === "organization";
  return query === entry || (org(query) && org(entry));
}

/** Rarity weights: a token held by many names (Mohammed, Ali, Trading) counts less than a rare one. */
export function rarityWeight(index: CandidateIndex): (t: Token) => number {
  const n = index.names.length || 1;
  const top = Math.log(1 + n);
  return (t: Token) => {
    const df = index.df.get(t.text) ?? 0;
    const rarity = Math.log(1 + n / (1 + df)) / top;
    return t.weight * (0.45 + 0.55 * Math.min(1, rarity * 1.6));
  };
}

export function checkQuery(name: string): string {
  const q = name.trim();
  if (!q) throw new UsageError("screen: the name to screen is empty");
  if (q.length > MAX_NAME_CHARS) throw new BadInputError(`screen: a name of ${q.length} characters is longer than any real name (limit ${MAX_NAME_CHARS})`);
  return q;
}

export function screenName(index: CandidateIndex, name: string, opts: ScreenOptions = {}, weights = rarityWeight(index)): ScreenHit[] {
  const query = checkQuery(name);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const norm = normaliseName(query, opts.kind);
  if (norm.variants.length === 0) throw new BadInputError(`screen: ${JSON.stringify(query.slice(0, 40))} holds no letters to match`);
  const params: ScoreParams = { ...DEFAULT_PARAMS, weightOf: weights };
  const best = new Map<number, ScreenHit>();
  for (const id of candidates(index, norm, CANDIDATES)) {
    const cand = index.names[id];
    if (!cand) continue;
    const entry = index.entries[cand.entry] as ListEntry;
    if (!kindsAgree(opts.kind, entry.kind)) continue;
    let score: number;
    let reasons: string[];
    if (opts.mode === "ofac") {
      score = scoreOfac(query, cand.name);
      reasons = [`ofac-style score ${Math.round(score * 100)}`];
    } else {
      const s = scoreNames(norm, cand.norm, params);
      score = s.score;
      reasons = explain(s);
      // Weak aliases (nicknames, short a.k.a.s) are poorer evidence than real names.
      if (cand.quality === "weak") { score *= 0.9; reasons.push("weak alias"); }
    }
    const q = qualify(score, entry, { ...(opts.dob && { dob: opts.dob }), ...(opts.country && { country: opts.country }) });
    const prev = best.get(cand.entry);
    if (prev && prev.score >= q.score) continue;
    best.set(cand.entry, {
      source: entry.source, entryId: entry.id, name: entry.name, matchedName: cand.name,
      score: Math.round(q.score * 1000) / 1000, reasons: [...reasons, ...q.reasons], kind: entry.kind, programs: entry.programs,
    });
  }
  return [...best.values()].filter((h) => h.score >= threshold).sort((a, b) => b.score - a.score).slice(0, limit);
}
