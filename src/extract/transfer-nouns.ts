// Transfer nouns (step 5): "the transfer of Iranian UAVs to Russia", "Russia's acquisition of drones", "arms deals
// between X and Y", and brokers who facilitate such a transfer.
import { ITEM_WORDS, WAR_EFFORT_PHRASES } from "../lexicon/items.js";
import { TRANSFER_NOUNS, type VerbHit } from "../lexicon/triggers.js";
import { actorsIn, coordinated, itemsIn, leftBound, originActor, subjectOf, type Actor, type SentenceView } from "./clause.js";
import type { DraftFact } from "./draft.js";
import {
  BE, HAVE, NOT_VERBS, NOUN_DETERMINERS, addExchange, byPrep, designees, findExchange, makeDraft, partyOk, pickItems, statusOf, type TransferContext,
} from "./transfer-parts.js";
import type { Status } from "./types.js";

/** Verbs that govern a transfer noun and say how far it got: "halted deliveries", "approved the sale". */
const GOVERNING_STATUS: ReadonlyMap<string, Status> = new Map(Object.entries<Status>({
  halted: "cancelled", halts: "cancelled", suspended: "cancelled", suspends: "cancelled", stopped: "cancelled", stops: "cancelled",
  blocked: "cancelled", blocks: "cancelled", cancelled: "cancelled", canceled: "cancelled", paused: "cancelled", froze: "cancelled", ended: "cancelled",
  resumed: "ongoing", resumes: "ongoing", continued: "ongoing", continues: "ongoing", stepped: "ongoing", increased: "ongoing", expanded: "ongoing",
  approved: "agreed", approves: "agreed", authorized: "agreed", authorised: "agreed", signed: "agreed", finalized: "agreed", sealed: "agreed",
  announced: "proposed", planned: "proposed", plans: "proposed", proposed: "proposed", promised: "proposed", pledged: "proposed", offered: "proposed",
  discussed: "negotiating", discussing: "negotiating", negotiated: "negotiating", negotiating: "negotiating",
  completed: "delivered", made: "delivered", received: "delivered", began: "ongoing", started: "ongoing",
}));
const TRADE_NOUNS = new Set(["exports", "imports", "export", "import", "trade"]);
const SUPPORT_NOUNS = new Set(["support", "aid", "assistance"]);
const MODALS = new Set(["will", "would", "could", "can", "may", "might", "must", "should", "shall"]);

/** "B facilitated the transfer of Iranian UAVs to Russia", "B attempted to facilitate arms deals between Russia and the DPRK". */
/** Returns the position of the transfer noun the broker verb governs, or -1: that noun is read here and not again. */
export function brokerFrame(v: SentenceView, ctx: TransferContext, k: number, hit: VerbHit, from: number, to: number, out: DraftFact[]): number {
  // "firms involved in the transfer": a participle right after a noun modifies that noun, whose name (if any) ends there.
  const prevTok = v.tokens[k - 1];
  const reduced = (hit.form === "past" || hit.form === "participle") && !!prevTok && prevTok.kind === "word" && !BE.has(prevTok.lower) && !HAVE.has(prevTok.lower) && !prevTok.lower.endsWith("ly");
  const head = reduced ? (v.actors.find((a) => a.last === k) ?? null) : subjectOf(v, k, from);
  // "X and Y are designated for facilitating ...": each of them brokers the deal.
  // After "sanctioned X for facilitating", the doer is X — never the sanctioning subject.
  const named = designees(v, ctx, k);
  const brokers = named ? (named.length ? named : [null]) : head ? coordinated(v, head) : [null];
  let noun = -1;
  for (const broker of brokers) noun = brokerFor(v, ctx, k, hit, from, to, broker, out);
  return noun;
}

