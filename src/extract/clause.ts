// A sentence seen by the fact rules: its actors (role-able mentions) with the preposition that governs each, origins, items.
import { CLAUSE_OPENERS, DENIAL_WORDS, LEFT_STOPS, PERSON_PRONOUNS, PREPOSITIONS, REPORTING_VERBS } from "../lexicon/cues.js";
import { ARMS_CATEGORIES, ITEM_WORDS, MILITARY_MODIFIERS, NUMBER_WORDS, WEAK_ITEMS } from "../lexicon/items.js";
import { ACTOR_NOUNS, DESCRIPTION_NOUNS } from "../lexicon/roles.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import type { ResolvedEntity } from "./03-coreference.js";
import type { Mention } from "./mention-types.js";
import type { EntityType, Item, ItemCategory } from "./types.js";

export interface Actor {
  entity: string;
  type: ResolvedEntity["type"];
  first: number;
  last: number;
  /** The preposition governing the actor ("to", "from", "with", "between"), or null for a subject or direct object. */
  prep: string | null;
  /** "Russia's acquisition": the actor owns the next noun. */
  possessive: boolean;
  pronoun: boolean;
  /** A demonym standing for its state ("North Korean officials"). */
  demonym: boolean;
  /** A lone capitalised word of unknown type ("Huawei"): a sanction target, never a party to a transfer or a source. */
  weak: boolean;
}

/** A new actor; every actor has all its fields in one order, so rules reading actors see one object shape. */
export function newActor(entity: string, type: Actor["type"], first: number, last: number, prep: string | null, possessive: boolean, pronoun: boolean): Actor {
  return { entity, type, first, last, prep, possessive, pronoun, demonym: false, weak: false };
}

export interface Origin {
  entity: string;
  first: number;
  last: number;
}

/** An origin as the country that acts: "Iranian drones", "DPRK-origin missiles" name their supplier. */
export function originActor(o: Origin): Actor {
  return newActor(o.entity, "country", o.first, o.last, null, false, false);
}

// Hot paths copy objects field by field: V8 (Node 20) makes an object spread a slow runtime call, about a microsecond each.

/** A copy of an actor, to be changed by the caller. */
export function copyActor(a: Actor): Actor {
  const out = newActor(a.entity, a.type, a.first, a.last, a.prep, a.possessive, a.pronoun);
  out.demonym = a.demonym;
  out.weak = a.weak;
  return out;
}

/** The item as the contract states it, without the token range and weakness the rules use. */
export function toItem(f: FoundItem): Item {
  const it: Item = { text: f.text, category: f.category };
  if (f.quantity !== undefined) it.quantity = f.quantity;
  return it;
}

export interface FoundItem extends Item {
  first: number;
  last: number;
  /** A vague noun ("support", "goods") without a military word before it. */
  weak: boolean;
}

export interface SentenceView {
  text: string;
  s: Sentence;
  tokens: Token[];
  actors: Actor[];
  origins: Origin[];
  /** Lone capitalised words of unknown type, as actors: only sanction targets may be one. */
  weakActors: Actor[];
  /** The sentence says "exchange", "return" or "payment": only then is an exchange phrase looked for. */
  hasExchange: boolean;
  /** Tokens of demonyms and nationality words, with the country each names: descriptions that may stand between a verb and its object. */
  describers: Map<number, string>;
}

