// Guesses an entry's kind from its name where the publisher does not say (DPL, OFAC entities).
import { normaliseName } from "../match/normalise.js";
import type { EntryKind } from "../types.js";

/** A legal form in the name (LLC, GmbH, OOO…) makes it a company; otherwise the fallback. */
export function kindFromName(name: string, fallback: EntryKind): EntryKind {
  const n = normaliseName(name, "company");
  return n.variants[0]?.some((t) => t.kind === "legal") ? "company" : fallback;
}
