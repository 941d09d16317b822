// Step 5: transfer frames — who gives what to whom, through whom, how far the deal got — in active, passive and nominal forms.
import { ITEM_WORDS } from "../lexicon/items.js";
import { ACTOR_NOUNS } from "../lexicon/roles.js";
import { SANCTION_NOUNS, MODAL_STATUS, TRANSFER_NOUNS, type VerbHit } from "../lexicon/triggers.js";
import type { TimeMention } from "../time/resolve.js";
import { actorsIn, coordinated, isArms, itemsIn, leftBound, rightBound, subjectOf, type Actor, type FoundItem, type SentenceView } from "./clause.js";
import { sentenceDraft, type DraftFact } from "./draft.js";
import type { Item, Status } from "./types.js";

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]);
const HAVE = new Set(["has", "have", "had", "having"]);
const NOUN_DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "of", "for", "’s", "'s", "such", "any", "illicit", "illegal", "weapons", "arms", "military", "further", "continued", "ongoing", "alleged", "proposed", "potential", "future", "recent", "new", "direct", "covert", "secret"]);
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
const PARTY_TYPES = new Set(["country", "armed_group", "company", "organization", "government_body", "person"]);
const EXCHANGE_OPENERS = [["in", "exchange", "for"], ["in", "return", "for"], ["as", "payment", "for"], ["in", "payment", "for"], ["in", "exchange"], ["in", "return"]];

export interface TransferContext {
  verbs: Map<string, VerbHit[]>;
  times: TimeMention[];
  /** Facts found so far in the document: sanctions in this sentence name who did what they were designated "for". */
  sanctioned?: DraftFact[];
}

/** "X, Y and Z were designated for supplying ...": the designees are the doers of the gerund after "for". */
function designees(v: SentenceView, ctx: TransferContext, k: number): Actor[] | null {
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
    if (a && a.type !== "country") out.push({ ...a, prep: null });
  }
  return out;
}

interface Exchange {
  /** Token where the phrase starts. */
  at: number;
  /** Token after the phrase. */
  after: number;
  withObject: boolean;
}

function findExchange(v: SentenceView, from: number, to: number): Exchange | null {
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
    if (w === "continue" || w === "continues" || w === "continued" || w === "continuing") return "ongoing";
  }
  if (group.includes("with") && group.some((w) => w === "worked" || w === "working" || w === "works" || w === "cooperating")) return "negotiating";
  if (!hit) return "delivered";
  if (hit.prospective) return "proposed";
  const nearAux = group[0];
  if (hit.form === "ing") {
    if (nearAux && BE.has(nearAux)) return "ongoing";
    if (group[0] === "been") return "ongoing";
    return group.includes("to") ? "proposed" : "ongoing";
  }
  if (hit.form === "past" || hit.form === "participle") return "delivered";
  if (hit.form === "base") {
    // "did not deliver", "did supply": the auxiliary carries the past tense.
    if (group[0] === "did" || (group[0] === "not" || group[0] === "n't") && group[1] === "did") return "delivered";
    if (group.includes("to")) return "proposed";
    return "ongoing";
  }
  return "ongoing";
}

function isNounUse(v: SentenceView, k: number): boolean {
  const prev = v.tokens[k - 1];
  const next = v.tokens[k + 1];
  if (!prev) return true;
  if (NOUN_DETERMINERS.has(prev.lower)) return true;
  if (next?.lower === "of") return true;
  // "the DPRK transfers", "of Iranian drone exports": a name used as a modifier inside a noun phrase — but in
  // "will see Iran supply Russia" the name is the verb's subject.
  const before = v.tokens[k - 2]?.lower ?? "";
  return prev.cap && !BE.has(prev.lower) && !HAVE.has(prev.lower) && (NOUN_DETERMINERS.has(before) || before === "" || prev.text === prev.text.toUpperCase());
}

function partyOk(a: Actor | undefined | null): a is Actor {
  return !!a && PARTY_TYPES.has(a.type);
}

function byPrep(list: Actor[], ...preps: string[]): Actor | undefined {
  return list.find((a) => a.prep !== null && preps.includes(a.prep));
}

function pickItems(items: FoundItem[]): { items: Item[]; arms: boolean } | null {
  const strong = items.filter((i) => !i.weak);
  const use = strong.length ? strong : [];
  if (!use.length) return null;
  const arms = use.some((i) => isArms(i.category));
  const chosen = arms ? use.filter((i) => isArms(i.category)) : use;
  return { items: chosen.map(({ first: _f, last: _l, weak: _w, ...rest }) => rest), arms };
}

