// Scores one normalised name against another: token alignment tolerant to order, initials, typos and
// joined or split tokens, with the reasons for the score.
import { PATRONYMIC, type NormalisedName, type Token } from "./normalise.js";
import { skeleton } from "./phonetic.js";
import { editDistance, jaroWinkler } from "./similarity.js";

export type TokenHow = "exact" | "initial" | "phonetic" | "skeleton" | "fuzzy" | "joined" | "acronym" | "reversed";

export interface TokenMatch {
  query: string;
  candidate: string;
  sim: number;
  how: TokenHow;
}

export interface PairScore {
  score: number;
  matches: TokenMatch[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  /** What else lowered the score. */
  note?: string;
}

export interface ScoreParams {
  /** Below this a token pair is no evidence at all. */
  minTokenSim: number;
  /** How much the less-covered side's coverage counts (0: not at all, 1: as much as the other). */
  lowCoverageExponent: number;
  /** Set when the first name is a screening query: how much its own coverage counts (see alignOne). */
  queryCoverageExponent?: number;
  /** Optional weight per token text (rarity in the loaded lists); defaults to the token's own weight. */
  weightOf?: (t: Token) => number;
  /** Memo of token similarities for one query (many candidates share tokens). */
  memo?: Map<string, Map<string, { sim: number; how: TokenHow }>>;
  /** Exponent on the mean token similarity: above 1 punishes near-misses harder. */
  simExponent?: number;
}

const ORDER_PENALTY = 0.9;
/** Initials alone (N.N.) fit too many names to be sure of any. */
const INITIALS_ONLY = 0.85;
/** Same consonant skeleton between an abjad romanisation and a Latin name. */
const ABJAD_SKELETON_SIM = 0.93;
const LINEAGE_ORDER_PENALTY = 0.75;
/** Letters of an acronym or initials in another order (C.B.A. / A.B.C.) spell something else. */
const LETTER_ORDER_PENALTY = 0.75;
const LEGAL_CONFLICT = 0.8;
/** An organisation numbered on one side only (Fund / Fund II) is another in the series. */
const SERIES_CONFLICT = 0.8;
/** Each side has a parenthesised qualifier the other lacks: (France) / (Germany) are two branches. */
const QUALIFIER_CONFLICT = 0.8;
/** Organisations' coverage exponent: their extra words distinguish, unlike a person's middle names. */
const ORG_LOW_COVERAGE = 0.5;
/** What sounding alike is worth when the spelling differs more (Poutine / Putin). */
const PHONETIC_SIM = 0.85;
const VOWEL_VARIANT_SIM = 0.9;
/**
 * A word spelt backwards (nitup / putin), to slip past a screen. Shuffled letters in general are not
 * evidence: common given names are anagrams of each other (Diane / Aiden, Maria / Amira).
 */
const REVERSED_SIM = 0.85;
const REVERSED_MIN = 5;
/** One word spelling the initials of the other side's words (PLA ~ People's Liberation Army). */
const ACRONYM_SIM = 0.9;
/** Acronyms are of this many letters; two-letter ones match too much by chance. */
const ACRONYM_MIN = 3;
const ACRONYM_MAX = 8;
/** Words an acronym often leaves out (BIS ~ Bank for International Settlements). */
const ACRONYM_SKIP: ReadonlySet<string> = new Set(["of", "and", "the", "for", "de", "du", "des", "la", "et"]);
/** Below this blend a token pair is not worth an exact edit count. */
const EDIT_FLOOR = 0.6;

export const DEFAULT_PARAMS: ScoreParams = { minTokenSim: 0.8, lowCoverageExponent: 0.1 };

/** True when one word is the other spelt backwards. */
function reversed(a: string, b: string): boolean {
  const n = a.length;
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(n - 1 - i)) return false;
  return true;
}

