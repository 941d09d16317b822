// Country names, spellings and demonyms → ISO 3166-1 alpha-2, for comparing a query's country with a list entry's.
// Source: the world-countries package and the news-usage names of countries-extra.ts, plus the inverted spellings
// sanctions lists use ("Korea, North"); written for Dossier.
import worldCountries, { type Country } from "world-countries";
import { EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS } from "./countries-extra.js";

// The package is CommonJS whose module.exports is the array; its typings describe an ES default export.
const countries: Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : ((worldCountries as unknown as { default: Country[] }).default);

/** Spellings of list files, not of news copy. Lists record the Soviet Union's successor state. */
const LIST_SPELLINGS: Readonly<Record<string, string>> = {
  "korea north": "KP", "korea south": "KR", "congo democratic republic of the": "CD", "the gambia": "GM", "soviet union": "RU",
  "ussr": "RU", "palestinian": "PS", "macau": "MO", "vietnam": "VN", "laos": "LA", "cote d ivoire": "CI",
};

function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

function build(): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of countries) {
    const code = c.cca2;
    const names = [c.name.common, c.name.official, c.cca2, c.cca3, ...c.altSpellings];
    const dem = c.demonyms?.eng;
    if (dem) names.push(dem.m, dem.f);
    for (const n of names) if (n) m.set(fold(n), code);
  }
  for (const [code, names] of Object.entries({ ...EXTRA_COUNTRY_NAMES })) for (const n of names) if (code !== "SU") m.set(fold(n), code);
  for (const [code, names] of Object.entries(EXTRA_DEMONYMS)) for (const n of names) if (code !== "SU") m.set(fold(n), code);
  for (const [k, v] of Object.entries(LIST_SPELLINGS)) m.set(fold(k), v);
  return m;
}

let index: Map<string, string> | undefined;

/** ISO alpha-2 for a country name, code or demonym; undefined when unknown. */
export function countryCode(name: string): string | undefined {
  const f = fold(name);
  if (!f) return undefined;
  index ??= build();
  return index.get(f) ?? index.get(f.replace(/^the /, ""));
}
