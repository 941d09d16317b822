// Shortened words in organisation names, folded to the full word so "First Bank Int'l" meets "First International Bank".
// Source: written for Dossier from general knowledge of English business abbreviations; not copied from any file.
// Only unambiguous shortenings: "int" (integer? interior?) and "tech" (a word of its own) are left out.

/** abbreviation (folded: lower-case, apostrophes and full stops gone) → the full word. */
export const ORG_ABBREVIATIONS: Readonly<Record<string, string>> = {
  intl: "international", natl: "national", assn: "association", assoc: "association", mfg: "manufacturing",
  bros: "brothers", dept: "department", govt: "government", univ: "university", inst: "institute",
  mgmt: "management", svcs: "services", svc: "service", engg: "engineering", intercontl: "intercontinental",
  hldgs: "holdings", hldg: "holding", invt: "investment", invts: "investments", secs: "securities", tr: "trust",
  natnl: "national", indus: "industries", grp: "group", ctr: "center", cntr: "center", shpg: "shipping",
};
