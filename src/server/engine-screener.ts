// Adapts the screening engine (src/screen: `loadLists` + `screen`) to the server's NameScreener, typed structurally so
// this branch builds before the engine is merged. Wiring, in name-screener-for.ts:
//   const lists = await loadLists(listsDir());  return engineScreener(lists, screen);
import type { NameHit, NameScreener, ScreenKind } from "./screener.js";

/** What src/screen's ScreenHit carries (a subset of NameHit). */
export interface EngineHit {
  source: string;
  entryId: string;
  name: string;
  matchedName: string;
  score: number;
  reasons: string[];
  kind: ScreenKind;
  programs: string[];
}

export interface EngineOptions {
  kind?: ScreenKind;
  dob?: string;
  country?: string;
  limit?: number;
  threshold?: number;
}

/** What src/screen's ScreeningLists exposes about its sources. */
export interface EngineLists {
  sources: { source: string; entries: number; listDate?: string }[];
}

export function engineScreener<L extends EngineLists>(lists: L, screen: (lists: L, name: string, opts: EngineOptions) => EngineHit[]): NameScreener {
  return {
    async screen(q) {
      const opts: EngineOptions = {};
      if (q.kind) opts.kind = q.kind;
      if (q.dob) opts.dob = q.dob;
      if (q.country) opts.country = q.country;
      if (q.limit !== undefined) opts.limit = q.limit;
      if (q.threshold !== undefined) opts.threshold = q.threshold;
      return screen(lists, q.name, opts).map((h): NameHit => ({ ...h }));
    },
    async datasets() {
      return lists.sources.map((s) => ({ name: s.source, entries: s.entries, ...(s.listDate ? { version: s.listDate } : {}) }));
    },
  };
}
