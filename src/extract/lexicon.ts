// Everything the extractor reads from src/lexicon, built once and passed down as one value.
import { buildGazetteer, type Gazetteer } from "../lexicon/gazetteer.js";
import { readSnapshot } from "../lexicon/snapshot.js";
import { SANCTION_NOUNS, TRANSFER_NOUNS, buildVerbIndex, type VerbHit } from "../lexicon/triggers.js";

export interface Lexicon {
  gazetteer: Gazetteer;
  verbs: Map<string, VerbHit[]>;
  /** Every word that can open a transfer or sanction frame: a sentence without one is skipped by step 5. */
  triggers: Set<string>;
  /** Finite forms of transfer and sanction verbs: a capitalised word right before one is a name that acts. */
  actingVerbs: Set<string>;
}

function actingVerbs(verbs: Map<string, VerbHit[]>): Set<string> {
  const out = new Set<string>();
  for (const [w, hits] of verbs) if (hits.some((h) => h.form === "past" || h.form === "third")) out.add(w);
  for (const w of ["has", "have", "is", "was", "will", "had"]) out.delete(w);
  return out;
}

function triggerWords(verbs: Map<string, VerbHit[]>): Set<string> {
  // "The entities are X, Y and Z" names designees without a trigger word of its own.
  const out = new Set<string>(["entities", "individuals", "designees", "added", "adds", "adding", "add", "trip", "travel", "travels", "traveled", "travelled", "traveling", "travelling"]);
  for (const w of verbs.keys()) out.add(w);
  for (const w of TRANSFER_NOUNS.keys()) out.add(w);
  for (const w of SANCTION_NOUNS) out.add(w);
  return out;
}

let cached: Lexicon | undefined;

export function buildLexicon(): Lexicon {
  const verbs = buildVerbIndex();
  return { gazetteer: buildGazetteer(), verbs, triggers: triggerWords(verbs), actingVerbs: actingVerbs(verbs) };
}

/** The default lexicon, from the build's snapshot when there is one, built on first use otherwise (immutable once built). */
export function defaultLexicon(): Lexicon {
  if (!cached) {
    const verbs = buildVerbIndex();
    cached = { gazetteer: readSnapshot() ?? buildGazetteer(), verbs, triggers: triggerWords(verbs), actingVerbs: actingVerbs(verbs) };
  }
  return cached;
}
