// Step 2: find mentions — gazetteer names (countries, capitals, demonyms, bodies) and capitalised runs typed by their words.
import type { Gazetteer, GazetteerEntry } from "../lexicon/gazetteer.js";
import { HONORIFICS, LEGAL_FORMS, LOWER_CONNECTORS, NON_ENTITY_HEADS, NON_NAME_CAPITALS, TITLE_HEADS, TITLE_WORDS, TYPE_KEYWORDS } from "../lexicon/names.js";
import { ITEM_WORDS } from "../lexicon/items.js";
import { ACTOR_NOUNS, GROUP_HEADS, NATIONALITY_NOUNS } from "../lexicon/roles.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import type { EntityType } from "./types.js";
import { newMention, type Mention } from "./mention-types.js";

interface GazMatch {
  entry: GazetteerEntry;
  first: number;
  last: number;
}

const LEGAL_FORM_SET = new Set(LEGAL_FORMS.filter((f) => !f.includes(" ")));
const LEGAL_ABBREVIATIONS = new Set(["co", "ltd", "inc", "corp", "s", "r", "o", "l", "c", "p", "a", "jsc", "llc"]);
const TYPE_OF_WORD = new Map<string, EntityType>();
for (const { type, words } of TYPE_KEYWORDS) for (const w of words) if (!TYPE_OF_WORD.has(w)) TYPE_OF_WORD.set(w, type);
const HYPHEN_DESCRIBERS = new Set(["based", "designated", "sanctioned", "made", "origin", "owned", "controlled", "backed", "linked", "run", "led", "affiliated", "produced", "built", "supplied", "era", "style", "registered", "flagged", "listed", "manufactured", "sourced"]);
const GOV_OPENERS = new Set(["ministry", "department", "bureau", "office", "council", "committee", "commission", "agency", "directorate"]);

function isAllCaps(t: Token): boolean {
  // Most words open with a lower-case ASCII letter: no need to upper-case them to know.
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return t.kind === "word" && t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
}

function matchGazetteerAt(g: Gazetteer, tokens: Token[], i: number, end: number): GazMatch | null {
  const t = tokens[i]!;
  if (!t.cap && t.kind !== "number") return null;
  const cands = g.byFirst.get(t.lower);
  if (!cands) return null;
  outer: for (const e of cands) {
    if (i + e.tokens.length > end) continue;
    for (let k = 0; k < e.tokens.length; k++) {
      const tk = tokens[i + k]!;
      if (tk.lower !== e.tokens[k]) continue outer;
      // Inside a multi-word name the words join without line breaks or stray spacing around hyphens.
      if (k > 0 && tk.kind === "punct" && tk.text === "-" && tk.spaceBefore) continue outer;
    }
    if (e.exactCase) {
      const surfaceToks = e.surface.replace(/\s+/g, "");
      let joined = "";
      for (let k = 0; k < e.tokens.length; k++) joined += tokens[i + k]!.text;
      if (joined !== surfaceToks) continue;
    } else if (!t.cap && t.kind !== "number") continue;
    // A name must not continue as a longer word run ("Chad" inside "Chadwick" cannot happen, but "Georgia Tech" can).
    return { entry: e, first: i, last: i + e.tokens.length };
  }
  return null;
}

