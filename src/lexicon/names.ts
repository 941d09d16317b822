// Word lists for reading names: titles, honorifics, legal forms and the keywords that type an organisation.
// Source: usage in English news copy and company registers; written for Dossier.
import type { EntityType } from "../extract/types.js";

/** Honorifics before a person's name; never part of the name. */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "prof", "professor"]);

/**
 * Title words. A capitalised run that opens with these ("Treasury Secretary Janet Yellen", "Under Secretary ... Brian E. Nelson")
 * is a position followed by a person's name.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor", "king", "queen",
  "prince", "princess", "general", "gen", "lieutenant", "colonel", "col", "major", "captain", "admiral", "commander", "sergeant",
  "senator", "sen", "representative", "rep", "governor", "gov", "mayor", "ambassador", "envoy", "director", "deputy", "chief", "chairman",
  "chairwoman", "chair", "leader", "head", "advisor", "adviser", "official", "officer", "attorney", "judge", "justice", "undersecretary",
  "under", "assistant", "acting", "foreign", "defense", "defence", "treasury", "state", "national", "security", "supreme", "marshal",
  "ceo", "founder", "analyst", "fellow", "researcher", "professor", "correspondent", "editor", "reporter", "pope", "cardinal", "sheikh",
  "emir", "ayatollah", "crown", "first", "lady", "speaker", "premier", "commissioner", "counsel", "spy", "intelligence", "lawmaker",
]);

/** Words that may close a title before the name ("Secretary of State Antony Blinken"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor", "king", "queen", "general", "admiral",
  "senator", "sen", "representative", "rep", "governor", "mayor", "ambassador", "envoy", "director", "chief", "chairman", "chairwoman", "leader",
  "adviser", "advisor", "commander", "premier", "speaker", "ceo", "founder", "analyst", "fellow", "researcher", "professor", "correspondent",
  "editor", "reporter", "colonel", "captain", "lieutenant", "major", "sergeant", "head", "officer", "official", "commissioner", "counsel", "lawmaker", "marshal",
]);

/** Legal forms that mark a company name (matched on the lower-cased token sequence, dots removed). */
export const LEGAL_FORMS: readonly string[] = [
  "llc", "l l c", "ltd", "limited", "co", "company", "corp", "corporation", "inc", "incorporated", "plc", "jsc", "pjsc", "ojsc", "cjsc",
  "ooo", "ao", "pao", "zao", "oao", "llp", "lp", "gmbh", "ag", "sa", "sas", "sarl", "srl", "s r o", "sro", "bv", "nv", "fzc", "fze", "fzco", "dmcc",
  "pte", "pty", "kft", "as", "ab", "oy", "spa", "sp z o o", "tov", "jv", "holding", "holdings", "group of companies", "trading", "industries",
  "industry", "enterprise", "enterprises", "airlines", "airline", "airways", "shipping", "bank", "technologies", "technology", "systems", "engineering",
];

/** Keywords inside a capitalised run that decide its entity type (checked in this order). */
export const TYPE_KEYWORDS: readonly { type: EntityType; words: readonly string[] }[] = [
  { type: "government_body", words: ["ministry", "department", "council", "committee", "commission", "parliament", "congress", "senate", "agency", "bureau", "office", "administration", "government", "cabinet", "presidency", "embassy", "directorate", "service", "assembly", "duma", "kremlin", "court", "navy", "army", "force", "forces", "guard", "corps", "command", "police", "authority", "authorities", "secretariat", "academy"] },
  { type: "armed_group", words: ["militia", "rebels", "brigade", "brigades", "battalion", "regiment", "mercenaries", "pmc", "insurgents", "jihadists", "front", "hamas", "hezbollah"] },
  { type: "company", words: ["llc", "ltd", "limited", "co", "company", "corp", "corporation", "inc", "plc", "jsc", "pjsc", "ooo", "ao", "llp", "gmbh", "fzc", "fze", "dmcc", "airlines", "airline", "airways", "air", "logistics", "freight", "cargo", "marine", "maritime", "tankers", "navigation", "bank", "shipping", "trading", "industries", "industry", "enterprise", "holding", "holdings", "technologies", "systems", "engineering", "aviation", "services", "group", "times", "post", "news", "press", "media", "television", "tv", "radio", "journal", "herald", "tribune", "telegraph", "guardian", "gazette", "kapital", "capital", "oil", "gas", "energy", "motors", "electronics"] },
  { type: "organization", words: ["institute", "university", "college", "center", "centre", "foundation", "association", "union", "organization", "organisation", "society", "endowment", "council", "project", "network", "alliance", "federation", "league", "club", "party", "movement", "program", "programme", "fund", "school", "hospital", "tracker", "research", "initiative", "observatory", "conference", "cosmodrome", "airport", "port", "shipyard", "airfield", "facility", "depot", "station", "plant", "factory", "base", "chamber", "commerce", "forum", "think", "tank"] },
];

