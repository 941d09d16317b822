// Everything the extractor reads from src/lexicon, built once and passed down as one value.
import { buildGazetteer, type Gazetteer } from "../lexicon/gazetteer.js";
import { buildVerbIndex, type VerbHit } from "../lexicon/triggers.js";

export interface Lexicon {
  gazetteer: Gazetteer;
  verbs: Map<string, VerbHit[]>;
}

let cached: Lexicon | undefined;

export function buildLexicon(): Lexicon {
  return { gazetteer: buildGazetteer(), verbs: buildVerbIndex() };
}

/** The default lexicon, built on first use (the tables are immutable once built). */
export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}
