// The extraction pipeline: one text in, the extraction contract out. Each step is a pure function over typed values.
import { createHash } from "node:crypto";
import { parseIsoDate } from "../time/resolve.js";
import { readText } from "./01-text.js";
import { findMentions } from "./02-mentions.js";
import { resolveEntities } from "./03-coreference.js";
import { defaultLexicon, type Lexicon } from "./lexicon.js";
import type { Entity, Extraction } from "./types.js";

export interface ExtractOptions {
  published?: string;
  title?: string;
}

export function documentId(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

export function extract(text: string, options: ExtractOptions = {}, lexicon: Lexicon = defaultLexicon()): Extraction {
  const published = parseIsoDate(options.published);
  void published;
  // 1. tokens and sentences
  const layer = readText(text);
  // 2. mentions
  const mentions = findMentions({ ...layer, gazetteer: lexicon.gazetteer });
  // 3. one entity per thing
  const resolved = resolveEntities(mentions, lexicon.gazetteer, layer.tokens, layer.sentences);
  const entities: Entity[] = resolved.map(({ mentionIdx: _m, weak: _w, ...e }) => e);
  return {
    document: {
      id: documentId(text),
      ...(options.title !== undefined ? { title: options.title } : {}),
      ...(options.published !== undefined ? { published: options.published } : {}),
      chars: text.length,
    },
    entities,
    facts: [],
  };
}