/** Words before a noun phrase: after them "DPRK troops" is a phrase, not a verb's object followed by its item. */
const NOUN_CONTEXT = new Set(["the", "of", "a", "an", "its", "their", "for", "with", ",", "and", "or", "on", "about", "over", "by", "these", "those", "more", "new", "some", "any", "no", "", "“", "("]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that", "some", "any", "all", "both", "other"]);
const NOT_ACTOR_AFTER = new Set(["company", "companies", "firm", "firms", "industrial", "equipment", "communications", "hardware", "aid", "assistance", "support", "cooperation", "base", "contractor", "contractors", "industry", "company's", "budget", "spending", "exports", "imports"]);
const ORIGIN_SUFFIX_OR_BASED = new Set(["based", "backed", "led", "run", "owned", "linked", "aligned", "affiliated", "made", "built", "controlled"]);
const ORIGIN_SUFFIX = new Set(["origin", "made", "built", "sourced", "produced", "manufactured", "supplied", "provided", "designed"]);

/** "the militant group", "the company": a definite description stands for the last entity of its type named before it. */
const DESCRIBED_HEADS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ["group", "armed_group"], ["militants", "armed_group"], ["militia", "armed_group"], ["rebels", "armed_group"], ["insurgents", "armed_group"],
  ["company", "company"], ["firm", "company"], ["airline", "company"], ["carrier", "company"], ["manufacturer", "company"], ["exporter", "company"],
]);
/** Before "group", a word that makes it an armed one ("the terror group", "the militant group"). */
const ARMED_GROUP_WORDS = new Set(["terror", "terrorist", "militant", "armed", "rebel", "extremist", "jihadist", "islamist", "paramilitary", "mercenary", "militia"]);

/** The last entity of a type mentioned before a text position. */
export type LastOf = (pos: number, type: EntityType) => string | null;

export function buildView(text: string, s: Sentence, tokens: Token[], mentions: Mention[], entities: Map<string, ResolvedEntity>, lastOf: LastOf): SentenceView {
  const actors: Actor[] = [];
  const origins: Origin[] = [];
  const describers = new Map<number, string>();
  const weakActors: Actor[] = [];
  for (const m of mentions) {
    if (m.sentence !== s.index || !m.entity || m.nested) continue;
    const e = entities.get(m.entity);
    if (!e) continue;
    if (e.weak) {
      // Kept for sanction lists ("added Huawei to the Entity List"); every other frame skips it.
      const weak = actorOf(m, e, tokens, s, actors);
      weak.weak = true;
      weakActors.push(weak);
      continue;
    }
    const next = tokens[m.last];
    const next2 = tokens[m.last + 1];
    // "DPRK-origin", "Iranian-made", "Russia-based": the country qualifies the next noun instead of acting.
    if (next?.text === "-" && !next.spaceBefore && next2 && ORIGIN_SUFFIX.has(next2.lower)) {
      origins.push({ entity: m.entity, first: m.first, last: m.last + 2 });
      continue;
    }
    if (next?.text === "-" && next2?.lower === "based") continue;
    // "DPRK troops", "Iran drones": a country name used as a modifier of an item is its origin.
    const before = tokens[m.first - 1]?.lower ?? "";
    if (m.source === "country" && next && !next.cap && next.kind === "word" && (ITEM_WORDS.get(next.lower) || MILITARY_MODIFIERS.get(next.lower)) && !WEAK_ITEMS.has(next.lower) && NOUN_CONTEXT.has(before)) {
      origins.push({ entity: m.entity, first: m.first, last: m.last });
      continue;
    }
    // "the PRC entity X", "DPRK individual Y": a country name used as a nationality description.
    if (m.source === "country" && next && DESCRIPTION_NOUNS.has(next.lower)) {
      for (let q = m.first; q < m.last; q++) describers.set(q, m.entity);
      continue;
    }
    if (m.source === "demonym") {
      for (let q = m.first; q < m.last; q++) describers.set(q, m.entity);
      const head = next?.lower ?? "";
      if (ACTOR_NOUNS.has(head) && !NOT_ACTOR_AFTER.has(next2?.lower ?? "") && !DESCRIPTION_NOUNS.has(head)) {
        const a = actorOf(m, e, tokens, s, actors);
        a.demonym = true;
        actors.push(a);
      } else if (!DESCRIPTION_NOUNS.has(head)) {
        origins.push({ entity: m.entity, first: m.first, last: m.last });
      }
      continue;
    }
    const a = actorOf(m, e, tokens, s, actors);
    actors.push(a);
    // "Iran's drones": a possessive country also marks the origin of what follows.
    if (a.possessive && e.type === "country") origins.push({ entity: m.entity, first: m.first, last: m.last + 1 });
  }
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && PERSON_PRONOUNS.has(t.lower) && (t.lower === "he" || t.lower === "she")) {
      const id = lastOf(t.start, "person");
      const e = id ? entities.get(id) : undefined;
      if (id && e) actors.push(newActor(id, e.type, k, k + 1, prepBefore(tokens, k, s.first), false, true));
    }
  }
  describedActors(s, tokens, entities, lastOf, actors);
  // "Tehran has denied that it supplied ...": "it"/"they" after "that" stands for the subject of the verb before.
  for (let k = s.first + 2; k < s.last; k++) {
    const t = tokens[k]!;
    if ((t.lower !== "it" && t.lower !== "they") || tokens[k - 1]!.lower !== "that") continue;
    // The verb may stand a few words back: "denied on Thursday that it had ...".
    let verbAt = -1;
    for (let j = k - 2; j >= Math.max(s.first, k - 6); j--) {
      const w = tokens[j]!.lower;
      if (REPORTING_VERBS.has(w) || DENIAL_WORDS.has(w)) {
        verbAt = j;
        break;
      }
    }
    if (verbAt < 0) continue;
    const subj = actors.filter((a) => a.last <= verbAt && a.prep === null && !a.pronoun && a.type !== "person").pop();
    if (subj) {
      const it = copyActor(subj);
      it.first = k;
      it.last = k + 1;
      it.prep = null;
      it.possessive = false;
      it.pronoun = true;
      actors.push(it);
    }
  }
  actors.sort((a, b) => a.first - b.first);
  // Coordinated actors share the preposition: "between Russia and the DPRK", "to Russia and Belarus".
  for (let n = 1; n < actors.length; n++) {
    const a = actors[n]!, p = actors[n - 1]!;
    if (a.prep !== null) continue;
    let k = a.first - 1;
    while (k > p.last - 1 && DETERMINERS.has(tokens[k]!.lower)) k--;
    const gap = tokens[k];
    const after = tokens[a.last]?.lower;
    const listComma = gap?.text === "," && (after === "," || after === "and" || after === "or");
    if (gap && (gap.lower === "and" || gap.lower === "or" || listComma) && k === p.last + (tokens[p.last]?.text === "’s" || tokens[p.last]?.text === "'s" ? 1 : 0)) a.prep = p.prep;
  }
  let hasExchange = false;
  for (let k = s.first; k < s.last && !hasExchange; k++) {
    const w = tokens[k]!.lower;
    hasExchange = w === "exchange" || w === "return" || w === "payment";
  }
  return { text, s, tokens, actors, origins, describers, hasExchange, weakActors };
}

