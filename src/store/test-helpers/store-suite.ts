// The one test suite every Store backend runs (kysely-style: real databases, no mocks).
import { describe, expect, it, beforeEach, afterEach } from "vitest";
import type { Store } from "../store.js";
import { addDocument, addDocuments } from "../../graph/add-document.js";
import { entityProfile, findEntities, queryFacts, searchDocuments } from "../../graph/queries.js";
import { mergeEntities, rederive, splitEntity, undoBatch } from "../../graph/entity-ops.js";
import { rescreenAll, type Screener } from "../../graph/screening.js";
import { buildDoc, sampleDocs, type BuiltDoc } from "./fixtures.js";
import type { FactRow } from "../types.js";

export interface BackendHarness {
  /** A new, empty, migrated store. */
  open(): Promise<Store>;
  /** Opens the same store again (a second connection / a restart). */
  reopen?(store: Store): Promise<Store>;
}

async function ingestAll(store: Store, docs: BuiltDoc[], screener?: Screener): Promise<string[]> {
  const out: string[] = [];
  for (const d of docs) out.push((await store.transaction((tx) => addDocument(tx, d.doc, d.extraction, screener))).status);
  return out;
}

/** Documents where the same people, countries and deals recur, some people's countries only learnt later, three outlets. */
function recurringDocs(n: number): BuiltDoc[] {
  const people = ["Lena Varkas", "Omar Tessel", "Ivo Maranek", "Dana Prell", "Karl Ostrow"];
  const lands: [string, string][] = [["Norland", "NL"], ["Sudland", "SD"], ["Westmark", "WM"]];
  const cats = ["small_arms", "drones"] as const;
  return Array.from({ length: n }, (_, i) => {
    const p = people[i % people.length] ?? "", [a, ac] = lands[i % 3] ?? ["", ""], [b, bc] = lands[(i + 1 + (i >> 2) % 2) % 3] ?? ["", ""];
    const cat = cats[(i >> 1) % 2] ?? "drones", year = 2020 + (i % 4), denied = i % 7 === 3;
    const sale = `${a} ${denied ? "did not sell" : "sold"} ${cat === "drones" ? "drones" : "rifles"} to ${b} in ${year}`;
    const text = `${p} said ${sale}. Item ${i}.`;
    return buildDoc(text, { url: `https://outlet${i % 3}.example/${i}` }, [
      { id: "e1", type: "person", name: p, ...(i % 4 === 0 ? {} : { country: i % 2 ? "CZ" : "PL" }) },
      { id: "e2", type: "country", name: a, country: ac }, { id: "e3", type: "country", name: b, country: bc },
    ], [
      { id: "f1", type: "arms_transfer", roles: { supplier: "e2", recipient: "e3" }, items: [{ text: "x", category: cat }], status: i % 3 ? "delivered" : "agreed",
        certainty: denied ? "negated" : "reported", time: { start: `${year}-01-01`, end: `${year}-12-31` }, attributedTo: ["e1"], quote: sale, linked: [{ relation: "same_as", fact: "f2" }] },
      { id: "f2", type: "statement", roles: { speaker: "e1" }, status: "stated", quote: text },
    ]);
  });
}

/** Everything a store derives, for comparing two stores built the same way (timestamps left out). */
async function everything(store: Store): Promise<unknown> {
  const facts = await allFacts(store);
  const entities: unknown[] = [];
  for await (const e of store.iterateEntities()) {
    entities.push({ ...e, members: (await store.docEntitiesOf(e.id)).map((d) => d.id), roles: await store.countFactRolesOf(e.id), hits: (await store.screeningHitsOf(e.id)).map((h) => h.entryId) });
  }
  return {
    facts, entities, stats: await store.stats(),
    links: await store.linksOf(facts.map((f) => f.id)),
    claims: (await store.claimsOf(facts.map((f) => f.id))).map((c) => [c.id, c.factId, c.docSeq, c.evidence]),
    log: (await store.listDecisions()).map(({ createdAt: _, ...d }) => d),
  };
}

