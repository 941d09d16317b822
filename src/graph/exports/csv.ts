// CSV of facts, one row per fact, parties by role, with the first evidence quote and its document.
import type { StoreReader } from "../../store/store.js";
import { csvLine } from "../../text/csv.js";
import { itemsText, pagedFactViews } from "./common.js";

const COLUMNS = [
  "fact_id", "type", "status", "statuses", "certainty", "supplier", "recipient", "broker", "authority", "target", "other_roles",
  "items", "time_start", "time_end", "sources", "independent_sources", "contradicts", "in_exchange_for", "evidence", "document_title", "document_url",
];
const NAMED = new Set(["supplier", "recipient", "broker", "authority", "target"]);

export async function* exportCsv(store: StoreReader): AsyncIterable<string> {
  yield csvLine(COLUMNS);
  for await (const f of pagedFactViews(store, 1)) {
    const role = (r: string): string => (f.roles[r] ?? []).map((e) => e.name).join("; ");
    const others = Object.entries(f.roles).filter(([r]) => !NAMED.has(r)).map(([r, es]) => `${r}=${es.map((e) => e.name).join("|")}`).join("; ");
    const link = (rel: string): string => f.links.filter((l) => l.relation === rel).map((l) => l.fact).join(" ");
    const ev = f.evidence[0];
    const row = [
      f.id, f.type, f.status, f.statuses.join(" "), f.certainty, role("supplier"), role("recipient"), role("broker"), role("authority"), role("target"),
      others, itemsText(f), f.time?.start, f.time?.end, f.sources, f.independentSources, link("contradicts"), link("in_exchange_for"),
      ev?.quote.replace(/\s+/g, " "), ev?.title, ev?.url,
    ];
    yield csvLine(row);
  }
}
