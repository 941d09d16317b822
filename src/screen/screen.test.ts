import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { BadInputError, UsageError } from "../errors.js";
import type { Entity } from "../extract/types.js";
import { importLists } from "./lists/index.js";
import { indexLists, matchPair, screen, screenBatch, screenEntities, type ScreeningLists } from "./index.js";

const fx = (p: string) => join(fileURLToPath(new URL(".", import.meta.url)), "lists", "fixtures", p);
let lists: ScreeningLists;

beforeAll(async () => {
  const results = await importLists([fx("ofac"), fx("un-consolidated.xml"), fx("ofac-consolidated.xml"), fx("csl.csv"), fx("entities.ftm.json")]);
  lists = indexLists(results.flatMap((r) => r.entries));
});

describe("screen", () => {
  it("puts the right entry first", () => {
    expect(screen(lists, "Ashot Mkrtychev")[0]?.entryId).toBe("1001");
    expect(screen(lists, "Kim Jong Un")[0]?.entryId).toBe("1003");
    expect(screen(lists, "Wagner Group")[0]?.entryId).toBe("1002");
    expect(screen(lists, "Ri Chol Man")[0]?.entryId).toBe("900001");
  });
  it("finds names written in another script and through aliases", () => {
    expect(screen(lists, "김정은")[0]?.entryId).toBe("1003");
    expect(screen(lists, "Владимир Путин")[0]?.entryId).toBe("1006");
    expect(screen(lists, "KOMID")[0]?.entryId).toBe("900002");
    expect(screen(lists, "Verus OOO", { kind: "company" })[0]?.entryId).toBe("1005");
  });
  it("returns nothing for a name that is on no list", () => {
    expect(screen(lists, "Margaret Whitfield")).toEqual([]);
  });
  it("lets the date of birth and country raise or lower the score", () => {
    const plain = screen(lists, "Ashot Mkrtichev")[0]?.score ?? 0;
    const agree = screen(lists, "Ashot Mkrtichev", { dob: "1966-05-07", country: "SK" })[0];
    const conflict = screen(lists, "Ashot Mkrtichev", { dob: "1990", threshold: 0 })[0];
    expect(agree?.score).toBeGreaterThan(plain);
    expect(agree?.reasons).toContain("date of birth agrees (1966-05-07)");
    expect(conflict?.score).toBeLessThan(plain);
    expect(conflict?.reasons.some((r) => r.startsWith("date of birth conflicts"))).toBe(true);
  });
  it("filters by kind", () => {
    expect(screen(lists, "Ocean Star", { kind: "vessel" })[0]?.entryId).toBe("1004");
    expect(screen(lists, "Ocean Star", { kind: "person" })).toEqual([]);
  });
  it("refuses empty and absurdly long queries before any matching, with a clear message", () => {
    expect(() => screen(lists, "   ")).toThrow(UsageError);
    expect(() => screen(lists, "a".repeat(10_000))).toThrow(/10000 characters/);
    expect(() => screen(lists, "!!! ???")).toThrow(BadInputError);
  });
});

describe("batch and extraction", () => {
  it("returns a result per row and keeps going after a bad row", () => {
    const out = screenBatch(lists, [{ name: "Kim Jong Un" }, { name: "" }, { name: "Ocean Star", kind: "vessel" }]);
    expect(out.map((r) => r.status)).toEqual(["ok", "error", "ok"]);
    expect(out[1]).toMatchObject({ row: 2, error: expect.stringMatching(/empty/) });
  });
  it("adds screening hits to people and companies only", () => {
    const entities: Entity[] = [
      { id: "e1", type: "person", name: "Ashot Mkrtychev", country: "SK", aliases: [], mentions: [] },
      { id: "e2", type: "country", name: "North Korea", aliases: [], mentions: [] },
      { id: "e3", type: "company", name: "Verus LLC", aliases: [], mentions: [] },
    ];
    const out = screenEntities(entities, lists);
    expect(out[0]?.screening?.[0]).toMatchObject({ source: "us_ofac_sdn", entryId: "1001", name: "MKRTYCHEV, Ashot" });
    expect(out[1]?.screening).toBeUndefined();
    expect(out[2]?.screening?.[0]?.entryId).toBe("1005");
    expect(entities[0]?.screening).toBeUndefined();
  });
  it("scores pairs in both modes", () => {
    expect(matchPair("Kim Jong Un", "KIM, Jong Un").score).toBe(1);
    expect(matchPair("KIM JONG UN", "KIM, Jong Man", "ofac").score).toBe(1);
  });
});
