// Everything the extractor reads from src/lexicon, built once and passed down as one value.
import { buildGazetteer, type Gazetteer } from "../lexicon/gazetteer.js";
import { readSnapshot } from "../lexicon/snapshot.js";
import { HEDGE_WORDS, REPORTING_VERBS } from "../lexicon/cues.js";
import { SANCTION_NOUNS, TRANSFER_NOUNS, buildVerbIndex, type VerbHit } from "../lexicon/triggers.js";

export interface Lexicon {
  gazetteer: Gazetteer;
  verbs: Map<string, VerbHit[]>;
  /** Every word that can open a transfer or sanction frame: a sentence without one is skipped by step 5. */
  triggers: Set<string>;
  /** Finite forms of transfer and sanction verbs: a capitalised word right before one is a name that acts. */
  actingVerbs: Set<string>;
  /** Words that can open a sanction frame (verbs, nouns, "added to the list"): step 6 looks no further at any other. */
  sanctionWords: Set<string>;
  /** Words that can open a transfer frame (verbs and nouns): step 5 looks no further at any other. */
  transferWords: Set<string>;
  /**
   * Word → CUE_* bits: one look-up per token tells whether a sentence holds a trigger, or a reporting or hedging word
   * (the words that make `sourcesOf` worth running on it).
   */
  sentenceCues: Map<string, number>;
}

export const CUE_TRIGGER = 1, CUE_SOURCE = 2;

function sentenceCues(triggers: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of triggers) out.set(w, CUE_TRIGGER);
  for (const w of [...REPORTING_VERBS, ...HEDGE_WORDS]) out.set(w, (out.get(w) ?? 0) | CUE_SOURCE);
  return out;
}

/** Words whose verb hits include one of `frames`, plus `extra`. */
function wordsOpening(verbs: Map<string, VerbHit[]>, frames: readonly VerbHit["frame"][], extra: Iterable<string>): Set<string> {
  const out = new Set<string>(extra);
  for (const [w, hits] of verbs) if (hits.some((h) => frames.includes(h.frame))) out.add(w);
  return out;
}

function withVerbs(gazetteer: Gazetteer): Lexicon {
  const verbs = buildVerbIndex();
  const triggers = triggerWords(verbs);
  return {
    gazetteer,
    verbs,
    triggers,
    sentenceCues: sentenceCues(triggers),
    actingVerbs: actingVerbs(verbs),
    sanctionWords: wordsOpening(verbs, ["sanction", "lift"], [...SANCTION_NOUNS, "added", "adds", "adding", "add"]),
    transferWords: wordsOpening(verbs, ["give", "get", "turn", "broker", "use"], TRANSFER_NOUNS.keys()),
  };
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
  return withVerbs(buildGazetteer());
}

/** The default lexicon, from the build's snapshot when there is one, built on first use otherwise (immutable once built). */
export function defaultLexicon(): Lexicon {
  cached ??= withVerbs(readSnapshot() ?? buildGazetteer());
  return cached;
}
