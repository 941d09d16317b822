// `dossier extract`: one text in, the extraction contract out.
import type { Command } from "commander";
import { UsageError } from "../../errors.js";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities and facts from one news text (FILE, or - for stdin)")
    .argument("<file>", "text file, or - for standard input")
    .option("--json", "print the extraction contract as JSON")
    .option("--published <date>", "publication date, YYYY-MM-DD")
    .option("--title <title>", "document title")
    .action(() => {
      throw new UsageError("extract: not built yet");
    });
}
