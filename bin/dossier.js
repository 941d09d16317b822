#!/usr/bin/env node
// Entry point: runs the bundled CLI (npm ci builds it through the "prepare" script; see scripts/bundle-cli.mjs).
import { main } from "../dist/bundle/cli.js";

process.exitCode = await main(process.argv.slice(2));
