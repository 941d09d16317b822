// OpenSanctions yente's /match/{dataset} request and response shapes, mapped onto the NameScreener.
import { BadInputError, NotFoundError } from "../errors.js";
import type { NameHit, NameScreener, ScreenKind } from "./screener.js";

/** One query as yente takes it: an FtM entity example. */
export interface YenteEntityExample {
  id?: string;
  schema: string;
  properties: Record<string, string[] | string>;
}

export interface YenteMatchRequest {
  queries: Record<string, YenteEntityExample>;
}

export interface YenteResult {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
  score: number;
  match: boolean;
  features: Record<string, number>;
  /** Dossier's addition: why it matched, in words. */
  explanations: string[];
}

export interface YenteResponse {
  status: number;
  results: YenteResult[];
  total: { value: number; relation: "eq" };
  query: YenteEntityExample;
}

export interface YenteMatchResponse {
  responses: Record<string, YenteResponse>;
  matcher: { name: string; version: string };
  limit: number;
}

const SCHEMA_KIND: Record<string, ScreenKind> = {
  Person: "person", Company: "company", Organization: "organization", LegalEntity: "unknown", Vessel: "vessel", Airplane: "aircraft", Thing: "unknown",
};
const KIND_SCHEMA: Record<ScreenKind, string> = {
  person: "Person", company: "Company", organization: "Organization", vessel: "Vessel", aircraft: "Airplane", unknown: "LegalEntity",
};

const list = (v: string[] | string | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** "default" and "sanctions" mean every list loaded; any other name must be a loaded list. */
async function datasetFilter(screener: NameScreener, dataset: string): Promise<(h: NameHit) => boolean> {
  if (dataset === "default" || dataset === "sanctions") return () => true;
  const known = (await screener.datasets()).map((d) => d.name);
  if (!known.includes(dataset)) throw new NotFoundError(`no dataset "${dataset}": use default, sanctions or one of ${known.join(", ") || "(none loaded)"}`);
  return (h) => h.source === dataset;
}

function resultOf(h: NameHit, threshold: number): YenteResult {
  const properties: Record<string, string[]> = { name: [h.name] };
  if (h.aliases?.length) properties.alias = h.aliases;
  if (h.birthDates?.length) properties.birthDate = h.birthDates;
  if (h.countries?.length) properties.country = h.countries;
  if (h.programs.length) properties.program = h.programs;
  return {
    id: `${h.source}-${h.entryId}`, caption: h.name, schema: KIND_SCHEMA[h.kind], properties, datasets: [h.source], referents: [],
    target: true, first_seen: null, last_seen: null, last_change: null, score: h.score, match: h.score >= threshold,
    features: { name_match: h.score }, explanations: h.reasons,
  };
}

export function parseMatchRequest(body: unknown): YenteMatchRequest {
  const queries = (body as { queries?: unknown } | null)?.queries;
  if (!queries || typeof queries !== "object" || Array.isArray(queries)) throw new BadInputError('the body must be {"queries": {"<key>": {"schema": "Person", "properties": {"name": ["…"]}}}}');
  const out: Record<string, YenteEntityExample> = {};
  const entries = Object.entries(queries as Record<string, unknown>);
  if (entries.length > 100) throw new BadInputError("at most 100 queries per request");
  for (const [key, q] of entries) {
    const ex = q as Partial<YenteEntityExample> | null;
    if (!ex || typeof ex !== "object" || typeof ex.schema !== "string" || !ex.properties || typeof ex.properties !== "object") {
      throw new BadInputError(`query "${key}" needs a schema and properties`);
    }
    out[key] = { ...(ex.id ? { id: String(ex.id) } : {}), schema: ex.schema, properties: ex.properties };
  }
  return { queries: out };
}

/** Answers a yente match request: each query's names screened, the best hit per entry kept, ranked by score. */
export async function yenteMatch(screener: NameScreener, dataset: string, req: YenteMatchRequest, limit = 5, threshold = 0.7): Promise<YenteMatchResponse> {
  const keep = await datasetFilter(screener, dataset);
  const responses: Record<string, YenteResponse> = {};
  for (const [key, q] of Object.entries(req.queries)) {
    const props = q.properties;
    const names = [...list(props.name), ...list(props.alias)].filter((n) => n.trim()).slice(0, 10);
    const dob = list(props.birthDate)[0];
    const country = [...list(props.nationality), ...list(props.country), ...list(props.jurisdiction)][0];
    const kind = SCHEMA_KIND[q.schema] ?? "unknown";
    const best = new Map<string, NameHit>();
    for (const name of names) {
      for (const h of await screener.screen({ name, kind, limit: limit * 2, threshold: Math.min(threshold, 0.5), ...(dob ? { dob } : {}), ...(country ? { country } : {}) })) {
        if (!keep(h)) continue;
        const k = `${h.source}:${h.entryId}`;
        const prev = best.get(k);
        if (!prev || prev.score < h.score) best.set(k, h);
      }
    }
    const results = [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit).map((h) => resultOf(h, threshold));
    responses[key] = names.length
      ? { status: 200, results, total: { value: results.length, relation: "eq" }, query: q }
      : { status: 400, results: [], total: { value: 0, relation: "eq" }, query: q };
  }
  return { responses, matcher: { name: "dossier", version: "1" }, limit };
}
