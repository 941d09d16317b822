// The entity page: profile, sanctions-list hits with their reasons, facts grouped by the role the entity plays.
import { api, getOntology } from "../api.js";
import { h, mount, pct } from "../dom.js";
import { factCard } from "../facts.js";

const ROLE_ORDER = ["supplier", "recipient", "broker", "target", "authority", "speaker"];

export async function entityPage(root: HTMLElement, ref: string): Promise<void> {
  const [p, o] = await Promise.all([api.profile(ref), getOntology()]);
  const e = p.entity;
  const type = o.entityTypes[e.type];
  const byRole = new Map<string, typeof p.facts>();
  for (const f of p.facts) byRole.set(f.role, [...(byRole.get(f.role) ?? []), f]);
  const total = Object.values(p.roleCounts).reduce((a, b) => a + b, 0);
  const roles = [...byRole.keys()].sort((a, b) => (ROLE_ORDER.indexOf(a) + 99) % 99 - (ROLE_ORDER.indexOf(b) + 99) % 99 || a.localeCompare(b));
  mount(root,
    h("div", { class: "entity-head" },
      h("h1", {}, e.name, p.screening.length ? h("span", { class: "sanctioned-flag", title: "on a sanctions list" }, "SANCTIONS HIT") : null),
      h("p", { class: "meta" }, `${type?.label ?? e.type}${e.country ? " · " + e.country : ""} · #${e.id} · in ${e.docCount} document${e.docCount === 1 ? "" : "s"}`),
      h("p", { class: "actions" }, h("a", { href: `#/graph/${e.id}`, class: "button", id: "open-graph" }, "Network graph"), " ", h("a", { href: `#/timeline/${e.id}`, class: "button" }, "Timeline"))),
    p.names.length > 1 ? h("p", {}, h("strong", {}, "Also named: "), p.names.filter((n) => n !== e.name).join(" · ")) : null,
    p.positions.length ? h("p", {}, h("strong", {}, "Positions: "), p.positions.join(" · ")) : null,
    p.alsoMatching.length ? h("p", { class: "also" }, "The same name may also mean: ", ...p.alsoMatching.flatMap((a, i) => [i ? ", " : "", h("a", { href: `#/entity/${a.id}` }, `${a.name} (${a.type}${a.country ? ", " + a.country : ""})`)])) : null,
    h("section", { class: "hits" }, h("h2", {}, "Sanctions-list hits"),
      p.screening.length ? h("table", {}, h("thead", {}, h("tr", {}, ["List", "Entry", "Matched name", "Score", "Reasons"].map((t) => h("th", {}, t)))),
        h("tbody", {}, p.screening.map((s) => h("tr", {}, h("td", {}, s.list), h("td", {}, `${s.entryId} ${s.name}`), h("td", {}, s.matchedName), h("td", {}, pct(s.score)), h("td", {}, h("ul", {}, s.reasons.map((r) => h("li", {}, r))))))))
        : h("p", { class: "empty" }, "No hit on the lists loaded.")),
    h("section", {}, h("h2", {}, "Facts"),
      h("p", { class: "meta" }, Object.entries(p.roleCounts).map(([r, n]) => `${o.roleLabels[r] ?? r} ${n}`).join(" · ") || "No facts.",
        total > p.facts.length ? ` — showing the ${p.facts.length} most-sourced; all of them are in the timeline.` : ""),
      roles.map((role) => h("section", { class: "role-group", "data-role": role }, h("h3", {}, `As ${(o.roleLabels[role] ?? role).toLowerCase()}`),
        (byRole.get(role) ?? []).map((f) => factCard(f.fact, o))))),
    p.contradictions.length ? h("section", {}, h("h2", {}, "Contradicted by"), p.contradictions.map((c) => h("div", {}, h("p", {}, `Fact #${c.fact} is contradicted by:`), factCard(c.contradicts, o)))) : null,
  );
}
