// The `ofac` mode: reproduces the score OFAC's own Sanctions List Search shows (0–100, here 0–1).
// Inferred from published query/result/score triples, not from OFAC code: SLS credits each query word
// of three or more letters with its best Jaro–Winkler partner in the result; when every such word has a
// good partner that mean is the score; otherwise the better of the Jaro–Winkler of the two names as
// written and the mean in which a word without a good partner counts nothing (GEORGE BUSH / HASWANI,
// George scores 50: one word of two).
import anyAscii from "any-ascii";
import { jaroWinkler } from "./similarity.js";

/** A query word whose best partner scores below this leaves the word-by-word path. */
const WORD_PARTNER_MIN = 0.75;
/** SLS ignores query words shorter than this (the "UN" of "KIM JONG UN"). */
const MIN_WORD = 3;

function words(s: string): string[] {
  return anyAscii(s).toLowerCase().replace(/['`]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
}

export function scoreOfac(query: string, result: string): number {
  const q = words(query);
  const r = words(result);
  if (q.length === 0 || r.length === 0) return 0;
  const long = q.filter((w) => w.length >= MIN_WORD);
  const used = long.length ? long : q;
  let sum = 0;
  let partnered = 0;
  let allPartnered = true;
  for (const w of used) {
    let best = 0;
    for (const x of r) best = Math.max(best, jaroWinkler(w, x));
    sum += best;
    if (best < WORD_PARTNER_MIN) allPartnered = false;
    else partnered += best;
  }
  if (allPartnered) return sum / used.length;
  return Math.max(jaroWinkler(q.join(" "), r.join(" ")), partnered / used.length);
}
