import { describe, expect, it } from "vitest";
import { matchNames } from "./pair.js";

const score = (a: string, b: string, kind?: Parameters<typeof matchNames>[2]) => matchNames(a, b, kind).score;
const reasons = (a: string, b: string, kind?: Parameters<typeof matchNames>[2]) => matchNames(a, b, kind).reasons;

describe("acronyms", () => {
  it("matches an organisation's acronym against its words, small words skipped or not", () => {
    expect(score("NRF", "Northern Relief Fund", "organization")).toBeGreaterThan(0.85);
    expect(score("Council for Harbour Safety", "CHS", "organization")).toBeGreaterThan(0.85);
    expect(score("CFHS", "Council for Harbour Safety", "organization")).toBeGreaterThan(0.85);
    expect(reasons("NRF", "Northern Relief Fund", "organization")[0]).toMatch(/acronym/);
  });
  it("does not read a person's name as an acronym, nor two letters as one", () => {
    expect(score("NRF", "Nils Ragnar Falk", "person")).toBeLessThan(0.8);
    expect(score("NR", "Northern Relief", "organization")).toBeLessThan(0.8);
  });
});

describe("letter order", () => {
  it("penalises the letters of an acronym in another order", () => {
    expect(score("K.L.M. Partners", "M.L.K. Partners", "company")).toBeLessThan(0.8);
    expect(score("K.L.M. Partners", "K.L.M. Partners", "company")).toBe(1);
  });
});

describe("series numbers", () => {
  it("treats a company numbered on one side only as another in the series", () => {
    expect(score("Orbis Growth Fund", "Orbis Growth Fund II", "company")).toBeLessThan(0.8);
    expect(score("Orbis Growth Fund", "Orbis Growth Fund X", "company")).toBeLessThan(0.8);
    expect(score("Orbis Growth Fund III", "Orbis Growth Fund IV", "company")).toBeGreaterThan(0.8);
  });
  it("leaves vessels alone: their number is often dropped", () => {
    expect(score("Sea Lark", "Sea Lark 2", "vessel")).toBeGreaterThan(0.8);
  });
});

describe("parenthesised qualifiers", () => {
  it("lets a qualifier one side lacks cost little", () => {
    expect(score("Norvik Trust (Baltic) AG", "Norvik Trust AG", "company")).toBeGreaterThan(0.8);
  });
  it("treats two different qualifiers as two branches", () => {
    expect(score("Norvik Trust (Baltic) AG", "Norvik Trust (Iberia) AG", "company")).toBeLessThan(0.8);
  });
});

describe("reversed tokens", () => {
  it("credits a word spelt backwards", () => {
    expect(score("Marten Oknarb", "Marten Branko", "person")).toBeGreaterThan(0.85);
    expect(reasons("Marten Oknarb", "Marten Branko", "person")).toContain("oknarb ~ branko (reversed 0.85)");
  });
  it("does not credit other shuffles, which common names are of each other, nor short words", () => {
    expect(score("Diane Holloway", "Aiden Holloway", "person")).toBeLessThan(0.8);
    expect(score("Ivo Nala", "Ivo Alan", "person")).toBeLessThan(0.8);
  });
});

describe("joined tokens", () => {
  it("mends a split word whose first letter was elided ('Ndravikesto / Andravi Kesto)", () => {
    expect(score("Andravik Ola", "'Ndravik Ola")).toBeGreaterThan(0.8);
    expect(score("Andravi Kesto", "'Ndravikesto", "organization")).toBeGreaterThan(0.8);
  });
});

describe("slash alternatives", () => {
  it("matches either of two names written X/Y", () => {
    expect(score("Coastal Guard", "Harbour Watch/Coastal Guard", "organization")).toBe(1);
  });
});

describe("names in a syllabic script", () => {
  it("tells apart two names whose characters differ though they romanise alike", () => {
    // 정 and 종 both romanise as "jong"; 石 and 市 both as "shi".
    expect(score("박정수", "박종수")).toBeLessThan(0.8);
    expect(score("石田", "市田")).toBeLessThan(0.8);
    expect(reasons("박정수", "박종수")).toContain("characters differ: 박정수 / 박종수");
  });
  it("still matches the same characters spaced or ordered otherwise, and Hangul against Han", () => {
    expect(score("박 정수", "박정수")).toBe(1);
    expect(score("김정은", "金正恩")).toBeGreaterThan(0.9);
  });
});