function brokerFor(v: SentenceView, ctx: TransferContext, k: number, hit: VerbHit, from: number, to: number, broker: Actor | null, out: DraftFact[]): number {
  const status = statusOf(v, k, hit, from);
  // The object: the first transfer noun after the verb.
  for (let j = k + 1; j < Math.min(to, k + 8); j++) {
    const w = v.tokens[j]!.lower;
    if (TRANSFER_NOUNS.get(w) || ctx.verbs.get(w)?.some((h) => h.frame === "give" || h.frame === "get")) {
      nominalFrame(v, ctx, j, k + 1, to, { broker: broker ?? null, status }, out);
      return j;
    }
  }
  return -1;
}

/** "the transfer of Iranian UAVs to Russia", "PMC Wagner's acquisition of UAVs from Iran", "arms deals between X and Y". */
export function nominalFrame(
  v: SentenceView, ctx: TransferContext, k: number, from: number, to: number, governed: { broker: Actor | null; status: Status } | null, out: DraftFact[],
): void {
  const { tokens } = v;
  // "a ban on all exports of machine tools to Belarus": a measure against the trade, not a deal.
  if (restricted(v, k)) return;
  const side = TRANSFER_NOUNS.get(tokens[k]!.lower) ?? "either";
  // The noun phrase runs to the clause end; "that likely originated from the DPRK" still names the source.
  let end = to;
  const origVerb = tokens[end + 1]?.lower === "likely" ? end + 2 : end + 1;
  if (tokens[end]?.lower === "that" && ["originated", "came", "originate", "come"].includes(tokens[origVerb]?.lower ?? "")) end = Math.min(v.s.last, origVerb + 4);
  // "Military aid to Ukraine was paused (by X)": the verb after the phrase says how far the deal got and ends the phrase.
  const after = governed ? null : verbAfter(v, ctx, k, end);
  if (after) end = after.at;
  const right = actorsIn(v, k + 1, end);
  const ex = findExchange(v, k + 1, v.s.last);
  const itemFrom = Math.max(from, k - 4);
  const items = itemsIn(v, itemFrom, ex && ex.at > k ? ex.at : end);
  let picked = pickItems(items);
  // "Iran's exports to Russia": trade nouns name goods even when the goods are not listed.
  if (!picked && TRADE_NOUNS.has(tokens[k]!.lower)) picked = { items: [{ text: tokens[k]!.text, category: "other" }], arms: false };
  // "China's support for Russia's defense industrial base": support for a state's war is material support.
  if (!picked && SUPPORT_NOUNS.has(tokens[k]!.lower) && forWarEffort(v, k, end)) picked = { items: [{ text: tokens[k]!.text, category: "other" }], arms: false };
  if (!picked) return;
  // "sales by France": the agent of the noun supplies; "sanctions imposed by the Treasury": the agent of another verb does not.
  let supplier = byPrep(right, "from") ?? byPrep(right.filter((a) => a.prep !== "by" || !agentOfParticiple(v, a)), "by");
  let recipient = byPrep(right, "to", "into", "for");
  // "Russia's acquisition of ...", "the DPRK's deployment of troops".
  const possessor = v.actors.find((a) => a.possessive && a.last + 1 <= k && a.last + 1 >= k - 3);
  if (possessor) {
    if (side === "recipient" && !recipient) recipient = possessor;
    else if (side === "supplier" && !supplier) supplier = possessor;
  }
  // "Iranian UAVs", "DPRK-origin missiles", "North Korean troops": the origin supplies.
  if (!supplier) {
    const o = v.origins.find((x) => items.some((it) => x.last >= it.first - 1 && x.last <= it.last));
    if (o) supplier = originActor(o);
  }
  let between = right.filter((a) => a.prep === "between");
  // "Iran-Russia drone transfers", "the DPRK-Russia arms deal": a hyphenated pair before the noun names its two sides.
  const pair = between.length !== 2 ? hyphenPairBefore(v, k) : null;
  if (pair) between = pair;
  if ((!supplier || !recipient) && between.length === 2) {
    const [a, b] = between as [Actor, Actor];
    if (supplier && supplier.entity === a.entity) recipient = b;
    else if (supplier && supplier.entity === b.entity) recipient = a;
    else if (!supplier && !recipient) {
      // Direction is not in the words; keep the pair in text order and let the merge step orient it by other facts.
      supplier = a;
      recipient = b;
    }
  }
  // "Armenia halted deliveries of shells to Ukraine": the subject of the verb governing the noun takes the noun's side.
  let governingStatus: Status | null = null;
  if (!governed && !(supplier && recipient)) {
    let j = k - 1;
    while (j > v.s.first && NOUN_DETERMINERS.has(tokens[j]!.lower) && tokens[j]!.lower !== "of" && tokens[j]!.lower !== "for") j--;
    const verb = tokens[j];
    if (verb && verb.kind === "word" && !verb.cap && !NOT_VERBS.has(verb.lower)) {
      const doer = subjectOf(v, j, leftBound(v, j));
      if (doer && partyOk(doer)) {
        if (side !== "recipient" && !supplier && doer.entity !== recipient?.entity) supplier = doer;
        else if (side === "recipient" && !recipient && doer.entity !== supplier?.entity) recipient = doer;
        governingStatus = GOVERNING_STATUS.get(verb.lower) ?? null;
      }
    }
  }
  if (!governed && !(supplier && recipient)) return;
  // "discussed Iran-Russia drone transfers", "halted arms deliveries between X and Y": with both sides known, the verb
  // governing the noun still says how far the deal got.
  if (!governed && !governingStatus) {
    let j = (pair ? pair[0].first : k) - 1;
    while (j > v.s.first && (NOUN_DETERMINERS.has(tokens[j]!.lower) || (ITEM_WORDS.has(tokens[j]!.lower) && !tokens[j]!.cap)) && tokens[j]!.lower !== "of" && tokens[j]!.lower !== "for") j--;
    const verb = tokens[j];
    if (verb && verb.kind === "word" && !verb.cap) governingStatus = GOVERNING_STATUS.get(verb.lower) ?? null;
  }
  let status: Status;
  if (governed) status = governed.status;
  else {
    const from2 = leftBound(v, k);
    status = statusOf(v, k, null, from2);
  }
  if (governingStatus) status = governingStatus;
  if (after) status = after.status;
  if (tokens[k - 1]?.lower === "proposed" || tokens[k - 1]?.lower === "potential" || tokens[k - 1]?.lower === "planned") status = "proposed";
  const roles: Record<string, string> = {};
  if (partyOk(supplier)) roles.supplier = supplier.entity;
  if (partyOk(recipient) && recipient.entity !== roles.supplier) roles.recipient = recipient.entity;
  const broker = governed?.broker;
  if (partyOk(broker) && broker.entity !== roles.supplier && broker.entity !== roles.recipient) roles.broker = broker.entity;
  const parties = Number(!!roles.supplier) + Number(!!roles.recipient);
  if (parties === 0 || (parties === 1 && !roles.broker)) return;
  const draft = makeDraft(v, ctx, k, governed ? "transfer.broker-facilitate" : `transfer.noun-${tokens[k]!.lower}`, roles, picked, status);
  if (between.length === 2 && !possessor && !v.origins.length) draft.rule += ".between";
  addExchange(v, ctx, draft, ex, end, out);
}

