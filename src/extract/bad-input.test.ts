// Bad and hostile input: empty text, huge lines, huge documents and long runs aimed at every regex family must end with well-formed output.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { splitSentences } from "../text/sentences.js";
import { tokenize, type Token } from "../text/tokens.js";
import { findTimes, parseIsoDate } from "../time/resolve.js";
import { contentId } from "../text/hash.js";
import { extract } from "./index.js";
import type { Extraction } from "./types.js";
import { expectWellFormed } from "./test-helpers/lookup.js";
import { buildText } from "./test-helpers/stress-text.mjs";

const PUBLISHED = "2023-03-31";

/** Offsets that slice back to the token text, in order, without overlaps; collected in one pass so huge runs stay cheap to check. */
function tokenProblems(text: string, tokens: Token[]): string[] {
  const problems: string[] = [];
  let prevEnd = 0;
  tokens.forEach((t, n) => {
    if (problems.length > 20) return;
    if (t.i !== n) problems.push(`token ${n} has index ${t.i}`);
    if (t.start < prevEnd || t.end <= t.start) problems.push(`token ${n} spans ${t.start}-${t.end} after ${prevEnd}`);
    if (text.slice(t.start, t.end) !== t.text) problems.push(`token ${n} text ${JSON.stringify(t.text)} != slice`);
    prevEnd = t.end;
  });
  return problems;
}

/** Sentences that tile the token array and whose offsets match their first and last tokens. */
function sentenceProblems(text: string, tokens: Token[]): string[] {
  const problems: string[] = [];
  let next = 0;
  for (const s of splitSentences(text, tokens)) {
    if (problems.length > 20) break;
    if (s.first !== next || s.last <= s.first) problems.push(`sentence ${s.index} covers tokens ${s.first}-${s.last}, expected to start at ${next}`);
    else if (s.start !== tokens[s.first]!.start || s.end !== tokens[s.last - 1]!.end) problems.push(`sentence ${s.index} offsets ${s.start}-${s.end}`);
    next = s.last;
  }
  if (next !== tokens.length) problems.push(`sentences end at token ${next} of ${tokens.length}`);
  return problems;
}

describe("empty and blank input", () => {
  it.each([["empty", ""], ["blank", "  \n\t\n  "], ["punctuation only", "… — “” ()"]])("%s text gives no facts and a valid document", (_label, text) => {
    const x = extract(text, { published: PUBLISHED, title: "Nothing here" });
    expectWellFormed(x, text);
    expect(x.facts).toEqual([]);
    expect(x.entities).toEqual([]);
    expect(x.document).toEqual({ id: contentId(text), title: "Nothing here", published: PUBLISHED, chars: text.length });
  });

  it("an empty text has the SHA-256 of the empty string as its id", () => {
    expect(extract("").document.id).toBe("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("a malformed publication date yields no invented times", () => {
    const text = "Iran sold drones to Russia last month.";
    const x = extract(text, { published: "31/03/2023" });
    expectWellFormed(x, text);
    for (const f of x.facts) expect(f.time).toBeUndefined();
  });
});

/** Long runs aimed at each family of patterns: tokens, abbreviations, quotes, numbers, names, prepositions, months, "between". */
const ADVERSARIAL: [string, string][] = [
  ["letters", "a"],
  ["letters and spaces", "a "],
  ["hyphens", "-"],
  ["hyphenated capitals", "Alpha-"],
  ["curly apostrophes", "’"],
  ["possessives", "’s"],
  ["full stops", "."],
  ["spaced full stops", ". "],
  ["digits", "9"],
  ["digits and commas", "9,"],
  ["digits and stops", "1."],
  ["open brackets", "((("],
  ["spaced brackets", "( "],
  ["capitalised words", "Alpha "],
  ["initials", "A. "],
  ["dotted abbreviations", "U.S. "],
  ["opening quotes", "“"],
  ["quoted words", "“a” "],
  ["in in in", "in "],
  ["of the", "of the "],
  ["month names", "March "],
  ["month and year", "March 2023 "],
  ["between between", "between "],
  ["between the end of", "between the end of "],
  ["since at least", "since at least "],
  ["over the past", "over the past "],
  ["honorifics", "Mr "],
  ["reporting verbs", "said "],
  ["country names", "North Korea and "],
  ["legal forms", "Alpha LLC and "],
  ["commas", ", "],
  ["one-word lines", "Iran\r\n"],
];

describe("adversarial runs complete with sound structure", () => {
  const pub = parseIsoDate(PUBLISHED);
  it.each(ADVERSARIAL)("%s", (_label, unit) => {
    const text = buildText({ unit, chars: 50_000 });
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokenProblems(text, tokens)).toEqual([]);
    expect(sentenceProblems(text, tokens)).toEqual([]);
    const badTimes = findTimes(text, 0, pub).filter((t) => text.slice(t.start, t.end) !== t.text || t.from > t.to);
    expect(badTimes).toEqual([]);
    const x = extract(text, { published: PUBLISHED });
    expectWellFormed(x, text);
  });
});

