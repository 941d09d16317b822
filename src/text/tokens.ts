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
  /** Capitalised as a name is: the first letter is upper-case, or a lower-case letter opens a brand's inner capital ("iJet", "eBay"). */
  cap: boolean;
  /** Whitespace (or the document start) stands before the token. */
  spaceBefore: boolean;
  /** Lexicon classes of the word as bits, for a reader that looks every token up once (the extractor's WORD); 0 here. */
  cls: number;
}

// One pass, no nested quantifiers over the same characters, so it cannot backtrack badly:
// dotted abbreviations (U.S., E.O.), numbers with separators (9,000  13.5), words with inner apostrophes
// (O'Hanlon) but not the possessive 's, which is its own token, and any other single character.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{N}])|[^\s]/gu;

const UPPER_RE = /^\p{Lu}/u;
const BRAND_RE = /^\p{Ll}\p{Lu}/u;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const LETTER_RE = /^[\p{L}]/u;

// ASCII character classes for the fast path.
const LOWER = 1, UPPER = 2, DIGIT = 4, SPACE = 8;
const ASCII = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (let c = 48; c <= 57; c++) ASCII[c] = DIGIT;
for (const c of [9, 10, 11, 12, 13, 32]) ASCII[c] = SPACE;
const APOSTROPHE = 39, RIGHT_QUOTE = 0x2019, DOT = 46, COMMA = 44;

/** What the code unit at `q` is: an ASCII class, 0 for other ASCII (or the end), -1 when only Unicode properties can tell. */
function classAt(text: string, q: number): number {
  if (q >= text.length) return 0;
  const c = text.charCodeAt(q);
  return c < 128 ? ASCII[c]! : -1;
}

/**
 * The end of the token that starts at `p` (an ASCII character that is not whitespace, or a right quote), read as
 * TOKEN_RE would read it; -1 when a character outside ASCII decides and the expression itself must be asked.
 */
function asciiTokenEnd(text: string, p: number, c: number): number {
  const cls = c < 128 ? ASCII[c]! : 0;
  if (cls === DIGIT) {
    // \d+(?:[.,]\d+)*
    let q = p + 1;
    while (classAt(text, q) === DIGIT) q++;
    for (;;) {
      const sep = text.charCodeAt(q);
      if ((sep !== DOT && sep !== COMMA) || classAt(text, q + 1) !== DIGIT) return q;
      q += 2;
      while (classAt(text, q) === DIGIT) q++;
    }
  }
  if (cls === UPPER) {
    // (?:\p{Lu}\.){2,}
    let q = p, pairs = 0;
    for (;;) {
      const k = classAt(text, q);
      if (k === -1 && text.charCodeAt(q + 1) === DOT) return -1;
      if (k !== UPPER || text.charCodeAt(q + 1) !== DOT) break;
      q += 2;
      pairs++;
    }
    if (pairs >= 2) return q;
  }
  if (cls === LOWER || cls === UPPER) {
    // [\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*
    let q = p + 1;
    for (;;) {
      let k: number;
      while ((k = classAt(text, q)) > 0 && k !== SPACE) q++;
      if (k === -1 && text.charCodeAt(q) !== RIGHT_QUOTE) return -1;
      const a = text.charCodeAt(q);
      if (a !== APOSTROPHE && a !== RIGHT_QUOTE) return q;
      const next = classAt(text, q + 1);
      if (next === -1) return -1;
      if (next === 0 || next === SPACE) return q;
      const ch = text.charCodeAt(q + 1);
      if (ch === 115 || ch === 83) {
        // 's closes the word unless a letter or number follows it.
        const after = classAt(text, q + 2);
        if (after === -1) return -1;
        if (after === 0 || after === SPACE) return q;
      }
      q += 1;
    }
  }
  if (c === APOSTROPHE || c === RIGHT_QUOTE) {
    // ['’][sS](?![\p{L}\p{N}]), else the quote alone
    const ch = text.charCodeAt(p + 1);
    if (ch === 115 || ch === 83) {
      const after = classAt(text, p + 2);
      if (after === -1) return -1;
      if (after === 0 || after === SPACE) return p + 2;
    }
    return p + 1;
  }
  // Any other ASCII character is a token of its own.
  return p + 1;
}

export function tokenize(text: string, offset = 0, startIndex = 0): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let p = 0;
  const n = text.length;
  // ASCII is read by hand; wherever a character outside it decides, TOKEN_RE reads the next token.
  while (p < n) {
    const c0 = text.charCodeAt(p);
    if (c0 < 128 && ASCII[c0] === SPACE) {
      p++;
      continue;
    }
    let from = p;
    let to = c0 < 128 || c0 === RIGHT_QUOTE ? asciiTokenEnd(text, p, c0) : -1;
    if (to < 0) {
      TOKEN_RE.lastIndex = p;
      const m = TOKEN_RE.exec(text);
      if (m === null) break;
      from = m.index;
      to = from + m[0].length;
    }
    const t = text.slice(from, to);
    const start = offset + from;
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
      cap: kind === "word" && (asciiLetter ? c <= 90 || isUpperAscii(t.charCodeAt(1)) : UPPER_RE.test(t) || BRAND_RE.test(t)),
      spaceBefore: prevEnd === -1 ? true : from > prevEnd,
      cls: 0,
    });
    prevEnd = to;
    p = to;
  }
  return out;
}

/** The tokens TOKEN_RE alone gives: the reference the hand-written fast path is tested against. */
export function tokenizeByExpression(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) out.push({ text: m[0], start: m.index });
  return out;
}
