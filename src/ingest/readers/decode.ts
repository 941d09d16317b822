// Turns file bytes into text, or a clear reason why not: empty, too large, binary, UTF-16, not UTF-8.
import { BadInputError } from "../../errors.js";
import { decodeText as decodeBytes } from "../../text/decode.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The text layer's decoding (size, binary, UTF-16, UTF-8, BOM), and an empty or blank file refused: it holds no document. */
export function decodeText(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length === 0) throw new BadInputError(`${name}: the file is empty`);
  const text = decodeBytes(bytes, name, maxBytes, "raise it with --max-bytes");
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
