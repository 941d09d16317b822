// Row shapes that cross the Store interface: what every backend stores and returns.
import type { Certainty, EntityType, FactType, Item, Span } from "../extract/types.js";

export type Polarity = "positive" | "negative";

export interface DocumentInput {
  /** "sha256:<hex>" of the text: the content hash that makes re-ingest a no-op. */
  id: string;
  text: string;
  title?: string;
  published?: string;
  url?: string;
  /** Where it came from: a file path, "file:line" for JSONL, "feed#n" for feeds. */
  source?: string;
  /** Publisher key (URL host, else source) used to count independent sources. */
  publisher: string;
}

export interface DocumentRow extends Omit<DocumentInput, "text"> {
  seq: number;
  chars: number;
  ingestedAt: string;
}

export interface DocEntityInput {
  docId: string;
  localId: string;
  type: EntityType;
  name: string;
  country?: string;
  aliases: string[];
  positions: string[];
  mentions: Span[];
}

/** One entity as one document saw it; `entityId` is the cluster it is resolved into. */
export interface DocEntityRow extends DocEntityInput {
  id: number;
  entityId: number;
}

/** A resolved entity (a cluster of document entities); its id is the id of its first member. */
export interface EntityRow {
  id: number;
  type: EntityType;
  name: string;
  country?: string;
  docCount: number;
}

export type DecisionKind = "same" | "not_same" | "revert";
export type Actor = "rule" | "user";

export interface DecisionInput {
  kind: DecisionKind;
  /** Document-entity ids; for "revert", `target` is the decision sequence number undone. */
  a?: number;
  b?: number;
  target?: number;
  actor: Actor;
  rule: string;
  reason?: string;
  /** Decisions taken together (one user command) share a batch and are undone together. */
  batch?: number;
}

export interface Decision extends DecisionInput {
  seq: number;
  createdAt: string;
}

export interface ClaimInput {
  docId: string;
  localId: string;
  type: FactType;
  /** Role name → document-entity ids. */
  roles: Record<string, number[]>;
  items: Item[];
  status: string;
  certainty: Certainty;
  polarity: Polarity;
  attributedTo: number[];
  timeText?: string;
  timeStart?: string;
  timeEnd?: string;
  rule: string;
  rules: string[];
  evidence: Span[];
  /** The publisher of the claim's document. */
  publisher: string;
}

export interface ClaimRow extends ClaimInput {
  id: number;
  factId: number;
  docSeq: number;
}

export interface FactRow {
  id: number;
  type: FactType;
  /** Canonical "role=id,id|role=id" over resolved entity ids. */
  rolesKey: string;
  roles: Record<string, number[]>;
  categories: string[];
  status: string;
  statuses: string[];
  certainty: Certainty;
  polarity: Polarity;
  timeStart?: string;
  timeEnd?: string;
  sources: number;
  independentSources: number;
  claimCount: number;
}

export type FactLinkRelation = "in_exchange_for" | "contradicts" | "same_as";

export interface FactLink {
  from: number;
  to: number;
  relation: FactLinkRelation;
}

export interface FactFilter {
  entityIds?: number[];
  type?: string;
  status?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  docId: string;
  title?: string;
  published?: string;
  url?: string;
  snippet: string;
  rank: number;
}

export interface ListEntryInput {
  list: string;
  version: string;
  entryId: string;
  name: string;
  schema: string;
  data: unknown;
}

export interface ScreeningHitInput {
  entityId: number;
  list: string;
  version: string;
  entryId: string;
  name: string;
  matchedName: string;
  score: number;
  reasons: string[];
}

export interface ScreeningHitRow extends ScreeningHitInput {
  screenedAt: string;
}

export interface StoreStats {
  documents: number;
  entities: number;
  docEntities: number;
  claims: number;
  facts: number;
  decisions: number;
}
