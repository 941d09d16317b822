// Finds time expressions in a sentence and resolves each to an interval against the publication date (GUIDELINES.md "Time").

export interface TimeMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD */
  to: string;
  /** "day" for one date, "period" for a month, season or year, "open" for "since ..." (runs to publication). */
  grain: "day" | "month" | "period" | "open";
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUM_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3 };

const pad = (n: number) => String(n).padStart(2, "0");
export const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ymd = (y: number, m: number, d: number) => iso(new Date(Date.UTC(y, m, d)));
const monthEnd = (y: number, m: number) => ymd(y, m + 1, 0);

export function parseIsoDate(s: string | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) || iso(d) !== s ? null : d;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full;
  return MONTH_ABBR[w] ?? -1;
}

/** "the end of 2022" → Oct–Dec; "early 2023" → Jan–Apr; GUIDELINES.md gives these two, the rest follow the same thirds. */
function partOfYear(part: string, y: number): [string, string] {
  switch (part) {
    case "early": case "beginning": case "start": return [ymd(y, 0, 1), monthEnd(y, 3)];
    case "mid": case "middle": return [ymd(y, 4, 1), monthEnd(y, 7)];
    case "late": case "end": return [ymd(y, 9, 1), monthEnd(y, 11)];
    default: return [ymd(y, 0, 1), monthEnd(y, 11)];
  }
}

function partOfMonth(part: string, y: number, m: number): [string, string] {
  // Month-level intervals: the text says "early July", and a narrower guess would be invented.
  void part;
  return [ymd(y, m, 1), monthEnd(y, m)];
}

const MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const PART_RE = "(early|mid|late|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of)";

interface Pattern {
  re: RegExp;
  /**
   * The words a match can open with, lower-cased ("#" for any number): the pattern is tried only where one of them
   * starts a word, so a sentence costs one look-up per word instead of one regular-expression pass per pattern.
   */
  starts: readonly string[];
  resolve: (m: RegExpExecArray, pub: Date) => [string, string, TimeMention["grain"]] | null;
}

const num = (s: string | undefined) => (s ? (NUM_WORDS[s.toLowerCase()] ?? Number(s)) : NaN);
const partWord = (s: string) => s.replace(/^the /, "").replace(/ of$/, "").split(" ")[0]!.toLowerCase();

function shiftMonths(d: Date, months: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()));
}

function season(name: string, pub: Date, which: "last" | "latest"): [string, string] {
  const starts: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };
  const m0 = starts[name.toLowerCase()] ?? 5;
  let y = pub.getUTCFullYear();
  // The latest season that has begun by the publication date; "last summer" is the one before a running summer.
  if (pub.getUTCMonth() < m0) y -= 1;
  if (which === "last" && pub.getUTCMonth() >= m0 && pub.getUTCMonth() <= m0 + 2) y -= 1;
  return [ymd(y, m0, 1), monthEnd(y, m0 + 2)];
}

const MONTH_STARTS = [...MONTHS, ...Object.keys(MONTH_ABBR)];
/** The first words of PART_RE. */
const PART_STARTS = ["early", "mid", "late", "the", "end", "beginning", "start", "middle"];

