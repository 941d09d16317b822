// The `ofac` mode: reproduces the score OFAC's own Sanctions List Search shows (0–100, here 0–1).
// Inferred from published query/result/score triples, not from OFAC code. SLS says it combines
// Jaro–Winkler with Soundex; what the triples show is two paths, and the better one is the score:
// - word by word: each query word of three or more letters takes its best Jaro–Winkler partner in the
//   result; the word counts as partnered when a result word of the same first letter (a Soundex code
//   keeps the first letter as written) scores 0.75 or more. All partnered: the mean of the best scores;
//   otherwise only the partnered words count (GEORGE BUSH / HASWANI, George scores 50: one word of two).
// - whole name: Jaro–Winkler of the two names run together, spaces and punctuation dropped, in the
//   order written (GEORGE BUSH / JAMIL GEORGES, Fahd: georgebush ~ jamilgeorgesfahd, 77).
import anyAscii from "any-ascii";
import { jaroWinkler } from "./similarity.js";

/** A query word whose best same-initial partner scores below this leaves the word-by-word path. */
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
    let bestSameInitial = 0;
    for (const x of r) {
      const s = jaroWinkler(w, x);
      if (s > best) best = s;
      if (x[0] === w[0] && s > bestSameInitial) bestSameInitial = s;
    }
    sum += best;
    if (bestSameInitial < WORD_PARTNER_MIN) allPartnered = false;
    else partnered += bestSameInitial;
  }
  const whole = jaroWinkler(q.join(""), r.join(""));
  return Math.max(whole, allPartnered ? sum / used.length : partnered / used.length);
}
