// The HTTP app: JSON API routes as thin shells over the same functions the CLI calls, the web UI's assets, security headers.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { timingSafeEqual } from "node:crypto";
import { BadInputError, NotFoundError } from "../errors.js";
import { FACT_TYPES } from "../extract/types.js";
import { documentView, listDocuments } from "../graph/documents.js";
import { entityGraph } from "../graph/neighbourhood.js";
import { ONTOLOGY } from "../graph/ontology.js";
import { entityProfile, factViews, findEntities, queryFacts, searchDocuments } from "../graph/queries.js";
import type { Screener as EntityScreener } from "../graph/screening.js";
import { ingestText } from "../ingest/ingest-text.js";
import type { ExtractFn } from "../ingest/process.js";
import type { Store } from "../store/store.js";
import type { IngestResponse, Page, ScreenResponse } from "./api-types.js";
import type { Asset } from "./assets.js";
import { errorResponse } from "./errors.js";
import { OPENAPI } from "./openapi.js";
import { dateParam, intParam, numParam, requiredParam } from "./params.js";
import type { NameScreener, ScreenKind } from "./screener.js";
import { parseMatchRequest, yenteMatch } from "./yente.js";

export interface AppOptions {
  store: Store;
  screener: NameScreener;
  /** Bearer token for writes; without one, writes are refused. */
  token?: string;
  /** Largest request body, in bytes. */
  maxBodyBytes?: number;
  /** The extractor POST /api/documents uses; default the project's (or $DOSSIER_EXTRACTOR). */
  extract?: ExtractFn;
  /** Screens new parties of a POSTed document (the store hook). */
  entityScreener?: EntityScreener;
  /** The built web UI, path → file. */
  assets?: Map<string, Asset>;
  /** Host names (without port) requests may name; others get 421. Guards a loopback server against DNS rebinding. */
  allowedHosts?: string[];
}

export const DEFAULT_MAX_BODY = 1024 * 1024;

/** No inline scripts or styles, nothing from elsewhere: document text can never run. */
export const CSP = {
  defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", "data:"], connectSrc: ["'self'"],
  fontSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"],
};

