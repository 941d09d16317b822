// Turns a raw name into comparable tokens: transliterated, folded, legal forms and titles recognised.
import anyAscii from "any-ascii";
import { LEGAL_FORMS } from "../../lexicon/legal-forms.js";
import { GENERIC_ORG_WORDS, PERSON_TITLES } from "../../lexicon/name-stopwords.js";
import { GIVEN_NAME_VARIANTS, NICKNAMES, NUMBER_WORDS, ORDINAL_WORDS } from "../../lexicon/name-variants.js";
import { ORG_ABBREVIATIONS } from "../../lexicon/org-abbreviations.js";
import { editDistance } from "./similarity.js";
import type { EntryKind } from "../types.js";
import { phoneticKey, skeleton } from "./phonetic.js";
import { isAbjad, transliterate, type Script } from "./transliterate.js";
import { wadeGilesToPinyin } from "./wade-giles.js";

export type TokenKind = "word" | "legal" | "generic" | "particle" | "number";

export interface Token {
  text: string;
  /** The words as written, run together ("ag" for the legal form ~jsc): what a joined spelling is made of. */
  surface: string;
  kind: TokenKind;
  /** How much the token counts in coverage: a surname 1, "LLC" 0.2. */
  weight: number;
  phon: string;
  skel: string;
  /** Romanised from a script that writes few vowels: compare by consonant skeleton. */
  abjad: boolean;
  /** A lone letter that stands for a longer word (V. Putin); a lone letter romanised from a syllable (이 → i) is not. */
  initial: boolean;
  /** Written in parentheses ("(Schweiz)"): a qualifier of the name, weighted low. */
  qualifier?: true;
  /** Cache of the weight with the loaded lists' rarity folded in (set by screening, per index). */
  rarityWeight?: number;
}

export interface NormalisedName {
  raw: string;
  /** One token list per Latin spelling of the name (several for Hangul, Han…). */
  variants: Token[][];
  scripts: Script[];
  /** The kind the name was normalised as, when known. */
  kind?: EntryKind;
  /** Holds a patronymic particle (bin, ibn, ould…): then word order carries lineage. */
  patronymic: boolean;
  /** Written "FAMILY, Given": the word order is declared, not evidence. */
  familyFirst: boolean;
  /** The characters as written, when the name is all Han, Hangul or kana: one character, one syllable. */
  syllables?: string;
}

/** Longest name we tokenise; longer input is cut, since no real name runs past it. */
export const MAX_NAME_CHARS = 400;
const MAX_TOKENS = 24;

/** Arabic, Dutch, German, Spanish name particles: part of the name, weak evidence on their own. */
const PARTICLES: ReadonlySet<string> = new Set([
  "al", "el", "bin", "ibn", "bint", "abu", "abd", "ul", "ud", "ad", "as", "ar", "an", "bn", "ben", "ould",
  "van", "von", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "la", "le", "y", "e",
]);

/** Roman numerals from II up, as fund and vessel names number their series. */
const ROMAN = /^(?=[ivxl]{2,})x{0,3}(ix|iv|v?i{0,3})$/;

export const PATRONYMIC: ReadonlySet<string> = new Set(["bin", "ibn", "bint", "ben", "ould", "binti"]);

interface LegalIndex {
  byFirst: Map<string, Array<{ words: string[]; key: string }>>;
}

function buildLegalIndex(): LegalIndex {
  const byFirst = new Map<string, Array<{ words: string[]; key: string }>>();
  for (const [key, forms] of Object.entries(LEGAL_FORMS)) {
    for (const form of forms) {
      const words = foldAscii(form).split(" ").filter(Boolean);
      const first = words[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ words, key });
      byFirst.set(first, list);
    }
  }
  // Longest first, so "limited liability company" wins over "limited".
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

const LEGAL = buildLegalIndex();
// Maps, not object lookups: most words are in none of these tables, and a Map answers "no" fastest.
const NUMBERS = new Map(Object.entries(NUMBER_WORDS));
const ORDINALS = new Map(Object.entries(ORDINAL_WORDS));
const NICKS = new Map(Object.entries(NICKNAMES));
const GIVEN_VARIANTS = new Map(Object.entries(GIVEN_NAME_VARIANTS));
const ORG_ABBREV = new Map(Object.entries(ORG_ABBREVIATIONS));
/** Weight kept by a word in parentheses: "Deutsche Bank (Schweiz) AG" qualifies the name, it does not make it. */
const QUALIFIER_WEIGHT = 0.3;
const TITLES: ReadonlySet<string> = new Set(PERSON_TITLES.map(foldAscii));
const GENERIC: ReadonlySet<string> = new Set(GENERIC_ORG_WORDS.map(foldAscii));

