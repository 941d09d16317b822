// Test helpers: run the extractor on a text written for a test and read its output by entity name, never by generated id.
import { expect } from "vitest";
import { extract } from "../index.js";
import { ENTITY_TYPES, FACT_TYPES, type Entity, type Extraction, type Fact, type FactType } from "../types.js";

export interface Run {
  text: string;
  x: Extraction;
  /** The entity whose name or alias is `name`; fails the test when there is none. */
  entity(name: string): Entity;
  id(name: string): string;
  /** Names of the entities filling `role` in `f` (always an array). */
  role(f: Fact, role: string): string[];
  facts(type: FactType): Fact[];
  /** The text each evidence span covers. */
  evidenceText(f: Fact): string[];
}

export function run(text: string, published = "2023-03-31", title?: string): Run {
  const x = extract(text, { published, ...(title !== undefined ? { title } : {}) });
  const find = (name: string): Entity | undefined => x.entities.find((e) => e.name === name) ?? x.entities.find((e) => e.aliases.includes(name));
  const entity = (name: string): Entity => {
    const e = find(name);
    if (!e) throw new Error(`no entity named "${name}"; have: ${x.entities.map((y) => `${y.name} (${y.type})`).join(", ")}`);
    return e;
  };
  const nameOf = (id: string) => x.entities.find((e) => e.id === id)?.name ?? `?${id}`;
  return {
    text,
    x,
    entity,
    id: (name) => entity(name).id,
    role: (f, role) => ([] as string[]).concat(f.roles[role] ?? []).map(nameOf),
    facts: (type) => x.facts.filter((f) => f.type === type),
    evidenceText: (f) => f.evidence.map((e) => text.slice(e.start, e.end)),
  };
}

const TRANSFER_STATUS = ["proposed", "considered", "negotiating", "agreed", "attempted", "delivered", "ongoing", "cancelled"];
const SANCTION_STATUS = ["imposed", "proposed", "threatened", "lifted"];
const CERTAINTY = ["stated", "reported", "suspected", "disputed", "negated"];
const ROLES: Record<FactType, string[]> = {
  arms_transfer: ["supplier", "recipient", "broker"],
  goods_transfer: ["supplier", "recipient", "broker"],
  sanction: ["authority", "target"],
  statement: ["speaker", "organization"],
  visit: ["visitor", "host"],
  loss: ["party"],
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Asserts the extraction keeps the contract of DESIGN.md: ids resolve, spans lie inside the text, values come from the vocabularies. */
export function expectWellFormed(x: Extraction, text: string): void {
  expect(x.document.chars).toBe(text.length);
  expect(x.document.id).toMatch(/^sha256:[0-9a-f]{64}$/);
  const ids = new Set<string>();
  for (const e of x.entities) {
    expect(ids.has(e.id), `duplicate entity id ${e.id}`).toBe(false);
    ids.add(e.id);
    expect(ENTITY_TYPES).toContain(e.type);
    expect(e.name.trim().length).toBeGreaterThan(0);
    if (e.country !== undefined) expect(e.country).toMatch(/^[A-Z]{2}$/);
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.start).toBeLessThan(m.end);
    }
  }
  const factIds = new Set(x.facts.map((f) => f.id));
  expect(factIds.size).toBe(x.facts.length);
  for (const f of x.facts) {
    expect(FACT_TYPES).toContain(f.type);
    expect(f.rule.length).toBeGreaterThan(0);
    expect(CERTAINTY).toContain(f.certainty);
    if (f.type === "arms_transfer" || f.type === "goods_transfer") expect(TRANSFER_STATUS).toContain(f.status);
    if (f.type === "sanction") expect(SANCTION_STATUS).toContain(f.status);
    for (const [role, v] of Object.entries(f.roles)) {
      expect(ROLES[f.type]).toContain(role);
      for (const id of ([] as string[]).concat(v)) expect(ids.has(id), `role ${role} of ${f.id} points at unknown ${id}`).toBe(true);
    }
    for (const a of f.attributedTo) expect(ids.has(a)).toBe(true);
    for (const l of f.linked) expect(factIds.has(l.fact)).toBe(true);
    expect(f.evidence.length).toBeGreaterThan(0);
    for (const ev of f.evidence) {
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(ev.end).toBeLessThanOrEqual(text.length);
      expect(ev.start).toBeLessThan(ev.end);
    }
    if (f.time) {
      expect(f.time.start).toMatch(ISO_DATE);
      expect(f.time.end).toMatch(ISO_DATE);
      expect(f.time.start <= f.time.end).toBe(true);
    }
  }
}
