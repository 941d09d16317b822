import { createReadStream, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { download, PUBLISHERS } from "./fetch.js";
import { importLists } from "./lists/index.js";

const fixtures = join(fileURLToPath(new URL(".", import.meta.url)), "lists", "fixtures");
// The mirror layout: BASE/<file name>; the fixture folder stands in for the publishers.
const MIRROR: Record<string, string> = {
  "sdn.csv": "ofac/sdn.csv", "add.csv": "ofac/add.csv", "alt.csv": "ofac/alt.csv", "sdn_comments.csv": "ofac/sdn_comments.csv",
  "UN_consolidated.xml": "un-consolidated.xml", "dpl.txt": "dpl.txt",
};

let server: Server;
let base: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? "/").slice(1));
    requested.push(name);
    const rel = MIRROR[name];
    if (!rel || !existsSync(join(fixtures, rel))) { res.writeHead(404).end("not here"); return; }
    res.writeHead(200);
    createReadStream(join(fixtures, rel)).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => { await new Promise((resolve) => server.close(resolve)); });

describe("lists fetch", () => {
  it("knows the publishers' own addresses", () => {
    expect(PUBLISHERS.us_ofac_sdn?.[0]?.url).toMatch(/^https:\/\/sanctionslistservice\.ofac\.treas\.gov\//);
    expect(PUBLISHERS.un_sc?.[0]?.url).toMatch(/^https:\/\/scsanctions\.un\.org\//);
  });
  it("downloads a source's files from a mirror and they import", async () => {
    const d = await download("us_ofac_sdn", base);
    expect(requested).toEqual(expect.arrayContaining(["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]));
    const [r] = await importLists(d.files);
    expect(r?.meta.source).toBe("us_ofac_sdn");
    expect(r?.entries).toHaveLength(6);
    const un = await download("un_sc", `${base}/`);
    expect((await importLists(un.files))[0]?.entries).toHaveLength(2);
  });
  it("says which address failed", async () => {
    await expect(download("us_trade_csl", base)).rejects.toThrow(/consolidated\.csv: HTTP 404/);
    await expect(download("nowhere", base)).rejects.toThrow(/unknown source nowhere/);
  });
});
