// `dossier export --format ftm|gexf|graphml|csv|json`: the graph out, to stdout or --out FILE (written whole or not at all).
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
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
  const stream = createWriteStream(tmp);
  try {
    for await (const c of chunks) if (!stream.write(c)) await new Promise<void>((r) => stream.once("drain", () => r()));
    await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
    await rename(tmp, path);
  } catch (err) {
    stream.destroy();
    await rm(tmp, { force: true });
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