/** A token that may continue a capitalised run. */
function continuesRun(tokens: Token[], k: number, end: number, runHasKeyword: boolean, runHasOf = false, runHasTitle = false): number {
  const t = tokens[k];
  if (!t || k >= end) return 0;
  if (t.kind === "word" && (t.cap || isAllCaps(t))) return 1;
  if (t.kind === "number" && !t.spaceBefore) return 1;
  const prev = tokens[k - 1]!;
  const next = tokens[k + 1];
  // "E." in "Brian E. Nelson"; "Co." in "Engine Co., Ltd."
  if (t.text === "." && !t.spaceBefore && prev.kind === "word" && ((prev.text.length === 1 && prev.cap) || LEGAL_ABBREVIATIONS.has(prev.lower))) {
    if (next?.text === "," && LEGAL_FORM_SET.has(tokens[k + 2]?.lower ?? "") && k + 2 < end) return 2;
    // "Co., Ltd." keeps its final stop: it is part of the abbreviation.
    if (LEGAL_ABBREVIATIONS.has(prev.lower) && prev.lower.length > 1 && tokens[k - 2]?.text === ",") return 1;
    return next && next.cap && k + 1 < end ? 1 : 0;
  }
  // Joined by a hyphen without spaces: "Almaz-Antey", "Jong-un", "Shahed-136".
  if (t.text === "-" && !t.spaceBefore && next && !next.spaceBefore && k + 1 < end && (next.kind === "word" || next.kind === "number")) {
    // "U.S.-designated", "Russia-based", "DPRK-origin" describe what follows; they are not part of a name.
    if (HYPHEN_DESCRIBERS.has(next.lower)) return 0;
    return next.cap || next.kind === "number" || prev.cap ? 2 : 0;
  }
  // Private Military Company “Wagner”, OOO "Vostok": a quoted name right after a type word or legal form is the name's own.
  if ((t.text === "“" || t.text === "\"") && (TYPE_OF_WORD.has(prev.lower) || LEGAL_FORM_SET.has(prev.lower))) {
    let q = k + 1;
    while (q < end && q < k + 6 && tokens[q]!.kind === "word" && (tokens[q]!.cap || isAllCaps(tokens[q]!))) q++;
    if (q > k + 1 && q < end && (tokens[q]!.text === "”" || tokens[q]!.text === "\"")) return q + 1 - k;
  }
  // "Tekhnologiya, OOO" and "Co., Ltd.": a comma before a legal form stays inside the name.
  if (t.text === "," && next && k + 1 < end && LEGAL_FORM_SET.has(next.lower) && (next.cap || isAllCaps(next))) return 1;
  if (t.kind === "word" && LOWER_CONNECTORS.has(t.lower) && next && k + 1 < end) {
    // "Bureau of Industry and Security", "Research and Development Center": "and" inside an "X of Y and Z" name or
    // between two capitalised words of one name ("Trade & Industry"); never between two names ("AO Kupol and TSK Vektor").
    if (t.lower === "and" || t.lower === "&") return (runHasOf || t.lower === "&") && (runHasKeyword || runHasTitle) && next.cap && !LEGAL_FORM_SET.has(next.lower) ? 1 : 0;
    if (next.cap) return 1;
    // "Department of the Treasury"
    const after = tokens[k + 2];
    if (next.lower === "the" && after && after.cap && k + 2 < end) return 2;
  }
  return 0;
}

/** The run's last token closes a quote opened inside the run: Private Military Company “Wagner”. */
function closesQuoteInside(tokens: Token[], first: number, last: number): boolean {
  const close = tokens[last - 1]!.text;
  if (close !== "”" && close !== "\"") return false;
  for (let k = first; k < last - 1; k++) if (tokens[k]!.text === (close === "”" ? "“" : "\"")) return true;
  return false;
}

/** A word in capitals (a trailing lower-case plural allowed) that the item lexicon knows: "UAV", "UAVs". */
function isItemAcronym(t: Token): boolean {
  return ITEM_WORDS.has(t.lower) && /^\p{Lu}{2,}s?$/u.test(t.text);
}

/**
 * The lower-cased words of tokens [first, last), by a loop: arrays from filter()/map() vary in element kind, and each
 * new kind met makes V8 (Node 20) recompile the calling rule.
 */
function wordsIn(tokens: Token[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k < last; k++) if (tokens[k]!.kind === "word") out.push(tokens[k]!.lower);
  return out;
}

function keywordType(words: string[]): EntityType | null {
  const first = words[0];
  if (first && GOV_OPENERS.has(first)) return "government_body";
  for (let k = words.length - 1; k >= 0; k--) {
    const ty = TYPE_OF_WORD.get(words[k]!);
    if (ty) return ty;
  }
  return null;
}

