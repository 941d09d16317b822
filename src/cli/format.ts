// Readable listing of an extraction: one line per fact with parties, status, certainty, source, time and the quoted evidence.
import type { Extraction, Fact } from "../extract/types.js";

const quote = (text: string, max = 160) => {
  const one = text.replace(/\s+/g, " ").trim();
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
};

export function formatFact(f: Fact, x: Extraction, text: string): string {
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  const names = (v: string | string[]) => (Array.isArray(v) ? v : [v]).map(name).join(" + ");
  const roles = Object.entries(f.roles).map(([k, v]) => `${k}: ${names(v)}`).join("; ");
  const items = f.items.length ? ` [${f.items.map((i) => `${i.text} (${i.category})`).join(", ")}]` : "";
  const who = f.attributedTo.length ? ` — per ${f.attributedTo.map(name).join(", ")}` : "";
  const when = f.time ? ` — ${f.time.start === f.time.end ? f.time.start : `${f.time.start}..${f.time.end}`}` : "";
  const links = f.linked.map((l) => ` ${l.relation} ${l.fact}`).join("");
  const ev = f.evidence[0];
  const lines = [`${f.id} ${f.type} ${f.status}/${f.certainty}: ${roles}${items}${who}${when}${links}`];
  if (ev) lines.push(`    ${quote(text.slice(ev.start, ev.end))}${f.evidence.length > 1 ? ` (+${f.evidence.length - 1} more)` : ""}`);
  return lines.join("\n");
}

export function formatExtraction(x: Extraction, text: string): string {
  const out: string[] = [];
  const head = [x.document.title, x.document.published].filter(Boolean).join(" — ");
  if (head) out.push(head);
  out.push(`${x.entities.length} entities, ${x.facts.length} facts`);
  for (const f of x.facts) out.push(formatFact(f, x, text));
  if (x.entities.length) {
    out.push("entities:");
    for (const e of x.entities) {
      out.push(`  ${e.id} ${e.type} ${e.name}${e.country ? ` (${e.country})` : ""}${e.aliases.length ? ` aka ${e.aliases.join(", ")}` : ""}`);
      for (const h of e.screening ?? []) out.push(`      ⚑ ${h.source} ${h.entryId} “${h.matchedName}” score ${h.score.toFixed(2)} — ${h.reasons.join("; ")}`);
    }
  }
  return `${out.join("\n")}\n`;
}
