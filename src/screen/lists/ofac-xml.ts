// OFAC legacy XML (SDN.XML / consolidated.xml, namespace tempuri.org/sdnList.xsd) → list entries.
import { basename } from "node:path";
import { emptyEntry, type ImportResult, type ListEntry, type RowError } from "../types.js";
import { isoDates } from "./dates.js";
import { kindFromListType } from "./kind.js";
import { applyOfacRemarks } from "./ofac-remarks.js";
import { child, kids, readXml, txt, type XNode } from "./read.js";

function personName(n: XNode): string {
  const last = txt(n, "lastName");
  const first = txt(n, "firstName");
  return first ? `${last}, ${first}` : last;
}


const ID_TYPE: ReadonlyArray<readonly [RegExp, string]> = [
  [/passport/i, "passport"], [/tax id/i, "tax_id"], [/national id|identification number|cedula/i, "national_id"],
  [/registration|company number/i, "registration"], [/imo/i, "imo"], [/mmsi/i, "mmsi"], [/swift/i, "swift"],
];

function toEntry(n: XNode, source: string): ListEntry | string {
  const id = txt(n, "uid");
  const name = personName(n);
  if (!id || !name) return "sdnEntry without uid or lastName";
  const e = emptyEntry(source, id, kindFromListType(txt(n, "sdnType"), name, "organization"), name);
  e.programs = kids(child(n, "programList"), "program").map((p) => txt(p)).filter(Boolean);
  for (const a of kids(child(n, "akaList"), "aka")) {
    const an = personName(a);
    if (an) e.aliases.push({ name: an, quality: txt(a, "category") === "weak" ? "weak" : "strong", type: txt(a, "type").replace(/\./g, "").toLowerCase() });
  }
  for (const d of kids(child(n, "dateOfBirthList"), "dateOfBirthItem")) e.birthDates.push(...isoDates(txt(d, "dateOfBirth")));
  for (const p of kids(child(n, "placeOfBirthList"), "placeOfBirthItem")) e.birthPlaces.push(txt(p, "placeOfBirth"));
  for (const x of kids(child(n, "nationalityList"), "nationality")) { e.nationalities.push(txt(x, "country")); e.countries.push(txt(x, "country")); }
  for (const x of kids(child(n, "citizenshipList"), "citizenship")) { e.citizenships.push(txt(x, "country")); e.countries.push(txt(x, "country")); }
  for (const a of kids(child(n, "addressList"), "address")) {
    const text = [txt(a, "address1"), txt(a, "address2"), txt(a, "address3")].filter(Boolean).join(", ");
    const city = [txt(a, "city"), txt(a, "stateOrProvince"), txt(a, "postalCode")].filter(Boolean).join(" ");
    const country = txt(a, "country");
    e.addresses.push({ ...(text && { text }), ...(city && { city }), ...(country && { country }) });
    if (country) e.countries.push(country);
  }
  for (const i of kids(child(n, "idList"), "id")) {
    const t = txt(i, "idType");
    const type = ID_TYPE.find(([re]) => re.test(t))?.[1];
    if (!type) continue;
    const country = txt(i, "idCountry");
    e.identifiers.push({ type, value: txt(i, "idNumber"), ...(country && { country }) });
  }
  const vessel = child(n, "vesselInfo");
  if (vessel) {
    const flag = txt(vessel, "vesselFlag");
    if (flag) e.countries.push(flag);
    const cs = txt(vessel, "callSign");
    if (cs) e.identifiers.push({ type: "call_sign", value: cs });
  }
  const remarks = txt(n, "remarks");
  if (remarks) { e.remarks = remarks; applyOfacRemarks(e, remarks); }
  return e;
}

export async function importOfacXml(path: string, source: string): Promise<ImportResult> {
  const rowErrors: RowError[] = [];
  const entries: ListEntry[] = [];
  let listDate: string | undefined;
  await readXml(path, {
    recordTags: new Set(["sdnEntry"]),
    onRecord: (n) => {
      const e = toEntry(n, source);
      if (typeof e === "string") rowErrors.push({ file: path, line: n.line, message: e });
      else entries.push(e);
    },
    onMeta: (name, text) => { if (name === "Publish_Date" && text) listDate = isoDates(text)[0]; },
  });
  return { meta: { source, format: "ofac-xml", files: [basename(path)], ...(listDate && { listDate }) }, entries, rowErrors };
}