/** "the terror group likely used ...", "the company shipped ...": definite descriptions as actors for the entity they stand for. */
function describedActors(s: Sentence, tokens: Token[], entities: Map<string, ResolvedEntity>, lastOf: LastOf, actors: Actor[]): void {
  for (let k = s.first; k < s.last; k++) {
    if (tokens[k]!.lower !== "the") continue;
    let h = k + 1;
    while (h < s.last && h < k + 3 && tokens[h]!.kind === "word" && !tokens[h]!.cap && !DESCRIBED_HEADS.has(tokens[h]!.lower)) h++;
    const head = tokens[h];
    const type = head && !head.cap ? DESCRIBED_HEADS.get(head.lower) : undefined;
    if (!head || !type) continue;
    // "the group" alone may be any group; an armed one is described as such.
    if (head.lower === "group" && !(h > k + 1 && ARMED_GROUP_WORDS.has(tokens[h - 1]!.lower))) continue;
    const next = tokens[h + 1];
    // "the company Rosoboronexport": an apposition names it; "the company's" is kept as a possessive.
    if (next && (next.cap || next.text === "“" || next.text === "\"") && next.kind !== "punct") continue;
    if (actors.some((a) => a.first <= h && a.last > k)) continue;
    // "Wagner, the group that ...": an apposition right after a name describes that name, which is already an actor.
    if (tokens[k - 1]?.text === "," && actors.some((a) => a.last === k - 1)) continue;
    const id = lastOf(tokens[k]!.start, type);
    const e = id ? entities.get(id) : undefined;
    if (!id || !e || e.weak) continue;
    const possessive = next?.text === "’s" || next?.text === "'s";
    actors.push(newActor(id, e.type, k, h + 1, prepBefore(tokens, k, s.first), possessive, true));
  }
}