function looksLikePersonName(toks: Token[]): boolean {
  // "Shin Won-sik", "Kim Yo-jong": the lower-case half of a hyphenated given name belongs to the capitalised half.
  const words = toks.filter((t, n) => t.kind === "word" && !(n >= 2 && toks[n - 1]!.text === "-" && !t.spaceBefore && !toks[n - 1]!.spaceBefore && toks[n - 2]!.cap && !t.cap));
  if (words.length < 2 || words.length > 5) return false;
  return words.every((t) => (t.cap || LOWER_CONNECTORS.has(t.lower)) && !TYPE_OF_WORD.has(t.lower) && !NON_NAME_CAPITALS.has(t.lower)) && !isAllCaps(words[words.length - 1]!);
}

/** ", a Slovakian national" / ", a Russian citizen" right after a name. */
function nationalityAfter(g: Gazetteer, tokens: Token[], last: number, end: number): string | undefined {
  if (tokens[last]?.text !== ",") return undefined;
  let k = last + 1;
  if (tokens[k]?.lower === "a" || tokens[k]?.lower === "an") k++;
  const one = tokens[k], two = tokens[k + 1];
  if (!one || k >= end) return undefined;
  const dem2 = two ? g.demonyms.get(`${one.lower} ${two.lower}`) : undefined;
  const dem = dem2 ?? g.demonyms.get(one.lower);
  const noun = tokens[k + (dem2 ? 2 : 1)];
  return dem && noun && NATIONALITY_NOUNS.has(noun.lower) ? dem : undefined;
}

interface Lookback {
  positions: string[];
  nationality?: string;
  personCue: boolean;
}

/** Reads the words just before a name: titles ("spokesman"), nationality ("a Slovakian national,"), "Russia-based". */
function lookBack(g: Gazetteer, tokens: Token[], first: number, sentFirst: number): Lookback {
  const out: Lookback = { positions: [], personCue: false };
  let k = first - 1;
  const title: string[] = [];
  for (let steps = 0; k >= sentFirst && steps < 7; steps++, k--) {
    const t = tokens[k]!;
    if (t.text === "," || t.lower === "a" || t.lower === "an" || t.lower === "the") continue;
    if (t.text === "-" && tokens[k + 1]?.lower === "based") continue;
    if (t.lower === "based" && tokens[k - 1]?.text === "-") continue;
    // Capitalised title words belong to a name run of their own ("According to the Treasury, Mr X").
    if ((TITLE_WORDS.has(t.lower) && !t.cap) || HONORIFICS.has(t.lower) || NATIONALITY_NOUNS.has(t.lower)) {
      if (HONORIFICS.has(t.lower) || TITLE_HEADS.has(t.lower) || NATIONALITY_NOUNS.has(t.lower)) out.personCue = true;
      if (!NATIONALITY_NOUNS.has(t.lower) && !HONORIFICS.has(t.lower)) title.unshift(t.text);
      continue;
    }
    if (t.text === "." && HONORIFICS.has(tokens[k - 1]?.lower ?? "")) continue;
    const dem = g.demonyms.get(t.lower) ?? (tokens[k - 1] && g.demonyms.get(`${tokens[k - 1]!.lower} ${t.lower}`));
    if (dem) {
      out.nationality ??= dem;
      if (tokens[k - 1] && g.demonyms.has(`${tokens[k - 1]!.lower} ${t.lower}`)) k--;
      continue;
    }
    // "Russia-based", "PRC-based"
    if (tokens[k + 1]?.text === "-" && tokens[k + 2]?.lower === "based") {
      const cands = g.byFirst.get(t.lower);
      const c = cands?.find((e) => e.kind === "country" && e.tokens.length === 1);
      if (c) out.nationality ??= c.key;
      continue;
    }
    break;
  }
  if (title.length) out.positions.push(title.join(" "));
  return out;
}

export interface MentionContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  gazetteer: Gazetteer;
}

export function findMentions(ctx: MentionContext): Mention[] {
  const out: Mention[] = [];
  for (const s of ctx.sentences) {
    const from = out.length;
    findInSentence(ctx, s, out);
    findGroups(ctx, s, out, from);
  }
  return out;
}

