import { describe, expect, it } from "vitest";
import { tokenize, tokenizeByExpression } from "./tokens.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("gives every token offsets that slice back to its text", () => {
    const text = "The U.S. Treasury said O’Hanlon’s firm moved 9,000 shells —\n“quietly” — in 2023.";
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(10);
    tokens.forEach((t, n) => {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.i).toBe(n);
      expect(t.lower).toBe(t.text.toLowerCase());
    });
    // Tokens come in order and never overlap.
    for (let n = 1; n < tokens.length; n++) expect(tokens[n]!.start).toBeGreaterThanOrEqual(tokens[n - 1]!.end);
  });

  it("adds the offset and the start index it is given", () => {
    const tokens = tokenize("Iran sent drones.", 100, 7);
    expect(tokens[0]).toMatchObject({ text: "Iran", start: 100, end: 104, i: 7 });
    expect(tokens[2]).toMatchObject({ text: "drones", start: 110, end: 116, i: 9 });
  });

  it("keeps a dotted abbreviation such as U.S. in one token", () => {
    expect(texts("The U.S. and the U.K. agreed.")).toEqual(["The", "U.S.", "and", "the", "U.K.", "agreed", "."]);
    expect(tokenize("U.S.")[0]).toMatchObject({ kind: "word", cap: true });
  });

  it("keeps an inner apostrophe inside a name (O'Hanlon, O’Brien)", () => {
    expect(texts("Michael O'Hanlon and Sean O’Brien spoke")).toEqual(["Michael", "O'Hanlon", "and", "Sean", "O’Brien", "spoke"]);
  });

  it("splits the possessive ’s and 's off the word", () => {
    expect(texts("Russia’s army and Iran's drones")).toEqual(["Russia", "’s", "army", "and", "Iran", "'s", "drones"]);
    const poss = tokenize("Russia’s")[1]!;
    expect(poss).toMatchObject({ text: "’s", spaceBefore: false });
  });

  it("reads numbers with thousands separators and decimals as one number token", () => {
    const tokens = tokenize("about 9,000 rounds, 13.5 tons and 1,000,000 dollars");
    const numbers = tokens.filter((t) => t.kind === "number").map((t) => t.text);
    expect(numbers).toEqual(["9,000", "13.5", "1,000,000"]);
    // A comma followed by a space is punctuation, not part of the number.
    expect(texts("in 2022, Russia")).toEqual(["in", "2022", ",", "Russia"]);
  });

  it("counts a brand's inner capital as capitalised (iJet, eBay), not a lower-case word", () => {
    const [a, b, c, d] = tokenize("iJet eBay ijet Éclair");
    expect([a!.cap, b!.cap, c!.cap, d!.cap]).toEqual([true, true, false, true]);
  });

  it("marks kind, capitalisation and whether whitespace stands before", () => {
    const [a, b, c, d] = tokenize("Iran (quietly)");
    expect(a).toMatchObject({ kind: "word", cap: true, spaceBefore: true });
    expect(b).toMatchObject({ text: "(", kind: "punct", cap: false, spaceBefore: true });
    expect(c).toMatchObject({ text: "quietly", kind: "word", cap: false, spaceBefore: false });
    expect(d).toMatchObject({ text: ")", kind: "punct", spaceBefore: false });
  });

  it("treats non-Latin letters as words", () => {
    expect(texts("Шахед-136 drones")).toEqual(["Шахед", "-", "136", "drones"]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" \n\t ")).toEqual([]);
  });
});

describe("tokenize: the hand-written ASCII path", () => {
  it("cuts random text exactly as the token expression does", () => {
    // Pieces chosen to sit on every boundary the fast path decides: dots, commas, apostrophes, possessives, hyphens,
    // letters outside ASCII next to ASCII ones, combining marks, astral characters, odd whitespace.
    const pieces = [
      "U", "S", ".", "U.S.", "E.O.", "a", "Iran", "O", "'", "’", "s", "S", "t", "9", "000", ",", "13", "5", "-", "—", " ", " ",
      "\n", "\t", "\u00a0", "\u2009", "é", "É", "e\u0301", "ß", "Ж", "김", "😀", "_", "(", ")", "“", "”", "x", "Z", "Ⅻ", "²",
    ];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const len = 1 + Math.floor(next() * 14);
      for (let k = 0; k < len; k++) text += pieces[Math.floor(next() * pieces.length)]!;
      expect(tokenize(text).map((t) => ({ text: t.text, start: t.start })), JSON.stringify(text)).toEqual(tokenizeByExpression(text));
    }
  });
});