// Exported for the test that holds the anchored scan to plain global matching.
// Every pattern is a flat sequence of alternations and bounded spaces, so matching stays linear in the sentence length.
export const TIME_PATTERNS: readonly Pattern[] = [
  {
    // between the end of 2022 and early 2023
    re: new RegExp(`\\bbetween ${PART_RE}? ?(\\d{4}) and ${PART_RE}? ?(\\d{4})\\b`, "gi"),
    starts: ["between"],
    resolve: (m) => {
      const a = partOfYear(m[1] ? partWord(m[1]) : "year", Number(m[2]));
      const b = partOfYear(m[3] ? partWord(m[3]) : "year", Number(m[4]));
      return [a[0], b[1], "period"];
    },
  },
  {
    // from late 2022 until early 2023
    re: new RegExp(`\\bfrom ${PART_RE}? ?(\\d{4}) (?:until|to|through|till) ${PART_RE}? ?(\\d{4})\\b`, "gi"),
    starts: ["from"],
    resolve: (m) => {
      const a = partOfYear(m[1] ? partWord(m[1]) : "year", Number(m[2]));
      const b = partOfYear(m[3] ? partWord(m[3]) : "year", Number(m[4]));
      return [a[0], b[1], "period"];
    },
  },
  {
    // June 20, 2017  /  on Sept. 8, 2022
    re: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "gi"),
    starts: MONTH_STARTS,
    resolve: (m) => {
      const mo = monthIndex(m[1]!);
      if (mo < 0) return null;
      const d = ymd(Number(m[3]), mo, Number(m[2]));
      return [d, d, "day"];
    },
  },
  {
    // 20 June 2017
    re: new RegExp(`\\b(\\d{1,2}) ${MONTH_RE},? (\\d{4})\\b`, "gi"),
    starts: ["#"],
    resolve: (m) => {
      const mo = monthIndex(m[2]!);
      if (mo < 0) return null;
      const d = ymd(Number(m[3]), mo, Number(m[1]));
      return [d, d, "day"];
    },
  },
  {
    // since (at least) April 2023 / since the beginning of 2024 / since 2016
    re: new RegExp(`\\bsince (?:at least )?(?:${PART_RE} )?(?:${MONTH_RE},? )?(\\d{4})\\b`, "gi"),
    starts: ["since"],
    resolve: (m, pub) => {
      const y = Number(m[3]);
      const mo = m[2] ? monthIndex(m[2]) : -1;
      const from = mo >= 0 ? ymd(y, mo, 1) : m[1] ? partOfYear(partWord(m[1]), y)[0] : ymd(y, 0, 1);
      return [from, iso(pub), "open"];
    },
  },
  {
    // (in) early July 2022 / in March 2023 / as recently as September 2023
    re: new RegExp(`\\b(?:${PART_RE} )?${MONTH_RE},? (\\d{4})\\b`, "gi"),
    starts: [...PART_STARTS, ...MONTH_STARTS],
    resolve: (m) => {
      const mo = monthIndex(m[2]!);
      if (mo < 0) return null;
      const [a, b] = partOfMonth(m[1] ?? "", Number(m[3]), mo);
      return [a, b, "month"];
    },
  },
  {
    // early 2023 / the end of 2022 / in 2017 / throughout 2023 / during 2019
    re: new RegExp(`\\b(?:${PART_RE} |(?:in|throughout|during|of|by|until|from) )(\\d{4})\\b`, "gi"),
    starts: [...PART_STARTS, "in", "throughout", "during", "of", "by", "until", "from"],
    resolve: (m) => {
      const y = Number(m[2]);
      if (y < 1900 || y > 2100) return null;
      const [a, b] = partOfYear(m[1] ? partWord(m[1]) : "year", y);
      return [a, b, "period"];
    },
  },
  {
    // (as soon as) early July — month of the publication year (or the next one after it)
    re: new RegExp(`\\b(?:(?:in|by|as soon as|until|since|from|during) )(?:${PART_RE} )?${MONTH_RE}\\b(?! \\d)(?!,? \\d)`, "gi"),
    starts: ["in", "by", "as", "until", "since", "from", "during"],
    resolve: (m, pub) => {
      const mo = monthIndex(m[2]!);
      if (mo < 0) return null;
      // A month without a year is the latest one on or before publication ("since August" in September 2024).
      let y = pub.getUTCFullYear();
      if (mo > pub.getUTCMonth() && !/^(?:by|as soon as|until)\b/i.test(m[0])) y -= 1;
      if (/^since\b/i.test(m[0])) return [ymd(y, mo, 1), iso(pub), "open"];
      return [ymd(y, mo, 1), monthEnd(y, mo), "month"];
    },
  },
  {
    re: /\b(?:on |last |this )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi,
    starts: ["on", "last", "this", ...DAYS],
    resolve: (m, pub) => {
      const dow = DAYS.indexOf(m[1]!.toLowerCase());
      const back = (pub.getUTCDay() - dow + 7) % 7;
      const d = new Date(pub.getTime() - back * 86400000);
      return [iso(d), iso(d), "day"];
    },
  },
  {
    re: /\b(today|yesterday|this week|last week|earlier this week|earlier this month|this month|last month|earlier this year|this year|last year|in recent weeks|in recent months|next week|next month|next year|in the coming weeks|in the coming months|(?:by |before )?the end of (?:the|this) year|later this year)\b/gi,
    starts: ["today", "yesterday", "this", "last", "earlier", "in", "next", "by", "before", "the", "later"],
    resolve: (m, pub) => {
      const y = pub.getUTCFullYear(), mo = pub.getUTCMonth();
      switch (m[1]!.toLowerCase()) {
        case "today": return [iso(pub), iso(pub), "day"];
        case "yesterday": { const d = iso(new Date(pub.getTime() - 86400000)); return [d, d, "day"]; }
        case "this week": case "earlier this week": return [iso(new Date(pub.getTime() - pub.getUTCDay() * 86400000)), iso(pub), "period"];
        case "last week": { const end = new Date(pub.getTime() - (pub.getUTCDay() + 1) * 86400000); return [iso(new Date(end.getTime() - 6 * 86400000)), iso(end), "period"]; }
        case "earlier this month": case "this month": return [ymd(y, mo, 1), iso(pub), "period"];
        case "last month": return [ymd(y, mo - 1, 1), monthEnd(y, mo - 1), "month"];
        case "earlier this year": case "this year": return [ymd(y, 0, 1), iso(pub), "period"];
        case "last year": return [ymd(y - 1, 0, 1), monthEnd(y - 1, 11), "period"];
        case "in recent weeks": return [iso(new Date(pub.getTime() - 28 * 86400000)), iso(pub), "period"];
        case "in recent months": return [iso(shiftMonths(pub, -3)), iso(pub), "period"];
        case "next week": { const start = new Date(pub.getTime() + (7 - pub.getUTCDay()) * 86400000); return [iso(start), iso(new Date(start.getTime() + 6 * 86400000)), "period"]; }
        case "next month": return [ymd(y, mo + 1, 1), monthEnd(y, mo + 1), "month"];
        case "next year": return [ymd(y + 1, 0, 1), monthEnd(y + 1, 11), "period"];
        case "in the coming weeks": return [iso(pub), iso(new Date(pub.getTime() + 28 * 86400000)), "period"];
        case "in the coming months": return [iso(pub), iso(shiftMonths(pub, 3)), "period"];
        case "later this year": return [iso(pub), monthEnd(y, 11), "period"];
        default:
          // "by the end of the year", "the end of this year": October to December of the publication year.
          if (/end of (?:the|this) year$/i.test(m[1]!)) return [ymd(y, 9, 1), monthEnd(y, 11), "period"];
          return null;
      }
    },
  },
  {
    re: /\b(?:over|during|in|throughout) the (summer|spring|autumn|fall|winter)\b|\b(last|this) (summer|spring|autumn|fall|winter)\b|\b(?:in )?mid(summer|winter)\b/gi,
    starts: ["over", "during", "in", "throughout", "last", "this", "midsummer", "midwinter"],
    resolve: (m, pub) => {
      if (m[1]) { const [a, b] = season(m[1], pub, "latest"); return [a, b, "period"]; }
      if (m[3]) { const [a, b] = season(m[3], pub, m[2]!.toLowerCase() === "last" ? "last" : "latest"); return [a, b, "period"]; }
      const [a, b] = season(m[4]!, pub, "latest");
      return [a, b, "period"];
    },
  },
  {
    // over the past year / in the last five months / for more than a year / within the last two months / past 18 months
    re: /\b(?:over|in|during|within|for) (?:the )?(?:past|last|previous|more than|over|nearly|almost)? ?(?:the )?(?:past |last )?(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d{1,3}) )?(day|week|month|year)s?\b/gi,
    starts: ["over", "in", "during", "within", "for"],
    resolve: (m, pub) => {
      // "over the past year": no number means one.
      if (!m[1] && !/\b(?:past|last|previous)\b/i.test(m[0])) return null;
      const n = m[1] ? num(m[1]) : 1;
      if (!Number.isFinite(n)) return null;
      const unit = m[2]!.toLowerCase();
      const from =
        unit === "year" ? shiftMonths(pub, -12 * n) : unit === "month" ? shiftMonths(pub, -n) : new Date(pub.getTime() - n * (unit === "week" ? 7 : 1) * 86400000);
      return [iso(from), iso(pub), "period"];
    },
  },
];