/** Lower-case ASCII words separated by single spaces; apostrophes vanish (O'Brien → obrien). */
export function foldAscii(text: string): string {
  return (/^[\x00-\x7f]*$/.test(text) ? text : anyAscii(text))
    .toLowerCase()
    .replace(/['`\u2019\u02bc\u02bb]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function makeToken(text: string, kind: TokenKind, abjad: boolean, surface = text, syllabic = false): Token {
  const initial = text.length === 1 && !syllabic;
  // An initial says less than a whole name: half weight.
  const weight = kind === "legal" ? 0.05 : kind === "generic" ? 0.1 : kind === "particle" || kind === "number" ? 0.2 : initial ? 0.5 : 1;
  return { text, surface, kind, weight, phon: phoneticKey(text), skel: skeleton(text), abjad, initial };
}

/** A form word matches exactly, with one typo when long, or as the cut-off end of the name (COMPAN). */
function formWordMatches(form: string, word: string | undefined, last: boolean): boolean {
  if (word === undefined) return false;
  if (form === word) return true;
  if (form.length >= 5 && word.length >= 5 && editDistance(form, word, 2) <= (form.length >= 10 ? 2 : 1)) return true;
  return last && word.length >= 4 && form.startsWith(word);
}

// Forms long enough for typo-tolerant matching, by first letter (typos rarely hit the first letter).
const FUZZY_LEGAL = new Map<string, Array<{ words: string[]; key: string }>>();
for (const list of LEGAL.byFirst.values()) {
  for (const f of list) {
    const first = f.words[0] ?? "";
    if (first.length < 5) continue;
    const bucket = FUZZY_LEGAL.get(first[0] ?? "") ?? [];
    bucket.push(f);
    FUZZY_LEGAL.set(first[0] ?? "", bucket);
  }
}

function fuzzyLegal(words: string[], i: number): { words: string[]; key: string } | undefined {
  const w = words[i] ?? "";
  if (w.length < 5) return undefined;
  for (const f of FUZZY_LEGAL.get(w[0] ?? "") ?? []) {
    if (Math.abs((f.words[0] ?? "").length - w.length) > 2 && i + 1 < words.length) continue;
    if (f.words.every((fw, k) => formWordMatches(fw, words[i + k], i + k === words.length - 1))) return f;
  }
  return undefined;
}

/** "forty four" / "forty 4" → "44"; "first" → "1st"; a lone number word → its digits. */
function numberAt(words: string[], i: number): { text: string; used: number } | undefined {
  const w = words[i] ?? "";
  const ord = ORDINALS.get(w);
  if (ord) return { text: ord, used: 1 };
  const v = NUMBERS.get(w);
  if (v === undefined) return undefined;
  const next = words[i + 1] ?? "";
  const unit = NUMBERS.get(next) ?? (/^[1-9]$/.test(next) ? Number(next) : undefined);
  if (v >= 20 && v % 10 === 0 && unit !== undefined && unit > 0 && unit < 10) return { text: String(v + unit), used: 2 };
  return { text: String(v), used: 1 };
}

/**
 * `syllabic`: the words were romanised from Hangul or Han, where every word is whole syllables.
 * `qualifiers`: words written in parentheses, which count for less.
 * `familyFirst`: the name was written "FAMILY, Given", so its first word is a family name.
 */
function tokenise(
  words: string[], kind: EntryKind | undefined, abjad: boolean, syllabic = false, qualifiers?: Set<string>, familyFirst = false,
): Token[] {
  const out: Token[] = [];
  const org = kind === "company" || kind === "organization" || kind === "vessel" || kind === "aircraft";
  for (let i = 0; i < words.length && out.length < MAX_TOKENS; i++) {
    const w = words[i] ?? "";
    const forms = words.length > 1 ? LEGAL.byFirst.get(w) : undefined;
    const exactForm = forms?.find((f) => f.words.every((fw, k) => words[i + k] === fw));
    const form = exactForm ?? (org && i > 0 ? fuzzyLegal(words, i) : undefined);
    if (form && !(kind === "person")) {
      out.push(makeToken(`~${form.key}`, "legal", false, words.slice(i, i + form.words.length).join("")));
      i += form.words.length - 1;
      continue;
    }
    if (!org && TITLES.has(w) && words.length > 1) continue;
    // "JC Juncker": two or three consonants together in a person's name are initials.
    if (kind === "person" && /^[bcdfghjklmnpqrstvwxz]{2,3}$/.test(w) && words.length > 1) {
      for (const ch of w) out.push(makeToken(ch, "word", false));
      continue;
    }
    const num = numberAt(words, i);
    if (num) {
      out.push(makeToken(num.text, "number", false));
      i += num.used - 1;
      continue;
    }
    if (/^\d+$/.test(w) || (org && ROMAN.test(w))) { out.push(makeToken(w, "number", false)); continue; }
    // Nicknames only in what is known to be a person; the same name in another Slavic spelling in any name.
    // Ben is a given name only where a given name stands: first, in a name not written "FAMILY, Given".
    const asGiven = !PARTICLES.has(w) || (i === 0 && !familyFirst);
    const nick = (kind === "person" && asGiven ? NICKS.get(w) : undefined) ?? (org ? undefined : GIVEN_VARIANTS.get(w));
    if (nick && words.length > 1) { out.push(makeToken(nick, "word", false)); continue; }
    const abbrev = kind === "person" ? undefined : ORG_ABBREV.get(w);
    if (abbrev) { out.push(makeToken(abbrev, GENERIC.has(abbrev) ? "generic" : "word", false, w)); continue; }
    const tk: TokenKind = PARTICLES.has(w) ? "particle" : GENERIC.has(w) ? "generic" : "word";
    out.push(makeToken(w, tk, abjad && /^[^aeiou]*$/.test(w.replace(/^[^a-z]/, "")), w, syllabic));
  }
  // Only when something outside the parentheses is left to carry the name.
  if (qualifiers?.size && out.some((t) => !qualifiers.has(t.surface))) {
    for (const t of out) {
      if (!qualifiers.has(t.surface)) continue;
      t.weight *= QUALIFIER_WEIGHT;
      t.qualifier = true;
    }
  }
  return out;
}

/** The parts of "X/Y" when both are names (three letters or more), not a form such as A/S or c/o. */
function slashAlternatives(text: string): string[] {
  if (!text.includes("/")) return [];
  const parts = text.split("/").map((p) => p.trim());
  return parts.every((p) => p.replace(/[^\p{L}]/gu, "").length >= 3) ? parts : [];
}

/** The Han, Hangul and kana characters of a name written in nothing else (spaces and dots aside). */
function syllablesOf(text: string): string | undefined {
  let out = "";
  let hangul = false;
  let other = false;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xac00 && c <= 0xd7a3) { hangul = true; out += ch; }
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3041 && c <= 0x30fa)) { other = true; out += ch; }
    else if (/[\p{L}\p{N}]/u.test(ch)) return undefined;
  }
  // Hangul beside Han is two writings of one name (김정은 / 金正恩), not one to compare by character.
  return out && !(hangul && other) ? out : undefined;
}

