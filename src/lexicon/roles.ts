// Nouns that tell how a country word or a name is used: as an actor ("North Korean officials") or a description.
// Source: English news usage; written for Dossier.

/** After a demonym these make it a stand-in for the state: "North Korean officials" acts for North Korea. */
export const ACTOR_NOUNS: ReadonlySet<string> = new Set([
  "officials", "official", "government", "authorities", "forces", "troops", "military", "army", "navy", "regime", "leadership",
  "side", "state", "leaders", "leader", "diplomats", "delegation", "counterparts", "negotiators", "intelligence", "armed", "soldiers",
  "defense", "defence", "ministry", "administration", "president", "authorities", "air", "state-run", "media",
]);

/** Nouns between a nationality and a name: "a Slovakian national, Ashot Mkrtychev", "Russian individual Igor ...". */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set([
  "national", "citizen", "individual", "businessman", "businesswoman", "resident", "entrepreneur", "oligarch", "executive", "dealer",
  "broker", "middleman", "facilitator", "associate", "financier", "arms", "weapons", "trader", "pilot", "captain", "journalist", "activist",
]);

/** Description nouns after a demonym that do not make it an actor ("Russian entities", "Iranian individuals"). */
export const DESCRIPTION_NOUNS: ReadonlySet<string> = new Set([
  "entity", "entities", "individual", "individuals", "company", "companies", "firm", "firms", "bank", "banks", "person", "persons",
  "people", "national", "nationals", "citizen", "citizens", "businessman", "businessmen", "network", "networks", "vessel", "vessels",
]);

/**
 * Head nouns of a described group: "PRC entities", "Russian financial institutions", "a North Korean weapons dealer".
 * With a nationality before them they name a party of their own. The value is the entity type.
 */
export const GROUP_HEADS: ReadonlyMap<string, "organization" | "person" | "company"> = new Map(Object.entries<"organization" | "person" | "company">({
  entities: "organization", entity: "organization", companies: "company", company: "company", firms: "company", firm: "company",
  banks: "company", bank: "company", institutions: "organization", institution: "organization", networks: "organization",
  network: "organization", suppliers: "organization", supplier: "organization", manufacturers: "company", manufacturer: "company",
  businesses: "company", individuals: "person", individual: "person", nationals: "person", national: "person", businessmen: "person",
  businessman: "person", dealer: "person", dealers: "person", leaders: "person", oligarchs: "person", buyers: "organization",
  smugglers: "person", brokers: "person", middlemen: "person", intermediaries: "organization", exporters: "company", importers: "company",
  vessel: "organization", vessels: "organization", ships: "organization", tankers: "organization",
}));