const NUMBER_WORDS_SET = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "several", "hundreds", "dozen", "multiple", "numerous"]);
const GROUP_MODIFIERS = /^[\p{Ll}-]+$/u;

/**
 * Described groups: a nationality, up to three lower-case words and a group noun — "PRC entities", "a North Korean weapons
 * dealer", "Russian financial institutions". Not when a name follows in apposition ("the Russian entities Ardis Group ...").
 */
function findGroups(ctx: MentionContext, s: Sentence, out: Mention[], from: number): void {
  const { tokens } = ctx;
  const added: Mention[] = [];
  for (let n = from; n < out.length; n++) {
    const m = out[n]!;
    if ((m.source !== "demonym" && m.source !== "country") || m.nested) continue;
    let k = m.last;
    // "Russia-based suppliers", "DPRK-origin"
    if (tokens[k]?.text === "-" && tokens[k + 1]?.lower === "based") k += 2;
    let head = -1;
    for (let j = k; j < Math.min(s.last, k + 4); j++) {
      const t = tokens[j]!;
      if (t.kind !== "word" || t.cap || !GROUP_MODIFIERS.test(t.text)) break;
      if (GROUP_HEADS.get(t.lower)) head = j;
    }
    if (head < 0) continue;
    const after = tokens[head + 1];
    if (after && (after.cap || after.text === "“") && after.spaceBefore) continue;
    // Appositions describe a name next to them: "a Slovakian national, Ashot Mkrtychev", "Wagner, a private Russian military company,".
    // The determiner may stand before adjectives: "a private Russian military company".
    let d = m.first - 1;
    while (d > s.first && m.first - d < 4 && tokens[d]!.kind === "word" && !tokens[d]!.cap && tokens[d]!.lower !== "a" && tokens[d]!.lower !== "an") d--;
    const det = tokens[d]?.lower;
    const beforeDet = tokens[d - 1]?.text;
    if ((det === "a" || det === "an") && (beforeDet === "," || (after?.text === "," && tokens[head + 2]?.cap))) continue;
    // "two Russian individuals and three Russia-based entities": a count of designees named elsewhere, not a party.
    if (tokens[m.first - 1]?.kind === "number" || NUMBER_WORDS_SET.has(tokens[m.first - 1]?.lower ?? "")) continue;
    if (m.source === "country" && head === m.last && !tokens[m.first - 1]) continue;
    m.nested = true;
    const group = newMention(m.start, tokens[head]!.end, m.first, head + 1, s.index, "group", GROUP_HEADS.get(tokens[head]!.lower)!, ctx.text.slice(m.start, tokens[head]!.end), []);
    group.nationality = m.key!;
    added.push(group);
  }
  out.push(...added);
}

function spanText(ctx: MentionContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last - 1]!.end);
}

function gazMention(ctx: MentionContext, s: Sentence, m: GazMatch, nested: boolean): Mention {
  const { entry } = m;
  const body = entry.kind === "body" ? ctx.gazetteer.bodies.get(entry.key) : undefined;
  const next = ctx.tokens[m.last];
  const out = newMention(ctx.tokens[m.first]!.start, ctx.tokens[m.last - 1]!.end, m.first, m.last, s.index, entry.kind, entry.kind === "body" ? body!.type : "country", spanText(ctx, m.first, m.last), []);
  out.key = entry.key;
  if (body?.country) out.nationality = body.country;
  if (entry.kind === "demonym" && next) out.head = next.lower;
  if (nested) out.nested = true;
  return out;
}

