// What every export needs: the entities, the facts page by page as views, and the typed edges a fact makes.
import type { StoreReader } from "../../store/store.js";
import type { EntityRow, FactRow } from "../../store/types.js";
import { factViews, type FactView } from "../queries.js";

export interface ExportEdge {
  source: number;
  target: number;
  /** What the edge means: the fact type, or "broker" for a broker's edge to the recipient. */
  label: string;
  fact: FactView;
}

export async function allEntities(store: StoreReader): Promise<EntityRow[]> {
  const out: EntityRow[] = [];
  for await (const e of store.iterateEntities()) out.push(e);
  return out;
}

export async function* pagedFactViews(store: StoreReader, evidencePerFact = 3, pageSize = 500): AsyncIterable<FactView> {
  let page: FactRow[] = [];
  for await (const f of store.iterateFacts(pageSize)) {
    page.push(f);
    if (page.length >= pageSize) { yield* await factViews(store, page, evidencePerFact); page = []; }
  }
  if (page.length) yield* await factViews(store, page, evidencePerFact);
}

const ids = (f: FactView, role: string): number[] => (f.roles[role] ?? []).map((e) => e.id);

/** Directed edges: supplier → recipient, broker → recipient, authority → target, visitor → host, speaker → organisation. */
export function factEdges(f: FactView): ExportEdge[] {
  const pairs: [string, string, string][] = [];
  switch (f.type) {
    case "arms_transfer":
    case "goods_transfer": pairs.push(["supplier", "recipient", f.type], ["broker", "recipient", "broker"]); break;
    case "sanction": pairs.push(["authority", "target", "sanction"]); break;
    case "visit": pairs.push(["visitor", "host", "visit"]); break;
    case "statement": pairs.push(["speaker", "organization", "statement"]); break;
    case "loss": break;
  }
  const out: ExportEdge[] = [];
  for (const [from, to, label] of pairs) {
    for (const s of ids(f, from)) for (const t of ids(f, to)) if (s !== t) out.push({ source: s, target: t, label, fact: f });
  }
  return out;
}

export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string)
    // XML 1.0 forbids most control characters, U+FFFE, U+FFFF and unpaired surrogates even when escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

export function itemsText(f: FactView): string {
  return f.items.map((i) => `${i.text} (${i.category})`).join("; ");
}
