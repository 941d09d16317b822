// Date of birth and country as qualifiers: agreement raises a name score, conflict lowers it.
import { countryCode } from "../../lexicon/countries.js";
import type { ListEntry } from "../types.js";

export interface Qualified {
  score: number;
  reasons: string[];
}

/** [first, last] year a published date or range covers. */
function yearSpan(d: string): [number, number] | undefined {
  const range = /^(\d{4})-(\d{4})$/.exec(d);
  if (range) return [Number(range[1]), Number(range[2])];
  const y = /^(\d{4})/.exec(d);
  return y ? [Number(y[1]), Number(y[1])] : undefined;
}

function dobFactor(query: string, dates: string[]): { factor: number; reason: string } | undefined {
  if (dates.length === 0) return undefined;
  const q = yearSpan(query);
  if (!q) return undefined;
  let bestGap = Infinity;
  let exact = false;
  for (const d of dates) {
    if (d === query || (query.length === 10 && d === query)) exact = true;
    const s = yearSpan(d);
    if (!s) continue;
    const gap = Math.max(0, s[0] - q[1], q[0] - s[1]);
    bestGap = Math.min(bestGap, gap);
  }
  if (exact) return { factor: 1.1, reason: `date of birth agrees (${query})` };
  if (bestGap === 0) return { factor: 1.05, reason: `year of birth agrees (${query})` };
  if (bestGap === Infinity) return undefined;
  // Lists often hold a birth year one off from other sources; further apart is another person.
  if (bestGap <= 1) return { factor: 0.95, reason: `year of birth one year off (${query} vs ${dates.join(", ")})` };
  return { factor: 0.7, reason: `date of birth conflicts (${query} vs ${dates.join(", ")})` };
}

function countryFactor(query: string, entry: ListEntry): { factor: number; reason: string } | undefined {
  const q = countryCode(query) ?? query.toUpperCase();
  const codes = new Set<string>();
  for (const c of entry.countries) {
    const code = countryCode(c);
    if (code) codes.add(code);
  }
  if (codes.size === 0) return undefined;
  if (codes.has(q)) return { factor: 1.05, reason: `country agrees (${q})` };
  return { factor: 0.9, reason: `country differs (${q} vs ${[...codes].join(", ")})` };
}

/** Applies the qualifiers the query has to a name score; the result stays in [0,1]. */
export function qualify(score: number, entry: ListEntry, q: { dob?: string; country?: string }): Qualified {
  const reasons: string[] = [];
  let s = score;
  for (const f of [q.dob ? dobFactor(q.dob, entry.birthDates) : undefined, q.country ? countryFactor(q.country, entry) : undefined]) {
    if (!f) continue;
    // A raise closes part of the gap to 1; a cut scales down.
    s = f.factor >= 1 ? s + (1 - s) * (f.factor - 1) * 3 : s * f.factor;
    reasons.push(f.reason);
  }
  return { score: Math.min(1, Math.max(0, s)), reasons };
}