const RESTRICTIONS = new Set(["ban", "bans", "embargo", "embargoes", "restrictions", "restriction", "curbs", "curb", "limits", "limit", "prohibition", "prohibitions", "controls", "tariffs", "tariff", "duties", "moratorium", "freeze", "cap", "caps"]);

/** The noun is the object of a restriction: "ban on (all) exports", "curbs on arms sales", "a moratorium on deliveries". */
function restricted(v: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j > v.s.first && k - j < 5 && (NOUN_DETERMINERS.has(v.tokens[j]!.lower) || v.tokens[j]!.lower === "all" || ITEM_WORDS.has(v.tokens[j]!.lower)) && !["on", "of", "for"].includes(v.tokens[j]!.lower)) j--;
  const prep = v.tokens[j]?.lower;
  if (prep !== "on" && prep !== "of" && prep !== "against") return false;
  return RESTRICTIONS.has(v.tokens[j - 1]?.lower ?? "");
}

/** "imposed by the Treasury", "approved by Congress": the "by" before the actor follows a past participle, whose agent it is. */
function agentOfParticiple(v: SentenceView, a: Actor): boolean {
  let j = a.first - 1;
  while (j > v.s.first && v.tokens[j]!.lower !== "by") j--;
  const t = v.tokens[j - 1];
  return !!t && t.kind === "word" && !t.cap && (t.lower.endsWith("ed") || t.lower.endsWith("en")) && !ITEM_WORDS.has(t.lower);
}

