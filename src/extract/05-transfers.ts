// Step 5: transfer frames — who gives what to whom, through whom, how far the deal got — in active, passive and nominal
// forms. Verb frames are read here; noun frames in transfer-nouns.ts; the pieces both share in transfer-parts.ts.
import { ITEM_WORDS } from "../lexicon/items.js";
import { ACTOR_NOUNS } from "../lexicon/roles.js";
import { TRANSFER_NOUNS, type VerbHit } from "../lexicon/triggers.js";
import { actorsIn, coordinated, copyActor, itemsIn, leftBound, originActor, rightBound, subjectOf, type Actor, type SentenceView } from "./clause.js";
import type { DraftFact } from "./draft.js";
import { WORD } from "./lexicon.js";
import { brokerFrame, nominalFrame } from "./transfer-nouns.js";
import {
  BE, NOT_VERBS, addExchange, byPrep, designees, findExchange, isNounUse, makeDraft, partyOk, pickItems, statusOf, type Picked, type TransferContext,
} from "./transfer-parts.js";
import type { Status } from "./types.js";

export type { TransferContext } from "./transfer-parts.js";

export function findTransfers(v: SentenceView, ctx: TransferContext, out: DraftFact[]): void {
  const { tokens } = v;
  const usedAt = new Set<number>();
  for (let k = v.s.first; k < v.s.last; k++) {
    const t = tokens[k]!;
    if (!(t.cls & WORD.TRANSFER) || t.kind !== "word" || usedAt.has(k)) continue;
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
    let governedNoun = -1;
    if (hit?.frame === "broker" && !nominal) {
      governedNoun = brokerFrame(v, ctx, k, hit, from, to, out);
    } else if (nominal) {
      nominalFrame(v, ctx, k, from, to, null, out);
    } else if (hit) {
      verbFrame(v, ctx, k, hit, from, to, out);
    }
    if (countDrafts(out) > before) {
      usedAt.add(k);
      // "facilitated the transport of arms to X": the noun the broker verb governs is the same deal.
      if (governedNoun >= 0) usedAt.add(governedNoun);
      // "imported several shipments from X": the verb's object noun names the same deal, not another one.
      if (hit && !nominal && (hit.frame === "give" || hit.frame === "get")) for (const j of objectNouns(v, k, to)) usedAt.add(j);
    }
  }
}

const OBJECT_ENDS = new Set(["from", "to", "into", "for", "by", "with", "in", "on", "at", "and", "or", "that", "which", "who"]);