function prepBefore(tokens: Token[], first: number, min: number): string | null {
  let k = first - 1;
  while (k >= min && DETERMINERS.has(tokens[k]!.lower)) k--;
  // "by Yemen-based Houthi rebels": a hyphenated description between the preposition and the name.
  if (k - 2 >= min && tokens[k - 1]?.text === "-" && ORIGIN_SUFFIX_OR_BASED.has(tokens[k]!.lower) && !tokens[k - 1]!.spaceBefore) {
    k -= 3;
    while (k >= min && DETERMINERS.has(tokens[k]!.lower)) k--;
  }
  // "to Sudan's Rapid Support Forces": the preposition before the possessor governs the whole phrase.
  if (k >= min + 1 && (tokens[k]!.text === "’s" || tokens[k]!.text === "'s")) return null;
  const t = tokens[k];
  return t && k >= min && PREPOSITIONS.has(t.lower) ? t.lower : null;
}

function actorOf(m: Mention, e: ResolvedEntity, tokens: Token[], s: Sentence, before: Actor[]): Actor {
  const next = tokens[m.last];
  let prep = prepBefore(tokens, m.first, s.first);
  // The possessor's preposition passes to the possessed name: "to Sudan's Rapid Support Forces".
  const prev = before[before.length - 1];
  if (prep === null && prev && prev.possessive && prev.last + 1 === m.first) prep = prev.prep;
  const possessive = next?.text === "’s" || next?.text === "'s" || (next?.text === "’" && tokens[m.last + 1]?.lower === "s");
  return newActor(m.entity!, e.type, m.first, m.last, prep, possessive, false);
}

/** The first token of the clause holding `k` (a subject search goes no further left). */
export function leftBound(v: SentenceView, k: number): number {
  for (let j = k - 1; j >= v.s.first; j--) {
    // A bracket ("the Office of Foreign Assets Control (OFAC) designated") is stepped over, not a boundary.
    if (v.tokens[j]!.text === ")") {
      let o = j - 1;
      while (o >= v.s.first && o > j - 15 && v.tokens[o]!.text !== "(") o--;
      if (v.tokens[o]?.text === "(") {
        j = o;
        continue;
      }
    }
    if (LEFT_STOPS.has(v.tokens[j]!.lower)) return j + 1;
  }
  return v.s.first;
}

/** One past the last token of the clause holding `k`. */
export function rightBound(v: SentenceView, k: number): number {
  for (let j = k + 1; j < v.s.last; j++) {
    const t = v.tokens[j]!;
    if (CLAUSE_OPENERS.has(t.lower)) return j;
  }
  return v.s.last;
}

/** Nearest actor left of `k` that reads as the clause subject: not governed by a preposition, not inside an appositive. */
export function subjectOf(v: SentenceView, k: number, from: number): Actor | null {
  // "an arms dealer who tried to ...": the subject is the word before "who", and nothing further left.
  for (let j = k - 1; j >= from && j >= k - 8; j--) {
    const w = v.tokens[j]!.lower;
    if (w === "who" || w === "which" || (w === "that" && j > from)) {
      let end = j;
      if (v.tokens[end - 1]?.text === ",") end--;
      return v.actors.find((a) => a.last === end && a.prep === null) ?? null;
    }
    if (v.tokens[j]!.kind === "punct" && w !== "’s" && w !== "'s") break;
  }
  // "John Kirby, a White House spokesman, said": skip the appositive between the subject and its verb.
  const appositive = appositiveBefore(v, k, from);
  if (appositive !== null) {
    const before = v.actors.filter((a) => a.last === appositive && a.prep === null);
    if (before.length) return before[before.length - 1]!;
  }
  let best: Actor | null = null;
  for (const a of v.actors) {
    if (a.first < from || a.last > k) continue;
    if (a.prep !== null) continue;
    if (a.possessive && nextNounIsNotName(v, a)) {
      // "Russia's readiness to receive": the possessor is the subject of the infinitive.
      const noun = v.tokens[a.last + 1], to = v.tokens[a.last + 2];
      if (!(noun && to?.lower === "to" && a.last + 3 === k)) continue;
    }
    best = a;
  }
  return best;
}