/** The folded words written inside parentheses. */
function parenthesised(text: string): Set<string> | undefined {
  if (!text.includes("(")) return undefined;
  const out = new Set<string>();
  for (const m of text.matchAll(/\(([^()]*)\)/g)) for (const w of foldAscii(m[1] ?? "").split(" ")) if (w) out.add(w);
  return out.size ? out : undefined;
}

/** Normalises one name; `kind` decides whether titles are dropped and legal forms looked for. */
export function normaliseName(raw: string, kind?: EntryKind): NormalisedName {
  const clean = raw.slice(0, MAX_NAME_CHARS).normalize("NFKC").replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
  const { variants: spellings, scripts } = transliterate(clean);
  // "Al-Qa'ida/Islamic Army" lists two names: each is a spelling of its own beside the whole.
  const variants = [...spellings, ...spellings.flatMap(slashAlternatives)];
  const abjad = scripts.some(isAbjad);
  // 이 romanises to "i": a whole surname, not an initial.
  const syllabic = scripts.includes("hangul") || scripts.includes("han");
  const seen = new Set<string>();
  const out: Token[][] = [];
  for (const v of variants) {
    const folded = foldAscii(v);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    const toks = tokenise(folded.split(" "), kind, abjad, syllabic, parenthesised(v), v.includes(","));
    if (toks.length) out.push(toks);
    // A Chinese name in Wade–Giles is also read in Pinyin.
    const pinyin = scripts.every((x) => x === "latin") ? wadeGilesToPinyin(folded) : undefined;
    if (pinyin && !seen.has(pinyin)) {
      seen.add(pinyin);
      out.push(tokenise(pinyin.split(" "), kind, false, false, undefined, v.includes(",")));
    }
  }
  const patronymic = out.some((v) => v.some((t) => PATRONYMIC.has(t.text)));
  const syl = syllabic ? syllablesOf(clean) : undefined;
  // Built field by field: an object spread is a slow runtime call in V8, and every query and list name passes here.
  const name: NormalisedName = { raw, variants: out, scripts, patronymic, familyFirst: raw.includes(",") };
  if (kind) name.kind = kind;
  if (syl) name.syllables = syl;
  return name;
}
