// Text written for machines to read back (the CLI bundle, the gazetteer snapshot) kept to ASCII: read back, it makes
// a one-byte string, half the memory of a two-byte one and faster to decode at every start.

/** Every character outside ASCII as a \uXXXX escape (UTF-16 units: a pair for astral ones), valid in JSON and in JavaScript strings, regexes and identifiers. */
export function escapeNonAscii(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
