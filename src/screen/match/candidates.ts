// The candidate index: token, phonetic-key, skeleton and one-deletion keys → names, so a query
// touches only names that share something with it instead of scanning the whole list.
import type { AliasQuality, EntryKind, ListEntry } from "../types.js";
import { normaliseName, type NormalisedName, type Token } from "./normalise.js";
import { phoneticKey, skeleton } from "./phonetic.js";

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

/** A key found in the index: its kind letter (t, d, f, p, s) and its postings. */
interface KeyRef {
  kind: string;
  postings: KeyPostings;
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
  /** token text → vocabulary id. */
  vocab: Map<string, number>;
  /** Per vocabulary token, its keys already looked up (a query token spelt like one skips building and finding them). */
  vocabKeys: KeyRef[][];
  /** vocabNames flattened: the names of token v are namesFlat[namesStart[v] .. namesStart[v + 1]). */
  namesFlat: Int32Array;
  namesStart: Int32Array;
  /** token text → how many names hold it; rarity weights come from it. */
  df: Map<string, number>;
  /** Per-query scratch (blocking scores and visit stamps), reused so a query allocates nothing per name. */
  scratch: {
    /** Per name, side by side so one cache line holds them: blocking score, share of the query, best share, visit stamp. */
    slots: Float64Array; touched: Int32Array; vocabStamp: Int32Array; epoch: number;
  };
}

/** Scratch slots per name: blocking score (ACC), share of the query in this spelling (SHARE), best share over spellings (BEST), stamp. */
const SLOT = 4;
const ACC = 0;
const SHARE = 1;
const BEST = 2;
const STAMP = 3;

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
  return keysOf(t.text, t.phon, t.skel);
}

/** The keys of a vocabulary token, from its text alone (phonetic key and skeleton follow from it). */
function keysOfText(text: string): string[] {
  return text.startsWith("~") ? [] : keysOf(text, phoneticKey(text), skeleton(text));
}

/** The keys found in the index, in the order given (strongest first). */
function lookupKeys(index: Pick<CandidateIndex, "keys">, keys: string[]): KeyRef[] {
  const out: KeyRef[] = [];
  for (const k of keys) {
    const postings = index.keys.get(k);
    if (postings) out.push({ kind: k[0] as string, postings });
  }
  return out;
}

function keysOf(text: string, phon: string, skel: string): string[] {
  // Strongest first: a name reached by several keys of one token is credited by the first.
  const keys = [`t:${text}`];
  if (text.length >= MIN_FUZZY_KEY) {
    keys.push(`d:${text}`);
    for (const d of deletions(text)) keys.push(`d:${d}`);
  }
  // Same start, other ending (Putinas, Vladimiras): a five-letter prefix key.
  if (text.length >= 5) keys.push(`f:${text.slice(0, 5)}`);
  if (text.length >= MIN_FUZZY_KEY) keys.push(`p:${phon}`);
  if (skel.length >= 2) keys.push(`s:${skel}`);
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
  const vocabKeys: KeyRef[][] = new Array<KeyRef[]>(vocabNames.length);
  for (const [, id] of vocab) vocabKeys[id] = [];
  const namesStart = new Int32Array(vocabNames.length + 1);
  let total = 0;
  vocabNames.forEach((list, v) => { namesStart[v] = total; total += list.length; });
  namesStart[vocabNames.length] = total;
  const namesFlat = new Int32Array(total);
  vocabNames.forEach((list, v) => namesFlat.set(list, namesStart[v] as number));
  const n = names.length;
  const scratch = { slots: new Float64Array(n * SLOT), touched: new Int32Array(n), vocabStamp: new Int32Array(vocabNames.length), epoch: 0 };
  const index: CandidateIndex = { entries, names, keys, vocabNames, vocab, vocabKeys, namesFlat, namesStart, df, scratch };
  for (const [text, id] of vocab) vocabKeys[id] = lookupKeys(index, keysOfText(text));
  return index;
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
  const { slots, touched, vocabStamp } = index.scratch;
  const { namesFlat, namesStart } = index;
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
      const known = index.vocab.get(t.text);
      const df = known !== undefined ? (namesStart[known + 1] as number) - (namesStart[known] as number) : 0;
      const rarity = Math.log(1 + n / (1 + df)) * t.weight;
      const w = filter ? filter.weightOf(t) / (total || 1) : 0;
      // A token many names hold exactly is spelt the lists' way already; its fuzzy neighbours only
      // add noise, so with other tokens to lean on it proposes by its exact key alone.
      const common = proposers.length > 1 && df >= COMMON_EXACT;
      const refs = known !== undefined ? (index.vocabKeys[known] as KeyRef[]) : lookupKeys(index, tokenKeys(t));
      for (const { kind, postings: kp } of refs) {
        if (common && kind !== "t") break;
        // A second pass, when every key was too common, walks the exact-token keys whatever their size.
        if (kp.names > (KEY_CAP[kind] ?? MAX_POSTINGS) && !(uncapped && kind === "t")) continue;
        const gain = rarity * (KEY_GAIN[kind] ?? 0.5);
        for (const vid of kp.vocab) {
          if (vocabStamp[vid] === epoch) continue;
          vocabStamp[vid] = epoch;
          const end = namesStart[vid + 1] as number;
          for (let p = namesStart[vid] as number; p < end; p++) {
            const id = namesFlat[p] as number;
            const at = id * SLOT;
            if (slots[at + STAMP] === epoch) continue;
            slots[at + STAMP] = epoch;
            // Gains are positive, so a zero score means the name is new to this query.
            const acc = slots[at + ACC] as number;
            if (acc === 0) touched[nTouched++] = id;
            slots[at + ACC] = acc + gain;
            const share = slots[at + SHARE] as number;
            if (share === 0) inVariant.push(id);
            // The tiny addend keeps a touched share above zero even without a filter.
            slots[at + SHARE] = share + w + Number.MIN_VALUE;
          }
        }
      }
    }
    for (const id of inVariant) {
      const at = id * SLOT;
      if ((slots[at + SHARE] as number) > (slots[at + BEST] as number)) slots[at + BEST] = slots[at + SHARE] as number;
      slots[at + SHARE] = 0;
    }
  }
  if (nTouched === 0 && !uncapped) return candidates(index, query, limit, filter, true);
  // Keep the best `limit` in a small sorted array: cheaper than sorting every touched name.
  const top: number[] = [];
  const accOf = (id: number) => slots[id * SLOT + ACC] as number;
  for (let i = 0; i < nTouched; i++) {
    const id = touched[i] as number;
    const score = accOf(id);
    if (filter && (slots[id * SLOT + BEST] as number) < filter.minShare) continue;
    if (top.length < limit || score > accOf(top[top.length - 1] as number)) {
      let pos = top.length;
      while (pos > 0 && accOf(top[pos - 1] as number) < score) pos--;
      top.splice(pos, 0, id);
      if (top.length > limit) top.pop();
    }
  }
  for (let i = 0; i < nTouched; i++) {
    const at = (touched[i] as number) * SLOT;
    slots[at + ACC] = 0;
    slots[at + BEST] = 0;
  }
  return top;
}
