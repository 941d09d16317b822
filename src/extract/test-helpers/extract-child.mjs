// Child process for stress tests: builds a large text from a repeated unit, runs extract() on it and writes the result as JSON.
// Runs apart from the test worker so that a run that never ends can be killed without hanging the test suite.
import { writeFileSync } from "node:fs";
import { buildText } from "./stress-text.mjs";

const [, , specJson, outPath] = process.argv;
const spec = JSON.parse(specJson);
const { extract } = await import("../index.ts");
const text = buildText(spec);
const x = extract(text, { published: spec.published });
writeFileSync(outPath, JSON.stringify(x));
