// The graph around an entity to a given depth: entities as typed nodes, facts as directed edges (direction from the ontology).
import { BadInputError } from "../errors.js";
import type { StoreReader } from "../store/store.js";
import type { FactRow } from "../store/types.js";
import { ONTOLOGY } from "./ontology.js";
import { findEntities } from "./queries.js";

export interface GraphNode {
  id: number;
  name: string;
  type: string;
  country?: string;
  docCount: number;
  /** Steps from the centre. */
  depth: number;
  /** Hits on a sanctions list (stored by the screening engine). */
  listHits: number;
  /** Target of a sanction fact in this graph, or a list hit. */
  sanctioned: boolean;
}

export interface GraphEdge {
  /** "fact:from-to:role", unique in one graph. */
  id: string;
  fact: number;
  type: string;
  /** The role the source entity plays ("supplier", "broker"…); the target plays the fact type's `to` role. */
  role: string;
  source: number;
  target: number;
  status: string;
  certainty: string;
  polarity: string;
  categories: string[];
  sources: number;
  time?: { start: string; end: string };
}

export interface EntityGraph {
  center: number;
  depth: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when caps cut the graph short. */
  truncated: boolean;
}

export interface GraphOptions {
  depth?: number;
  /** Facts followed per entity (most sourced first). */
  factsPerEntity?: number;
  maxNodes?: number;
}

export const MAX_DEPTH = 3;

/** Edges of one fact: each `from` party to each `to` party, and every other party to the first `to` (or `from`) party. */
export function edgesOfFact(f: FactRow): GraphEdge[] {
  const style = ONTOLOGY.factTypes[f.type];
  const pick = (roles: readonly string[]): number[] => [...new Set(roles.flatMap((r) => f.roles[r] ?? []))];
  const from = pick(style?.from ?? []), to = pick(style?.to ?? []);
  const base = {
    fact: f.id, type: f.type, status: f.status, certainty: f.certainty, polarity: f.polarity, categories: f.categories, sources: f.sources,
    ...(f.timeStart && f.timeEnd ? { time: { start: f.timeStart, end: f.timeEnd } } : {}),
  };
  const out: GraphEdge[] = [];
  const add = (a: number, b: number, role: string): void => {
    if (a !== b) out.push({ ...base, id: `${f.id}:${a}-${b}:${role}`, role, source: a, target: b });
  };
  const fromRole = style?.from[0] ?? "party";
  for (const a of from) for (const b of to) add(a, b, fromRole);
  const anchor = to[0] ?? from[0];
  const core = new Set([...(style?.from ?? []), ...(style?.to ?? [])]);
  for (const [role, ids] of Object.entries(f.roles)) {
    if (core.has(role) || anchor === undefined) continue;
    for (const a of ids) add(a, anchor, role);
  }
  return out;
}

export async function entityGraph(store: StoreReader, ref: string, options: GraphOptions = {}): Promise<EntityGraph> {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new BadInputError(`depth must be a whole number from 1 to ${MAX_DEPTH}`);
  const perEntity = options.factsPerEntity ?? 40;
  const maxNodes = options.maxNodes ?? 150;
  const [center] = await findEntities(store, ref);
  if (!center) throw new BadInputError(`no entity "${ref}"`);
  const depthOf = new Map<number, number>([[center.id, 0]]);
  const facts = new Map<number, FactRow>();
  let frontier = [center.id];
  let truncated = false;
  for (let d = 1; d <= depth && frontier.length && !truncated; d++) {
    const next: number[] = [];
    for (const id of frontier) {
      const roles = await store.factRolesOf(id, perEntity);
      if (roles.length >= perEntity) truncated = true;
      const wanted = [...new Set(roles.map((r) => r.factId))].filter((f) => !facts.has(f));
      for (const f of await store.getFacts(wanted)) {
        const parties = [...new Set(Object.values(f.roles).flat())];
        const fresh = parties.filter((p) => !depthOf.has(p));
        if (depthOf.size + fresh.length > maxNodes) { truncated = true; continue; }
        facts.set(f.id, f);
        for (const p of fresh) { depthOf.set(p, d); next.push(p); }
      }
      if (truncated && depthOf.size >= maxNodes) break;
    }
    frontier = next;
  }
  const sanctionTargets = new Set<number>();
  for (const f of facts.values()) if (f.type === "sanction" && f.polarity === "positive" && f.status !== "lifted") for (const t of f.roles.target ?? []) sanctionTargets.add(t);
  const entities = await store.getEntities([...depthOf.keys()]);
  const nodes: GraphNode[] = [];
  for (const e of entities) {
    const listHits = (await store.screeningHitsOf(e.id)).length;
    nodes.push({
      id: e.id, name: e.name, type: e.type, ...(e.country ? { country: e.country } : {}), docCount: e.docCount,
      depth: depthOf.get(e.id) ?? 0, listHits, sanctioned: listHits > 0 || sanctionTargets.has(e.id),
    });
  }
  nodes.sort((a, b) => a.depth - b.depth || b.docCount - a.docCount || a.id - b.id);
  return { center: center.id, depth, nodes, edges: [...facts.values()].flatMap(edgesOfFact), truncated };
}
