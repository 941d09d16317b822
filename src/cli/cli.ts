// Builds the `dossier` command line: one file per command under commands/, each a thin shell over the modules.
import { Command, CommanderError } from "commander";
import { DossierError, errorMessage } from "../errors.js";

type Register = (program: Command) => void;

/**
 * Commands load on demand: `dossier extract` is called once per document by scripts, so it must not pay for the
 * screening engine's or the store's start-up. Help and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import("./commands/extract.js")).registerExtract,
  screen: async () => (await import("./commands/screen.js")).registerScreen,
  match: async () => (await import("./commands/match.js")).registerMatch,
  lists: async () => (await import("./commands/lists.js")).registerLists,
  ingest: async () => (await import("./commands/ingest.js")).registerIngest,
  facts: async () => (await import("./commands/facts.js")).registerFacts,
  entity: async () => (await import("./commands/entity.js")).registerEntity,
  entities: async () => (await import("./commands/entities.js")).registerEntities,
  search: async () => (await import("./commands/search.js")).registerSearch,
  export: async () => (await import("./commands/export.js")).registerExport,
  graph: async () => (await import("./commands/graph.js")).registerGraph,
  serve: async () => (await import("./commands/serve.js")).registerServe,
  demo: async () => (await import("./commands/demo.js")).registerDemo,
};

export async function buildCli(argv: readonly string[] = []): Promise<Command> {
  const program = new Command("dossier")
    .description("Evidence-backed facts about arms deals and sanctions, screened against the real sanctions lists.")
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)");
  const first = argv[0];
  const wanted = first && COMMANDS[first] ? [first] : Object.keys(COMMANDS);
  for (const name of wanted) (await COMMANDS[name]!())(program);
  return program;
}

/** Runs the CLI and returns the process exit code: 0 ok, 1 failure, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  const program = await buildCli(argv);
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
