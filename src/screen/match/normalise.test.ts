import { describe, expect, it } from "vitest";
import { normaliseName } from "./normalise.js";
import { scriptOf } from "./transliterate.js";

const tokens = (name: string, kind?: Parameters<typeof normaliseName>[1]) => normaliseName(name, kind).variants.flat();

describe("initials", () => {
  it("treats a lone Latin letter as an initial", () => {
    expect(tokens("K. Brandt", "person").find((t) => t.text === "k")?.initial).toBe(true);
  });
  it("does not treat a one-letter romanised syllable as an initial (이 → i, 오 → o)", () => {
    for (const t of tokens("지훈 이", "person")) if (t.text.length === 1) expect(t.initial).toBe(false);
    for (const t of tokens("미나 오", "person")) if (t.text.length === 1) expect(t.initial).toBe(false);
  });
});

describe("organisation abbreviations", () => {
  it("spells out unambiguous business abbreviations, in organisation names only", () => {
    expect(tokens("Harbor Mfg Intl", "company").map((t) => t.text)).toEqual(["harbor", "manufacturing", "international"]);
    expect(tokens("Grp Natl Assn", "organization").map((t) => t.text)).toEqual(["group", "national", "association"]);
    expect(tokens("Inst Dept", "person").map((t) => t.text)).toEqual(["inst", "dept"]);
  });
});

describe("parenthesised qualifiers", () => {
  it("weights a word in parentheses low and marks it", () => {
    const [name, paren] = tokens("Norvik (Baltic) Trust", "company");
    expect(name?.qualifier).toBeUndefined();
    expect(paren?.text).toBe("baltic");
    expect(paren?.qualifier).toBe(true);
    expect(paren?.weight).toBeLessThan(name?.weight ?? 0);
  });
  it("keeps full weight when the parentheses hold the whole name", () => {
    const [only] = tokens("(Norvik)", "company");
    expect(only?.qualifier).toBeUndefined();
  });
});

describe("scriptOf", () => {
  it("counts typographic punctuation as no script of its own", () => {
    expect(scriptOf("\u2019")).toBe("latin");
    expect(scriptOf("\u200c")).toBe("latin");
    expect(scriptOf("Ж")).toBe("cyrillic");
  });
});

describe("slash alternatives", () => {
  it("reads 'X/Y' as two names beside the whole", () => {
    const v = normaliseName("Harbour Watch/Coastal Guard", "organization").variants.map((x) => x.map((t) => t.text).join(" "));
    expect(v).toContain("harbour watch");
    expect(v).toContain("coastal guard");
  });
  it("leaves forms such as A/S or c/o alone", () => {
    expect(normaliseName("Fjordline A/S", "company").variants).toHaveLength(1);
  });
});

describe("Ben as a given name", () => {
  it("is Benjamin where a given name stands", () => {
    expect(tokens("Ben Karlsson", "person").map((t) => t.text)).toEqual(["benjamin", "karlsson"]);
  });
  it("stays a particle inside a name or first in a FAMILY, Given name", () => {
    expect(tokens("Yusuf Ben Omar", "person").map((t) => t.text)).toEqual(["yusuf", "ben", "omar"]);
    expect(tokens("BEN OMAR, Yusuf", "person").map((t) => t.text)).toEqual(["ben", "omar", "yusuf"]);
  });
});

describe("syllables", () => {
  it("keeps the characters of a name written all in Han or all in Hangul", () => {
    expect(normaliseName("박 서준").syllables).toBe("박서준");
    expect(normaliseName("王小明").syllables).toBe("王小明");
    expect(normaliseName("Park 서준").syllables).toBeUndefined();
  });
});

describe("Han names read in one system", () => {
  it("gives no spelling that mixes a Korean reading with a Mandarin one", () => {
    // 張 has a Korean reading (jang); 张, its simplified form, is not in the Korean table.
    const v = normaliseName("李 张").variants.map((x) => x.map((t) => t.text).join(" "));
    expect(v).toContain("li zhang");
    expect(v.some((s) => s.startsWith("lee ") || s.startsWith("i ") || s.startsWith("ri "))).toBe(false);
  });
});
