// Edge direction from the ontology: supplier → recipient, authority → target, other roles join the receiving party.
import { describe, expect, it } from "vitest";
import type { FactRow } from "../store/types.js";
import { edgesOfFact } from "./neighbourhood.js";

const fact = (type: FactRow["type"], roles: Record<string, number[]>): FactRow => ({
  id: 9, type, rolesKey: "", roles, categories: [], status: "delivered", statuses: ["delivered"], certainty: "reported", polarity: "positive",
  sources: 1, independentSources: 1, claimCount: 1,
});

describe("edgesOfFact", () => {
  it("draws a transfer from each supplier to each recipient and a broker to the recipient", () => {
    const edges = edgesOfFact(fact("arms_transfer", { supplier: [1, 2], recipient: [3], broker: [4] }));
    expect(edges.map((e) => [e.source, e.target, e.role])).toEqual([[1, 3, "supplier"], [2, 3, "supplier"], [4, 3, "broker"]]);
    expect(new Set(edges.map((e) => e.id)).size).toBe(3);
  });

  it("draws a sanction from the authority to the target, and none for a lone party", () => {
    expect(edgesOfFact(fact("sanction", { authority: [5], target: [6] })).map((e) => [e.source, e.target])).toEqual([[5, 6]]);
    expect(edgesOfFact(fact("statement", { speaker: [7] }))).toEqual([]);
    expect(edgesOfFact(fact("arms_transfer", { supplier: [1], recipient: [1] }))).toEqual([]);
  });
});
