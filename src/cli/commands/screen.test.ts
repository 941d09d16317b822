// The screening commands end to end through main(): import fixtures, list, screen, batch, match.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../cli.js";

const fx = (p: string) => join(fileURLToPath(new URL("../../screen/lists/fixtures/", import.meta.url)), p);
let dir: string;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => { out += String(s); return true; });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => { err += String(s); return true; });
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "dossier-cli-")); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe("dossier lists / screen / match", () => {
  it("imports, prints the delta and lists what is loaded", async () => {
    const a = await run(["lists", "import", fx("ofac"), "--lists", dir]);
    expect(a.code).toBe(0);
    expect(a.out).toContain("us_ofac_sdn: 6 entries");
    expect(a.err).toMatch(/sdn\.csv:7: expected ent_num/);
    const b = await run(["lists", "import", fx("ofac-v2/sdn.csv"), "--lists", dir]);
    expect(b.out).toMatch(/1 added, 1 removed, \d+ changed/);
    const c = await run(["lists", "--lists", dir]);
    expect(c.out).toMatch(/us_ofac_sdn\s+6 entries/);
  });
  it("keeps the list when the new file is malformed", async () => {
    const bad = await run(["lists", "import", fx("broken.xml"), "--source", "us_ofac_sdn", "--lists", dir]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/broken\.xml:\d+/);
    expect((await run(["lists", "--lists", dir])).out).toMatch(/us_ofac_sdn\s+6 entries/);
  });
  it("keeps a batch of list files going past a bad one, and skips a folder's files that are no list", async () => {
    const own = join(dir, "batch-lists");
    const folder = join(dir, "folder");
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "README.txt"), "These files came from the publisher's site.\n");
    await writeFile(join(folder, "dpl.txt"), await readFile(fx("dpl.txt")));
    const r = await run(["lists", "import", fx("broken.xml"), fx("csl.csv"), folder, "--lists", own]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.xml:\d+: not well-formed XML/);
    expect(r.err).toMatch(/skipped .*README\.txt: not a list file/);
    expect(r.err).not.toMatch(/dpl\.txt.*error/);
    const listed = (await run(["lists", "--lists", own])).out;
    expect(listed).toMatch(/us_trade_csl\s+\d+ entries/);
    expect(listed).toMatch(/us_bis_dpl\s+\d+ entries/);
  });
  it("screens a name, as text and as JSON", async () => {
    const t = await run(["screen", "Kim Jong Un", "--lists", dir]);
    expect(t.out).toMatch(/^1\.000 {2}us_ofac_sdn:1003 {2}KIM, Jong Un/);
    const j = await run(["screen", "Kim Jong Un", "--json", "--lists", dir]);
    expect(JSON.parse(j.out).hits[0]).toMatchObject({ entryId: "1003", score: 1 });
    expect((await run(["screen", " ", "--lists", dir])).code).toBe(2);
    expect((await run(["screen", "x", "--threshold", "7", "--lists", dir])).code).toBe(2);
    for (const t of ["", "0x1", " ", "1e-1"]) {
      const r = await run(["screen", "Kim Jong Un", "--threshold", t, "--lists", dir]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--threshold must be a number from 0 to 1/);
    }
    expect((await run(["screen", "Kim Jong Un", "--threshold", "0.5", "--lists", dir])).code).toBe(0);
  });
  it("screens a CSV batch with per-row errors", async () => {
    const f = join(dir, "names.csv");
    await writeFile(f, "name,dob\nAshot Mkrtychev,1966\n,\nMargaret Whitfield,\n");
    const r = await run(["screen", "--file", f, "--lists", dir]);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toBe("row,name,status,score,source,entry_id,entry_name,matched_name,error");
    expect(lines[1]).toMatch(/^1,Ashot Mkrtychev,hit,1,us_ofac_sdn,1001,/);
    expect(lines[2]).toMatch(/^2,,error,/);
    expect(lines[3]).toBe("3,Margaret Whitfield,clear,,,,,,");
    const j = await run(["screen", "--file", f, "--json", "--lists", dir]);
    expect(j.out.trim().split("\n").map((l) => JSON.parse(l).status)).toEqual(["ok", "error", "ok"]);
  });
  it("keeps a batch going past unreadable rows, a bad kind and an impossible date, reporting each in its place", async () => {
    const f = join(dir, "mixed.csv");
    await writeFile(f, 'name,kind,dob\nAshot Mkrtychev,person,1966\nAli,spaceship,\nKim Jong Un,,1984-13-40\n"Bad "quote,,\nMargaret Whitfield,,\n');
    const r = await run(["screen", "--file", f, "--json", "--lists", dir]);
    expect(r.code).toBe(0);
    const rows = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.row, x.status])).toEqual([[1, "ok"], [2, "error"], [3, "error"], [4, "error"], [5, "ok"]]);
    expect(rows[1].error).toMatch(/line 3: kind must be one of/);
    expect(rows[2].error).toMatch(/line 4: dob must be YYYY/);
    expect(rows[3].error).toMatch(/line 5: .*quote/i);
    expect((await run(["screen", "X", "--dob", "1952-13-45", "--lists", dir])).code).toBe(2);
  });
  it("refuses an empty, header-only, UTF-16 or Latin-1 batch file by name", async () => {
    const cases: Array<[string, Buffer, RegExp]> = [
      ["empty.csv", Buffer.alloc(0), /empty\.csv: empty file/],
      ["header.csv", Buffer.from("name\n"), /header\.csv: a header but no rows/],
      ["utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("name\nJos\u00e9\n", "utf16le")]), /utf16\.csv: UTF-16/],
      ["latin1.csv", Buffer.from("name\nJos\u00e9\n", "latin1"), /latin1\.csv: is not valid UTF-8/],
    ];
    for (const [name, bytes, message] of cases) {
      await writeFile(join(dir, name), bytes);
      const r = await run(["screen", "--file", join(dir, name), "--lists", dir]);
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(message);
      expect(r.out).toBe("");
    }
  });
  it("scores the name1,name2 columns of a CSV", async () => {
    const f = join(dir, "pairs.csv");
    await writeFile(f, "id,name1,name2,note\n1,Vladimir Putin,\"PUTIN, Vladimir\",x\n2,Angela Merkel,Olaf Scholz,y\n");
    const r = await run(["match", "--pairs", f, "--json"]);
    const rows = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows[0]).toEqual({ name1: "Vladimir Putin", name2: "PUTIN, Vladimir", score: 1, match: true });
    expect(rows[1]).toMatchObject({ match: false });
    const o = await run(["match", "--pairs", f, "--mode", "ofac"]);
    expect(o.out.split("\n")[1]).toBe("Vladimir Putin,\"PUTIN, Vladimir\",1,true");
  });
});