function findInSentence(ctx: MentionContext, s: Sentence, out: Mention[]): void {
  const { tokens, gazetteer: g } = ctx;
  const end = s.last;
  // Gazetteer matches, longest first at each position.
  const gaz = new Map<number, GazMatch>();
  for (let i = s.first; i < end; i++) {
    const m = matchGazetteerAt(g, tokens, i, end);
    if (m) {
      gaz.set(i, m);
      i = m.last - 1;
    }
  }
  let i = s.first;
  while (i < end) {
    const t = tokens[i]!;
    const startsRun = (t.kind === "word" && (t.cap || isAllCaps(t))) || (t.kind === "number" && tokens[i + 1]?.cap && !gaz.has(i) && false);
    if (!startsRun && !gaz.has(i)) {
      i++;
      continue;
    }
    // Grow the run.
    let j = i + 1;
    let hasKeyword = TYPE_OF_WORD.has(t.lower);
    let hasOf = false;
    let hasTitle = TITLE_HEADS.has(t.lower);
    for (;;) {
      const gm = gaz.get(j - 1);
      if (gm && gm.last > j) {
        j = gm.last;
        continue;
      }
      const step = continuesRun(tokens, j, end, hasKeyword, hasOf, hasTitle);
      if (!step) break;
      for (let q = j; q < j + step; q++) {
        if (TYPE_OF_WORD.has(tokens[q]!.lower)) hasKeyword = true;
        if (tokens[q]!.lower === "of" || tokens[q]!.lower === "for") hasOf = true;
        if (TITLE_HEADS.has(tokens[q]!.lower)) hasTitle = true;
      }
      j += step;
    }
    handleRun(ctx, s, i, j, gaz, out);
    // A bracketed short form read with its name ("(OFAC)") is not read again as a name of its own.
    const lastM = out[out.length - 1];
    if (lastM?.source === "alias" && lastM.last >= j) j = lastM.last + 1;
    i = j;
  }
}

