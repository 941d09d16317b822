// Loads the bundled CLI (dist/bundle/cli.cjs) through vm.Script with the V8 code cache that `npm run build` writes
// beside it, so a call does not parse and compile the CLI again. A missing or stale cache only costs speed: V8
// rejects it and compiles as usual.
"use strict";
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const { dirname, join } = require("node:path");
const vm = require("node:vm");

const BUNDLE = join(__dirname, "../dist/bundle/cli.cjs");
const CODE_CACHE = `${BUNDLE}.cache`;

/** The CLI's exports and the script they came from (whose code cache the build writes). */
function loadCli() {
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
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { cli: module.exports, script };
}

module.exports = { loadCli, BUNDLE, CODE_CACHE };
