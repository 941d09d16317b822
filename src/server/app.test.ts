// The HTTP API, in-process with app.request() (no port): routes, shapes, errors, auth, limits, headers.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import { addDocument } from "../graph/add-document.js";
import { SqliteStore } from "../store/sqlite/index.js";
import type { Store } from "../store/store.js";
import { buildDoc, sampleDocs } from "../store/test-helpers/fixtures.js";
import { readOfacSdnCsv } from "../demo/ofac-sdn-csv.js";
import type { DocumentView, EntityGraph, EntityProfile, FactView, IngestResponse, ScreenResponse, YenteMatchResponse } from "./api-types.js";
import { createApp } from "./app.js";
import { StoreListScreener } from "./fallback-screener.js";
import { OPENAPI } from "./openapi.js";
import { entityScreenerOf } from "./screener.js";
import type { ExtractFn } from "../ingest/process.js";

const LIST = readFileSync(new URL("../../samples/lists/demo-sdn.csv", import.meta.url), "utf8");
const TOKEN = "test-token-123";

/** An extractor for POSTed texts: finds "Ivo Maranek" and nothing else. */
const extract: ExtractFn = (text) => buildDoc(text, {}, text.includes("Ivo Maranek") ? [{ id: "e1", type: "person", name: "Ivo Maranek", country: "CZ" }] : [], []).extraction;

let store: Store;
let app: Hono;

beforeAll(async () => {
  store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), "dossier-api-")), "api.db"));
  const entries = [...readOfacSdnCsv(LIST), ...readOfacSdnCsv('1,"MARANEK, Ivo","individual","TEST",-0-,-0-,-0-,-0-,-0-,-0-,-0-,"Nationality Czechia; DOB 1961."', "test_list")];
  await store.transaction((tx) => tx.insertListEntries(entries));
  const screener = await StoreListScreener.load(store);
  for (const d of sampleDocs()) await store.transaction((tx) => addDocument(tx, d.doc, d.extraction, entityScreenerOf(screener)));
  app = createApp({ store, screener, token: TOKEN, extract, maxBodyBytes: 4096 });
});
afterAll(async () => { await store.close(); });

const get = async <T>(path: string, status = 200): Promise<T> => {
  const res = await app.request(path);
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  return (await res.json()) as T;
};

