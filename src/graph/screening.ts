// The hook through which the screening engine plugs into the store: a Screener screens one entity, the store keeps its hits.
import type { Store, StoreTx } from "../store/store.js";
import type { EntityRow, ScreeningHitInput } from "../store/types.js";

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

/**
 * THE HOOK for the screening engine (built on another branch): return a Screener over the lists loaded in the
 * store (list_entries), or undefined when none are loaded. `dossier ingest` calls it once per run and screens every
 * new or renamed person, company, organisation, vessel and aircraft with it; after importing a new list version,
 * call `rescreenAll(store, screener)`. Until the engine is merged, nothing is screened.
 */
export async function screenerFor(_store: Store): Promise<Screener | undefined> {
  return undefined;
}
