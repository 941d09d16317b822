import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BadInputError } from "../../errors.js";
import type { ListEntry } from "../types.js";
import { checkImport, detectFormat, importLists } from "./index.js";

const fx = (p: string) => join(fileURLToPath(new URL(".", import.meta.url)), "fixtures", p);
const byId = (es: ListEntry[], id: string) => {
  const e = es.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe("detectFormat", () => {
  it("tells every supported format apart", async () => {
    expect((await detectFormat(fx("ofac/sdn.csv"))).format).toBe("ofac-csv");
    expect((await detectFormat(fx("ofac/alt.csv"))).part).toBe("alt");
    expect((await detectFormat(fx("ofac-consolidated.xml"))).format).toBe("ofac-xml");
    expect((await detectFormat(fx("un-consolidated.xml"))).format).toBe("un-xml");
    expect((await detectFormat(fx("csl.csv"))).format).toBe("csl-csv");
    expect((await detectFormat(fx("dpl.txt"))).format).toBe("dpl");
    expect((await detectFormat(fx("entities.ftm.json"))).format).toBe("ftm-json");
  });
  it("refuses a binary file with a message naming it", async () => {
    await expect(detectFormat(fx("binary.bin"))).rejects.toThrow(/binary\.bin: unknown list format/);
  });
});

describe("OFAC legacy CSV", () => {
  it("joins the four files, skips the SUB byte and reads the facts in Remarks", async () => {
    const [r] = await importLists([fx("ofac")]);
    expect(r?.meta.source).toBe("us_ofac_sdn");
    expect(r?.meta.files).toEqual(["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]);
    const es = r?.entries ?? [];
    expect(es.map((e) => e.id)).toEqual(["1001", "1002", "1003", "1004", "1005", "1006"]);
    const ashot = byId(es, "1001");
    expect(ashot.kind).toBe("person");
    expect(ashot.birthDates).toEqual(["1966-05-07"]);
    expect(ashot.birthPlaces).toEqual(["Baku, Azerbaijan"]);
    expect(ashot.citizenships).toEqual(["Slovakia"]);
    expect(ashot.identifiers).toContainEqual({ type: "passport", value: "BD3843329", country: "Slovakia", note: "expires 08 Apr 2029" });
    expect(ashot.addresses).toEqual([{ city: "Bratislava", country: "Slovakia" }]);
    const wagner = byId(es, "1002");
    // "Company" in the name reads as a legal form.
    expect(wagner.kind).toBe("company");
    expect(wagner.programs).toEqual(["UKRAINE-EO13660", "CAR", "RUSSIA-EO14024"]);
    expect(wagner.aliases).toContainEqual({ name: "PMC WAGNER", quality: "weak", type: "aka" });
    expect(wagner.aliases).toContainEqual({ name: "CHVK WAGNER", quality: "strong", type: "aka" });
    const vessel = byId(es, "1004");
    expect(vessel.kind).toBe("vessel");
    expect(vessel.identifiers).toEqual(expect.arrayContaining([
      { type: "call_sign", value: "9HXY7" }, { type: "imo", value: "9123456" }, { type: "mmsi", value: "215000000" },
    ]));
    expect(vessel.links).toEqual([{ relation: "linked_to", name: "LIMITED LIABILITY COMPANY VERUS" }]);
    const verus = byId(es, "1005");
    expect(verus.kind).toBe("company");
    // The remark cut mid-word ("Trade Nam") goes on in sdn_comments.csv.
    expect(verus.remarks).toContain("Trade Name VERUS TRADING.");
    expect(verus.links.map((l) => l.name)).toEqual(["MKRTYCHEV, Ashot", "KIM, Jong Un"]);
    expect(verus.identifiers.filter((i) => i.type === "tax_id").map((i) => i.value)).toEqual(["9701170663", "12345"]);
    // -0- is a null, never a value.
    expect(JSON.stringify(es)).not.toContain("-0-");
  });
  it("reports a bad row with its file and line and skips it", async () => {
    const [r] = await importLists([fx("ofac/sdn.csv")]);
    expect(r?.rowErrors).toHaveLength(1);
    expect(r?.rowErrors[0]?.line).toBe(7);
    expect(r?.rowErrors[0]?.file).toMatch(/sdn\.csv$/);
  });
});

describe("OFAC legacy XML", () => {
  it("reads entries, strong and weak aliases, DOB and the publish date", async () => {
    const [r] = await importLists([fx("ofac-consolidated.xml")]);
    expect(r?.meta).toMatchObject({ source: "us_ofac_cons", format: "ofac-xml", listDate: "2024-03-15" });
    const [company, person] = r?.entries ?? [];
    expect(company?.kind).toBe("company");
    expect(company?.aliases).toEqual([
      { name: "SEVERNOE SIYANIE OOO", quality: "strong", type: "aka" },
      { name: "NLS", quality: "weak", type: "aka" },
    ]);
    expect(person?.name).toBe("SIDOROV, Ivan Petrovich");
    expect(person?.birthDates).toEqual(["1961-03-12"]);
    expect(person?.nationalities).toEqual(["Russia"]);
  });
  it("names file and line of a truncated file", async () => {
    await expect(importLists([fx("broken.xml")])).rejects.toThrow(/broken\.xml:\d+: not well-formed XML/);
  });
});

describe("UN consolidated XML", () => {
  it("joins the name parts and keeps the original script as a strong alias", async () => {
    const [r] = await importLists([fx("un-consolidated.xml")]);
    expect(r?.meta).toMatchObject({ source: "un_sc", listDate: "2025-01-20" });
    const ri = r?.entries[0];
    expect(ri?.name).toBe("RI CHOL MAN");
    expect(ri?.aliases).toContainEqual({ name: "리철만", quality: "strong", type: "original script", script: true });
    expect(ri?.aliases).toContainEqual({ name: "Comrade Ri", quality: "weak", type: "aka" });
    expect(ri?.birthDates).toEqual(["1970-04-02"]);
    expect(ri?.identifiers).toContainEqual({ type: "passport", value: "745110101", note: "Passport" });
    expect(r?.entries[1]?.kind).toBe("organization");
  });
});

describe("CSL, DPL and FollowTheMoney", () => {
  it("skips the CSL's doubled header", async () => {
    const [r] = await importLists([fx("csl.csv")]);
    expect(r?.entries.map((e) => e.id)).toEqual(["c1", "c2", "c3"]);
    // A repeated _id is reported, not allowed to overwrite the first row.
    expect(r?.rowErrors).toEqual([expect.objectContaining({ line: 6, message: expect.stringMatching(/duplicate _id c1/) })]);
    const p = r?.entries[1];
    expect(p?.kind).toBe("person");
    expect(p?.birthDates).toEqual(["1975", "1976"]);
    expect(p?.identifiers).toContainEqual({ type: "passport", value: "04567123", country: "YE" });
    expect(r?.entries[0]?.kind).toBe("company");
    expect(r?.entries[0]?.aliases.map((a) => a.name)).toEqual(["Example Electronics", "SZ Example"]);
  });
  it("reads the tab-separated DPL with stable ids", async () => {
    const [a] = await importLists([fx("dpl.txt")]);
    const [b] = await importLists([fx("dpl.txt")]);
    expect(a?.entries).toHaveLength(2);
    expect(a?.entries.map((e) => e.id)).toEqual(b?.entries.map((e) => e.id));
    expect(a?.entries[1]?.kind).toBe("company");
    expect(a?.entries[1]?.countries).toEqual(["AE"]);
  });
  it("reads FtM entities, skips other schemata and reports a bad line", async () => {
    const [r] = await importLists([fx("entities.ftm.json")]);
    expect(r?.entries.map((e) => e.kind)).toEqual(["person", "vessel", "company"]);
    expect(r?.entries[0]?.aliases).toContainEqual({ name: "Sasha", quality: "weak", type: "aka" });
    expect(r?.entries[1]?.identifiers).toContainEqual({ type: "imo", value: "IMO9000001" });
    expect(r?.rowErrors).toEqual([expect.objectContaining({ line: 4 })]);
  });
  it("reports JSON lines that are not objects (null, arrays, numbers) instead of crashing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dossier-ftm-"));
    try {
      const p = join(dir, "odd.ftm.json");
      await writeFile(p, '{"id":"p1","schema":"Person","properties":{"name":["Ivan Petrov"]}}\nnull\n[1,2]\n42\n{"id":"p2","schema":"Person","properties":null}\n');
      const [r] = await importLists([p]);
      expect(r?.entries.map((e) => e.id)).toEqual(["p1"]);
      expect(r?.rowErrors.map((e) => [e.line, e.message])).toEqual([
        [2, "not a JSON object"], [3, "not a JSON object"], [4, "not a JSON object"], [5, "entity without id or name"],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("checkImport", () => {
  it("rejects an import without entries", () => {
    expect(() => checkImport({ meta: { source: "x", format: "dpl", files: ["x.txt"] }, entries: [], rowErrors: [] })).toThrow(BadInputError);
  });
});
