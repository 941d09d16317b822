// Shared pieces of the transfer frames (step 5): the transfer context, status from the verb group, exchange phrases,
// party checks and the draft a frame emits.
import { ITEM_WORDS } from "../lexicon/items.js";
import { SANCTION_NOUNS, MODAL_STATUS, type VerbHit } from "../lexicon/triggers.js";
import { copyActor, isArms, itemsIn, toItem, type Actor, type FoundItem, type SentenceView } from "./clause.js";
import { sentenceDraft, type DraftFact, type TimesOf } from "./draft.js";
import type { Item, Status } from "./types.js";

export const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]);
export const HAVE = new Set(["has", "have", "had", "having"]);
export const NOUN_DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "of", "for", "’s", "'s", "such", "any", "illicit", "illegal", "weapons", "arms", "military", "further", "continued", "ongoing", "alleged", "proposed", "potential", "future", "recent", "new", "direct", "covert", "secret"]);
export const NOT_VERBS = new Set(["and", "or", "but", "the", "a", "an", "of", "for", "to", "from", "with", "by", "in", "on", "at", "as", "than", "that", "which", "who", "its", "their", "his", "her", "also", "not"]);


const PARTY_TYPES = new Set(["country", "armed_group", "company", "organization", "government_body", "person"]);
const EXCHANGE_OPENERS = [["in", "exchange", "for"], ["in", "return", "for"], ["as", "payment", "for"], ["in", "payment", "for"], ["in", "exchange"], ["in", "return"]];

export interface TransferContext {
  verbs: Map<string, VerbHit[]>;
  timesOf: TimesOf;
  /** Facts found so far in the document: sanctions in this sentence name who did what they were designated "for". */
  sanctioned?: DraftFact[];
}

/** "X, Y and Z were designated for supplying ...": the designees are the doers of the gerund after "for". */
export function designees(v: SentenceView, ctx: TransferContext, k: number): Actor[] | null {
  const p1 = v.tokens[k - 1]?.lower, p2 = v.tokens[k - 2]?.lower;
  if (!(p1 === "for" || (p2 === "for" && (p1 === "having" || p1 === "being")))) return null;
  // Only in a sentence that sanctions someone before this word ("sanctions against ... responsible for supplying").
  let sanctionBefore = false;
  for (let j = v.s.first; j < k && !sanctionBefore; j++) {
    const w = v.tokens[j]!.lower;
    sanctionBefore = SANCTION_NOUNS.has(w) || !!ctx.verbs.get(w)?.some((h) => h.frame === "sanction");
  }
  if (!sanctionBefore) return null;
  const ids = new Set<string>();
  for (const d of ctx.sanctioned ?? []) {
    if (d.type !== "sanction" || d.sentence !== v.s.index || d.trigger > k) continue;
    const t = d.roles.target;
    if (typeof t === "string") ids.add(t);
  }
  const out: Actor[] = [];
  for (const id of ids) {
    const a = v.actors.find((x) => x.entity === id);
    if (a && a.type !== "country") {
      const doer = copyActor(a);
      doer.prep = null;
      out.push(doer);
    }
  }
  return out;
}

export interface Exchange {
  /** Token where the phrase starts. */
  at: number;
  /** Token after the phrase. */
  after: number;
  withObject: boolean;
}

export function findExchange(v: SentenceView, from: number, to: number): Exchange | null {
  if (!v.hasExchange) return null;
  for (let k = from; k < to; k++) {
    const w = v.tokens[k]!.lower;
    if (w !== "in" && w !== "as") continue;
    for (const seq of EXCHANGE_OPENERS) {
      if (seq.every((w, n) => v.tokens[k + n]?.lower === w)) return { at: k, after: k + seq.length, withObject: seq.length === 3 };
    }
  }
  return null;
}

/** Status from the verb's own form and the words of its verb group ("would receive", "attempted to facilitate"). */
export function statusOf(v: SentenceView, k: number, hit: VerbHit | null, from: number): Status {
  const toks = v.tokens;
  // Look back over the verb group: at most eight tokens, not past the clause start.
  const group: string[] = [];
  for (let j = k - 1; j >= Math.max(from, k - 8); j--) {
    const t = toks[j]!;
    if (t.kind === "punct" && t.text !== "'s" && t.text !== "’s") break;
    group.push(t.lower);
  }
  for (const w of group) {
    const st = MODAL_STATUS.get(w);
    if (st) return st;
    // "Russia may provide Iran with jets": a possible deal still to come; "may have provided" is a past one, only less sure.
    if ((w === "may" || w === "might" || w === "could") && group[0] !== "have" && group[0] !== "been" && hit && hit.form === "base") return "proposed";
    if (w === "continue" || w === "continues" || w === "continued" || w === "continuing") return "ongoing";
  }
  if (group.includes("with") && group.some((w) => w === "worked" || w === "working" || w === "works" || w === "cooperating")) return "negotiating";
  if (!hit) return "delivered";
  if (hit.prospective) return "proposed";
  const nearAux = group[0];
  if (hit.form === "ing") {
    if (nearAux && BE.has(nearAux)) return "ongoing";
    if (group[0] === "been") return "ongoing";
    return prospectiveTo(v, k, from, group) ? "proposed" : "ongoing";
  }
  if (hit.form === "past" || hit.form === "participle") return "delivered";
  if (hit.form === "base") {
    // "did not deliver", "did supply": the auxiliary carries the past tense.
    if (group[0] === "did" || (group[0] === "not" || group[0] === "n't") && group[1] === "did") return "delivered";
    if (prospectiveTo(v, k, from, group)) return "proposed";
    // "used a front company to facilitate the shipment": the past of the use is the past of the deal.
    const use = useBeforeTo(v, k, from, group);
    if (use && use !== "uses" && use !== "using") return "delivered";
    return "ongoing";
  }
  return "ongoing";
}

