// The candidate index: token, phonetic-key, skeleton and one-deletion keys → names, so a query
// touches only names that share something with it instead of scanning the whole list.
import type { AliasQuality, EntryKind, ListEntry } from "../types.js";
import { normaliseName, type NormalisedName, type Token } from "./normalise.js";

export interface IndexedName {
  entry: number;
  name: string;
  quality: AliasQuality | "primary";
  norm: NormalisedName;
}

/** A key's vocabulary tokens and how many names they reach together. */
interface KeyPostings {
  vocab: number[];
  names: number;
}

export interface CandidateIndex {
  entries: ListEntry[];
  names: IndexedName[];
  /**
   * Two levels, so each distinct token's keys are filed once however many names hold it:
   * key → vocabulary tokens (keys prefixed t: token, d: deletion, f: prefix, p: phonetic, s: skeleton),
   * and vocabulary token → names.
   */
  keys: Map<string, KeyPostings>;
  vocabNames: number[][];
  /** token text → how many names hold it; rarity weights come from it. */
  df: Map<string, number>;
  /** Per-query scratch (blocking scores and visit stamps), reused so a query allocates nothing per name. */
  scratch: {
    acc: Float64Array; share: Float64Array; best: Float64Array; stamp: Int32Array; touched: Int32Array;
    vocabStamp: Int32Array; epoch: number;
  };
}

/** Tokens this short make keys that match too much; they are only looked up exactly. */
const MIN_FUZZY_KEY = 4;
/** A key held by more names than this is too common to propose candidates on its own. */
export const MAX_POSTINGS = 1500;
/** Held exactly by this many names, a token is a common spelling (see candidates). */
const COMMON_EXACT = 20;

