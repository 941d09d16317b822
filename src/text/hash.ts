// Content ids: "sha256:" and the hex SHA-256 of the text's UTF-8 (lone surrogates as U+FFFD). One function for the
// extraction contract's document id and the store's content hash, so a document has one id everywhere.
// @noble/hashes rather than node:crypto: loading node:crypto loads Node's whole stream stack, about 5 ms of every
// `dossier extract` call, against well under a millisecond to hash a news text here.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

const encoder = new TextEncoder();

export function contentId(text: string): string {
  return `sha256:${bytesToHex(sha256(encoder.encode(text)))}`;
}