/** Splits one capitalised run into its gazetteer parts, titles and the name proper. */
function handleRun(ctx: MentionContext, s: Sentence, first: number, last: number, gaz: Map<number, GazMatch>, out: Mention[]): void {
  const { tokens } = ctx;
  // Drop leading words that open sentences without naming ("The", "Today", "In").
  let a = first;
  while (a < last && ((NON_NAME_CAPITALS.has(tokens[a]!.lower) && !TITLE_HEADS.has(tokens[a]!.lower)) || LOWER_CONNECTORS.has(tokens[a]!.lower) || tokens[a]!.kind === "punct") && !gaz.has(a)) a++;
  let b = last;
  while (b > a && ((tokens[b - 1]!.kind === "punct" && !closesQuoteInside(tokens, a, b)) || LOWER_CONNECTORS.has(tokens[b - 1]!.lower))) b--;
  if (a >= b) return;

  // Parts of the run covered by the gazetteer.
  const parts: { first: number; last: number; m?: GazMatch }[] = [];
  for (let k = a; k < b; ) {
    const m = gaz.get(k);
    if (m && m.last <= b) {
      parts.push({ first: k, last: m.last, m });
      k = m.last;
    } else {
      const prev = parts[parts.length - 1];
      if (prev && !prev.m) prev.last = k + 1;
      else parts.push({ first: k, last: k + 1 });
      k++;
    }
  }
  const free = parts.filter((p) => !p.m);
  if (free.length === 0) {
    for (const p of parts) out.push(gazMention(ctx, s, p.m!, false));
    return;
  }
  // Private Military Company “Wagner”: a known body quoted as the run's own name is that body, under its full name.
  const quoted = parts.find((p) => p.m?.entry.kind === "body" && p.last === b - 1 && tokens[p.first - 1]?.text !== undefined && /^[“"]$/.test(tokens[p.first - 1]!.text) && /^[”"]$/.test(tokens[b - 1]!.text));
  if (quoted?.m) {
    for (const p of parts) if (p.m && p !== quoted) out.push(gazMention(ctx, s, p.m, true));
    const body = ctx.gazetteer.bodies.get(quoted.m.entry.key)!;
    const whole = newMention(tokens[a]!.start, tokens[b - 1]!.end, a, b, s.index, "body", body.type, spanText(ctx, a, b), []);
    whole.key = quoted.m.entry.key;
    if (body.country) whole.nationality = body.country;
    out.push(whole);
    return;
  }
  // "the Taiwan Relations Act", "the South China Sea": no entity, but the countries inside are still named.
  if (NON_ENTITY_HEADS.has(tokens[b - 1]!.lower) && !parts[parts.length - 1]!.m) {
    for (const p of parts) if (p.m) out.push(gazMention(ctx, s, p.m, true));
    return;
  }

  // Titles inside the run: "Treasury Secretary Janet Yellen", "Iranian President Ebrahim Raisi".
  let titleEnd = -1;
  for (let k = a; k < b; k++) if (TITLE_HEADS.has(tokens[k]!.lower) && tokens[k]!.cap) titleEnd = k;
  let nameFirst = a;
  const positions: string[] = [];
  if (titleEnd >= 0 && titleEnd < b - 1) {
    // The name is the trailing stretch of words that are neither titles nor type keywords.
    let n = b;
    while (n > titleEnd + 1) {
      const t = tokens[n - 1]!;
      const ok = (t.kind === "word" && t.cap && !TITLE_WORDS.has(t.lower) && !TYPE_OF_WORD.has(t.lower) && !gaz.has(n - 1)) || (t.text === "." && tokens[n - 2]?.text.length === 1) || (t.text === "-" && !t.spaceBefore);
      if (!ok) break;
      n--;
    }
    // "Under Secretary ... for Terrorism": a word right after "for"/"of" belongs to the title, not to a name.
    const beforeName = tokens[n - 1]?.lower ?? "";
    if (n < b && LOWER_CONNECTORS.has(beforeName) && b - n === 1) n = b;
    if (n < b && tokens.slice(n, b).some((t) => t.kind === "word" && t.text.length > 1)) {
      nameFirst = n;
      let titleStart = a;
      // A nationality opening the title is not part of it: "Iranian President Ebrahim Raisi".
      const lead = parts.find((p) => p.first === a && p.m && (p.m.entry.kind === "demonym" || p.m.entry.kind === "country"));
      if (lead) titleStart = lead.last;
      if (titleStart < nameFirst) positions.push(spanText(ctx, titleStart, nameFirst));
      // Gazetteer parts inside the title ("Treasury", "Iranian") are mentions of their own.
      for (const p of parts) if (p.m && p.last <= n) out.push(gazMention(ctx, s, p.m, false));
      pushName(ctx, s, nameFirst, b, positions, "person", out, lead?.m?.entry.key, a);
      return;
    }
  }

  // An ambiguous country name followed by more capitals is a person's first name ("Jordan Cohen").
  const firstPart = parts[0]!;
  if (firstPart.m?.entry.ambiguous && parts.length > 1 && !parts[1]!.m) {
    const whole = tokens.slice(a, b);
    if (looksLikePersonName(whole)) {
      pushName(ctx, s, a, b, positions, "person", out);
      return;
    }
  }

  const words = wordsIn(tokens, a, b);
  // "the Ministry of Defense of the Russian Federation": a body or institution "of" a country is that country's body.
  const lastPart = parts[parts.length - 1]!;
  const ofBefore = tokens[lastPart.first - 1]?.lower === "of" || (tokens[lastPart.first - 1]?.lower === "the" && tokens[lastPart.first - 2]?.lower === "of");
  if (parts.length >= 2 && lastPart.m?.entry.kind === "country" && ofBefore) {
    const headType = firstPart.m?.entry.kind === "body" ? (ctx.gazetteer.bodies.get(firstPart.m.entry.key)?.type ?? null) : keywordType(wordsIn(tokens, a, lastPart.first));
    if (headType && headType !== "person" && headType !== "country") {
      out.push(gazMention(ctx, s, lastPart.m, true));
      pushName(ctx, s, a, b, positions, headType, out, lastPart.m.entry.key);
      return;
    }
  }
  // A body's name followed by a unit name or acronym is the unit: "IRGC Aerospace Force", "IRGC ASF", "IRGC-Qods Force".
  if (firstPart.m?.entry.kind === "body" && parts.length === 2 && !parts[1]!.m) {
    const rest = tokens.slice(parts[1]!.first, parts[1]!.last).filter((t) => t.kind === "word");
    if (rest.length <= 3 && rest.some((t) => isAllCaps(t) || TYPE_OF_WORD.has(t.lower))) {
      out.push(gazMention(ctx, s, firstPart.m, true));
      const bodyType = ctx.gazetteer.bodies.get(firstPart.m.entry.key)?.type ?? null;
      pushName(ctx, s, a, b, positions, bodyType, out, ctx.gazetteer.bodies.get(firstPart.m.entry.key)?.country);
      return;
    }
  }
  const kwType = keywordType(words);
  if (kwType && kwType !== "person") {
    // "Russian Air Force", "Iran-Russia Joint Chamber of Commerce": one name; its country words are nested mentions.
    for (const p of parts) if (p.m) out.push(gazMention(ctx, s, p.m, true));
    const natPart = parts.find((p) => p.m && (p.m.entry.kind === "demonym" || p.m.entry.kind === "country") && p.first === a);
    pushName(ctx, s, a, b, positions, kwType, out, natPart?.m?.entry.key);
    return;
  }
  // Otherwise the gazetteer parts stand alone and each free stretch is a name of its own.
  for (const p of parts) {
    if (p.m) out.push(gazMention(ctx, s, p.m, false));
    else pushName(ctx, s, p.first, p.last, [], null, out);
  }
}

