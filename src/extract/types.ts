// The extraction contract: the JSON that `dossier extract --json` prints (see DESIGN.md).

export type EntityType =
  | "country"
  | "person"
  | "organization"
  | "government_body"
  | "armed_group"
  | "company"
  | "vessel"
  | "aircraft";

export const ENTITY_TYPES: readonly EntityType[] = [
  "country", "person", "organization", "government_body", "armed_group", "company", "vessel", "aircraft",
];

export interface Span {
  start: number;
  end: number;
}

export interface ScreeningHit {
  source: string;
  entryId: string;
  name: string;
  matchedName: string;
  score: number;
  reasons: string[];
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** ISO 3166-1 alpha-2: the country itself, or a stated nationality / jurisdiction. */
  country?: string;
  aliases: string[];
  positions?: string[];
  mentions: Span[];
  screening?: ScreeningHit[];
}

export type FactType = "arms_transfer" | "goods_transfer" | "sanction" | "statement" | "visit" | "loss";

export const FACT_TYPES: readonly FactType[] = ["arms_transfer", "goods_transfer", "sanction", "statement", "visit", "loss"];

export type TransferStatus =
  | "proposed" | "considered" | "negotiating" | "agreed" | "attempted" | "delivered" | "ongoing" | "cancelled";
export type SanctionStatus = "imposed" | "proposed" | "threatened" | "lifted";
export type VisitStatus = "proposed" | "planned" | "occurred";
export type Status = TransferStatus | SanctionStatus | VisitStatus | "stated";

export type Certainty = "stated" | "reported" | "suspected" | "disputed" | "negated";

export type ArmsCategory =
  | "aircraft" | "air_defence" | "armoured_vehicles" | "artillery" | "drones" | "missiles" | "munitions"
  | "naval" | "small_arms" | "military_equipment" | "weapons";
export type GoodsCategory =
  | "food" | "commodities" | "raw_materials" | "energy" | "civil_aircraft" | "technology" | "money"
  | "components" | "other";
export type ItemCategory = ArmsCategory | GoodsCategory;

export interface Quantity {
  min?: number;
  max?: number;
  text: string;
}

export interface Item {
  text: string;
  category: ItemCategory;
  quantity?: Quantity;
}

export interface TimeInterval {
  text: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD */
  end: string;
}

export type LinkRelation = "in_exchange_for" | "contradicts" | "same_as";

export interface Link {
  relation: LinkRelation;
  fact: string;
}

export type RoleValue = string | string[];

export interface Fact {
  id: string;
  type: FactType;
  roles: Record<string, RoleValue>;
  items: Item[];
  status: Status;
  certainty: Certainty;
  attributedTo: string[];
  time?: TimeInterval;
  linked: Link[];
  evidence: Span[];
  /** The rule(s) that produced this fact, e.g. "transfer.receive-from". */
  rule: string;
  rules?: string[];
}

export interface DocumentInfo {
  id: string;
  title?: string;
  published?: string;
  chars: number;
}

export interface Extraction {
  document: DocumentInfo;
  entities: Entity[];
  facts: Fact[];
}
