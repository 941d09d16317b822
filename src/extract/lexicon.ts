// Everything the extractor reads from src/lexicon, built once and passed down as one value.
import { buildGazetteer, type Gazetteer } from "../lexicon/gazetteer.js";
import { readSnapshot } from "../lexicon/snapshot.js";
import { HEDGE_WORDS, REPORTING_VERBS } from "../lexicon/cues.js";
import { EVENT_WORDS, SANCTION_NOUNS, TRANSFER_NOUNS, buildVerbIndex, type VerbHit } from "../lexicon/triggers.js";

export interface Lexicon {
  gazetteer: Gazetteer;
  verbs: Map<string, VerbHit[]>;
  /** Every word that can open a transfer or sanction frame: a sentence without one is skipped by step 5. */
  triggers: Set<string>;
  /** Finite forms of transfer and sanction verbs: a capitalised word right before one is a name that acts. */
  actingVerbs: Set<string>;
  /** Word → WORD bits: step 1 looks every token up once, and the rules test its bits instead of asking each table. */
  wordClasses: Map<string, number>;
}

/** The classes of words the rules look for, as bits of `Token.cls`. */
export const WORD = {
  /** Opens some fact frame: a sentence without one is skipped by steps 5–7. */
  TRIGGER: 1,
  /** Reports or hedges: a sentence with one is read by `sourcesOf`. */
  SOURCE: 2,
  /** Opens a sanction frame (verbs, nouns, "added to the list"): step 6 looks no further at any other word. */
  SANCTION: 4,
  /** Opens a transfer frame (verbs and nouns): step 5 looks no further at any other word. */
  TRANSFER: 8,
  /** Opens a visit or loss frame. */
  EVENT: 16,
  HEDGE: 32,
  REPORTING: 64,
} as const;

function wordClasses(tables: readonly [number, Iterable<string>][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [bit, words] of tables) for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
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
    actingVerbs: actingVerbs(verbs),
    wordClasses: wordClasses([
      [WORD.TRIGGER, triggers],
      [WORD.SOURCE, REPORTING_VERBS],
      [WORD.SOURCE, HEDGE_WORDS],
      [WORD.SANCTION, wordsOpening(verbs, ["sanction", "lift"], [...SANCTION_NOUNS, ...LISTING_VERBS])],
      [WORD.TRANSFER, wordsOpening(verbs, ["give", "get", "turn", "broker", "use"], TRANSFER_NOUNS.keys())],
      [WORD.EVENT, EVENT_WORDS],
      [WORD.HEDGE, HEDGE_WORDS],
      [WORD.REPORTING, REPORTING_VERBS],
    ]),
  };
}

function actingVerbs(verbs: Map<string, VerbHit[]>): Set<string> {
  const out = new Set<string>();
  for (const [w, hits] of verbs) if (hits.some((h) => h.form === "past" || h.form === "third")) out.add(w);
  for (const w of ["has", "have", "is", "was", "will", "had"]) out.delete(w);
  return out;
}

/** Verbs that put a name on a list: "added X to the Entity List", "placed X on the SDN list". */
export const LISTING_VERBS: readonly string[] = ["added", "adds", "adding", "add", "placed", "places", "placing", "place", "put", "puts", "putting"];

function triggerWords(verbs: Map<string, VerbHit[]>): Set<string> {
  // "The entities are X, Y and Z" names designees without a trigger word of its own.
  const out = new Set<string>(["entities", "individuals", "designees", ...LISTING_VERBS, "trip", "travel", "travels", "traveled", "travelled", "traveling", "travelling"]);
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
