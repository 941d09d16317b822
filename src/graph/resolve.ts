// Entity resolution across documents: rules append decisions to the log; clusters (entities) are derived from the log.
import type { StoreTx } from "../store/store.js";
import type { Decision, DecisionInput, DocEntityInput, DocEntityRow, EntityRow } from "../store/types.js";
import { entityClass, entityKeys } from "./names.js";

const RULE_BY_KEY: Record<string, string> = { c: "resolve.country-code", n: "resolve.name", a: "resolve.acronym" };
const KEY_STRENGTH: Record<string, number> = { c: 3, n: 2, a: 1 };

/** How a document's entities were resolved: their stored ids and their clusters. */
export interface DocResolution {
  docEntityIdOf: Map<string, number>;
  clusterOf: Map<number, number>;
}

/** The clusters known for a batch's keys, kept current in memory while the batch's documents are resolved one by one. */
export interface ResolutionIndex {
  entities: Map<number, EntityRow>;
  byKey: Map<string, EntityRow[]>;
}

/** What resolving a batch writes, gathered in memory and written at the end with a few statements. */
export interface ResolutionWrites {
  rows: DocEntityRow[];
  /** Clusters created by the batch, by id: written whole at the end. */
  created: Map<number, EntityRow>;
  keyRows: { key: string; entityId: number }[];
  decisions: DecisionInput[];
  /** Country learnt by a cluster stored before this batch. */
  countries: Map<number, string>;
  /** More documents mentioning a cluster stored before this batch. */
  docCounts: Map<number, number>;
  /** Clusters created, or given a name (key) they did not have, by the batch. */
  toScreen: Set<number>;
}

/** "person:n:…" → "n" (the key kinds are one letter). */
function keyKind(key: string): string {
  return key.charAt(key.indexOf(":") + 1) || "n";
}

function countriesAgree(type: string, a?: string, b?: string): boolean {
  // A person or organisation of one nationality is not the same as a namesake of another.
  return type === "country" || !a || !b || a === b;
}

/** Picks the candidate cluster sharing the strongest keys with `input` (clusters by key in `byKey`), or none. */
function chooseCandidate(input: DocEntityInput, keys: string[], byKey: Map<string, EntityRow[]>): { entity: EntityRow; rule: string } | undefined {
  const score = new Map<number, { entity: EntityRow; strength: number; count: number; best: string }>();
  const cls = entityClass(input.type);
  for (const key of keys) {
    const list = byKey.get(key);
    if (!list) continue;
    const kind = keyKind(key);
    const strength = KEY_STRENGTH[kind] ?? 0;
    for (const e of list) {
      if (entityClass(e.type) !== cls || !countriesAgree(input.type, input.country, e.country)) continue;
      let s = score.get(e.id);
      if (!s) { s = { entity: e, strength: 0, count: 0, best: kind }; score.set(e.id, s); }
      s.count++;
      if (strength > s.strength) { s.strength = strength; s.best = kind; }
    }
  }
  let best: { entity: EntityRow; strength: number; count: number; best: string } | undefined;
  for (const s of score.values()) {
    const e = s.entity, b = best?.entity;
    const better = !best || !b || s.strength > best.strength || (s.strength === best.strength && (s.count > best.count ||
      (s.count === best.count && (e.docCount > b.docCount || (e.docCount === b.docCount && e.id < b.id)))));
    if (better) best = s;
  }
  return best && { entity: best.entity, rule: RULE_BY_KEY[best.best] ?? "resolve.name" };
}

/** The stored clusters having any of `keys` (one lookup for a whole batch). */
export async function lookupKeys(tx: StoreTx, keys: string[]): Promise<ResolutionIndex> {
  const index: ResolutionIndex = { entities: new Map(), byKey: new Map() };
  for (const { key, entity } of await tx.findEntitiesByKeys([...new Set(keys)])) {
    const e = index.entities.get(entity.id) ?? entity;
    index.entities.set(e.id, e);
    const list = index.byKey.get(key);
    if (list) list.push(e); else index.byKey.set(key, [e]);
  }
  return index;
}

export function newResolutionWrites(): ResolutionWrites {
  return { rows: [], created: new Map(), keyRows: [], decisions: [], countries: new Map(), docCounts: new Map(), toScreen: new Set() };
}

/**
 * Resolves one document's entities (ids `first`, `first + 1`, …) against `index`: each joins the cluster sharing its
 * strongest keys (a "same" decision by rule goes to the log) or starts a new one. `index` is updated as it goes, so the
 * entities of this and later documents see the clusters the earlier ones created or extended, as if each document
 * were stored before the next was resolved. `keysOf[i]` are the keys of `inputs[i]` (see entityKeys).
 */
export function resolveInMemory(index: ResolutionIndex, inputs: DocEntityRow[], keysOf: string[][], first: number, w: ResolutionWrites): DocResolution {
  const out: DocResolution = { docEntityIdOf: new Map(), clusterOf: new Map() };
  const seen = new Set<EntityRow>();
  inputs.forEach((input, i) => {
    const id = first + i;
    const keys = keysOf[i] ?? [];
    const choice = chooseCandidate(input, keys, index.byKey);
    let entity: EntityRow;
    if (!choice) {
      entity = { id, type: input.type, name: input.name, country: input.country, docCount: 0 };
      index.entities.set(id, entity);
      w.created.set(id, entity);
      w.toScreen.add(id);
    } else {
      entity = choice.entity;
      w.decisions.push({ kind: "same", a: id, b: entity.id, actor: "rule", rule: choice.rule });
      if (!entity.country && input.country) {
        entity.country = input.country;
        // A cluster created in this batch is written whole at the end; one stored before needs an update.
        if (!w.created.has(entity.id)) w.countries.set(entity.id, input.country);
      }
    }
    const fresh = keys.filter((k) => !(index.byKey.get(k) ?? []).includes(entity));
    for (const key of fresh) {
      const list = index.byKey.get(key);
      if (list) list.push(entity); else index.byKey.set(key, [entity]);
      w.keyRows.push({ key, entityId: entity.id });
    }
    if (choice && fresh.length) w.toScreen.add(entity.id);
    // The row is the input itself, numbered and assigned (no copy: a batch has thousands).
    input.id = id;
    input.entityId = entity.id;
    w.rows.push(input);
    out.docEntityIdOf.set(input.localId, id);
    out.clusterOf.set(id, entity.id);
    seen.add(entity);
  });
  for (const e of seen) {
    e.docCount++;
    if (!w.created.has(e.id)) w.docCounts.set(e.id, (w.docCounts.get(e.id) ?? 0) + 1);
  }
  return out;
}

