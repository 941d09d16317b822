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

/** Every way the extraction breaks the contract of DESIGN.md: ids that do not resolve, spans outside the text, values off the vocabularies. */
export function contractProblems(x: Extraction, text: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok && problems.length < 50) problems.push(what);
  };
  const spanOk = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;
  check(x.document.chars === text.length, `document.chars ${x.document.chars} != ${text.length}`);
  check(/^sha256:[0-9a-f]{64}$/.test(x.document.id), `document.id ${x.document.id}`);
  const ids = new Set<string>();
  for (const e of x.entities) {
    check(!ids.has(e.id), `duplicate entity id ${e.id}`);
    ids.add(e.id);
    check(ENTITY_TYPES.includes(e.type), `${e.id} type ${e.type}`);
    check(e.name.trim().length > 0, `${e.id} has an empty name`);
    check(e.country === undefined || /^[A-Z]{2}$/.test(e.country), `${e.id} country ${e.country}`);
    check(e.mentions.length > 0, `${e.id} has no mentions`);
    for (const m of e.mentions) check(spanOk(m), `${e.id} mention ${m.start}-${m.end} outside the text`);
  }
  const factIds = new Set(x.facts.map((f) => f.id));
  check(factIds.size === x.facts.length, "duplicate fact ids");
  for (const f of x.facts) {
    check(FACT_TYPES.includes(f.type), `${f.id} type ${f.type}`);
    check(typeof f.rule === "string" && f.rule.length > 0, `${f.id} has no rule`);
    check(CERTAINTY.includes(f.certainty), `${f.id} certainty ${f.certainty}`);
    if (f.type === "arms_transfer" || f.type === "goods_transfer") check(TRANSFER_STATUS.includes(f.status), `${f.id} status ${f.status}`);
    if (f.type === "sanction") check(SANCTION_STATUS.includes(f.status), `${f.id} status ${f.status}`);
    for (const [role, v] of Object.entries(f.roles)) {
      check(ROLES[f.type].includes(role), `${f.id} has role ${role}`);
      for (const id of ([] as string[]).concat(v)) check(ids.has(id), `${f.id} role ${role} points at unknown ${id}`);
    }
    for (const a of f.attributedTo) check(ids.has(a), `${f.id} attributed to unknown ${a}`);
    for (const l of f.linked) check(factIds.has(l.fact), `${f.id} linked to unknown ${l.fact}`);
    check(f.evidence.length > 0, `${f.id} has no evidence`);
    for (const ev of f.evidence) check(spanOk(ev), `${f.id} evidence ${ev.start}-${ev.end} outside the text`);
    if (f.time) check(ISO_DATE.test(f.time.start) && ISO_DATE.test(f.time.end) && f.time.start <= f.time.end, `${f.id} time ${JSON.stringify(f.time)}`);
  }
  return problems;
}

export function expectWellFormed(x: Extraction, text: string): void {
  expect(contractProblems(x, text)).toEqual([]);
}
