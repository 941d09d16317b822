// Government bodies, international bodies and well-known organisations, with the names news copy uses for them.
// Source: the bodies' own published names; written for Dossier. `country` is the ISO code of the state they belong to.
import type { EntityType } from "../extract/types.js";

export interface BodyEntry {
  name: string;
  type: EntityType;
  country?: string;
  aliases: readonly string[];
}

export const BODIES: readonly BodyEntry[] = [
  { name: "White House", type: "government_body", country: "US", aliases: ["White House"] },
  { name: "National Security Council", type: "government_body", country: "US", aliases: ["NSC", "White House National Security Council", "National Security Council"] },
  { name: "US Treasury", type: "government_body", country: "US", aliases: ["Treasury", "Treasury Department", "Department of the Treasury", "U.S. Treasury", "US Treasury", "U.S. Department of the Treasury", "US Department of the Treasury", "Treasury Dept"] },
  { name: "Office of Foreign Assets Control", type: "government_body", country: "US", aliases: ["OFAC", "Office of Foreign Assets Control"] },
  { name: "US Department of State", type: "government_body", country: "US", aliases: ["State Department", "Department of State", "U.S. Department of State", "US Department of State", "U.S. State Department", "US State Department"] },
  { name: "US Department of Defense", type: "government_body", country: "US", aliases: ["Pentagon", "Department of Defense", "Defense Department", "U.S. Department of Defense", "DoD"] },
  { name: "US Department of Justice", type: "government_body", country: "US", aliases: ["Department of Justice", "Justice Department", "DOJ", "U.S. Department of Justice"] },
  { name: "US Department of Commerce", type: "government_body", country: "US", aliases: ["Department of Commerce", "Commerce Department", "U.S. Department of Commerce"] },
  { name: "Bureau of Industry and Security", type: "government_body", country: "US", aliases: ["BIS", "Bureau of Industry and Security"] },
  { name: "US Congress", type: "government_body", country: "US", aliases: ["Congress", "U.S. Congress"] },
  { name: "US House of Representatives", type: "government_body", country: "US", aliases: ["House of Representatives", "U.S. House of Representatives", "US House"] },
  { name: "US Senate", type: "government_body", country: "US", aliases: ["Senate", "U.S. Senate"] },
  { name: "Central Intelligence Agency", type: "government_body", country: "US", aliases: ["CIA"] },
  { name: "Federal Bureau of Investigation", type: "government_body", country: "US", aliases: ["FBI"] },
  { name: "Defense Intelligence Agency", type: "government_body", country: "US", aliases: ["DIA"] },
  { name: "Internal Revenue Service", type: "government_body", country: "US", aliases: ["IRS"] },
  { name: "Commodity Futures Trading Commission", type: "government_body", country: "US", aliases: ["CFTC"] },
  { name: "Securities and Exchange Commission", type: "government_body", country: "US", aliases: ["SEC"] },
  { name: "Oval Office", type: "government_body", country: "US", aliases: [] },
  { name: "NASA", type: "government_body", country: "US", aliases: ["National Aeronautics and Space Administration"] },
  { name: "UN Security Council", type: "government_body", aliases: ["United Nations Security Council", "U.N. Security Council", "UN Security Council", "UNSC", "Security Council"] },
  { name: "United Nations", type: "organization", aliases: ["UN", "U.N."] },
  { name: "UN General Assembly", type: "organization", aliases: ["United Nations General Assembly", "U.N. General Assembly", "General Assembly", "UNGA"] },
  { name: "1718 Committee", type: "government_body", aliases: ["1718 Sanctions Committee"] },
  { name: "Panel of Experts", type: "government_body", aliases: ["UN Panel of Experts", "U.N. Panel of Experts"] },
  { name: "European Union", type: "organization", aliases: ["EU", "E.U."] },
  { name: "Council of the European Union", type: "government_body", aliases: ["Council of the EU", "EU Council"] },
  { name: "European Commission", type: "government_body", aliases: ["EU Commission"] },
  { name: "NATO", type: "organization", aliases: ["North Atlantic Treaty Organization"] },
  { name: "OECD", type: "organization", aliases: ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"] },
  { name: "World Health Organization", type: "organization", aliases: ["WHO"] },
  { name: "International Atomic Energy Agency", type: "organization", aliases: ["IAEA"] },
  { name: "G7", type: "organization", aliases: ["Group of Seven"] },
  { name: "Islamic Revolutionary Guard Corps", type: "armed_group", country: "IR", aliases: ["IRGC", "Revolutionary Guards", "Revolutionary Guard Corps"] },
  { name: "Korean Central News Agency", type: "government_body", country: "KP", aliases: ["KCNA"] },
  { name: "Foreign Ministry", type: "government_body", aliases: ["Ministry of Foreign Affairs"] },
  { name: "Ministry of Defense", type: "government_body", aliases: ["Defense Ministry", "Ministry of Defence", "Defence Ministry"] },
  { name: "Associated Press", type: "company", aliases: ["AP"] },
  { name: "Reuters", type: "company", aliases: [] },
  { name: "Bloomberg", type: "company", aliases: [] },
  { name: "The Washington Post", type: "company", aliases: ["Washington Post"] },
  { name: "The New York Times", type: "company", aliases: ["New York Times", "NYT"] },
  { name: "BBC News", type: "company", aliases: ["BBC"] },
  { name: "CNN", type: "company", aliases: [] },
  { name: "NBC News", type: "company", aliases: ["NBC"] },
  { name: "Financial Times", type: "company", aliases: ["FT"] },
  { name: "Press Association", type: "company", aliases: ["PA Media"] },
  { name: "Hamas", type: "armed_group", aliases: [] },
  { name: "Hezbollah", type: "armed_group", aliases: ["Hizballah"] },
  { name: "Houthis", type: "armed_group", aliases: ["Houthi", "Houthi rebels", "Ansarallah"] },
  { name: "Taliban", type: "armed_group", aliases: [] },
];

/** Armed groups known by a bare name that the capitalised-phrase rules would not type. */
export const KNOWN_ARMED_GROUPS: readonly BodyEntry[] = [
  { name: "Wagner Group", type: "armed_group", country: "RU", aliases: ["Wagner", "PMC Wagner", "Wagner PMC", "Wagner Group"] },
  { name: "Rapid Support Forces", type: "armed_group", country: "SD", aliases: ["RSF"] },
  { name: "Islamic State", type: "armed_group", aliases: ["ISIS", "ISIL", "Daesh"] },
  { name: "al-Shabaab", type: "armed_group", aliases: ["al Shabaab", "Al-Shabaab"] },
];
