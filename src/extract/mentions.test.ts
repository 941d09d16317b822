// Mentions and coreference, read through extract(): which entities a text names, with what type, country, positions and spans.
import { describe, expect, it } from "vitest";
import { expectWellFormed, run } from "./test-helpers/lookup.js";

/** The surface text of every mention of an entity. */
const surfaces = (r: ReturnType<typeof run>, name: string) => r.entity(name).mentions.map((m) => r.text.slice(m.start, m.end));

describe("countries", () => {
  it("finds countries by name with their ISO code and exact spans", () => {
    const r = run("Iran and North Korea both trade with the United States' rivals.");
    expectWellFormed(r.x, r.text);
    expect(r.entity("Iran")).toMatchObject({ type: "country", country: "IR" });
    expect(r.entity("North Korea")).toMatchObject({ type: "country", country: "KP" });
    expect(r.entity("United States")).toMatchObject({ type: "country", country: "US" });
    expect(r.entity("North Korea").mentions).toEqual([{ start: 9, end: 20 }]);
  });

  it("reads a capital standing for its state as a mention of the country", () => {
    const r = run("Moscow aims to buy more shells, and Pyongyang is ready to sell them.");
    const russia = r.entity("Russia");
    expect(russia.type).toBe("country");
    expect(russia.country).toBe("RU");
    expect(surfaces(r, "Russia")).toEqual(["Moscow"]);
    expect(surfaces(r, "North Korea")).toEqual(["Pyongyang"]);
    // The capital is not a separate city entity.
    expect(r.x.entities.filter((e) => e.name === "Moscow")).toEqual([]);
  });

  it("reads a demonym before an actor noun as the state (“North Korean officials”)", () => {
    const r = run("North Korean officials met Iranian diplomats in Beijing.");
    expect(surfaces(r, "North Korea")).toEqual(["North Korean"]);
    expect(surfaces(r, "Iran")).toEqual(["Iranian"]);
    expect(surfaces(r, "China")).toEqual(["Beijing"]);
  });

  it("resolves DPRK, PRC, ROK and the Kremlin to their countries, one entity each", () => {
    const r = run("The DPRK sent envoys to the PRC. The ROK protested. The Kremlin welcomed North Korea's move.");
    expect(r.entity("DPRK").name).toBe("North Korea");
    expect(r.entity("PRC").name).toBe("China");
    expect(r.entity("ROK")).toMatchObject({ name: "South Korea", country: "KR" });
    expect(r.entity("Kremlin")).toMatchObject({ name: "Russia", type: "country" });
    expect(surfaces(r, "North Korea")).toEqual(["DPRK", "North Korea"]);
    expect(r.x.entities.filter((e) => e.country === "KP")).toHaveLength(1);
  });
});

describe("bodies, acronyms and companies", () => {
  it("types government bodies and merges their short names", () => {
    const r = run("The Treasury acted after the State Department and the Pentagon briefed OFAC. The Office of Foreign Assets Control then listed them.");
    expect(r.entity("Treasury")).toMatchObject({ type: "government_body", country: "US" });
    expect(r.entity("State Department")).toMatchObject({ type: "government_body", country: "US" });
    expect(r.entity("Pentagon")).toMatchObject({ type: "government_body", country: "US" });
    const ofac = r.entity("Office of Foreign Assets Control");
    expect(ofac.type).toBe("government_body");
    expect(surfaces(r, "Office of Foreign Assets Control")).toEqual(["OFAC", "Office of Foreign Assets Control"]);
  });

  it("reads an acronym defined in parentheses as the same entity, later uses included", () => {
    const r = run("Russia paid the Korea Mining Development Trading Corporation (KOMID) in cash. KOMID then shipped the rockets.");
    const komid = r.entity("Korea Mining Development Trading Corporation");
    expect(komid.type).toBe("company");
    expect(komid.aliases).toContain("KOMID");
    // One mention per place in the text: the bracketed acronym is not counted twice.
    expect(komid.mentions).toEqual([
      { start: 16, end: 60 },
      { start: 62, end: 67 },
      { start: 78, end: 83 },
    ]);
  });

  it("types names ending in a legal form as companies (LLC, OOO, JSC, Ltd)", () => {
    const r = run("Payments went to Volga Trade OOO. Cargo went through Sunrise Logistics LLC. Engines came from Kama Motors JSC. Pacific Harbor Shipping Ltd chartered the ship.");
    for (const name of ["Volga Trade OOO", "Sunrise Logistics LLC", "Kama Motors JSC", "Pacific Harbor Shipping Ltd"]) {
      expect(r.entity(name).type, name).toBe("company");
    }
    // The bare name is kept as an alias for screening.
    expect(r.entity("Sunrise Logistics LLC").aliases).toContain("Sunrise Logistics");
  });

  it("keeps “Co., Ltd.” inside one company name", () => {
    const r = run("The fuel was bought by Pacific Harbor Shipping Co., Ltd. last year.");
    const companies = r.x.entities.filter((e) => e.type === "company");
    expect(companies).toHaveLength(1);
    // The abbreviation's final stop may be dropped from the name; the legal forms may not.
    expect(companies[0]!.name).toMatch(/^Pacific Harbor Shipping Co\., Ltd\.?$/);
  });

  it("splits two companies joined by “and” after a legal form", () => {
    const r = run("The money went to Volga Trade OOO and Almaz JSC.");
    const companies = r.x.entities.filter((e) => e.type === "company").map((e) => e.name);
    expect(companies).toEqual(["Volga Trade OOO", "Almaz JSC"]);
  });

  it("reads “the Ministry of Defense of the Russian Federation” as one Russian body", () => {
    const r = run("The Ministry of Defense of the Russian Federation paid the invoice.");
    const bodies = r.x.entities.filter((e) => e.type === "government_body");
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.country).toBe("RU");
  });
});