/** True for the words of a bracket ("(", its content, ")") inside a list of words. */
function inBrackets(words: string[], n: number): boolean {
  let depth = 0;
  for (let j = 0; j <= n; j++) {
    if (words[j] === "(") depth++;
    if (depth > 0 && j === n) return true;
    if (words[j] === ")") depth = Math.max(0, depth - 1);
  }
  return false;
}

/** For "X, a/the ... ," right before token `k` (allowing an auxiliary), the index of the comma that opens the appositive. */
export function appositiveBefore(v: SentenceView, k: number, from: number): number | null {
  let j = k - 1;
  while (j > from && v.tokens[j]!.kind === "word" && AUXILIARIES.has(v.tokens[j]!.lower)) j--;
  const close = v.tokens[j]?.text;
  if (!close || !APPOSITIVE_MARKS.has(close)) return null;
  for (let c = j - 1; c >= from && c >= j - 14; c--) {
    if (v.tokens[c]!.text !== close) continue;
    const opener = v.tokens[c + 1]?.lower ?? "";
    return ["a", "an", "the", "its", "his", "her", "who", "which"].includes(opener) ? c : null;
  }
  return null;
}

/** Marks that open and close an appositive: "X, a spokesman, said", "X – a London-based nonprofit – uncovered". */
const APPOSITIVE_MARKS = new Set([",", "–", "—"]);
const AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "has", "had", "reportedly", "allegedly", "then", "later", "previously"]);

function nextNounIsNotName(v: SentenceView, a: Actor): boolean {
  // "Russia's war" — the possessive modifies a common noun, so Russia is not the subject of what follows... unless
  // nothing else is: callers fall back to it through `possessorOf`.
  const after = v.tokens[a.last + 1];
  return !!after && !after.cap;
}

/** The subject and the actors coordinated with it: "The U.S. and NATO supplied ...". */
export function coordinated(v: SentenceView, head: Actor): Actor[] {
  const out = [head];
  const idx = v.actors.indexOf(head);
  let sawAnd = false;
  for (let n = idx - 1; n >= 0; n--) {
    const a = v.actors[n]!;
    // A bracketed short form of a listed name stands inside the gap: "Abbas Djuma (Djuma) and Tigran Srabionov".
    if (a.entity === out[0]!.entity) {
      // The name and its bracketed short form are one party: measure the gap from the name.
      if (a.last <= out[0]!.first) out[0] = a;
      continue;
    }
    // Built by loops (see wordsIn in 02-mentions.ts): the words between, less brackets and what they enclose.
    const between: string[] = [];
    for (let q = a.last; q < out[0]!.first; q++) between.push(v.tokens[q]!.lower);
    const gap: string[] = [];
    for (let n = 0; n < between.length; n++) {
      const w = between[n]!;
      if (!inBrackets(between, n) && w !== ")" && w !== "(") gap.push(w);
    }
    const conj = gap.includes("and") || gap.includes("or");
    // A list needs its conjunction: "X, Y and Z" — a bare comma ("In Sudan, the Wagner Group") is not one.
    if (gap.length && gap.every((w) => w === "," || w === "and" || w === "or" || w === "the") && (conj || sawAnd)) {
      out.unshift(a);
      sawAnd ||= conj;
    } else break;
  }
  return out;
}

export function actorsIn(v: SentenceView, from: number, to: number): Actor[] {
  return v.actors.filter((a) => a.first >= from && a.last <= to);
}

const ITEM_HEAD_BLOCK = new Set([
  "dealer", "dealers", "program", "programs", "programme", "programmes", "industry", "industries", "manufacturer", "manufacturers", "maker", "makers",
  "factory", "factories", "plant", "plants", "producer", "producers", "sector", "expert", "experts", "attacks", "attack", "strikes", "strike", "threat",
  "threats", "capabilities", "capability", "operators", "units", "unit", "crews", "regime", "nonproliferation", "proliferation", "proliferators",
  "sanctions", "control", "controls", "embargo", "talks", "applications", "application", "treaty", "research", "developers", "testing", "tests", "test", "launch", "launches", "smuggling",
]);
const QUANT_RE = /^(?:over|more|than|nearly|almost|about|around|some|up|to|at|least|several|hundreds|thousands|dozens|dozen|tens|of|kinds|types|pieces|units|sorts|batches|shipments|tons|tonnes|million|billion|barrels|rounds|numerous|many|multiple|a|an|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d[\d,.]*)$/;