/** Each pattern once more, anchored: it matches only at the position it is asked about. */
const STICKY = TIME_PATTERNS.map((p) => new RegExp(p.re.source, "iy"));
/** Word (lower case, "#" for a number) → the patterns that can open with it, in pattern order. */
const OPENERS = new Map<string, number[]>();
TIME_PATTERNS.forEach((p, n) => {
  for (const w of p.starts) {
    const list = OPENERS.get(w);
    if (!list) OPENERS.set(w, [n]);
    else if (!list.includes(n)) list.push(n);
  }
});

/** A word of the sentence as the tokeniser gives it: where it starts (in document offsets), its lower case, its kind. */
export interface TimeWord {
  start: number;
  lower: string;
  kind: string;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The words of `text` as `\b` sees them (ASCII letters, a number as one word), for callers without tokens. */
function wordsOf(text: string, offset: number): TimeWord[] {
  const out: TimeWord[] = [];
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (!isWordChar(c) || (p > 0 && isWordChar(text.charCodeAt(p - 1)))) continue;
    if (c >= 48 && c <= 57) out.push({ start: offset + p, lower: "", kind: "number" });
    else {
      let q = p;
      while (q < text.length && isLetter(text.charCodeAt(q))) q++;
      if (q > p) out.push({ start: offset + p, lower: text.slice(p, q).toLowerCase(), kind: "word" });
    }
  }
  return out;
}

