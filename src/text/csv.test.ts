import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv.js";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe("");
  });
  it("defuses text a spreadsheet would run as a formula; numbers stay numbers", () => {
    for (const s of ["=1+1", "+7 wrote", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(s).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("=A1,B1")).toBe(`"'=A1,B1"`);
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell("Kim Jong-un")).toBe("Kim Jong-un");
  });
  it("csvLine joins cells and ends the record", () => {
    expect(csvLine(["a", 1, undefined, "=x"])).toBe("a,1,,'=x\n");
  });
});