/** Items in [from, to): item nouns with their modifiers and quantity ("over two dozen kinds of weapons and munitions"). */
export function itemsIn(v: SentenceView, from: number, to: number): FoundItem[] {
  const out: FoundItem[] = [];
  const { tokens } = v;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    let cat: ItemCategory | undefined = ITEM_WORDS.get(t.lower);
    if (!cat) continue;
    // "weapons dealer", "missile program", "drone attacks": the item word modifies another noun.
    const nextWord = tokens[k + 1];
    if (nextWord && nextWord.kind === "word" && !nextWord.cap && ITEM_HEAD_BLOCK.has(nextWord.lower)) continue;
    // "drone components", "artillery shells": the first noun of a compound qualifies the second.
    // A vague head takes its category from the noun before it ("vehicle parts", "arms supplies", "oil exports").
    if (nextWord && nextWord.kind === "word" && !nextWord.cap && ITEM_WORDS.get(nextWord.lower) && (!WEAK_ITEMS.has(nextWord.lower) || !WEAK_ITEMS.has(t.lower))) continue;
    // A capitalised item word mid-sentence is usually a name ("Shahed Aviation", "Trade Med").
    const acronym = t.text === t.text.toUpperCase() || t.text.slice(0, -1) === t.text.slice(0, -1).toUpperCase();
    if (t.cap && k > v.s.first && !acronym) continue;
    let weak = WEAK_ITEMS.has(t.lower);
    // "Syrian fighters", "foreign fighters": fighters of a people or a side are troops; "F-16 fighters" stay aircraft.
    if ((t.lower === "fighters" || t.lower === "fighter") && k > from && fightersArePeople(v, k)) cat = "military_equipment";
    let a = k;
    // Modifiers before the noun: "ballistic missiles", "military equipment", "commercial aircraft", "attack drones".
    // Three words back, and further along a chain of hyphens ("surface-to-air missiles").
    for (let j = k - 1; j >= from && (j >= k - 3 || tokens[j]!.text === "-" || tokens[j + 1]!.text === "-"); j--) {
      const w = tokens[j]!;
      const joined = w.text === "-" ? null : w.lower;
      if (w.text === "-") {
        // "anti-drone systems", "counter-battery radars": the word before the hyphen belongs to the item, and "anti"
        // makes a defence against the thing named.
        const before = tokens[j - 1];
        if (before && before.kind === "word" && !w.spaceBefore && !tokens[j + 1]!.spaceBefore && j - 1 >= from) {
          const against = ITEM_WORDS.get(tokens[j + 1]!.lower);
          if ((before.lower === "anti" || before.lower === "counter") && (against === "drones" || against === "missiles" || against === "aircraft")) cat = "air_defence";
          else if (before.lower === "anti" && against === "armoured_vehicles") cat = "weapons";
          a = j - 1;
          j--;
          continue;
        }
        a = j;
        continue;
      }
      // A model designation before the noun ("S-400 systems", "KN-23 missiles") makes it a weapon.
      if (w.kind === "number" && tokens[j - 1]?.text === "-" && tokens[j - 2]?.cap && !w.spaceBefore) {
        weak = false;
        // The item's text keeps the whole designation: "Su-35 fighter jets", not "35 fighter jets".
        a = j - 2 >= from ? j - 2 : j;
        break;
      }
      // "air defence systems": the two words together name the category; "dual-use" is one word in two tokens.
      const hyphened = joined && tokens[j - 1]?.text === "-" && tokens[j - 2]?.kind === "word" ? `${tokens[j - 2]!.lower}-${joined}` : null;
      const airDefence = (joined === "defence" || joined === "defense") && (tokens[j - 1]?.lower === "air" || (tokens[j - 1]?.text === "-" && tokens[j - 2]?.lower === "air"));
      const mod = airDefence ? "air_defence" : (hyphened && MILITARY_MODIFIERS.get(hyphened)) || (joined ? MILITARY_MODIFIERS.get(joined) : undefined);
      if (mod) {
        if (weak || cat === "civil_aircraft" || cat === "components" || cat === "other") {
          if (!(cat === "components" && (mod === "components"))) cat = mod === "components" ? "components" : cat === "civil_aircraft" ? "aircraft" : mod;
        }
        weak = false;
        a = j;
        continue;
      }
      if (joined && (joined === "commercial" || joined === "civilian" || joined === "civil") && cat === "civil_aircraft") { a = j; continue; }
      if (joined && ITEM_WORDS.get(joined) && !WEAK_ITEMS.has(joined)) {
        if (weak && j === k - 1) {
          weak = false;
          cat = PART_HEADS.has(t.lower) ? "components" : ITEM_WORDS.get(joined)!;
        }
        a = j;
        continue;
      }
      break;
    }
    // Quantity: "hundreds of", "over two dozen kinds of", "9,000 pieces of", "up to several hundred".
    let q = a;
    for (let j = a - 1; j >= from && j >= a - 7; j--) {
      const w = tokens[j]!;
      // "Su-35 jets": a number fused to a model name by a hyphen is no quantity.
      if (w.kind === "number" && tokens[j - 1]?.text === "-" && !w.spaceBefore) break;
      if (QUANT_RE.test(w.lower)) q = j;
      else break;
    }
    while (q < a && ["of", "to", "at", "a", "an", "than"].includes(tokens[q]!.lower)) q++;
    const item: FoundItem = { text: v.text.slice(tokens[q]!.start, t.end), category: cat, first: q, last: k + 1, weak };
    if (cat === "missiles" && /surface-to-air|anti-aircraft|air-defen[cs]e/i.test(item.text)) item.category = "air_defence";
    const qty = quantityOf(tokens.slice(q, a));
    if (qty) item.quantity = qty;
    out.push(item);
  }
  return out;
}

