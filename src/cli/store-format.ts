// Plain-text rendering of facts and profiles for the terminal.
import type { EntityProfile, EvidenceView, FactView } from "../graph/queries.js";

const names = (f: FactView, role: string): string => (f.roles[role] ?? []).map((e) => e.name).join(", ");

export function factHeadline(f: FactView): string {
  let parties: string;
  switch (f.type) {
    case "arms_transfer":
    case "goods_transfer": parties = `${names(f, "supplier") || "?"} → ${names(f, "recipient") || "?"}${f.roles.broker ? ` (broker: ${names(f, "broker")})` : ""}`; break;
    case "sanction": parties = `${names(f, "authority") || "?"} ⇒ ${names(f, "target") || "?"}`; break;
    case "visit": parties = `${names(f, "visitor")} → ${names(f, "host")}`; break;
    case "statement": parties = `${names(f, "speaker")}${f.roles.organization ? ` (${names(f, "organization")})` : ""}`; break;
    case "loss": parties = names(f, "party"); break;
    default: parties = Object.entries(f.roles).map(([r, es]) => `${r}: ${es.map((e) => e.name).join(", ")}`).join("; ");
  }
  const items = f.items.length ? ` · ${f.items.map((i) => `${i.text} [${i.category}]`).join("; ")}` : "";
  const time = f.time ? ` · ${f.time.start === f.time.end ? f.time.start : `${f.time.start}..${f.time.end}`}` : "";
  const src = ` · ${f.sources} source${f.sources === 1 ? "" : "s"}${f.independentSources !== f.sources ? ` (${f.independentSources} independent)` : ""}`;
  return `#${f.id} ${f.type} ${f.status} (${f.certainty}): ${parties}${items}${time}${src}`;
}

export function evidenceLine(e: EvidenceView): string {
  const q = e.quote.replace(/\s+/g, " ").trim();
  const where = [e.title ?? e.docId.slice(0, 19), e.published].filter(Boolean).join(", ");
  return `    “${q.length > 300 ? q.slice(0, 297) + "…" : q}” — ${where}`;
}

export function formatFact(f: FactView): string {
  const lines = [factHeadline(f), ...f.evidence.map(evidenceLine)];
  if (f.claims > f.evidence.length && f.evidence.length) lines.push(`    … ${f.claims} claims in all`);
  for (const l of f.links) lines.push(`    ${l.relation.replace(/_/g, " ")} #${l.fact}`);
  return lines.join("\n");
}

export function formatProfile(p: EntityProfile): string {
  const e = p.entity;
  const lines: string[] = [`${e.name} (#${e.id}, ${e.type}${e.country ? `, ${e.country}` : ""}) — in ${e.docCount} document${e.docCount === 1 ? "" : "s"}`];
  const other = p.names.filter((n) => n !== e.name);
  if (other.length) lines.push(`  also named: ${other.join("; ")}`);
  if (p.positions.length) lines.push(`  positions: ${p.positions.join("; ")}`);
  if (p.alsoMatching.length) lines.push(`  the name also matches: ${p.alsoMatching.slice(0, 5).map((x) => `#${x.id} ${x.name} (${x.type}${x.country ? ", " + x.country : ""})`).join("; ")}`);
  const counts = Object.entries(p.roleCounts).map(([r, n]) => `${r} ${n}`).join(", ");
  lines.push(`  facts by role: ${counts || "none"}`);
  const roles = [...new Set(p.facts.map((f) => f.role))];
  for (const role of roles) {
    lines.push("", `As ${role}:`);
    for (const { fact } of p.facts.filter((f) => f.role === role)) lines.push("  " + formatFact(fact).replace(/\n/g, "\n  "));
  }
  if (p.contradictions.length) {
    lines.push("", "Contradicted by:");
    for (const c of p.contradictions) lines.push(`  #${c.fact} ✗ ${factHeadline(c.contradicts)}`, ...c.contradicts.evidence.slice(0, 1).map((x) => "  " + evidenceLine(x)));
  }
  lines.push("", p.screening.length ? "Sanctions list hits:" : "Sanctions list hits: none (or no list loaded)");
  for (const h of p.screening) lines.push(`  ${h.list} ${h.version} · ${h.entryId} ${h.name} · matched "${h.matchedName}" · score ${h.score.toFixed(2)} · ${h.reasons.join("; ")}`);
  return lines.join("\n");
}
