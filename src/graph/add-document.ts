// Adds one document and its extraction to the store: entities resolved, facts merged, parties screened — in the caller's transaction.
import { BadInputError } from "../errors.js";
import { ENTITY_TYPES, FACT_TYPES } from "../extract/types.js";
import type { Extraction } from "../extract/types.js";
import type { StoreTx } from "../store/store.js";
import type { DocumentInput } from "../store/types.js";
import { assignDocumentClaims, claimOf, linkDocumentFacts } from "./facts.js";
import { resolveDocEntities } from "./resolve.js";
import { type Screener, screenEntities } from "./screening.js";

export type AddResult =
  | { status: "new"; docId: string; entities: number; facts: number }
  | { status: "duplicate"; docId: string };

/** Throws BadInputError when an extraction does not keep the contract (unknown types, dangling ids, bad spans). */
export function checkExtraction(x: Extraction, textLength: number): void {
  const ids = new Set<string>();
  const span = (s: { start: number; end: number }, what: string): void => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= textLength)) {
      throw new BadInputError(`extraction: ${what} has span ${s.start}-${s.end} outside the text (${textLength} chars)`);
    }
  };
  for (const e of x.entities) {
    if (!ENTITY_TYPES.includes(e.type)) throw new BadInputError(`extraction: entity ${e.id} has unknown type "${e.type}"`);
    if (ids.has(e.id)) throw new BadInputError(`extraction: entity id ${e.id} appears twice`);
    ids.add(e.id);
    for (const m of e.mentions) span(m, `a mention of ${e.id}`);
  }
  const factIds = new Set(x.facts.map((f) => f.id));
  for (const f of x.facts) {
    if (!FACT_TYPES.includes(f.type)) throw new BadInputError(`extraction: fact ${f.id} has unknown type "${f.type}"`);
    for (const v of Object.values(f.roles).flat()) if (!ids.has(v)) throw new BadInputError(`extraction: fact ${f.id} refers to unknown entity ${v}`);
    for (const v of f.attributedTo) if (!ids.has(v)) throw new BadInputError(`extraction: fact ${f.id} is attributed to unknown entity ${v}`);
    for (const l of f.linked) if (!factIds.has(l.fact)) throw new BadInputError(`extraction: fact ${f.id} links to unknown fact ${l.fact}`);
    for (const s of f.evidence) span(s, `evidence of ${f.id}`);
  }
}

/**
 * Stores the document unless its content hash is already there (then nothing changes), with its entities
 * resolved across documents, its facts merged into the store's facts, and new parties screened.
 */
export async function addDocument(tx: StoreTx, doc: DocumentInput, x: Extraction, screener?: Screener): Promise<AddResult> {
  if (await tx.hasDocument(doc.id)) return { status: "duplicate", docId: doc.id };
  checkExtraction(x, doc.text.length);
  await tx.insertDocument(doc);

  const { docEntityIdOf, clusterOf, toScreen } = await resolveDocEntities(tx, x.entities.map((e) => ({
    docId: doc.id, localId: e.id, type: e.type, name: e.name, country: e.country, aliases: e.aliases,
    positions: e.positions ?? [], mentions: e.mentions,
  })));

  const factOfLocal = new Map<string, number>();
  const links: { from: string; to: string; relation: string }[] = [];
  const firstClaim = x.facts.length ? await tx.allocateIds("claims", x.facts.length) : 0;
  const claims = x.facts.map((f, i) => ({ ...claimOf(f, doc.id, doc.publisher, docEntityIdOf), id: firstClaim + i }));
  const factIds = await assignDocumentClaims(tx, claims, (d) => clusterOf.get(d) ?? d);
  x.facts.forEach((f, i) => factOfLocal.set(f.id, factIds[i] ?? 0));
  for (const f of x.facts) {
    for (const l of f.linked) {
      links.push({ from: f.id, to: l.fact, relation: l.relation });
      await tx.insertClaimLink(doc.id, f.id, l.fact, l.relation);
    }
  }
  await linkDocumentFacts(tx, links, factOfLocal);
  if (screener && toScreen.size) await screenEntities(tx, screener, [...toScreen]);
  return { status: "new", docId: doc.id, entities: x.entities.length, facts: x.facts.length };
}
