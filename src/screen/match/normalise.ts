// Turns a raw name into comparable tokens: transliterated, folded, legal forms and titles recognised.
import anyAscii from "any-ascii";
import { LEGAL_FORMS } from "../../lexicon/legal-forms.js";
import { GENERIC_ORG_WORDS, PERSON_TITLES } from "../../lexicon/name-stopwords.js";
import type { EntryKind } from "../types.js";
import { phoneticKey, skeleton } from "./phonetic.js";
import { isAbjad, transliterate, type Script } from "./transliterate.js";

export type TokenKind = "word" | "legal" | "generic" | "particle";

export interface Token {
  text: string;
  kind: TokenKind;
  /** How much the token counts in coverage: a surname 1, "LLC" 0.2. */
  weight: number;
  phon: string;
  skel: string;
  /** Romanised from a script that writes few vowels: compare by consonant skeleton. */
  abjad: boolean;
}

export interface NormalisedName {
  raw: string;
  /** One token list per Latin spelling of the name (several for Hangul, Han…). */
  variants: Token[][];
  scripts: Script[];
}

/** Longest name we tokenise; longer input is cut, since no real name runs past it. */
export const MAX_NAME_CHARS = 400;
const MAX_TOKENS = 24;

/** Arabic, Dutch, German, Spanish name particles: part of the name, weak evidence on their own. */
const PARTICLES: ReadonlySet<string> = new Set([
  "al", "el", "bin", "ibn", "bint", "abu", "abd", "ul", "ud", "ad", "as", "ar", "an", "bn", "ben", "ould",
  "van", "von", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "la", "le", "y", "e",
]);

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
const TITLES: ReadonlySet<string> = new Set(PERSON_TITLES.map(foldAscii));
const GENERIC: ReadonlySet<string> = new Set(GENERIC_ORG_WORDS.map(foldAscii));

/** Lower-case ASCII words separated by single spaces; apostrophes vanish (O'Brien → obrien). */
export function foldAscii(text: string): string {
  return anyAscii(text)
    .toLowerCase()
    .replace(/['`\u2019\u02bc\u02bb]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function makeToken(text: string, kind: TokenKind, abjad: boolean): Token {
  const weight = kind === "legal" ? 0.1 : kind === "generic" ? 0.15 : kind === "particle" ? 0.3 : 1;
  return { text, kind, weight, phon: phoneticKey(text), skel: skeleton(text), abjad };
}

function tokenise(words: string[], kind: EntryKind | undefined, abjad: boolean): Token[] {
  const out: Token[] = [];
  const org = kind === "company" || kind === "organization" || kind === "vessel" || kind === "aircraft";
  for (let i = 0; i < words.length && out.length < MAX_TOKENS; i++) {
    const w = words[i] ?? "";
    const forms = words.length > 1 ? LEGAL.byFirst.get(w) : undefined;
    const form = forms?.find((f) => f.words.every((fw, k) => words[i + k] === fw));
    if (form && !(kind === "person")) {
      out.push(makeToken(`~${form.key}`, "legal", false));
      i += form.words.length - 1;
      continue;
    }
    if (!org && TITLES.has(w) && words.length > 1) continue;
    const tk: TokenKind = PARTICLES.has(w) ? "particle" : GENERIC.has(w) ? "generic" : "word";
    out.push(makeToken(w, tk, abjad && /^[^aeiou]*$/.test(w.replace(/^[^a-z]/, ""))));
  }
  return out;
}

/** Normalises one name; `kind` decides whether titles are dropped and legal forms looked for. */
export function normaliseName(raw: string, kind?: EntryKind): NormalisedName {
  // eslint-disable-next-line no-control-regex
  const clean = raw.slice(0, MAX_NAME_CHARS).normalize("NFKC").replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
  const { variants, scripts } = transliterate(clean);
  const abjad = scripts.some(isAbjad);
  const seen = new Set<string>();
  const out: Token[][] = [];
  for (const v of variants) {
    const folded = foldAscii(v);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    const toks = tokenise(folded.split(" "), kind, abjad);
    if (toks.length) out.push(toks);
  }
  return { raw, variants: out, scripts };
}
