import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.js";
import { TIME_PATTERNS, findTimes, parseIsoDate, type TimeMention } from "./resolve.js";

function times(text: string, published: string): TimeMention[] {
  const pub = parseIsoDate(published);
  if (!pub) throw new Error(`bad date ${published}`);
  return findTimes(text, 0, pub);
}

/** The single interval found in `text`, as [from, to]. */
function one(text: string, published: string): [string, string] {
  const found = times(text, published);
  expect(found, `times in "${text}"`).toHaveLength(1);
  const t = found[0]!;
  // The offsets point at the words that were read.
  expect(text.slice(t.start, t.end)).toBe(t.text);
  return [t.from, t.to];
}

describe("parseIsoDate", () => {
  it("accepts real dates only", () => {
    expect(parseIsoDate("2023-03-31")?.toISOString()).toBe("2023-03-31T00:00:00.000Z");
    expect(parseIsoDate("2023-02-30")).toBeNull();
    expect(parseIsoDate("31/03/2023")).toBeNull();
    expect(parseIsoDate(undefined)).toBeNull();
  });
});

describe("findTimes", () => {
  it("finds nothing without a publication date", () => {
    expect(findTimes("on Thursday, last month", 0, null)).toEqual([]);
  });

  it("reads “on Thursday” as the last Thursday on or before publication", () => {
    // 2023-03-31 is a Friday; 2023-03-30 a Thursday.
    expect(one("The drones arrived on Thursday.", "2023-03-31")).toEqual(["2023-03-30", "2023-03-30"]);
    expect(one("The drones arrived on Thursday.", "2023-03-30")).toEqual(["2023-03-30", "2023-03-30"]);
    expect(one("The drones arrived on Thursday.", "2023-03-29")).toEqual(["2023-03-23", "2023-03-23"]);
  });

  it("reads “last month” as the whole previous calendar month, also at a month end and across a year", () => {
    expect(one("Shipments rose last month.", "2023-03-31")).toEqual(["2023-02-01", "2023-02-28"]);
    expect(one("Shipments rose last month.", "2024-03-31")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(one("Shipments rose last month.", "2023-01-15")).toEqual(["2022-12-01", "2022-12-31"]);
    expect(one("Shipments rose last month.", "2023-05-31")).toEqual(["2023-04-01", "2023-04-30"]);
  });

  it("reads “earlier this month” as the first of the month to publication", () => {
    expect(one("Talks began earlier this month.", "2023-03-15")).toEqual(["2023-03-01", "2023-03-15"]);
  });

  it("reads “over the summer” as June–August of the latest summer begun", () => {
    expect(one("Iran sold drones over the summer.", "2023-03-15")).toEqual(["2022-06-01", "2022-08-31"]);
    expect(one("Iran sold drones over the summer.", "2023-07-10")).toEqual(["2023-06-01", "2023-08-31"]);
    expect(one("Iran sold drones over the summer.", "2023-06-01")).toEqual(["2023-06-01", "2023-08-31"]);
    expect(one("Iran sold drones over the summer.", "2023-05-31")).toEqual(["2022-06-01", "2022-08-31"]);
  });

  it("reads “the end of 2022” as October–December and “early 2023” as January–April", () => {
    expect(one("Deliveries began by the end of 2022.", "2023-06-01")).toEqual(["2022-10-01", "2022-12-31"]);
    expect(one("Deliveries began in early 2023.", "2023-06-01")).toEqual(["2023-01-01", "2023-04-30"]);
  });

  it("reads “between the end of 2022 and early 2023” as one interval spanning both", () => {
    const found = times("Shells moved by rail between the end of 2022 and early 2023.", "2023-06-01");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: "between the end of 2022 and early 2023", from: "2022-10-01", to: "2023-04-30", grain: "period" });
  });

  it("reads “from late 2022 until early 2023” as one interval spanning both ends", () => {
    const found = times("He tried to broker the sales from late 2022 until early 2023.", "2023-06-01");
    expect(found.map((t) => [t.from, t.to])).toContainEqual(["2022-10-01", "2023-04-30"]);
  });

  it("reads a full date “June 20, 2017” and “20 June 2017” as one day", () => {
    expect(one("OFAC acted on June 20, 2017.", "2023-06-01")).toEqual(["2017-06-20", "2017-06-20"]);
    expect(one("OFAC acted on 20 June 2017.", "2023-06-01")).toEqual(["2017-06-20", "2017-06-20"]);
    expect(one("OFAC acted on Sept. 8, 2022.", "2023-06-01")).toEqual(["2022-09-08", "2022-09-08"]);
  });

  it("reads “in March 2023” as the whole month", () => {
    const found = times("The deal was signed in March 2023.", "2023-06-01");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: "2023-03-01", to: "2023-03-31", grain: "month" });
  });

  it("reads “since at least April 2023” as open to the publication date", () => {
    const found = times("The network has operated since at least April 2023.", "2023-10-02");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: "2023-04-01", to: "2023-10-02", grain: "open" });
  });

  it("reads “over the past year” as the twelve months up to publication", () => {
    expect(one("Iran has sent hundreds of drones over the past year.", "2023-10-02")).toEqual(["2022-10-02", "2023-10-02"]);
  });

  it("reads “over the past two years” and “in the last five months”", () => {
    expect(one("Trade grew over the past two years.", "2023-10-02")).toEqual(["2021-10-02", "2023-10-02"]);
    expect(one("Trade grew in the last five months.", "2023-10-02")).toEqual(["2023-05-02", "2023-10-02"]);
  });

  it("shifts offsets by the sentence start it is given", () => {
    const pub = parseIsoDate("2023-03-31")!;
    const sentence = "Shipments rose last month.";
    const [t] = findTimes(sentence, 500, pub);
    expect(t).toMatchObject({ start: 515, end: 525, text: "last month" });
  });

  it("finds several expressions in one sentence, in text order, without overlaps", () => {
    const found = times("Talks began in March 2023 and ended on Thursday.", "2023-06-02");
    expect(found.map((t) => t.text)).toEqual(["March 2023", "on Thursday"]);
    expect(found[1]).toMatchObject({ from: "2023-06-01", to: "2023-06-01" });
  });

  it("ignores numbers that are not years", () => {
    expect(times("It shipped 9000 shells in 300 containers.", "2023-06-02")).toEqual([]);
  });
});

