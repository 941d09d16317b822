import { describe, expect, it } from "vitest";
import { scoreOfac } from "./ofac.js";
import { jaroWinkler } from "./similarity.js";

describe("scoreOfac", () => {
  it("scores 1 when every query word is in the result, in any order", () => {
    expect(scoreOfac("HELGA RANSOM", "TORVIK, Helga Ransom")).toBe(1);
  });
  it("takes the mean of each word's best partner when all have one", () => {
    expect(scoreOfac("MARTA OSTROV", "OSTROVA, Marta")).toBeCloseTo((1 + jaroWinkler("ostrov", "ostrova")) / 2, 6);
  });
  it("does not count a partner of another first letter: Soundex keeps the initial as written", () => {
    // "dalen" ~ "valen" is a close Jaro–Winkler pair, but the initials differ, so the whole name decides.
    const s = scoreOfac("PIRO DALEN", "PIRO VALEN GROUP");
    expect(s).toBeCloseTo(jaroWinkler("pirodalen", "pirovalengroup"), 6);
    expect(s).toBeLessThan((1 + jaroWinkler("dalen", "valen")) / 2);
  });
  it("compares the names run together when a word has no partner", () => {
    expect(scoreOfac("TOMAS KLEE", "ARNO TOMASSEN, Ilse")).toBeCloseTo(jaroWinkler("tomasklee", "arnotomassenilse"), 6);
  });
  it("counts a partnerless word as nothing when that beats the whole name", () => {
    expect(scoreOfac("IVO BRASK", "QUELLANDER, Ivo")).toBeCloseTo(0.5, 6);
  });
  it("ignores query words under three letters unless there is nothing else", () => {
    expect(scoreOfac("LEE JI HO", "LEE, Sun")).toBeCloseTo(1, 6);
    expect(scoreOfac("Z", "BRAVO Z")).toBe(1);
  });
});
