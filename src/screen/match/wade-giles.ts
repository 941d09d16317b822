// Reads a name spelt in Wade–Giles (Hsi Chin-ping, Mao Tse-tung) in Pinyin (xi jin bing, mao ze dong),
// so it meets the Pinyin spelling the lists use. Tables are in src/lexicon/wade-giles.ts.
import { WG_FINALS, WG_INITIALS, WG_MARKERS, WG_SYLLABLES } from "../../lexicon/wade-giles.js";

function syllable(word: string): string | undefined {
  const whole = WG_SYLLABLES[word];
  if (whole) return whole;
  for (const [from, to] of WG_INITIALS) {
    if (!word.startsWith(from)) continue;
    const fin = WG_FINALS[word.slice(from.length)];
    if (fin === undefined) continue;
    const initial = from === "ch" && fin.startsWith("i") ? "j" : to;
    return initial + fin;
  }
  return WG_FINALS[word];
}

/**
 * The Pinyin reading of folded words ("mao tse tung") when every word is a Wade–Giles syllable and at
 * least one is spelt in a way Pinyin never is; otherwise undefined (the name is not Wade–Giles).
 */
export function wadeGilesToPinyin(folded: string): string | undefined {
  const words = folded.split(" ");
  if (words.length < 2 || !words.some((w) => WG_MARKERS.some((m) => m.test(w)))) return undefined;
  const out: string[] = [];
  for (const w of words) {
    const p = syllable(w);
    if (p === undefined) return undefined;
    out.push(p);
  }
  const pinyin = out.join(" ");
  return pinyin === folded ? undefined : pinyin;
}
