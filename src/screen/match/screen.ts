// Screens one name against an in-memory candidate index: candidates, scores with reasons, qualifiers, ranking.
import { BadInputError, UsageError } from "../../errors.js";
import type { ScreeningHit } from "../../extract/types.js";
import type { EntryKind, ListEntry } from "../types.js";
import { candidates, type CandidateIndex } from "./candidates.js";
import { MAX_NAME_CHARS, normaliseName, type Token } from "./normalise.js";
import { scoreOfac } from "./ofac.js";
import { qualify, type Qualified } from "./qualifiers.js";
import { DEFAULT_PARAMS, explain, scoreNames, type PairScore, type ScoreParams } from "./score.js";

export type MatchMode = "default" | "ofac";

export interface ScreenOptions {
  kind?: EntryKind;
  dob?: string;
  country?: string;
  threshold?: number;
  limit?: number;
  mode?: MatchMode;
}

/** The extraction contract's hit, with the entry's kind and programmes beside it. */
export interface ScreenHit extends ScreeningHit {
  kind: EntryKind;
  programs: string[];
}

/** The score at and above which a name counts as a match, chosen on the evaluation sets (see floors/screen.json). */
export const DEFAULT_THRESHOLD = 0.8;
export const DEFAULT_LIMIT = 10;
/** How many blocked candidates get a full score. */
const CANDIDATES = 16;
const WEAK_ALIAS = 0.9;
/** How much the query's own coverage counts: a query word missing from the entry costs more than the reverse. */
const QUERY_COVERAGE = 0.5;
/** The most a date-of-birth and country agreement can add to a score. */
const QUALIFIER_LIFT = 0.15;
/** Keys miss some fuzzy token matches the scorer finds (Vlagyimir ~ Vladimir), so the bound is loosened. */
const BLOCKING_SLACK = 0.75;

function kindsAgree(query: EntryKind | undefined, entry: EntryKind): boolean {
  if (!query || query === "unknown" || entry === "unknown") return true;
  const org = (k: EntryKind) => k === "company" || k === "organization";
  return query === entry || (org(query) && org(entry));
}

/** Rarity weights: a token held by many names (Mohammed, Ali, Trading) counts less than a rare one. */
export function rarityWeight(index: CandidateIndex): (t: Token) => number {
  const n = index.names.length || 1;
  const top = Math.log(1 + n);
  const factor = (df: number) => 0.45 + 0.55 * Math.min(1, (Math.log(1 + n / (1 + df)) / top) * 1.6);
  const byText = new Map<string, number>();
  for (const [text, df] of index.df) byText.set(text, factor(df));
  const unseen = factor(0);
  // Index tokens live as long as their index, so the weight is worked out once and kept on the token.
  return (t: Token) => (t.rarityWeight ??= t.weight * (byText.get(t.text) ?? unseen));
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
  const params: ScoreParams = { ...DEFAULT_PARAMS, weightOf: weights, memo: new Map(), queryCoverageExponent: QUERY_COVERAGE };
  // score ≤ share^QUERY_COVERAGE, and qualifiers can lift a score by at most QUALIFIER_LIFT.
  const reachable = Math.max(0, threshold - (opts.dob || opts.country ? QUALIFIER_LIFT : 0));
  const filter = opts.mode === "ofac" ? undefined : { weightOf: weights, minShare: Math.pow(reachable, 1 / QUERY_COVERAGE) * BLOCKING_SLACK };
  // Names are scored first; reasons are written only for the entries that make the cut.
  const best = new Map<number, { score: number; name: number; pair?: PairScore; qual: Qualified }>();
  const qualifiers: { dob?: string; country?: string } = {};
  if (opts.dob) qualifiers.dob = opts.dob;
  if (opts.country) qualifiers.country = opts.country;
  for (const id of candidates(index, norm, CANDIDATES, filter)) {
    const cand = index.names[id];
    if (!cand) continue;
    const entry = index.entries[cand.entry] as ListEntry;
    if (!kindsAgree(opts.kind, entry.kind)) continue;
    let score: number;
    let pair: PairScore | undefined;
    if (opts.mode === "ofac") score = scoreOfac(query, cand.name);
    else {
      pair = scoreNames(norm, cand.norm, params);
      // Weak aliases (nicknames, short a.k.a.s) are poorer evidence than real names.
      score = cand.quality === "weak" ? pair.score * WEAK_ALIAS : pair.score;
    }
    const qual = qualify(score, entry, qualifiers);
    const prev = best.get(cand.entry);
    if (prev && prev.score >= qual.score) continue;
    // A literal, not a spread: V8 makes an object spread a slow runtime call, and this runs for every candidate.
    best.set(cand.entry, { score: qual.score, name: id, pair, qual });
  }
  const hits: ScreenHit[] = [];
  for (const [entryIdx, b] of best) {
    if (b.score < threshold) continue;
    const entry = index.entries[entryIdx] as ListEntry;
    const cand = index.names[b.name];
    const reasons = b.pair ? explain(b.pair) : [`ofac-style score ${Math.round(b.score * 100)}`];
    if (cand?.quality === "weak") reasons.push("weak alias");
    hits.push({
      source: entry.source, entryId: entry.id, name: entry.name, matchedName: cand?.name ?? entry.name,
      score: Math.round(b.score * 1000) / 1000, reasons: [...reasons, ...b.qual.reasons], kind: entry.kind, programs: entry.programs,
    });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
