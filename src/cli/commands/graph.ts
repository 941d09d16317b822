// `dossier graph NAME`: the graph around an entity (what the web UI's network view draws), as JSON.
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { entityGraph, MAX_DEPTH } from "../../graph/neighbourhood.js";
import { addDbOption, entityRef, out, withStore } from "../store-option.js";

export function registerGraph(program: Command): void {
  addDbOption(program.command("graph"))
    .description("the graph around an entity to a depth, as JSON (nodes, directed edges by fact)")
    .argument("<name>", "name, alias, acronym, or #id")
    .option("--depth <n>", `1–${MAX_DEPTH}`, "1")
    .action(async (name: string, opts: { db?: string; depth: string }) => {
      const depth = Number(opts.depth);
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new UsageError(`--depth must be 1–${MAX_DEPTH}`);
      const ref = entityRef(name);
      out(JSON.stringify(await withStore(opts, true, (store) => entityGraph(store, ref, { depth })), null, 2));
    });
}
