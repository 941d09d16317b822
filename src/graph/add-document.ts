// Adds one document and its extraction to the store: entities resolved, facts merged, parties screened — in the caller's transaction.
import { BadInputError } from "../errors.js";
import { ENTITY_TYPES, FACT_TYPES } from "../extract/types.js";
import type { Extraction } from "../extract/types.js";
import type { StoreTx } from "../store/store.js";
import type { DocEntityRow, DocumentInput } from "../store/types.js";
import { assignDocumentClaims, claimOf, documentFactLinks, loadStoredFacts, newFactWrites, planClaim, writeFacts } from "./facts.js";
import { entityKeys } from "./names.js";
import { lookupKeys, newResolutionWrites, resolveInMemory, writeResolution } from "./resolve.js";
import { type Screener, screenEntities } from "./screening.js";

export type AddResult =
  | { status: "new"; docId: string; entities: number; facts: number }
  | { status: "duplicate"; docId: string };

/**
 * One document for addDocuments. A worker that prepared it may have done two things already: `keys`, its entities'
 * resolution keys (entityKeys), and `checked`, checkExtraction against its text.
 */
export interface DocumentToAdd {
  doc: DocumentInput;
  extraction: Extraction;
  keys?: string[][];
  checked?: boolean;
}

export type AddOutcome = AddResult | { status: "failed"; docId: string; error: BadInputError };

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
 * Throws BadInputError when the extraction breaks the contract.
 */
export async function addDocument(tx: StoreTx, doc: DocumentInput, x: Extraction, screener?: Screener): Promise<AddResult> {
  const [r] = await addDocuments(tx, [{ doc, extraction: x }], screener);
  if (!r) throw new Error("addDocuments returned no outcome");
  if (r.status === "failed") throw r.error;
  return r;
}

/**
 * Stores a batch of documents in the caller's transaction, with one outcome per document, in order: a content hash
 * already stored (or met earlier in the batch) is a duplicate, an extraction that breaks the contract fails alone.
 * Documents are decided one after the other in memory — each sees the clusters and facts the earlier ones made —
 * so the store ends as if they were added one by one; the rows are then written with a few statements per table.
 */
export async function addDocuments(tx: StoreTx, items: DocumentToAdd[], screener?: Screener): Promise<AddOutcome[]> {
  const known = await tx.knownDocuments([...new Set(items.map((it) => it.doc.id))]);
  const outcomes: AddOutcome[] = [];
  const accepted: DocumentToAdd[] = [];
  for (const it of items) {
    if (known.has(it.doc.id)) { outcomes.push({ status: "duplicate", docId: it.doc.id }); continue; }
    try {
      if (!it.checked) checkExtraction(it.extraction, it.doc.text.length);
    } catch (err) {
      if (!(err instanceof BadInputError)) throw err;
      outcomes.push({ status: "failed", docId: it.doc.id, error: err });
      continue;
    }
    known.add(it.doc.id);
    accepted.push(it);
    outcomes.push({ status: "new", docId: it.doc.id, entities: it.extraction.entities.length, facts: it.extraction.facts.length });
  }
  if (!accepted.length) return outcomes;

  const inputsOf = accepted.map(({ doc, extraction: x }) => x.entities.map((e): DocEntityRow => ({
    id: 0, entityId: 0, docId: doc.id, localId: e.id, type: e.type, name: e.name, country: e.country, aliases: e.aliases,
    positions: e.positions ?? [], mentions: e.mentions,
  })));
  const keysOf = accepted.map((it, i) => it.keys ?? (inputsOf[i] ?? []).map(entityKeys));
  const index = await lookupKeys(tx, keysOf.flat(2));
  const firstSeq = await tx.allocateIds("documents", accepted.length);
  let nextEntity = await tx.allocateIds("doc_entities", inputsOf.reduce((n, x) => n + x.length, 0));
  let nextClaim = await tx.allocateIds("claims", accepted.reduce((n, it) => n + it.extraction.facts.length, 0));
  const rw = newResolutionWrites();
  const fw = newFactWrites();
  const claimLinks: { docId: string; from: string; to: string; relation: string }[] = [];
  // Entities first (resolution never looks at facts), then one lookup of the facts the batch's claims may join.
  const plannedOf = accepted.map(({ doc, extraction: x }, i) => {
    const inputs = inputsOf[i] ?? [];
    const { docEntityIdOf, clusterOf } = resolveInMemory(index, inputs, keysOf[i] ?? [], nextEntity, rw);
    nextEntity += inputs.length;
    const planned = x.facts.map((f, k) => planClaim(claimOf(f, doc.id, doc.publisher, docEntityIdOf, nextClaim + k), (d) => clusterOf.get(d) ?? d));
    nextClaim += planned.length;
    return planned;
  });
  await loadStoredFacts(tx, plannedOf.flat(), fw);
  for (const [i, { doc, extraction: x }] of accepted.entries()) {
    const factIds = assignDocumentClaims(plannedOf[i] ?? [], fw);
    const factOfLocal = new Map(x.facts.map((f, k) => [f.id, factIds[k] ?? 0]));
    const links = x.facts.flatMap((f) => f.linked.map((l) => ({ from: f.id, to: l.fact, relation: l.relation })));
    for (const l of links) claimLinks.push({ docId: doc.id, ...l });
    fw.links.push(...documentFactLinks(links, factOfLocal));
  }
  await tx.insertDocuments(accepted.map((it) => it.doc), firstSeq);
  await writeResolution(tx, rw);
  await writeFacts(tx, fw);
  if (claimLinks.length) await tx.insertClaimLinks(claimLinks);
  if (screener && rw.toScreen.size) await screenEntities(tx, screener, [...rw.toScreen]);
  return outcomes;
}
