// Typed calls to the JSON API; the types come from the server's own module (src/server/api-types.ts).
import type {
  DocumentRow, DocumentView, EntityGraph, EntityProfile, EntityRow, ErrorBody, FactView, Ontology, Page, ScreenResponse, SearchHit,
} from "../../src/server/api-types.js";

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") qs.set(k, String(v));
  const res = await fetch(path + (qs.size ? `?${qs}` : ""), { headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => ({}))) as unknown;
  if (!res.ok) throw new ApiError(res.status, (body as ErrorBody).error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  ontology: () => get<Ontology>("/api/ontology"),
  searchEntities: (q: string) => get<EntityRow[]>("/api/entities/search", { q, limit: 20 }),
  entities: (limit = 30) => get<Page<EntityRow>>("/api/entities", { limit }),
  profile: (ref: string) => get<EntityProfile>(`/api/entities/${enc(ref)}`, { limit: 100 }),
  graph: (ref: string, depth: number) => get<EntityGraph>(`/api/entities/${enc(ref)}/graph`, { depth }),
  facts: (params: { entity?: string; type?: string; limit?: number }) => get<FactView[]>("/api/facts", params),
  fact: (id: number) => get<FactView>(`/api/facts/${id}`),
  search: (q: string) => get<SearchHit[]>("/api/search", { q, limit: 20 }),
  documents: (limit = 50) => get<Page<DocumentRow>>("/api/documents", { limit }),
  document: (id: string) => get<DocumentView>(`/api/documents/${enc(id)}`),
  screen: (q: string, kind?: string) => get<ScreenResponse>("/api/screen", { q, kind, limit: 10 }),
};

let ontology: Promise<Ontology> | undefined;
/** The ontology, fetched once. */
export function getOntology(): Promise<Ontology> {
  return (ontology ??= api.ontology());
}
