// GraphML for Gephi, yEd and networkx: typed, labelled nodes; typed edges with status, certainty and sources.
import type { StoreReader } from "../../store/store.js";
import { allEntities, factEdges, itemsText, pagedFactViews, xmlEscape as x } from "./common.js";

const KEYS: [string, "node" | "edge", string][] = [
  ["label", "node", "string"], ["type", "node", "string"], ["country", "node", "string"], ["documents", "node", "int"],
  ["elabel", "edge", "string"], ["etype", "edge", "string"], ["status", "edge", "string"], ["certainty", "edge", "string"],
  ["sources", "edge", "int"], ["fact", "edge", "int"], ["items", "edge", "string"], ["start", "edge", "string"], ["end", "edge", "string"],
];

export async function* exportGraphml(store: StoreReader): AsyncIterable<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`;
  for (const [id, on, type] of KEYS) yield `<key id="${id}" for="${on}" attr.name="${id === "elabel" ? "label" : id === "etype" ? "type" : id}" attr.type="${type}"/>\n`;
  yield `<graph id="dossier" edgedefault="directed">\n`;
  for (const e of await allEntities(store)) {
    yield `<node id="n${e.id}"><data key="label">${x(e.name)}</data><data key="type">${x(e.type)}</data><data key="country">${x(e.country ?? "")}</data><data key="documents">${e.docCount}</data></node>\n`;
  }
  let n = 0;
  for await (const f of pagedFactViews(store, 0)) {
    for (const e of factEdges(f)) {
      yield `<edge id="e${++n}" source="n${e.source}" target="n${e.target}"><data key="elabel">${x(e.label)}</data><data key="etype">${x(e.label)}</data><data key="status">${x(f.status)}</data><data key="certainty">${x(f.certainty)}</data><data key="sources">${f.sources}</data><data key="fact">${f.id}</data><data key="items">${x(itemsText(f))}</data><data key="start">${f.time?.start ?? ""}</data><data key="end">${f.time?.end ?? ""}</data></edge>\n`;
    }
  }
  yield `</graph>\n</graphml>\n`;
}