/**
 * All time expressions in `text` (a sentence), with document offsets (`offset` is where the sentence starts).
 * `words` are the sentence's tokens; without them its words are read from the text.
 */
export function findTimes(text: string, offset: number, published: Date | null, words?: readonly TimeWord[]): TimeMention[] {
  if (!published) return [];
  // Where each pattern may match: the starts of the words it can open with, ascending.
  let at: number[][] | undefined;
  for (const w of words ?? wordsOf(text, offset)) {
    const list = OPENERS.get(w.kind === "number" ? "#" : w.lower);
    if (!list) continue;
    at ??= TIME_PATTERNS.map((): number[] => []);
    for (const n of list) at[n]!.push(w.start - offset);
  }
  if (!at) return [];
  const found: TimeMention[] = [];
  for (let n = 0; n < TIME_PATTERNS.length; n++) {
    const re = STICKY[n]!;
    // Matches of one pattern do not overlap: the next is looked for after the end of the last.
    let after = 0;
    for (const pos of at[n]!) {
      if (pos < after) continue;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (!m) continue;
      after = pos + m[0].length;
      const start = offset + pos, end = start + m[0].length;
      // An earlier, more specific pattern already read this stretch.
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const r = TIME_PATTERNS[n]!.resolve(m, published);
      if (!r || r[0] > r[1]) continue;
      found.push({ start, end, text: m[0], from: r[0], to: r[1], grain: r[2] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first time expression inside the sentence; `times` is sorted by offset, so a binary search finds it. */
export function timeIn(times: TimeMention[], start: number, end: number, accept: (t: TimeMention) => boolean = () => true): TimeMention | undefined {
  let lo = 0, hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let n = lo; n < times.length && times[n]!.start < end; n++) if (times[n]!.end <= end && accept(times[n]!)) return times[n];
  return undefined;
}
