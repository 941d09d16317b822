// Transfer frames, one small test per pattern of news English: who gives what to whom, how far it got, how sure the text is.
import { describe, expect, it } from "vitest";
import type { Fact, FactType } from "./types.js";
import { expectWellFormed, run, type Run } from "./test-helpers/lookup.js";

/** The one fact of `type` in the run; its evidence must be exactly `sentence` and it must name its rule. */
function only(r: Run, type: FactType, sentence?: string): Fact {
  expectWellFormed(r.x, r.text);
  const facts = r.facts(type);
  expect(facts, `${type} facts in: ${r.text}`).toHaveLength(1);
  const f = facts[0]!;
  expect(f.rule).toMatch(/^transfer\./);
  if (sentence !== undefined) expect(r.evidenceText(f)).toEqual([sentence]);
  return f;
}

const parties = (r: Run, f: Fact) => ({ supplier: r.role(f, "supplier"), recipient: r.role(f, "recipient"), broker: r.role(f, "broker") });

describe("who gives and who gets", () => {
  it("X supplied Y to Z", () => {
    const r = run("Iran supplied hundreds of Shahed drones to Russia last year.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["Iran"], recipient: ["Russia"], broker: [] });
    expect(f).toMatchObject({ status: "delivered", certainty: "stated", rule: "transfer.supply" });
    expect(f.items).toHaveLength(1);
    expect(f.items[0]).toMatchObject({ text: "hundreds of Shahed drones", category: "drones", quantity: { min: 200, text: "hundreds of" } });
    expect(f.time).toEqual({ text: "last year", start: "2022-01-01", end: "2022-12-31" });
    expect(f.evidence).toEqual([{ start: 0, end: r.text.length }]);
  });

  it("X provided Z with Y", () => {
    const r = run("North Korea provided Russia with artillery shells.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["North Korea"], recipient: ["Russia"], broker: [] });
    expect(f.status).toBe("delivered");
    expect(f.items.map((i) => i.category)).toContain("munitions");
  });

  it("X offered Z Y (double object) is a proposal", () => {
    const r = run("Iran offered Russia hundreds of ballistic missiles.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["Iran"], recipient: ["Russia"], broker: [] });
    expect(f.status).toBe("proposed");
    expect(f.items).toHaveLength(1);
    expect(f.items[0]).toMatchObject({ text: "hundreds of ballistic missiles", category: "missiles" });
  });

  it("Z received Y from X: the source is the supplier", () => {
    const r = run("Russia received ballistic missiles from North Korea in early 2023.", "2023-06-01");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["North Korea"], recipient: ["Russia"], broker: [] });
    expect(f).toMatchObject({ status: "delivered", rule: "transfer.receive" });
    expect(f.time).toMatchObject({ start: "2023-01-01", end: "2023-04-30" });
  });

  it("Z is looking to X for Y: proposed, X supplies", () => {
    const r = run("Moscow is looking to Pyongyang for more artillery ammunition.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["North Korea"], recipient: ["Russia"], broker: [] });
    expect(f).toMatchObject({ status: "proposed", rule: "transfer.turn-to-for" });
  });

  it("Z would receive Y from X: proposed", () => {
    const r = run("Under the plan, Russia would receive rockets from North Korea.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["North Korea"], recipient: ["Russia"], broker: [] });
    expect(f.status).toBe("proposed");
    expect(f.items).toEqual([{ text: "rockets", category: "missiles" }]);
  });

  it("Z is seeking Y from X: proposed", () => {
    const r = run("Russia is seeking artillery shells from North Korea.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["North Korea"], recipient: ["Russia"], broker: [] });
    expect(f.status).toBe("proposed");
  });

  it("X is considering providing Y to Z: considered", () => {
    const r = run("China is considering providing lethal weapons to Russia.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["China"], recipient: ["Russia"], broker: [] });
    expect(f.status).toBe("considered");
  });

  it("X sold Y to Z over the summer: delivered, with the summer before publication", () => {
    const r = run("Iran sold Shahed drones to Russia over the summer.", "2023-03-15");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["Iran"], recipient: ["Russia"], broker: [] });
    expect(f).toMatchObject({ status: "delivered", rule: "transfer.sell" });
    expect(f.time).toEqual({ text: "over the summer", start: "2022-06-01", end: "2022-08-31" });
  });

  it("X has been sending Y to Z since at least a month: ongoing, open to publication", () => {
    const r = run("Iran has been sending drones to Russia since at least April 2023.", "2023-10-02");
    const f = only(r, "arms_transfer");
    expect(f.status).toBe("ongoing");
    expect(f.time).toMatchObject({ start: "2023-04-01", end: "2023-10-02" });
  });

  it("coordinated suppliers each make a fact", () => {
    const r = run("Iran and Belarus supplied drones to Russia.");
    expectWellFormed(r.x, r.text);
    const suppliers = r.facts("arms_transfer").map((f) => r.role(f, "supplier")[0]).sort();
    expect(suppliers).toEqual(["Belarus", "Iran"]);
    for (const f of r.facts("arms_transfer")) expect(r.role(f, "recipient")).toEqual(["Russia"]);
  });
});

describe("brokers and exchanges", () => {
  it("B attempted to facilitate arms deals between A and C: B is the broker, status attempted", () => {
    const text = "Iran has sold drones to Venezuela. Karel Novak, a trader from Prague, attempted to facilitate arms deals between Venezuela and Iran.";
    const r = run(text);
    expectWellFormed(r.x, text);
    const brokered = r.facts("arms_transfer").filter((f) => f.roles.broker);
    expect(brokered).toHaveLength(1);
    const f = brokered[0]!;
    expect(parties(r, f)).toEqual({ supplier: ["Iran"], recipient: ["Venezuela"], broker: ["Karel Novak"] });
    expect(f.status).toBe("attempted");
    expect(f.rule).toMatch(/^transfer\.broker/);
    expect(r.evidenceText(f)).toEqual(["Karel Novak, a trader from Prague, attempted to facilitate arms deals between Venezuela and Iran."]);
  });

  it("a brokered deal between two parties is kept even when no other sentence says which way it runs", () => {
    const r = run("Karel Novak attempted to facilitate arms deals between Belarus and Myanmar.");
    expectWellFormed(r.x, r.text);
    const f = r.facts("arms_transfer").find((x) => x.roles.broker);
    expect(f, "a brokered arms_transfer").toBeDefined();
    expect(r.role(f!, "broker")).toEqual(["Karel Novak"]);
    expect([...r.role(f!, "supplier"), ...r.role(f!, "recipient")].sort()).toEqual(["Belarus", "Myanmar"]);
    expect(f!.status).toBe("attempted");
  });

  it("“in exchange for” makes two facts, each linked to the other, in opposite directions", () => {
    const r = run("North Korea sent artillery shells to Russia in exchange for oil.");
    expectWellFormed(r.x, r.text);
    const arms = only(r, "arms_transfer", r.text);
    const goods = r.facts("goods_transfer");
    expect(goods).toHaveLength(1);
    const g = goods[0]!;
    expect(parties(r, arms)).toEqual({ supplier: ["North Korea"], recipient: ["Russia"], broker: [] });
    expect(parties(r, g)).toEqual({ supplier: ["Russia"], recipient: ["North Korea"], broker: [] });
    expect(g.items).toEqual([{ text: "oil", category: "energy" }]);
    expect(arms.linked).toEqual([{ relation: "in_exchange_for", fact: g.id }]);
    expect(g.linked).toEqual([{ relation: "in_exchange_for", fact: arms.id }]);
    expect(g.rule).toBe("transfer.exchange-for");
  });

  it("“in return” without an object links to the earlier fact running the other way", () => {
    const r = run("Pyongyang shipped munitions to Moscow. Moscow sent wheat to Pyongyang in return.");
    expectWellFormed(r.x, r.text);
    const arms = only(r, "arms_transfer", "Pyongyang shipped munitions to Moscow.");
    const goods = r.facts("goods_transfer");
    expect(goods).toHaveLength(1);
    expect(parties(r, goods[0]!)).toEqual({ supplier: ["Russia"], recipient: ["North Korea"], broker: [] });
    expect(arms.linked).toEqual([{ relation: "in_exchange_for", fact: goods[0]!.id }]);
    expect(goods[0]!.linked).toEqual([{ relation: "in_exchange_for", fact: arms.id }]);
  });
});

describe("roles stay with their own clause", () => {
  it("the subject of “has sanctioned” is not the broker of the deal in a relative clause", () => {
    const r = run("The US Treasury has sanctioned an arms dealer who tried to arrange weapons shipments from North Korea to Russia.");
    expectWellFormed(r.x, r.text);
    // The attempted shipment is still a fact; only the broker role is in question.
    expect(r.facts("arms_transfer").length).toBeGreaterThan(0);
    for (const f of r.facts("arms_transfer")) {
      expect(r.role(f, "broker")).not.toContain("US Treasury");
      expect(r.role(f, "supplier")).toEqual(["North Korea"]);
      expect(r.role(f, "recipient")).toEqual(["Russia"]);
    }
  });
});

describe("quantities", () => {
  it("“hundreds of” is at least two hundred, with no upper bound of two hundred", () => {
    const r = run("Iran supplied hundreds of drones to Russia.");
    const q = only(r, "arms_transfer").items[0]!.quantity;
    expect(q).toBeDefined();
    expect(q!.min).toBe(200);
    // The text supports "two hundred or more"; max = 200 would be narrower than the text.
    if (q!.max !== undefined) expect(q!.max).toBeGreaterThan(200);
  });
});

describe("arms or goods by item category", () => {
  it("food is a goods transfer", () => {
    const r = run("Russia supplied wheat to North Korea.");
    const f = only(r, "goods_transfer");
    expect(r.facts("arms_transfer")).toEqual([]);
    expect(f.items).toEqual([{ text: "wheat", category: "food" }]);
  });

  it("oil is a goods transfer (energy)", () => {
    const r = run("Russia shipped refined oil to North Korea.");
    const f = only(r, "goods_transfer");
    expect(f.items.map((i) => i.category)).toEqual(["energy"]);
  });

  it("drones and munitions are arms transfers", () => {
    const d = run("Iran shipped drones to Russia.");
    expect(only(d, "arms_transfer").items.map((i) => i.category)).toEqual(["drones"]);
    const m = run("North Korea shipped munitions to Russia.");
    expect(only(m, "arms_transfer").items.map((i) => i.category)).toEqual(["munitions"]);
    expect(m.facts("goods_transfer")).toEqual([]);
  });
});

describe("certainty", () => {
  it("“no evidence of X delivering weapons” is negated", () => {
    const r = run("Analysts have yet to find evidence of Beijing delivering weapons to Moscow.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["China"], recipient: ["Russia"], broker: [] });
    expect(f.certainty).toBe("negated");
    const n = run("There is no evidence of China delivering weapons to Russia.");
    expect(only(n, "arms_transfer").certainty).toBe("negated");
  });

  it("“did not deliver” is a negated delivery", () => {
    const r = run("Iran did not deliver missiles to Russia.");
    const f = only(r, "arms_transfer");
    expect(f).toMatchObject({ status: "delivered", certainty: "negated" });
  });

  it("a denial by a party makes the fact disputed", () => {
    const r = run("Iran denied supplying drones to Russia.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["Iran"], recipient: ["Russia"], broker: [] });
    expect(f.certainty).toBe("disputed");
  });

  it("a denial with a pronoun subject (“denied that it supplied”) is still the denied fact", () => {
    const r = run("Tehran has denied that it supplied drones to Moscow.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["Iran"], recipient: ["Russia"], broker: [] });
    expect(f.certainty).toBe("disputed");
  });

  it("“officials believe” hedges the fact to suspected", () => {
    const r = run("Officials believe Iran supplied missiles to Russia.");
    const f = only(r, "arms_transfer");
    expect(f).toMatchObject({ status: "delivered", certainty: "suspected" });
  });

  it("“reportedly” hedges the fact to suspected", () => {
    const r = run("Iran reportedly shipped drones to Russia.");
    expect(only(r, "arms_transfer").certainty).toBe("suspected");
  });

  it("a plain assertion is stated and attributed to nobody", () => {
    const r = run("Iran supplied drones to Russia.");
    const f = only(r, "arms_transfer");
    expect(f).toMatchObject({ certainty: "stated", attributedTo: [] });
  });
});

describe("attribution", () => {
  it("“X said ...” reports the fact and attributes it to X, who gets a statement", () => {
    const r = run("White House spokesman John Kirby said Iran shipped drones to Russia.");
    const f = only(r, "arms_transfer");
    expect(f.certainty).toBe("reported");
    expect(f.attributedTo.map((id) => r.x.entities.find((e) => e.id === id)!.name).sort()).toEqual(["John Kirby", "White House"]);
    const st = r.facts("statement");
    expect(st).toHaveLength(1);
    expect(r.role(st[0]!, "speaker")).toEqual(["John Kirby"]);
    expect(r.role(st[0]!, "organization")).toEqual(["White House"]);
  });

  it("a trailing “..., NAME said.” attributes to the speaker, not to the supplier", () => {
    const r = run("Iran shipped drones to Russia, John Kirby said.");
    const f = only(r, "arms_transfer");
    expect(f.certainty).toBe("reported");
    expect(f.attributedTo).toEqual([r.id("John Kirby")]);
  });

  it("“NAME, a spokesman, said ...” attributes to the speaker, not to the supplier", () => {
    const r = run("John Kirby, a White House spokesman, said Iran had shipped drones to Russia.");
    const f = only(r, "arms_transfer");
    expect(f.attributedTo).toContain(r.id("John Kirby"));
    expect(f.attributedTo).not.toContain(r.id("Iran"));
  });

  it("unnamed “officials said” reports the fact without naming a party to it as the source", () => {
    const r = run("Russia would receive rockets from North Korea, officials said.");
    const f = only(r, "arms_transfer");
    expect(f.certainty).toBe("reported");
    expect(f.attributedTo).toEqual([]);
  });

  it("“according to X” at the end of the sentence", () => {
    const r = run("Iran has shipped drones to Russia, according to the Pentagon.");
    const f = only(r, "arms_transfer");
    expect(f.certainty).toBe("reported");
    expect(f.attributedTo).toEqual([r.id("Pentagon")]);
  });

  it("“According to X,” at the start of the sentence", () => {
    const r = run("According to the Pentagon, Iran has shipped drones to Russia.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["Iran"], recipient: ["Russia"], broker: [] });
    expect(f.certainty).toBe("reported");
    expect(f.attributedTo).toEqual([r.id("Pentagon")]);
  });

  it("“According to the body, Mr X did ...”: X is the actor, not a second source", () => {
    const r = run("According to the Treasury, Mr Mkrtychev tried to broker weapons sales from North Korea to Russia.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["North Korea"], recipient: ["Russia"], broker: ["Mkrtychev"] });
    expect(f.attributedTo).toEqual([r.id("Treasury")]);
    // Mkrtychev is the subject of the report, not on record himself.
    expect(r.facts("statement")).toEqual([]);
    expect(r.entity("Mkrtychev").positions).toEqual([]);
  });

  it("a reported claim and a party's denial stay apart: the claim keeps its source and certainty", () => {
    const claim = "Iran sent drones to Russia over the summer, according to US officials.";
    const denial = "Foreign Minister Hossein Amir-Abdollahian said Iran had not provided drones to Russia.";
    const r = run(`${claim} ${denial}`, "2022-10-21");
    expectWellFormed(r.x, r.text);
    const reported = r.facts("arms_transfer").filter((f) => r.evidenceText(f).includes(claim));
    expect(reported).toHaveLength(1);
    expect(reported[0]!.certainty).toBe("reported");
    expect(reported[0]!.attributedTo).toEqual([r.id("United States")]);
    const denied = r.facts("arms_transfer").filter((f) => r.evidenceText(f).includes(denial));
    expect(denied).toHaveLength(1);
    expect(["negated", "disputed"]).toContain(denied[0]!.certainty);
    expect(denied[0]!.attributedTo).toEqual([r.id("Hossein Amir-Abdollahian")]);
  });

  it("a second quoted paragraph with no new speaker keeps the speaker of the first", () => {
    const text = "“Pyongyang sent shells to Moscow,” said John Kirby.\n“Moscow sent wheat to Pyongyang in return.”";
    const r = run(text);
    expectWellFormed(r.x, text);
    const kirby = r.id("John Kirby");
    const arms = only(r, "arms_transfer", "“Pyongyang sent shells to Moscow,” said John Kirby.");
    const goods = r.facts("goods_transfer");
    expect(goods).toHaveLength(1);
    expect(r.evidenceText(goods[0]!)).toEqual(["“Moscow sent wheat to Pyongyang in return.”"]);
    for (const f of [arms, goods[0]!]) {
      expect(f.attributedTo).toEqual([kirby]);
      expect(f.certainty).toBe("reported");
    }
  });
});

describe("more patterns of news English", () => {
  it("a verb governing a transfer noun gives its subject and the stage: “halted deliveries of X to Y”", () => {
    const r = run("Slovakia halted deliveries of howitzers to Kyiv after the election.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["Slovakia"], recipient: ["Ukraine"], broker: [] });
    expect(f.status).toBe("cancelled");
  });

  it("“air defence systems” are air defence, and coordinated subjects each supply", () => {
    const r = run("Norway and Spain pledged to send air defence systems to Ukraine.");
    const facts = r.facts("arms_transfer");
    expect(facts.map((f) => r.role(f, "supplier")[0]).sort()).toEqual(["Norway", "Spain"]);
    for (const f of facts) {
      expect(f.status).toBe("proposed");
      expect(f.items[0]?.category).toBe("air_defence");
    }
  });

  it("in a sanctions sentence, the doer of “responsible for supplying” is never the sanctioning body", () => {
    const r = run("The Council adopted sanctions against nine firms responsible for supplying drone engines to Russia.");
    for (const f of [...r.facts("arms_transfer"), ...r.facts("goods_transfer")]) {
      expect(r.role(f, "supplier")).not.toContain("Council");
    }
  });

  it("a number fused to a model name is not a quantity: “Su-35 jets”", () => {
    const r = run("Russia delivered Su-35 jets to Iran.");
    const f = only(r, "arms_transfer", r.text);
    expect(f.items[0]?.quantity).toBeUndefined();
    expect(f.items[0]?.category).toBe("aircraft");
  });

  it("Turkey is a country by its everyday name", () => {
    const r = run("Turkey sold armed drones to Poland in 2021.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["Turkey"], recipient: ["Poland"], broker: [] });
    expect(f.time).toMatchObject({ start: "2021-01-01", end: "2021-12-31" });
  });
});

describe("brokers named by their part in a deal", () => {
  it("“X and Y were involved in Z's acquisition of drones from Iran”: each is a broker", () => {
    const r = run("Anton Belov (Belov) and Maria Sokolova (Sokolova) were involved in PMC Wagner's acquisition of drones from Iran.");
    const facts = r.facts("arms_transfer");
    expect(facts.map((f) => r.role(f, "broker")[0]).sort()).toEqual(["Anton Belov", "Maria Sokolova"]);
    for (const f of facts) expect({ s: r.role(f, "supplier"), r: r.role(f, "recipient") }).toEqual({ s: ["Iran"], r: ["Wagner Group"] });
  });

  it("“firms involved in the transfer” does not make the sanctioning body a broker", () => {
    const r = run("OFAC is sanctioning firms involved in the transfer of Iranian drones to Russia.");
    for (const f of r.facts("arms_transfer")) expect(r.role(f, "broker")).toEqual([]);
  });

  it("“transferred” and “transferring” are forms of transfer", () => {
    const r = run("Belarus transferred tanks to Russia. Officials said Minsk was transferring more shells to Moscow.");
    const facts = r.facts("arms_transfer");
    expect(facts.length).toBeGreaterThanOrEqual(1);
    for (const f of facts) expect({ s: r.role(f, "supplier"), r: r.role(f, "recipient") }).toEqual({ s: ["Belarus"], r: ["Russia"] });
  });
});

describe("subjects and objects in longer sentences", () => {
  it("“will see X supply Y with Z”: a name before a verb that is also a noun is the verb's subject", () => {
    const r = run("The agreement will see Belarus supply Russia with tank shells.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["Belarus"], recipient: ["Russia"], broker: [] });
    expect(f.status).toBe("proposed");
  });

  it("used another state's weapons, with the model name between the origin and the noun", () => {
    const r = run("Russian forces have used North Korean KN-23 missiles against Kharkiv.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["North Korea"], recipient: ["Russia"], broker: [] });
  });

  it("“dual-use goods” are components: a goods transfer", () => {
    const r = run("Chinese companies sold dual-use goods to Russia last year.", "2024-06-21");
    const f = only(r, "goods_transfer", r.text);
    expect(f.items[0]?.category).toBe("components");
    expect(r.role(f, "recipient")).toEqual(["Russia"]);
  });
});

describe("one-word names that act", () => {
  it("a one-word company opening the sentence supplies when a trade verb follows it", () => {
    const r = run("Kalashnikovsky delivered S-300 systems to Egypt in 2020.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["Kalashnikovsky"], recipient: ["Egypt"], broker: [] });
    expect(f.items[0]?.category).toBe("military_equipment");
  });

  it("an item word opening the sentence is not a name: “Drones supplied by Iran hit Kyiv”", () => {
    const r = run("Drones supplied by Iran hit Kyiv.");
    expect(r.x.entities.map((e) => e.name)).not.toContain("Drones");
  });
});

describe("hyphenated descriptions before a name", () => {
  it("“were used by Yemen-based Houthi rebels”: the preposition reaches past the description", () => {
    const r = run("Iranian drones were reportedly used by Yemen-based Houthi rebels in 2019.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["Iran"], recipient: ["Houthis"], broker: [] });
    expect(f.certainty).toBe("suspected");
  });
});

describe("compound transfer nouns", () => {
  it("a hyphenated pair before the noun names the two sides, oriented by another fact of the text", () => {
    const r = run("Belarus shipped rifles to Myanmar in May. Diplomats later described Belarus-Myanmar rifle transfers.");
    const facts = r.facts("arms_transfer");
    expect(facts).toHaveLength(1);
    expect(parties(r, facts[0]!)).toMatchObject({ supplier: ["Belarus"], recipient: ["Myanmar"] });
    expect(r.evidenceText(facts[0]!)).toHaveLength(2);
  });

  it("a singular item noun before “transfers” makes it a noun, not a verb with the item as subject", () => {
    const f = only(run("Analysts tracked Serbia-Ukraine shell transfers."), "arms_transfer");
    expect(f.rule).toMatch(/^transfer\.noun-transfers/);
    expect(f.items.map((i) => i.text)).toEqual(["shell"]);
  });

  it("the verb governing the noun says how far the deal got, even when the noun names both sides", () => {
    expect(only(run("Envoys discussed Serbia-Ukraine shell transfers."), "arms_transfer").status).toBe("negotiating");
    expect(only(run("Last week Hungary halted arms deliveries between Belarus and Serbia."), "arms_transfer").status).toBe("cancelled");
  });

  it("a plural subject before the same word stays a verb: no deal without two parties", () => {
    expect(run("The drones transfer images to the operators.").facts("arms_transfer")).toEqual([]);
  });
});

describe("items named by acronyms and everyday nouns", () => {
  it("reads acronyms of weapon classes as items of their category", () => {
    const r = run("Minsk bought MANPADS and ICBMs from Tehran.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["Iran"], recipient: ["Belarus"], broker: [] });
    expect(f.items.map((i) => i.category).sort()).toEqual(["air_defence", "missiles"]);
  });

  it("reads raw materials and fuels as goods", () => {
    const r = run("Venezuela shipped diesel and uranium to Cuba.");
    const f = only(r, "goods_transfer", r.text);
    expect(f.items.map((i) => i.category).sort()).toEqual(["energy", "raw_materials"]);
  });

  it("names a brand-named broker and its target in one designation (“for facilitating the transfer of X to Y”)", () => {
    const r = run("The Treasury is designating eTrans Logistics FZE for facilitating the transfer of Belarusian rifles to Myanmar.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["Belarus"], recipient: ["Myanmar"], broker: ["eTrans Logistics FZE"] });
    expect(r.facts("sanction").map((x) => r.role(x, "target"))).toEqual([["eTrans Logistics FZE"]]);
  });
});

describe("what a transfer noun's own verb says", () => {
  it("a passive after the noun phrase gives the status, and its agent is not a party", () => {
    const r = run("The sale of frigates by Italy to Indonesia was approved by parliament.");
    const f = only(r, "arms_transfer", r.text);
    expect(parties(r, f)).toEqual({ supplier: ["Italy"], recipient: ["Indonesia"], broker: [] });
    expect(f.status).toBe("agreed");
  });

  it("an intransitive verb after the noun phrase gives the status (“deliveries stopped”)", () => {
    const f = only(run("Gas deliveries from Algeria to Spain stopped last week."), "goods_transfer");
    expect(f.status).toBe("cancelled");
  });

  it("support for a state's war effort is material support from the possessor", () => {
    const r = run("Officials criticised Belarus's growing support for Russia's war effort.");
    const f = only(r, "goods_transfer");
    expect(parties(r, f)).toEqual({ supplier: ["Belarus"], recipient: ["Russia"], broker: [] });
    // Support for a position is not a transfer.
    expect(run("Belarus's support for Russia's position at the UN is steady.").x.facts).toEqual([]);
  });
});

describe("agents of other verbs", () => {
  it("the agent after a participle is not the noun's supplier (“sanctions imposed by X related to arms transfers”)", () => {
    const r = run("Officials want to halt arms transfers between Belarus and Sudan, and the package builds upon sanctions imposed by the Department of the Treasury and the Department of State related to Belarus-Sudan arms transfers, including the transfer of Belarus-origin rockets for Sudan’s use.");
    for (const f of r.facts("arms_transfer")) expect(r.role(f, "supplier")).toEqual(["Belarus"]);
    // The noun's own agent still supplies.
    const own = run("Officials described arms sales by France to India.");
    expect(own.role(own.x.facts[0]!, "supplier")).toEqual(["France"]);
  });
});

describe("one deal per verb and its object", () => {
  it("a transfer noun that is the verb's object does not make a second fact (“imported several shipments from X into Y”)", () => {
    const r = run("Since March, Kestrel Trading LLC has imported several shipments from Nordwind GmbH into Belarus, including machine parts and engines.");
    const f = only(r, "goods_transfer");
    expect(parties(r, f)).toMatchObject({ supplier: ["Nordwind GmbH"], recipient: ["Kestrel Trading LLC"] });
  });
  it("an item word before “applications” says what the goods are for, not what they are", () => {
    const r = run("Kestrel Trading LLC shipped electronic components with drone applications to Belarus.");
    const f = only(r, "goods_transfer");
    expect(f.items.map((i) => i.category)).toEqual(["components"]);
  });
});

describe("a broker's help and the deal it served", () => {
  it("the transfer noun a broker verb governs is one deal with its broker, not a second one without", () => {
    const r = run("Acme Aviation has reportedly used its office in Lebanon, known as Levant Logistics, to help Cedar Air in arranging the transport of Lebanese fighters to Iran.");
    const f = only(r, "arms_transfer");
    expect(parties(r, f)).toMatchObject({ recipient: ["Iran"], broker: ["Cedar Air"] });
    // The help was given: the deal it served is no mere proposal.
    expect(f.status).not.toBe("proposed");
    expect(f.certainty).toBe("suspected");
  });
  it("“used X to facilitate the shipment” reports a shipment that happened; “plans to facilitate” one that may", () => {
    const used = run("Ivan Petrov used the Moscow-registered Baltic Kapital Limited Liability Company to facilitate the shipment of aviation components to Belarus.");
    expect(only(used, "goods_transfer").status).toBe("delivered");
    const plans = run("Ivan Petrov plans to facilitate the shipment of aviation components to Belarus.");
    expect(only(plans, "goods_transfer").status).toBe("proposed");
  });
  it("fighters of a people are troops; fighters of a model are aircraft", () => {
    const troops = run("Cedar Air transported Syrian fighters to Russia.");
    expect(only(troops, "arms_transfer").items.map((i) => i.category)).toEqual(["military_equipment"]);
    const jets = run("Poland delivered F-16 fighters to Ukraine.");
    expect(only(jets, "arms_transfer").items.map((i) => i.category)).toEqual(["aircraft"]);
  });
});

describe("who a definite description stands for", () => {
  it("“the company” and “the militant group” are the last company or armed group named", () => {
    const co = run("Kestrel Trading LLC opened an office in Minsk in May. The company later shipped drone engines to Russia.");
    expect(parties(co, only(co, "goods_transfer"))).toMatchObject({ supplier: ["Kestrel Trading LLC"], recipient: ["Russia"] });
    const group = run("Hezbollah fired on Israeli positions. Analysts said the militant group had received rockets from Iran.");
    expect(parties(group, only(group, "arms_transfer"))).toMatchObject({ supplier: ["Iran"], recipient: ["Hezbollah"] });
  });
  it("a plain “the group” and an apposition naming the company stand for nobody earlier", () => {
    const plain = run("Hezbollah fired on Israeli positions. Analysts said the group had received rockets from Iran.");
    expect(plain.facts("arms_transfer")).toHaveLength(0);
    const named = run("Kestrel Trading LLC opened an office in Minsk. The company Nordwind GmbH later shipped drone engines to Russia.");
    for (const f of named.facts("goods_transfer")) expect(named.role(f, "supplier")).not.toContain("Kestrel Trading LLC");
  });
  it("the maker of the used items supplied them (“used rockets supplied by Iran”)", () => {
    const r = run("Hamas used rockets supplied by Iran in the attack.");
    expect(parties(r, only(r, "arms_transfer"))).toMatchObject({ supplier: ["Iran"], recipient: ["Hamas"] });
  });
});

describe("possible deals, restrictions and compound items", () => {
  it("“may provide” is a possible deal still to come; “may have provided” a past one, less sure", () => {
    const may = run("Russia may provide Iran with fighter jets.");
    expect(only(may, "arms_transfer")).toMatchObject({ status: "proposed", certainty: "suspected" });
    const mayHave = run("Russia may have provided Iran with fighter jets.");
    expect(only(mayHave, "arms_transfer")).toMatchObject({ status: "delivered", certainty: "suspected" });
  });
  it("a ban or curbs on exports are a measure against a trade, not a deal", () => {
    expect(run("Germany and Poland have proposed a ban on all exports of machine tools to Belarus.").x.facts.filter((f) => f.type.endsWith("_transfer"))).toHaveLength(0);
    expect(run("Washington imposed curbs on arms sales to Sudan.").x.facts.filter((f) => f.type.endsWith("_transfer"))).toHaveLength(0);
  });
  it("an item keeps its whole model designation (“Su-35 fighter jets”)", () => {
    const r = run("Russia sent 24 Su-35 fighter jets to Iran.");
    expect(only(r, "arms_transfer").items).toEqual([{ text: "24 Su-35 fighter jets", category: "aircraft", quantity: { min: 24, max: 24, text: "24" } }]);
  });
  it("a noun before a vague head is one item with it (“vehicle parts”), not two", () => {
    const r = run("Belarus sold vehicle parts to Russia.");
    expect(only(r, "goods_transfer").items.map((i) => [i.text, i.category])).toEqual([["vehicle parts", "components"]]);
    const sys = run("Iran sold missile systems to Russia.");
    expect(only(sys, "arms_transfer").items.map((i) => [i.text, i.category])).toEqual([["missile systems", "missiles"]]);
  });
});

describe("hyphenated items and names that hold a reporting word", () => {
  it("“anti-drone systems” defend against drones; “anti-tank missiles” are weapons; “air-defence” is air defence", () => {
    const cat = (s: string) => only(run(s), "arms_transfer").items.map((i) => [i.text, i.category]);
    expect(cat("Poland sent anti-drone systems to Ukraine.")).toEqual([["anti-drone systems", "air_defence"]]);
    expect(cat("Poland supplied anti-tank missiles to Ukraine.")).toEqual([["anti-tank missiles", "weapons"]]);
    expect(cat("Iran delivered air-defence systems to Russia.")).toEqual([["air-defence systems", "air_defence"]]);
  });
  it("“the United States sent” is stated: the “States” of a name is no reporting verb", () => {
    const r = run("The United States sent drones to Ukraine.");
    expect(only(r, "arms_transfer").certainty).toBe("stated");
  });
});

describe("sources of one clause, origins and participles", () => {
  it("a report opening a later clause speaks for that clause only (“X did A, and Britain said it would B”)", () => {
    const r = run("Iran sent drones to Russia last year, and Britain said it would send tanks to Ukraine.");
    const [toRussia, toUkraine] = ["Russia", "Ukraine"].map((n) => r.facts("arms_transfer").find((f) => r.role(f, "recipient").includes(n))!);
    expect(toRussia!.attributedTo.map((id) => r.x.entities.find((e) => e.id === id)?.name)).not.toContain("United Kingdom");
    expect(toRussia!.certainty).toBe("stated");
    expect(toUkraine!.attributedTo.map((id) => r.x.entities.find((e) => e.id === id)?.name)).toContain("United Kingdom");
  });
  it("the author of an investigation is its source (“An investigation by Reuters found”)", () => {
    const r = run("An investigation by Reuters found that Iran shipped drones to Russia.");
    const f = only(r, "arms_transfer");
    expect(f.attributedTo.map((id) => r.x.entities.find((e) => e.id === id)?.name)).toEqual(["Reuters"]);
    expect(f.certainty).toBe("reported");
  });
  it("the origin of what was received is its supplier (“Russia received Iranian drones”)", () => {
    const r = run("Russia received Iranian drones in August.");
    const f = only(r, "arms_transfer");
    expect(r.role(f, "supplier")).toEqual(["Iran"]);
    expect(r.role(f, "recipient")).toEqual(["Russia"]);
  });
  it("a participle after a plural noun has that noun as its doer (“countries purchasing Russian oil”)", () => {
    const r = run("The Treasury sanctioned firms selling drone parts to Iran.");
    for (const f of r.x.facts.filter((x) => x.type.endsWith("_transfer"))) expect(r.role(f, "supplier")).toEqual([]);
    const among = run("China is among the countries supplying drones to Russia.");
    expect(among.role(only(among, "arms_transfer"), "supplier")).toEqual(["China"]);
    const keeps = run("Iran keeps supplying drones to Russia.");
    expect(keeps.role(only(keeps, "arms_transfer"), "supplier")).toEqual(["Iran"]);
  });
  it("“surface-to-air missiles” are air defence; “technical help” is technology, “help” alone no item", () => {
    expect(only(run("Iran sent surface-to-air missiles to Russia."), "arms_transfer").items.map((i) => i.category)).toEqual(["air_defence"]);
    expect(only(run("Russia gave Iran technical help."), "goods_transfer").items.map((i) => i.category)).toEqual(["technology"]);
    expect(run("Russia gave Iran help.").x.facts.filter((f) => f.type.endsWith("_transfer"))).toHaveLength(0);
  });
});
