// Builds the name gazetteer (countries, capitals, demonyms, bodies) once, as a value passed down the pipeline.
import { createRequire } from "node:module";
import { tokenize } from "../text/tokens.js";
import type { EntityType } from "../extract/types.js";
import { BODIES, KNOWN_ARMED_GROUPS } from "./bodies.js";
import {
  AMBIGUOUS_COUNTRY_NAMES, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS, HISTORIC_COUNTRIES, PREFERRED_NAMES, isUsableAltSpelling,
} from "./countries-extra.js";

const require = createRequire(import.meta.url);

export type GazetteerKind = "country" | "demonym" | "body";

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** ISO code for countries and demonyms, canonical name for bodies. */
  key: string;
  /** Lower-cased token texts to match. */
  tokens: string[];
  /** The surface form as written in the lexicon. */
  surface: string;
  /** Acronyms and codes ("US", "EU") must match letter case exactly, so "us" is never the United States. */
  exactCase: boolean;
  /** Country names that are also first names or words ("Jordan", "Chad"). */
  ambiguous: boolean;
}

export interface BodyInfo {
  name: string;
  type: EntityType;
  country?: string;
  aliases: string[];
}

export interface Gazetteer {
  /** Entries indexed by their first lower-cased token. */
  byFirst: Map<string, GazetteerEntry[]>;
  countryName: Map<string, string>;
  countryAliases: Map<string, string[]>;
  /** Demonym (lower case) → ISO code, for nationality ("a Slovakian national"). */
  demonyms: Map<string, string>;
  bodies: Map<string, BodyInfo>;
}

interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean | null;
}

function add(g: Gazetteer, kind: GazetteerKind, key: string, surface: string): void {
  const toks = tokenize(surface).map((t) => t.lower);
  if (toks.length === 0) return;
  const first = toks[0]!;
  const exactCase = surface.length <= 5 && surface === surface.toUpperCase() && /\p{Lu}/u.test(surface);
  const entry: GazetteerEntry = { kind, key, tokens: toks, surface, exactCase, ambiguous: kind === "country" && toks.length === 1 && AMBIGUOUS_COUNTRY_NAMES.has(first) };
  const list = g.byFirst.get(first);
  if (list) {
    if (!list.some((e) => e.kind === kind && e.key === key && e.surface === surface)) list.push(entry);
  } else g.byFirst.set(first, [entry]);
}

export function buildGazetteer(): Gazetteer {
  const g: Gazetteer = { byFirst: new Map(), countryName: new Map(), countryAliases: new Map(), demonyms: new Map(), bodies: new Map() };
  // Sovereign states first: a name or demonym they share with a dependency ("American": US, Northern Mariana Islands)
  // means the state, since the first entry wins.
  const countries = [...(require("world-countries/countries.json") as CountryRecord[])].sort((a, b) => Number(!!b.independent) - Number(!!a.independent));
  for (const c of countries) {
    const code = c.cca2;
    const name = PREFERRED_NAMES[code] ?? c.name.common;
    g.countryName.set(code, name);
    const names = new Set<string>([c.name.common, c.name.official, name]);
    for (const alt of c.altSpellings) if (isUsableAltSpelling(alt) || /^[A-Z]{3,4}$/.test(alt)) names.add(alt);
    for (const cap of c.capital ?? []) if (isUsableAltSpelling(cap)) names.add(cap);
    for (const extra of EXTRA_COUNTRY_NAMES[code] ?? []) names.add(extra);
    for (const n of names) add(g, "country", code, n);
    g.countryAliases.set(code, [...names].filter((n) => n !== name));
    const dem = c.demonyms?.eng;
    const dems = new Set<string>([...(dem ? [dem.m, dem.f] : []), ...(EXTRA_DEMONYMS[code] ?? [])]);
    // The people as a plural noun ("Americans", "Iranians"); "Chinese", "Swiss" and "French" are their own plural.
    for (const d of [...dems]) if (d && !d.includes(" ") && !/(?:s|sh|ch|x|z|ese)$/i.test(d)) dems.add(`${d}s`);
    for (const d of dems) {
      if (!d) continue;
      add(g, "demonym", code, d);
      if (!g.demonyms.has(d.toLowerCase())) g.demonyms.set(d.toLowerCase(), code);
    }
  }
  for (const [code, name] of Object.entries(HISTORIC_COUNTRIES)) {
    g.countryName.set(code, name);
    const names = EXTRA_COUNTRY_NAMES[code] ?? [];
    g.countryAliases.set(code, [...names].filter((n) => n !== name));
    for (const n of [name, ...names]) add(g, "country", code, n);
    for (const d of EXTRA_DEMONYMS[code] ?? []) {
      add(g, "demonym", code, d);
      g.demonyms.set(d.toLowerCase(), code);
    }
  }
  for (const b of [...BODIES, ...KNOWN_ARMED_GROUPS]) {
    const info: BodyInfo = { name: b.name, type: b.type, aliases: b.aliases.filter((a) => a !== b.name), ...(b.country ? { country: b.country } : {}) };
    g.bodies.set(b.name, info);
    for (const n of [b.name, ...b.aliases]) add(g, "body", b.name, n);
  }
  // Longest first; for the same words a body beats a country, and a country beats a demonym ("US" names the state).
  const rank: Record<GazetteerKind, number> = { body: 0, country: 1, demonym: 2 };
  for (const list of g.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || rank[a.kind] - rank[b.kind]);
  return g;
}
