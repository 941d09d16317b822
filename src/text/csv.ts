// Writing CSV cells for every CSV Dossier prints or exports: RFC 4180 quoting, and no cell a spreadsheet would run.

/**
 * One CSV cell. Text that a spreadsheet would read as a formula ("=HYPERLINK(...)", "+1", "-2", "@SUM", or one
 * opening with a tab or carriage return) gets a leading apostrophe, so a name or a quote taken from a document can
 * never run as a formula when an analyst opens the file (CWE-1236). Numbers are written as they are.
 */
export function csvCell(v: string | number | undefined): string {
  if (v === undefined) return "";
  if (typeof v === "number") return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, newline included. */
export function csvLine(fields: ReadonlyArray<string | number | undefined>): string {
  return `${fields.map(csvCell).join(",")}\n`;
}