export function findTransfers(v: SentenceView, ctx: TransferContext, out: DraftFact[]): void {
  const { tokens } = v;
  const usedAt = new Set<number>();
  for (let k = v.s.first; k < v.s.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || usedAt.has(k)) continue;
    const hits = ctx.verbs.get(t.lower);
    const hit = hits?.find((h) => h.frame === "give" || h.frame === "get" || h.frame === "turn" || h.frame === "broker" || h.frame === "use") ?? null;
    const nounSide = TRANSFER_NOUNS.get(t.lower);
    if (!hit && !nounSide) continue;
    const nominal = !!nounSide && (!hit || isNounUse(v, k));
    // "imported, exported, or reexported": a list of alternatives states a legal criterion, not an event.
    if (hit && !nominal && inDisjunction(v, k, ctx)) continue;
    const from = leftBound(v, k);
    const to = rightBound(v, k);
    const before = countDrafts(out);
    if (hit?.frame === "broker" && !nominal) {
      brokerFrame(v, ctx, k, hit, from, to, out);
    } else if (nominal) {
      nominalFrame(v, ctx, k, from, to, null, out);
    } else if (hit) {
      verbFrame(v, ctx, k, hit, from, to, out);
    }
    if (countDrafts(out) > before) usedAt.add(k);
  }
}

const countDrafts = (out: DraftFact[]) => out.length;

function inDisjunction(v: SentenceView, k: number, ctx: TransferContext): boolean {
  const isTransferVerb = (j: number) => {
    const w = v.tokens[j];
    return !!w && j !== k && !!ctx.verbs.get(w.lower)?.some((h) => h.frame === "give" || h.frame === "get");
  };
  // Another transfer verb within five tokens with "or" between them: "imported, exported, or reexported".
  for (let j = Math.max(v.s.first, k - 5); j < Math.min(v.s.last, k + 6); j++) {
    if (!isTransferVerb(j)) continue;
    const [a, b] = j < k ? [j, k] : [k, j];
    if (v.tokens.slice(a + 1, b).some((t) => t.lower === "or")) return true;
  }
  return false;
}

function makeDraft(v: SentenceView, ctx: TransferContext, k: number, rule: string, roles: Record<string, string>, picked: { items: Item[]; arms: boolean }, status: Status): DraftFact {
  return sentenceDraft(v.s, ctx.times, k, { type: picked.arms ? "arms_transfer" : "goods_transfer", roles, items: picked.items, status, rule });
}

