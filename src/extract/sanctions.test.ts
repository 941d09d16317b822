// Sanction frames: who designates whom, when, and whether it is imposed, threatened or lifted.
import { describe, expect, it } from "vitest";
import type { Fact } from "./types.js";
import { expectWellFormed, run, type Run } from "./test-helpers/lookup.js";

function sanctions(r: Run): Fact[] {
  expectWellFormed(r.x, r.text);
  const out = r.facts("sanction");
  for (const f of out) {
    expect(f.rule).toMatch(/^sanction\./);
    // An authority never sanctions itself.
    for (const a of r.role(f, "authority")) expect(r.role(f, "target")).not.toContain(a);
  }
  return out;
}

const targets = (r: Run, facts: Fact[]) => facts.flatMap((f) => r.role(f, "target")).sort();

describe("designations", () => {
  it("“OFAC designated X”: OFAC is the authority, X the target, imposed on the publication day", () => {
    const r = run("OFAC designated Ashot Mkrtychev for brokering arms deals.", "2023-03-31");
    const [f, ...rest] = sanctions(r);
    expect(rest).toEqual([]);
    expect(r.role(f!, "authority")).toEqual(["Office of Foreign Assets Control"]);
    expect(r.role(f!, "target")).toEqual(["Ashot Mkrtychev"]);
    expect(f).toMatchObject({ status: "imposed", certainty: "stated", rule: "sanction.designate" });
    expect(f!.time).toMatchObject({ start: "2023-03-31", end: "2023-03-31" });
    expect(r.evidenceText(f!)).toEqual([r.text]);
  });

  it("a subject with its acronym in brackets: “The Office of Foreign Assets Control (OFAC) designated X”", () => {
    const r = run("The Office of Foreign Assets Control (OFAC) designated Ashot Mkrtychev on Thursday.", "2023-03-31");
    const fs = sanctions(r);
    expect(fs).toHaveLength(1);
    expect(r.role(fs[0]!, "authority")).toEqual(["Office of Foreign Assets Control"]);
    expect(r.role(fs[0]!, "target")).toEqual(["Ashot Mkrtychev"]);
    expect(fs[0]!.time).toMatchObject({ start: "2023-03-30", end: "2023-03-30" });
  });

  it("a nationality describing an unnamed target is not the target: “sanctioned a Slovakian arms dealer”", () => {
    const r = run("The Treasury sanctioned a Slovakian arms dealer on Thursday.");
    const fs = sanctions(r);
    expect(targets(r, fs)).not.toContain("Slovakia");
  });

  it("an explicit date “on June 20, 2017” is the time of the designation", () => {
    const r = run("The Treasury designated Volga Trade OOO on June 20, 2017.", "2023-03-31");
    const [f] = sanctions(r);
    expect(r.role(f!, "authority")).toEqual(["US Treasury"]);
    expect(r.role(f!, "target")).toEqual(["Volga Trade OOO"]);
    expect(f!.time).toEqual({ text: "June 20, 2017", start: "2017-06-20", end: "2017-06-20" });
  });

  it("passive “X was designated by OFAC in 2019”: the by-phrase is the authority", () => {
    const r = run("Volga Trade OOO was designated by OFAC in 2019.", "2023-03-31");
    const fs = sanctions(r);
    expect(fs).toHaveLength(1);
    expect(r.role(fs[0]!, "authority")).toEqual(["Office of Foreign Assets Control"]);
    expect(r.role(fs[0]!, "target")).toEqual(["Volga Trade OOO"]);
    expect(fs[0]!.time).toMatchObject({ start: "2019-01-01", end: "2019-12-31" });
  });

  it("“X is being designated pursuant to ...” takes the document's sanctioning body as its authority", () => {
    const text = "OFAC today sanctioned two networks. Volga Trade OOO is being designated pursuant to Executive Order 14024 because it sells drone engines.";
    const r = run(text, "2023-03-31");
    const fs = sanctions(r);
    expect(fs).toHaveLength(1);
    expect(r.role(fs[0]!, "authority")).toEqual(["Office of Foreign Assets Control"]);
    expect(r.role(fs[0]!, "target")).toEqual(["Volga Trade OOO"]);
    expect(fs[0]!.status).toBe("imposed");
    expect(fs[0]!.rule).toBe("sanction.passive");
    expect(r.evidenceText(fs[0]!)).toEqual(["Volga Trade OOO is being designated pursuant to Executive Order 14024 because it sells drone engines."]);
  });

  it("the default authority prefers OFAC over the Treasury named earlier", () => {
    const text = "The Treasury acted through OFAC. Ashot Mkrtychev is being designated pursuant to Executive Order 14024 for his role in arms deals.";
    const r = run(text);
    const fs = sanctions(r);
    expect(fs).toHaveLength(1);
    expect(r.role(fs[0]!, "authority")).toEqual(["Office of Foreign Assets Control"]);
    expect(r.role(fs[0]!, "target")).toEqual(["Ashot Mkrtychev"]);
  });
});