/** Similarity of two single tokens, and how they matched. */
export function tokenSim(q: Token, c: Token): { sim: number; how: TokenHow } {
  if (q.text === c.text) return { sim: 1, how: "exact" };
  if (q.kind === "legal" || c.kind === "legal") return { sim: 0, how: "fuzzy" };
  if (q.initial || c.initial) {
    const ok = q.text[0] === c.text[0];
    return { sim: ok ? 0.85 : 0, how: "initial" };
  }
  // Jaro–Winkler alone forgives any ending after a shared prefix (Castro / Castillo); the edit ratio does not.
  const jw = jaroWinkler(q.text, c.text);
  const maxLen = Math.max(q.text.length, c.text.length);
  // Only the edits that can still lift the blend to EDIT_FLOOR are worth counting.
  const budget = Math.floor(maxLen * (1 - Math.max(0, 2 * EDIT_FLOOR - jw)));
  const d = budget < 0 ? maxLen : editDistance(q.text, c.text, budget);
  let sim = 0.5 * jw + 0.5 * (1 - Math.min(d, maxLen) / maxLen);
  let how: TokenHow = "fuzzy";
  // Same consonants, other vowels (Osama / Usama, Laden / Ladin) is the commonest transliteration variance.
  // Each changed letter costs a little even so: Olga / Oleg are two changes in four letters.
  const vowelVariant = Math.min(VOWEL_VARIANT_SIM, 1 - (0.5 * Math.min(d, maxLen)) / maxLen);
  const soundAlike = Math.min(PHONETIC_SIM, 1 - (0.5 * Math.min(d, maxLen)) / maxLen);
  const phonetic = q.phon === c.phon && q.phon.length >= 2 ? (q.skel === c.skel ? vowelVariant : soundAlike) : 0;
  if (phonetic > sim) {
    sim = phonetic;
    how = "phonetic";
  }
  if ((q.abjad || c.abjad) && q.skel.length >= 1) {
    const s = q.skel === c.skel ? ABJAD_SKELETON_SIM : 0.95 * jaroWinkler(q.skel, c.skel);
    if (s > sim) { sim = s; how = "skeleton"; }
  }
  if (sim < REVERSED_SIM && q.text.length === c.text.length && q.text.length >= REVERSED_MIN && reversed(q.text, c.text)) {
    sim = REVERSED_SIM;
    how = "reversed";
  }
  return { sim, how };
}

interface Pair { qi: number[]; ci: number[]; sim: number; how: TokenHow }

interface Join { text: string; from: number; n: number; abjad: boolean; /** Its row key in the memo. */ key: string }

/** `build(tokens)`, computed once per token list: an indexed name keeps its list for life. */
function oncePerList<T>(cache: WeakMap<Token[], T[]>, tokens: Token[], build: (tokens: Token[]) => T[]): T[] {
  let out = cache.get(tokens);
  if (!out) cache.set(tokens, (out = build(tokens)));
  return out;
}

const joinCache = new WeakMap<Token[], Join[]>();

/** Joins of two or three adjacent tokens. */
function joinsOf(tokens: Token[]): Join[] {
  return oncePerList(joinCache, tokens, buildJoins);
}

function buildJoins(tokens: Token[]): Join[] {
  const out: Join[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let text = "";
    let abjad = false;
    for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1] as Token;
      text += t.surface;
      abjad ||= t.abjad;
      if (n >= 2) out.push({ text, from: i, n, abjad, key: `+${text}` });
    }
  }
  return out;
}

interface Acronym { text: string; from: number; n: number }

const acronymCache = new WeakMap<Token[], Acronym[]>();

/** The initials of every run of adjacent words, with and without the small words acronyms skip. */
function acronymsOf(tokens: Token[]): Acronym[] {
  return oncePerList(acronymCache, tokens, buildAcronyms);
}

