// FollowTheMoney entity JSON lines, loadable by Aleph (`alephclient write-entities`) and OpenSanctions tooling (`ftm`).
import type { EntityType } from "../../extract/types.js";
import type { StoreReader } from "../../store/store.js";
import { allEntities, itemsText, pagedFactViews } from "./common.js";
import type { FactView } from "../queries.js";

interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** States act as public bodies in FtM (it has no country schema); armed groups are organisations. */
export const FTM_SCHEMA: Record<EntityType, string> = {
  person: "Person", company: "Company", organization: "Organization", government_body: "PublicBody", country: "PublicBody",
  armed_group: "Organization", vessel: "Vessel", aircraft: "Airplane",
};

const eid = (id: number): string => `dossier-ent-${id}`;
const line = (e: FtmEntity): string => JSON.stringify(e) + "\n";
function clean(p: Record<string, (string | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(p)) {
    const vals = [...new Set(v.filter((x): x is string => !!x))];
    if (vals.length) out[k] = vals;
  }
  return out;
}

function hostOf(url?: string): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") : undefined;
  } catch {
    return undefined;
  }
}

function articles(f: FactView): FtmEntity[] {
  const seen = new Map<string, FtmEntity>();
  for (const ev of f.evidence) {
    if (seen.has(ev.docId)) continue;
    seen.set(ev.docId, { id: `dossier-doc-${ev.docId.replace(/^sha256:/, "").slice(0, 32)}`, schema: "Article", properties: clean({
      title: [ev.title], publishedAt: [ev.published], sourceUrl: [ev.url], contentHash: [ev.docId.replace(/^sha256:/, "")],
    }) });
  }
  return [...seen.values()];
}

function factLines(f: FactView): FtmEntity[] {
  const docs = articles(f);
  const proof = docs.map((d) => d.id);
  const summary = f.evidence[0]?.quote.replace(/\s+/g, " ");
  const common = {
    startDate: [f.time?.start], endDate: [f.time?.end], summary: [summary], proof, sourceUrl: f.evidence.map((e) => e.url),
    publisher: f.evidence.map((e) => hostOf(e.url)),
  };
  const out: FtmEntity[] = [...docs];
  const names = (role: string): string[] => (f.roles[role] ?? []).map((e) => e.name);
  if (f.type === "sanction") {
    for (const t of f.roles.target ?? []) {
      out.push({ id: `dossier-fact-${f.id}-${t.id}`, schema: "Sanction", properties: clean({
        entity: [eid(t.id)], authority: names("authority"), status: [f.status], ...common, reason: [summary],
      }) });
    }
    return out;
  }
  const pairs: [string, string][] = f.type === "visit" ? [["visitor", "host"]] : f.type === "statement" ? [["speaker", "organization"]]
    : f.type === "loss" ? [] : [["supplier", "recipient"], ["broker", "recipient"]];
  for (const [from, to] of pairs) {
    for (const s of f.roles[from] ?? []) for (const t of f.roles[to] ?? []) {
      out.push({ id: `dossier-fact-${f.id}-${s.id}-${t.id}`, schema: "UnknownLink", properties: clean({
        subject: [eid(s.id)], object: [eid(t.id)],
        role: [`${from === "broker" ? "broker of " : ""}${f.type.replace("_", " ")} (${f.status}, ${f.certainty}, ${f.sources} sources)`],
        description: [itemsText(f)], ...common,
      }) });
    }
  }
  return out;
}

export async function* exportFtm(store: StoreReader): AsyncIterable<string> {
  for (const e of await allEntities(store)) {
    const variants = await store.nameVariants(e.id);
    const names = variants.names.filter((n) => n !== e.name);
    const schema = FTM_SCHEMA[e.type];
    const props: Record<string, (string | undefined)[]> = { name: [e.name], alias: names };
    if (schema === "Person") {
      props.nationality = [e.country?.toLowerCase()];
      props.position = variants.positions;
    } else if (schema === "Vessel" || schema === "Airplane") {
      props.country = [e.country?.toLowerCase()];
    } else {
      props[schema === "Company" ? "jurisdiction" : "country"] = [e.country?.toLowerCase()];
    }
    yield line({ id: eid(e.id), schema, properties: clean(props) });
  }
  const written = new Set<string>();
  for await (const f of pagedFactViews(store, 3)) {
    for (const e of factLines(f)) {
      if (written.has(e.id)) continue;
      if (e.schema === "Article") written.add(e.id);
      yield line(e);
    }
  }
}