describe("future and near-future expressions", () => {
  const pub = new Date(Date.UTC(2024, 4, 15)); // Wednesday 15 May 2024
  const read = (text: string) => findTimes(text, 0, pub).map((t) => [t.from, t.to]);

  it("“next month” is the whole following calendar month, also across a year end", () => {
    expect(read("The drones will arrive next month.")).toEqual([["2024-06-01", "2024-06-30"]]);
    expect(findTimes("Deliveries start next month.", 0, new Date(Date.UTC(2024, 11, 20))).map((t) => [t.from, t.to])).toEqual([["2025-01-01", "2025-01-31"]]);
  });

  it("“next year” and “later this year”", () => {
    expect(read("Shipments resume next year.")).toEqual([["2025-01-01", "2025-12-31"]]);
    expect(read("A deal may be signed later this year.")).toEqual([["2024-05-15", "2024-12-31"]]);
  });

  it("“by the end of the year” is October to December of the publication year", () => {
    expect(read("The missiles are due by the end of the year.")).toEqual([["2024-10-01", "2024-12-31"]]);
  });

  it("“in the coming weeks” runs four weeks from publication", () => {
    expect(read("More shells are expected in the coming weeks.")).toEqual([["2024-05-15", "2024-06-12"]]);
  });
});

describe("findTimes: the anchored scan", () => {
  // Each pattern is tried only where a word it can open with starts; plain global matching of every pattern over the
  // whole sentence must find exactly the same stretches, whether the words come from the tokeniser or from the text.
  function reference(text: string, pub: Date): { start: number; end: number }[] {
    const found: { start: number; end: number }[] = [];
    for (const p of TIME_PATTERNS) {
      const re = new RegExp(p.re.source, "gi");
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const start = m.index, end = start + m[0].length;
        if (found.some((f) => f.start < end && start < f.end)) continue;
        const r = p.resolve(m, pub);
        if (!r || r[0] > r[1]) continue;
        found.push({ start, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  it("finds what matching every pattern everywhere finds, on random sentences of time words", () => {
    const vocab = [
      "in", "on", "by", "from", "since", "until", "to", "till", "through", "between", "and", "over", "during", "within", "for", "the",
      "past", "last", "this", "next", "previous", "early", "mid", "late", "end", "of", "beginning", "start", "middle", "as", "soon",
      "at", "least", "earlier", "later", "coming", "recent", "throughout", "before", "more", "than", "nearly", "almost",
      "January", "Feb.", "march", "May", "Sept.", "sept", "Dec", "Monday", "thursday", "today", "yesterday", "week", "weeks",
      "month", "months", "year", "years", "summer", "Winter", "midsummer", "fall", "a", "two", "several", "few", "18",
      "2022", "2023", "1899", "20", "3rd", "8,", ",", ".", "-", "’s", "drones", "Iran", "x2023", "in2022",
    ];
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pub = parseIsoDate("2023-10-14")!;
    let matched = 0;
    for (let n = 0; n < 3000; n++) {
      const words: string[] = [];
      const len = 2 + Math.floor(next() * 12);
      for (let k = 0; k < len; k++) words.push(vocab[Math.floor(next() * vocab.length)]!);
      const text = words.join(next() < 0.2 ? "" : " ");
      const want = reference(text, pub);
      if (want.length) matched++;
      const span = (t: TimeMention) => ({ start: t.start, end: t.end });
      expect(findTimes(text, 0, pub).map(span), text).toEqual(want);
      expect(findTimes(text, 0, pub, tokenize(text)).map(span), text).toEqual(want);
    }
    // The sentences are not all misses: the comparison is about real matches.
    expect(matched).toBeGreaterThan(1000);
  });
});