function buildAcronyms(tokens: Token[]): Acronym[] {
  const out: Acronym[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let all = "";
    let skipping = "";
    for (let n = 1; i + n <= tokens.length && all.length < ACRONYM_MAX; n++) {
      const t = tokens[i + n - 1] as Token;
      if (t.kind === "legal" || t.kind === "number") break;
      all += t.text[0] ?? "";
      if (!ACRONYM_SKIP.has(t.text)) skipping += t.text[0] ?? "";
      if (all.length >= ACRONYM_MIN) out.push({ text: all, from: i, n });
      if (skipping !== all && skipping.length >= ACRONYM_MIN) out.push({ text: skipping, from: i, n });
    }
  }
  return out;
}

/** Same first letter, or one of them has one letter more in front ('Ndrangheta / Andrang Heta). */
function startAlike(a: string, b: string): boolean {
  const a0 = a.charCodeAt(0);
  const b0 = b.charCodeAt(0);
  return a0 === b0 || a.charCodeAt(1) === b0 || b.charCodeAt(1) === a0;
}

function joinSim(joined: Join, other: Token): number {
  if (joined.text === other.text) return 1;
  // A join mends a split word, so it must spell the other almost exactly (one edit): a prefix
  // alone (Emily Lee / Emilie, David Ali / Davidovic) is no evidence.
  if (!joined.abjad && !other.abjad) return editDistance(joined.text, other.text, 1) <= 1 ? jaroWinkler(joined.text, other.text) : 0;
  const jw = jaroWinkler(joined.text, other.text);
  // عبد الله (bd llh) ~ Abdullah: romanised abjad compares by consonant skeleton.
  return (joined.abjad || other.abjad) && skeleton(joined.text) === other.skel ? Math.max(jw, ABJAD_SKELETON_SIM) : jw;
}

function memoJoin(joined: Join, other: Token, memo: ScoreParams["memo"]): number {
  if (!memo) return joinSim(joined, other);
  let inner = memo.get(joined.key);
  if (!inner) { inner = new Map(); memo.set(joined.key, inner); }
  let r = inner.get(other.text);
  if (!r) { r = { sim: joinSim(joined, other), how: "joined" }; inner.set(other.text, r); }
  return r.sim;
}


function candidatePairs(q: Token[], c: Token[], minSim: number, memo: ScoreParams["memo"], acronyms = false): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < q.length; i++) {
    const qt = q[i];
    if (!qt) continue;
    // The query token's row of the memo, found once for all the candidate's tokens.
    let row = memo?.get(qt.text);
    if (memo && !row) { row = new Map(); memo.set(qt.text, row); }
    for (let j = 0; j < c.length; j++) {
      const ct = c[j];
      if (!ct) continue;
      let r = row?.get(ct.text);
      if (!r) {
        r = tokenSim(qt, ct);
        row?.set(ct.text, r);
      }
      if (r.sim >= minSim) pairs.push({ qi: [i], ci: [j], sim: r.sim, how: r.how });
    }
  }
  // Joined or split tokens: "SiemensAG" ~ "Siemens AG", "Bashiruddin" ~ "Bashir Ud Din".
  for (const [side, other, flip] of [[q, c, false], [c, q, true]] as const) {
    for (const jn of joinsOf(side)) {
      for (let j = 0; j < other.length; j++) {
        const ot = other[j];
        // Joined and split forms start alike; the first letter rules most pairs out before any scoring.
        if (!ot || ot.kind === "legal") continue;
        if (jn.abjad || ot.abjad) {
          if (skeleton(jn.text)[0] !== ot.skel[0]) continue;
        } else if (Math.abs(ot.text.length - jn.text.length) > 3 || !startAlike(ot.text, jn.text)) continue;
        const sim = memoJoin(jn, ot, memo);
        if (sim < Math.max(minSim, 0.88)) continue;
        const span = Array.from({ length: jn.n }, (_, k) => jn.from + k);
        pairs.push(flip ? { qi: [j], ci: span, sim, how: "joined" } : { qi: span, ci: [j], sim, how: "joined" });
      }
    }
  }
  // An organisation's acronym against its words spelt out; a person's initials are handled as initials.
  if (acronyms) {
    for (const [side, other, flip] of [[q, c, false], [c, q, true]] as const) {
      if (!other.some((t) => t.text.length >= ACRONYM_MIN && t.text.length <= ACRONYM_MAX)) continue;
      for (const a of acronymsOf(side)) {
        if (a.n < 2) continue;
        for (let j = 0; j < other.length; j++) {
          const ot = other[j] as Token;
          if (ot.text !== a.text || ot.kind === "legal" || ot.kind === "number") continue;
          const span = Array.from({ length: a.n }, (_, k) => a.from + k);
          pairs.push(flip ? { qi: [j], ci: span, sim: ACRONYM_SIM, how: "acronym" } : { qi: span, ci: [j], sim: ACRONYM_SIM, how: "acronym" });
        }
      }
    }
  }
  // Best pairs first; at equal similarity the one covering more tokens.
  pairs.sort((a, b) => b.sim - a.sim || b.qi.length + b.ci.length - (a.qi.length + a.ci.length));
  return pairs;
}

