// Cue words for clause boundaries, prepositions, reporting, hedging and negation.
// Source: English news usage; written for Dossier.

/** Words that open a new clause: a role never crosses them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([";", ":", "that", "while", "whereas", "although", "though", "but", "because", "which", "who", "whom", "whose", "when", "where", "if", "unless", "“", "”", "\"", "—", "–"]);

/** Left-side openers: a subject search stops here. "who" and "which" are not among them: their subject is the word before. */
export const LEFT_STOPS: ReadonlySet<string> = new Set([";", ":", "that", "while", "whereas", "although", "though", "but", "because", "if", "unless", "“", "”", "\"", "—", "–", "(", ")"]);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "of", "for", "to", "from", "with", "by", "against", "on", "in", "into", "between", "over", "under", "at", "about", "through", "via",
  "toward", "towards", "among", "amid", "across", "within", "without", "including", "like", "than", "behind", "onto", "upon", "after", "before", "despite",
]);

/** Reporting verbs: the subject (or the name after an inverted "said") is the source of what the sentence reports. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "say", "told", "tells", "stated", "states", "added", "noted", "notes", "announced", "announces", "revealed", "reveals",
  "reported", "reports", "claimed", "claims", "alleged", "alleges", "alleging", "accused", "accuses", "warned", "warns", "confirmed", "confirms",
  "believe", "believes", "believed", "suggested", "suggests", "assessed", "assesses", "estimated", "estimates", "understand", "understands",
  "explained", "explains", "wrote", "writes", "tweeted", "posted", "argued", "argues", "insisted", "insists", "asserted", "asserts", "disclosed",
  "acknowledged", "acknowledges", "indicated", "indicates", "concluded", "concludes", "found", "finds", "uncovered", "determined", "condemned",
  "denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "expressed", "highlighted", "emphasized", "emphasised", "stressed",
  "declared", "declares", "testified", "briefed", "observed", "charged", "saying", "stating", "noting", "adding", "according",
]);

/** Verbs whose subject hedges what follows. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  "believe", "believes", "believed", "suggest", "suggests", "suggested", "alleged", "allegedly", "alleging", "alleges", "reportedly", "may", "might",
  "likely", "probably", "possibly", "appears", "appear", "appeared", "apparently", "suspected", "suspect", "suspects", "purportedly", "purported",
  "rumoured", "rumored", "seemingly", "seems", "assessed", "assess", "estimated", "unconfirmed", "could", "presumably", "claiming", "claimed", "claims", "claim",
]);

/** Denial verbs: a party disputes the claim. */
export const DENIAL_WORDS: ReadonlySet<string> = new Set(["denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes", "disputed", "disputes"]);

/** Negation cues: "no evidence", "did not", "never". */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(["not", "n't", "never", "no", "nor", "without", "false", "baseless", "groundless", "unfounded", "fabricated"]);

/** A verdict in the text's own voice that the claim is untrue. */
export const DEBUNK_WORDS: ReadonlySet<string> = new Set(["debunked", "debunks", "debunking", "disproved", "false", "fake", "hoax", "baseless", "groundless", "unfounded", "fabricated", "misleading", "doctored"]);

/** Words that make a sanction a threat rather than an act. */
export const THREAT_WORDS: ReadonlySet<string> = new Set(["could", "may", "might", "would", "will", "warned", "warns", "threatened", "threatens", "threaten", "face", "risk", "exposed", "expose", "subject"]);

/** Personal pronouns that may stand for the last person named. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "him", "her"]);
