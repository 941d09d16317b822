// Abbreviations that end in a full stop without ending a sentence (English news usage; written for Dossier).

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // honorifics and ranks
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig", "rev",
  "sen", "rep", "gov", "pres", "amb", "hon", "st", "jr", "sr", "messrs", "mme", "mlle",
  // months and days
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // company and reference forms
  "co", "inc", "ltd", "corp", "bros", "no", "nos", "vol", "art", "sec", "fig", "approx", "est", "dept", "univ",
  "vs", "v", "cf", "ca", "al", "ft", "mt",
]);

/** Words that, capitalised after a dotted abbreviation such as "U.S.", most likely start a new sentence. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "in", "on", "at", "but",
  "and", "a", "an", "as", "after", "before", "since", "when", "while", "if", "there", "such", "our", "their", "his", "her",
]);