/** True when the matched tokens appear in a different order on the two sides. */
function crosses(pairs: Array<{ q: number; c: number }>): boolean {
  pairs.sort((a, b) => a.q - b.q);
  for (let k = 1; k < pairs.length; k++) if ((pairs[k]?.c ?? 0) < (pairs[k - 1]?.c ?? 0)) return true;
  return false;
}

/** The names either side of the first "bin": [the person's own, the father's]. */
function lineageOf(tokens: Token[]): [string, string] | undefined {
  for (let p = 1; p + 1 < tokens.length; p++) {
    if (PATRONYMIC.has(tokens[p]?.text ?? "")) return [tokens[p - 1]?.text ?? "", tokens[p + 1]?.text ?? ""];
  }
  return undefined;
}

/** Salman bin Muhammad vs Muhammad bin Salman: son and father trade places, so two people. */
function swappedLineage(q: Token[], c: Token[]): boolean {
  const a = lineageOf(q);
  const b = lineageOf(c);
  return !!a && !!b && a[0] !== a[1] && a[0] === b[1] && a[1] === b[0];
}

/** A number, or a lone I, V or X: the shortest Roman numerals (Fund X), which the tokeniser leaves as letters. */
function numbered(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === "number" || (t.text.length === 1 && "ivx".includes(t.text) && t !== tokens[0]));
}

function numberedOneSide(q: Token[], c: Token[]): boolean {
  return numbered(q) !== numbered(c);
}

interface PairContext {
  /** "FAMILY, Given" on either side: word order is declared, not evidence. */
  orderFree: boolean;
  /** Word order carries lineage (Salman bin Muhammad is not Muhammad bin Salman). */
  lineage: boolean;
  /** Organisations: a word one side lacks (Bank / Trust Bank, Santander / Santander Mexico) is a different body. */
  org: boolean;
  /** Companies and organisations, which number their series (a vessel's number is often dropped). */
  series: boolean;
  /** Neither name is a person's, so a word may be the other's acronym. */
  acronyms: boolean;
}

/** One alignment of two spellings: its score and the token pairs it accepted (described only if it wins). */
interface Alignment {
  score: number;
  pairs: Pair[];
  q: Token[];
  c: Token[];
}

// Scratch flags for alignOne, grown as needed: it runs for every candidate spelling and is not re-entered.
let usedQ = new Uint8Array(32);
let usedC = new Uint8Array(32);

