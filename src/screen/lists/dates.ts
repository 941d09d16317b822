// Publisher date strings → ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD), the form qualifiers compare.

const MONTHS: Readonly<Record<string, string>> = {
  jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12",
};

/** "08 Jan 1984", "Jan 1984", "1984", "1962 to 1964", "circa 1965", "1984-01-08", "01/08/1984" (US order). */
export function isoDates(raw: string): string[] {
  const s = raw.trim().replace(/^(circa|approximately|about|ca\.)\s+/i, "");
  let m = /^(\d{4})\s*(?:to|-)\s*(\d{4})$/.exec(s);
  if (m) return [`${m[1]}-${m[2]}`];
  m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s);
  if (m) return [m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`];
  m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS[(m[2] ?? "").toLowerCase()];
    if (mon) return [`${m[3]}-${mon}-${(m[1] ?? "").padStart(2, "0")}`];
  }
  m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS[(m[1] ?? "").toLowerCase()];
    if (mon) return [`${m[2]}-${mon}`];
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return [`${m[3]}-${(m[1] ?? "").padStart(2, "0")}-${(m[2] ?? "").padStart(2, "0")}`];
  m = /^(\d{4})$/.exec(s);
  if (m) return [s];
  m = /(\d{4})/.exec(s);
  return m?.[1] ? [m[1]] : [];
}
