// The shapes the JSON API answers with: imported by the server routes and by the web UI (web/src), never copied.
export type { EntityProfile, EntityRef, EvidenceView, FactView } from "../graph/queries.js";
export type { EntityGraph, GraphEdge, GraphNode } from "../graph/neighbourhood.js";
export type { DocumentView, EvidenceSpan } from "../graph/documents.js";
export type { Ontology, LineStyle } from "../graph/ontology.js";
export type { DocumentRow, EntityRow, SearchHit, StoreStats, ScreeningHitRow } from "../store/types.js";
export type { NameHit, ScreenKind } from "./screener.js";
export type { YenteMatchRequest, YenteMatchResponse } from "./yente.js";
export type { ErrorBody } from "./errors.js";

import type { NameHit } from "./screener.js";

export interface ScreenResponse {
  query: string;
  datasets: { name: string; entries: number; version?: string }[];
  hits: NameHit[];
}

export interface IngestResponse {
  status: "new" | "duplicate";
  docId: string;
  entities?: number;
  facts?: number;
  title?: string;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
}
