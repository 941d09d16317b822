// A fact as a card: type, parties by role, status and certainty, items, time, evidence quotes linking to their documents.
import type { FactView, Ontology } from "../../src/server/api-types.js";
import { h } from "./dom.js";

export function entityLink(e: { id: number; name: string }): HTMLAnchorElement {
  return h("a", { href: `#/entity/${e.id}`, class: "entity" }, e.name);
}

export function docHref(docId: string, fact?: number): string {
  return `#/doc/${encodeURIComponent(docId)}${fact ? `?fact=${fact}` : ""}`;
}

/** A colour chip; colours go through the CSSOM, which the Content-Security-Policy allows (style attributes it does not). */
export function swatch(colour: string): HTMLElement {
  const el = h("span", { class: "swatch" });
  el.style.background = colour;
  return el;
}

export function factTitle(f: FactView, o: Ontology): HTMLElement {
  const style = o.factTypes[f.type as keyof Ontology["factTypes"]];
  return h("span", { class: "fact-type", "data-type": f.type }, swatch(style?.colour ?? "#999"), style?.label ?? f.type);
}

export function factCard(f: FactView, o: Ontology, opts: { evidence?: number } = {}): HTMLElement {
  const parties = Object.entries(f.roles).map(([role, ents]) =>
    h("span", { class: "role" }, h("span", { class: "role-name" }, (o.roleLabels[role] ?? role) + ": "), ...ents.flatMap((e, i) => [i ? ", " : "", entityLink(e)])));
  const ev = f.evidence.slice(0, opts.evidence ?? 3);
  return h("article", { class: `fact certainty-${f.certainty}`, "data-fact": f.id },
    h("header", {},
      factTitle(f, o),
      h("span", { class: `badge status-${f.status}` }, f.status),
      h("span", { class: `badge certainty` }, f.certainty),
      f.time ? h("span", { class: "time" }, f.time.start === f.time.end ? f.time.start : `${f.time.start} – ${f.time.end}`) : null,
      h("span", { class: "sources" }, `${f.sources} source${f.sources === 1 ? "" : "s"} (${f.independentSources} independent)`),
      h("span", { class: "fact-id" }, `#${f.id}`)),
    h("div", { class: "parties" }, parties),
    f.items.length ? h("div", { class: "items" }, f.items.map((i) => h("span", { class: "item" }, `${i.text} [${i.category}]`))) : null,
    f.links.length ? h("div", { class: "links" }, f.links.map((l) => h("span", { class: "link" }, `${l.relation.replace(/_/g, " ")} #${l.fact}`))) : null,
    h("ul", { class: "evidence" }, ev.map((e) => h("li", {},
      h("q", {}, e.quote),
      " — ",
      h("a", { href: docHref(e.docId, f.id), class: "evidence-link" }, e.title ?? e.docId.slice(0, 16)),
      e.published ? ` (${e.published})` : "",
      h("span", { class: "rule", title: "the rule that produced it" }, e.rule)))),
  );
}
