// The screening page: type a name, see the ranked list hits with the reasons they matched.
import { api } from "../api.js";
import { h, mount, pct } from "../dom.js";

export async function screenPage(root: HTMLElement, q: string, kind: string): Promise<void> {
  const input = h("input", { type: "search", name: "q", value: q, placeholder: "A person, company, vessel…", autofocus: true, "aria-label": "name to screen" });
  const select = h("select", { name: "kind", "aria-label": "kind" }, ["", "person", "company", "organization", "vessel", "aircraft"].map((k) => {
    const opt = h("option", { value: k }, k || "any kind");
    if (k === kind) opt.selected = true;
    return opt;
  }));
  const form = h("form", { class: "search", id: "screen-form", onSubmit: (e: Event) => {
    e.preventDefault();
    location.hash = `#/screen?q=${encodeURIComponent(input.value.trim())}${select.value ? `&kind=${select.value}` : ""}`;
  } }, input, select, h("button", { type: "submit" }, "Screen"));
  const out = h("div", { class: "results", id: "screen-results" });
  mount(root, h("h1", {}, "Screening"), form, out);
  if (!q) { mount(out, h("p", { class: "hint" }, "Names are compared with every entry and alias on the lists loaded into the store.")); return; }
  const r = await api.screen(q, kind || undefined);
  mount(out,
    h("p", { class: "meta" }, `Lists: ${r.datasets.map((d) => `${d.name} (${d.entries} entries)`).join(", ") || "none loaded"}`),
    r.hits.length ? h("ol", { class: "hits" }, r.hits.map((hit) => h("li", { class: "hit" },
      h("div", { class: "hit-head" }, h("span", { class: "score" }, pct(hit.score)), h("strong", {}, hit.name), ` · ${hit.kind} · ${hit.source} ${hit.entryId}`, hit.programs.length ? ` · ${hit.programs.join(", ")}` : ""),
      hit.matchedName !== hit.name ? h("div", {}, `matched "${hit.matchedName}"`) : null,
      h("ul", { class: "reasons" }, hit.reasons.map((x) => h("li", {}, x))))))
      : h("p", { class: "empty", id: "no-hits" }, `No entry scores 60% or more for "${q}".`));
}