/** "for Russia's defense industrial base", "to Moscow's war effort": the noun is followed by a state's war effort. */
function forWarEffort(v: SentenceView, k: number, end: number): boolean {
  const prep = v.tokens[k + 1]?.lower;
  if (prep !== "for" && prep !== "to") return false;
  const owner = v.actors.find((a) => a.first === k + 2 && a.possessive);
  if (!owner || !partyOk(owner)) return false;
  // After "Russia" and its "'s", up to two modifiers ("growing", "defense") before the phrase.
  const from = owner.last + 1;
  for (let j = from; j <= from + 2 && j < end; j++) {
    for (const phrase of WAR_EFFORT_PHRASES) {
      if (j + phrase.length > end) continue;
      if (phrase.every((w, n) => v.tokens[j + n]!.lower === w)) return true;
    }
  }
  return false;
}

/**
 * The first verb after a transfer noun, when it is one of GOVERNING_STATUS, alone ("deliveries stopped") or as a passive
 * ("was halted", "were quietly resumed"): the status it gives and where it stands; null when the first verb is another.
 */
function verbAfter(v: SentenceView, ctx: TransferContext, k: number, to: number): { status: Status; at: number } | null {
  const { tokens } = v;
  for (let j = k + 1; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") continue;
    if (BE.has(t.lower)) {
      let p = j + 1;
      if (tokens[p]?.lower.endsWith("ly") || tokens[p]?.lower === "being") p++;
      const status = GOVERNING_STATUS.get(tokens[p]?.lower ?? "");
      return status ? { status, at: j } : null;
    }
    if (HAVE.has(t.lower) || MODALS.has(t.lower)) return null;
    // An intransitive past tense right after the phrase: "deliveries stopped", "the sales resumed".
    const st = GOVERNING_STATUS.get(t.lower);
    if (st && t.lower.endsWith("ed") && !NOT_VERBS.has(tokens[j - 1]!.lower) && !NOUN_DETERMINERS.has(tokens[j - 1]!.lower)) return { status: st, at: j };
    if (ctx.verbs.has(t.lower)) return null;
  }
  return null;
}

/** Two parties joined by a hyphen right before the noun, with at most three lower-case modifiers between: "Iran-Russia drone transfers". */
function hyphenPairBefore(v: SentenceView, k: number): [Actor, Actor] | null {
  let j = k - 1;
  while (j > k - 4 && j >= v.s.first && v.tokens[j]!.kind === "word" && !v.tokens[j]!.cap) j--;
  const b = v.actors.find((x) => x.last === j + 1);
  if (!b || b.first < 2) return null;
  const dash = v.tokens[b.first - 1]!;
  if (dash.text !== "-" || dash.spaceBefore || v.tokens[b.first]!.spaceBefore) return null;
  const a = v.actors.find((x) => x.last === b.first - 1);
  return a && a.entity !== b.entity && partyOk(a) && partyOk(b) ? [a, b] : null;
}