describe("names of events, documents and places", () => {
  it("makes no entity of a summit, a law or a sea, but keeps the country inside", () => {
    const r = run("At the Lisbon Summit, officials cited the Taiwan Relations Act and patrols in the South China Sea.");
    expectWellFormed(r.x, r.text);
    const names = r.x.entities.map((e) => e.name);
    expect(names).toContain("Taiwan");
    for (const n of names) expect(n).not.toMatch(/Summit|Act|Sea/);
  });

  it("reads a plural demonym as the country, and a demonym shared with a dependency as the state", () => {
    const r = run("Americans and Iranians met in Oman. An American envoy spoke.");
    expect(r.x.entities.filter((e) => e.type === "country").map((e) => e.country).sort()).toEqual(["IR", "OM", "US"]);
  });
});

describe("quoted names after a type word", () => {
  it("keeps a quoted name inside its company's name, and the bare name as an alias", () => {
    const r = run("The Treasury sanctioned OOO “Baltic Cargo” in May.");
    const e = r.entity("OOO “Baltic Cargo”");
    expect(e.type).toBe("company");
    expect(e.aliases).toContain("Baltic Cargo");
  });

  it("reads a known group quoted after its description as that group", () => {
    const r = run("Officials named Russian Private Military Company “Wagner” as the buyer. Wagner denied it.");
    const wagner = r.x.entities.filter((e) => e.name === "Wagner Group");
    expect(wagner).toHaveLength(1);
    expect(wagner[0]!.aliases).toContain("Russian Private Military Company “Wagner”");
    expect(r.x.entities.some((e) => /Private Military Company/.test(e.name))).toBe(false);
  });
});

describe("brand names and item acronyms", () => {
  it("reads a name that opens with a lower-case brand word (“zFlight Cargo LLC”)", () => {
    const r = run("The Treasury sanctioned zFlight Cargo LLC on Monday.");
    expect(r.entity("zFlight Cargo LLC").type).toBe("company");
  });

  it("does not take an acronym for a class of weapons for a party (“UAVs”, “ICBMs”)", () => {
    const r = run("Belarus sent UAVs and ICBMs to Serbia.");
    expectWellFormed(r.x, r.text);
    expect(r.x.entities.map((e) => e.name).sort()).toEqual(["Belarus", "Serbia"]);
  });
});