describe("health and description", () => {
  it("answers /healthz and /readyz with the store's counts", async () => {
    expect(await get("/healthz")).toEqual({ status: "ok" });
    const r = await get<{ status: string; stats: { documents: number } }>("/readyz");
    expect(r.stats.documents).toBe(5);
  });

  it("documents every route in /openapi.json", async () => {
    const doc = await get<typeof OPENAPI>("/openapi.json");
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)));
    const routes = app.routes.filter((r) => r.method !== "ALL" && r.path !== "/*" && r.path !== "*")
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    for (const r of new Set(routes)) expect(documented, r).toContain(r);
  });

  it("sets a Content-Security-Policy without inline scripts, and nosniff", async () => {
    const res = await app.request("/healthz");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("entities, facts, graph", () => {
  it("finds entities by alias and returns [] for an unknown name", async () => {
    const found = await get<{ id: number; name: string }[]>("/api/entities/search?q=DPRK");
    expect(found[0]?.name).toBe("North Korea");
    expect(await get("/api/entities/search?q=Nobody%20Atall")).toEqual([]);
  });

  it("gives the profile the CLI prints, with list hits and their reasons", async () => {
    const p = await get<EntityProfile>("/api/entities/Ivo%20Maranek");
    expect(p.entity.type).toBe("person");
    expect(Object.keys(p.roleCounts).sort()).toEqual(["broker", "target"]);
    expect(p.screening[0]).toMatchObject({ list: "test_list", entryId: "1", name: "Ivo MARANEK" });
    expect(p.screening[0]?.reasons.join(" ")).toMatch(/exact name/);
    const byId = await get<EntityProfile>(`/api/entities/%23${p.entity.id}`);
    expect(byId.entity.id).toBe(p.entity.id);
  });

  it("404s an unknown entity with a JSON error", async () => {
    const e = await get<{ error: { code: string; message: string } }>("/api/entities/Nobody%20Atall", 404);
    expect(e.error.code).toBe("not_found");
    expect(e.error.message).toMatch(/Nobody Atall/);
  });

  it("filters facts as `dossier facts` does", async () => {
    const all = await get<FactView[]>("/api/facts?entity=North%20Korea");
    const arms = await get<FactView[]>("/api/facts?entity=North%20Korea&type=arms_transfer&status=delivered&since=2023-10");
    expect(arms.length).toBeGreaterThan(0);
    expect(arms.length).toBeLessThan(all.length);
    expect(arms.every((f) => f.type === "arms_transfer")).toBe(true);
    expect(arms[0]?.evidence[0]?.quote).toBeTruthy();
    const one = await get<FactView>(`/api/facts/${arms[0]?.id}`);
    expect(one.id).toBe(arms[0]?.id);
    await get("/api/facts/999999", 404);
    await get("/api/facts?type=bogus", 400);
    await get("/api/facts?since=last-week", 400);
  });

  it("returns the graph around an entity with directed, typed edges and marks the sanctioned", async () => {
    const g = await get<EntityGraph>("/api/entities/Ivo%20Maranek/graph?depth=2");
    const names = new Map(g.nodes.map((n) => [n.id, n]));
    const maranek = g.nodes.find((n) => n.name === "Ivo Maranek");
    expect(maranek?.sanctioned).toBe(true);
    expect(maranek?.depth).toBe(0);
    const broker = g.edges.find((e) => e.role === "broker");
    expect(broker && names.get(broker.target)?.name).toBe("Russia");
    const supply = g.edges.find((e) => e.type === "arms_transfer" && e.role === "supplier");
    expect(supply && names.get(supply.source)?.name).toBe("North Korea");
    expect(g.edges.every((e) => names.has(e.source) && names.has(e.target))).toBe(true);
    const one = await get<EntityGraph>("/api/entities/Ivo%20Maranek/graph?depth=1");
    expect(one.nodes.length).toBeLessThanOrEqual(g.nodes.length);
    await get("/api/entities/Ivo%20Maranek/graph?depth=9", 400);
  });
});

describe("documents and search", () => {
  it("lists documents and shows one with its evidence spans and facts", async () => {
    const page = await get<{ items: { id: string; title?: string }[] }>("/api/documents?limit=2");
    expect(page.items).toHaveLength(2);
    const list = await get<{ items: { id: string; title?: string }[] }>("/api/documents");
    const doc = list.items.find((d) => d.title === "Designation and barter");
    const v = await get<DocumentView>(`/api/documents/${encodeURIComponent(doc?.id ?? "")}`);
    expect(v.spans.map((s) => v.text.slice(s.start, s.end))).toContain("OSTR designated Ivo Maranek on Tuesday.");
    expect(v.facts.map((f) => f.type).sort()).toEqual(["arms_transfer", "goods_transfer", "sanction"]);
    await get("/api/documents/sha256%3Anope", 404);
  });

  it("searches the text", async () => {
    const hits = await get<{ title?: string; snippet: string }[]>("/api/search?q=wheat");
    expect(hits[0]?.title).toBe("Designation and barter");
    await get("/api/search", 400);
  });
});

describe("screening", () => {
  it("ranks hits for a name with reasons, a misspelling included", async () => {
    const r = await get<ScreenResponse>("/api/screen?q=Ashot%20Mkrtichev");
    expect(r.hits[0]).toMatchObject({ source: "us_ofac_sdn", entryId: "90001", name: "Ashot MKRTYCHEV" });
    expect(r.hits[0]?.reasons.join(" ")).toMatch(/mkrtichev.*mkrtychev/);
    expect(r.datasets.map((d) => d.name).sort()).toEqual(["test_list", "us_ofac_sdn"]);
    const acr = await get<ScreenResponse>("/api/screen?q=KOMID&kind=organization");
    expect(acr.hits[0]?.name).toBe("KOREA MINING DEVELOPMENT TRADING CORPORATION");
    expect((await get<ScreenResponse>("/api/screen?q=Jane%20Q%20Public")).hits).toEqual([]);
    await get("/api/screen?q=x&kind=planet", 400);
  });

  it("answers yente's /match/{dataset} in yente's shape", async () => {
    const res = await app.request("/match/default?limit=3", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ queries: { q1: { schema: "Person", properties: { name: ["Ashot Mkrtychev"], nationality: ["SK"] } }, q2: { schema: "Company", properties: { name: ["Acme Widgets"] } } } }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as YenteMatchResponse;
    expect(body.limit).toBe(3);
    const r1 = body.responses.q1;
    expect(r1?.status).toBe(200);
    expect(r1?.results[0]).toMatchObject({ id: "us_ofac_sdn-90001", caption: "Ashot MKRTYCHEV", schema: "Person", match: true, datasets: ["us_ofac_sdn"] });
    expect(r1?.results[0]?.properties.name).toEqual(["Ashot MKRTYCHEV"]);
    expect(r1?.total).toEqual({ value: r1?.results.length, relation: "eq" });
    expect(body.responses.q2?.results).toEqual([]);
    const only = await app.request("/match/test_list", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ queries: { a: { schema: "Person", properties: { name: ["Ashot Mkrtychev"] } } } }) });
    expect(((await only.json()) as YenteMatchResponse).responses.a?.results).toEqual([]);
    expect((await app.request("/match/nope", { method: "POST", headers: { "content-type": "application/json" }, body: "{\"queries\":{}}" })).status).toBe(404);
    expect((await app.request("/match/default", { method: "POST", headers: { "content-type": "application/json" }, body: "{\"q\":1}" })).status).toBe(400);
  });
});

