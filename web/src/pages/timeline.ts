// A timeline of an entity's dated facts, by year and month; undated facts at the end.
import { api, getOntology } from "../api.js";
import { h, mount } from "../dom.js";
import { factCard } from "../facts.js";

export async function timelinePage(root: HTMLElement, ref: string): Promise<void> {
  const [p, facts, o] = await Promise.all([api.profile(ref), api.facts({ entity: `#${ref.replace(/^#/, "")}`, limit: 500 }), getOntology()]);
  const dated = facts.filter((f) => f.time).sort((a, b) => (a.time?.start ?? "").localeCompare(b.time?.start ?? "") || a.id - b.id);
  const undated = facts.filter((f) => !f.time);
  const byMonth = new Map<string, typeof facts>();
  for (const f of dated) { const k = f.time?.start.slice(0, 7) ?? ""; byMonth.set(k, [...(byMonth.get(k) ?? []), f]); }
  mount(root,
    h("h1", {}, "Timeline of ", h("a", { href: `#/entity/${p.entity.id}` }, p.entity.name)),
    h("ol", { class: "timeline" }, [...byMonth].map(([month, fs]) => h("li", {}, h("time", { datetime: month }, month), fs.map((f) => factCard(f, o, { evidence: 1 })))),
      undated.length ? h("li", {}, h("time", {}, "undated"), undated.map((f) => factCard(f, o, { evidence: 1 }))) : null),
    !facts.length ? h("p", { class: "empty" }, "No facts.") : null);
}
