// Turns a name in any script into one or more Latin spellings: any-ascii for the general case,
// name-specific tables where generic romanisation gives a spelling no list uses.
import anyAscii from "any-ascii";
import {
  HANGUL_EU, HANGUL_FINALS, HANGUL_INITIALS, HANGUL_MEDIALS, HANJA_KOREAN, KOREAN_SURNAMES,
} from "../../lexicon/korean.js";
import { ARMENIAN_DIGRAPHS, GREEK_DIGRAPHS, HEBREW } from "../../lexicon/scripts.js";

export type Script = "latin" | "hangul" | "han" | "hebrew" | "arabic" | "greek" | "armenian" | "cyrillic" | "other";

const MAX_VARIANTS = 4;

export function scriptOf(ch: string): Script {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x250) return "latin";
  // Curly quotes, dashes and the like belong to no script (People’s is Latin).
  if (c >= 0x2000 && c <= 0x206f) return "latin";
  if (c >= 0xac00 && c <= 0xd7a3) return "hangul";
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return "han";
  if (c >= 0x0590 && c <= 0x05ff) return "hebrew";
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) return "arabic";
  if (c >= 0x0370 && c <= 0x03ff) return "greek";
  if (c >= 0x0530 && c <= 0x058f) return "armenian";
  if (c >= 0x0400 && c <= 0x052f) return "cyrillic";
  return "other";
}

/** The scripts whose romanisation leaves out most vowels: compare their tokens by consonant skeleton. */
export function isAbjad(script: Script): boolean {
  return script === "hebrew" || script === "arabic";
}

function hangulSyllable(ch: string, loanword: boolean, first: boolean): string {
  const code = (ch.codePointAt(0) ?? 0) - 0xac00;
  const ini = Math.floor(code / 588);
  const med = Math.floor((code % 588) / 28);
  const fin = code % 28;
  let initial = HANGUL_INITIALS[ini] ?? "";
  // Word-initially ㄱ is k; between vowels it voices to g.
  if (ini === 0 && !first) initial = "g";
  const medial = loanword && med === HANGUL_EU ? "" : (HANGUL_MEDIALS[med] ?? "");
  return initial + medial + (HANGUL_FINALS[fin] ?? "");
}

/** A Hangul word: as a Korean name (surname apart) and as a loanword (the inserted ㅡ dropped). */
function hangulWord(word: string): string[] {
  const chars = [...word];
  const out: string[] = [];
  const first = chars[0] ?? "";
  const surname = KOREAN_SURNAMES[first];
  // A lone syllable that is a surname is the surname (written apart, as in 도현 이).
  if (surname && chars.length === 1) out.push(surname);
  if (surname && chars.length >= 2 && chars.length <= 4) {
    out.push(`${surname} ${chars.slice(1).map((c) => hangulSyllable(c, false, false)).join(" ")}`);
  }
  out.push(chars.map((c, i) => hangulSyllable(c, false, i === 0)).join(""));
  // Loanwords: ㄹㄹ is one l, and the epenthetic ㅡ is no vowel at all (블라디미르 → bladimir).
  out.push(chars.map((c, i) => hangulSyllable(c, true, i === 0)).join("").replace(/lr/g, "l"));
  return out;
}

function hanWord(word: string): string[] {
  const chars = [...word];
  const mandarin = chars.map((c) => anyAscii(c).toLowerCase());
  const out: string[] = [];
  // Chinese names: surname, then the given name written as one word (Xi Jinping).
  out.push(mandarin.length >= 2 ? `${mandarin[0]} ${mandarin.slice(1).join("")}` : mandarin.join(""));
  out.push(mandarin.join(" "));
  const korean = chars.map((c) => HANJA_KOREAN[c]);
  if (korean.every((k) => k !== undefined)) out.push(korean.join(" "));
  return out;
}

function tableWord(word: string, table: Readonly<Record<string, string>>): string {
  let s = "";
  for (const ch of word) s += table[ch] ?? anyAscii(ch);
  return s;
}

function wordVariants(word: string): string[] {
  let script: Script = "latin";
  for (const ch of word) {
    const s = scriptOf(ch);
    if (s !== "latin") { script = s; break; }
  }
  switch (script) {
    case "latin": return [anyAscii(word)];
    case "hangul": return hangulWord(word);
    case "han": return hanWord(word);
    case "hebrew": return [tableWord(word, HEBREW)];
    case "greek": {
      let w = word.normalize("NFC");
      for (const [re, rep] of GREEK_DIGRAPHS) w = w.replace(re, rep);
      return [anyAscii(w)];
    }
    case "armenian": {
      let w = word;
      for (const [re, rep] of ARMENIAN_DIGRAPHS) w = w.replace(re, rep);
      return [anyAscii(w)];
    }
    case "arabic": case "cyrillic": case "other": return [anyAscii(word)];
    default: return script satisfies never;
  }
}

export interface Transliteration {
  /** Latin spellings, the most likely first; always at least one. */
  variants: string[];
  /** The scripts met, for the reasons ("transliterated from hangul"). */
  scripts: Script[];
}

/** Romanises a name. Pure-ASCII input comes back unchanged as the single variant. */
export function transliterate(text: string): Transliteration {
  if (/^[\x00-\x7f]*$/.test(text)) return { variants: [text], scripts: ["latin"] };
  const scripts = new Set<Script>();
  for (const ch of text) {
    const s = scriptOf(ch);
    if (s !== "latin") scripts.add(s);
  }
  // Middle dot and katakana dot separate name parts in CJK writing.
  const words = text.normalize("NFC").split(/[\s\u00b7\u30fb\u2027]+/u).filter(Boolean);
  // Word i's k-th spelling goes with every other word's k-th: a name is read in one system throughout.
  const perWord = words.map(wordVariants);
  const depth = Math.min(MAX_VARIANTS, Math.max(1, ...perWord.map((v) => v.length)));
  const combos = new Set<string>();
  for (let k = 0; k < depth; k++) {
    // A Han word without the k-th (Korean) reading would fall back to Mandarin: no name mixes the two.
    if (words.some((w, i) => k >= (perWord[i]?.length ?? 0) && scriptOf([...w][0] ?? "") === "han")) continue;
    combos.add(perWord.map((v) => v[Math.min(k, v.length - 1)] ?? "").join(" "));
  }
  return { variants: combos.size ? [...combos] : [anyAscii(text)], scripts: [...scripts] };
}
