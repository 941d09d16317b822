// Step 6: sanction frames — who designates, lists or sanctions whom, when, and whether it is done, proposed, threatened or lifted.
import { NUMBER_WORDS } from "../lexicon/items.js";
import { TITLE_WORDS } from "../lexicon/names.js";
import { SANCTION_NOUNS, type VerbHit } from "../lexicon/triggers.js";
import { timeIn } from "../time/resolve.js";
import { leftBound, newActor, originActor, subjectOf, type Actor, type SentenceView } from "./clause.js";
import { LISTING_VERBS, WORD } from "./lexicon.js";
import { newDraft, type DraftFact, type DraftRoles, type TimesOf } from "./draft.js";
import type { SanctionStatus } from "./types.js";

const LISTING = new Set(LISTING_VERBS);

const AUTHORITY_TYPES = new Set(["government_body", "country", "organization", "person"]);
const TARGET_TYPES = new Set(["person", "company", "organization", "armed_group", "government_body", "country", "vessel", "aircraft"]);
const TARGET_STOPS = new Set(["pursuant", "for", "under", "who", "which", "that", "because", "after", "in", "on", "since", "over", "as", "to", "by", "with", "when", "while", "amid", ";", ":", "(", "“", "”"]);
const COORD = new Set([",", "and", "or", "as", "well", "also", "the", "a", "an", "its", "entity", "entities", "individual", "individuals", "company", "companies", "firm", "firms", "bank", "banks", "national", "nationals", "including", "namely", "-", "based", "prc", "dprk", "russian", "iranian", "chinese", "north", "korean", "person", "persons", "network", "leader", "head"]);
const LEGAL_FORM_WORDS = new Set(["llc", "ltd", "ooo", "jsc", "inc", "co", "corp", "plc", "fzc", "dmcc", "ao", "pjsc", "llp"]);
const PAST_MARKERS = new Set(["previously", "earlier", "already", "formerly", "was", "were", "had", "prior"]);

export interface SanctionContext {
  verbs: Map<string, VerbHit[]>;
  timesOf: TimesOf;
  published: string | null;
  /** The document's main sanctioning body, used when a passive designation names none ("X is being designated"). */
  defaultAuthority: () => string | null;
  /** Set once a sentence of the document has spoken of sanctions or designations. */
  sanctionSeen?: boolean;
}

function statusFrom(words: string[]): SanctionStatus {
  if (words.some((w) => ["lift", "lifted", "lifting", "lifts", "delisted", "delisting", "removed", "remove", "ease", "eased", "easing", "unfreeze"].includes(w))) {
    return words.some((w) => ["could", "would", "may", "might", "demanded", "demand", "demands", "if", "calls", "called", "urged"].includes(w)) ? "proposed" : "lifted";
  }
  if (words.some((w) => ["could", "may", "might", "warned", "warns", "threatened", "threatens", "threaten", "face", "risk", "exposed", "expose", "sanctionable"].includes(w))) return "threatened";
  if (words.some((w) => ["would", "will", "propose", "proposed", "proposes", "proposal", "urged", "urge", "urges", "called", "calls", "should", "plans", "plan", "planning", "vetoed", "veto", "seeks", "seeking", "consider", "considering", "recommend", "recommends"].includes(w))) {
    return words.includes("will") && words.includes("impose") && !words.includes("if") ? "threatened" : "proposed";
  }
  return "imposed";
}

function isSanctionVerb(hit: VerbHit | undefined): boolean {
  return !!hit && (hit.frame === "sanction" || hit.frame === "lift");
}

