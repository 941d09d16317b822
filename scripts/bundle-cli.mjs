#!/usr/bin/env node
// Build step: bundles the compiled CLI into dist/bundle/ so `dossier` starts by reading a few files instead of
// resolving and compiling ~40 ES modules. Each command stays a separate chunk, loaded only when it runs.
// The ingest worker is a second entry point; native and data packages stay in node_modules.
import { rmSync } from "node:fs";
import { build } from "esbuild";

const outdir = "dist/bundle";
rmSync(outdir, { recursive: true, force: true });

/**
 * Commander requires node:child_process at load time for executable subcommands, which Dossier never declares;
 * loading it (and net, stream, …) is a large part of start-up. Commander gets a stand-in that loads it on first use.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: "js",
    }));
  },
};

await build({
  entryPoints: { cli: "dist/cli/cli.js", worker: "dist/ingest/worker.js" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["better-sqlite3", "world-countries"],
  // CommonJS packages inside an ES module bundle need a real `require` for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [lazyChildProcess],
  logLevel: "warning",
});
console.log(`bundle: ${outdir}/cli.js`);
