// The extract command prints straight to descriptor 1 (stdout.ts): whole output through a slow pipe, no error when the
// reader goes away. Runs the built CLI (npm test builds first).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../extract/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin/dossier.js");
const dir = mkdtempSync(join(tmpdir(), "dossier-stdout-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Enough facts for a JSON output several times a pipe's 64 KiB buffer.
const SENTENCES = ["Iran sold hundreds of drones to Russia last year, officials said.", "North Korea shipped artillery shells to Russia in exchange for food, according to the White House.", "The Treasury sanctioned Ashot Mkrtychev, a Slovakian national, on Thursday."];
const TEXT = Array.from({ length: 900 }, (_, i) => `${SENTENCES[i % 3]}${i % 4 === 3 ? "\n\n" : " "}`).join("");

function run(args: string[], onChild: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; out: Buffer; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let err = "";
    child.stdout!.on("data", (c: Buffer) => chunks.push(c));
    child.stderr!.on("data", (c: Buffer) => (err += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out: Buffer.concat(chunks), err }));
    onChild(child);
  });
}

describe("extract output on standard output", () => {
  it("arrives whole and in order through a pipe whose reader stalls", async () => {
    const file = join(dir, "many.txt");
    writeFileSync(file, TEXT);
    const r = await run(["extract", "--json", "--published", "2024-01-10", file], (child) => {
      // Stop reading at once so the pipe fills, then read on.
      child.stdout!.pause();
      setTimeout(() => child.stdout!.resume(), 300);
    });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const expected = `${JSON.stringify(extract(TEXT, { published: "2024-01-10" }), null, 2)}\n`;
    expect(r.out.length).toBeGreaterThan(3 * 65536);
    expect(r.out.toString("utf8")).toBe(expected);
  });

  it("arrives whole through a non-blocking pipe that fills", async () => {
    const file = join(dir, "fifo.txt");
    writeFileSync(file, TEXT);
    const fifo = join(dir, "out.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // Both ends non-blocking, as some parents leave a pipe. (Node 20 on Linux completes writeSync on it; where it
    // throws EAGAIN, stdout.ts hands the rest to process.stdout.)
    const rfd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const wfd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const reader = new Socket({ fd: rfd, readable: true, writable: false });
    const chunks: Buffer[] = [];
    reader.pause();
    reader.on("data", (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => reader.on("close", resolve));
    const child = spawn(process.execPath, [bin, "extract", "--json", "--published", "2024-01-10", file], { stdio: ["ignore", wfd, "pipe"] });
    closeSync(wfd);
    let err = "";
    child.stderr!.on("data", (c: Buffer) => (err += c));
    setTimeout(() => reader.resume(), 300);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    await ended;
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(`${JSON.stringify(extract(TEXT, { published: "2024-01-10" }), null, 2)}\n`);
  });

  it("is no error when the reader closes the pipe early (| head)", async () => {
    const file = join(dir, "head.txt");
    writeFileSync(file, TEXT);
    const r = await run(["extract", "--json", file], (child) => {
      child.stdout!.once("data", () => child.stdout!.destroy());
    });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });
});
