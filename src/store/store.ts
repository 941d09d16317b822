// The one storage interface: shared logic (src/graph, src/ingest) talks only to this; each backend implements it.
import type {
  ClaimInput, ClaimRow, Decision, DecisionInput, DocEntityInput, DocEntityRow, DocumentInput, DocumentRow,
  EntityRow, FactFilter, FactLink, FactRow, ListEntryInput, ScreeningHitInput, ScreeningHitRow,
  SearchHit, StoreStats,
} from "./types.js";

/** Operations available inside a write transaction. Every method is async so that a networked backend fits. */
export interface StoreTx {
  // documents
  hasDocument(id: string): Promise<boolean>;
  /** Which of these content hashes the store already holds (one round trip for a batch). */
  knownDocuments(ids: string[]): Promise<Set<string>>;
  /** Inserts documents numbered `firstSeq`, `firstSeq + 1`, … (from allocateIds) and indexes their text for search. */
  insertDocuments(docs: DocumentInput[], firstSeq: number): Promise<void>;

  // entities as each document saw them, and their resolution
  /**
   * Reserves `n` consecutive ids for new rows of a table inside this transaction and returns the first; ids are known
   * before the rows are written, so a document's rows go in with a few multi-row statements.
   */
  allocateIds(table: "documents" | "doc_entities" | "claims", n: number): Promise<number>;
  insertDocEntities(rows: (DocEntityInput & { id: number; entityId: number })[]): Promise<void>;
  setDocEntityCluster(docEntityId: number, entityId: number): Promise<void>;
  /** Entities having any of `keys`, one row per (key, entity). */
  findEntitiesByKeys(keys: string[]): Promise<{ key: string; entity: EntityRow }[]>;
  addEntityKeys(pairs: { key: string; entityId: number }[]): Promise<void>;
  getEntities(ids: number[]): Promise<EntityRow[]>;
  /** Every distinct name and alias the member document entities use. */
  namesOf(entityId: number): Promise<string[]>;
  upsertEntity(row: EntityRow): Promise<void>;
  insertEntities(rows: EntityRow[]): Promise<void>;
  /** `n` more documents mention each of these entities. */
  addDocCounts(deltas: { entityId: number; n: number }[]): Promise<void>;
  setEntityCountry(entityId: number, country: string): Promise<void>;
  appendDecision(d: DecisionInput): Promise<number>;
  /** Appends several decisions in order (one round trip). */
  appendDecisions(ds: DecisionInput[]): Promise<void>;
  nextBatch(): Promise<number>;

  // facts: document-level claims merged into store-level facts
  /** Stores claims (ids from allocateIds) in their facts, with their evidence spans. */
  insertClaims(claims: (ClaimInput & { id: number; factId: number })[]): Promise<void>;
  setClaimFact(claimId: number, factId: number): Promise<void>;
  /** Facts of this type and core-roles key whose time overlaps [start, end]; an undated fact or query overlaps all. */
  findFactsByKey(type: string, rolesKey: string, start?: string, end?: string): Promise<FactRow[]>;
  /** The facts findFactsByKey would give for any of the queries, each once (one round trip for a batch). */
  findFactsByKeys(queries: { type: string; rolesKey: string; start?: string; end?: string }[]): Promise<FactRow[]>;
  /** Inserts or updates facts; `newRoles` are role fillers not stored for the fact yet. */
  saveFacts(facts: { fact: FactRow; newRoles: Record<string, number[]> }[]): Promise<void>;
  /** Distinct documents and publishers among the claims of each fact. */
  factSourceCounts(factIds: number[]): Promise<Map<number, { sources: number; independent: number }>>;
  /** Adds links between facts; a link already stored is skipped. */
  addFactLinks(links: FactLink[]): Promise<void>;
  insertClaimLinks(links: { docId: string; from: string; to: string; relation: string }[]): Promise<void>;

  // rebuilding derived state (entities and facts) from the log and the claims
  listDocEntities(): Promise<DocEntityRow[]>;
  listDecisions(): Promise<Decision[]>;
  clearEntities(): Promise<void>;
  clearFacts(): Promise<void>;
  listClaims(afterId: number, limit: number): Promise<ClaimRow[]>;
  claimLinksOfDocument(docId: string): Promise<{ from: string; to: string; relation: string }[]>;

  // lists and screening: for the screening engine's list import (not called by the store itself)
  insertListEntries(entries: ListEntryInput[]): Promise<number>;
  replaceScreeningHits(entityId: number, hits: ScreeningHitInput[]): Promise<void>;
}

/** Read operations, usable outside a transaction. */
export interface StoreReader {
  stats(): Promise<StoreStats>;
  getDocuments(ids: string[]): Promise<DocumentRow[]>;
  getDocumentTexts(ids: string[]): Promise<Map<string, string>>;
  getEntity(id: number): Promise<EntityRow | undefined>;
  getEntities(ids: number[]): Promise<EntityRow[]>;
  /** Entities with a name or alias whose normalised key is `key`. */
  entitiesByKey(key: string): Promise<EntityRow[]>;
  entitiesByNamePrefix(prefix: string, limit: number): Promise<EntityRow[]>;
  docEntitiesOf(entityId: number): Promise<DocEntityRow[]>;
  /** Distinct names, aliases and positions over an entity's members, most used first (cheap for hubs). */
  nameVariants(entityId: number): Promise<{ names: string[]; positions: string[] }>;
  listEntities(limit: number, offset: number): Promise<EntityRow[]>;
  getFacts(ids: number[]): Promise<FactRow[]>;
  listFacts(filter: FactFilter): Promise<FactRow[]>;
  /** Facts where the entity fills a role, as (factId, role) pairs, most sourced first (a backend may bound the scan for hubs). */
  factRolesOf(entityId: number, limit: number): Promise<{ factId: number; role: string }[]>;
  countFactRolesOf(entityId: number): Promise<Record<string, number>>;
  /** Claims of each fact, first ingested first, at most `perFact` each. */
  claimsOf(factIds: number[], perFact?: number): Promise<ClaimRow[]>;
  linksOf(factIds: number[]): Promise<FactLink[]>;
  screeningHitsOf(entityId: number): Promise<ScreeningHitRow[]>;
  listDecisions(): Promise<Decision[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** Streams every entity / fact in id order, in pages, for exports. */
  iterateEntities(pageSize?: number): AsyncIterable<EntityRow>;
  iterateFacts(pageSize?: number): AsyncIterable<FactRow>;

  // reads for the web app and HTTP API
  /** Documents, newest ingested first. */
  listDocuments(limit: number, offset: number): Promise<DocumentRow[]>;
  /** Every claim a document made, with its evidence spans, in document order. */
  claimsOfDocument(docId: string): Promise<ClaimRow[]>;
  /** List entries loaded into the store, in (list, entry) order. */
  listEntries(limit: number, offset: number): Promise<ListEntryInput[]>;
}

export interface Store extends StoreReader {
  readonly kind: string;
  readonly location: string;
  /** Runs `fn` in one write transaction: all of it is stored, or none of it. */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
