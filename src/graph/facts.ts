// Fact merging across documents: a document's fact becomes a claim; claims with the same type, resolved roles,
// item category and overlapping time form one fact; claims that deny each other stay apart, linked "contradicts".
import type { Certainty, Fact } from "../extract/types.js";
import type { StoreTx } from "../store/store.js";
import type { ClaimInput, ClaimRow, FactLink, FactRow, Polarity } from "../store/types.js";

const STATUS_RANK: readonly string[] = [
  "stated", "threatened", "proposed", "planned", "considered", "negotiating", "agreed", "attempted", "cancelled",
  "ongoing", "delivered", "imposed", "occurred", "lifted",
];
const CERTAINTY_RANK: readonly Certainty[] = ["suspected", "reported", "stated", "disputed", "negated"];

export function polarityOf(c: Certainty): Polarity {
  return c === "negated" || c === "disputed" ? "negative" : "positive";
}

/** The document fact as claim `id` (its fact not decided yet), its roles mapped from local entity ids to stored document-entity ids. */
export function claimOf(fact: Fact, docId: string, publisher: string, docEntityIdOf: Map<string, number>, id: number): ClaimInput & { id: number; factId: number } {
  const roles: Record<string, number[]> = {};
  for (const [role, value] of Object.entries(fact.roles)) {
    const ids = (Array.isArray(value) ? value : [value]).map((l) => docEntityIdOf.get(l)).filter((x): x is number => x !== undefined);
    if (ids.length) roles[role] = ids;
  }
  const claim: ClaimInput & { id: number; factId: number } = {
    id, factId: 0, docId, localId: fact.id, type: fact.type, roles, items: fact.items, status: fact.status, certainty: fact.certainty,
    polarity: polarityOf(fact.certainty),
    attributedTo: fact.attributedTo.map((l) => docEntityIdOf.get(l)).filter((x): x is number => x !== undefined),
    rule: fact.rule, rules: fact.rules ?? [fact.rule], evidence: fact.evidence, publisher,
  };
  if (fact.time) { claim.timeText = fact.time.text; claim.timeStart = fact.time.start; claim.timeEnd = fact.time.end; }
  return claim;
}

/** Roles over resolved entity ids; "role=1,4|role=7", roles and ids sorted, so equal parties give equal keys. */
export function resolvedRoles(roles: Record<string, number[]>, clusterOf: (docEntityId: number) => number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const role of Object.keys(roles).sort()) {
    out[role] = [...new Set((roles[role] ?? []).map(clusterOf))].sort((a, b) => a - b);
  }
  return out;
}

/** The roles that say which fact it is; the others (a broker, the imposing authority) are added to it. */
export const CORE_ROLES: Record<string, readonly string[]> = {
  arms_transfer: ["supplier", "recipient"],
  goods_transfer: ["supplier", "recipient"],
  sanction: ["target"],
  statement: ["speaker"],
  visit: ["visitor", "host"],
  loss: ["party"],
};

export function rolesKey(type: string, roles: Record<string, number[]>): string {
  const core = CORE_ROLES[type] ?? Object.keys(roles);
  return core.filter((r) => roles[r]?.length).map((r) => `${r}=${(roles[r] ?? []).join(",")}`).join("|");
}

/** Role fillers in `b` that `a` lacks. */
function missingRoles(a: Record<string, number[]>, b: Record<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [role, ids] of Object.entries(b)) {
    const miss = ids.filter((id) => !(a[role] ?? []).includes(id));
    if (miss.length) out[role] = miss;
  }
  return out;
}

function unionRoles(a: Record<string, number[]>, b: Record<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const role of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    out[role] = [...new Set([...(a[role] ?? []), ...(b[role] ?? [])])].sort((x, y) => x - y);
  }
  return out;
}

function categoriesOf(claim: Pick<ClaimInput, "items">): string[] {
  return [...new Set(claim.items.map((i) => i.category))].sort();
}

function categoriesMeet(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((c) => b.includes(c));
}

function timesMeet(aStart?: string, aEnd?: string, bStart?: string, bEnd?: string): boolean {
  if (!aStart || !aEnd || !bStart || !bEnd) return true;
  return aStart <= bEnd && bStart <= aEnd;
}

function stronger<T>(rank: readonly T[], a: T, b: T): T {
  return rank.indexOf(b) > rank.indexOf(a) ? b : a;
}

