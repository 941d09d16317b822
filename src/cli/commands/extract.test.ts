// `dossier extract` end to end: flags, a file's own header, and usage errors.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../extract/types.js";
import { runCli } from "../test-helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-extract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADED = "Source: https://paper.example/a/1\nTitle: Grain for shells\nPublished: 2024-03-10\n\nNorth Korea sent artillery shells to Russia last month.\n";

describe("dossier extract", () => {
  it("takes the date and title from a file's own header, and its evidence offsets still count from the file's start", async () => {
    const file = join(dir, "headed.txt");
    writeFileSync(file, HEADED);
    const r = await runCli(["extract", "--json", file]);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.out) as Extraction;
    expect(x.facts).toHaveLength(1);
    const f = x.facts[0]!;
    expect(f.time).toMatchObject({ start: "2024-02-01", end: "2024-02-29" });
    expect(HEADED.slice(f.evidence[0]!.start, f.evidence[0]!.end)).toBe("North Korea sent artillery shells to Russia last month.");
    // The header's own words are no text: no entity comes from "Grain for shells" or the URL.
    expect(x.entities.map((e) => e.name).sort()).toEqual(["North Korea", "Russia"]);
  });
  it("lets --published override the header's date", async () => {
    const file = join(dir, "headed2.txt");
    writeFileSync(file, HEADED);
    const x = JSON.parse((await runCli(["extract", "--json", "--published", "2024-06-15", file])).out) as Extraction;
    expect(x.facts[0]!.time).toMatchObject({ start: "2024-05-01", end: "2024-05-31" });
  });
  it("refuses an unknown flag and a bad date with exit code 2", async () => {
    const file = join(dir, "plain.txt");
    writeFileSync(file, "Iran sold drones to Russia.\n");
    expect((await runCli(["extract", "--jsonn", file])).code).toBe(2);
    const bad = await runCli(["extract", "--published", "yesterday", file]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--published must be a date/);
  });
});

describe("dossier extract: an empty file name", () => {
  it("is a usage error that says so", async () => {
    const r = await runCli(["extract", ""]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/file name is empty/);
  });
});
