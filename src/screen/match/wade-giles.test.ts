import { describe, expect, it } from "vitest";
import { matchNames } from "./pair.js";
import { wadeGilesToPinyin } from "./wade-giles.js";

describe("wadeGilesToPinyin", () => {
  it("reads a Wade–Giles name in Pinyin", () => {
    expect(wadeGilesToPinyin("chou tsu hsien")).toBe("zhou zi xian");
    expect(wadeGilesToPinyin("liu tung sheng")).toBe("liu dong sheng");
    expect(wadeGilesToPinyin("wang chih yeh")).toBe("wang zhi ye");
  });
  it("reads ch as j before i and as zh elsewhere", () => {
    expect(wadeGilesToPinyin("chiang hsiu")).toBe("jiang xiu");
    expect(wadeGilesToPinyin("chang hsiu")).toBe("zhang xiu");
  });
  it("leaves names that are not Wade–Giles alone", () => {
    expect(wadeGilesToPinyin("wang li")).toBeUndefined(); // no spelling Pinyin lacks
    expect(wadeGilesToPinyin("kim il sung")).toBeUndefined(); // kim is no Mandarin syllable
    expect(wadeGilesToPinyin("hsiung")).toBeUndefined(); // one word says too little
  });
  it("lets a Wade–Giles spelling meet the Pinyin one", () => {
    expect(matchNames("Chou Tung-hsien", "Zhou Dongxian", "person").score).toBeGreaterThan(0.9);
  });
});