async function allFacts(store: Store): Promise<FactRow[]> {
  const out: FactRow[] = [];
  for await (const f of store.iterateFacts()) out.push(f);
  return out;
}

export function runStoreSuite(name: string, harness: BackendHarness): void {
  describe(`Store suite: ${name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await harness.open(); });
    afterEach(async () => { await store.close(); });

    it("stores a document once: the same content again is a no-op", async () => {
      const docs = sampleDocs().slice(0, 1);
      expect(await ingestAll(store, docs)).toEqual(["new"]);
      const before = await store.stats();
      expect(await ingestAll(store, docs)).toEqual(["duplicate"]);
      expect(await store.stats()).toEqual(before);
      expect(before.documents).toBe(1);
    });

    it("resolves entities across documents by country code, acronym and name, and keeps namesakes of other countries apart", async () => {
      await ingestAll(store, sampleDocs());
      const nk = await findEntities(store, "North Korea");
      expect(nk).toHaveLength(1);
      expect((await findEntities(store, "DPRK"))[0]?.id).toBe(nk[0]?.id);
      expect((await findEntities(store, "Pyongyang"))[0]?.id).toBe(nk[0]?.id);
      expect(nk[0]?.docCount).toBe(5);
      const ostr = await findEntities(store, "OSTR");
      expect((await findEntities(store, "Office of Strategic Trade Review"))[0]?.id).toBe(ostr[0]?.id);
      const other = buildDoc("Ivo Maranek, a Polish chess player, won again.", {}, [{ id: "e1", type: "person", name: "Ivo Maranek", country: "PL" }], []);
      await ingestAll(store, [other]);
      expect(await findEntities(store, "Ivo Maranek")).toHaveLength(2);
    });

    it("merges one deal told by several documents into one fact counting independent sources, and links a denial as contradicting", async () => {
      await ingestAll(store, sampleDocs());
      const transfers = await queryFacts(store, { type: "arms_transfer" });
      const positive = transfers.filter((f) => f.certainty !== "disputed");
      expect(positive).toHaveLength(1);
      const deal = positive[0]!;
      expect(deal.sources).toBe(4);
      expect(deal.independentSources).toBe(3);
      expect(deal.status).toBe("delivered");
      expect(deal.statuses.sort()).toEqual(["delivered", "proposed"]);
      expect(deal.roles.broker?.map((e) => e.name)).toEqual(["Ivo Maranek"]);
      const denial = transfers.find((f) => f.certainty === "disputed");
      expect(denial).toBeDefined();
      expect(deal.links).toContainEqual({ relation: "contradicts", fact: denial!.id });
      const food = (await queryFacts(store, { type: "goods_transfer" }))[0];
      expect(food?.links).toContainEqual({ relation: "in_exchange_for", fact: deal.id });
    });

    it("keeps facts apart when their times do not overlap or their items differ", async () => {
      const mk = (text: string, start: string, end: string, category: "munitions" | "drones"): BuiltDoc =>
        buildDoc(text, { url: `https://x${start}.example/` }, [
          { id: "e1", type: "country", name: "Iran", country: "IR" }, { id: "e2", type: "country", name: "Russia", country: "RU" },
        ], [{ id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, items: [{ text: "x", category }], status: "delivered", time: { start, end }, quote: text }]);
      await ingestAll(store, [
        mk("Iran sent drones to Russia in 2022.", "2022-01-01", "2022-12-31", "drones"),
        mk("Iran sent drones to Russia in 2024.", "2024-01-01", "2024-12-31", "drones"),
        mk("Iran sent shells to Russia in 2022.", "2022-01-01", "2022-12-31", "munitions"),
        mk("Iran supplied drones to Russia in spring 2022.", "2022-03-01", "2022-05-31", "drones"),
      ]);
      const facts = await queryFacts(store, { type: "arms_transfer" });
      expect(facts.map((f) => f.sources).sort()).toEqual([1, 1, 2]);
    });

    it("quotes evidence exactly from the stored text, with the document title", async () => {
      const docs = sampleDocs();
      await ingestAll(store, docs);
      const p = await entityProfile(store, "Ivo Maranek");
      expect(p.entity.country).toBe("CZ");
      expect(p.positions).toContain("broker");
      const roles = p.facts.map((f) => `${f.role}:${f.fact.type}`).sort();
      expect(roles).toEqual(["broker:arms_transfer", "target:sanction"]);
      const sanction = p.facts.find((f) => f.role === "target")!.fact;
      expect(sanction.evidence[0]?.quote).toBe("OSTR designated Ivo Maranek on Tuesday.");
      expect(sanction.evidence[0]?.title).toBe("Designation and barter");
      const broker = p.facts.find((f) => f.role === "broker")!.fact;
      for (const ev of broker.evidence) {
        const d = docs.find((x) => x.doc.id === ev.docId)!;
        expect(d.doc.text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
      expect(p.contradictions.length).toBeGreaterThan(0);
    });

    it("filters facts by entity, type, status and time", async () => {
      await ingestAll(store, sampleDocs());
      expect((await queryFacts(store, { entity: "Ivo Maranek" })).map((f) => f.type).sort()).toEqual(["arms_transfer", "sanction"]);
      expect((await queryFacts(store, { status: "imposed" })).map((f) => f.type)).toEqual(["sanction"]);
      expect(await queryFacts(store, { type: "sanction", since: "2024-01-01" })).toEqual([]);
      expect(await queryFacts(store, { type: "sanction", until: "2023-11-07", since: "2023-11-07" })).toHaveLength(1);
    });

    it("searches document text", async () => {
      await ingestAll(store, sampleDocs());
      const hits = await searchDocuments(store, "wheat");
      expect(hits.map((h) => h.title)).toEqual(["Designation and barter"]);
      expect(hits[0]?.snippet).toContain("[wheat]");
      expect(await searchDocuments(store, 'bad "query AND (')).toEqual([]);
    });

    it("merges and splits entities through the log, and undoes either", async () => {
      const a = buildDoc("Pelican Freight moved rifles to the Northern Front.", { url: "https://a.example/" }, [
        { id: "e1", type: "company", name: "Pelican Freight" }, { id: "e2", type: "armed_group", name: "Northern Front" },
      ], [{ id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, items: [{ text: "rifles", category: "small_arms" }], status: "delivered", quote: "Pelican Freight moved rifles to the Northern Front." }]);
      const b = buildDoc("Pelikan Frachtdienst moved rifles to the Northern Front too.", { url: "https://b.example/" }, [
        { id: "e1", type: "company", name: "Pelikan Frachtdienst" }, { id: "e2", type: "armed_group", name: "Northern Front" },
      ], [{ id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, items: [{ text: "rifles", category: "small_arms" }], status: "delivered", quote: "Pelikan Frachtdienst moved rifles to the Northern Front too." }]);
      await ingestAll(store, [a, b]);
      expect(await queryFacts(store, {})).toHaveLength(2);
      const merged = await mergeEntities(store, "Pelican Freight", "Pelikan Frachtdienst");
      expect((await findEntities(store, "Pelikan Frachtdienst"))[0]?.id).toBe((await findEntities(store, "Pelican Freight"))[0]?.id);
      const one = await queryFacts(store, {});
      expect(one).toHaveLength(1);
      expect(one[0]?.sources).toBe(2);
      await undoBatch(store, merged.batch);
      expect(await queryFacts(store, {})).toHaveLength(2);

      // Both members go by the name: splitting everything off is refused and nothing changes.
      const decisions = (await store.listDecisions()).length;
      await expect(splitEntity(store, "Northern Front", "Northern Front")).rejects.toThrow(/nothing to split off/);
      expect(await store.listDecisions()).toHaveLength(decisions);
    }, 20000);

    it("splits off the members that go by a name, and undo restores the entity", async () => {
      const mk = (text: string, alias: string, host: string): BuiltDoc => buildDoc(text, { url: `https://${host}/` }, [
        { id: "e1", type: "organization", name: "Kestrel Group", aliases: [alias] }, { id: "e2", type: "country", name: "Sudan", country: "SD" },
      ], [{ id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, items: [{ text: "trucks", category: "military_equipment" }], status: "delivered", quote: text }]);
      await ingestAll(store, [mk("Kestrel Group (KG) sold trucks to Sudan.", "KG", "a.example"), mk("Kestrel Group, known as Kestrel Arms, sold trucks to Sudan.", "Kestrel Arms", "b.example")]);
      const [k] = await findEntities(store, "Kestrel Group");
      expect((await store.docEntitiesOf(k!.id))).toHaveLength(2);
      const before = await allFacts(store);
      const s = await splitEntity(store, "Kestrel Group", "Kestrel Arms");
      expect(await findEntities(store, "Kestrel Arms")).toHaveLength(1);
      expect((await findEntities(store, "Kestrel Arms"))[0]?.id).not.toBe((await findEntities(store, "KG"))[0]?.id);
      expect(await allFacts(store)).toHaveLength(2);
      await undoBatch(store, s.batch);
      expect(await allFacts(store)).toEqual(before);
      const log = await store.listDecisions();
      expect(log.map((d) => d.kind)).toContain("revert");
    });

    it("derives the same entities and facts from the log as ingest built incrementally", async () => {
      await ingestAll(store, sampleDocs());
      const facts = await allFacts(store);
      const ents: unknown[] = [];
      for await (const e of store.iterateEntities()) ents.push(e);
      await store.transaction((tx) => rederive(tx));
      expect(await allFacts(store)).toEqual(facts);
      const again: unknown[] = [];
      for await (const e of store.iterateEntities()) again.push(e);
      expect(again).toEqual(ents);
    });

    it("merges two claims of one document into one fact with one source, as re-deriving does", async () => {
      const text = "Norland sold rifles to Sudland in May. Officials said the Norland rifles reached Sudland by June.";
      const d = buildDoc(text, { url: "https://one.example/" }, [
        { id: "e1", type: "country", name: "Norland", country: "NL" }, { id: "e2", type: "country", name: "Sudland", country: "SD" },
      ], [
        { id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, items: [{ text: "rifles", category: "small_arms" }], status: "agreed", time: { start: "2024-05-01", end: "2024-05-31" }, quote: "Norland sold rifles to Sudland in May." },
        { id: "f2", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, items: [{ text: "rifles", category: "small_arms" }], status: "delivered", time: { start: "2024-05-15", end: "2024-06-30" }, quote: "Officials said the Norland rifles reached Sudland by June." },
      ]);
      await ingestAll(store, [...sampleDocs(), d]);
      const [f] = await queryFacts(store, { entity: "Norland" });
      expect([f?.claims, f?.sources, f?.status, f?.time?.start, f?.time?.end]).toEqual([2, 1, "delivered", "2024-05-01", "2024-06-30"]);
      const facts = await allFacts(store);
      await store.transaction((tx) => rederive(tx));
      expect(await allFacts(store)).toEqual(facts);
    });

    it("a batch of documents stores exactly what adding them one by one does, duplicates and broken ones included", async () => {
      const screener: Screener = { async screen(s) { return s.names.includes("Dana Prell") ? [{ list: "l", version: "1", entryId: `D-${s.names.length}`, name: "PRELL", matchedName: "Dana Prell", score: 0.9, reasons: [] }] : []; } };
      const docs = [...sampleDocs(), ...recurringDocs(60)];
      const before = docs.slice(0, 20), batch = docs.slice(20);
      const bad = buildDoc("Nobody sold anything to Norland.", {}, [{ id: "e1", type: "country", name: "Norland", country: "NL" }], []);
      bad.extraction.facts.push({ id: "f1", type: "visit", roles: { visitor: "e7" }, items: [], status: "occurred", certainty: "stated", attributedTo: [], linked: [], evidence: [], rule: "x" });
      const one = await harness.open();
      try {
        await ingestAll(one, [...before, ...batch], screener);
        await ingestAll(store, before, screener);
        const mixed = [...batch.slice(0, 10), before[3]!, bad, batch[2]!, ...batch.slice(10)];
        const outcomes = await store.transaction((tx) => addDocuments(tx, mixed.map((d) => ({ doc: d.doc, extraction: d.extraction })), screener));
        expect(outcomes.map((o) => o.status)).toEqual([...Array(10).fill("new"), "duplicate", "failed", "duplicate", ...Array(batch.length - 10).fill("new")]);
        expect(outcomes[11]?.status === "failed" && outcomes[11].error.message).toMatch(/unknown entity e7/);
        expect(await everything(store)).toEqual(await everything(one));
      } finally {
        await one.close();
      }
    });

    it("rolls back a document whose extraction breaks the contract: nothing half-written", async () => {
      await ingestAll(store, sampleDocs().slice(0, 1));
      const before = await store.stats();
      const bad = buildDoc("Someone sold something.", {}, [{ id: "e1", type: "person", name: "Someone" }], []);
      bad.extraction.facts.push({ id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e9" }, items: [], status: "delivered",
        certainty: "stated", attributedTo: [], linked: [], evidence: [{ start: 0, end: 5 }], rule: "x" });
      await expect(store.transaction((tx) => addDocument(tx, bad.doc, bad.extraction))).rejects.toThrow(/unknown entity e9/);
      expect(await store.stats()).toEqual(before);
    });

    it("screens entities through the Screener hook at ingest, and re-screens on demand", async () => {
      let listed = ["ivo maranek"];
      const screener: Screener = {
        async screen(s) {
          const hit = s.names.find((n) => listed.includes(n.toLowerCase()));
          return hit ? [{ list: "test-list", version: "v1", entryId: "T-1", name: "MARANEK, Ivo", matchedName: hit, score: 0.97, reasons: ["all tokens match"] }] : [];
        },
      };
      await ingestAll(store, sampleDocs(), screener);
      expect((await entityProfile(store, "Ivo Maranek")).screening.map((h) => h.entryId)).toEqual(["T-1"]);
      expect((await entityProfile(store, "Pelican Freight")).screening).toEqual([]);
      listed = ["pelican freight"];
      const r = await rescreenAll(store, screener);
      expect(r.hits).toBe(1);
      expect((await entityProfile(store, "Ivo Maranek")).screening).toEqual([]);
      expect((await entityProfile(store, "Pelican Freight")).screening).toHaveLength(1);
    });

    if (harness.reopen) {
      it("keeps everything across a reopen", async () => {
        await ingestAll(store, sampleDocs());
        const stats = await store.stats();
        store = await harness.reopen!(store);
        expect(await store.stats()).toEqual(stats);
      });
    }

    it("lists documents newest first, a document's claims with evidence, and the list entries", async () => {
      await ingestAll(store, sampleDocs());
      const docs = await store.listDocuments(2, 0);
      expect(docs.map((d) => d.title)).toEqual(["Second desk", "Designation and barter"]);
      expect((await store.listDocuments(10, 4)).map((d) => d.title)).toEqual(["Shells cross the border"]);
      const claims = await store.claimsOfDocument(docs[1]?.id ?? "");
      expect(claims.map((c) => c.localId)).toEqual(["f1", "f2", "f3"]);
      expect(claims.every((c) => c.evidence.length === 1 && c.factId > 0)).toBe(true);
      expect(await store.claimsOfDocument("sha256:none")).toEqual([]);
      await store.transaction((tx) => tx.insertListEntries([
        { list: "b", version: "1", entryId: "2", name: "Two", schema: "person", data: { aliases: ["Deux"] } },
        { list: "a", version: "1", entryId: "1", name: "One", schema: "company", data: {} },
      ]));
      const entries = await store.listEntries(10, 0);
      expect(entries.map((e) => e.name)).toEqual(["One", "Two"]);
      expect(entries[1]?.data).toEqual({ aliases: ["Deux"] });
      expect(await store.listEntries(10, 1)).toHaveLength(1);
    });
  });
}
