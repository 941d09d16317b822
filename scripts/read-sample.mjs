// Reads the sample texts: a header of "Key: value" lines (Title:, Published:), a blank line, then the body that is extracted.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Splits one sample into its header fields (lower-cased keys) and its body; the body is the document text. */
export function parseSample(raw) {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const cut = text.indexOf("\n\n");
  if (cut < 0) return { meta: {}, body: text };
  const meta = {};
  for (const line of text.slice(0, cut).split("\n")) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (m) meta[m[1].toLowerCase()] = m[2].trim();
  }
  // No header at all: the whole file is the body.
  if (!Object.keys(meta).length) return { meta, body: text };
  return { meta, body: text.slice(cut + 2) };
}

/** Every samples/*.txt, sorted by name. */
export function readSamples(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, ...parseSample(readFileSync(join(dir, file), "utf8")) }));
}
