import { describe, expect, it } from "vitest";
import type { Decision } from "../store/types.js";
import { activeDecisions, deriveClusters } from "./resolve.js";
import { acronymOf, entityKeys, normalizeName } from "./names.js";

let seq = 0;
const d = (x: Partial<Decision> & Pick<Decision, "kind">): Decision => ({ seq: ++seq, actor: "rule", rule: "r", createdAt: "", ...x });

describe("names", () => {
  it("normalises and finds acronyms", () => {
    expect(normalizeName("The Wagner  Group’s")).toBe("wagner groups");
    expect(normalizeName("Škoda Transportación")).toBe("skoda transportacion");
    expect(acronymOf("Office of Foreign Assets Control")).toBe("OFAC");
    expect(acronymOf("U.S.")).toBe("US");
    expect(acronymOf("Pelican Freight")).toBeUndefined();
    expect(entityKeys({ type: "government_body", name: "Export Control Board", aliases: ["ECB"] })).toEqual(["org:n:export control board", "org:a:ECB", "org:n:ecb"]);
    expect(entityKeys({ type: "country", name: "North Korea", country: "KP", aliases: [] })).toContain("country:c:KP");
  });
});

describe("clusters derived from the log", () => {
  it("joins by same decisions, and a person's not_same keeps two sides apart against rule edges", () => {
    seq = 0;
    const log = [d({ kind: "same", a: 2, b: 1 }), d({ kind: "same", a: 3, b: 1 }), d({ kind: "same", a: 4, b: 1 })];
    expect([...deriveClusters([1, 2, 3, 4], log).values()]).toEqual([1, 1, 1, 1]);
    const split = [...log, d({ kind: "not_same", a: 3, b: 1, actor: "user" }), d({ kind: "same", a: 2, b: 1, actor: "user" }), d({ kind: "same", a: 4, b: 1, actor: "user" })];
    expect(Object.fromEntries(deriveClusters([1, 2, 3, 4], split))).toEqual({ 1: 1, 2: 1, 3: 3, 4: 1 });
  });

  it("a revert undoes its target; reverting the revert restores it", () => {
    seq = 0;
    const merge = d({ kind: "same", a: 2, b: 1, actor: "user" });
    const undo = d({ kind: "revert", target: merge.seq, actor: "user" });
    expect(Object.fromEntries(deriveClusters([1, 2], [merge, undo]))).toEqual({ 1: 1, 2: 2 });
    const redo = d({ kind: "revert", target: undo.seq, actor: "user" });
    expect(activeDecisions([merge, undo, redo]).map((x) => x.seq)).toEqual([merge.seq]);
    expect(Object.fromEntries(deriveClusters([1, 2], [merge, undo, redo]))).toEqual({ 1: 1, 2: 1 });
  });
});