/** Vague heads that name parts of the thing before them: "vehicle parts", "missile parts" are components. */
const PART_HEADS = new Set(["parts", "tools", "machine", "material", "materials"]);

const PEOPLE_OF = new Set(["foreign", "militant", "rebel", "islamist", "jihadist", "volunteer", "mercenary", "tribal", "local", "armed", "experienced"]);

function fightersArePeople(v: SentenceView, k: number): boolean {
  const prev = v.tokens[k - 1]!;
  if (prev.kind !== "word") return false;
  if (PEOPLE_OF.has(prev.lower)) return true;
  // A nationality or a named side right before the noun: "Syrian fighters", "Hezbollah fighters".
  return v.origins.some((o) => o.last === k) || v.actors.some((a) => a.last === k && a.type !== "company");
}

function quantityOf(toks: Token[]): Item["quantity"] | undefined {
  if (!toks.length) return undefined;
  const text = toks.map((t) => t.text).join(" ").replace(/ ,/g, ",");
  let value: number | undefined;
  let mult = 1;
  for (const t of toks) {
    if (t.kind === "number") value = Number(t.text.replace(/,/g, ""));
    else if (t.lower === "dozen" || t.lower === "dozens") mult = 12;
    else if (t.lower === "hundred") mult = 100;
    else if (t.lower === "thousand") mult = 1000;
    else if (NUMBER_WORDS.get(t.lower) !== undefined && !["a", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "millions", "several"].includes(t.lower)) value ??= NUMBER_WORDS.get(t.lower);
  }
  const words = toks.map((t) => t.lower);
  if (value === undefined) {
    if (words.includes("hundreds")) return { min: 200, text };
    if (words.includes("thousands")) return { min: 2000, text };
    if (words.includes("dozens")) return { min: 24, text };
    if (mult > 1) value = 1;
    else return { text };
  }
  const n = value * mult;
  if (words.includes("up") && words.includes("to")) return { max: n, text };
  if (words.some((w) => ["over", "more", "least"].includes(w))) return { min: n, text };
  return { min: n, max: n, text };
}

export function isArms(cat: ItemCategory): boolean {
  return ARMS_CATEGORIES.has(cat);
}
