// Documents for reading: the list, and one document with every evidence span and the facts it supports.
import { NotFoundError } from "../errors.js";
import type { StoreReader } from "../store/store.js";
import type { DocumentRow } from "../store/types.js";
import { factViews, type FactView } from "./queries.js";

export interface EvidenceSpan {
  start: number;
  end: number;
  fact: number;
  claim: number;
  type: string;
  status: string;
  certainty: string;
  rule: string;
}

export interface DocumentView {
  document: DocumentRow;
  text: string;
  /** Evidence spans in the text, in order; spans may overlap. */
  spans: EvidenceSpan[];
  /** The stored facts this document supports. */
  facts: FactView[];
}

export async function listDocuments(store: StoreReader, limit = 50, offset = 0): Promise<DocumentRow[]> {
  return store.listDocuments(limit, offset);
}

export async function documentView(store: StoreReader, id: string): Promise<DocumentView> {
  const [document] = await store.getDocuments([id]);
  if (!document) throw new NotFoundError(`no document ${id} in the store`);
  const text = (await store.getDocumentTexts([id])).get(id) ?? "";
  const claims = await store.claimsOfDocument(id);
  const spans: EvidenceSpan[] = claims.flatMap((c) => c.evidence.map((s) => ({
    start: s.start, end: s.end, fact: c.factId, claim: c.id, type: c.type, status: c.status, certainty: c.certainty, rule: c.rule,
  }))).sort((a, b) => a.start - b.start || b.end - a.end);
  const facts = await factViews(store, await store.getFacts([...new Set(claims.map((c) => c.factId))]), 3);
  return { document, text, spans, facts };
}
