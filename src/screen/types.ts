// The one normalised model every list importer produces and the matcher consumes.

export type EntryKind = "person" | "company" | "organization" | "vessel" | "aircraft" | "unknown";

export const ENTRY_KINDS: readonly EntryKind[] = ["person", "company", "organization", "vessel", "aircraft", "unknown"];

/** strong: a real name the entry is known by; weak: a nickname or poor-quality a.k.a. (OFAC's own split). */
export type AliasQuality = "strong" | "weak";

export interface Alias {
  name: string;
  quality: AliasQuality;
  /** aka, fka, nka, or the publisher's own label. */
  type?: string;
  /** Original-script form, when the publisher gives one. */
  script?: boolean;
}

export interface Identifier {
  /** passport, national_id, tax_id, registration, imo, call_sign, mmsi, other… */
  type: string;
  value: string;
  country?: string;
  note?: string;
}

export interface Address {
  text?: string;
  city?: string;
  country?: string;
}

export interface EntryLink {
  relation: string;
  /** The target's name as the publisher wrote it; its id when known. */
  name: string;
  entryId?: string;
}

export interface ListEntry {
  source: string;
  id: string;
  kind: EntryKind;
  name: string;
  aliases: Alias[];
  /** As published: YYYY, YYYY-MM, YYYY-MM-DD, or a range "YYYY-YYYY". */
  birthDates: string[];
  birthPlaces: string[];
  nationalities: string[];
  citizenships: string[];
  /** Every country the entry is tied to (addresses, nationality, flag…), as names or ISO codes. */
  countries: string[];
  addresses: Address[];
  identifiers: Identifier[];
  programs: string[];
  remarks?: string;
  links: EntryLink[];
}

/** A row the importer could not use: reported with its line and skipped. */
export interface RowError {
  file: string;
  line: number;
  message: string;
}

export interface ListMeta {
  source: string;
  format: string;
  /** The publisher's own date for this version, when the file states one. */
  listDate?: string;
  files: string[];
}

export interface ImportResult {
  meta: ListMeta;
  entries: ListEntry[];
  rowErrors: RowError[];
}

export function emptyEntry(source: string, id: string, kind: EntryKind, name: string): ListEntry {
  return {
    source, id, kind, name, aliases: [], birthDates: [], birthPlaces: [], nationalities: [], citizenships: [],
    countries: [], addresses: [], identifiers: [], programs: [], links: [],
  };
}
