// Country names, capitals, stand-ins and demonyms that news English uses beyond the `world-countries` package.
// Source: common usage in English-language wire copy and government press releases; written for Dossier.

/** Extra names by ISO 3166-1 alpha-2 code (or a historic code such as SU). */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ["US", "U.S.", "U.S.A.", "USA", "United States", "America", "Washington"],
  GB: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "London"],
  KP: ["DPRK", "D.P.R.K.", "North Korea", "Pyongyang", "Democratic People's Republic of Korea", "Democratic People’s Republic of Korea"],
  KR: ["ROK", "South Korea", "Republic of Korea", "Seoul"],
  CN: ["PRC", "People's Republic of China", "People’s Republic of China", "Beijing", "Mainland China"],
  RU: ["Russian Federation", "Kremlin", "Moscow"],
  UA: ["Kyiv", "Kiev"],
  IR: ["Islamic Republic of Iran", "Tehran", "Teheran"],
  SY: ["Damascus"],
  TW: ["Taipei"],
  AE: ["UAE", "U.A.E.", "Emirates", "Abu Dhabi"],
  MM: ["Burma"],
  CZ: ["Czech Republic"],
  TR: ["Turkey", "Türkiye", "Turkiye", "Ankara"],
  SZ: ["Swaziland"],
  MK: ["Macedonia"],
  CI: ["Ivory Coast"],
  TL: ["East Timor"],
  CV: ["Cape Verde"],
  SU: ["Soviet Union", "USSR", "U.S.S.R."],
  VA: ["Vatican", "Holy See"],
  CD: ["DRC", "Democratic Republic of the Congo"],
  PS: ["Palestine", "Gaza", "Gaza Strip", "West Bank"],
};

/** Names of historic states that `world-countries` does not list. */
export const HISTORIC_COUNTRIES: Readonly<Record<string, string>> = { SU: "Soviet Union" };

/** Preferred display names where the package's common name is not the one news copy uses. */
export const PREFERRED_NAMES: Readonly<Record<string, string>> = {
  US: "United States",
  GB: "United Kingdom",
  KP: "North Korea",
  KR: "South Korea",
  CN: "China",
  RU: "Russia",
  PS: "Palestine",
  TR: "Turkey",
};

/** Demonyms and adjectives the package lacks ("Slovakian", "Emirati"). */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  SK: ["Slovakian"],
  KP: ["North Korean"],
  KR: ["South Korean"],
  US: ["U.S.", "US"],
  GB: ["UK", "U.K."],
  CN: ["PRC", "Sino"],
  RU: ["Soviet-era"],
  AE: ["UAE", "Emirati"],
  SU: ["Soviet"],
  UA: ["Ukrainian"],
  IR: ["Persian"],
  NL: ["Dutch"],
  PH: ["Filipino"],
  TR: ["Turkish"],
};

/** Country names that are also common first names or words: only a country when not followed by a capitalised name. */
export const AMBIGUOUS_COUNTRY_NAMES: ReadonlySet<string> = new Set(["jordan", "chad", "georgia", "israel", "kenya", "india", "niger", "guinea", "turkey", "china", "jersey", "washington", "london", "moscow", "america", "victoria"]);

/** Alternative spellings in the package that are codes or native-script forms, not English names: skipped. */
export function isUsableAltSpelling(s: string): boolean {
  if (s.length <= 2) return false;
  // Native-script spellings are not English mentions.
  return /^[\p{Script=Latin}\s.'’,()-]+$/u.test(s) && !/,/.test(s);
}
