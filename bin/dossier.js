#!/usr/bin/env node
// Entry point: runs the bundled CLI (npm ci builds it through the "prepare" script; see scripts/bundle-cli.mjs).
import { loadCli } from "./load-cli.js";

process.exitCode = await loadCli().cli.main(process.argv.slice(2));
