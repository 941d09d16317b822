// The search page: entities by name, alias or acronym, and documents by full text.
import { api } from "../api.js";
import { h, mount } from "../dom.js";
import { docHref } from "../facts.js";

export async function searchPage(root: HTMLElement, q: string): Promise<void> {
  const input = h("input", { type: "search", name: "q", value: q, placeholder: "A name, alias, acronym, or words in the documents", autofocus: true, "aria-label": "search" });
  const form = h("form", { class: "search", onSubmit: (e: Event) => { e.preventDefault(); location.hash = `#/?q=${encodeURIComponent(input.value.trim())}`; } },
    input, h("button", { type: "submit" }, "Search"));
  const results = h("div", { class: "results" });
  mount(root, h("h1", {}, "Search"), form, results);
  if (!q) {
    const top = await api.entities(30);
    mount(results, h("h2", {}, "Most documented entities"), h("ul", { class: "entity-list" }, top.items.map((e) =>
      h("li", {}, h("a", { href: `#/entity/${e.id}`, class: "entity" }, e.name), ` ${e.type}${e.country ? ", " + e.country : ""} · ${e.docCount} doc${e.docCount === 1 ? "" : "s"}`))));
    return;
  }
  const [entities, docs] = await Promise.all([api.searchEntities(q), api.search(q)]);
  mount(results,
    h("section", {}, h("h2", {}, `Entities (${entities.length})`),
      entities.length ? h("ul", { class: "entity-list" }, entities.map((e) =>
        h("li", {}, h("a", { href: `#/entity/${e.id}`, class: "entity" }, e.name), ` ${e.type}${e.country ? ", " + e.country : ""} · ${e.docCount} doc${e.docCount === 1 ? "" : "s"}`)))
        : h("p", { class: "empty" }, "No entity by that name.")),
    h("section", {}, h("h2", {}, `Documents (${docs.length})`),
      docs.length ? h("ul", { class: "doc-list" }, docs.map((d) =>
        h("li", {}, h("a", { href: docHref(d.docId) }, d.title ?? d.docId), d.published ? ` (${d.published})` : "", h("div", { class: "snippet" }, d.snippet))))
        : h("p", { class: "empty" }, "No document contains those words.")));
}