export function deletions(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

/** The keys a token is filed under, and the keys a query token looks up (the same set). */
export function tokenKeys(t: Token): string[] {
  if (t.kind === "legal") return [];
  // Strongest first: a name reached by several keys of one token is credited by the first.
  const keys = [`t:${t.text}`];
  if (t.text.length >= MIN_FUZZY_KEY) {
    keys.push(`d:${t.text}`);
    for (const d of deletions(t.text)) keys.push(`d:${d}`);
  }
  // Same start, other ending (Putinas, Vladimiras): a five-letter prefix key.
  if (t.text.length >= 5) keys.push(`f:${t.text.slice(0, 5)}`);
  if (t.text.length >= MIN_FUZZY_KEY) keys.push(`p:${t.phon}`);
  if (t.skel.length >= 2) keys.push(`s:${t.skel}`);
  return keys;
}

/** How much a shared key says: the same token, one or two edits, same start, same sound, same consonants. */
const KEY_GAIN: Readonly<Record<string, number>> = { t: 1, d: 0.85, f: 0.6, p: 0.55, s: 0.45 };
/** Weak keys held by many names (the sound of "Muhammad") propose too much to be worth walking. */
const KEY_CAP: Readonly<Record<string, number>> = { t: MAX_POSTINGS, d: 600, f: 300, p: 300, s: 300 };

function nameKind(kind: EntryKind): EntryKind | undefined {
  return kind === "unknown" ? undefined : kind;
}

/** Normalises every name and alias of the entries once and files them under their keys. */
export function buildIndex(entries: ListEntry[]): CandidateIndex {
  const names: IndexedName[] = [];
  const vocab = new Map<string, number>();
  const vocabNames: number[][] = [];
  const keys = new Map<string, KeyPostings>();
  const df = new Map<string, number>();
  const vocabId = (t: Token): number => {
    let id = vocab.get(t.text);
    if (id !== undefined) return id;
    id = vocabNames.length;
    vocab.set(t.text, id);
    vocabNames.push([]);
    for (const k of tokenKeys(t)) {
      const kp = keys.get(k);
      if (kp) kp.vocab.push(id);
      else keys.set(k, { vocab: [id], names: 0 });
    }
    return id;
  };
  entries.forEach((e, entry) => {
    const all: Array<{ name: string; quality: IndexedName["quality"] }> = [
      { name: e.name, quality: "primary" },
      ...e.aliases.map((a) => ({ name: a.name, quality: a.quality })),
    ];
    const seen = new Set<string>();
    for (const { name, quality } of all) {
      if (seen.has(name)) continue;
      seen.add(name);
      const norm = normaliseName(name, nameKind(e.kind));
      if (norm.variants.length === 0) continue;
      const id = names.length;
      names.push({ entry, name, quality, norm });
      for (const v of norm.variants) {
        for (const t of v) {
          const list = vocabNames[vocabId(t)] as number[];
          if (list[list.length - 1] !== id) list.push(id);
        }
      }
    }
  });
  for (const [text, id] of vocab) df.set(text, (vocabNames[id] as number[]).length);
  for (const kp of keys.values()) for (const v of kp.vocab) kp.names += (vocabNames[v] as number[]).length;
  const n = names.length;
  const scratch = {
    acc: new Float64Array(n), share: new Float64Array(n), best: new Float64Array(n), stamp: new Int32Array(n),
    touched: new Int32Array(n), vocabStamp: new Int32Array(vocabNames.length), epoch: 0,
  };
  return { entries, names, keys, vocabNames, df, scratch };
}

/**
 * Names worth scoring for a query, best blocking score first: each shared key adds the rarity of
 * the query token it came from, so a rare surname outranks a common first name.
 */
export interface CandidateFilter {
  /** The scorer's token weights. */
  weightOf: (t: Token) => number;
  /** Names whose keys cover less than this share of the query's weight cannot reach the threshold. */
  minShare: number;
}

export function candidates(index: CandidateIndex, query: NormalisedName, limit: number, filter?: CandidateFilter, uncapped = false): number[] {
  const { acc, share, best, stamp, touched, vocabStamp } = index.scratch;
  const n = index.names.length || 1;
  let nTouched = 0;
  for (const v of query.variants) {
    // Shares are per spelling of the query: a name must be covered enough by one of them.
    const inVariant: number[] = [];
    // Generic words, particles, initials and numbers ride along in scoring but propose no candidates
    // of their own, unless the name has nothing else.
    const strong = v.filter((t) => t.kind === "word" && t.text.length > 1);
    const proposers = strong.length ? strong : v;
    // Shares are of the proposers' weight: the others may match anything, so the bound stays an upper bound.
    let total = 0;
    if (filter) for (const t of proposers) total += filter.weightOf(t);
    for (const t of proposers) {
      // Each query token bumps the epoch so a name gains from it once, whichever key brought it.
      const epoch = ++index.scratch.epoch;
      const rarity = Math.log(1 + n / (1 + (index.df.get(t.text) ?? 0))) * t.weight;
      const w = filter ? filter.weightOf(t) / (total || 1) : 0;
      // A token many names hold exactly is spelt the lists' way already; its fuzzy neighbours only
      // add noise, so with other tokens to lean on it proposes by its exact key alone.
      const common = proposers.length > 1 && (index.df.get(t.text) ?? 0) >= COMMON_EXACT;
      for (const k of tokenKeys(t)) {
        const kind = k[0] as string;
        if (common && kind !== "t") break;
        const kp = index.keys.get(k);
        // A second pass, when every key was too common, walks the exact-token keys whatever their size.
        if (!kp || (kp.names > (KEY_CAP[kind] ?? MAX_POSTINGS) && !(uncapped && kind === "t"))) continue;
        const gain = rarity * (KEY_GAIN[kind] ?? 0.5);
        for (const vid of kp.vocab) {
          if (vocabStamp[vid] === epoch) continue;
          vocabStamp[vid] = epoch;
          for (const id of index.vocabNames[vid] as number[]) {
            if (stamp[id] === epoch) continue;
            // Gains are positive, so a zero score means the name is new to this query.
            if (acc[id] === 0) touched[nTouched++] = id;
            if (share[id] === 0) inVariant.push(id);
            stamp[id] = epoch;
            acc[id] = (acc[id] as number) + gain;
            // The tiny addend keeps a touched share above zero even without a filter.
            share[id] = (share[id] as number) + w + Number.MIN_VALUE;
          }
        }
      }
    }
    for (const id of inVariant) {
      if ((share[id] as number) > (best[id] as number)) best[id] = share[id] as number;
      share[id] = 0;
    }
  }
  if (nTouched === 0 && !uncapped) return candidates(index, query, limit, filter, true);
  // Keep the best `limit` in a small sorted array: cheaper than sorting every touched name.
  const top: number[] = [];
  for (let i = 0; i < nTouched; i++) {
    const id = touched[i] as number;
    const score = acc[id] as number;
    if (filter && (best[id] as number) < filter.minShare) continue;
    if (top.length < limit || score > (acc[top[top.length - 1] as number] as number)) {
      let pos = top.length;
      while (pos > 0 && (acc[top[pos - 1] as number] as number) < score) pos--;
      top.splice(pos, 0, id);
      if (top.length > limit) top.pop();
    }
  }
  const out = top.slice();
  for (let i = 0; i < nTouched; i++) { acc[touched[i] as number] = 0; best[touched[i] as number] = 0; }
  return out;
}
