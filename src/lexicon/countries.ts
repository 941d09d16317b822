// Country names, spellings and demonyms → ISO 3166-1 alpha-2, for comparing a query's country with a list entry's.
// Source: the world-countries package (common, official and alternative names, English demonyms),
// plus the names sanctions lists use that it lacks (written for Dossier).
import worldCountries, { type Country } from "world-countries";

// The package is CommonJS whose module.exports is the array; its typings describe an ES default export.
const countries: Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : ((worldCountries as unknown as { default: Country[] }).default);

const EXTRA: Readonly<Record<string, string>> = {
  "burma": "MM", "north korea": "KP", "korea north": "KP", "dprk": "KP", "south korea": "KR", "korea south": "KR",
  "russia": "RU", "iran": "IR", "syria": "SY", "the gambia": "GM", "congo democratic republic of the": "CD",
  "democratic republic of the congo": "CD", "west bank": "PS", "gaza": "PS", "palestinian": "PS", "soviet union": "RU",
  "ussr": "RU", "turkey": "TR", "turkiye": "TR", "czech republic": "CZ", "macau": "MO", "vietnam": "VN", "laos": "LA",
  "cote d ivoire": "CI", "ivory coast": "CI", "united states": "US", "usa": "US", "uk": "GB", "united kingdom": "GB",
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
  for (const [k, v] of Object.entries(EXTRA)) m.set(fold(k), v);
  return m;
}

const INDEX = build();

/** ISO alpha-2 for a country name, code or demonym; undefined when unknown. */
export function countryCode(name: string): string | undefined {
  const f = fold(name);
  if (!f) return undefined;
  return INDEX.get(f) ?? INDEX.get(f.replace(/^the /, ""));
}