/** The fact a claim joins among `candidates` (same type and core roles), merged in place; or a new fact. */
function mergeInto(claim: ClaimInput & { id: number }, candidates: FactRow[], roles: Record<string, number[]>, key: string, cats: string[]): FactRow {
  const fact = candidates.find((f) => f.polarity === claim.polarity);
  if (!fact) {
    return {
      id: claim.id, type: claim.type, rolesKey: key, roles, categories: cats, status: claim.status, statuses: [claim.status],
      certainty: claim.certainty, polarity: claim.polarity, timeStart: claim.timeStart, timeEnd: claim.timeEnd,
      sources: 0, independentSources: 0, claimCount: 1,
    };
  }
  fact.roles = unionRoles(fact.roles, roles);
  fact.categories = [...new Set([...fact.categories, ...cats])].sort();
  if (!fact.statuses.includes(claim.status)) fact.statuses.push(claim.status);
  fact.status = stronger(STATUS_RANK, fact.status, claim.status);
  fact.certainty = stronger(CERTAINTY_RANK, fact.certainty, claim.certainty);
  if (claim.timeStart && (!fact.timeStart || claim.timeStart < fact.timeStart)) fact.timeStart = claim.timeStart;
  if (claim.timeEnd && (!fact.timeEnd || claim.timeEnd > fact.timeEnd)) fact.timeEnd = claim.timeEnd;
  fact.claimCount++;
  return fact;
}

function contradictions(fact: FactRow, candidates: FactRow[]): FactLink[] {
  return candidates.filter((o) => o.polarity !== fact.polarity).map((o) => {
    const [from, to] = o.id < fact.id ? [o.id, fact.id] : [fact.id, o.id];
    return { from, to, relation: "contradicts" as const };
  });
}

/** Facts a batch has made or grown and the claims it assigned, kept in memory until the batch is written. */
export interface FactWrites {
  /** Facts stored before the batch that its claims may join, by type and core-roles key (see loadStoredFacts). */
  stored: Map<string, FactRow[]>;
  touched: Map<number, FactRow>;
  /** Touched facts by type and core-roles key (which never change), for the later claims of the batch. */
  byKey: Map<string, FactRow[]>;
  /** Role fillers stored for each touched fact before this batch (none for a new fact). */
  storedRoles: Map<number, Record<string, number[]>>;
  claims: (ClaimInput & { id: number; factId: number })[];
  links: FactLink[];
}

export function newFactWrites(): FactWrites {
  return { stored: new Map(), touched: new Map(), byKey: new Map(), storedRoles: new Map(), claims: [], links: [] };
}

/** A claim with its roles resolved to clusters, its fact key and item categories: what merging it needs. */
export interface PlannedClaim {
  claim: ClaimInput & { id: number; factId: number };
  roles: Record<string, number[]>;
  key: string;
  cats: string[];
}

export function planClaim(claim: ClaimInput & { id: number; factId: number }, clusterOf: (docEntityId: number) => number): PlannedClaim {
  const roles = resolvedRoles(claim.roles, clusterOf);
  return { claim, roles, key: rolesKey(claim.type, roles), cats: categoriesOf(claim) };
}

/** A claim with a start and an end only meets stored facts whose time overlaps it, or that are undated. */
function storedTimeMeets(f: FactRow, c: ClaimInput): boolean {
  if (!c.timeStart || !c.timeEnd) return true;
  return !f.timeStart || (f.timeStart <= c.timeEnd && f.timeEnd !== undefined && f.timeEnd >= c.timeStart);
}

/** Fetches, in one round trip, the stored facts the batch's claims may join. */
export async function loadStoredFacts(tx: StoreTx, planned: PlannedClaim[], w: FactWrites): Promise<void> {
  const queries = planned.map(({ claim: c, key }) => ({ type: c.type, rolesKey: key, ...(c.timeStart && c.timeEnd ? { start: c.timeStart, end: c.timeEnd } : {}) }));
  for (const f of await tx.findFactsByKeys(queries)) {
    const k = `${f.type}|${f.rolesKey}`;
    const list = w.stored.get(k);
    if (list) list.push(f); else w.stored.set(k, [f]);
  }
}

/**
 * Puts a new document's claims into facts, one after the other (a claim sees the facts this and earlier documents of
 * the batch made or grew), in memory, after loadStoredFacts; `writeFacts` stores the batch. Returns each claim's fact id.
 */
