// The narrow screening interface the server (and `dossier demo`) needs; the lead wires src/screen's engine in here.
import type { ScreeningHit } from "../extract/types.js";
import type { Screener as EntityScreener } from "../graph/screening.js";

/** List kinds as the screening engine names them. */
export type ScreenKind = "person" | "company" | "organization" | "vessel" | "aircraft" | "unknown";

export interface ScreenQuery {
  name: string;
  kind?: ScreenKind;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  dob?: string;
  /** ISO 3166-1 alpha-2 or a country name. */
  country?: string;
  limit?: number;
  /** Lowest score returned, 0–1. */
  threshold?: number;
}

/** One ranked list entry for a name, with the reasons it matched. */
export interface NameHit extends ScreeningHit {
  kind: ScreenKind;
  programs: string[];
  aliases?: string[];
  birthDates?: string[];
  countries?: string[];
}

/** What the HTTP API and the demo need from the screening engine. */
export interface NameScreener {
  /** Ranked hits for one name, best first. */
  screen(q: ScreenQuery): Promise<NameHit[]>;
  /** Lists (datasets) loaded, with how many entries each has. */
  datasets(): Promise<{ name: string; entries: number; version?: string }[]>;
}

const KIND_OF_TYPE: Record<string, ScreenKind> = {
  person: "person", company: "company", organization: "organization", government_body: "organization",
  armed_group: "organization", vessel: "vessel", aircraft: "aircraft",
};

/** Adapts a NameScreener to the store's per-entity hook (src/graph/screening.ts), so ingest stores the hits. */
export function entityScreenerOf(screener: NameScreener, threshold = 0.85): EntityScreener {
  return {
    async screen(subject) {
      const best = new Map<string, NameHit>();
      const kind = KIND_OF_TYPE[subject.type] ?? "unknown";
      for (const name of new Set([subject.name, ...subject.names])) {
        if (!name.trim()) continue;
        for (const h of await screener.screen({ name, kind, threshold, limit: 5, ...(subject.country ? { country: subject.country } : {}) })) {
          const key = `${h.source}:${h.entryId}`;
          const prev = best.get(key);
          if (!prev || prev.score < h.score) best.set(key, h);
        }
      }
      return [...best.values()].sort((a, b) => b.score - a.score).slice(0, 5).map((h) => ({
        list: h.source, version: "", entryId: h.entryId, name: h.name, matchedName: h.matchedName, score: h.score, reasons: h.reasons,
      }));
    },
  };
}
