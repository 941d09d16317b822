// `dossier export --format ftm|gexf|graphml|csv|json`: the graph out, to stdout or --out FILE (written whole or not at all).
import { createWriteStream, existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Command } from "commander";
import { BadInputError, errorMessage, UsageError } from "../../errors.js";
import { EXPORT_FORMATS, exporter, type ExportFormat } from "../../graph/exports/index.js";
import { addDbOption, withStore } from "../store-option.js";

async function writeAll(chunks: AsyncIterable<string>, path?: string): Promise<void> {
  if (!path) {
    // `dossier export … | head` closes the pipe early: that is the reader's choice, not an error.
    let closed = false;
    process.stdout.on("error", (err: NodeJS.ErrnoException) => { if (err.code === "EPIPE") closed = true; else throw err; });
    for await (const c of chunks) {
      if (closed) return;
      if (!process.stdout.write(c)) await new Promise<void>((r) => { process.stdout.once("drain", () => r()); process.stdout.once("error", () => r()); });
    }
    return;
  }
  // Write beside the target and rename, so a failed export never leaves half a file under the real name.
  const tmp = `${path}.partial-${process.pid}`;
  try {
    // pipeline: an error of the file (no such folder, disk full) rejects here instead of crashing the process.
    await pipeline(Readable.from(chunks), createWriteStream(tmp));
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) {
      throw new BadInputError(`cannot write ${path}: ${code === "ENOENT" && !existsSync(dirname(path)) ? `the folder ${dirname(path)} does not exist` : errorMessage(err).replace(/, (open|rename) '.*$/, "")}`);
    }
    throw err;
  }
}

export function registerExport(program: Command): void {
  addDbOption(program.command("export"))
    .description("export the graph: FollowTheMoney JSON lines, GEXF or GraphML (Gephi), CSV of facts, or JSON")
    .requiredOption("--format <format>", EXPORT_FORMATS.join("|"))
    .option("--out <file>", "write to a file instead of standard output")
    .action(async (opts: { db?: string; format: string; out?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
      await withStore(opts, true, (s) => writeAll(exporter(opts.format as ExportFormat)(s), opts.out));
    });
}
