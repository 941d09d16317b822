// What a person decides about entities — merge, split, undo — appended to the resolution log, then entities and facts re-derived.
import { ConflictError, NotFoundError, UsageError } from "../errors.js";
import type { Store, StoreTx } from "../store/store.js";
import type { Decision, EntityRow } from "../store/types.js";
import { rebuildFacts } from "./facts.js";
import { normalizeName } from "./names.js";
import { findEntities } from "./queries.js";
import { rebuildEntities } from "./resolve.js";

export interface DecisionResult {
  batch: number;
  decisions: number;
  entities: number;
  facts: number;
}

async function one(store: Store, ref: string): Promise<EntityRow> {
  const found = await findEntities(store, ref);
  const first = found[0];
  if (!first) throw new NotFoundError(`no entity called "${ref}"`);
  if (found.length > 1 && !/^#?\d+$/.test(ref.trim())) {
    throw new ConflictError(`"${ref}" may mean several entities: ${found.slice(0, 5).map((e) => `#${e.id} ${e.name} (${e.type}${e.country ? ", " + e.country : ""})`).join("; ")}. Name one by its #id.`);
  }
  return first;
}

/** Re-derives entities from the log and facts from the claims, in the caller's transaction. */
export async function rederive(tx: StoreTx): Promise<{ entities: number; facts: number }> {
  const { entities, clusters } = await rebuildEntities(tx);
  const facts = await rebuildFacts(tx, (id) => clusters.get(id) ?? id);
  return { entities, facts };
}

async function decide(store: Store, build: (tx: StoreTx, batch: number) => Promise<number>): Promise<DecisionResult> {
  return store.transaction(async (tx) => {
    const batch = await tx.nextBatch();
    const decisions = await build(tx, batch);
    const r = await rederive(tx);
    return { batch, decisions, ...r };
  });
}

/** `entities merge A B`: a person says A and B are the same. */
export async function mergeEntities(store: Store, a: string, b: string, reason?: string): Promise<DecisionResult & { into: number }> {
  const ea = await one(store, a), eb = await one(store, b);
  if (ea.id === eb.id) throw new ConflictError(`"${a}" and "${b}" are already one entity (#${ea.id})`);
  const r = await decide(store, async (tx, batch) => {
    await tx.appendDecision({ kind: "same", a: ea.id, b: eb.id, actor: "user", rule: "user.merge", reason, batch });
    return 1;
  });
  return { ...r, into: Math.min(ea.id, eb.id) };
}

/** `entities split ENTITY NAME`: the members of ENTITY that go by NAME are someone else. */
export async function splitEntity(store: Store, ref: string, name: string, reason?: string): Promise<DecisionResult> {
  const e = await one(store, ref);
  const members = await store.docEntitiesOf(e.id);
  const key = normalizeName(name);
  const named = members.filter((m) => [m.name, ...m.aliases].some((n) => normalizeName(n) === key));
  const rest = members.filter((m) => !named.includes(m));
  const n0 = named[0], r0 = rest[0];
  if (!n0) throw new UsageError(`no mention of #${e.id} ${e.name} goes by "${name}"`);
  if (!r0) throw new UsageError(`every mention of #${e.id} ${e.name} goes by "${name}": nothing to split off`);
  return decide(store, async (tx, batch) => {
    // Each side is held together by the person's decision, and the two sides are kept apart.
    await tx.appendDecision({ kind: "not_same", a: n0.id, b: r0.id, actor: "user", rule: "user.split", reason, batch });
    for (const m of named.slice(1)) await tx.appendDecision({ kind: "same", a: m.id, b: n0.id, actor: "user", rule: "user.split", batch });
    for (const m of rest.slice(1)) await tx.appendDecision({ kind: "same", a: m.id, b: r0.id, actor: "user", rule: "user.split", batch });
    return named.length + rest.length - 1;
  });
}

/** `entities undo BATCH`: reverts every decision a command made (a merge, a split, or an earlier undo). */
export async function undoBatch(store: Store, batch: number): Promise<DecisionResult> {
  const log: Decision[] = await store.listDecisions();
  const targets = log.filter((d) => d.batch === batch);
  if (!targets.length) throw new NotFoundError(`no decision batch ${batch} in the log`);
  return decide(store, async (tx, newBatch) => {
    for (const d of targets) await tx.appendDecision({ kind: "revert", target: d.seq, actor: "user", rule: "user.undo", batch: newBatch });
    return targets.length;
  });
}
