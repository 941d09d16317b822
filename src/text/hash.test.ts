import { hash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentId } from "./hash.js";

const SAMPLES = ["Iran sold drones to Russia.", "Côte d’Ivoire — 김정은 — Мкртычев", "emoji 🛰️ and a lone \uD800 surrogate", ""];

describe("contentId", () => {
  it("is the SHA-256 of the text's UTF-8, before and after the process switches to node:crypto", () => {
    // The empty string's SHA-256 is a published constant.
    expect(contentId("")).toBe("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const check = () => {
      for (const text of SAMPLES) expect(contentId(text)).toBe(`sha256:${hash("sha256", text, "hex")}`);
    };
    check(); // @noble/hashes: little hashed yet
    const big = "x".repeat(700_000);
    expect(contentId(big)).toBe(`sha256:${hash("sha256", big, "hex")}`);
    expect(contentId(big)).toBe(`sha256:${hash("sha256", big, "hex")}`); // past a megabyte: node:crypto from here
    check();
  });
});
