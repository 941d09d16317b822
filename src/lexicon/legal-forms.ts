// Company legal forms and their spelled-out equivalents, folded to one comparison key.
// Source: written for Dossier from general knowledge of company law abbreviations (ISO 20275 ELF
// code list names, Russian/CIS corporate forms in the romanisations OFAC uses); not copied from any file.

/** key → every spelling (already lower-case, ASCII, punctuation removed, words space-separated). */
export const LEGAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  llc: [
    "llc", "l l c", "limited liability company", "limited liability co", "ltd liability co", "ooo", "o o o",
    "obshchestvo s ogranichennoy otvetstvennostyu", "obshchestvo s ogranichennoi otvetstvennostiu",
    "obshestvo s ogranichennoy otvetstvennostyu", "too", "tov", "mchj", "sp z o o", "spolka z ograniczona odpowiedzialnoscia",
    "srl", "s r l", "sarl", "s a r l", "gmbh", "g m b h", "gesellschaft mit beschrankter haftung", "bv", "b v", "kft",
    "doo", "d o o", "societatea cu raspundere limitata", "sro", "s r o", "spol s r o", "ltda", "eood", "ood", "uab", "sia", "ou", "limitada",
  ],
  jsc: [
    "jsc", "j s c", "joint stock company", "joint-stock company", "ao", "a o", "aktsionernoe obshchestvo",
    "aktsionernoye obshchestvo", "oao", "o a o", "open joint stock company", "ojsc", "zao", "z a o",
    "closed joint stock company", "cjsc", "pao", "p a o", "public joint stock company", "pjsc", "ag", "a g",
    "aktiengesellschaft", "sa", "s a", "societe anonyme", "sociedad anonima", "spa", "s p a", "societa per azioni",
    "nv", "n v", "as", "a s", "asa", "ab", "oyj", "oy", "ad", "a d", "jsc", "plc", "p l c", "public limited company",
    "sab", "s a b", "sab de cv", "sa de cv", "s a de c v", "de cv", "kk", "kabushiki kaisha", "tbk", "pt", "p t", "bhd", "berhad", "sdn bhd",
  ],
  ltd: ["ltd", "limited", "co ltd", "company limited", "pte ltd", "pty ltd", "pvt ltd", "private limited", "pte", "pty", "pvt"],
  inc: ["inc", "incorporated", "corp", "corporation", "co", "company", "cie", "compania", "companie"],
  lp: ["lp", "llp", "limited partnership", "limited liability partnership", "kg", "gmbh co kg", "partnership"],
  fze: ["fze", "fzco", "fz llc", "fzc", "free zone establishment", "free zone company"],
  nonprofit: ["ano", "avtonomnaya nekommercheskaya organizatsiya", "autonomous non profit organization", "ngo", "nko", "e v", "ev", "eingetragener verein"],
  unitary: ["fgup", "gup", "mup", "federal state unitary enterprise", "state unitary enterprise", "unitary enterprise", "fsue", "suе"],
};