function alignOne(q: Token[], c: Token[], params: ScoreParams, ctx: PairContext): Alignment {
  const weight = params.weightOf ?? ((t: Token) => t.weight);
  if (q.length > usedQ.length) usedQ = new Uint8Array(q.length);
  if (c.length > usedC.length) usedC = new Uint8Array(c.length);
  usedQ.fill(0, 0, q.length);
  usedC.fill(0, 0, c.length);
  const accepted: Pair[] = [];
  const order: Array<{ q: number; c: number }> = [];
  let letters: Array<{ q: number; c: number }> | undefined;
  let allInitial = true;
  let simMass = 0;
  let pairMass = 0;
  let qCovered = 0;
  let cCovered = 0;
  for (const p of candidatePairs(q, c, params.minTokenSim, params.memo, ctx.acronyms)) {
    if (p.qi.some((i) => usedQ[i]) || p.ci.some((j) => usedC[j])) continue;
    let wq = 0;
    let wc = 0;
    for (const i of p.qi) { usedQ[i] = 1; wq += weight(q[i] as Token); }
    for (const j of p.ci) { usedC[j] = 1; wc += weight(c[j] as Token); }
    const q0 = p.qi[0] ?? 0;
    const c0 = p.ci[0] ?? 0;
    // Legal forms come first or last by national habit (OOO Verus / Verus LLC): no order evidence.
    if (q[q0]?.kind !== "legal") order.push({ q: q0, c: c0 });
    if (p.qi.length === 1 && p.ci.length === 1 && q[q0]?.initial && c[c0]?.initial) (letters ??= []).push({ q: q0, c: c0 });
    if (p.how !== "initial") allInitial = false;
    qCovered += wq;
    cCovered += wc;
    simMass += (wq + wc) * p.sim;
    pairMass += wq + wc;
    accepted.push(p);
  }
  let qTotal = 0;
  let cTotal = 0;
  let qualQ = false;
  let qualC = false;
  let legalQ = false;
  let legalC = false;
  for (let i = 0; i < q.length; i++) {
    const t = q[i] as Token;
    qTotal += weight(t);
    if (!usedQ[i]) qualQ ||= !!t.qualifier;
    if (t.kind === "legal") legalQ = true;
  }
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    cTotal += weight(t);
    if (!usedC[j]) qualC ||= !!t.qualifier;
    if (t.kind === "legal") legalC = true;
  }
  if (pairMass === 0 || qTotal === 0 || cTotal === 0) return { score: 0, pairs: accepted, q, c };
  const meanSim = simMass / pairMass;
  const covQ = qCovered / qTotal;
  const covC = cCovered / cTotal;
  const hi = Math.max(covQ, covC);
  const lo = Math.min(covQ, covC);
  // A name is only as good as its best-covered side; the other side may hold omitted middle names.
  const lowExp = ctx.org ? ORG_LOW_COVERAGE : params.lowCoverageExponent;
  // Screening knows which side is the list entry: its extra tokens (middle names, patronymics) are
  // expected, the query's own unmatched tokens are not. Pair scoring has no sides and takes the better one.
  const coverage = params.queryCoverageExponent !== undefined
    ? Math.pow(covQ, params.queryCoverageExponent) * Math.pow(covC, lowExp)
    : hi * Math.pow(lo, lowExp);
  let score = Math.pow(meanSim, params.simExponent ?? 1) * coverage;
  // Swapped given and family names (Salman bin Muhammad / Muhammad bin Salman) are often other people;
  // a "FAMILY, Given" comma form declares its order, so it is not penalised.
  if (letters && letters.length > 1 && crosses(letters)) score *= LETTER_ORDER_PENALTY;
  else if (ctx.lineage && swappedLineage(q, c)) score *= LINEAGE_ORDER_PENALTY;
  else if (!ctx.orderFree && crosses(order)) score *= ORDER_PENALTY;
  if (accepted.length > 0 && allInitial) score *= INITIALS_ONLY;
  // Two different legal forms (AG / GmbH) name two different companies.
  if (legalQ && legalC && !sharesLegalForm(q, c)) score *= LEGAL_CONFLICT;
  if (qualQ && qualC) score *= QUALIFIER_CONFLICT;
  if (ctx.series && numberedOneSide(q, c)) score *= SERIES_CONFLICT;
  return { score: Math.min(1, Math.max(0, score)), pairs: accepted, q, c };
}

