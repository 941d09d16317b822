// Screening's public API: load lists into a candidate index, screen names, score pairs, screen extracted entities.
import { errorMessage } from "../errors.js";
import type { Entity, EntityType } from "../extract/types.js";
import { buildIndex, type CandidateIndex } from "./match/candidates.js";
import { scoreOfac } from "./match/ofac.js";
import { matchNames, type PairResult } from "./match/pair.js";
import { rarityWeight, screenName, type MatchMode, type ScreenHit, type ScreenOptions } from "./match/screen.js";
import type { Token } from "./match/normalise.js";
import { FileListStore, type ListStore, type SourceInfo } from "./store.js";
import type { EntryKind, ListEntry } from "./types.js";

export { checkQuery, DEFAULT_LIMIT, DEFAULT_THRESHOLD, type MatchMode, type ScreenHit, type ScreenOptions } from "./match/screen.js";
export type { ListEntry } from "./types.js";

/** Lists loaded and indexed once, passed to every screening call. */
export interface ScreeningLists {
  index: CandidateIndex;
  weights: (t: Token) => number;
  sources: SourceInfo[];
}

/** Indexes entries already in memory (tests, or a store of another kind). */
export function indexLists(entries: ListEntry[], sources: SourceInfo[] = []): ScreeningLists {
  const index = buildIndex(entries);
  return { index, weights: rarityWeight(index), sources };
}

/** Loads the named sources (or all) from a store, or from a lists directory. */
export async function loadLists(store: ListStore | string, sources?: string[]): Promise<ScreeningLists> {
  const s = typeof store === "string" ? new FileListStore(store) : store;
  const infos = await s.sources();
  const entries = await s.load(sources);
  return indexLists(entries, sources ? infos.filter((i) => sources.includes(i.source)) : infos);
}

export function screen(lists: ScreeningLists, name: string, opts: ScreenOptions = {}): ScreenHit[] {
  return screenName(lists.index, name, opts, lists.weights);
}

export interface BatchRow {
  name: string;
  kind?: EntryKind;
  dob?: string;
  country?: string;
  /** Why the row could not be read (a stray quote, a bad kind): it is reported as an error and the batch goes on. */
  error?: string;
}

/** One result per input row: a failing row says why and the batch goes on. */
export type BatchResult =
  | { status: "ok"; row: number; name: string; hits: ScreenHit[] }
  | { status: "error"; row: number; name: string; error: string };

export function screenBatch(lists: ScreeningLists, rows: Iterable<BatchRow>, opts: ScreenOptions = {}, onRow?: (r: BatchResult) => void): BatchResult[] {
  const out: BatchResult[] = [];
  let i = 0;
  for (const row of rows) {
    i++;
    let r: BatchResult;
    try {
      if (row.error) throw new Error(row.error);
      const hits = screen(lists, row.name, {
        ...opts, ...(row.kind && { kind: row.kind }), ...(row.dob && { dob: row.dob }), ...(row.country && { country: row.country }),
      });
      r = { status: "ok", row: i, name: row.name, hits };
    } catch (err) {
      r = { status: "error", row: i, name: row.name, error: errorMessage(err) };
    }
    out.push(r);
    onRow?.(r);
  }
  return out;
}

/** Scores two names: `default` is Dossier's matcher, `ofac` reproduces OFAC's Sanctions List Search. */
export function matchPair(name1: string, name2: string, mode: MatchMode = "default", kind?: EntryKind): PairResult {
  if (mode === "ofac") {
    const score = Math.round(scoreOfac(name1, name2) * 1000) / 1000;
    return { score, reasons: [`ofac-style score ${Math.round(score * 100)}`] };
  }
  return matchNames(name1, name2, kind);
}

/** The extraction types that are screened, and the list kind each is compared with. */
const SCREENED: Partial<Record<EntityType, EntryKind>> = {
  person: "person", company: "company", organization: "organization", armed_group: "organization", vessel: "vessel", aircraft: "aircraft",
};

/** Returns the entities with `screening` hits added to every person, company, organization, vessel and aircraft. */
export function screenEntities(entities: Entity[], lists: ScreeningLists, opts: ScreenOptions = {}): Entity[] {
  return entities.map((e) => {
    const kind = SCREENED[e.type];
    if (!kind) return e;
    const best = new Map<string, ScreenHit>();
    for (const name of [e.name, ...e.aliases]) {
      if (!name.trim()) continue;
      try {
        for (const h of screen(lists, name, { ...opts, kind, ...(e.country && { country: e.country }) })) {
          const key = `${h.source}:${h.entryId}`;
          const prev = best.get(key);
          if (!prev || prev.score < h.score) best.set(key, h);
        }
      } catch {
        // A name too long or without letters is no reason to drop the entity's other names.
      }
    }
    const hits = [...best.values()].sort((a, b) => b.score - a.score).slice(0, opts.limit ?? 5);
    return { ...e, screening: hits.map((h) => ({ source: h.source, entryId: h.entryId, name: h.name, matchedName: h.matchedName, score: h.score, reasons: h.reasons })) };
  });
}
