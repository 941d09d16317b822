// Turns file bytes into text, or a clear reason why not: empty, too large, binary, not UTF-8.
import { BadInputError, TooLargeError } from "../../errors.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

// Decoding without streaming keeps no state between calls, so one decoder serves every file.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length === 0) throw new BadInputError(`${name}: the file is empty`);
  if (bytes.length > maxBytes) throw new TooLargeError(`${name}: ${bytes.length} bytes is more than the ${maxBytes}-byte limit`);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new BadInputError(`${name}: binary file (it contains NUL bytes), not text`);
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

/** "2023-03-30", "2023-03-30T10:00:00Z", "Thu, 30 Mar 2023 10:00:00 GMT" → "2023-03-30"; anything else → undefined. */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const s = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
