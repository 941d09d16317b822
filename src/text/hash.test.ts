import { hash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentId } from "./hash.js";

describe("contentId", () => {
  it("is the SHA-256 of the text's UTF-8", () => {
    // The empty string's SHA-256 is a published constant.
    expect(contentId("")).toBe("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    for (const text of ["Iran sold drones to Russia.", "Côte d’Ivoire — 김정은 — Мкртычев", "x".repeat(100_000), "emoji 🛰️ and a lone \uD800 surrogate"]) {
      expect(contentId(text)).toBe(`sha256:${hash("sha256", text, "hex")}`);
    }
  });
});