function sharesLegalForm(q: Token[], c: Token[]): boolean {
  for (const a of q) if (a.kind === "legal") for (const b of c) if (b.kind === "legal" && a.text === b.text) return true;
  return false;
}

/** The winning alignment in words: which tokens matched how, and what was left over. */
function describe(a: Alignment): PairScore {
  const inQ = new Uint8Array(a.q.length);
  const inC = new Uint8Array(a.c.length);
  const matches: TokenMatch[] = a.pairs.map((p) => {
    for (const i of p.qi) inQ[i] = 1;
    for (const j of p.ci) inC[j] = 1;
    return { query: p.qi.map((i) => a.q[i]?.text).join(" "), candidate: p.ci.map((j) => a.c[j]?.text).join(" "), sim: p.sim, how: p.how };
  });
  return {
    score: a.score, matches,
    unmatchedQuery: a.q.filter((_, i) => !inQ[i]).map((t) => t.text),
    unmatchedCandidate: a.c.filter((_, j) => !inC[j]).map((t) => t.text),
  };
}

/**
 * Share of two syllable strings' characters they have in common. Romanisation merges characters that
 * sound alike (정 and 종 are both "jong", 石 and 市 both "shi"), but in the script itself a different
 * character is a different name.
 */
function syllableOverlap(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let common = 0;
  for (const ch of left) {
    const k = right.indexOf(ch);
    if (k >= 0) { common++; right.splice(k, 1); }
  }
  return common / Math.max(left.length, [...b].length);
}

function isHangul(s: string): boolean {
  const c = s.codePointAt(0) ?? 0;
  return c >= 0xac00 && c <= 0xd7a3;
}

const isBody = (k: string | undefined) => k === "company" || k === "organization";
const isOrg = (k: string | undefined) => k === "company" || k === "organization" || k === "vessel" || k === "aircraft";

/** Best score over the Latin spellings of both names. */
export function scoreNames(q: NormalisedName, c: NormalisedName, params: ScoreParams = DEFAULT_PARAMS): PairScore {
  const ctx: PairContext = {
    orderFree: q.familyFirst || c.familyFirst,
    lineage: q.patronymic && c.patronymic,
    org: isOrg(q.kind) || isOrg(c.kind),
    series: isBody(q.kind) || isBody(c.kind),
    acronyms: q.kind !== "person" && c.kind !== "person",
  };
  let top: Alignment | undefined;
  for (const qv of q.variants) {
    for (const cv of c.variants) {
      const s = alignOne(qv, cv, params, ctx);
      if (s.score > (top?.score ?? 0)) top = s;
    }
  }
  let best: PairScore = top ? describe(top) : { score: 0, matches: [], unmatchedQuery: [], unmatchedCandidate: [] };
  // Both written in a syllabic script: the characters, not their romanisation, have the last word.
  if (q.syllables && c.syllables && q.syllables !== c.syllables && isHangul(q.syllables) === isHangul(c.syllables)) {
    const overlap = syllableOverlap(q.syllables, c.syllables);
    if (overlap < best.score) best = { ...best, score: overlap, note: `characters differ: ${q.syllables} / ${c.syllables}` };
  }
  return best;
}

/** Human-readable reasons: which tokens matched how, and what was left over. */
export function explain(s: PairScore): string[] {
  const out = s.matches.map((m) =>
    m.how === "exact" ? `${m.query} = ${m.candidate}` : `${m.query} ~ ${m.candidate} (${m.how} ${m.sim.toFixed(2)})`,
  );
  if (s.unmatchedQuery.length) out.push(`not in candidate: ${s.unmatchedQuery.join(" ")}`);
  if (s.unmatchedCandidate.length) out.push(`not in query: ${s.unmatchedCandidate.join(" ")}`);
  if (s.note) out.push(s.note);
  return out;
}