/** Transfer nouns in the direct object right after a verb ("sold two shipments", "made deliveries"), up to its first preposition. */
function objectNouns(v: SentenceView, k: number, to: number): number[] {
  const found: number[] = [];
  for (let j = k + 1; j < Math.min(to, k + 6); j++) {
    const t = v.tokens[j]!;
    if (t.kind !== "word" || OBJECT_ENDS.has(t.lower)) break;
    if (TRANSFER_NOUNS.get(t.lower)) found.push(j);
  }
  return found;
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

/** The verb and what stands around it, as every frame reader sees it. */
interface VerbClause {
  v: SentenceView;
  k: number;
  hit: VerbHit;
  from: number;
  to: number;
  /** Actors of the clause before and after the verb. */
  left: Actor[];
  right: Actor[];
  subj: Actor | null;
  passive: boolean;
  /** The object of a verb that governs the infinitive: "met North Korean officials to source arms". */
  objectPartner?: Actor;
}

/** What a frame reader found: the parties, the rule, the items and the status. Readers fill in the one they are given. */
interface FrameRead {
  supplier?: Actor;
  recipient?: Actor;
  broker?: Actor;
  rule: string;
  picked: Picked | null;
  status: Status;
}

/** Each verb frame reads the parties its own way; null drops the verb. */
const FRAME_READERS: Partial<Record<VerbHit["frame"], (c: VerbClause, read: FrameRead) => FrameRead | null>> = {
  give: readGive,
  get: readGet,
  turn: readTurn,
  use: readUse,
};

function verbFrame(v: SentenceView, ctx: TransferContext, k: number, hit: VerbHit, from: number, to: number, out: DraftFact[]): void {
  const { tokens } = v;
  const ex = findExchange(v, k + 1, v.s.last) ?? findExchange(v, v.s.first, k);
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
  const prev = tokens[k - 1];
  // "were used", "were allegedly used"
  const auxBefore = prev && prev.lower.endsWith("ly") ? tokens[k - 2] : prev;
  const passive = (hit.form === "participle" || hit.form === "past") && !!auxBefore && BE.has(auxBefore.lower);
  const named = designees(v, ctx, k);
  let subj = named ? (named[0] ?? null) : subjectOf(v, k, from) ?? weakSubject(v, k, from);
  // "a report about Ukraine sending weapons": the name right before a gerund is its subject, whatever governs it.
  const gerundSubj = hit.form === "ing" ? v.actors.find((a) => a.last === k && !a.possessive) : undefined;
  if (gerundSubj) {
    subj = copyActor(gerundSubj);
    subj.prep = null;
  } else if (hit.form === "ing" && modifiesCommonNoun(v, ctx, k)) {
    // "countries purchasing Russian oil", "vessels carrying arms": the participle's doer is that noun, no one named.
    subj = null;
  }
  // "he met North Korean officials to source arms": before an infinitive, the object of the verb that governs it
  // is a partner, and the subject is further left.
  let objectPartner: Actor | undefined;
  const objEnd = subj && ACTOR_NOUNS.has(tokens[subj.last]?.lower ?? "") ? subj.last + 1 : subj?.last;
  if (subj && !named && tokens[k - 1]?.lower === "to" && objEnd === k - 1 && isVerbObject(v, subj)) {
    objectPartner = subj;
    subj = v.actors.filter((a) => a.last <= objectPartner!.first - 1 && a.first >= from && a.prep === null).pop() ?? null;
  }
  const clause: VerbClause = { v, k, hit, from, to, left: actorsIn(v, from, k), right: actorsIn(v, k + 1, to), subj, passive, objectPartner };
  const start: FrameRead = { rule: `transfer.${hit.lemma}`, picked: pickItems(itemsIn(v, k + 1, itemEnd)), status: statusOf(v, k, hit, from) };
  const read = FRAME_READERS[hit.frame]?.(clause, start);
  if (!read?.picked) return;
  const roles = rolesOf(clause, read);
  if (!roles) return;
  // Coordinated subjects each make their own fact: "The U.S. and NATO supplied Ukraine ...".
  const subjRole = subj && roles.supplier === subj.entity ? "supplier" : subj && roles.recipient === subj.entity ? "recipient" : null;
  const others = subjRole && subj ? (named ?? coordinated(v, subj)).filter((a) => a.entity !== subj.entity && partyOk(a)) : [];
  const draft = makeDraft(v, ctx, k, read.rule, roles, read.picked, read.status);
  addExchange(v, ctx, draft, ex, to, out);
  for (const a of others) {
    if (Object.values(roles).includes(a.entity)) continue;
    const theirs = Object.assign({}, roles);
    theirs[subjRole!] = a.entity;
    out.push(makeDraft(v, ctx, k, read.rule, theirs, read.picked, read.status));
  }
}

/** "supply X to Y", "provide Y with X", "sold Y X", "X were delivered to Y by Z", "ferried arms from X to Y". */
function readGive(c: VerbClause, read: FrameRead): FrameRead {
  const { v, k, to, right, subj } = c;
  const { tokens } = v;
  if (c.passive) {
    read.supplier = byPrep(right, "by", "from");
    read.recipient = byPrep(right, "to", "into");
    read.rule += ".passive";
    return read;
  }
  let supplier = subj ?? undefined;
  let recipient = byPrep(right, "to", "into");
  let broker: Actor | undefined;
  let rule = read.rule;
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
  read.supplier = supplier;
  read.recipient = recipient;
  read.broker = broker;
  read.rule = rule;
  return read;
}

/** "X bought Y from Z", "obtained Y for W", "worked with X to obtain Y", "seek Y from X". */
function readGet(c: VerbClause, read: FrameRead): FrameRead | null {
  const { v, k, hit, left, right } = c;
  if (hit.lemma === "take" && v.tokens[k + 1]?.lower !== "delivery") return null;
  // "seeking to send": "seek" before an infinitive only marks the status of the next verb.
  if (hit.lemma === "seek" && v.tokens[k + 1]?.lower === "to") return null;
  if (c.passive) return null;
  let recipient = c.subj ?? undefined;
  let supplier = byPrep(right, "from");
  let broker: Actor | undefined;
  let rule = read.rule;
  const beneficiary = byPrep(right, "for");
  if (beneficiary) {
    if (recipient && recipient.entity !== beneficiary.entity) broker = recipient;
    recipient = beneficiary;
    rule += ".for";
  }
  // "worked with North Korean officials to obtain ...": the partner is the source.
  supplier ??= left.find((a) => a.prep === "with") ?? c.objectPartner;
  // "Russia received Iranian drones": the origin of what was got is its source.
  if (!supplier && read.picked) {
    const first = read.picked.items.length ? itemStart(c) : -1;
    const o = first >= 0 ? v.origins.find((x) => x.first > k && x.last <= first + 1 && x.first >= first - 3) : undefined;
    if (o && o.entity !== recipient?.entity) {
      supplier = originActor(o);
      rule += ".origin";
    }
  }
  read.supplier = supplier;
  read.recipient = recipient;
  read.broker = broker;
  read.rule = rule;
  if (hit.lemma === "seek") read.status = "proposed";
  return read;
}

/** Verbs that take a gerund ("began supplying", "keeps sending"): after them the gerund's doer is their subject. */
const GERUND_GOVERNORS = new Set(["keeps", "starts", "stops", "continues", "begins", "resumes", "considers", "denies", "admits", "avoids", "risks", "involves", "means", "includes", "was", "is", "has", "as"]);

/** The "-ing" word right after a plural common noun modifies it: "countries purchasing", "firms selling". */
function modifiesCommonNoun(v: SentenceView, ctx: TransferContext, k: number): boolean {
  const prev = v.tokens[k - 1];
  if (!prev || prev.kind !== "word" || prev.cap || !prev.lower.endsWith("s") || prev.lower.endsWith("ss")) return false;
  if (GERUND_GOVERNORS.has(prev.lower) || NOT_VERBS.has(prev.lower) || ctx.verbs.has(prev.lower) || ITEM_WORDS.has(prev.lower)) return false;
  // "China is among (the) countries supplying", "one of the firms selling": the subject is one of them, and the doer.
  let j = k - 2;
  while (j > v.s.first && ["the", "other", "many", "several", "few", "some"].includes(v.tokens[j]!.lower)) j--;
  if (v.tokens[j]?.lower === "among" || (v.tokens[j]?.lower === "of" && v.tokens[j - 1]?.lower === "one")) return false;
  return !v.actors.some((a) => a.last === k);
}

/** Where the first item of the verb's object starts. */
function itemStart(c: VerbClause): number {
  const found = itemsIn(c.v, c.k + 1, Math.min(c.to, c.k + 10)).filter((i) => !i.weak);
  return found.length ? found[0]!.first : -1;
}

/** "looking to", "turning again to", "reaching out to", "relying on" X for Y: a search for a supplier. */
function readTurn(c: VerbClause, read: FrameRead): FrameRead | null {
  const { v, k, to, right } = c;
  let p = k + 1;
  while (p < k + 3 && ["again", "out", "increasingly", "once", "more"].includes(v.tokens[p]?.lower ?? "")) p++;
  const nextWord = v.tokens[p]?.lower;
  if (!nextWord || !["to", "on", "upon"].includes(nextWord)) return null;
  const forAt = findWord(v, "for", k + 1, to);
  if (forAt < 0) return null;
  // Looking or turning to a supplier is a search, not a delivery.
  read.supplier = right.find((a) => a.first < forAt && (a.prep === "to" || a.prep === "on" || a.prep === "upon"));
  read.recipient = c.subj ?? undefined;
  read.picked = pickItems(itemsIn(v, forAt + 1, to));
  read.rule = "transfer.turn-to-for";
  read.status = "proposed";
  return read;
}

/** "used Iranian drones", "Iranian drones were used by the Houthis": the items' origin supplied the user. */
function readUse(c: VerbClause, read: FrameRead): FrameRead | null {
  const { v, k, from, to, right } = c;
  // The object of "use" must be an item, not "used a company to facilitate ...".
  const picked = pickItems(c.passive ? itemsIn(v, from, k) : itemsIn(v, k + 1, Math.min(to, k + 8)));
  if (!picked || !picked.arms) return null;
  let recipient = c.subj ?? undefined;
  const origin = v.origins.find((o) => o.first > k && o.first < Math.min(to, k + 6));
  let supplier = origin ? originActor(origin) : byPrep(right, "from") ?? suppliedBy(c);
  if (c.passive) {
    recipient = byPrep(right, "by");
    const o = v.origins.find((o2) => o2.first >= from && o2.first < k);
    if (o) supplier = originActor(o);
  }
  read.supplier = supplier;
  read.recipient = recipient;
  read.picked = picked;
  read.rule = "transfer.used-supplied-items";
  return read;
}

/** "used weapons supplied by North Korea": the agent of a giving participle right after the used items supplied them. */
function suppliedBy(c: VerbClause): Actor | undefined {
  const { v, k, to, right } = c;
  for (let j = k + 3; j < Math.min(to, k + 10); j++) {
    if (v.tokens[j]!.lower !== "by") continue;
    // Item noun, participle, "by": "rockets supplied by", "weapons made by".
    if (!GIVING_PARTICIPLES.has(v.tokens[j - 1]!.lower) || !ITEM_WORDS.has(v.tokens[j - 2]!.lower)) return undefined;
    return right.find((a) => a.first > j && a.first <= j + 3 && a.prep === "by");
  }
  return undefined;
}

const GIVING_PARTICIPLES = new Set(["supplied", "provided", "sent", "delivered", "sold", "shipped", "transferred", "given", "donated", "exported", "smuggled", "made", "manufactured", "produced"]);

/** The roles of the fact a frame read, with people moved to the broker's place; null when the parties do not make a deal. */
function rolesOf(c: VerbClause, read: FrameRead): Record<string, string> | null {
  const { v, k, hit, to, right } = c;
  let { supplier, recipient, broker } = read;
  // People broker deals between states and groups: a person in the supplier's or recipient's place is the broker,
  // and the partner they deal "with" (or "from") supplies.
  if (supplier?.type === "person" && !broker && (hit.frame === "give" || hit.frame === "get")) {
    broker = supplier;
    supplier = byPrep(right, "from") ?? v.actors.find((a) => a.prep === "with" && a.entity !== recipient?.entity && a.type !== "person");
    read.rule += ".person-broker";
  } else if (recipient?.type === "person" && !broker && hit.frame === "get" && supplier) {
    // "Putin was buying drones from Iran": a leader buys for his state and stays the recipient, unless a partner is named.
    const partner = v.actors.find((a) => a.prep === "with" && a.entity !== supplier?.entity && a.type !== "person");
    if (partner) {
      broker = recipient;
      recipient = partner;
      read.rule += ".person-broker";
    }
  }
  // "Wagner is trying to acquire equipment from foreign suppliers": the source is named but is no entity.
  const unnamedSource = hit.frame === "get" && !supplier && partyOk(recipient) && recipient.type !== "country" && fromUnnamed(v, k + 1, to);
  if (!partyOk(supplier) || !partyOk(recipient) || supplier.entity === recipient.entity) {
    if (!(partyOk(broker) && (partyOk(supplier) || partyOk(recipient))) && !unnamedSource) return null;
  }
  if (supplier && recipient && supplier.entity === recipient.entity) return null;
  const roles: Record<string, string> = {};
  if (partyOk(supplier)) roles.supplier = supplier.entity;
  if (partyOk(recipient)) roles.recipient = recipient.entity;
  if (partyOk(broker) && broker.entity !== roles.supplier && broker.entity !== roles.recipient) roles.broker = broker.entity;
  return roles;
}

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
  if (!a) return null;
  const subj = copyActor(a);
  subj.type = "organization";
  return subj;
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