const PURPOSE_HELPERS = new Set(["help", "assist", "aid", "support", "enable"]);
const USE_VERBS = new Set(["used", "uses", "using", "employed", "relied"]);

/**
 * A "to" in the verb group (read backwards) that looks ahead to the deal: "plans to supply", "to send". But a "to" of
 * purpose states what something served — "used a front company to facilitate the shipment", "to help X in arranging
 * the transport" — and the deal it served went ahead.
 */
function prospectiveTo(v: SentenceView, k: number, from: number, group: string[]): boolean {
  const at = group.indexOf("to");
  if (at < 0) return false;
  const helped = group[0] === "in" && group.slice(0, at).some((w) => PURPOSE_HELPERS.has(w));
  return !helped && !useBeforeTo(v, k, from, group);
}

/** The verb of use that governs the group's "to" ("used <a name of any length> to facilitate"), if any. */
function useBeforeTo(v: SentenceView, k: number, from: number, group: string[]): string | null {
  const at = group.indexOf("to");
  if (at < 0) return null;
  const toAt = k - 1 - at;
  for (let j = toAt - 1; j >= Math.max(from, toAt - 14); j--) {
    const t = v.tokens[j]!;
    if (t.kind === "punct" && t.text !== "-" && t.text !== "'s" && t.text !== "’s") return null;
    if (USE_VERBS.has(t.lower)) return t.lower;
  }
  return null;
}

export function isNounUse(v: SentenceView, k: number): boolean {
  const prev = v.tokens[k - 1];
  const next = v.tokens[k + 1];
  if (!prev) return true;
  if (NOUN_DETERMINERS.has(prev.lower)) return true;
  // "drone transfers", "missile sales": a singular item noun before it makes a compound noun ("drones transfer" stays a verb).
  if (prev.kind === "word" && !prev.cap && ITEM_WORDS.has(prev.lower) && !prev.lower.endsWith("s")) return true;
  if (next?.lower === "of") return true;
  // "the DPRK transfers", "of Iranian drone exports": a name used as a modifier inside a noun phrase — but in
  // "will see Iran supply Russia" the name is the verb's subject.
  const before = v.tokens[k - 2]?.lower ?? "";
  return prev.cap && !BE.has(prev.lower) && !HAVE.has(prev.lower) && (NOUN_DETERMINERS.has(before) || before === "" || prev.text === prev.text.toUpperCase());
}

export function partyOk(a: Actor | undefined | null): a is Actor {
  return !!a && PARTY_TYPES.has(a.type);
}

export function byPrep(list: Actor[], ...preps: string[]): Actor | undefined {
  return list.find((a) => a.prep !== null && preps.includes(a.prep));
}

export function pickItems(items: FoundItem[]): Picked | null {
  const strong = items.filter((i) => !i.weak);
  const use = strong.length ? strong : [];
  if (!use.length) return null;
  const arms = use.some((i) => isArms(i.category));
  const chosen = arms ? use.filter((i) => isArms(i.category)) : use;
  return { items: chosen.map(toItem), arms };
}

export type Picked = { items: Item[]; arms: boolean };

export function makeDraft(v: SentenceView, ctx: TransferContext, k: number, rule: string, roles: Record<string, string>, picked: Picked, status: Status): DraftFact {
  return sentenceDraft(v.s, ctx.timesOf, k, { type: picked.arms ? "arms_transfer" : "goods_transfer", roles, items: picked.items, status, rule });
}

/** Adds the other side of a deal ("in exchange for commercial aircraft") as a linked fact in the reverse direction. */
export function addExchange(v: SentenceView, ctx: TransferContext, main: DraftFact, ex: Exchange | null, to: number, out: DraftFact[]): void {
  out.push(main);
  const mainIdx = out.length - 1;
  if (!ex) return;
  const supplier = main.roles.supplier as string | undefined;
  const recipient = main.roles.recipient as string | undefined;
  if (!supplier || !recipient) return;
  if (!ex.withObject) {
    main.returnForEarlier = true;
    return;
  }
  // Before the trigger ("In return for its support to Moscow, ..."), the phrase ends at its comma.
  let exEnd = Math.max(to, Math.min(v.s.last, ex.after + 14));
  if (ex.at < main.trigger) {
    exEnd = main.trigger;
    for (let j = ex.after; j < main.trigger; j++) if (v.tokens[j]!.text === ",") { exEnd = j; break; }
  }
  const exItems = itemsIn(v, ex.after, exEnd);
  const picked = pickItems(exItems);
  if (!picked) {
    main.returnForEarlier = true;
    return;
  }
  const counter = makeDraft(v, ctx, ex.at, "transfer.exchange-for", { supplier: recipient, recipient: supplier }, picked, main.status);
  out.push(counter);
  main.exchangeWith = [out.length - 1];
  counter.exchangeWith = [mainIdx];
}
