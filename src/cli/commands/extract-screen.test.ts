// `dossier extract --screen`: extracted people and companies carry their list hits; without lists, a clear usage error.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../cli.js";
import type { Extraction } from "../../extract/types.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const fixtures = join(here, "..", "..", "screen", "lists", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "dossier-extract-screen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [], err: string[] = [];
  const w1 = process.stdout.write.bind(process.stdout), w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}

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
