import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer.js";
import { readSnapshot, writeSnapshot } from "./snapshot.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-snapshot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("gazetteer snapshot", () => {
  it("reads back exactly the tables it was written from", () => {
    const built = buildGazetteer();
    const path = join(dir, "g.json");
    writeSnapshot(built, path);
    const read = readSnapshot(path);
    expect(read).not.toBeNull();
    expect([...read!.byFirst]).toEqual([...built.byFirst]);
    expect([...read!.countryName]).toEqual([...built.countryName]);
    expect([...read!.countryAliases]).toEqual([...built.countryAliases]);
    expect([...read!.demonyms]).toEqual([...built.demonyms]);
    expect([...read!.bodies]).toEqual([...built.bodies]);
  });

  it("is written in ASCII, names outside it escaped", () => {
    const path = join(dir, "ascii.json");
    writeSnapshot(buildGazetteer(), path);
    const text = readFileSync(path, "utf8");
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
    expect(text).toContain("\\u00f4"); // Côte d'Ivoire
  });

  it("ignores a snapshot of another version or none at all", () => {
    const path = join(dir, "old.json");
    writeFileSync(path, JSON.stringify({ version: 0, byFirst: [] }));
    expect(readSnapshot(path)).toBeNull();
    expect(readSnapshot(join(dir, "missing.json"))).toBeNull();
  });
});