describe("writes", () => {
  const post = (body: string, headers: Record<string, string> = {}): Promise<Response> =>
    Promise.resolve(app.request("/api/documents", { method: "POST", headers: { "content-type": "application/json", ...headers }, body }));
  const text = JSON.stringify({ text: "Ivo Maranek was seen in the port again on Monday.", title: "Seen again", published: "2023-12-01" });

  it("needs the bearer token", async () => {
    expect((await post(text)).status).toBe(401);
    expect((await post(text, { authorization: "Bearer wrong" })).status).toBe(401);
    const off = createApp({ store, screener: await StoreListScreener.load(store), extract });
    const res = await off.request("/api/documents", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: text });
    expect(res.status).toBe(403);
  });

  it("ingests a text once: 201, then 200 duplicate; the entity is resolved into the existing one", async () => {
    const before = (await get<EntityProfile>("/api/entities/Ivo%20Maranek")).entity.docCount;
    const r1 = await post(text, { authorization: `Bearer ${TOKEN}` });
    expect(r1.status).toBe(201);
    const b1 = (await r1.json()) as IngestResponse;
    expect(b1).toMatchObject({ status: "new", entities: 1, title: "Seen again" });
    const r2 = await post(text, { authorization: `Bearer ${TOKEN}` });
    expect(r2.status).toBe(200);
    expect(((await r2.json()) as IngestResponse).status).toBe("duplicate");
    expect((await get<EntityProfile>("/api/entities/Ivo%20Maranek")).entity.docCount).toBe(before + 1);
  });

  it("refuses bodies over the limit, bad JSON, empty text and other content types", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const big = await post(JSON.stringify({ text: "x".repeat(10_000) }), auth);
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe("too_large");
    expect((await post("{not json", auth)).status).toBe(400);
    expect((await post(JSON.stringify({ text: "   " }), auth)).status).toBe(400);
    expect((await app.request("/api/documents", { method: "POST", headers: { "content-type": "application/xml", ...auth }, body: "<a/>" })).status).toBe(415);
  });
});

describe("web UI files", () => {
  it("serves built assets with their type, and a JSON 404 for a missing one", async () => {
    const withUi = createApp({ store, screener: await StoreListScreener.load(store), assets: new Map([["/index.html", { type: "text/html; charset=utf-8", body: new TextEncoder().encode("<!doctype html><title>x</title>") }]]) });
    const res = await withUi.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect((await withUi.request("/assets/nope.js")).status).toBe(404);
  });
});