export function assignDocumentClaims(planned: PlannedClaim[], w: FactWrites): number[] {
  const out: number[] = [];
  for (const { claim, roles, key, cats } of planned) {
    const k = `${claim.type}|${key}`;
    // As findFactsByKey would answer now: stored facts of the key overlapping the claim, with what the batch did to them.
    const pool = new Map<number, FactRow>();
    for (const f of w.stored.get(k) ?? []) if (w.touched.has(f.id) || storedTimeMeets(f, claim)) pool.set(f.id, w.touched.get(f.id) ?? f);
    for (const f of w.byKey.get(k) ?? []) pool.set(f.id, f);
    const candidates = [...pool.values()].sort((a, b) => a.id - b.id).filter(
      (f) => categoriesMeet(f.categories, cats) && timesMeet(f.timeStart, f.timeEnd, claim.timeStart, claim.timeEnd),
    );
    // The roles of the fact this claim grows, if any, as they were before (mergeInto replaces the object).
    const rolesBefore = candidates.find((f) => f.polarity === claim.polarity)?.roles ?? {};
    const fact = mergeInto(claim, candidates, roles, key, cats);
    if (!w.touched.has(fact.id)) {
      w.storedRoles.set(fact.id, fact.id === claim.id ? {} : rolesBefore);
      w.touched.set(fact.id, fact);
      const list = w.byKey.get(k);
      if (list) list.push(fact); else w.byKey.set(k, [fact]);
    }
    claim.factId = fact.id;
    w.claims.push(claim);
    w.links.push(...contradictions(fact, candidates));
    out.push(fact.id);
  }
  return out;
}

/** Stores a batch's claims and the facts they made or grew, with their source counts, new roles and links. */
export async function writeFacts(tx: StoreTx, w: FactWrites): Promise<void> {
  if (w.claims.length) await tx.insertClaims(w.claims);
  const facts = [...w.touched.values()];
  await saveWithCounts(tx, facts, (f) => missingRoles(w.storedRoles.get(f.id) ?? {}, f.roles));
  if (w.links.length) await tx.addFactLinks(w.links);
}

/** Saves facts after counting their sources among their stored claims (a fact of one claim has one). */
async function saveWithCounts(tx: StoreTx, facts: FactRow[], newRoles: (f: FactRow) => Record<string, number[]>): Promise<void> {
  if (!facts.length) return;
  const counts = await tx.factSourceCounts(facts.filter((f) => f.claimCount > 1).map((f) => f.id));
  for (const f of facts) {
    const c = f.claimCount > 1 ? counts.get(f.id) : undefined;
    f.sources = c?.sources ?? 1;
    f.independentSources = c?.independent ?? 1;
  }
  await tx.saveFacts(facts.map((fact) => ({ fact, newRoles: newRoles(fact) })));
}

/** Moves one stored claim into its fact (rebuilds), and links facts it contradicts. Returns the fact id. */
export async function assignClaim(tx: StoreTx, claim: ClaimInput & { id: number }, clusterOf: (docEntityId: number) => number): Promise<number> {
  const roles = resolvedRoles(claim.roles, clusterOf);
  const key = rolesKey(claim.type, roles);
  const cats = categoriesOf(claim);
  const candidates = (await tx.findFactsByKey(claim.type, key, claim.timeStart, claim.timeEnd)).filter(
    (f) => categoriesMeet(f.categories, cats) && timesMeet(f.timeStart, f.timeEnd, claim.timeStart, claim.timeEnd),
  );
  const before = candidates.find((f) => f.polarity === claim.polarity)?.roles;
  const fact = mergeInto(claim, candidates, roles, key, cats);
  await tx.setClaimFact(claim.id, fact.id);
  await saveWithCounts(tx, [fact], () => (before ? missingRoles(before, roles) : roles));
  const links = contradictions(fact, candidates);
  if (links.length) await tx.addFactLinks(links);
  return fact.id;
}

/** A document's own links between its facts (in exchange for, contradicts) as links between the stored facts. */
export function documentFactLinks(links: { from: string; to: string; relation: string }[], factOfLocal: Map<string, number>): FactLink[] {
  const out: FactLink[] = [];
  for (const l of links) {
    const from = factOfLocal.get(l.from), to = factOfLocal.get(l.to);
    if (from === undefined || to === undefined || from === to) continue;
    if (l.relation !== "in_exchange_for" && l.relation !== "contradicts" && l.relation !== "same_as") continue;
    out.push({ from, to, relation: l.relation });
  }
  return out;
}

/** Rebuilds every fact from the stored claims, in ingest order, with the current entity clusters. */
export async function rebuildFacts(tx: StoreTx, clusterOf: (docEntityId: number) => number): Promise<number> {
  await tx.clearFacts();
  let after = 0;
  let docId = "";
  let factOfLocal = new Map<string, number>();
  const flush = async (): Promise<void> => {
    if (!docId) return;
    const links = documentFactLinks(await tx.claimLinksOfDocument(docId), factOfLocal);
    if (links.length) await tx.addFactLinks(links);
  };
  let n = 0;
  for (;;) {
    const page: ClaimRow[] = await tx.listClaims(after, 2000);
    if (!page.length) break;
    for (const c of page) {
      if (c.docId !== docId) {
        await flush();
        docId = c.docId;
        factOfLocal = new Map();
      }
      factOfLocal.set(c.localId, await assignClaim(tx, c, clusterOf));
      n++;
      after = c.id;
    }
  }
  await flush();
  return n;
}

export type { FactRow };
