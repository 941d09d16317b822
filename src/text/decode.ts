// Turns raw bytes into document text: UTF-8 only, BOM removed, binary, UTF-16 and oversized input refused with a clear message.
import { BadInputError, TooLargeError } from "../errors.js";

/** Default ceiling for one document; `DOSSIER_MAX_BYTES` overrides it. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function maxBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DOSSIER_MAX_BYTES;
  if (!raw) return DEFAULT_MAX_BYTES;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new BadInputError(`DOSSIER_MAX_BYTES must be a positive number of bytes, got "${raw}"`);
  return Math.floor(n);
}

/**
 * Decodes one document. `label` names the file in every error so a batch report points at it; `limitHint` says how
 * to raise the size limit where the caller has its own way (a flag rather than the environment).
 * Binary data (NUL bytes), UTF-16 and invalid UTF-8 are refused rather than guessed at.
 */
export function decodeText(bytes: Uint8Array, label: string, maxBytes = DEFAULT_MAX_BYTES, limitHint = "set DOSSIER_MAX_BYTES to raise it"): string {
  if (bytes.length > maxBytes) {
    throw new TooLargeError(`${label}: ${bytes.length} bytes is over the limit of ${maxBytes} bytes (${limitHint})`);
  }
  // A NUL in the first 64 KiB is the usual mark of a binary file (images, archives, executables) -- or of UTF-16
  // (Windows "Unicode" text), which is named as such so the user looks for the right problem.
  const head = bytes.subarray(0, 65536);
  if (isUtf16(head)) throw new BadInputError(`${label}: UTF-16 text, not UTF-8: save it as UTF-8`);
  const nul = head.indexOf(0);
  if (nul >= 0) throw new BadInputError(`${label}: looks like a binary file (NUL byte at offset ${nul}), not text`);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new BadInputError(`${label}: is not valid UTF-8 text (convert it to UTF-8 first)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

// Decoding without streaming keeps no state between calls, so one decoder serves every file.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

const isUtf16Bom = (head: Uint8Array): boolean => (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);

/** A UTF-16 byte-order mark, or every other byte NUL on the same side (ASCII-range text in UTF-16 without one). */
function isUtf16(head: Uint8Array): boolean {
  if (isUtf16Bom(head)) return true;
  const n = Math.min(head.length, 8192) & ~1;
  if (n < 4) return false;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return (even > pairs * 0.9 && odd < pairs * 0.05) || (odd > pairs * 0.9 && even < pairs * 0.05);
}
