#!/usr/bin/env node
// Entry point: runs the bundled CLI (npm ci builds it through the "prepare" script; see scripts/bundle-cli.mjs).
// CommonJS (bin/package.json), so a call does not start Node's ES module loader unless a command needs it.
"use strict";
const { loadCli } = require("./load-cli.js");

loadCli()
  .cli.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
