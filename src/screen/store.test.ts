import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BadInputError } from "../errors.js";
import { checkImport, importLists } from "./lists/index.js";
import { FileListStore } from "./store.js";

const fx = (p: string) => join(fileURLToPath(new URL(".", import.meta.url)), "lists", "fixtures", p);

describe("FileListStore", () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), "dossier-store-")); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it("stores a list, then replaces it with the next version and reports the delta", async () => {
    const store = new FileListStore(dir);
    const [v1] = await importLists([fx("ofac")]);
    if (!v1) throw new Error("no import");
    const first = await store.replace(v1);
    expect(first).toMatchObject({ first: true, removed: [], changed: [] });
    expect(first.added).toHaveLength(6);
    const [v2] = await importLists([fx("ofac-v2/sdn.csv")]);
    if (!v2) throw new Error("no import");
    const delta = await store.replace(v2);
    // v2 drops 1004, adds 1007, changes 1006's remarks, and comes without add/alt/comments (so those entries change too).
    expect(delta.removed).toEqual(["1004"]);
    expect(delta.added).toEqual(["1007"]);
    expect(delta.changed).toContain("1006");
    const loaded = await store.load();
    expect(loaded.map((e) => e.id).sort()).toEqual(["1001", "1002", "1003", "1005", "1006", "1007"]);
    expect((await store.sources())[0]).toMatchObject({ source: "us_ofac_sdn", entries: 6 });
    // Nothing half-written is left behind.
    expect((await readdir(dir)).sort()).toEqual(["manifest.json", "us_ofac_sdn.jsonl"]);
  });

  it("round-trips entries exactly", async () => {
    const store = new FileListStore(dir);
    const [r] = await importLists([fx("un-consolidated.xml")]);
    if (!r) throw new Error("no import");
    await store.replace(r);
    expect(await store.load(["un_sc"])).toEqual(r.entries);
  });

  it("keeps the good list when a malformed file is imported", async () => {
    const store = new FileListStore(dir);
    const [good] = await importLists([fx("ofac-consolidated.xml")]);
    if (!good) throw new Error("no import");
    await store.replace(good);
    await expect(importLists([fx("broken.xml")], { source: "us_ofac_cons" })).rejects.toThrow(BadInputError);
    const empty = { meta: { source: "us_ofac_cons", format: "ofac-xml", files: ["x.xml"] }, entries: [], rowErrors: [] };
    expect(() => checkImport(empty)).toThrow(/no list entries/);
    expect(await store.load(["us_ofac_cons"])).toEqual(good.entries);
  });

  it("replaces a damaged snapshot instead of failing on it", async () => {
    const store = new FileListStore(dir);
    const [r] = await importLists([fx("dpl.txt")]);
    if (!r) throw new Error("no import");
    await store.replace(r);
    await writeFile(join(dir, "us_bis_dpl.jsonl"), "{not json\n");
    await expect(store.load(["us_bis_dpl"])).rejects.toThrow(/us_bis_dpl\.jsonl:1: snapshot is damaged/);
    const delta = await store.replace(r);
    expect(delta.first).toBe(true);
    expect(await store.load(["us_bis_dpl"])).toEqual(r.entries);
  });

  it("rejects a source name that could escape the folder", async () => {
    const store = new FileListStore(dir);
    const [r] = await importLists([fx("dpl.txt")], { source: "../evil" });
    if (!r) throw new Error("no import");
    await expect(store.replace(r)).rejects.toThrow(/bad source name/);
  });
});
