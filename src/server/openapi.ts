// The OpenAPI 3.1 description of the JSON API, served at /openapi.json (a test checks every route is in it).
const json = (ref: string, description = "OK") => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
const q = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }, required = false) => ({ name, in: "query", required, description, schema });
const p = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });
const errors = { "400": json("Error", "Bad input"), "404": json("Error", "Not found") };
const limit = (def: number, max: number) => q("limit", `How many (default ${def}, at most ${max})`, { type: "integer", minimum: 1, maximum: max, default: def });
const offset = q("offset", "Skip this many", { type: "integer", minimum: 0, default: 0 });
const loose = { type: "object", additionalProperties: true };

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Dossier API",
    version: "0.1.0",
    description: "Documents, entities, facts with evidence, the graph around an entity, full-text search and sanctions screening over a store built by `dossier ingest`. Writes need `Authorization: Bearer $DOSSIER_TOKEN`.",
  },
  servers: [{ url: "/" }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Error: { type: "object", required: ["error"], properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } } },
      Document: { type: "object", required: ["id", "seq", "chars", "publisher"], properties: { id: { type: "string", description: "sha256:<hex> of the text" }, seq: { type: "integer" }, title: { type: "string" }, published: { type: "string" }, url: { type: "string" }, source: { type: "string" }, publisher: { type: "string" }, chars: { type: "integer" }, ingestedAt: { type: "string" } } },
      DocumentPage: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Document" } }, limit: { type: "integer" }, offset: { type: "integer" } } },
      DocumentView: { type: "object", required: ["document", "text", "spans", "facts"], properties: { document: { $ref: "#/components/schemas/Document" }, text: { type: "string" }, spans: { type: "array", items: { type: "object", properties: { start: { type: "integer" }, end: { type: "integer" }, fact: { type: "integer" }, claim: { type: "integer" }, type: { type: "string" }, status: { type: "string" }, certainty: { type: "string" }, rule: { type: "string" } } } }, facts: { type: "array", items: { $ref: "#/components/schemas/Fact" } } } },
      Entity: { type: "object", required: ["id", "type", "name", "docCount"], properties: { id: { type: "integer" }, type: { type: "string" }, name: { type: "string" }, country: { type: "string" }, docCount: { type: "integer" } } },
      EntityPage: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Entity" } }, limit: { type: "integer" }, offset: { type: "integer" } } },
      Fact: { type: "object", description: "A fact merged from the claims of one or more documents, with evidence quotes", properties: { id: { type: "integer" }, type: { type: "string" }, status: { type: "string" }, statuses: { type: "array", items: { type: "string" } }, certainty: { type: "string" }, roles: { type: "object", additionalProperties: { type: "array", items: loose } }, items: { type: "array", items: loose }, time: loose, sources: { type: "integer" }, independentSources: { type: "integer" }, claims: { type: "integer" }, evidence: { type: "array", items: { type: "object", properties: { quote: { type: "string" }, docId: { type: "string" }, title: { type: "string" }, start: { type: "integer" }, end: { type: "integer" }, status: { type: "string" }, certainty: { type: "string" }, rule: { type: "string" } } } }, links: { type: "array", items: loose } } },
      Profile: { type: "object", properties: { entity: { $ref: "#/components/schemas/Entity" }, names: { type: "array", items: { type: "string" } }, positions: { type: "array", items: { type: "string" } }, alsoMatching: { type: "array", items: { $ref: "#/components/schemas/Entity" } }, roleCounts: { type: "object", additionalProperties: { type: "integer" } }, facts: { type: "array", items: { type: "object", properties: { role: { type: "string" }, fact: { $ref: "#/components/schemas/Fact" } } } }, contradictions: { type: "array", items: loose }, screening: { type: "array", items: loose } } },
      Graph: { type: "object", properties: { center: { type: "integer" }, depth: { type: "integer" }, truncated: { type: "boolean" }, nodes: { type: "array", items: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" }, type: { type: "string" }, country: { type: "string" }, depth: { type: "integer" }, listHits: { type: "integer" }, sanctioned: { type: "boolean" } } } }, edges: { type: "array", items: { type: "object", properties: { id: { type: "string" }, fact: { type: "integer" }, type: { type: "string" }, role: { type: "string" }, source: { type: "integer" }, target: { type: "integer" }, status: { type: "string" }, certainty: { type: "string" }, polarity: { type: "string" } } } } } },
      SearchHit: { type: "object", properties: { docId: { type: "string" }, title: { type: "string" }, published: { type: "string" }, url: { type: "string" }, snippet: { type: "string", description: "matches between [ and ]" }, rank: { type: "number" } } },
      NameHit: { type: "object", properties: { source: { type: "string" }, entryId: { type: "string" }, name: { type: "string" }, matchedName: { type: "string" }, score: { type: "number" }, reasons: { type: "array", items: { type: "string" } }, kind: { type: "string" }, programs: { type: "array", items: { type: "string" } } } },
      ScreenResponse: { type: "object", properties: { query: { type: "string" }, datasets: { type: "array", items: loose }, hits: { type: "array", items: { $ref: "#/components/schemas/NameHit" } } } },
      IngestRequest: { type: "object", required: ["text"], properties: { text: { type: "string", description: "Plain text; a 'Title:'/'Published:' header is split off" }, title: { type: "string" }, published: { type: "string" }, url: { type: "string" } } },
      IngestResponse: { type: "object", properties: { status: { enum: ["new", "duplicate"] }, docId: { type: "string" }, entities: { type: "integer" }, facts: { type: "integer" } } },
      YenteMatchRequest: { type: "object", required: ["queries"], properties: { queries: { type: "object", additionalProperties: { type: "object", required: ["schema", "properties"], properties: { schema: { type: "string", examples: ["Person", "Company", "LegalEntity"] }, properties: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } } } } } } },
      YenteMatchResponse: { type: "object", properties: { responses: { type: "object", additionalProperties: { type: "object", properties: { status: { type: "integer" }, results: { type: "array", items: loose }, total: loose, query: loose } } }, matcher: loose, limit: { type: "integer" } } },
      Ontology: loose,
      Health: loose,
    },
  },
  paths: {
    "/healthz": { get: { summary: "The process is up", responses: { "200": json("Health") } } },
    "/readyz": { get: { summary: "The store answers", responses: { "200": json("Health"), "503": json("Error", "Store not usable") } } },
    "/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
    "/api/ontology": { get: { summary: "Entity and fact types with labels, colours and edge direction", responses: { "200": json("Ontology") } } },
    "/api/stats": { get: { summary: "Counts of documents, entities, facts", responses: { "200": json("Health") } } },
    "/api/documents": {
      get: { summary: "Documents, newest first", parameters: [limit(50, 500), offset], responses: { "200": json("DocumentPage"), ...errors } },
      post: {
        summary: "Ingest one text (extracted, resolved, merged, screened)", security: [{ bearer: [] }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/IngestRequest" } }, "text/plain": { schema: { type: "string" } } } },
        responses: { "201": json("IngestResponse", "Stored"), "200": json("IngestResponse", "Already stored"), "401": json("Error", "No or wrong token"), "403": json("Error", "Writes disabled (no DOSSIER_TOKEN)"), "413": json("Error", "Body too large"), ...errors },
      },
    },
    "/api/documents/{id}": { get: { summary: "One document: text, evidence spans, the facts it supports", parameters: [p("id", "sha256:<hex>")], responses: { "200": json("DocumentView"), ...errors } } },
    "/api/entities": { get: { summary: "Entities, most documented first", parameters: [limit(50, 500), offset], responses: { "200": json("EntityPage"), ...errors } } },
    "/api/entities/search": { get: { summary: "Entities a name, alias, acronym, prefix or #id may mean", parameters: [q("q", "name", { type: "string" }, true), limit(20, 100)], responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Entity" } } } } }, ...errors } } },
    "/api/entities/{ref}": { get: { summary: "Profile: names, positions, facts by role with evidence, contradictions, list hits (as `dossier entity`)", parameters: [p("ref", "#id, id, name, alias or acronym"), limit(50, 500), q("evidence", "evidence quotes per fact", { type: "integer", minimum: 0, maximum: 20, default: 3 })], responses: { "200": json("Profile"), ...errors } } },
    "/api/entities/{ref}/graph": { get: { summary: "The graph around an entity to a depth", parameters: [p("ref", "#id, id or name"), q("depth", "1–3", { type: "integer", minimum: 1, maximum: 3, default: 1 }), q("facts", "facts followed per entity", { type: "integer", minimum: 1, maximum: 500, default: 40 })], responses: { "200": json("Graph"), ...errors } } },
    "/api/facts": {
      get: {
        summary: "Facts with filters (as `dossier facts`)",
        parameters: [q("entity", "name or #id taking any role"), q("type", "fact type"), q("status", "e.g. delivered"), q("since", "YYYY[-MM[-DD]]"), q("until", "YYYY[-MM[-DD]]"), limit(100, 1000), offset],
        responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Fact" } } } } }, ...errors },
      },
    },
    "/api/facts/{id}": { get: { summary: "One fact with up to 20 evidence quotes", parameters: [p("id", "fact id")], responses: { "200": json("Fact"), ...errors } } },
    "/api/search": { get: { summary: "Full-text search over document titles and text", parameters: [q("q", "words", { type: "string" }, true), limit(20, 100)], responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/SearchHit" } } } } }, ...errors } } },
    "/api/screen": { get: { summary: "Screen a name against the loaded lists: ranked hits with reasons", parameters: [q("q", "name", { type: "string" }, true), q("kind", "person, company, organization, vessel, aircraft"), q("dob", "YYYY[-MM[-DD]]"), q("country", "ISO code"), limit(10, 100), q("threshold", "0–1", { type: "number", default: 0.6 })], responses: { "200": json("ScreenResponse"), ...errors } } },
    "/match/{dataset}": {
      post: {
        summary: "yente-compatible matching (OpenSanctions' /match/{dataset}): existing yente clients can point here",
        parameters: [p("dataset", "default, sanctions, or a loaded list name"), q("limit", "results per query", { type: "integer", default: 5 }), q("threshold", "match threshold", { type: "number", default: 0.7 })],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/YenteMatchRequest" } } } },
        responses: { "200": json("YenteMatchResponse"), ...errors },
      },
    },
  },
} as const;
