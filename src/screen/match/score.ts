// Scores one normalised name against another: token alignment tolerant to order, initials, typos and
// joined or split tokens, with the reasons for the score.
import type { NormalisedName, Token } from "./normalise.js";
import { editDistance, jaroWinkler } from "./similarity.js";

export type TokenHow = "exact" | "initial" | "phonetic" | "skeleton" | "fuzzy" | "joined";

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
}

export interface ScoreParams {
  /** Below this a token pair is no evidence at all. */
  minTokenSim: number;
  /** How much the less-covered side's coverage counts (0: not at all, 1: as much as the other). */
  lowCoverageExponent: number;
  /** Optional weight per token text (rarity in the loaded lists); defaults to the token's own weight. */
  weightOf?: (t: Token) => number;
  /** Exponent on the mean token similarity: above 1 punishes near-misses harder. */
  simExponent?: number;
}

const ORDER_PENALTY = 0.9;
/** What sounding alike is worth when the spelling differs more (Poutine / Putin). */
const PHONETIC_SIM = 0.85;
const VOWEL_VARIANT_SIM = 0.9;

export const DEFAULT_PARAMS: ScoreParams = { minTokenSim: 0.8, lowCoverageExponent: 0.15 };

/** Similarity of two single tokens, and how they matched. */
export function tokenSim(q: Token, c: Token): { sim: number; how: TokenHow } {
  if (q.text === c.text) return { sim: 1, how: "exact" };
  if (q.kind === "legal" || c.kind === "legal") return { sim: 0, how: "fuzzy" };
  if (q.text.length === 1 || c.text.length === 1) {
    const ok = q.text[0] === c.text[0];
    return { sim: ok ? 0.85 : 0, how: "initial" };
  }
  // Jaro–Winkler alone forgives any ending after a shared prefix (Castro / Castillo); the edit ratio does not.
  const maxLen = Math.max(q.text.length, c.text.length);
  const ratio = 1 - editDistance(q.text, c.text, maxLen) / maxLen;
  let sim = 0.5 * jaroWinkler(q.text, c.text) + 0.5 * ratio;
  let how: TokenHow = "fuzzy";
  // Same consonants, other vowels (Osama / Usama, Laden / Ladin) is the commonest transliteration variance.
  const phonetic = q.phon === c.phon && q.phon.length >= 2 ? (q.skel === c.skel ? VOWEL_VARIANT_SIM : PHONETIC_SIM) : 0;
  if (phonetic > sim) {
    sim = phonetic;
    how = "phonetic";
  }
  if ((q.abjad || c.abjad) && q.skel.length >= 1) {
    const s = q.skel === c.skel ? 0.93 : 0.95 * jaroWinkler(q.skel, c.skel);
    if (s > sim) { sim = s; how = "skeleton"; }
  }
  return { sim, how };
}

interface Pair { qi: number[]; ci: number[]; sim: number; how: TokenHow }

function concat(tokens: Token[], from: number, n: number): string | undefined {
  let s = "";
  for (let k = from; k < from + n; k++) {
    const t = tokens[k];
    if (!t || t.kind === "legal") return undefined;
    s += t.text;
  }
  return s;
}

