// A fact as the rules first find it, before attribution, certainty and document-level merging.
import { timeIn, type TimeMention } from "../time/resolve.js";
import type { Certainty, FactType, Item, Span, Status, TimeInterval } from "./types.js";

export type DraftRoles = Record<string, string | string[]>;

export interface DraftFact {
  type: FactType;
  roles: DraftRoles;
  items: Item[];
  status: Status;
  /** Sentence index and the token that triggered the rule. */
  sentence: number;
  trigger: number;
  evidence: Span;
  rule: string;
  time?: TimeInterval;
  /** Negation or denial read right at the trigger ("did not deliver", "no evidence of"). */
  negated?: boolean;
  /** Index of the draft on the other side of a deal. */
  exchangeWith?: number[];
  /** "in return" with no object: the other side is an earlier fact in the reverse direction. */
  returnForEarlier?: boolean;
  /** Filled by step 8 (attribution and certainty); "stated" and nobody until then. */
  certainty: Certainty;
  attributedTo: string[];
}

/**
 * A new draft. Every draft is made here, with all its fields in one order: objects of one shape keep the property
 * reads of the later steps monomorphic (V8 recompiles a function each time it meets an unexpected shape).
 */
export function newDraft(
  type: FactType, roles: DraftRoles, items: Item[], status: Status, sentence: number, trigger: number, evidence: Span, rule: string,
  time?: TimeInterval,
): DraftFact {
  return {
    type, roles, items, status, sentence, trigger, evidence, rule, time,
    negated: false, exchangeWith: undefined, returnForEarlier: false, certainty: "stated", attributedTo: [],
  };
}

/** A sentence's place in the document. */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

/** The time expressions of one sentence, sorted by offset; read only for sentences a rule finds a fact in. */
export type TimesOf = (s: SentenceSpan) => TimeMention[];

/** A draft whose evidence is the whole sentence and whose time is the sentence's first time expression. */
export function sentenceDraft(
  s: SentenceSpan, timesOf: TimesOf, k: number,
  fields: Pick<DraftFact, "type" | "roles" | "items" | "status" | "rule">,
): DraftFact {
  const t = timeIn(timesOf(s), s.start, s.end);
  const time = t ? { text: t.text, start: t.from, end: t.to } : undefined;
  return newDraft(fields.type, fields.roles, fields.items, fields.status, s.index, k, { start: s.start, end: s.end }, fields.rule, time);
}