describe("lists of targets and authorities", () => {
  it("“imposed sanctions on A, B and C” (people) gives three targets", () => {
    const r = run("The United States imposed sanctions on Ashot Mkrtychev, Rafael Gazaryan and Yevgeny Prigozhin.");
    const fs = sanctions(r);
    expect(fs).toHaveLength(3);
    expect(targets(r, fs)).toEqual(["Ashot Mkrtychev", "Rafael Gazaryan", "Yevgeny Prigozhin"]);
    for (const f of fs) {
      expect(r.role(f, "authority")).toEqual(["United States"]);
      expect(f).toMatchObject({ status: "imposed", rule: "sanction.noun-on" });
    }
  });

  it("“imposed sanctions on A LLC, B JSC and C Ltd” (companies) gives three targets", () => {
    const r = run("The Treasury imposed sanctions on Alpha Trade LLC, Beta Logistics JSC and Gamma Shipping Ltd.");
    const fs = sanctions(r);
    expect(targets(r, fs)).toEqual(["Alpha Trade LLC", "Beta Logistics JSC", "Gamma Shipping Ltd"]);
    for (const f of fs) expect(r.role(f, "authority")).toEqual(["US Treasury"]);
  });

  it("two authorities and two targets are not confused", () => {
    const r = run("The Treasury and the State Department sanctioned Ashot Mkrtychev and Rafael Gazaryan.");
    const fs = sanctions(r);
    expect(targets(r, fs)).toEqual(["Ashot Mkrtychev", "Rafael Gazaryan"]);
    for (const f of fs) expect(r.role(f, "authority").sort()).toEqual(["US Department of State", "US Treasury"]);
  });

  it("a country named in a target's description is not a target itself", () => {
    const r = run("OFAC sanctioned Volga Trade OOO, a Russia-based supplier of drone engines.");
    const fs = sanctions(r);
    expect(targets(r, fs)).toEqual(["Volga Trade OOO"]);
  });
});

describe("status", () => {
  it("“could face sanctions” is threatened, with the threatened party as target", () => {
    const r = run("Sunrise Logistics LLC could face sanctions if it ships drone parts to Russia.");
    const fs = sanctions(r);
    expect(fs).toHaveLength(1);
    expect(r.role(fs[0]!, "target")).toEqual(["Sunrise Logistics LLC"]);
    expect(fs[0]!.status).toBe("threatened");
    expect(fs[0]!.rule).toBe("sanction.threat");
    // Russia, the destination of the shipment, is not threatened.
    expect(targets(r, fs)).not.toContain("Russia");
  });

  it("“lifted sanctions on X” is lifted", () => {
    const r = run("The EU lifted sanctions on Volga Trade OOO.");
    const fs = sanctions(r);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.status).toBe("lifted");
    expect(r.role(fs[0]!, "authority")).toEqual(["European Union"]);
    expect(r.role(fs[0]!, "target")).toEqual(["Volga Trade OOO"]);
  });

  it("“proposed sanctions on X” is proposed", () => {
    const r = run("The European Commission proposed sanctions on Ashot Mkrtychev.");
    const fs = sanctions(r);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.status).toBe("proposed");
    expect(r.role(fs[0]!, "target")).toEqual(["Ashot Mkrtychev"]);
  });

  it("a designation described as earlier keeps no invented date", () => {
    const r = run("OFAC had previously designated Ashot Mkrtychev.", "2023-03-31");
    const fs = sanctions(r);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.time).toBeUndefined();
  });
});

