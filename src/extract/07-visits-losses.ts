// Step 7: visits and losses — "Russia is seeking to send a delegation to North Korea", "Putin visited Pyongyang", "Russia has lost 9,000 pieces of equipment".
import { LOSS_VERBS, SEND_VERBS, VISIT_VERBS } from "../lexicon/triggers.js";
import { WORD } from "./lexicon.js";
import { actorsIn, itemsIn, leftBound, rightBound, subjectOf, toItem, type Actor, type SentenceView } from "./clause.js";
import { sentenceDraft, type DraftFact, type TimesOf } from "./draft.js";
import type { Item, VisitStatus } from "./types.js";

export interface EventContext {
  timesOf: TimesOf;
}

const DELEGATION_NOUNS = new Set(["delegation", "delegations", "envoy", "envoys", "mission"]);
const PLANNED = new Set(["will", "would", "'ll", "scheduled", "set", "due", "expected", "plans", "planned", "planning", "next", "upcoming", "to"]);
const PROPOSED = new Set(["seeking", "seeks", "sought", "wants", "wanted", "invited", "invites", "proposed", "offered", "hopes", "hoping", "asked"]);
const PLACE_TYPES = new Set(["country", "government_body", "organization", "company", "armed_group", "person"]);

function visitStatus(words: string[], form: "past" | "present" | "ing" | "base"): VisitStatus {
  if (words.some((w) => PROPOSED.has(w))) return "proposed";
  if (words.some((w) => PLANNED.has(w))) return "planned";
  return form === "past" || form === "ing" || form === "present" ? "occurred" : "planned";
}

function draft(v: SentenceView, ctx: EventContext, k: number, type: "visit" | "loss", roles: Record<string, string>, status: VisitStatus | "stated", rule: string, items: Item[] = []): DraftFact {
  return sentenceDraft(v.s, ctx.timesOf, k, { type, roles, items, status, rule });
}

/** "China's foreign minister will travel": the state behind an unnamed official. */
function possessorBefore(v: SentenceView, k: number, from: number): Actor | null {
  return v.actors.find((a) => a.possessive && a.first >= from && a.last < k && k - a.last <= 6 && v.tokens.slice(a.last + 1, k).every((t) => (t.kind === "word" && !t.cap) || t.text === "’s" || t.text === "'s")) ?? null;
}

const groupWords = (v: SentenceView, from: number, k: number) => v.tokens.slice(Math.max(from, k - 6), k).map((t) => t.lower);

export function findVisitsAndLosses(v: SentenceView, ctx: EventContext, out: DraftFact[]): void {
  const { tokens } = v;
  for (let k = v.s.first; k < v.s.last; k++) {
    const w = tokens[k]!.lower;
    if (!(tokens[k]!.cls & WORD.EVENT)) continue;
    const from = leftBound(v, k);
    const to = rightBound(v, k);
    const visitForm = VISIT_VERBS.get(w);
    if (visitForm && !(tokens[k - 1]?.lower === "a" || tokens[k - 1]?.lower === "the" || tokens[k - 1]?.text === "’s" || tokens[k - 1]?.text === "'s")) {
      // "Putin visited Pyongyang", "Lavrov will travel to Beijing"
      const visitor = subjectOf(v, k, from) ?? possessorBefore(v, k, from);
      const host = actorsIn(v, k + 1, to).find((a) => (a.prep === null || a.prep === "to" || a.prep === "in") && a.first <= k + 3);
      if (visitor && host && visitor.entity !== host.entity && PLACE_TYPES.has(host.type)) {
        out.push(draft(v, ctx, k, "visit", { visitor: visitor.entity, host: host.entity }, visitStatus(groupWords(v, from, k), visitForm), "visit.verb"));
      }
      continue;
    }
    if ((w === "visit" || w === "visits" || w === "trip") && (tokens[k + 1]?.lower === "to")) {
      // "Xi's visit to Moscow", "a visit by Putin to Pyongyang"
      const host = actorsIn(v, k + 2, Math.min(to, k + 6)).find((a) => a.prep === "to");
      const owner = v.actors.find((a) => a.possessive && a.last + 1 <= k && a.last + 1 >= k - 2) ?? actorsIn(v, k + 1, to).find((a) => a.prep === "by");
      if (host && owner && host.entity !== owner.entity) {
        out.push(draft(v, ctx, k, "visit", { visitor: owner.entity, host: host.entity }, visitStatus(groupWords(v, from, k + 1), "base"), "visit.noun"));
      }
      continue;
    }
    if (SEND_VERBS.has(w)) {
      // "Russia is seeking to send a delegation to North Korea"
      let d = k + 1;
      while (d < Math.min(to, k + 5) && !DELEGATION_NOUNS.has(tokens[d]!.lower)) d++;
      if (d >= Math.min(to, k + 5)) continue;
      const host = actorsIn(v, d + 1, to).find((a) => a.prep === "to");
      const visitor = subjectOf(v, k, from);
      if (visitor && host && visitor.entity !== host.entity) {
        const form = w.endsWith("ing") ? "ing" : w === "sent" || w.endsWith("ed") ? "past" : "base";
        out.push(draft(v, ctx, k, "visit", { visitor: visitor.entity, host: host.entity }, visitStatus(groupWords(v, from, k), form), "visit.send-delegation"));
      }
      continue;
    }
    if (LOSS_VERBS.has(w)) {
      // "Russia has lost over 9,000 pieces of heavy military equipment"
      const party: Actor | null = subjectOf(v, k, from);
      const items = itemsIn(v, k + 1, to).filter((i) => !i.weak || i.category !== "other");
      if (!party || !items.length) continue;
      out.push(draft(v, ctx, k, "loss", { party: party.entity }, "stated", "loss.lose", items.map(toItem)));
    }
  }
}
