// Demo: runs the built extractor over samples/*.txt and prints the readable listing for each (build first: npm run build).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readSamples } from "./read-sample.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
if (!existsSync(`${root}dist/extract/index.js`)) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const { extract } = await import("../dist/extract/index.js");
const { formatExtraction } = await import("../dist/cli/format.js");

const dir = process.argv[2] ?? `${root}samples`;
const samples = readSamples(dir);
if (!samples.length) {
  console.error(`no .txt samples in ${dir}`);
  process.exit(1);
}
let failed = 0;
for (const { file, meta, body } of samples) {
  console.log(`=== ${file}`);
  try {
    const x = extract(body, {
      ...(meta.published ? { published: meta.published } : {}),
      ...(meta.title ? { title: meta.title } : {}),
    });
    process.stdout.write(formatExtraction(x, body));
  } catch (err) {
    // One bad sample does not stop the others; the exit code says something failed.
    failed++;
    console.log(`error: ${err instanceof Error ? err.message : String(err)}`);
  }
  console.log("");
}
process.exitCode = failed ? 1 : 0;
