// Everything the extractor reads from src/lexicon, built once and passed down as one value.
import { buildGazetteer, type Gazetteer } from "../lexicon/gazetteer.js";
import { readSnapshot } from "../lexicon/snapshot.js";
import { buildVerbIndex, type VerbHit } from "../lexicon/triggers.js";

export interface Lexicon {
  gazetteer: Gazetteer;
  verbs: Map<string, VerbHit[]>;
}

let cached: Lexicon | undefined;

export function buildLexicon(): Lexicon {
  return { gazetteer: buildGazetteer(), verbs: buildVerbIndex() };
}

/** The default lexicon, from the build's snapshot when there is one, built on first use otherwise (immutable once built). */
export function defaultLexicon(): Lexicon {
  cached ??= { gazetteer: readSnapshot() ?? buildGazetteer(), verbs: buildVerbIndex() };
  return cached;
}
