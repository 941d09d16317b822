// Facts OFAC buries in the free-text Remarks field: DOB, POB, nationality, citizenship, documents,
// IMO numbers, weak a.k.a.s and "Linked To:" relations.
import type { ListEntry } from "../types.js";
import { isoDates } from "./dates.js";

const ID_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:alt\. )?passport\s+/i, "passport"],
  [/^(?:alt\. )?tax id no\.\s+/i, "tax_id"],
  [/^(?:alt\. )?national id no\.\s+/i, "national_id"],
  [/^(?:alt\. )?(?:business )?registration (?:number|id)\s+/i, "registration"],
  [/^(?:alt\. )?identification number\s+/i, "national_id"],
  [/^(?:alt\. )?company number\s+/i, "registration"],
  [/^(?:alt\. )?cedula no\.\s+/i, "national_id"],
  [/^(?:alt\. )?d\.?n\.?i\.?\s+/i, "national_id"],
  [/^(?:alt\. )?(?:vessel registration identification )?imo\s+/i, "imo"],
  [/^(?:alt\. )?mmsi\s+/i, "mmsi"],
  [/^(?:alt\. )?swift\/bic\s+/i, "swift"],
  [/^(?:alt\. )?aircraft (?:manufacturer's )?serial number \(msn\)\s+/i, "aircraft_msn"],
];

/** Splits "BD3843329 (Slovakia) expires 08 Apr 2029" into number, country, note. */
function idParts(rest: string): { value: string; country?: string; note?: string } {
  const m = /^(\S+)(?:\s+\(([^)]+)\))?\s*(.*)$/.exec(rest.trim());
  const value = m?.[1] ?? rest.trim();
  const out: { value: string; country?: string; note?: string } = { value };
  if (m?.[2]) out.country = m[2];
  if (m?.[3]) out.note = m[3];
  return out;
}

function lastPart(place: string): string {
  const parts = place.split(",").map((p) => p.trim()).filter(Boolean);
  return parts[parts.length - 1] ?? place.trim();
}

/** Reads the remarks into the entry; returns nothing, the entry is filled in place. */
export function applyOfacRemarks(entry: ListEntry, remarks: string): void {
  // Items are "; "-separated; the last ends with a full stop.
  for (const raw of remarks.split(/;\s+/)) {
    const item = raw.trim().replace(/\.$/, "");
    if (!item) continue;
    let m = /^(?:alt\. )?DOB\s+(.+)$/i.exec(item);
    if (m?.[1]) { entry.birthDates.push(...isoDates(m[1])); continue; }
    m = /^(?:alt\. )?POB\s+(.+)$/i.exec(item);
    if (m?.[1]) { entry.birthPlaces.push(m[1]); entry.countries.push(lastPart(m[1])); continue; }
    m = /^(?:alt\. )?nationality\s+(.+)$/i.exec(item);
    if (m?.[1]) { entry.nationalities.push(m[1]); entry.countries.push(m[1]); continue; }
    m = /^(?:alt\. )?citizen\s+(.+)$/i.exec(item);
    if (m?.[1]) { entry.citizenships.push(m[1]); entry.countries.push(m[1]); continue; }
    m = /^([afn])\.k\.a\.?,?\s+'?(.+?)'?$/i.exec(item);
    if (m?.[2]) { entry.aliases.push({ name: m[2], quality: "weak", type: `${(m[1] ?? "a").toLowerCase()}ka` }); continue; }
    m = /^Linked To:\s+(.+)$/i.exec(item);
    if (m?.[1]) { entry.links.push({ relation: "linked_to", name: m[1] }); continue; }
    const idType = ID_TYPES.find(([re]) => re.test(item));
    if (idType) {
      const parts = idParts(item.replace(idType[0], ""));
      entry.identifiers.push({ type: idType[1], ...parts });
      if (parts.country) entry.countries.push(parts.country);
    }
  }
}
