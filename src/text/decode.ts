// Turns raw bytes into document text: UTF-8 only, BOM removed, binary and oversized input refused with a clear message.
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
 * Decodes one document. `label` names the file in every error so a batch report points at it.
 * Binary data (NUL bytes) and invalid UTF-8 are refused rather than guessed at.
 */
export function decodeText(bytes: Uint8Array, label: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new TooLargeError(`${label}: ${bytes.length} bytes is over the limit of ${maxBytes} bytes (set DOSSIER_MAX_BYTES to raise it)`);
  }
  // A NUL in the first 64 KiB is the usual mark of a binary file (images, archives, executables).
  const probe = Math.min(bytes.length, 65536);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) throw new BadInputError(`${label}: looks like a binary file (NUL byte at offset ${i}), not text`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BadInputError(`${label}: is not valid UTF-8 text (convert it to UTF-8 first)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}
