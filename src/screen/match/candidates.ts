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

export interface CandidateIndex {
  entries: ListEntry[];
  names: IndexedName[];
  /** key → name indices; keys are prefixed by their kind (t: token, p: phonetic, s: skeleton, d: deletion). */
  postings: Map<string, number[]>;
  /** token text → how many names hold it; rarity weights come from it. */
  df: Map<string, number>;
}

/** Tokens this short make keys that match too much; they are only looked up exactly. */
const MIN_FUZZY_KEY = 4;
/** A key held by more names than this is too common to propose candidates on its own. */
export const MAX_POSTINGS = 4000;

export function deletions(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

/** The keys a token is filed under, and the keys a query token looks up (the same set). */
export function tokenKeys(t: Token): string[] {
  if (t.kind === "legal") return [];
  const keys = [`t:${t.text}`];
  if (t.text.length >= MIN_FUZZY_KEY) {
    keys.push(`p:${t.phon}`);
    for (const d of deletions(t.text)) keys.push(`d:${d}`);
    keys.push(`d:${t.text}`);
  }
  if (t.skel.length >= 2) keys.push(`s:${t.skel}`);
  return keys;
}

function add(postings: Map<string, number[]>, key: string, id: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

function nameKind(kind: EntryKind): EntryKind | undefined {
  return kind === "unknown" ? undefined : kind;
}

/** Normalises every name and alias of the entries once and files them under their keys. */
export function buildIndex(entries: ListEntry[]): CandidateIndex {
  const names: IndexedName[] = [];
  const postings = new Map<string, number[]>();
  const df = new Map<string, number>();
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
      const texts = new Set<string>();
      for (const v of norm.variants) {
        for (const t of v) {
          texts.add(t.text);
          for (const k of tokenKeys(t)) add(postings, k, id);
        }
      }
      for (const t of texts) df.set(t, (df.get(t) ?? 0) + 1);
    }
  });
  return { entries, names, postings, df };
}

/**
 * Names worth scoring for a query, best blocking score first: each shared key adds the rarity of
 * the query token it came from, so a rare surname outranks a common first name.
 */
export function candidates(index: CandidateIndex, query: NormalisedName, limit: number): number[] {
  const acc = new Map<number, number>();
  const n = index.names.length || 1;
  for (const v of query.variants) {
    for (const t of v) {
      const keys = tokenKeys(t);
      const rarity = Math.log(1 + n / (1 + (index.df.get(t.text) ?? 0)));
      const hit = new Set<number>();
      for (const k of keys) {
        const list = index.postings.get(k);
        if (!list || list.length > MAX_POSTINGS) continue;
        const exact = k.startsWith("t:");
        for (const id of list) {
          if (hit.has(id)) continue;
          hit.add(id);
          acc.set(id, (acc.get(id) ?? 0) + rarity * (exact ? 1 : 0.8) * t.weight);
        }
      }
    }
  }
  return [...acc.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
}
