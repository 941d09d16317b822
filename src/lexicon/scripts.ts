// Letter tables for scripts where the generic transliteration (any-ascii) does not give the
// spelling names customarily take in Latin script.
// Source: written for Dossier from the standard romanisations (ISO 259 simplified for Hebrew,
// ELOT 743 for Greek digraphs, the Armenian ու digraph); not copied from any file.

/** Hebrew letters → Latin consonants; ו and י are written as w / y and treated as vowel carriers. */
export const HEBREW: Readonly<Record<string, string>> = {
  "א": "", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "w", "ז": "z", "ח": "kh", "ט": "t", "י": "y", "כ": "k",
  "ך": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "", "פ": "p", "ף": "f", "צ": "ts",
  "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
};

/** Greek digraphs whose letter-by-letter transliteration misleads (ου is u, ντ is d at the start…). */
export const GREEK_DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ου/gu, "u"], [/ού/gu, "u"], [/Ου/gu, "U"], [/ΟΥ/gu, "U"], [/^μπ/giu, "b"], [/^ντ/giu, "d"], [/ντ/gu, "d"], [/γκ/gu, "g"],
];

/** Armenian ու is one vowel, u; any-ascii writes it ow. */
export const ARMENIAN_DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [[/ու/gu, "u"], [/Ու/gu, "U"]];
