// `dossier entity NAME`: one entity's profile — names, country, positions, facts by role with evidence, contradictions, list hits.
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { entityProfile } from "../../graph/queries.js";
import { formatProfile } from "../store-format.js";
import { addDbOption, entityRef, out, withStore } from "../store-option.js";

export function registerEntity(program: Command): void {
  addDbOption(program.command("entity"))
    .description("profile of an entity (a name, alias, acronym or #id)")
    .argument("<name>", "name, alias, acronym, or #id")
    .option("--limit <n>", "facts shown (most sourced first)", "50")
    .option("--json", "print JSON")
    .action(async (name: string, opts: { db?: string; limit: string; json?: boolean }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError("--limit must be a positive whole number");
      const ref = entityRef(name);
      const p = await withStore(opts, true, (store) => entityProfile(store, ref, { limit }));
      out(opts.json ? JSON.stringify(p, null, 2) : formatProfile(p));
    });
}