/**
 * Capitalised words that open sentences, headings and lists without naming anything. A run made only of these
 * (or of month and day names) is not an entity.
 */
export const NON_NAME_CAPITALS: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "to", "of", "for", "from", "with", "by", "and", "or", "but", "nor", "so", "yet", "as", "if",
  "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
  "there", "here", "today", "tonight", "yesterday", "tomorrow", "since", "when", "while", "after", "before", "during", "between", "under",
  "over", "through", "throughout", "most", "many", "some", "all", "any", "each", "every", "no", "not", "none", "both", "either", "neither",
  "earlier", "later", "however", "also", "according", "meanwhile", "although", "though", "because", "despite", "instead", "still", "yet",
  "what", "which", "who", "whom", "whose", "where", "why", "how", "more", "less", "other", "another", "such", "only", "even", "just",
  "new", "former", "last", "next", "first", "one", "two", "three", "several", "few", "much", "very", "now", "then",
  "once", "again", "already", "unless", "until", "upon", "into", "onto", "about", "above", "below", "against", "among", "amid", "across",
  "around", "behind", "beyond", "within", "without", "toward", "towards", "per", "via", "like", "unlike", "whether", "than", "can", "could",
  "will", "would", "shall", "should", "may", "might", "must", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
  "do", "does", "did", "said", "says", "read", "see", "click", "photo", "image", "video", "watch", "listen", "share", "related", "advertisement",
  "verdict", "false", "true", "mostly", "update", "updated", "editor's", "note", "background", "summary", "sanctions", "implications",
  "additionally", "furthermore", "moreover", "notably", "specifically", "separately", "similarly", "together", "finally", "ultimately",
  "recently", "currently", "previously", "initially", "subsequently", "accordingly", "indeed", "thus", "therefore", "hence", "yes", "ok",
  "mr", "mrs", "ms", "dr", "executive", "order", "e.o", "section", "annex", "part", "chapter", "article", "paragraph", "resolution",
  "statement", "readout", "transcript", "commentary", "press", "release", "briefing", "remarks", "speech", "interview", "analysis", "opinion",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "western", "eastern", "northern", "southern", "west", "east", "north", "south", "central", "global", "international", "world", "government",
  "officials", "official", "authorities", "forces", "troops", "military", "army", "people", "president", "minister", "secretary", "spokesman",
  "european", "asian", "african",
]);

/**
 * Last words that make a capitalised run the name of an event, a document, a place or a war rather than of anyone who
 * acts: "Woodside Summit", "Taiwan Relations Act", "South China Sea", "Korean Peninsula", "Cold War".
 */
export const NON_ENTITY_HEADS: ReadonlySet<string> = new Set([
  "summit", "talks", "dialogue", "meeting", "games", "olympics", "cup", "championship", "festival",
  "act", "agreement", "treaty", "accord", "accords", "pact", "convention", "declaration", "charter", "protocol", "law", "doctrine", "strategy",
  "sea", "ocean", "strait", "gulf", "bay", "peninsula", "island", "islands", "river", "mountains", "desert", "region", "valley", "coast",
  "square", "street", "avenue", "pacific", "atlantic", "war", "conflict", "crisis", "revolution", "offensive", "prize", "award",
  "communique", "communiques", "assurances", "principles", "guidelines", "list", "lists", "resolution", "resolutions", "regulation", "regulations", "directive",
]);

/** Determiners and quantifiers that never start a name but may be capitalised at a sentence start. */
export const LOWER_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "the", "and", "de", "du", "des", "la", "le", "al", "bin", "ibn", "van", "von", "der", "den", "da", "di", "do", "dos", "y", "&"]);