/** Targets after `start`: the first party and the ones coordinated with it ("X, Y, and Z"). */
function targetsAfter(v: SentenceView, start: number, limit: number): Actor[] {
  const out: Actor[] = [];
  let k = start;
  const actors = [...v.actors, ...v.weakActors].filter((a) => a.first >= start && a.last <= limit && TARGET_TYPES.has(a.type)).sort((a, b) => a.first - b.first);
  // "two Russia-based companies, X and Y": a count of the designees, then their names.
  const counted = countedDescriptionEnd(v, start, limit);
  if (counted > 0) k = counted;
  for (const a of actors) {
    if (a.first < k || out.some((o) => o.entity === a.entity)) {
      k = Math.max(k, a.last);
      continue;
    }
    // Only words of coordination or description stand between targets.
    let ok = true;
    for (let j = k; j < a.first; j++) {
      const w = v.tokens[j]!.lower;
      // A title before a listed name ("including Defence Minister Sergei Shoigu") is part of the description.
      if (TITLE_WORDS.has(w) && v.tokens[j]!.cap) continue;
      if ((w === "for" && v.tokens[j + 1]?.lower === "sanctions") || (out.length > 0 && (w === ";" || w === "(" || w === ")" || w === "“" || w === "”" || w === "aka" || LEGAL_FORM_WORDS.has(w)))) continue;
      if (w === "as" && v.tokens[j + 1]?.lower === "well" && v.tokens[j + 2]?.lower === "as") {
        j += 2;
        continue;
      }
      const described = v.describers.has(j) || v.origins.some((o) => o.first <= j && j < o.last) || (w === "sanctions" && v.tokens[j - 1]?.lower === "for");
      if (TARGET_STOPS.has(w) || (!COORD.has(w) && !described && !(out.length === 0 && j - start < 4 && !v.tokens[j]!.cap && w !== "of"))) {
        ok = false;
        break;
      }
    }
    if (!ok) break;
    // "sanctions on Iran, and Britain said ...": a name followed by its own verb opens a new clause, not the list.
    if (out.length > 0 && opensClause(v, a)) break;
    // "Iran's IRGC Aerospace Force": the possessor introduces the target.
    if (a.possessive) {
      k = a.last + 1;
      continue;
    }
    out.push(a);
    k = a.last;
    // "three Iranian military leaders and X": the demonym's noun phrase is a description, not a stop.
    if (a.demonym) while (k < limit && v.tokens[k]!.kind === "word" && !v.tokens[k]!.cap && !["and", "or"].includes(v.tokens[k]!.lower) && !TARGET_STOPS.has(v.tokens[k]!.lower)) k++;
    if (v.tokens[k]?.text === "’s" || v.tokens[k]?.text === "'s") break;
    // "X, a DPRK entity that ...; Y, a ...; and Z": skip the appositive to the next semicolon of the list.
    if (v.tokens[k]?.text === "," && ["a", "an", "the"].includes(v.tokens[k + 1]?.lower ?? "")) {
      let j = k + 2;
      while (j < limit && v.tokens[j]!.text !== ";") j++;
      if (j >= limit) break;
      k = j;
    }
  }
  // "sanctions against Russian financial institutions": a nationality with no named target stands for its state.
  if (!out.length) {
    const o = v.origins.find((x) => x.first >= start && x.first <= start + 2);
    if (o) out.push(originActor(o));
    else {
      // "sanctions on 20 Chinese companies", "sanctioned three Iranian nationals"
      for (let j = start; j <= start + 2 && j < limit; j++) {
        const e = v.describers.get(j);
        if (e) {
          out.push(newActor(e, "country", j, j + 1, null, false, false));
          break;
        }
      }
    }
  }
  return out;
}

const CLAUSE_VERBS = new Set(["said", "says", "will", "would", "has", "have", "had", "is", "are", "was", "were", "could", "may", "might", "announced", "added", "warned", "plans", "planned", "also", "did", "does"]);

function opensClause(v: SentenceView, a: Actor): boolean {
  const next = v.tokens[a.last];
  return !!next && next.kind === "word" && !next.cap && (CLAUSE_VERBS.has(next.lower) || (next.cls & WORD.REPORTING) !== 0);
}

/**
 * The end of a counted description opening a list of designees ("two Russia-based companies," "the following three
 * entities:"): the position after its comma or colon, or 0 when the words after `start` are no such description.
 */
function countedDescriptionEnd(v: SentenceView, start: number, limit: number): number {
  let j = start;
  if (v.tokens[j]?.lower === "the" && v.tokens[j + 1]?.lower === "following") j += 2;
  const n = v.tokens[j];
  if (!n || !(n.kind === "number" || (NUMBER_WORDS.has(n.lower) && n.lower !== "a"))) return 0;
  for (let q = j + 1; q < Math.min(limit, j + 8); q++) {
    const t = v.tokens[q]!;
    if (t.text === "," || t.text === ":") return q > j + 1 && !v.tokens[q - 1]!.cap ? q + 1 : 0;
    // Lower-case words, and names only as descriptions ("Russia-based", "Iranian").
    if (t.kind === "punct" && t.text !== "-") return 0;
    if (t.cap && v.tokens[q + 1]?.text !== "-" && !v.describers.has(q)) return 0;
  }
  return 0;
}

