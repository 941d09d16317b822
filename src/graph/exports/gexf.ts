// GEXF 1.3 for Gephi: entities as typed, labelled nodes; facts as directed edges with type, status, certainty and sources.
import type { StoreReader } from "../../store/store.js";
import { allEntities, factEdges, itemsText, pagedFactViews, xmlEscape as x } from "./common.js";

export async function* exportGexf(store: StoreReader): AsyncIterable<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<meta><creator>dossier</creator><description>entities and facts from the Dossier store</description></meta>\n`;
  yield `<graph defaultedgetype="directed" mode="static">\n<attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="country" title="country" type="string"/><attribute id="documents" title="documents" type="integer"/></attributes>\n`;
  yield `<attributes class="edge"><attribute id="type" title="type" type="string"/><attribute id="status" title="status" type="string"/><attribute id="certainty" title="certainty" type="string"/><attribute id="sources" title="sources" type="integer"/><attribute id="fact" title="fact" type="integer"/><attribute id="items" title="items" type="string"/><attribute id="start" title="start" type="string"/><attribute id="end" title="end" type="string"/></attributes>\n<nodes>\n`;
  for (const e of await allEntities(store)) {
    yield `<node id="n${e.id}" label="${x(e.name)}"><attvalues><attvalue for="type" value="${x(e.type)}"/><attvalue for="country" value="${x(e.country ?? "")}"/><attvalue for="documents" value="${e.docCount}"/></attvalues></node>\n`;
  }
  yield `</nodes>\n<edges>\n`;
  let n = 0;
  for await (const f of pagedFactViews(store, 0)) {
    for (const e of factEdges(f)) {
      yield `<edge id="e${++n}" source="n${e.source}" target="n${e.target}" label="${x(e.label)}" weight="${f.sources}"><attvalues><attvalue for="type" value="${x(e.label)}"/><attvalue for="status" value="${x(f.status)}"/><attvalue for="certainty" value="${x(f.certainty)}"/><attvalue for="sources" value="${f.sources}"/><attvalue for="fact" value="${f.id}"/><attvalue for="items" value="${x(itemsText(f))}"/><attvalue for="start" value="${f.time?.start ?? ""}"/><attvalue for="end" value="${f.time?.end ?? ""}"/></attvalues></edge>\n`;
    }
  }
  yield `</edges>\n</graph>\n</gexf>\n`;
}
