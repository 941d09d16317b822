// Sentence splitting over tokens: survives abbreviations (Mr, U.S., Gen., Jan.), initials, quotes and captions.
import { ABBREVIATIONS, SENTENCE_STARTERS } from "../lexicon/abbreviations.js";
import type { Token } from "./tokens.js";

export interface Sentence {
  /** Position of the sentence in the document. */
  index: number;
  start: number;
  end: number;
  /** Token index range [first, last) in the document token array. */
  first: number;
  last: number;
}

/** Longest sentence, in tokens; a longer run of text is cut into pieces of this size. */
export const MAX_SENTENCE_TOKENS = 400;

const CLOSERS = new Set(["\"", "”", "’", "'", ")", "]", "»"]);
const ENDERS = new Set([".", "!", "?", "…"]);
const OPENERS = new Set(["\"", "“", "‘", "'", "(", "[", "«"]);

function hasNewlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  // "iPhone", "iJet": brand names that open a sentence with a lower-case letter count as capitalised (Token.cap).
  return t.cap || t.kind === "number" || OPENERS.has(t.text) || (t.kind === "word" && t.text === t.text.toUpperCase());
}

/** True when the full stop at token `k` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviationStop(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || tokens[k]!.spaceBefore) return false;
  if (prev.kind !== "word") return false;
  if (ABBREVIATIONS.has(prev.lower)) return true;
  // A single capital letter ("Brian E. Nelson") is an initial.
  return prev.text.length === 1 && prev.cap;
}

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (lastExclusive: number) => {
    if (lastExclusive <= first) return;
    out.push({
      index: out.length,
      start: tokens[first]!.start,
      end: tokens[lastExclusive - 1]!.end,
      first,
      last: lastExclusive,
    });
    first = lastExclusive;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // No English sentence runs this long: cut, so that per-sentence work stays bounded on hostile input.
    if (k + 1 - first >= MAX_SENTENCE_TOKENS) {
      close(k + 1);
      continue;
    }
    // Every line break ends a sentence: headlines, captions and bylines stand on their own lines.
    if (next && hasNewlineBetween(text, t.end, next.start)) {
      close(k + 1);
      continue;
    }
    let boundary = false;
    let endAt = k + 1;
    if (t.kind === "punct" && ENDERS.has(t.text)) {
      if (t.text === "." && isAbbreviationStop(tokens, k)) {
        const after = tokens[k + 1];
        const prevLower = tokens[k - 1]!.lower;
        // After a company's "Ltd." or "Inc." a capitalised honorific or sentence opener starts the next sentence.
        const companyEnd = ["ltd", "inc", "corp", "co", "plc", "llc"].includes(prevLower) && !!after && after.cap && after.spaceBefore && (SENTENCE_STARTERS.has(after.lower) || ["mr", "mrs", "ms", "dr"].includes(after.lower));
        boundary = companyEnd || (!!after && after.spaceBefore && SENTENCE_STARTERS.has(after.lower) && after.cap && prevLower !== "no");
        // Honorifics never end a sentence.
        if (boundary && ["mr", "mrs", "ms", "dr", "gen", "st"].includes(tokens[k - 1]!.lower)) boundary = false;
      } else {
        while (tokens[endAt] && CLOSERS.has(tokens[endAt]!.text) && !tokens[endAt]!.spaceBefore) endAt++;
        const after = tokens[endAt];
        boundary = !after || (after.spaceBefore && startsSentence(after));
      }
    } else if (t.kind === "word" && t.text.length > 2 && t.text.endsWith(".") && /^(?:\p{Lu}\.){2,}$/u.test(t.text)) {
      // "... by the U.S. The next day": a dotted abbreviation followed by a typical sentence opener.
      const after = tokens[k + 1];
      boundary = !!after && after.cap && after.spaceBefore && SENTENCE_STARTERS.has(after.lower);
    }
    if (boundary) {
      close(endAt);
      k = endAt - 1;
    }
  }
  close(tokens.length);
  return out;
}