function candidatePairs(q: Token[], c: Token[], minSim: number): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < q.length; i++) {
    const qt = q[i];
    if (!qt) continue;
    for (let j = 0; j < c.length; j++) {
      const ct = c[j];
      if (!ct) continue;
      const { sim, how } = tokenSim(qt, ct);
      if (sim >= minSim) pairs.push({ qi: [i], ci: [j], sim, how });
    }
  }
  // Joined or split tokens: "SiemensAG" ~ "Siemens AG", "Bashiruddin" ~ "Bashir Ud Din".
  for (const [side, other, flip] of [[q, c, false], [c, q, true]] as const) {
    for (let i = 0; i < side.length; i++) {
      for (let n = 2; n <= 3 && i + n <= side.length; n++) {
        const joined = concat(side, i, n);
        if (!joined) continue;
        for (let j = 0; j < other.length; j++) {
          const ot = other[j];
          if (!ot || ot.kind === "legal" || Math.abs(ot.text.length - joined.length) > 3) continue;
          const sim = ot.text === joined ? 1 : jaroWinkler(joined, ot.text);
          if (sim < Math.max(minSim, 0.88)) continue;
          const span = Array.from({ length: n }, (_, k) => i + k);
          pairs.push(flip ? { qi: [j], ci: span, sim, how: "joined" } : { qi: span, ci: [j], sim, how: "joined" });
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

function alignOne(q: Token[], c: Token[], params: ScoreParams, orderFree: boolean): PairScore {
  const weight = params.weightOf ?? ((t: Token) => t.weight);
  const usedQ = new Uint8Array(q.length);
  const usedC = new Uint8Array(c.length);
  const matches: TokenMatch[] = [];
  const order: Array<{ q: number; c: number }> = [];
  let simMass = 0;
  let pairMass = 0;
  let qCovered = 0;
  let cCovered = 0;
  for (const p of candidatePairs(q, c, params.minTokenSim)) {
    if (p.qi.some((i) => usedQ[i]) || p.ci.some((j) => usedC[j])) continue;
    let wq = 0;
    let wc = 0;
    for (const i of p.qi) { usedQ[i] = 1; wq += weight(q[i] as Token); }
    for (const j of p.ci) { usedC[j] = 1; wc += weight(c[j] as Token); }
    order.push({ q: p.qi[0] ?? 0, c: p.ci[0] ?? 0 });
    qCovered += wq;
    cCovered += wc;
    simMass += (wq + wc) * p.sim;
    pairMass += wq + wc;
    matches.push({
      query: p.qi.map((i) => q[i]?.text).join(" "), candidate: p.ci.map((j) => c[j]?.text).join(" "), sim: p.sim, how: p.how,
    });
  }
  let qTotal = 0;
  let cTotal = 0;
  const unmatchedQuery: string[] = [];
  const unmatchedCandidate: string[] = [];
  q.forEach((t, i) => { qTotal += weight(t); if (!usedQ[i]) unmatchedQuery.push(t.text); });
  c.forEach((t, j) => { cTotal += weight(t); if (!usedC[j]) unmatchedCandidate.push(t.text); });
  if (pairMass === 0 || qTotal === 0 || cTotal === 0) return { score: 0, matches, unmatchedQuery, unmatchedCandidate };
  const meanSim = simMass / pairMass;
  const covQ = qCovered / qTotal;
  const covC = cCovered / cTotal;
  const hi = Math.max(covQ, covC);
  const lo = Math.min(covQ, covC);
  // A name is only as good as its best-covered side; the other side may hold omitted middle names.
  let score = Math.pow(meanSim, params.simExponent ?? 1) * hi * Math.pow(lo, params.lowCoverageExponent);
  // Swapped given and family names (Salman bin Muhammad / Muhammad bin Salman) are often other people;
  // a "FAMILY, Given" comma form declares its order, so it is not penalised.
  if (!orderFree && crosses(order)) score *= ORDER_PENALTY;
  return { score: Math.min(1, Math.max(0, score)), matches, unmatchedQuery, unmatchedCandidate };
}

/** Best score over the Latin spellings of both names. */
export function scoreNames(q: NormalisedName, c: NormalisedName, params: ScoreParams = DEFAULT_PARAMS): PairScore {
  let best: PairScore = { score: 0, matches: [], unmatchedQuery: [], unmatchedCandidate: [] };
  for (const qv of q.variants) {
    for (const cv of c.variants) {
      const s = alignOne(qv, cv, params, q.raw.includes(",") || c.raw.includes(","));
      if (s.score > best.score) best = s;
    }
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
  return out;
}
