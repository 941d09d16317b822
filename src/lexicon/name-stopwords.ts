// Words that sit beside a name without being part of it: honorifics, offices, and generic organisation words.
// Source: written for Dossier from general knowledge (common honorifics and the word for "president"
// in the major European languages); not copied from any file.

/** Titles and offices dropped from person names before matching. */
export const PERSON_TITLES: readonly string[] = [
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "hon", "rev", "fr",
  "sheikh", "shaikh", "shaykh", "sheik", "mullah", "mawlawi", "maulvi", "haji", "hajji", "imam", "emir", "amir",
  "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "admiral", "adm",
  "president", "presidente", "praesident", "prasident", "president", "predsjednik", "presedintele", "presedinte",
  "presiden", "prezident", "prezydent", "elnok", "presidentti", "presidenten", "voorzitter",
  "minister", "senator", "deputy", "chairman", "director", "king", "queen", "prince", "princess", "mister", "madame", "monsieur",
  "herr", "frau", "señor", "senor", "senora", "don", "dona",
];

/** Organisation words too common to identify anything: kept for alignment but weighted low. */
export const GENERIC_ORG_WORDS: readonly string[] = [
  "the", "of", "and", "for", "in", "de", "del", "la", "le", "les", "el", "der", "die", "das", "und", "et", "y", "i",
  "group", "groupe", "grupo", "gruppa", "holding", "holdings", "international", "intl", "trading", "trade", "general",
  "enterprise", "enterprises", "industries", "industrial", "industry", "services", "service", "import", "export",
  "company", "firm", "organization", "organisation", "private", "military", "pmc", "agency", "bank", "network",
  "shipping", "logistics", "investment", "investments", "management", "global", "national", "state", "center", "centre",
  "europe", "european", "asia", "asian", "africa", "african", "america", "americas", "eurasia", "eurasian",
  "foundation", "association", "society", "institute", "union", "front", "movement", "party", "army", "brigade",
];
