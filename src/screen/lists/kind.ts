// Guesses an entry's kind from its name where the publisher does not say (DPL, OFAC entities).
import { normaliseName } from "../match/normalise.js";
import type { EntryKind } from "../types.js";

/** A legal form in the name (LLC, GmbH, OOO…) makes it a company; otherwise the fallback. */
export function kindFromName(name: string, fallback: EntryKind): EntryKind {
  const n = normaliseName(name, "company");
  return n.variants[0]?.some((t) => t.kind === "legal") ? "company" : fallback;
}

/** OFAC's SDN_Type / sdnType (individual, vessel, aircraft; entities left blank or "Entity"), as CSL's type column too. */
export function kindFromListType(type: string, name: string, fallback: EntryKind): EntryKind {
  switch (type.trim().toLowerCase()) {
    case "individual": return "person";
    case "vessel": return "vessel";
    case "aircraft": return "aircraft";
    case "entity": return kindFromName(name, "organization");
    default: return kindFromName(name, fallback);
  }
}
