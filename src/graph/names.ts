// Name keys for entity resolution across documents: normalised names, acronyms and country codes, by entity class.
import anyAscii from "any-ascii";
import type { EntityType } from "../extract/types.js";

/** Types that resolve against each other: extractors disagree on organisation vs government body vs company. */
export type EntityClass = "country" | "person" | "org" | "vessel" | "aircraft";

export function entityClass(type: EntityType): EntityClass {
  switch (type) {
    case "country": return "country";
    case "person": return "person";
    case "organization":
    case "government_body":
    case "company":
    case "armed_group": return "org";
    case "vessel": return "vessel";
    case "aircraft": return "aircraft";
    default: return type satisfies never;
  }
}

const LEADING = /^(the)\s+/;
const ASCII = /^[\x00-\x7f]*$/;

/** any-ascii leaves ASCII as it is; most names are ASCII already, so skip it for them (it is the costly step). */
function toAscii(s: string): string {
  return ASCII.test(s) ? s : anyAscii(s);
}
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "in", "on", "to", "a", "an", "&"]);

/** Lower-case ASCII words, punctuation dropped, "the" at the start dropped. */
export function normalizeName(name: string): string {
  return toAscii(name)
    .toLowerCase()
    .replace(/['’]s\b/g, "s")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(LEADING, "");
}

/** "Office of Foreign Assets Control" → "OFAC"; a name that is already an acronym ("U.S.", "DPRK") → itself. */
export function acronymOf(name: string): string | undefined {
  const ascii = toAscii(name).trim();
  const compact = ascii.replace(/[.\s]/g, "");
  if (/^[A-Z]{2,8}$/.test(compact) && (ascii.length <= 12)) return compact;
  const words = ascii.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 3 || words.some((w) => !/^[A-Z]/.test(w))) return undefined;
  return words.map((w) => w[0]).join("");
}

export interface KeyedName {
  cls: EntityClass;
  keys: string[];
}

/** Keys under which an entity is found: "cls:n:<name>" for every name and alias, "cls:a:<ACR>", "country:c:KP". */
export function entityKeys(e: { type: EntityType; name: string; aliases: string[]; country?: string | undefined }): string[] {
  const cls = entityClass(e.type);
  const keys = new Set<string>();
  if (cls === "country" && e.country) keys.add(`country:c:${e.country.toUpperCase()}`);
  for (const n of [e.name, ...e.aliases]) {
    const norm = normalizeName(n);
    if (norm) keys.add(`${cls}:n:${norm}`);
    const acr = acronymOf(n);
    if (acr && cls !== "person") keys.add(`${cls}:a:${acr}`);
  }
  return [...keys];
}

/** Keys a user's query NAME may match, in every class. */
export function queryKeys(name: string): string[] {
  const norm = normalizeName(name);
  const classes: EntityClass[] = ["person", "org", "country", "vessel", "aircraft"];
  const keys = classes.map((c) => `${c}:n:${norm}`);
  const acr = acronymOf(name);
  if (acr) keys.push(`org:a:${acr}`, `country:a:${acr}`);
  if (/^[A-Za-z]{2}$/.test(name.trim())) keys.push(`country:c:${name.trim().toUpperCase()}`);
  return keys;
}