/** Targets before a passive verb: "Prigozhin and Utkin were sanctioned", "Tekhnologiya, OOO is being designated". */
function targetsBefore(v: SentenceView, k: number, from: number): Actor[] {
  let subj = subjectOf(v, k, from);
  if (!subj) {
    // "X, a Russian firm that makes ..., was designated": the name opening the sentence, before its appositive.
    const first = v.actors[0];
    let w = v.s.first;
    while (w < v.s.last && v.tokens[w]!.kind === "punct") w++;
    if (first && first.first === w && v.tokens[first.last]?.text === "," && first.last < k) subj = first;
  }
  if (!subj || !TARGET_TYPES.has(subj.type)) return [];
  const out = [subj];
  for (const a of [...v.actors].reverse()) {
    if (a.last > subj.first || a.first < from) continue;
    const gap = v.tokens.slice(a.last, out[0]!.first).map((t) => t.lower);
    if (gap.length && gap.every((w) => COORD.has(w))) out.unshift(a);
    else break;
  }
  return out;
}

function timeFor(v: SentenceView, ctx: SanctionContext, words: string[]): { text: string; start: string; end: string } | undefined {
  const t = timeIn(ctx.timesOf(v.s), v.s.start, v.s.end, (x) => x.grain !== "open");
  if (t) return { text: t.text, start: t.from, end: t.to };
  if (!ctx.published) return undefined;
  if (words.some((w) => PAST_MARKERS.has(w))) return undefined;
  // A designation reported without a date or a word placing it in the past is the action the text announces.
  return { text: "today", start: ctx.published, end: ctx.published };
}

export function findSanctions(v: SentenceView, ctx: SanctionContext, out: DraftFact[]): void {
  const { tokens } = v;
  listedDesignees(v, ctx, out);
  if (sanctionWordBefore(v)) ctx.sanctionSeen = true;
  for (let k = v.s.first; k < v.s.last; k++) {
    const t = tokens[k]!;
    if (!(t.cls & WORD.SANCTION) || t.kind !== "word") continue;
    if (LISTING.has(t.lower)) {
      addedToList(v, ctx, k, out, t.lower.startsWith("add") ? "to" : "on");
      continue;
    }
    const hit = ctx.verbs.get(t.lower)?.find((h) => h.frame === "sanction" || h.frame === "lift");
    const noun = SANCTION_NOUNS.has(t.lower);
    // "sanctions" is read as the noun: the plural verb use is rare in news copy and the noun needs "on"/"against" anyway.
    const pluralNoun = t.lower === "sanctions" || t.lower === "designations";
    if (!isSanctionVerb(hit) && !noun) continue;
    if (hit && (hit.lemma === "target" || hit.lemma === "list")) {
      // "targeting" and "listing" sanction only in a sanctions text, with a body as subject.
      const subj = subjectOf(v, k, leftBound(v, k));
      if (!subj || subj.type !== "government_body") continue;
    }
    if (hit && tokens[k - 1]?.text === "-") continue;
    // "froze the assets of X": the target follows "assets of"; a freeze of anything else is no sanction.
    let after = k + 1;
    if (hit?.lemma === "freeze") {
      const of = tokens.slice(k + 1, k + 6).findIndex((x) => x.lower === "of");
      if (!tokens.slice(k + 1, k + 5).some((x) => x.lower === "assets" || x.lower === "funds" || x.lower === "property") || of < 0) continue;
      after = k + 2 + of;
    }
    const from = leftBound(v, k);
    const groupWords = tokens.slice(Math.max(from, k - 8), k + 1).map((x) => x.lower);
    const prev = tokens[k - 1]?.lower ?? "";
    const isNoun = pluralNoun || noun && (!hit || ["the", "new", "additional", "of", "us", "u.s.", "un", "eu", "impose", "imposed", "imposing", "announced", "announce", "secondary", "sweeping", "targeted", "financial", "economic", "international", "western", "tough", "more", "further", "its", "these", "such", "fresh"].includes(prev) || tokens[k + 1]?.lower === "on" || tokens[k + 1]?.lower === "against");
    let targets: Actor[] = [];
    let authorities: Actor[] = [];
    let rule = "";
    if (isNoun) {
      const on = k + 1 < v.s.last && ["on", "against", "targeting"].includes(tokens[k + 1]!.lower) ? k + 2 : -1;
      if (on >= 0) {
        targets = targetsAfter(v, on, v.s.last);
        const subj = subjectOf(v, k, from);
        if (subj && AUTHORITY_TYPES.has(subj.type)) authorities = coordinatedWith(v, subj, from);
        rule = "sanction.noun-on";
      } else {
        const threat = threatFrame(v, k, from);
        if (!threat) continue;
        ({ targets, authorities } = threat);
        rule = "sanction.threat";
      }
    } else if (hit) {
      const participle = hit.form === "past" || hit.form === "participle";
      const passive = participle && BE_PASSIVE.has(prev) || (prev === "been" && tokens[k - 2]?.lower !== "having") || (t.lower.endsWith("ed") && tokens[k + 1]?.lower === "by");
      if (passive || (participle && prev !== "has" && prev !== "have" && !subjectOf(v, k, from))) {
        targets = targetsBefore(v, k, from);
        const by = v.actors.find((a) => a.prep === "by" && a.first > k && a.first < k + 4);
        if (by) authorities = coordinatedWith(v, by, k);
        rule = "sanction.passive";
      } else {
        targets = targetsAfter(v, after, v.s.last);
        const subj = subjectOf(v, k, from);
        if (subj && AUTHORITY_TYPES.has(subj.type)) authorities = coordinatedWith(v, subj, from);
        rule = `sanction.${hit.lemma}`;
      }
    }
    if (!authorities.length && rule !== "sanction.passive") {
      // "the decision by the European Union to impose sanctions", "a resolution that would have imposed sanctions".
      const byBefore = v.actors.find((a) => a.prep === "by" && a.last <= k && a.last >= k - 6 && AUTHORITY_TYPES.has(a.type));
      if (byBefore) authorities = [byBefore];
      else if (from > v.s.first && ["that", "which"].includes(tokens[from - 1]!.lower)) {
        const ante = v.actors.filter((a) => a.last <= from - 1 && a.last >= from - 5 && AUTHORITY_TYPES.has(a.type)).pop();
        if (ante) authorities = [ante];
      }
    }
    const goodTargets = targets.filter((x) => !authorities.some((a) => a.entity === x.entity));
    if (!goodTargets.length) continue;
    const status = hit?.frame === "lift" ? "lifted" : statusFrom(groupWords);
    let authorityIds: string[] = [];
    for (const a of authorities) if (AUTHORITY_TYPES.has(a.type)) authorityIds.push(a.entity);
    if (!authorityIds.length && status === "imposed") {
      const d = ctx.defaultAuthority();
      if (d) authorityIds = [d];
    }
    const time = status === "imposed" ? timeFor(v, ctx, groupWords) : timeFor(v, ctx, groupWords.filter((w) => w !== "is" && w !== "are"));
    pushSanctions(v, out, goodTargets, authorityIds, status, k, rule, time);
  }
}

