// The extraction pipeline: one text in, the extraction contract out (steps filled in below).
import type { Extraction } from "./types.js";

export interface ExtractOptions {
  published?: string;
  title?: string;
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return { document: { id: "", chars: text.length, ...options }, entities: [], facts: [] };
}
