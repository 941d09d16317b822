// Questions asked of the store: find an entity by name, its profile, facts with filters, full-text search.
import { NotFoundError } from "../errors.js";
import type { StoreReader } from "../store/store.js";
import type { ClaimRow, EntityRow, FactFilter, FactRow, ScreeningHitRow, SearchHit } from "../store/types.js";
import { queryKeys } from "./names.js";

export interface EntityRef {
  id: number;
  name: string;
  type: string;
  country?: string;
}

export interface EvidenceView {
  quote: string;
  docId: string;
  title?: string;
  published?: string;
  url?: string;
  start: number;
  end: number;
  status: string;
  certainty: string;
  rule: string;
}

export interface FactView {
  id: number;
  type: string;
  status: string;
  statuses: string[];
  certainty: string;
  roles: Record<string, EntityRef[]>;
  items: { text: string; category: string }[];
  time?: { start: string; end: string };
  sources: number;
  independentSources: number;
  claims: number;
  evidence: EvidenceView[];
  links: { relation: string; fact: number }[];
}

export interface EntityProfile {
  entity: EntityRow;
  names: string[];
  positions: string[];
  /** Other entities the same name could mean. */
  alsoMatching: EntityRow[];
  roleCounts: Record<string, number>;
  facts: { role: string; fact: FactView }[];
  contradictions: { fact: number; contradicts: FactView }[];
  screening: ScreeningHitRow[];
}

/** Entities a name (or "#id") may refer to, the most documented first; NotFoundError when there is none. */
export async function findEntities(store: StoreReader, ref: string): Promise<EntityRow[]> {
  const byId = /^#?(\d+)$/.exec(ref.trim());
  if (byId) {
    const e = await store.getEntity(Number(byId[1]));
    if (e) return [e];
  }
  const found = new Map<number, EntityRow>();
  for (const key of queryKeys(ref)) for (const e of await store.entitiesByKey(key)) found.set(e.id, e);
  if (!found.size) for (const e of await store.entitiesByNamePrefix(ref.trim(), 10)) found.set(e.id, e);
  if (!found.size) throw new NotFoundError(`no entity called "${ref}" in the store`);
  return [...found.values()].sort((a, b) => b.docCount - a.docCount || a.id - b.id);
}

/** A link stored in both directions is shown once. */
function dedupeLinks(links: { relation: string; fact: number }[]): { relation: string; fact: number }[] {
  const seen = new Set<string>();
  return links.filter((l) => { const k = `${l.relation}:${l.fact}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

/** Turns stored facts into views with entity names, items, quoted evidence and document titles. */
export async function factViews(store: StoreReader, facts: FactRow[], evidencePerFact = 5): Promise<FactView[]> {
  const entityIds = [...new Set(facts.flatMap((f) => Object.values(f.roles).flat()))];
  const names = new Map<number, EntityRef>();
  for (const e of await store.getEntities(entityIds)) names.set(e.id, { id: e.id, name: e.name, type: e.type, ...(e.country ? { country: e.country } : {}) });
  const ref = (id: number): EntityRef => names.get(id) ?? { id, name: `#${id}`, type: "unknown" };
  const claims: ClaimRow[] = await store.claimsOf(facts.map((f) => f.id), evidencePerFact);
  const docIds = [...new Set(claims.map((c) => c.docId))];
  const texts = await store.getDocumentTexts(docIds);
  const docs = new Map((await store.getDocuments(docIds)).map((d) => [d.id, d]));
  const links = await store.linksOf(facts.map((f) => f.id));
  const views: FactView[] = [];
  for (const f of facts) {
    const roles: Record<string, EntityRef[]> = {};
    for (const [role, ids] of Object.entries(f.roles)) roles[role] = ids.map(ref);
    const own = claims.filter((c) => c.factId === f.id);
    const items = new Map<string, { text: string; category: string }>();
    for (const c of own) for (const i of c.items) items.set(`${i.category}:${i.text}`, { text: i.text, category: i.category });
    const evidence: EvidenceView[] = [];
    for (const c of own) {
      const d = docs.get(c.docId);
      for (const s of c.evidence) {
        evidence.push({
          quote: texts.get(c.docId)?.slice(s.start, s.end) ?? "", docId: c.docId, title: d?.title, published: d?.published, url: d?.url,
          start: s.start, end: s.end, status: c.status, certainty: c.certainty, rule: c.rule,
        });
      }
    }
    const view: FactView = {
      id: f.id, type: f.type, status: f.status, statuses: f.statuses, certainty: f.certainty, roles, items: [...items.values()],
      sources: f.sources, independentSources: f.independentSources, claims: f.claimCount, evidence,
      links: dedupeLinks(links.filter((l) => l.from === f.id || l.to === f.id).map((l) => ({ relation: l.relation, fact: l.from === f.id ? l.to : l.from }))),
    };
    if (f.timeStart && f.timeEnd) view.time = { start: f.timeStart, end: f.timeEnd };
    views.push(view);
  }
  return views;
}

export interface ProfileOptions {
  /** How many facts to show (most sourced first); counts cover all. */
  limit?: number;
  evidencePerFact?: number;
}

/** The profile of the entity NAME refers to: names, country, positions, facts by role with evidence, contradictions, hits. */
export async function entityProfile(store: StoreReader, ref: string, options: ProfileOptions = {}): Promise<EntityProfile> {
  const [entity, ...alsoMatching] = await findEntities(store, ref);
  if (!entity) throw new NotFoundError(`no entity called "${ref}" in the store`);
  const { names, positions } = await store.nameVariants(entity.id);
  const roles = await store.factRolesOf(entity.id, options.limit ?? 50);
  const facts = await store.getFacts([...new Set(roles.map((r) => r.factId))]);
  const views = new Map((await factViews(store, facts, options.evidencePerFact ?? 5)).map((v) => [v.id, v]));
  const contradictionIds = new Set<number>();
  const contradictions: { fact: number; fid: number }[] = [];
  for (const v of views.values()) {
    for (const l of v.links) if (l.relation === "contradicts") { contradictionIds.add(l.fact); contradictions.push({ fact: v.id, fid: l.fact }); }
  }
  const others = new Map((await factViews(store, await store.getFacts([...contradictionIds].filter((id) => !views.has(id))), 2)).map((v) => [v.id, v]));
  return {
    entity, names, positions, alsoMatching,
    roleCounts: await store.countFactRolesOf(entity.id),
    facts: roles.flatMap((r) => { const fact = views.get(r.factId); return fact ? [{ role: r.role, fact }] : []; }),
    contradictions: contradictions.flatMap((c) => { const v = views.get(c.fid) ?? others.get(c.fid); return v ? [{ fact: c.fact, contradicts: v }] : []; }),
    screening: await store.screeningHitsOf(entity.id),
  };
}

export interface FactQuery extends Omit<FactFilter, "entityIds"> {
  entity?: string;
}

/** Facts matching the filters, as views with evidence. */
export async function queryFacts(store: StoreReader, q: FactQuery, evidencePerFact = 3): Promise<FactView[]> {
  const filter: FactFilter = { ...q };
  if (q.entity) filter.entityIds = (await findEntities(store, q.entity)).map((e) => e.id);
  return factViews(store, await store.listFacts(filter), evidencePerFact);
}

export async function searchDocuments(store: StoreReader, text: string, limit = 20): Promise<SearchHit[]> {
  return store.search(text, limit);
}
