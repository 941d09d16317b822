// Loads the bundled CLI (dist/bundle/cli.cjs) through vm.Script with the V8 code cache that `npm run build` writes
// beside it, so a call does not parse and compile the CLI again. A missing or stale cache only costs speed: V8
// rejects it and compiles as usual.
import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

export const BUNDLE = fileURLToPath(new URL("../dist/bundle/cli.cjs", import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

/** The CLI's exports and the script they came from (whose code cache the build writes). */
export function loadCli() {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(BUNDLE, "utf8")), { filename: BUNDLE, cachedData });
  // A script from a code cache loses vm's dynamic-import hook (Node 20): the bundle imports by path through this
  // (src/import-module.ts).
  globalThis.__dossierImport = (specifier) => import(specifier);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { cli: module.exports, script };
}
