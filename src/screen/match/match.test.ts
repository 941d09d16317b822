import { describe, expect, it } from "vitest";
import { normaliseName } from "./normalise.js";
import { matchNames } from "./pair.js";
import { phoneticKey, skeleton } from "./phonetic.js";
import { editDistance, jaroWinkler } from "./similarity.js";
import { transliterate } from "./transliterate.js";

const texts = (name: string, kind?: Parameters<typeof normaliseName>[1]) => normaliseName(name, kind).variants[0]?.map((t) => t.text);
const score = (a: string, b: string, kind?: Parameters<typeof matchNames>[2]) => matchNames(a, b, kind).score;

describe("similarity", () => {
  it("computes Jaro–Winkler and bounded edit distance", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("ab", "ba", 2)).toBe(1);
    expect(editDistance("aaaaaaaaaa", "bbbbbbbbbb", 2)).toBe(3);
  });
  it("gives sound-alike spellings one key", () => {
    expect(phoneticKey("poutine")).toBe(phoneticKey("putin"));
    expect(phoneticKey("wladimir")).toBe(phoneticKey("vladimir"));
    expect(phoneticKey("putin")).not.toBe(phoneticKey("potanin"));
    expect(skeleton("mohammed")).toBe("mhmd");
  });
});

describe("normaliseName", () => {
  it("folds case, diacritics and punctuation", () => {
    expect(texts("Vladímír  PÚTÍN")).toEqual(["vladimir", "putin"]);
    expect(texts("O'Brien, J.P.")).toEqual(["obrien", "j", "p"]);
  });
  it("recognises legal forms in their many spellings", () => {
    expect(texts("Siemens Aktiengesellschaft", "company")).toEqual(["siemens", "~jsc"]);
    expect(texts("Limited Liability Company Verus", "company")).toEqual(["~llc", "verus"]);
    expect(texts("OOO Verus", "company")).toEqual(["~llc", "verus"]);
    expect(texts("Versor s.r.o.", "company")).toEqual(["versor", "~llc"]);
  });
  it("drops titles from person names only", () => {
    expect(texts("President Vladimir Putin", "person")).toEqual(["vladimir", "putin"]);
    expect(texts("General Trading LLC", "company")).toEqual(["general", "trading", "~llc"]);
  });
});

describe("transliterate", () => {
  it("romanises Korean names the way the lists spell them", () => {
    expect(transliterate("김정은").variants[0]).toBe("kim jong un");
  });
  it("handles Cyrillic, Greek and Armenian", () => {
    expect(transliterate("Владимир Путин").variants[0]).toBe("Vladimir Putin");
    expect(transliterate("Πούτιν").variants[0]?.toLowerCase()).toBe("putin");
    expect(transliterate("Պուտին").variants[0]?.toLowerCase()).toBe("putin");
  });
  it("gives Han names a Mandarin and, where the characters allow, a Korean reading", () => {
    const v = transliterate("金正恩").variants;
    expect(v[0]).toBe("jin zhengen");
    expect(v).toContain("kim jong un");
  });
});

describe("matchNames", () => {
  it("scores an identical name 1 and unrelated names low", () => {
    expect(score("Ashot Mkrtychev", "MKRTYCHEV, Ashot")).toBe(1);
    expect(score("Angela Merkel", "Vladimir Putin")).toBe(0);
  });
  it("tolerates word order, missing middle names, initials and typos", () => {
    expect(score("Vladimir Putin", "PUTIN, Vladimir Vladimirovich")).toBeGreaterThan(0.85);
    expect(score("V. Putin", "Vladimir Putin")).toBeGreaterThan(0.8);
    expect(score("Olaf Scholze", "Olaf Scholz")).toBeGreaterThan(0.85);
    expect(score("Vladimir Putin", "Vladimir Biliy")).toBeLessThan(0.6);
  });
  it("matches joined and split tokens", () => {
    expect(score("SiemensAG", "Siemens AG", "company")).toBeGreaterThan(0.85);
    expect(score("Bashiruddin Mahmood", "MAHMOOD, Bashir-Ud-Din")).toBeGreaterThan(0.85);
  });
  it("ignores legal-form noise but not the distinctive name", () => {
    expect(score("Verus LLC", "OOO Verus", "company")).toBeGreaterThan(0.9);
    expect(score("Siemens AG", "Volkswagen AG", "company")).toBeLessThan(0.3);
  });
  it("matches across scripts", () => {
    expect(score("Владимир Путин", "Vladimir Putin")).toBeGreaterThan(0.9);
    expect(score("김정은", "Kim Jong Un")).toBeGreaterThan(0.9);
    expect(score("محمد علي", "Mohamed Ali")).toBeGreaterThan(0.8);
    expect(score("محمد علي", "Hassan Rouhani")).toBeLessThan(0.5);
  });
  it("knows given names across Slavic spellings and vowel variants, but not gendered near-misses", () => {
    expect(score("Volodymyr Putin", "Vladimir Putin")).toBe(1);
    expect(score("Osama bin Laden", "Usama bin Ladin")).toBeGreaterThan(0.85);
    expect(score("Olga Barynova", "Oleg Baranov", "person")).toBeLessThan(0.85);
  });
  it("says why", () => {
    const r = matchNames("Vladimir Poutine", "PUTIN, Vladimir");
    expect(r.reasons).toContain("vladimir = vladimir");
    expect(r.reasons.some((x) => /poutine ~ putin \(phonetic/.test(x))).toBe(true);
  });
});
