import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SqliteStore } from "../../store/sqlite/index.js";
import type { Store } from "../../store/store.js";
import { buildDoc, sampleDocs } from "../../store/test-helpers/fixtures.js";
import { addDocument } from "../add-document.js";
import { xmlEscape } from "./common.js";
import { exporter } from "./index.js";
import type { ExportFormat } from "./index.js";

let store: Store;
const text = async (format: ExportFormat): Promise<string> => {
  let s = "";
  for await (const c of exporter(format)(store)) s += c;
  return s;
};

beforeAll(async () => {
  store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), "dossier-export-")), "x.db"));
  for (const d of sampleDocs()) await store.transaction((tx) => addDocument(tx, d.doc, d.extraction));
});
afterAll(async () => store.close());

describe("exports", () => {
  it("FtM lines are entities with valid schemata, and every reference points at an exported entity", async () => {
    const lines = (await text("ftm")).trim().split("\n").map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    const ids = new Set(lines.map((l) => l.id));
    expect(ids.size).toBe(lines.length);
    const schemata = new Set(lines.map((l) => l.schema));
    for (const s of ["Person", "Company", "PublicBody", "Sanction", "UnknownLink", "Article"]) expect(schemata).toContain(s);
    const person = lines.find((l) => l.schema === "Person");
    expect(person?.properties).toMatchObject({ name: ["Ivo Maranek"], nationality: ["cz"] });
    const sanction = lines.find((l) => l.schema === "Sanction")!;
    expect(sanction.properties.entity).toEqual([person!.id]);
    for (const l of lines) {
      for (const key of ["entity", "subject", "object", "proof"]) for (const ref of l.properties[key] ?? []) expect(ids).toContain(ref);
      for (const v of Object.values(l.properties)) expect(v.every((x) => typeof x === "string")).toBe(true);
    }
  });

  it("GEXF and GraphML are well-formed, with typed nodes and typed edges carrying status and certainty", async () => {
    for (const format of ["gexf", "graphml"] as const) {
      const xml = await text(format);
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as Record<string, any>;
      const graph = format === "gexf" ? doc.gexf.graph : doc.graphml.graph;
      const nodes = format === "gexf" ? graph.nodes.node : graph.node;
      const edges = format === "gexf" ? graph.edges.edge : graph.edge;
      expect(nodes.length).toBe((await store.stats()).entities);
      const ids = new Set(nodes.map((n: any) => n["@id"]));
      for (const e of edges) { expect(ids).toContain(e["@source"]); expect(ids).toContain(e["@target"]); }
      expect(xml).toMatch(/arms_transfer/);
      expect(xml).toMatch(/disputed/);
    }
  });

  it("CSV has one row per fact with parties and a quote", async () => {
    const csv = await text("csv");
    const rows = csv.trim().split("\n");
    expect(rows[0]).toMatch(/^fact_id,type,status/);
    expect(rows.length - 1).toBe((await store.stats()).facts);
    expect(csv).toMatch(/arms_transfer,delivered,delivered proposed,stated,North Korea,Russia,Ivo Maranek/);
  });

  it("JSON holds every entity and fact", async () => {
    const j = JSON.parse(await text("json")) as { entities: unknown[]; facts: unknown[] };
    const st = await store.stats();
    expect([j.entities.length, j.facts.length]).toEqual([st.entities, st.facts]);
  });
});

describe("exports of hostile text", () => {
  // A document whose names could run as spreadsheet formulas or break XML: a formula, a noncharacter, a lone surrogate.
  const t = "=HYPERLINK(\"http://x.example\") Trading sold drones to Sud\uFFFEland \uD800Holdings, +7 wrote.";
  let hostile: Store;
  const out = async (format: ExportFormat): Promise<string> => {
    let s = "";
    for await (const c of exporter(format)(hostile)) s += c;
    return s;
  };
  beforeAll(async () => {
    hostile = SqliteStore.open(join(mkdtempSync(join(tmpdir(), "dossier-export-")), "h.db"));
    const d = buildDoc(t, { title: "@SUM(A1:A9)", published: "2024-01-02" }, [
      { id: "e1", type: "company", name: "=HYPERLINK(\"http://x.example\") Trading" },
      { id: "e2", type: "country", name: "Sud\uFFFEland \uD800Holdings" },
    ], [
      { id: "f1", type: "arms_transfer", roles: { supplier: "e1", recipient: "e2" }, status: "delivered", quote: t },
    ]);
    await hostile.transaction((tx) => addDocument(tx, d.doc, d.extraction));
  });
  afterAll(async () => hostile.close());

  it("CSV cells that a spreadsheet would run as formulas start with an apostrophe", async () => {
    const csv = await out("csv");
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"") Trading"`);
    expect(csv).toContain(",'@SUM(A1:A9),");
    for (const cell of csv.split(/[,\n]/)) expect(cell).not.toMatch(/^"?[=+@]/);
  });

  it("GEXF and GraphML stay well-formed: noncharacters and lone surrogates are dropped", async () => {
    for (const format of ["gexf", "graphml"] as const) {
      const xml = await out(format);
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).not.toMatch(/[\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
      // The store already turns a lone surrogate into U+FFFD; the escaper drops any that reach it from elsewhere.
      expect(xml).toMatch(/[">]Sudland /);
    }
    expect(xmlEscape("a\uD800b\uDC00c\uFFFFd \uD83D\uDE80 <&>")).toBe("abcd \uD83D\uDE80 &lt;&amp;&gt;");
  });
});
