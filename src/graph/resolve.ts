// Entity resolution across documents: rules append decisions to the log; clusters (entities) are derived from the log.
import type { StoreTx } from "../store/store.js";
import type { Decision, DecisionInput, DocEntityInput, DocEntityRow, EntityRow } from "../store/types.js";
import { entityClass, entityKeys } from "./names.js";

const RULE_BY_KEY: Record<string, string> = { c: "resolve.country-code", n: "resolve.name", a: "resolve.acronym" };
const KEY_STRENGTH: Record<string, number> = { c: 3, n: 2, a: 1 };

/** How a document's entities were resolved: their stored ids, their clusters, and the clusters to (re)screen. */
export interface DocResolution {
  docEntityIdOf: Map<string, number>;
  clusterOf: Map<number, number>;
  /** Clusters created, or given a name (key) they did not have, by this document. */
  toScreen: Set<number>;
}

function keyKind(key: string): string {
  return key.split(":")[1] ?? "n";
}

function countriesAgree(type: string, a?: string, b?: string): boolean {
  // A person or organisation of one nationality is not the same as a namesake of another.
  return type === "country" || !a || !b || a === b;
}

/** Picks the candidate cluster sharing the strongest keys with `input`, or none. */
function chooseCandidate(input: DocEntityInput, hits: { key: string; entity: EntityRow }[]): { entity: EntityRow; rule: string } | undefined {
  const score = new Map<number, { entity: EntityRow; strength: number; count: number; best: string }>();
  for (const { key, entity: e } of hits) {
    const kind = keyKind(key);
    const strength = KEY_STRENGTH[kind] ?? 0;
    if (entityClass(e.type) !== entityClass(input.type) || !countriesAgree(input.type, input.country, e.country)) continue;
    const s = score.get(e.id) ?? { entity: e, strength: 0, count: 0, best: kind };
    s.count++;
    if (strength > s.strength) { s.strength = strength; s.best = kind; }
    score.set(e.id, s);
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

/**
 * Stores a document's entities and resolves each: it joins the cluster sharing its strongest keys (a "same" decision
 * by rule goes to the log) or starts a new one. One lookup for all keys of the document; entities of the same
 * document see the clusters the earlier ones created or extended, as if they were resolved one by one.
 */
export async function resolveDocEntities(tx: StoreTx, inputs: DocEntityInput[]): Promise<DocResolution> {
  const keysOf = inputs.map((i) => entityKeys(i));
  const entities = new Map<number, EntityRow>();
  const byKey = new Map<string, EntityRow[]>();
  for (const { key, entity } of await tx.findEntitiesByKeys([...new Set(keysOf.flat())])) {
    const e = entities.get(entity.id) ?? entity;
    entities.set(e.id, e);
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  const first = inputs.length ? await tx.allocateIds("doc_entities", inputs.length) : 0;
  const out: DocResolution = { docEntityIdOf: new Map(), clusterOf: new Map(), toScreen: new Set() };
  const rows: (DocEntityInput & { id: number; entityId: number })[] = [];
  const created: EntityRow[] = [];
  const keyRows: { key: string; entityId: number }[] = [];
  const decisions: DecisionInput[] = [];
  const countries = new Map<number, string>();
  const seen = new Set<number>();
  inputs.forEach((input, i) => {
    const id = first + i;
    const keys = keysOf[i] ?? [];
    const choice = chooseCandidate(input, keys.flatMap((key) => (byKey.get(key) ?? []).map((entity) => ({ key, entity }))));
    let entity: EntityRow;
    if (!choice) {
      entity = { id, type: input.type, name: input.name, country: input.country, docCount: 0 };
      created.push(entity);
      out.toScreen.add(id);
    } else {
      entity = choice.entity;
      decisions.push({ kind: "same", a: id, b: entity.id, actor: "rule", rule: choice.rule });
      if (!entity.country && input.country) { entity.country = input.country; countries.set(entity.id, input.country); }
    }
    const fresh = keys.filter((k) => !(byKey.get(k) ?? []).includes(entity));
    for (const key of fresh) { byKey.set(key, [...(byKey.get(key) ?? []), entity]); keyRows.push({ key, entityId: entity.id }); }
    if (choice && fresh.length) out.toScreen.add(entity.id);
    rows.push({ ...input, id, entityId: entity.id });
    out.docEntityIdOf.set(input.localId, id);
    out.clusterOf.set(id, entity.id);
    seen.add(entity.id);
  });
  if (rows.length) await tx.insertDocEntities(rows);
  if (created.length) await tx.insertEntities(created);
  if (keyRows.length) await tx.addEntityKeys(keyRows);
  for (const [id, country] of countries) if (!created.some((c) => c.id === id)) await tx.setEntityCountry(id, country);
  await tx.bumpDocCounts([...seen]);
  if (decisions.length) await tx.appendDecisions(decisions);
  return out;
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
