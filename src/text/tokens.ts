// Tokens with offsets: words, abbreviations with dots, numbers and single punctuation marks.

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** Index of the token in the document's token array. */
  i: number;
  text: string;
  /** Lower-cased text, the key for every lexicon look-up. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Whitespace (or the document start) stands before the token. */
  spaceBefore: boolean;
}

// One pass, no nested quantifiers over the same characters, so it cannot backtrack badly:
// dotted abbreviations (U.S., E.O.), numbers with separators (9,000  13.5), words with inner apostrophes
// (O'Hanlon) but not the possessive 's, which is its own token, and any other single character.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{N}])|[^\s]/gu;

const UPPER_RE = /^\p{Lu}/u;
const LETTER_RE = /^[\p{L}]/u;

export function tokenize(text: string, offset = 0, startIndex = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const t = m[0];
    const start = offset + m.index;
    const c = t.charCodeAt(0);
    const isDigit = c >= 48 && c <= 57;
    // ASCII decides without a regular expression; other scripts ask Unicode properties.
    const asciiLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const kind: TokenKind = isDigit ? "number" : asciiLetter || (c >= 128 && LETTER_RE.test(t)) ? "word" : "punct";
    out.push({
      i: startIndex + out.length,
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      kind,
      cap: kind === "word" && (asciiLetter ? c <= 90 : UPPER_RE.test(t)),
      spaceBefore: prevEnd === -1 ? true : m.index > prevEnd,
    });
    prevEnd = m.index + t.length;
  }
  return out;
}
