// Builds the `dossier` command line: one file per command under commands/, each a thin shell over the modules.
import { Command, CommanderError } from "commander";
import { DossierError, errorMessage } from "../errors.js";
import { registerEntities } from "./commands/entities.js";
import { registerEntity } from "./commands/entity.js";
import { registerExport } from "./commands/export.js";
import { registerExtract } from "./commands/extract.js";
import { registerFacts } from "./commands/facts.js";
import { registerIngest } from "./commands/ingest.js";
import { registerSearch } from "./commands/search.js";
import { registerDemo } from "./commands/demo.js";
import { registerServe } from "./commands/serve.js";
import { registerGraph } from "./commands/graph.js";

export function buildCli(): Command {
  const program = new Command("dossier")
    .description("Evidence-backed facts about arms deals and sanctions, screened against the real lists.")
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)");
  registerExtract(program);
  registerIngest(program);
  registerFacts(program);
  registerEntity(program);
  registerEntities(program);
  registerSearch(program);
  registerExport(program);
  registerGraph(program);
  registerServe(program);
  registerDemo(program);
  return program;
}

/** Runs the CLI and returns the process exit code: 0 ok, 1 failure, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  const program = buildCli();
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return 0;
      return 2;
    }
    if (err instanceof DossierError) {
      process.stderr.write(`dossier: ${err.message}\n`);
      return err.code === "usage" ? 2 : 1;
    }
    process.stderr.write(`dossier: ${errorMessage(err)}\n`);
    return 1;
  }
}
