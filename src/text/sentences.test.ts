import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

const split = (text: string) => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits plain sentences and keeps offsets and token ranges consistent", () => {
    const text = "Iran sent drones. Russia paid in cash! Did anyone object? Nobody did.";
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Iran sent drones.", "Russia paid in cash!", "Did anyone object?", "Nobody did."]);
    sentences.forEach((s, n) => {
      expect(s.index).toBe(n);
      expect(tokens[s.first]!.start).toBe(s.start);
      expect(tokens[s.last - 1]!.end).toBe(s.end);
    });
    // Token ranges cover every token exactly once.
    expect(sentences[0]!.first).toBe(0);
    for (let n = 1; n < sentences.length; n++) expect(sentences[n]!.first).toBe(sentences[n - 1]!.last);
    expect(sentences[sentences.length - 1]!.last).toBe(tokens.length);
  });

  it("does not end a sentence at an honorific or rank (Mr., Mrs., Gen.)", () => {
    expect(split("Mr. Lavrov met Gen. Gerasimov on Monday. Mrs. Smith did not attend.")).toEqual([
      "Mr. Lavrov met Gen. Gerasimov on Monday.",
      "Mrs. Smith did not attend.",
    ]);
  });

  it("does not end a sentence at U.S. inside a sentence, but does when a new sentence starts after it", () => {
    expect(split("The U.S. Treasury acted. Sanctions followed.")).toEqual(["The U.S. Treasury acted.", "Sanctions followed."]);
    expect(split("The drones were never shipped to the U.S. The buyer backed out.")).toEqual([
      "The drones were never shipped to the U.S.",
      "The buyer backed out.",
    ]);
  });

  it("does not end a sentence at a month abbreviation (Jan., Sept.)", () => {
    expect(split("The deal was signed on Jan. 12, 2023 in Tehran. It was later revised on Sept. 4.")).toEqual([
      "The deal was signed on Jan. 12, 2023 in Tehran.",
      "It was later revised on Sept. 4.",
    ]);
  });

  it("keeps middle initials inside a name (Brian E. Nelson)", () => {
    expect(split("Under Secretary Brian E. Nelson spoke. He named two firms.")).toEqual(["Under Secretary Brian E. Nelson spoke.", "He named two firms."]);
  });

  it("puts a closing quote after the full stop inside the sentence it closes", () => {
    expect(split("“We will not supply arms.” The minister left.")).toEqual(["“We will not supply arms.”", "The minister left."]);
    expect(split("He said: “The shells arrived.” Then he left.")).toEqual(["He said: “The shells arrived.”", "Then he left."]);
    expect(split("She said \"no deal.\" Talks ended.")).toEqual(["She said \"no deal.\"", "Talks ended."]);
  });

  it("does not split after a quoted full stop followed by a lower-case attribution", () => {
    expect(split("“Drones were delivered.” he said, without elaborating.")).toEqual(["“Drones were delivered.” he said, without elaborating."]);
  });

  it("treats a photo caption or headline on its own line as a sentence of its own", () => {
    const text = "Russia buys shells from North Korea\nA train carrying containers near the border (file photo)\nThe shipments began in the autumn.";
    expect(split(text)).toEqual([
      "Russia buys shells from North Korea",
      "A train carrying containers near the border (file photo)",
      "The shipments began in the autumn.",
    ]);
  });

  it("ends a sentence at a line break even without punctuation, and skips blank lines", () => {
    expect(split("First line\n\n\nSecond line.\r\nThird line")).toEqual(["First line", "Second line.", "Third line"]);
  });

  it("ends a sentence after a company's Ltd. when the next sentence opens with an honorific", () => {
    // "Ltd." is an abbreviation, but an honorific after it opens a new sentence about a person.
    expect(split("The cargo was handled by Sahara Thunder Ltd. Mr Mkrtychev declined to comment.")).toEqual([
      "The cargo was handled by Sahara Thunder Ltd.",
      "Mr Mkrtychev declined to comment.",
    ]);
  });

  it("returns no sentences for empty text", () => {
    expect(split("")).toEqual([]);
    expect(split("\n\n  \n")).toEqual([]);
  });
});
