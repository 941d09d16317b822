// A document with every evidence span highlighted and the facts it supports beside it. Text goes in as text nodes only.
import type { DocumentView } from "../../../src/server/api-types.js";
import { api, getOntology } from "../api.js";
import { h, mount, sourceLink } from "../dom.js";
import { factCard } from "../facts.js";

/** The text split at every span boundary: plain runs as text nodes, covered runs as <mark> naming their facts. */
export function highlighted(v: DocumentView, focus?: number): HTMLElement {
  const cuts = new Set<number>([0, v.text.length]);
  for (const s of v.spans) { cuts.add(Math.max(0, Math.min(v.text.length, s.start))); cuts.add(Math.max(0, Math.min(v.text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const body = h("div", { class: "doc-text", id: "doc-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0, b = points[i + 1] ?? 0;
    const run = v.text.slice(a, b);
    const covering = v.spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { body.appendChild(document.createTextNode(run)); continue; }
    const facts = [...new Set(covering.map((s) => s.fact))];
    const mark = h("mark", {
      class: `evidence ${facts.includes(focus ?? -1) ? "focus" : ""} type-${covering[0]?.type ?? ""}`, "data-facts": facts.join(" "),
      title: covering.map((s) => `fact #${s.fact}: ${s.type} ${s.status} (${s.certainty}) by ${s.rule}`).join("\n"),
    }, run);
    body.appendChild(mark);
  }
  return body;
}

export async function documentPage(root: HTMLElement, id: string, focus?: number): Promise<void> {
  const [v, o] = await Promise.all([api.document(id), getOntology()]);
  const d = v.document;
  const text = highlighted(v, focus);
  mount(root,
    h("h1", { id: "doc-title" }, d.title ?? "Untitled document"),
    h("p", { class: "meta" }, d.published ?? "undated", " · ", sourceLink(d.url, d.url ?? (d.source ?? d.publisher).split("/").pop() ?? ""), ` · ${d.chars} characters · ${v.spans.length} evidence spans`),
    h("div", { class: "doc-wrap" }, text,
      h("aside", { class: "doc-facts" }, h("h2", {}, `Facts (${v.facts.length})`), v.facts.map((f) => {
        const card = factCard(f, o, { evidence: 0 });
        if (f.id === focus) card.classList.add("focus");
        card.addEventListener("mouseenter", () => text.querySelectorAll(`mark[data-facts~="${f.id}"]`).forEach((m) => m.classList.add("hover")));
        card.addEventListener("mouseleave", () => text.querySelectorAll("mark.hover").forEach((m) => m.classList.remove("hover")));
        return card;
      }))));
  text.querySelector("mark.focus")?.scrollIntoView({ block: "center" });
}

export async function documentsPage(root: HTMLElement): Promise<void> {
  const page = await api.documents(200);
  mount(root, h("h1", {}, "Documents"), h("ul", { class: "doc-list" }, page.items.map((d) =>
    h("li", {}, h("a", { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? d.id), ` ${d.published ?? ""} · ${d.publisher}`))));
}
