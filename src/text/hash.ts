// Content ids: "sha256:" and the hex SHA-256 of the text's UTF-8 (lone surrogates as U+FFFD). One function for the
// extraction contract's document id and the store's content hash, so a document has one id everywhere.
//
// Two implementations of the same digest, picked by how much the process has hashed. A one-shot `dossier extract`
// hashes with @noble/hashes: loading node:crypto loads Node's whole stream stack, about 5 ms of every call. A process
// that goes on to hash more than a megabyte (a batch, an ingest worker) switches to node:crypto, about three times
// faster per byte here. Both give the same id (hash.test.ts checks them against each other).
import { createRequire } from "node:module";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

type NativeHash = (algorithm: string, data: string, encoding: "hex") => string;

const SWITCH_AFTER_CHARS = 1 << 20;
const encoder = new TextEncoder();
let hashedChars = 0;
let native: NativeHash | undefined;

export function contentId(text: string): string {
  if (native) return `sha256:${native("sha256", text, "hex")}`;
  hashedChars += text.length;
  if (hashedChars > SWITCH_AFTER_CHARS) {
    native = (createRequire(import.meta.url)("node:crypto") as { hash: NativeHash }).hash;
    return `sha256:${native("sha256", text, "hex")}`;
  }
  return `sha256:${bytesToHex(sha256(encoder.encode(text)))}`;
}