function pushName(
  ctx: MentionContext, s: Sentence, first: number, last: number, positions: string[], type: EntityType | null, out: Mention[], nationality?: string, lookFrom?: number,
): void {
  const { tokens } = ctx;
  while (first < last && (tokens[first]!.kind === "punct" || NON_NAME_CAPITALS.has(tokens[first]!.lower) || LOWER_CONNECTORS.has(tokens[first]!.lower))) first++;
  while (last > first && (tokens[last - 1]!.kind === "punct" && tokens[last - 1]!.text !== "." && !closesQuoteInside(tokens, first, last) || LOWER_CONNECTORS.has(tokens[last - 1]!.lower))) last--;
  if (first >= last) return;
  const toks = tokens.slice(first, last);
  if (!toks.some((t) => t.kind === "word" && t.text.length > 1)) return;
  // "UAVs", "ICBMs", "MANPADS": acronyms for a class of items are what is moved, not who moves it.
  if (type === null && toks.every((t) => t.kind !== "word" || isItemAcronym(t))) return;
  const back = lookBack(ctx.gazetteer, tokens, lookFrom ?? first, s.first);
  // "Ashot Mkrtychev, a Slovakian national, ...": the nationality may follow the name.
  const ahead = nationalityAfter(ctx.gazetteer, tokens, last, s.last);
  const words = wordsIn(tokens, first, last);
  let ty = type ?? keywordType(words);
  if (!ty) {
    if (back.personCue || back.positions.length) ty = "person";
    else if (looksLikePersonName(toks)) ty = "person";
  }
  const m = newMention(toks[0]!.start, toks[toks.length - 1]!.end, first, last, s.index, "name", ty, spanText(ctx, first, last), [...positions, ...back.positions]);
  const nat = nationality ?? back.nationality ?? ahead;
  if (ahead && !ty) ty = "person";
  if (nat) m.nationality = nat;
  out.push(m);
  // "Office of Foreign Assets Control (OFAC)", "Rafael Anatolyevich Gazaryan (Gazaryan)": the bracket names the same thing.
  const open = tokens[last];
  if (open?.text === "(" && last < s.last) {
    let k = last + 1;
    while (k < s.last && k < last + 6 && tokens[k]!.text !== ")") k++;
    if (tokens[k]?.text === ")" && k > last + 1) {
      const inner = tokens.slice(last + 1, k);
      if (inner.every((t) => t.cap || isAllCaps(t) || t.text === "-" || t.text === "." || t.kind === "number") && inner.some((t) => t.kind === "word")) {
        const alias = newMention(inner[0]!.start, inner[inner.length - 1]!.end, last + 1, k, s.index, "alias", ty, spanText(ctx, last + 1, k), []);
        alias.aliasOf = out.length - 1;
        out.push(alias);
      }
    }
  }
}

export { ACTOR_NOUNS };
