// Turns file bytes into text, or a clear reason why not: empty, too large, binary, not UTF-8.
import { BadInputError, TooLargeError } from "../../errors.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

// Decoding without streaming keeps no state between calls, so one decoder serves every file.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length === 0) throw new BadInputError(`${name}: the file is empty`);
  if (bytes.length > maxBytes) throw new TooLargeError(`${name}: ${bytes.length} bytes is more than the ${maxBytes}-byte limit`);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0) || isUtf16Bom(head)) {
    // UTF-16 (Windows "Unicode" text) is full of NUL bytes too, but calling it binary would send the user looking
    // for the wrong problem.
    throw new BadInputError(isUtf16(head)
      ? `${name}: UTF-16 text, not UTF-8: save it as UTF-8`
      : `${name}: binary file (it contains NUL bytes), not text`);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new BadInputError(`${name}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new BadInputError(`${name}: the file holds only whitespace`);
  return text;
}

const isUtf16Bom = (head: Uint8Array): boolean => (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);

/** A UTF-16 byte-order mark, or every other byte NUL on the same side (ASCII-range text in UTF-16 without one). */
function isUtf16(head: Uint8Array): boolean {
  if (isUtf16Bom(head)) return true;
  const n = head.length - (head.length % 2);
  if (n < 4) return false;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) { if (head[i] === 0) even++; if (head[i + 1] === 0) odd++; }
  const pairs = n / 2;
  return (even > pairs * 0.9 && odd < pairs * 0.05) || (odd > pairs * 0.9 && even < pairs * 0.05);
}

/** "2023-03-30", "2023-03-30T10:00:00Z", "Thu, 30 Mar 2023 10:00:00 GMT" → "2023-03-30"; anything else → undefined. */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const s = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
