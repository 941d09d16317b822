// The hook through which the screening engine plugs into the store: a Screener screens one entity, the store keeps its hits.
import type { Store, StoreTx } from "../store/store.js";
import type { EntityRow, ScreeningHitInput } from "../store/types.js";
import type { EntryKind } from "../screen/types.js";

/** Entity types that are screened against the lists (countries and armed groups as such are not). */
export const SCREENED_TYPES: ReadonlySet<string> = new Set(["person", "company", "organization", "vessel", "aircraft"]);

export interface ScreenSubject extends EntityRow {
  /** Every name and alias the documents use for the entity. */
  names: string[];
}

/** Implemented by the screening engine (another module): returns the list hits for one entity, none when clean. */
export interface Screener {
  screen(subject: ScreenSubject): Promise<Omit<ScreeningHitInput, "entityId">[]>;
}

/** Screens the given entities (those of a screened type) and replaces their stored hits. */
export async function screenEntities(tx: StoreTx, screener: Screener, entityIds: number[]): Promise<number> {
  let hits = 0;
  for (const e of await tx.getEntities(entityIds)) {
    if (!SCREENED_TYPES.has(e.type)) continue;
    const names = await tx.namesOf(e.id);
    const found = await screener.screen({ ...e, names });
    await tx.replaceScreeningHits(e.id, found.map((h) => ({ ...h, entityId: e.id })));
    hits += found.length;
  }
  return hits;
}

/** Re-screens every entity, a page per transaction: run after a new list version is imported. */
export async function rescreenAll(store: Store, screener: Screener, pageSize = 500): Promise<{ entities: number; hits: number }> {
  let ids: number[] = [];
  let entities = 0, hits = 0;
  const flush = async (): Promise<void> => {
    const page = ids;
    ids = [];
    hits += await store.transaction((tx) => screenEntities(tx, screener, page));
  };
  for await (const e of store.iterateEntities(pageSize)) {
    if (!SCREENED_TYPES.has(e.type)) continue;
    ids.push(e.id);
    entities++;
    if (ids.length >= pageSize) await flush();
  }
  if (ids.length) await flush();
  return { entities, hits };
}

/** Entity types in the store → the list kind the screening engine compares them with. */
const KIND: Readonly<Record<string, EntryKind>> = { person: "person", company: "company", organization: "organization", vessel: "vessel", aircraft: "aircraft" };

/**
 * A Screener over the lists in `listsDirectory` (see `dossier lists import`), or undefined when none are loaded.
 * `dossier ingest` screens every new or renamed person, company, organisation, vessel and aircraft with it;
 * `dossier lists import` re-screens the whole store with `rescreenAll` after a new list version.
 */
export async function screenerFor(_store: Store, listsDirectory?: string): Promise<Screener | undefined> {
  const { FileListStore, listsDir } = await import("../screen/store.js");
  const lists = new FileListStore(listsDir(listsDirectory));
  const sources = await lists.sources();
  if (!sources.length) return undefined;
  const { loadLists, screen } = await import("../screen/index.js");
  const loaded = await loadLists(lists);
  const version = (source: string) => sources.find((s) => s.source === source)?.listDate ?? sources.find((s) => s.source === source)?.importedAt ?? "";
  return {
    async screen(subject) {
      const kind = KIND[subject.type];
      // A person's lone surname matches half a list: full names and multi-word aliases only.
      const names = subject.type === "person" && subject.names.some((n) => n.includes(" ")) ? subject.names.filter((n) => n.includes(" ")) : subject.names;
      const best = new Map<string, Omit<ScreeningHitInput, "entityId">>();
      for (const name of names) {
        if (!name.trim() || name.length > 300) continue;
        let hits: ReturnType<typeof screen>;
        try {
          hits = screen(loaded, name, { ...(kind ? { kind } : {}), ...(subject.country ? { country: subject.country } : {}) });
        } catch {
          // A name the matcher cannot use (only titles, no letters) is no reason to fail the document.
          continue;
        }
        for (const h of hits) {
          const key = `${h.source}:${h.entryId}`;
          if ((best.get(key)?.score ?? -1) >= h.score) continue;
          best.set(key, { list: h.source, version: version(h.source), entryId: h.entryId, name: h.name, matchedName: h.matchedName, score: h.score, reasons: h.reasons });
        }
      }
      return [...best.values()].sort((a, b) => b.score - a.score).slice(0, 5);
    },
  };
}
