// Hand-built extractions for the store tests, written for these tests (no corpus text).
import { createHash } from "node:crypto";
import type { Entity, Extraction, Fact, Item } from "../../extract/types.js";
import type { DocumentInput } from "../types.js";

export interface EntitySpec {
  id: string;
  type: Entity["type"];
  name: string;
  country?: string;
  aliases?: string[];
  positions?: string[];
}

export interface FactSpec {
  id: string;
  type: Fact["type"];
  roles: Record<string, string | string[]>;
  items?: Item[];
  status: Fact["status"];
  certainty?: Fact["certainty"];
  time?: { start: string; end: string };
  linked?: Fact["linked"];
  attributedTo?: string[];
  /** A substring of the text that is the evidence. */
  quote: string;
  rule?: string;
}

export interface BuiltDoc {
  doc: DocumentInput;
  extraction: Extraction;
}

export function hashText(text: string): string {
  return "sha256:" + createHash("sha256").update(text).digest("hex");
}

/** Builds a document and its extraction; mentions and evidence spans are found in the text so offsets are real. */
export function buildDoc(text: string, meta: { title?: string; url?: string; published?: string }, entities: EntitySpec[], facts: FactSpec[]): BuiltDoc {
  const id = hashText(text);
  const find = (s: string): { start: number; end: number } => {
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`fixture: "${s}" is not in the text`);
    return { start: i, end: i + s.length };
  };
  const ents: Entity[] = entities.map((e) => {
    const mentions = [e.name, ...(e.aliases ?? [])].filter((n) => text.includes(n)).map(find);
    const ent: Entity = { id: e.id, type: e.type, name: e.name, aliases: e.aliases ?? [], mentions };
    if (e.country) ent.country = e.country;
    if (e.positions) ent.positions = e.positions;
    return ent;
  });
  const fs: Fact[] = facts.map((f) => {
    const fact: Fact = {
      id: f.id, type: f.type, roles: f.roles, items: f.items ?? [], status: f.status, certainty: f.certainty ?? "stated",
      attributedTo: f.attributedTo ?? [], linked: f.linked ?? [], evidence: [find(f.quote)], rule: f.rule ?? "test.rule",
    };
    if (f.time) fact.time = { text: "", ...f.time };
    return fact;
  });
  const host = meta.url ? new URL(meta.url).hostname : id;
  const doc: DocumentInput = { id, text, publisher: host };
  if (meta.title) doc.title = meta.title;
  if (meta.url) doc.url = meta.url;
  if (meta.published) doc.published = meta.published;
  const document: Extraction["document"] = { id, chars: text.length };
  if (meta.title) document.title = meta.title;
  if (meta.published) document.published = meta.published;
  return { doc, extraction: { document, entities: ents, facts: fs } };
}

const NK: EntitySpec = { id: "e1", type: "country", name: "North Korea", country: "KP" };
const RU: EntitySpec = { id: "e2", type: "country", name: "Russia", country: "RU" };
const SHELLS: Item = { text: "artillery shells", category: "munitions" };

/** Three texts about one shipment from two outlets, one denial, and a barter deal with a broker. */
export function sampleDocs(): BuiltDoc[] {
  const t1 = "North Korea shipped artillery shells to Russia in the autumn, officials at the ministry said. The broker Ivo Maranek of the firm Pelican Freight arranged the cargo.";
  const t2 = "Pyongyang delivered artillery shells to Moscow during October, according to the Office of Strategic Trade Review.";
  const t3 = "A spokesman for the DPRK denied that any artillery shells had been sent to Russia.";
  const t4 = "OSTR designated Ivo Maranek on Tuesday. Russia offered wheat to North Korea in return for shells, the agency added.";
  const t5 = "Another report: North Korea shipped artillery shells to Russia in October, a second desk of the first outlet wrote.";
  return [
    buildDoc(t1, { title: "Shells cross the border", url: "https://news-one.example/a1", published: "2023-11-02" }, [
      NK, RU, { id: "e3", type: "person", name: "Ivo Maranek", country: "CZ", positions: ["broker"] },
      { id: "e4", type: "company", name: "Pelican Freight" },
    ], [
      { id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2", broker: "e3" }, items: [SHELLS], status: "delivered",
        certainty: "reported", time: { start: "2023-09-01", end: "2023-11-30" }, quote: "North Korea shipped artillery shells to Russia in the autumn, officials at the ministry said." },
    ]),
    buildDoc(t2, { title: "Deliveries in October", url: "https://www.wire-two.example/x", published: "2023-11-05" }, [
      { id: "e1", type: "country", name: "North Korea", country: "KP", aliases: ["Pyongyang"] },
      { id: "e2", type: "country", name: "Russia", country: "RU", aliases: ["Moscow"] },
      { id: "e3", type: "government_body", name: "Office of Strategic Trade Review" },
    ], [
      { id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, items: [SHELLS], status: "delivered",
        certainty: "reported", time: { start: "2023-10-01", end: "2023-10-31" }, quote: "Pyongyang delivered artillery shells to Moscow during October" },
    ]),
    buildDoc(t3, { title: "A denial", url: "https://wire-three.example/d", published: "2023-11-06" }, [
      { id: "e1", type: "country", name: "North Korea", country: "KP", aliases: ["DPRK"] }, RU,
    ], [
      { id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, items: [SHELLS], status: "delivered",
        certainty: "disputed", time: { start: "2023-10-01", end: "2023-11-06" }, quote: "A spokesman for the DPRK denied that any artillery shells had been sent to Russia." },
    ]),
    buildDoc(t4, { title: "Designation and barter", url: "https://ostr.example/p", published: "2023-11-07" }, [
      { id: "e1", type: "organization", name: "OSTR" }, { id: "e2", type: "person", name: "Ivo Maranek", country: "CZ" },
      { id: "e3", type: "country", name: "Russia", country: "RU" }, { id: "e4", type: "country", name: "North Korea", country: "KP" },
    ], [
      { id: "f1", type: "sanction", roles: { authority: "e1", target: "e2" }, status: "imposed", time: { start: "2023-11-07", end: "2023-11-07" },
        quote: "OSTR designated Ivo Maranek on Tuesday." },
      { id: "f2", type: "goods_transfer", roles: { supplier: "e3", recipient: "e4" }, items: [{ text: "wheat", category: "food" }], status: "proposed",
        certainty: "reported", linked: [{ relation: "in_exchange_for", fact: "f3" }], quote: "Russia offered wheat to North Korea in return for shells" },
      { id: "f3", type: "arms_transfer", roles: { supplier: "e4", recipient: "e3" }, items: [{ text: "shells", category: "munitions" }], status: "proposed",
        certainty: "reported", linked: [{ relation: "in_exchange_for", fact: "f2" }], quote: "in return for shells" },
    ]),
    buildDoc(t5, { title: "Second desk", url: "https://news-one.example/a2", published: "2023-11-08" }, [NK, RU], [
      { id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, items: [SHELLS], status: "delivered",
        time: { start: "2023-10-01", end: "2023-10-31" }, quote: "North Korea shipped artillery shells to Russia in October" },
    ]),
  ];
}
