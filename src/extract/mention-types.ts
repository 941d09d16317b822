// Shared types for mentions (spans of text that name something) and the entities they resolve to.
import type { EntityType } from "./types.js";

export type MentionSource = "country" | "demonym" | "body" | "name" | "alias" | "pronoun" | "group";

export interface Mention {
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  sentence: number;
  source: MentionSource;
  /** ISO code (country, demonym) or canonical body name. */
  key?: string;
  /** Known type, or null when the text alone does not say (a lone capitalised word). */
  type: EntityType | null;
  /** The name as written, titles stripped. */
  text: string;
  positions: string[];
  /** Stated nationality or jurisdiction ("a Slovakian national", "Russia-based"). */
  nationality?: string;
  /** For a demonym: the lower-cased word it modifies ("officials", "drones"). */
  head?: string;
  /** Inside a longer name ("Russian" in "Russian Air Force"): recorded, never a role filler on its own. */
  nested?: boolean;
  /** Index of the mention this one abbreviates ("(OFAC)" after its full name). */
  aliasOf?: number;
  /** Entity id once coreference has run. */
  entity?: string;
}

/**
 * A new mention with every field present, in one order: mentions of one shape keep the later steps' property reads
 * monomorphic. Callers set the optional fields that apply.
 */
export function newMention(
  start: number, end: number, first: number, last: number, sentence: number, source: MentionSource, type: EntityType | null, text: string, positions: string[],
): Mention {
  return {
    start, end, first, last, sentence, source, key: undefined, type, text, positions,
    nationality: undefined, head: undefined, nested: false, aliasOf: undefined, entity: undefined,
  };
}