// Stress runs go to a child process: a run that never ends is killed there instead of blocking the test worker.
// The limit is a guard against hangs, far above what a linear pass needs; it is not a speed target.
const HANG_GUARD_MS = 60_000;
const here = fileURLToPath(new URL(".", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "dossier-stress-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function extractInChild(spec: { unit: string; chars: number; published: string }, name: string): Promise<Extraction> {
  const out = join(scratch, `${name}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", join(here, "test-helpers/register-ts.mjs"), join(here, "test-helpers/extract-child.mjs"), JSON.stringify(spec), out], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), HANG_GUARD_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal) return reject(new Error(`extract() on ${spec.chars} chars did not finish within ${HANG_GUARD_MS / 1000} s (killed)`));
      if (code !== 0) return reject(new Error(`child exited with ${code}: ${stderr.slice(0, 2000)}`));
      resolve(JSON.parse(readFileSync(out, "utf8")) as Extraction);
    });
  });
}

// Written for this test: a news paragraph, and the same words as one line with every punctuation mark removed.
const PARAGRAPH =
  "Iran has shipped Shahed drones to Russia, according to the Pentagon. Treasury Secretary Janet Yellen said OFAC designated Volga Trade OOO " +
  "on June 20, 2017. North Korea sent artillery shells to Russia in exchange for food, officials believe. Moscow is looking to Pyongyang for more rockets.\n";
const NO_PUNCTUATION = `${PARAGRAPH.replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/ +/g, " ")}`;

describe("very large input completes with well-formed output", () => {
  it.concurrent("a 1 MB line without punctuation", async () => {
    const spec = { unit: NO_PUNCTUATION, chars: 1_000_000, published: PUBLISHED };
    const text = buildText(spec);
    expect(text).not.toMatch(/[.\n]/);
    const x = await extractInChild(spec, "line");
    expectWellFormed(x, text);
    expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Iran", "Russia", "North Korea"]));
  }, HANG_GUARD_MS + 30_000);

  it.concurrent("5 MB of repeated text", async () => {
    const spec = { unit: PARAGRAPH, chars: 5_000_000, published: PUBLISHED };
    const text = buildText(spec);
    const x = await extractInChild(spec, "repeated");
    expectWellFormed(x, text);
    // The same deals told again and again are still one fact each.
    const once = extract(PARAGRAPH, { published: PUBLISHED });
    expect(x.facts.length).toBe(once.facts.length);
    expect(x.facts.map((f) => f.type).sort()).toEqual(once.facts.map((f) => f.type).sort());
  }, HANG_GUARD_MS + 30_000);

  it("the child process sees the same extractor as the tests (sanity check of the harness)", async () => {
    const spec = { unit: PARAGRAPH, chars: 1, published: PUBLISHED };
    const x = await extractInChild(spec, "sanity");
    expect(x).toEqual(extract(PARAGRAPH, { published: PUBLISHED }));
  }, HANG_GUARD_MS);
});
