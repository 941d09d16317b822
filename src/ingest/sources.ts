// Expands what the user names — files, folders (recursively) and globs — into the files to ingest.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { formatOf, SUPPORTED_EXTENSIONS } from "./readers/index.js";

export interface Expanded {
  files: string[];
  /** Inputs that name nothing usable, with the reason. */
  missing: { source: string; error: string }[];
}

const PATTERN = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(",")}}`;

export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const files = new Set<string>();
  const missing: Expanded["missing"] = [];
  for (const input of inputs) {
    const st = await stat(input).catch(() => undefined);
    if (st?.isDirectory()) {
      const found = await glob(PATTERN, { cwd: input, absolute: true, caseSensitiveMatch: false, dot: false });
      found.sort().forEach((f) => files.add(f));
      if (!found.length) missing.push({ source: input, error: `${input}: no ${SUPPORTED_EXTENSIONS.join(" ")} files in this folder` });
    } else if (st?.isFile()) {
      files.add(resolve(input));
    } else if (isDynamicPattern(input)) {
      const found = (await glob(input, { absolute: true, onlyFiles: true })).filter((f) => formatOf(f)).sort();
      found.forEach((f) => files.add(f));
      if (!found.length) missing.push({ source: input, error: `${input}: the pattern matches no supported file` });
    } else {
      missing.push({ source: input, error: `${input}: no such file or folder` });
    }
  }
  return { files: [...files], missing };
}
