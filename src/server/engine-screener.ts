// Adapts the screening engine (src/screen: `loadLists` + `screen`) to the server's NameScreener.
import type { ScreenHit, ScreenOptions, ScreeningLists } from "../screen/index.js";
import type { NameHit, NameScreener } from "./screener.js";

export function engineScreener(lists: ScreeningLists, screen: (lists: ScreeningLists, name: string, opts: ScreenOptions) => ScreenHit[]): NameScreener {
  return {
    async screen(q) {
      const opts: ScreenOptions = {};
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