describe("designees named in a sentence of their own", () => {
  it("“The entities are X, Y and Z” after an announcement that counted them", () => {
    const r = run("Today, OFAC imposed sanctions on three entities that supplied the drone programme. The entities are Volga Trade LLC (Volga), Baltic Parts Ltd, and Kestrel Systems JSC.", "2024-02-20");
    const targets = r.facts("sanction").map((f) => r.role(f, "target")[0]).sort();
    expect(targets).toEqual(["Baltic Parts Ltd", "Kestrel Systems JSC", "Volga Trade LLC"]);
    for (const f of r.facts("sanction")) {
      expect(r.role(f, "authority")).toEqual(["Office of Foreign Assets Control"]);
      expect(f.time).toMatchObject({ start: "2024-02-20", end: "2024-02-20" });
    }
  });

  it("a list sentence in a text that never speaks of sanctions designates nobody", () => {
    const r = run("The entities are Volga Trade LLC and Baltic Parts Ltd.");
    expect(r.facts("sanction")).toEqual([]);
  });
});

describe("more ways to sanction", () => {
  it("an asset freeze names its targets after “assets of”, titles and all", () => {
    const r = run("Norway froze the assets of five Russian businessmen, including Deputy Prime Minister Ivan Petrov.", "2024-06-21");
    const f = r.facts("sanction");
    expect(f.map((x) => r.role(x, "target")[0])).toEqual(["Ivan Petrov"]);
    expect(r.role(f[0]!, "authority")).toEqual(["Norway"]);
  });

  it("a freeze of anything but assets is no sanction", () => {
    const r = run("Russia froze the front line near Kharkiv.");
    expect(r.facts("sanction")).toEqual([]);
  });

  it("a company named by one word can be added to a list, and adding is not speaking", () => {
    const r = run("The Commerce Department added Zetronix to its Entity List in 2021.");
    const [f] = r.facts("sanction");
    expect(r.role(f!, "target")).toEqual(["Zetronix"]);
    expect(r.role(f!, "authority")).toEqual(["US Department of Commerce"]);
    expect(f!.certainty).toBe("stated");
    expect(f!.time).toMatchObject({ start: "2021-01-01", end: "2021-12-31" });
  });
});

describe("counted designees", () => {
  it("a count of designees before their names (“two Russia-based companies, X and Y”) is a description, not a stop", () => {
    const r = run("The Treasury on Thursday sanctioned two Minsk-based companies, Kestrel Trading LLC and Volga Marine, for arranging the shipments.");
    const targets = r.facts("sanction").map((f) => r.role(f, "target")[0]).sort();
    expect(targets).toEqual(["Kestrel Trading LLC", "Volga Marine"]);
    const listed = run("OFAC designated the following three entities: Alpha Trading LLC, Beta Ltd and Gamma JSC.");
    expect(listed.facts("sanction")).toHaveLength(3);
  });
});

describe("lists and clauses", () => {
  it("“placed X on the SDN list” and “put X on the Entity List” designate X", () => {
    const placed = run("The Treasury placed Ashot Mkrtychev on the SDN list.");
    expect(targets(placed, sanctions(placed))).toEqual(["Ashot Mkrtychev"]);
    const put = run("The Commerce Department put Sinno Electronics on the Entity List.");
    expect(targets(put, sanctions(put))).toEqual(["Sinno Electronics"]);
  });
  it("the name of a list is no entity (“the Entity List”)", () => {
    const r = run("The Commerce Department added Sinno Electronics to the Entity List.");
    expect(r.x.entities.map((e) => e.name)).not.toContain("Entity List");
  });
  it("a name with its own verb after the targets opens a new clause (“sanctions on X, and Britain said”)", () => {
    const r = run("The EU imposed sanctions on Iran, and Britain said it would follow.");
    expect(targets(r, sanctions(r))).toEqual(["Iran"]);
  });
});