const LIST_NAMES = new Set(["sanctions", "sanction", "sdn", "entity", "blacklist", "terrorist", "terror", "consolidated", "denied", "specially"]);

/** "The UK added five Russian companies to its sanctions list", "Commerce added X to the Entity List", "put X on the SDN list". */
function addedToList(v: SentenceView, ctx: SanctionContext, k: number, out: DraftFact[], prep: "to" | "on"): void {
  const toks = v.tokens;
  let to = -1;
  for (let j = k + 1; j < Math.min(v.s.last, k + 25); j++) {
    if (toks[j]!.lower !== prep) continue;
    const window = toks.slice(j + 1, j + 6).map((t) => t.lower);
    if (window.some((w) => w === "list" || w === "blacklist") && window.some((w) => LIST_NAMES.has(w))) to = j;
    break;
  }
  if (to < 0) return;
  const from = leftBound(v, k);
  const targets = targetsAfter(v, k + 1, to);
  if (!targets.length) return;
  const subj = subjectOf(v, k, from);
  let authorities = subj && AUTHORITY_TYPES.has(subj.type) ? [subj.entity] : [];
  if (!authorities.length) {
    const d = ctx.defaultAuthority();
    if (d) authorities = [d];
  }
  const time = timeFor(v, ctx, toks.slice(Math.max(from, k - 6), k + 1).map((t) => t.lower));
  pushSanctions(v, out, targets, authorities, "imposed", k, "sanction.added-to-list", time);
}

const DESIGNEE_NOUNS = new Set(["entities", "individuals", "companies", "persons", "firms", "banks", "vessels", "people", "designees", "targets"]);

/**
 * "The entities are X, Y and Z": a press release names, in a sentence of its own, the designees it counted before
 * ("OFAC imposed sanctions on three entities ..."). Only in a text that sanctions, with the document's authority.
 */
function listedDesignees(v: SentenceView, ctx: SanctionContext, out: DraftFact[]): void {
  const t = v.tokens;
  let k = v.s.first;
  if (!["the", "these", "those", "they"].includes(t[k]?.lower ?? "")) return;
  if (t[k]!.lower !== "they") {
    k++;
    if (["designated", "sanctioned", "three", "two", "four", "five", "six", "newly"].includes(t[k]?.lower ?? "")) k++;
    if (!DESIGNEE_NOUNS.has(t[k]?.lower ?? "")) return;
  }
  k++;
  if (!["are", "include", "were"].includes(t[k]?.lower ?? "")) return;
  if (!ctx.sanctionSeen) return;
  const targets = targetsAfter(v, k + 1, v.s.last);
  const authority = ctx.defaultAuthority();
  const time = timeFor(v, ctx, []);
  pushSanctions(v, out, targets.filter((t) => t.type !== "country"), authority ? [authority] : [], "imposed", k, "sanction.listed-designees", time);
}

