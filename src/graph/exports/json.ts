// The whole graph as one JSON document: entities and facts with their evidence.
import type { StoreReader } from "../../store/store.js";
import { allEntities, pagedFactViews } from "./common.js";

export async function* exportJson(store: StoreReader): AsyncIterable<string> {
  yield `{"entities":${JSON.stringify(await allEntities(store))},"facts":[`;
  let first = true;
  for await (const f of pagedFactViews(store, 10)) {
    yield (first ? "\n" : ",\n") + JSON.stringify(f);
    first = false;
  }
  yield "\n]}\n";
}
