import { describe, expect, it } from "vitest";
import { BadInputError, TooLargeError } from "../errors.js";
import { DEFAULT_MAX_BYTES, decodeText, maxBytesFromEnv } from "./decode.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected a throw");
}

describe("decodeText", () => {
  it("decodes UTF-8 and leaves the text otherwise unchanged", () => {
    const text = "Tehran’s “Shahed-136” drones\r\n— 9,000 shells\n";
    expect(decodeText(utf8(text), "a.txt")).toBe(text);
  });

  it("removes a leading byte order mark and nothing else", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Iran sent drones.")]);
    const text = decodeText(bytes, "bom.txt");
    expect(text).toBe("Iran sent drones.");
    expect(text.charCodeAt(0)).toBe("I".charCodeAt(0));
    // A BOM in the middle is content, not a marker.
    expect(decodeText(utf8("a\uFEFFb"), "mid.txt")).toBe("a\uFEFFb");
  });

  it("refuses bytes with NUL as binary, naming the file and the offset", () => {
    const bytes = new Uint8Array([...utf8("PK"), 0, 3, 4]);
    const err = thrown(() => decodeText(bytes, "report.zip"));
    expect(err).toBeInstanceOf(BadInputError);
    expect((err as BadInputError).code).toBe("bad_input");
    expect((err as Error).message).toContain("report.zip");
    expect((err as Error).message).toContain("offset 2");
  });

  it("names UTF-16 text as such (with a byte-order mark or without), not as binary", () => {
    const le = Buffer.from("\uFEFFIran sent drones to Russia.", "utf16le");
    const noBom = Buffer.from("Iran sent drones to Russia.", "utf16le");
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, noBom, be]) {
      const err = thrown(() => decodeText(new Uint8Array(bytes), "notes.txt"));
      expect(err).toBeInstanceOf(BadInputError);
      expect((err as Error).message).toBe("notes.txt: UTF-16 text, not UTF-8: save it as UTF-8");
    }
  });

  it("refuses invalid UTF-8, naming the file", () => {
    // Latin-1 "café" and a lone continuation byte.
    for (const bytes of [new Uint8Array([0x63, 0x61, 0x66, 0xe9]), new Uint8Array([0x41, 0x80, 0x42])]) {
      const err = thrown(() => decodeText(bytes, "latin1.txt"));
      expect(err).toBeInstanceOf(BadInputError);
      expect((err as Error).message).toContain("latin1.txt");
      expect((err as Error).message).toMatch(/UTF-8/);
    }
  });

  it("refuses input over the limit with TooLargeError, naming the file and the limit", () => {
    const bytes = utf8("x".repeat(101));
    const err = thrown(() => decodeText(bytes, "big.txt", 100));
    expect(err).toBeInstanceOf(TooLargeError);
    expect((err as TooLargeError).code).toBe("too_large");
    expect((err as Error).message).toContain("big.txt");
    expect((err as Error).message).toContain("100");
    // Exactly at the limit is accepted.
    expect(decodeText(utf8("x".repeat(100)), "ok.txt", 100)).toHaveLength(100);
  });

  it("checks the size before looking at the bytes", () => {
    // Binary and too large: the size is the error a user can act on first.
    expect(() => decodeText(new Uint8Array(200), "zeros.bin", 100)).toThrow(TooLargeError);
  });

  it("accepts empty input as empty text", () => {
    expect(decodeText(new Uint8Array(0), "empty.txt")).toBe("");
  });
});

describe("maxBytesFromEnv", () => {
  it("defaults, reads DOSSIER_MAX_BYTES, and refuses nonsense", () => {
    expect(maxBytesFromEnv({})).toBe(DEFAULT_MAX_BYTES);
    expect(maxBytesFromEnv({ DOSSIER_MAX_BYTES: "2048" })).toBe(2048);
    expect(() => maxBytesFromEnv({ DOSSIER_MAX_BYTES: "lots" })).toThrow(BadInputError);
    expect(() => maxBytesFromEnv({ DOSSIER_MAX_BYTES: "-5" })).toThrow(/DOSSIER_MAX_BYTES/);
  });
});