describe("people, titles and nationality", () => {
  it("moves a title into positions: “Treasury Secretary Janet Yellen”", () => {
    const r = run("Treasury Secretary Janet Yellen announced the measures.");
    const yellen = r.entity("Janet Yellen");
    expect(yellen.type).toBe("person");
    expect(yellen.positions).toEqual(["Treasury Secretary"]);
    expect(surfaces(r, "Janet Yellen")).toEqual(["Janet Yellen"]);
    // The organisation in the title is an entity of its own.
    expect(r.entity("Treasury").type).toBe("government_body");
  });

  it("keeps a title with “of” whole: “Secretary of State Antony Blinken”", () => {
    const r = run("Secretary of State Antony Blinken spoke to reporters.");
    const blinken = r.entity("Antony Blinken");
    expect(blinken.type).toBe("person");
    expect(blinken.positions).toEqual(["Secretary of State"]);
  });

  it("gives a person the country of a demonym in the title", () => {
    const r = run("Iranian President Ebrahim Raisi received Russian Foreign Minister Sergei Lavrov.");
    expect(r.entity("Ebrahim Raisi")).toMatchObject({ type: "person", country: "IR" });
    expect(r.entity("Sergei Lavrov")).toMatchObject({ type: "person", country: "RU" });
    expect(r.entity("Sergei Lavrov").positions!.some((p) => p.includes("Foreign Minister"))).toBe(true);
  });

  it("reads “a Slovakian national, NAME” as the person's nationality", () => {
    const r = run("A Slovakian national, Ashot Mkrtychev, met the buyers in Bratislava.");
    expect(r.entity("Ashot Mkrtychev")).toMatchObject({ type: "person", country: "SK" });
    // The demonym is also a mention of Slovakia, and the capital joins it.
    expect(surfaces(r, "Slovakia")).toEqual(["Slovakian", "Bratislava"]);
  });

  it("reads an appositive nationality after the name: “NAME, a Slovakian national,”", () => {
    const r = run("Ashot Mkrtychev, a Slovakian national, met the buyers.");
    expect(r.entity("Ashot Mkrtychev")).toMatchObject({ type: "person", country: "SK" });
  });

  it("reads “Russia-based COMPANY” as the company's jurisdiction", () => {
    const r = run("The drones were paid for by Russia-based Volga Trade OOO. They were built by Iran-based Qods Aviation Industries.");
    expect(r.entity("Volga Trade OOO")).toMatchObject({ type: "company", country: "RU" });
    expect(r.entity("Qods Aviation Industries")).toMatchObject({ type: "company", country: "IR" });
  });

  it("joins “Mr Surname” and the surname alone to the full name", () => {
    const text = "Arms dealer Ashot Mkrtychev met the buyers. Mr Mkrtychev said little. Later, Mkrtychev flew home.";
    const r = run(text);
    const people = r.x.entities.filter((e) => e.type === "person");
    expect(people.map((e) => e.name)).toEqual(["Ashot Mkrtychev"]);
    expect(surfaces(r, "Ashot Mkrtychev")).toEqual(["Ashot Mkrtychev", "Mkrtychev", "Mkrtychev"]);
    expect(r.entity("Mkrtychev").id).toBe(people[0]!.id);
  });

  it("keeps two people who share a surname apart", () => {
    const r = run("Kim Jong Un met Kim Yo Jong. Kim Yo Jong spoke first.");
    const people = r.x.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toEqual(["Kim Jong Un", "Kim Yo Jong"]);
  });

  it("does not turn sentence-initial ordinary words into entities", () => {
    const r = run("Meanwhile, shipments grew. However, nobody confirmed them.");
    expect(r.x.entities).toEqual([]);
  });
});

describe("lexicon look-ups", () => {
  it("never reads a word that is also a JavaScript object key (“constructor”, “valueOf”) as a lexicon entry", () => {
    const r = run("Iran supplied drones to a Russian constructor, and Russian valueOf traders paid.");
    expectWellFormed(r.x, r.text);
    expect(r.x.entities.map((e) => e.name).sort()).toEqual(["Iran", "Russia"]);
    expect(r.x.entities.every((e) => typeof e.type === "string")).toBe(true);
  });
});

describe("airlines and carriers", () => {
  it("a name ending in “Air” is an airline; “Air Force” stays a military body", () => {
    const r = run("Cedar Air and Air Koryo flew cargo for Levant Logistics, the Russian Air Force said.");
    expect(r.entity("Cedar Air").type).toBe("company");
    expect(r.entity("Air Koryo").type).toBe("company");
    expect(r.entity("Levant Logistics").type).toBe("company");
    expect(r.entity("Russian Air Force").type).toBe("government_body");
  });
});

describe("Korean names and maritime companies", () => {
  it("a hyphenated given name (“Shin Won-sik”) makes a person whose family name comes first", () => {
    const r = run("Shin Won-sik told reporters on Monday that Shin had seen the reports.");
    const p = r.entity("Shin Won-sik");
    expect(p.type).toBe("person");
    expect(p.aliases).not.toContain("Won-sik");
  });
  it("names ending in Marine or Maritime are companies", () => {
    const r = run("Volga Marine and Caspian Maritime shipped fuel to Iran.");
    expect(r.entity("Volga Marine").type).toBe("company");
    expect(r.entity("Caspian Maritime").type).toBe("company");
  });
});
