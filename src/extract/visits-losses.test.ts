import { describe, expect, it } from "vitest";
import { expectWellFormed, run } from "./test-helpers/lookup.js";

describe("visits", () => {
  it("a past visit by one state's leader to another state occurred", () => {
    const r = run("Vladimir Putin visited Pyongyang in June.", "2024-07-01");
    expectWellFormed(r.x, r.text);
    const [v] = r.facts("visit");
    expect(v).toBeDefined();
    expect(r.role(v!, "visitor")).toEqual(["Vladimir Putin"]);
    expect(r.role(v!, "host")).toEqual(["North Korea"]);
    expect(v!.status).toBe("occurred");
    expect(v!.time).toMatchObject({ start: "2024-06-01", end: "2024-06-30" });
  });

  it("seeking to send a delegation is a proposed visit", () => {
    const r = run("Officials say Belarus is seeking to send a delegation to Iran.");
    const [v] = r.facts("visit");
    expect(v).toMatchObject({ status: "proposed", rule: "visit.send-delegation" });
    expect(r.role(v!, "visitor")).toEqual(["Belarus"]);
    expect(r.role(v!, "host")).toEqual(["Iran"]);
  });

  it("a visit announced for later is planned", () => {
    const r = run("China's foreign minister will travel to Moscow next week.");
    const [v] = r.facts("visit");
    expect(v?.status).toBe("planned");
    expect(r.role(v!, "host")).toEqual(["Russia"]);
  });

  it("a noun phrase visit names the visitor by its possessive", () => {
    const r = run("Xi Jinping's visit to Moscow ended on Wednesday.");
    const [v] = r.facts("visit");
    expect(r.role(v!, "visitor")).toEqual(["Xi Jinping"]);
    expect(r.role(v!, "host")).toEqual(["Russia"]);
  });

  it("no visitor named, no visit", () => {
    const r = run("The visit was postponed.");
    expect(r.facts("visit")).toEqual([]);
  });
});

describe("losses", () => {
  it("a party that lost equipment, with the items and the source", () => {
    const r = run("Ukraine's defence minister said Russia had lost more than 3,000 tanks.");
    expectWellFormed(r.x, r.text);
    const [l] = r.facts("loss");
    expect(l).toBeDefined();
    expect(r.role(l!, "party")).toEqual(["Russia"]);
    expect(l!.items[0]).toMatchObject({ category: "armoured_vehicles", quantity: { min: 3000 } });
    expect(l!.certainty).toBe("reported");
  });

  it("losing an argument is not a loss of equipment", () => {
    const r = run("Iran lost the vote at the United Nations.");
    expect(r.facts("loss")).toEqual([]);
  });
});
