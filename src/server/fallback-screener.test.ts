// The fallback screener and the demo list reader, on rows written for these tests.
import { describe, expect, it } from "vitest";
import { readOfacSdnCsv } from "../demo/ofac-sdn-csv.js";
import { StoreListScreener } from "./fallback-screener.js";
import { entityScreenerOf } from "./screener.js";

const CSV = [
  '10,"PETROV, Ivan Sergeyevich","individual","TESTPROG",-0-,-0-,-0-,-0-,-0-,-0-,-0-,"DOB 1970; Nationality Russia; a.k.a. \'PETROFF, Ivan\'."',
  '11,"NORTHWIND SHIPPING LLC",-0-,"TESTPROG] [OTHER",-0-,-0-,-0-,-0-,-0-,-0-,-0-,"Russia; a.k.a. \'NWS\'."',
  '12,"SEA LARK","vessel","TESTPROG",-0-,-0-,"Cargo",-0-,-0-,"Panama",-0-,-0-',
].join("\r\n");

describe("readOfacSdnCsv", () => {
  it("reads names, kinds, aliases, programs, birth dates and countries; -0- is empty", () => {
    const [p, c, v] = readOfacSdnCsv(CSV);
    expect(p).toMatchObject({ list: "us_ofac_sdn", entryId: "10", name: "Ivan Sergeyevich PETROV", schema: "person" });
    expect(p?.data).toMatchObject({ aliases: ["Ivan PETROFF"], birthDates: ["1970"], countries: ["RU"], programs: ["TESTPROG"] });
    expect(c?.data).toMatchObject({ kind: "organization", aliases: ["NWS"], programs: ["TESTPROG", "OTHER"] });
    expect(v).toMatchObject({ schema: "vessel", name: "SEA LARK" });
  });

  it("refuses a row without 12 columns, naming the line", () => {
    expect(() => readOfacSdnCsv('1,"X","individual"')).toThrow(/line 1: 3 columns/);
  });

  it("reads the bundled demo list", async () => {
    const { readFileSync } = await import("node:fs");
    const rows = readOfacSdnCsv(readFileSync(new URL("../../samples/lists/demo-sdn.csv", import.meta.url), "utf8"));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.entryId)).size).toBe(rows.length);
  });
});

describe("StoreListScreener", () => {
  const s = StoreListScreener.fromEntries(readOfacSdnCsv(CSV));

  it("ranks an exact name first and says why", async () => {
    const [hit] = await s.screen({ name: "Ivan Sergeyevich Petrov" });
    expect(hit).toMatchObject({ entryId: "10", score: 1, kind: "person" });
    expect(hit?.reasons[0]).toMatch(/exact name/);
  });

  it("matches an alias, words in another order, and a spelling variant, with the matched name", async () => {
    expect((await s.screen({ name: "Ivan Petroff" }))[0]).toMatchObject({ entryId: "10", matchedName: "Ivan PETROFF" });
    expect((await s.screen({ name: "Petrov Ivan Sergeyevich" }))[0]?.score).toBeGreaterThan(0.95);
    const variant = (await s.screen({ name: "Ivan Sergeevich Petrov" }))[0];
    expect(variant?.entryId).toBe("10");
    expect(variant?.reasons.join(" ")).toMatch(/sergeevich.*sergeyevich/);
  });

  it("keeps kinds apart, and lets a differing birth date lower the score", async () => {
    expect(await s.screen({ name: "Sea Lark", kind: "person" })).toEqual([]);
    expect((await s.screen({ name: "Sea Lark", kind: "vessel" }))[0]?.entryId).toBe("12");
    const same = (await s.screen({ name: "Ivan Petrov", dob: "1970" }))[0];
    const other = (await s.screen({ name: "Ivan Petrov", dob: "1985", threshold: 0 }))[0];
    expect(same?.reasons.join(" ")).toMatch(/birth date 1970 agrees/);
    expect(other?.score).toBeLessThan(same?.score ?? 0);
  });

  it("finds nothing for an unrelated name", async () => {
    expect(await s.screen({ name: "Maria Gonzalez" })).toEqual([]);
  });

  it("feeds the store's per-entity hook with the best hit per entry", async () => {
    const hits = await entityScreenerOf(s).screen({ id: 1, type: "company", name: "Northwind Shipping", names: ["Northwind Shipping", "NWS"], docCount: 1 });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ list: "us_ofac_sdn", entryId: "11", matchedName: "NWS", score: expect.any(Number) });
  });
});

describe("engineScreener", () => {
  it("passes the query to the engine's screen() and its sources through as datasets", async () => {
    const { engineScreener } = await import("./engine-screener.js");
    const { indexLists } = await import("../screen/index.js");
    const seen: unknown[] = [];
    const lists = indexLists([], [{ source: "us_ofac_sdn", entries: 3, listDate: "2026-01-01", format: "ofac-csv", files: ["sdn.csv"], importedAt: "2026-01-02T00:00:00Z" }]);
    const s = engineScreener(lists, (l, name, opts) => {
      seen.push([l, name, opts]);
      return [{ source: "us_ofac_sdn", entryId: "1", name: "X", matchedName: "X", score: 0.9, reasons: ["r"], kind: "person", programs: [] }];
    });
    expect(await s.screen({ name: "X", kind: "person", limit: 3 })).toHaveLength(1);
    expect(seen[0]).toEqual([lists, "X", { kind: "person", limit: 3 }]);
    expect(await s.datasets()).toEqual([{ name: "us_ofac_sdn", entries: 3, version: "2026-01-01" }]);
  });
});