function sanctionWordBefore(v: SentenceView): boolean {
  for (let j = v.s.first; j < v.s.last; j++) {
    const w = v.tokens[j]!.lower;
    if (SANCTION_NOUNS.has(w) || w.startsWith("designat") || w === "sanctioned" || w === "sanctioning") return true;
  }
  return false;
}

/** "X could face sanctions", "A warned X of sanctions": the threatened party is the target. */
function threatFrame(v: SentenceView, k: number, from: number): { targets: Actor[]; authorities: Actor[] } | null {
  const toks = v.tokens;
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) {
    const w = toks[j]!.lower;
    if (w === "face" || w === "faces" || w === "facing") {
      const target = subjectOf(v, j, from) ?? v.actors.filter((a) => a.last <= j && a.first >= from).pop();
      if (!target) return null;
      const before = from > v.s.first ? v.actors.filter((a) => a.last < from && a.prep === null && AUTHORITY_TYPES.has(a.type)).pop() : undefined;
      return { targets: [target], authorities: before ? [before] : [] };
    }
  }
  // "issued a warning to Iran, saying he would impose tariffs": the one warned is the target.
  if (toks.slice(Math.max(from, k - 3), k).some((t) => t.lower === "impose" || t.lower === "slap")) {
    for (let j = k - 1; j >= v.s.first; j--) {
      if (toks[j]!.lower !== "warning" && toks[j]!.lower !== "ultimatum") continue;
      const target = v.actors.find((a) => a.prep === "to" && a.first > j && a.first <= j + 3);
      if (!target) break;
      const auth = subjectOf(v, j, v.s.first);
      return { targets: [target], authorities: auth && AUTHORITY_TYPES.has(auth.type) ? [auth] : [] };
    }
  }
  for (let j = k - 1; j >= Math.max(v.s.first, k - 8); j--) {
    const w = toks[j]!.lower;
    if (w === "warned" || w === "warns" || w === "threatened" || w === "threatens") {
      const target = v.actors.find((a) => a.first === j + 1 || (a.first === j + 2 && toks[j + 1]!.lower === "the"));
      if (!target || toks[target.last]?.lower !== "of" && toks[target.last]?.lower !== "with") return null;
      const auth = subjectOf(v, j, leftBound(v, j));
      return { targets: [target], authorities: auth && AUTHORITY_TYPES.has(auth.type) ? [auth] : [] };
    }
  }
  return null;
}

/** One sanction draft per target, with the authorities (one or several) and the time the sentence gives. */
function pushSanctions(
  v: SentenceView, out: DraftFact[], targets: readonly Actor[], authorities: readonly string[], status: SanctionStatus, trigger: number, rule: string,
  time: { text: string; start: string; end: string } | undefined,
): void {
  for (const target of targets) {
    if (authorities.includes(target.entity)) continue;
    const roles: DraftRoles = authorities.length ? { authority: authorities.length === 1 ? authorities[0]! : [...authorities], target: target.entity } : { target: target.entity };
    out.push(newDraft("sanction", roles, [], status, v.s.index, trigger, { start: v.s.start, end: v.s.end }, rule, time));
  }
}

const BE_PASSIVE = new Set(["is", "are", "was", "were", "being", "be", "been", "get", "got"]);

/** An actor and the ones listed with it: "The European Union, the United Kingdom, Canada, and Japan have sanctioned ...". */
function coordinatedWith(v: SentenceView, head: Actor, from: number): Actor[] {
  const out = [head];
  const list = v.actors.filter((a) => a.first >= from);
  const idx = list.indexOf(head);
  for (let n = idx - 1; n >= 0; n--) {
    const a = list[n]!;
    const gap = v.tokens.slice(a.last, out[0]!.first).map((x) => x.lower);
    if (gap.length && gap.every((w) => w === "," || w === "and" || w === "the" || w === "or")) out.unshift(a);
    else break;
  }
  for (let n = idx + 1; n < list.length; n++) {
    const a = list[n]!;
    const last = out[out.length - 1]!;
    const gap = v.tokens.slice(last.last, a.first).map((x) => x.lower);
    if (gap.length && gap.every((w) => w === "," || w === "and" || w === "the" || w === "or")) out.push(a);
    else break;
  }
  return out;
}