/** Adds the other side of a deal ("in exchange for commercial aircraft") as a linked fact in the reverse direction. */
function addExchange(v: SentenceView, ctx: TransferContext, main: DraftFact, ex: Exchange | null, to: number, out: DraftFact[]): void {
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

function verbFrame(v: SentenceView, ctx: TransferContext, k: number, hit: VerbHit, from: number, to: number, out: DraftFact[]): void {
  const { tokens } = v;
  const left = actorsIn(v, from, k);
  const right = actorsIn(v, k + 1, to);
  const ex = findExchange(v, k + 1, v.s.last) ?? (findExchange(v, v.s.first, k));
  let itemEnd = ex && ex.at > k ? ex.at : to;
  // The object ends at a comma that opens a new phrase ("..., likely connected to ...").
  for (let j = k + 1; j < itemEnd; j++) {
    const t = tokens[j]!;
    const n = tokens[j + 1];
    if (t.text === "," && n && n.kind === "word" && !n.cap && !ITEM_WORDS.get(n.lower) && n.lower !== "and" && n.lower !== "or" && n.lower !== "including") {
      itemEnd = j;
      break;
    }
  }
  const items = itemsIn(v, k + 1, itemEnd);
  let picked = pickItems(items);
  const prev = tokens[k - 1];
  // "were used", "were allegedly used"
  const auxBefore = prev && prev.lower.endsWith("ly") ? tokens[k - 2] : prev;
  const passive = (hit.form === "participle" || hit.form === "past") && !!auxBefore && BE.has(auxBefore.lower);
  const named = designees(v, ctx, k);
  let subj = named ? (named[0] ?? null) : subjectOf(v, k, from) ?? weakSubject(v, k, from);
  // "a report about Ukraine sending weapons": the name right before a gerund is its subject, whatever governs it.
  const gerundSubj = hit.form === "ing" ? v.actors.find((a) => a.last === k && !a.possessive) : undefined;
  if (gerundSubj) subj = { ...gerundSubj, prep: null };
  // "he met North Korean officials to source arms": before an infinitive, the object of the verb that governs it
  // is a partner, and the subject is further left.
  let objectPartner: Actor | undefined;
  const objEnd = subj && ACTOR_NOUNS.has(tokens[subj.last]?.lower ?? "") ? subj.last + 1 : subj?.last;
  if (subj && !named && tokens[k - 1]?.lower === "to" && objEnd === k - 1 && isVerbObject(v, subj)) {
    objectPartner = subj;
    subj = v.actors.filter((a) => a.last <= objectPartner!.first - 1 && a.first >= from && a.prep === null).pop() ?? null;
  }
  let verbStatus = statusOf(v, k, hit, from);
  let supplier: Actor | undefined;
  let recipient: Actor | undefined;
  let broker: Actor | undefined;
  let rule = `transfer.${hit.lemma}`;

  switch (hit.frame) {
    case "give": {
      if (passive) {
        supplier = byPrep(right, "by", "from");
        recipient = byPrep(right, "to", "into");
        rule += ".passive";
        break;
      }
      supplier = subj ?? undefined;
      recipient = byPrep(right, "to", "into");
      // Direct object: "provide Pyongyang with food", "offering North Korea food", "sold North Korea drones".
      if (!recipient) {
        const obj = right.find((a) => a.prep === null && a.first <= k + 3);
        if (obj) {
          const nextActor = right.find((a) => a.first > obj.last && a.first <= obj.last + 2 && obj.possessive);
          const target = nextActor ?? obj;
          let afterIdx = target.last;
          // "provided DPRK officials with ...": the object's head noun stands between it and "with".
          if (ACTOR_NOUNS.has(tokens[afterIdx]?.lower ?? "")) afterIdx++;
          const afterObj = tokens[afterIdx];
          if (afterObj && (afterObj.lower === "with" || itemsIn(v, target.last, Math.min(to, target.last + 8)).length)) recipient = target;
        }
      }
      const src = byPrep(right, "from");
      if (src && partyOk(subj) && subj.type !== "country") {
        broker = subj;
        supplier = src;
        rule += ".carrier";
      } else if (src && !partyOk(subj)) {
        // "a vessel that ferried arms from North Korea to Russia": the route names both sides.
        supplier = src;
        rule += ".route";
      }
      break;
    }
    case "get": {
      if (hit.lemma === "take" && tokens[k + 1]?.lower !== "delivery") return;
      // "seeking to send": "seek" before an infinitive only marks the status of the next verb.
      if (hit.lemma === "seek" && tokens[k + 1]?.lower === "to") return;
      if (hit.lemma === "seek") verbStatus = "proposed";
      recipient = subj ?? undefined;
      supplier = byPrep(right, "from");
      const beneficiary = byPrep(right, "for");
      if (beneficiary) {
        if (recipient && recipient.entity !== beneficiary.entity) broker = recipient;
        recipient = beneficiary;
        rule += ".for";
      }
      // "worked with North Korean officials to obtain ...": the partner is the source.
      if (!supplier) {
        const partner = left.find((a) => a.prep === "with") ?? objectPartner;
        if (partner) supplier = partner;
      }
      if (passive) return;
      break;
    }
    case "turn": {
      // "looking to", "turning again to", "reaching out to", "relying on"
      let p = k + 1;
      while (p < k + 3 && ["again", "out", "increasingly", "once", "more"].includes(tokens[p]?.lower ?? "")) p++;
      const nextWord = tokens[p]?.lower;
      if (!nextWord || !["to", "on", "upon"].includes(nextWord)) return;
      const forAt = findWord(v, "for", k + 1, to);
      if (forAt < 0) return;
      recipient = subj ?? undefined;
      supplier = right.find((a) => a.first < forAt && (a.prep === "to" || a.prep === "on" || a.prep === "upon"));
      picked = pickItems(itemsIn(v, forAt + 1, to));
      rule = `transfer.turn-to-for`;
      // Looking or turning to a supplier is a search, not a delivery.
      verbStatus = "proposed";
      break;
    }
    case "use": {
      // "used Iranian drones": the object of "use" must be an item, not "used a company to facilitate ...".
      const objItems = passive ? itemsIn(v, from, k) : itemsIn(v, k + 1, Math.min(to, k + 8));
      picked = pickItems(objItems);
      recipient = subj ?? undefined;
      const origin = v.origins.find((o) => o.first > k && o.first < Math.min(to, k + 6));
      const fromActor = byPrep(right, "from");
      if (origin) supplier = { entity: origin.entity, type: "country", first: origin.first, last: origin.last, prep: null, possessive: false, pronoun: false };
      else if (fromActor) supplier = fromActor;
      if (passive) {
        // "Iranian drones were used by the Houthis"
        recipient = byPrep(right, "by");
        const o = v.origins.find((o2) => o2.first >= from && o2.first < k);
        if (o) supplier = { entity: o.entity, type: "country", first: o.first, last: o.last, prep: null, possessive: false, pronoun: false };
      }
      rule = "transfer.used-supplied-items";
      if (!picked || !picked.arms) return;
      break;
    }
    default:
      return;
  }
  if (!picked) return;
  // People broker deals between states and groups: a person in the supplier's or recipient's place is the broker,
  // and the partner they deal "with" (or "from") supplies.
  if (supplier?.type === "person" && !broker && (hit.frame === "give" || hit.frame === "get")) {
    broker = supplier;
    supplier = byPrep(right, "from") ?? v.actors.find((a) => a.prep === "with" && a.entity !== recipient?.entity && a.type !== "person");
    rule += ".person-broker";
  } else if (recipient?.type === "person" && !broker && hit.frame === "get" && supplier) {
    // "Putin was buying drones from Iran": a leader buys for his state and stays the recipient, unless a partner is named.
    const partner = v.actors.find((a) => a.prep === "with" && a.entity !== supplier?.entity && a.type !== "person");
    if (partner) {
      broker = recipient;
      recipient = partner;
      rule += ".person-broker";
    }
  }
  // "Wagner is trying to acquire equipment from foreign suppliers": the source is named but is no entity.
  const unnamedSource = hit.frame === "get" && !supplier && partyOk(recipient) && recipient.type !== "country" && fromUnnamed(v, k + 1, to);
  if (!partyOk(supplier) || !partyOk(recipient) || supplier.entity === recipient.entity) {
    if (!(partyOk(broker) && (partyOk(supplier) || partyOk(recipient))) && !unnamedSource) return;
  }
  if (supplier && recipient && supplier.entity === recipient.entity) return;
  // A person is a broker, rarely a party: a person subject only supplies when nothing else can.
  const roles: Record<string, string> = {};
  if (partyOk(supplier)) roles.supplier = supplier.entity;
  if (partyOk(recipient)) roles.recipient = recipient.entity;
  if (partyOk(broker) && broker.entity !== roles.supplier && broker.entity !== roles.recipient) roles.broker = broker.entity;
  // Coordinated subjects each make their own fact: "The U.S. and NATO supplied Ukraine ...".
  const subjRole = subj && roles.supplier === subj.entity ? "supplier" : subj && roles.recipient === subj.entity ? "recipient" : null;
  const others = subjRole && subj ? (named ?? coordinated(v, subj)).filter((a) => a.entity !== subj.entity && partyOk(a)) : [];
  const draft = makeDraft(v, ctx, k, rule, roles, picked, verbStatus);
  addExchange(v, ctx, draft, ex, to, out);
  for (const a of others) {
    if (Object.values(roles).includes(a.entity)) continue;
    out.push(makeDraft(v, ctx, k, rule, { ...roles, [subjRole!]: a.entity }, picked, verbStatus));
  }
}

const NOT_VERBS = new Set(["and", "or", "but", "the", "a", "an", "of", "for", "to", "from", "with", "by", "in", "on", "at", "as", "than", "that", "which", "who", "its", "their", "his", "her", "also", "not"]);

/** The actor directly follows a lower-case verb ("met X", "asked X", "urged X"), so it is that verb's object. */
function isVerbObject(v: SentenceView, a: Actor): boolean {
  let j = a.first - 1;
  while (j >= v.s.first && ["the", "a", "an", "its", "their"].includes(v.tokens[j]!.lower)) j--;
  const w = v.tokens[j];
  return !!w && w.kind === "word" && !w.cap && !NOT_VERBS.has(w.lower) && a.prep === null;
}

const VERB_GROUP = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "has", "also", "reportedly", "allegedly", "then", "later", "been", "had", "could", "may", "might", "did", "does", "do", "not", "never", "previously", "recently", "still"]);

