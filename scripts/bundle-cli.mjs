#!/usr/bin/env node
// Build step: bundles the compiled CLI into dist/bundle/cli.cjs, so `dossier` starts by reading one file instead of
// resolving and compiling ~40 ES modules, then runs one extraction and writes V8's code cache beside it (loaded by
// bin/load-cli.js). Large dependencies stay in node_modules and load only with the commands that need them. The
// ingest worker is an ES module bundle of its own (dist/bundle/worker.js).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { escapeNonAscii } from "../dist/text/ascii.js";

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

/**
 * any-ascii's tables are more than half a megabyte of source that only screening needs, and it is an ES module that a
 * CommonJS bundle cannot require: it gets a CommonJS bundle of its own beside the CLI, required when screening loads.
 */
const anyAsciiBeside = {
  name: "any-ascii-beside",
  setup(b) {
    b.onResolve({ filter: /^any-ascii$/ }, () => ({ path: "./any-ascii.cjs", external: true }));
  },
};

const common = { bundle: true, platform: "node", target: "node20", logLevel: "warning" };
const external = [
  "better-sqlite3", "world-countries", "hono", "hono/*", "@hono/node-server", "linkedom", "@mozilla/readability",
  "csv-parse", "csv-parse/*", "saxes", "fast-xml-parser", "tinyglobby",
];

await build({
  ...common,
  entryPoints: ["dist/cli/cli.js"],
  outfile: `${outdir}/cli.cjs`,
  format: "cjs",
  external,
  // The compiled code finds its data and the worker relative to its own file.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyChildProcess, anyAsciiBeside],
  // Less source to read at every start; names are kept, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
});
await build({
  ...common,
  entryPoints: ["dist/ingest/worker.js"],
  outfile: `${outdir}/worker.js`,
  format: "esm",
  external: [...external, "any-ascii"],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The function itself is the module's exports: the CLI bundle imports its default the way Node would.
await build({
  ...common,
  stdin: { contents: "module.exports = require('any-ascii').default;", resolveDir: process.cwd(), loader: "js" },
  outfile: `${outdir}/any-ascii.cjs`,
  format: "cjs",
});

// esbuild writes ASCII except inside regular expressions. Escaped there too, the bundle decodes into a one-byte string:
// half the memory, and read faster at every start (a handful of curly quotes made all 450 KB two-byte).
const cliPath = `${outdir}/cli.cjs`;
writeFileSync(cliPath, escapeNonAscii(readFileSync(cliPath, "utf8")));

// One extraction through the loader compiles the functions a call runs; their code goes into the cache.
const { loadCli, CODE_CACHE } = await import("../bin/load-cli.js");
const { cli, script } = loadCli();
const dir = mkdtempSync(join(tmpdir(), "dossier-cache-"));
const sample = join(dir, "sample.txt");
writeFileSync(sample, "Iran supplied hundreds of drones to Russia last summer, officials said. The Treasury sanctioned Ashot Mkrtychev, a Slovakian national.\n");
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = () => true;
try {
  await cli.main(["extract", "--json", sample]);
} finally {
  process.stdout.write = write;
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(CODE_CACHE, script.createCachedData());
console.log(`bundle: ${outdir}/cli.cjs (+ code cache), ${outdir}/worker.js`);
