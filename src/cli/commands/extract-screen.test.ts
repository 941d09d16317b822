// `dossier extract --screen`: extracted people and companies carry their list hits; without lists, a clear usage error.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../extract/types.js";
import { runCli } from "../test-helpers/run-cli.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const fixtures = join(here, "..", "..", "screen", "lists", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "dossier-extract-screen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

describe("dossier extract --screen", () => {
  it("adds screening hits with reasons to a person on the loaded list", async () => {
    const lists = join(dir, "lists");
    expect((await run(["lists", "import", join(fixtures, "ofac"), "--lists", lists])).code).toBe(0);
    const text = join(dir, "text.txt");
    writeFileSync(text, "The Treasury said on Thursday that it had sanctioned Ashot Mkrtychev, a Slovakian national.\n");
    const r = await run(["extract", "--json", "--screen", "--lists", lists, "--published", "2023-03-30", text]);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.out) as Extraction;
    const person = x.entities.find((e) => e.name === "Ashot Mkrtychev");
    expect(person?.screening?.[0]).toMatchObject({ matchedName: expect.stringMatching(/MKRTYCHEV/i) });
    expect(person!.screening![0]!.score).toBeGreaterThan(0.9);
    expect(person!.screening![0]!.reasons.length).toBeGreaterThan(0);
    // Countries are not screened.
    expect(x.entities.filter((e) => e.type === "country").every((e) => e.screening === undefined)).toBe(true);
  });

  it("is a usage error when no lists are loaded", async () => {
    const text = join(dir, "empty.txt");
    writeFileSync(text, "Nothing here.\n");
    const r = await run(["extract", "--screen", "--lists", join(dir, "none"), text]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no lists loaded/);
  });
});