/** "Rosoboronexport delivered ...": a one-word name of unknown type right before the verb group acts as its subject. */
function weakSubject(v: SentenceView, k: number, from: number): Actor | null {
  let j = k - 1;
  while (j >= from && VERB_GROUP.has(v.tokens[j]!.lower)) j--;
  const a = v.weakActors.find((w) => w.last === j + 1 && w.first >= from && w.prep === null);
  return a ? { ...a, type: "organization" } : null;
}

function fromUnnamed(v: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (v.tokens[j]!.lower !== "from") continue;
    let n = j + 1;
    while (n < to && ["foreign", "other", "third", "outside", "various", "several", "unnamed", "external", "overseas"].includes(v.tokens[n]!.lower)) n++;
    if (["suppliers", "sources", "vendors", "abroad", "countries", "partners", "parties", "sellers"].includes(v.tokens[n]?.lower ?? "")) return true;
  }
  return false;
}

function findWord(v: SentenceView, w: string, from: number, to: number): number {
  for (let j = from; j < to; j++) if (v.tokens[j]!.lower === w) return j;
  return -1;
}

/** "B facilitated the transfer of Iranian UAVs to Russia", "B attempted to facilitate arms deals between Russia and the DPRK". */
function brokerFrame(v: SentenceView, ctx: TransferContext, k: number, hit: VerbHit, from: number, to: number, out: DraftFact[]): void {
  // "firms involved in the transfer": a participle right after a noun modifies that noun, whose name (if any) ends there.
  const prevTok = v.tokens[k - 1];
  const reduced = (hit.form === "past" || hit.form === "participle") && !!prevTok && prevTok.kind === "word" && !BE.has(prevTok.lower) && !HAVE.has(prevTok.lower) && !prevTok.lower.endsWith("ly");
  const head = reduced ? (v.actors.find((a) => a.last === k) ?? null) : subjectOf(v, k, from);
  // "X and Y are designated for facilitating ...": each of them brokers the deal.
  // After "sanctioned X for facilitating", the doer is X — never the sanctioning subject.
  const named = designees(v, ctx, k);
  const brokers = named ? (named.length ? named : [null]) : head ? coordinated(v, head) : [null];
  const before = out.length;
  for (const broker of brokers) brokerFor(v, ctx, k, hit, from, to, broker, out);
  void before;
}

