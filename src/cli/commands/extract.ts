// `dossier extract`: one text in, the extraction contract out (JSON) or a readable listing.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { BadInputError, UsageError } from "../../errors.js";
import { extract } from "../../extract/index.js";
import { decodeText, maxBytesFromEnv } from "../../text/decode.js";
import { parseIsoDate } from "../../time/resolve.js";
import { formatExtraction } from "../format.js";

interface ExtractFlags {
  json?: boolean;
  published?: string;
  title?: string;
}

export function readInput(file: string): { text: string; label: string } {
  const label = file === "-" ? "<stdin>" : file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BadInputError(`${label}: no such file`);
    if (code === "EISDIR") throw new BadInputError(`${label}: is a directory, not a text file`);
    throw new BadInputError(`${label}: cannot be read (${code ?? String(err)})`);
  }
  return { text: decodeText(bytes, label, maxBytesFromEnv()), label };
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities and facts from one news text (FILE, or - for stdin)")
    .argument("<file>", "text file, or - for standard input")
    .option("--json", "print the extraction contract as JSON")
    .option("--published <date>", "publication date, YYYY-MM-DD (resolves 'last month', 'on Thursday')")
    .option("--title <title>", "document title")
    .action((file: string, flags: ExtractFlags) => {
      if (flags.published !== undefined && !parseIsoDate(flags.published)) {
        throw new UsageError(`--published must be a date as YYYY-MM-DD, got "${flags.published}"`);
      }
      const { text } = readInput(file);
      const result = extract(text, {
        ...(flags.published !== undefined ? { published: flags.published } : {}),
        ...(flags.title !== undefined ? { title: flags.title } : {}),
      });
      process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatExtraction(result, text));
    });
}
