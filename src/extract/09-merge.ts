// Step 9: one fact per deal per document — drafts of the same deal merge, keeping every evidence span; deal sides get linked.
import type { DraftFact } from "./draft.js";
import type { Certainty, Fact, Link, Span, Status } from "./types.js";

/** A draft once step 8 has read its certainty and who says so. */
export type AttributedDraft = DraftFact;

const PROSPECTIVE = new Set<Status>(["proposed", "considered", "negotiating", "agreed", "attempted"]);

function statusClass(s: Status): string {
  if (PROSPECTIVE.has(s)) return "prospective";
  if (s === "delivered" || s === "ongoing") return "actual";
  return s;
}

function certaintyClass(c: Certainty): string {
  return c === "negated" || c === "disputed" ? "contested" : "asserted";
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function keyOf(d: AttributedDraft): string {
  // A designation on another date is another act ("designated in 2017, redesignated in 2022").
  if (d.type === "sanction") return `sanction|${one(d.roles.target)}|${d.status}|${d.time?.start ?? ""}`;
  if (d.type === "statement") return `statement|${one(d.roles.speaker)}`;
  if (d.type === "visit") return `visit|${one(d.roles.visitor)}|${one(d.roles.host)}|${d.status}`;
  if (d.type === "loss") return `loss|${one(d.roles.party)}`;
  return `${d.type}|${one(d.roles.supplier) ?? "?"}|${one(d.roles.recipient) ?? "?"}|${statusClass(d.status)}|${certaintyClass(d.certainty)}`;
}

const CERTAINTY_RANK: Record<Certainty, number> = { negated: 0, disputed: 1, stated: 2, reported: 3, suspected: 4 };

interface Group {
  drafts: number[];
  /** Keys of the evidence spans already kept, so each new span is checked in constant time. */
  spans: Set<string>;
  fact: Fact;
  /** Where the fact is first told: orders facts and finds the "earlier" side of a deal. */
  firstStart: number;
}

function spanKey(s: Span): string {
  return `${s.start}:${s.end}`;
}

/** Orients "deals between X and Y" by another fact about the same pair; a pair that nothing orients is dropped (null). */
function orientBetween(drafts: AttributedDraft[]): (AttributedDraft | null)[] {
  const directed = new Set<string>();
  for (const d of drafts) {
    if (d.rule.endsWith(".between") || !d.roles.supplier || !d.roles.recipient) continue;
    directed.add(`${d.type}|${one(d.roles.supplier)}|${one(d.roles.recipient)}`);
    directed.add(`${d.type}|${one(d.roles.supplier)}|${one(d.roles.recipient)}|${statusClass(d.status)}`);
  }
  return drafts.map((d) => {
    if (!d.rule.endsWith(".between")) return d;
    const s = one(d.roles.supplier), r = one(d.roles.recipient);
    const flip = { ...d, roles: { ...d.roles, supplier: r!, recipient: s! } };
    // Prefer the direction of a deal at the same stage; both directions exist when a deal has two sides.
    const cls = statusClass(d.status);
    if (directed.has(`${d.type}|${s}|${r}|${cls}`)) return d;
    if (directed.has(`${d.type}|${r}|${s}|${cls}`)) return flip;
    if (directed.has(`${d.type}|${s}|${r}`)) return d;
    if (directed.has(`${d.type}|${r}|${s}`)) return flip;
    // Nothing says which way it runs: keep the pair in text order and say so in the rule.
    return { ...d, rule: `${d.rule}-unordered` };
  });
}

function absorb(into: Group, from: Group): void {
  for (const e of from.fact.evidence) {
    if (into.spans.has(spanKey(e))) continue;
    into.spans.add(spanKey(e));
    into.fact.evidence.push(e);
  }
  for (const a of from.fact.attributedTo) if (!into.fact.attributedTo.includes(a)) into.fact.attributedTo.push(a);
  for (const it of from.fact.items) if (!into.fact.items.some((x) => x.text === it.text)) into.fact.items.push(it);
  into.fact.time ??= from.fact.time;
  into.drafts.push(...from.drafts);
  from.drafts = [];
  into.fact.evidence.sort((a, b) => a.start - b.start);
}

export function mergeDrafts(input: AttributedDraft[]): Fact[] {
  const oriented = orientBetween(input);
  const groups: Group[] = [];
  const byKey = new Map<string, Group[]>();
  const groupOfDraft: Group[] = [];
  oriented.forEach((d, n) => {
    if (!d) return;
    const key = keyOf(d);
    const cands = byKey.get(key) ?? [];
    // Two brokers mean two deals; a missing broker joins the deal that has one.
    const broker = one(d.roles.broker);
    let g = cands.find((c) => {
      const b = one(c.fact.roles.broker);
      return !broker || !b || b === broker;
    });
    if (!g) {
      g = {
        drafts: [],
        spans: new Set(),
        firstStart: d.evidence.start,
        fact: { id: "", type: d.type, roles: Object.assign({}, d.roles), items: [], status: d.status, certainty: d.certainty, attributedTo: [], linked: [], evidence: [], rule: d.rule },
      };
      groups.push(g);
      cands.push(g);
      byKey.set(key, cands);
    }
    g.drafts.push(n);
    groupOfDraft[n] = g;
    const f = g.fact;
    if (broker && !f.roles.broker) f.roles.broker = broker;
    if (d.type === "sanction" && d.roles.authority) {
      const have = new Set(([] as string[]).concat(f.roles.authority ?? []));
      for (const a of ([] as string[]).concat(d.roles.authority)) have.add(a);
      f.roles.authority = have.size === 1 ? [...have][0]! : [...have];
    }
    if (d.type === "statement" && d.roles.organization && !f.roles.organization) f.roles.organization = d.roles.organization;
    // Items and sources are few per fact; past a few dozen, more of the same adds nothing for a reader.
    if (f.items.length < 24) for (const it of d.items) if (!f.items.some((x) => x.text === it.text)) f.items.push(it);
    if (f.attributedTo.length < 24) for (const a of d.attributedTo) if (!f.attributedTo.includes(a)) f.attributedTo.push(a);
    if (!g.spans.has(spanKey(d.evidence))) {
      g.spans.add(spanKey(d.evidence));
      f.evidence.push(d.evidence);
    }
    if (!f.time && d.time) f.time = d.time;
    if (CERTAINTY_RANK[d.certainty] > CERTAINTY_RANK[f.certainty] && certaintyClass(d.certainty) === certaintyClass(f.certainty)) f.certainty = d.certainty;
    const known = f.rules ?? [f.rule];
    if (!known.includes(d.rule)) f.rules = [...known, d.rule];
  });

  // Claims that the text itself refutes join the refuted fact: a reported or suspected deal plus a denial or a
  // "no evidence" verdict about the same parties is one contested fact, not two.
  for (const g of groups) {
    // Only the text's own verdict ("false", "no evidence") absorbs; a party's denial stays beside the claim it disputes.
    if (g.fact.type === "sanction" || g.fact.type === "statement" || g.fact.certainty !== "negated") continue;
    for (const other of groups) {
      if (other === g || other.drafts.length === 0 || other.fact.type !== g.fact.type) continue;
      if (one(other.fact.roles.supplier) !== one(g.fact.roles.supplier) || one(other.fact.roles.recipient) !== one(g.fact.roles.recipient)) continue;
      if (other.fact.certainty !== "suspected" && other.fact.certainty !== "reported") continue;
      absorb(g, other);
    }
  }
  const live = groups.filter((g) => g.drafts.length > 0);
  for (const g of live) for (const n of g.drafts) groupOfDraft[n] = g;
  groups.length = 0;
  groups.push(...live);
  groups.sort((a, b) => a.fact.evidence[0]!.start - b.fact.evidence[0]!.start);
  groups.forEach((g, n) => (g.fact.id = `f${n + 1}`));

  const link = (a: Fact, b: Fact) => {
    if (a === b) return;
    const add = (x: Fact, y: Fact) => {
      if (!x.linked.some((l: Link) => l.relation === "in_exchange_for" && l.fact === y.id)) x.linked.push({ relation: "in_exchange_for", fact: y.id });
    };
    add(a, b);
    add(b, a);
  };
  // Reverse-direction index for "in return" with no object.
  const byPair = new Map<string, Group[]>();
  for (const g of groups) {
    const k = `${one(g.fact.roles.supplier)}|${one(g.fact.roles.recipient)}`;
    const list = byPair.get(k);
    if (list) list.push(g);
    else byPair.set(k, [g]);
  }
  input.forEach((d, n) => {
    const g = groupOfDraft[n];
    if (!g) return;
    for (const other of d.exchangeWith ?? []) {
      const og = groupOfDraft[other];
      if (og) link(g.fact, og.fact);
    }
    if (d.returnForEarlier) {
      const s = one(d.roles.supplier), r = one(d.roles.recipient);
      // The other side is the nearest fact running the other way that was told before (or in) this sentence.
      const earlier = (byPair.get(`${r}|${s}`) ?? [])
        .filter((x) => x !== g && x.firstStart <= d.evidence.start)
        .sort((a, b) => b.firstStart - a.firstStart)[0];
      if (earlier) link(g.fact, earlier.fact);
    }
  });
  return groups.map((g) => g.fact);
}