function brokerFor(v: SentenceView, ctx: TransferContext, k: number, hit: VerbHit, from: number, to: number, broker: Actor | null, out: DraftFact[]): void {
  const status = statusOf(v, k, hit, from);
  // The object: the first transfer noun after the verb.
  for (let j = k + 1; j < Math.min(to, k + 8); j++) {
    const w = v.tokens[j]!.lower;
    if (TRANSFER_NOUNS.get(w) || ctx.verbs.get(w)?.some((h) => h.frame === "give" || h.frame === "get")) {
      nominalFrame(v, ctx, j, k + 1, to, { broker: broker ?? null, status }, out);
      return;
    }
  }
}

/** "the transfer of Iranian UAVs to Russia", "PMC Wagner's acquisition of UAVs from Iran", "arms deals between X and Y". */
function nominalFrame(
  v: SentenceView, ctx: TransferContext, k: number, from: number, to: number, governed: { broker: Actor | null; status: Status } | null, out: DraftFact[],
): void {
  const { tokens } = v;
  const side = TRANSFER_NOUNS.get(tokens[k]!.lower) ?? "either";
  // The noun phrase runs to the clause end; "that likely originated from the DPRK" still names the source.
  let end = to;
  const origVerb = tokens[end + 1]?.lower === "likely" ? end + 2 : end + 1;
  if (tokens[end]?.lower === "that" && ["originated", "came", "originate", "come"].includes(tokens[origVerb]?.lower ?? "")) end = Math.min(v.s.last, origVerb + 4);
  const right = actorsIn(v, k + 1, end);
  const ex = findExchange(v, k + 1, v.s.last);
  const itemFrom = Math.max(from, k - 4);
  const items = itemsIn(v, itemFrom, ex && ex.at > k ? ex.at : end);
  let picked = pickItems(items);
  // "Iran's exports to Russia": trade nouns name goods even when the goods are not listed.
  if (!picked && TRADE_NOUNS.has(tokens[k]!.lower)) picked = { items: [{ text: tokens[k]!.text, category: "other" }], arms: false };
  if (!picked) return;
  let supplier = byPrep(right, "from", "by");
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
    if (o) supplier = { entity: o.entity, type: "country", first: o.first, last: o.last, prep: null, possessive: false, pronoun: false };
  }
  const between = right.filter((a) => a.prep === "between");
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
  let status: Status;
  if (governed) status = governed.status;
  else {
    const from2 = leftBound(v, k);
    status = statusOf(v, k, null, from2);
  }
  if (governingStatus) status = governingStatus;
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