const KINDS: readonly ScreenKind[] = ["person", "company", "organization", "vessel", "aircraft", "unknown"];

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given), b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createApp(opts: AppOptions): Hono {
  const { store, screener } = opts;
  const app = new Hono();
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;

  app.onError((err, c) => errorResponse(err, c));
  app.notFound((c) => errorResponse(new HTTPException(404, { message: `no route ${c.req.method} ${c.req.path}` }), c));
  if (opts.allowedHosts) {
    const allowed = new Set(opts.allowedHosts.map((h) => h.toLowerCase()));
    app.use("*", async (c, next) => {
      const host = (c.req.header("host") ?? "").toLowerCase().replace(/:\d+$/, "");
      if (!allowed.has(host)) throw new HTTPException(421, { message: `this server answers to ${[...allowed].join(", ")}, not "${host}"` });
      await next();
    });
  }
  app.use("*", secureHeaders({ contentSecurityPolicy: CSP, referrerPolicy: "no-referrer", crossOriginResourcePolicy: "same-origin" }));

  const requireToken = async (c: Context, next: () => Promise<void>): Promise<void> => {
    if (!opts.token) throw new HTTPException(403, { message: "writes are disabled: start the server with DOSSIER_TOKEN set" });
    const m = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "");
    if (!m?.[1] || !sameToken(m[1].trim(), opts.token)) throw new HTTPException(401, { message: "a write needs Authorization: Bearer <DOSSIER_TOKEN>" });
    await next();
  };
  const limitBody = bodyLimit({ maxSize: maxBody, onError: () => { throw new HTTPException(413, { message: `request body over ${maxBody} bytes` }); } });

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      return c.json({ status: "ready", stats: await store.stats() });
    } catch (err) {
      console.error(err);
      return c.json({ error: { code: "not_ready", message: "the store does not answer" } }, 503);
    }
  });
  app.get("/openapi.json", (c) => c.json(OPENAPI));

  const api = new Hono();
  api.get("/ontology", (c) => c.json(ONTOLOGY));
  api.get("/stats", async (c) => c.json(await store.stats()));

  api.get("/documents", async (c) => {
    const limit = intParam(c.req.query("limit"), "limit", 50, 1, 500), offset = intParam(c.req.query("offset"), "offset", 0, 0, 1e9);
    return c.json<Page<unknown>>({ items: await listDocuments(store, limit, offset), limit, offset });
  });
  api.post("/documents", requireToken, limitBody, async (c) => {
    const type = c.req.header("content-type") ?? "";
    let input: { text: string; title?: string; published?: string; url?: string };
    if (type.startsWith("text/plain")) input = { text: await c.req.text() };
    else if (type.startsWith("application/json")) {
      const body = (await c.req.json().catch(() => { throw new BadInputError("the body is not valid JSON"); })) as Record<string, unknown> | null;
      if (!body || typeof body.text !== "string") throw new BadInputError('the body must be {"text": "…", "title"?, "published"?, "url"?}');
      const str = (k: string): string | undefined => (typeof body[k] === "string" ? (body[k] as string) : undefined);
      input = { text: body.text, ...(str("title") ? { title: str("title") } : {}), ...(str("published") ? { published: str("published") } : {}), ...(str("url") ? { url: str("url") } : {}) };
    } else throw new HTTPException(415, { message: "send application/json or text/plain" });
    const res = await ingestText(store, input, { ...(opts.extract ? { extract: opts.extract } : {}), ...(opts.entityScreener ? { screener: opts.entityScreener } : {}) });
    return c.json<IngestResponse>(res, res.status === "new" ? 201 : 200);
  });
  api.get("/documents/:id", async (c) => c.json(await documentView(store, c.req.param("id"))));

  api.get("/entities", async (c) => {
    const limit = intParam(c.req.query("limit"), "limit", 50, 1, 500), offset = intParam(c.req.query("offset"), "offset", 0, 0, 1e9);
    return c.json<Page<unknown>>({ items: await store.listEntities(limit, offset), limit, offset });
  });
  api.get("/entities/search", async (c) => {
    const q = requiredParam(c.req.query("q"), "q");
    const limit = intParam(c.req.query("limit"), "limit", 20, 1, 100);
    try {
      return c.json((await findEntities(store, q)).slice(0, limit));
    } catch (err) {
      if ((err as { code?: string }).code === "not_found") return c.json([]);
      throw err;
    }
  });
  api.get("/entities/:ref", async (c) => {
    const limit = intParam(c.req.query("limit"), "limit", 50, 1, 500);
    // Three quotes per fact by default (what the entity page shows); ?evidence= asks for more.
    const evidencePerFact = intParam(c.req.query("evidence"), "evidence", 3, 0, 20);
    return c.json(await entityProfile(store, c.req.param("ref"), { limit, evidencePerFact }));
  });
  api.get("/entities/:ref/graph", async (c) => {
    const depth = intParam(c.req.query("depth"), "depth", 1, 1, 3);
    const facts = intParam(c.req.query("facts"), "facts", 40, 1, 500);
    return c.json(await entityGraph(store, c.req.param("ref"), { depth, factsPerEntity: facts }));
  });

  api.get("/facts", async (c) => {
    const type = c.req.query("type");
    if (type && !(FACT_TYPES as readonly string[]).includes(type)) throw new BadInputError(`type must be one of ${FACT_TYPES.join(", ")}`);
    const entity = c.req.query("entity"), status = c.req.query("status");
    const since = dateParam(c.req.query("since"), "since", false), until = dateParam(c.req.query("until"), "until", true);
    return c.json(await queryFacts(store, {
      ...(entity ? { entity } : {}), ...(type ? { type } : {}), ...(status ? { status } : {}), ...(since ? { since } : {}), ...(until ? { until } : {}),
      limit: intParam(c.req.query("limit"), "limit", 100, 1, 1000), offset: intParam(c.req.query("offset"), "offset", 0, 0, 1e9),
    }));
  });

  api.get("/facts/:id", async (c) => {
    const id = intParam(c.req.param("id"), "id", 0, 1, Number.MAX_SAFE_INTEGER);
    const [fact] = await factViews(store, await store.getFacts([id]), 20);
    if (!fact) throw new NotFoundError(`no fact #${id} in the store`);
    return c.json(fact);
  });

  api.get("/search", async (c) => c.json(await searchDocuments(store, requiredParam(c.req.query("q"), "q"), intParam(c.req.query("limit"), "limit", 20, 1, 100))));

  api.get("/screen", async (c) => {
    const q = requiredParam(c.req.query("q"), "q");
    const kind = c.req.query("kind");
    if (kind && !(KINDS as readonly string[]).includes(kind)) throw new BadInputError(`kind must be one of ${KINDS.join(", ")}`);
    const dob = c.req.query("dob"), country = c.req.query("country");
    const hits = await screener.screen({
      name: q, limit: intParam(c.req.query("limit"), "limit", 10, 1, 100), threshold: numParam(c.req.query("threshold"), "threshold", 0.6, 0, 1),
      ...(kind ? { kind: kind as ScreenKind } : {}), ...(dob ? { dob } : {}), ...(country ? { country } : {}),
    });
    return c.json<ScreenResponse>({ query: q, datasets: await screener.datasets(), hits });
  });
  app.route("/api", api);

  app.post("/match/:dataset", limitBody, async (c) => {
    const body: unknown = await c.req.json().catch(() => { throw new BadInputError("the body is not valid JSON"); });
    const limit = intParam(c.req.query("limit"), "limit", 5, 1, 100), threshold = numParam(c.req.query("threshold"), "threshold", 0.7, 0, 1);
    return c.json(await yenteMatch(screener, c.req.param("dataset"), parseMatchRequest(body), limit, threshold));
  });

  // The web UI: built files, index.html for "/" (the UI routes with #/… so no fallback is needed).
  const assets = opts.assets ?? new Map<string, Asset>();
  app.get("*", (c) => {
    const path = c.req.path === "/" ? "/index.html" : c.req.path;
    const a = assets.get(path);
    if (!a) throw new HTTPException(404, { message: path === "/index.html" ? "the web UI is not built: run npm run build" : `no file ${path}` });
    c.header("Content-Type", a.type);
    c.header("Cache-Control", path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
    return c.body(a.body as Uint8Array<ArrayBuffer>);
  });
  return app;
}