/** Writes what resolving a batch decided: document entities, new clusters and keys, counts, countries, the log. */
export async function writeResolution(tx: StoreTx, w: ResolutionWrites): Promise<void> {
  if (w.rows.length) await tx.insertDocEntities(w.rows);
  if (w.created.size) await tx.insertEntities([...w.created.values()]);
  if (w.keyRows.length) await tx.addEntityKeys(w.keyRows);
  for (const [id, country] of w.countries) await tx.setEntityCountry(id, country);
  if (w.docCounts.size) await tx.addDocCounts([...w.docCounts].map(([entityId, n]) => ({ entityId, n })));
  if (w.decisions.length) await tx.appendDecisions(w.decisions);
}

/** Decisions still in force: those not undone by a revert that is itself in force. */
export function activeDecisions(decisions: Decision[]): Decision[] {
  const revertedBy = new Map<number, number[]>();
  for (const d of decisions) if (d.kind === "revert" && d.target !== undefined) revertedBy.set(d.target, [...(revertedBy.get(d.target) ?? []), d.seq]);
  const active = new Map<number, boolean>();
  // Reverts always come after what they revert, so walking backwards settles each one before its target.
  for (const d of [...decisions].sort((x, y) => y.seq - x.seq)) {
    const reverts = revertedBy.get(d.seq) ?? [];
    active.set(d.seq, !reverts.some((r) => active.get(r)));
  }
  return decisions.filter((d) => active.get(d.seq) && d.kind !== "revert");
}

/**
 * Derives clusters from the log: a person's decisions first (their "not same" splits constrain everything),
 * then rule decisions in order; an edge that would join two sides a person split apart is skipped.
 * Returns doc-entity id → cluster id (the smallest member id).
 */
export function deriveClusters(docEntityIds: number[], decisions: Decision[]): Map<number, number> {
  const parent = new Map<number, number>(docEntityIds.map((id) => [id, id]));
  const find = (x: number): number => {
    let r = x;
    while ((parent.get(r) ?? r) !== r) r = parent.get(r) as number;
    let c = x;
    while (c !== r) { const n = parent.get(c) as number; parent.set(c, r); c = n; }
    return r;
  };
  const active = activeDecisions(decisions);
  const apart = active.filter((d) => d.kind === "not_same" && d.a !== undefined && d.b !== undefined && parent.has(d.a) && parent.has(d.b));
  const union = (a: number, b: number): void => {
    const ra = find(a), rb = find(b);
    if (ra === rb) return;
    for (const d of apart) {
      const x = find(d.a as number), y = find(d.b as number);
      if ((x === ra && y === rb) || (x === rb && y === ra)) return;
    }
    if (ra < rb) parent.set(rb, ra); else parent.set(ra, rb);
  };
  const same = active.filter((d) => d.kind === "same" && d.a !== undefined && d.b !== undefined && parent.has(d.a) && parent.has(d.b));
  for (const d of same.filter((x) => x.actor === "user")) union(d.a as number, d.b as number);
  for (const d of same.filter((x) => x.actor === "rule")) union(d.a as number, d.b as number);
  const out = new Map<number, number>();
  for (const id of docEntityIds) out.set(id, find(id));
  return out;
}

/** Rebuilds entities, their keys and doc-entity membership from the log. Facts must be rebuilt afterwards. */
export async function rebuildEntities(tx: StoreTx): Promise<{ entities: number; changed: number; clusters: Map<number, number> }> {
  const rows: DocEntityRow[] = await tx.listDocEntities();
  const clusters = deriveClusters(rows.map((r) => r.id), await tx.listDecisions());
  await tx.clearEntities();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const entities = new Map<number, EntityRow & { docs: Set<string>; keys: Set<string> }>();
  let changed = 0;
  for (const r of rows) {
    const cid = clusters.get(r.id) ?? r.id;
    if (cid !== r.entityId) { changed++; await tx.setDocEntityCluster(r.id, cid); }
    let e = entities.get(cid);
    if (!e) {
      // The cluster is named after its first member, as at ingest.
      const first = byId.get(cid) ?? r;
      e = { id: cid, type: first.type, name: first.name, country: first.country, docCount: 0, docs: new Set(), keys: new Set() };
      entities.set(cid, e);
    }
    if (!e.country && r.country) e.country = r.country;
    e.docs.add(r.docId);
    for (const k of entityKeys(r)) e.keys.add(k);
  }
  for (const e of entities.values()) {
    await tx.upsertEntity({ id: e.id, type: e.type, name: e.name, country: e.country, docCount: e.docs.size });
    await tx.addEntityKeys([...e.keys].map((key) => ({ key, entityId: e.id })));
  }
  return { entities: entities.size, changed, clusters };
}
