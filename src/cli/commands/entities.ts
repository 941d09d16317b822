// `dossier entities list|merge|split|undo|log`: the resolution log, by hand.
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { mergeEntities, splitEntity, undoBatch } from "../../graph/entity-ops.js";
import { addDbOption, out, withStore } from "../store-option.js";

export function registerEntities(program: Command): void {
  const cmd = program.command("entities").description("list entities; merge, split and undo resolution decisions");
  addDbOption(cmd.command("list"))
    .description("entities, most documented first")
    .option("--limit <n>", "how many", "50")
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; limit: string; json?: boolean }) => {
      const rows = await withStore(opts, true, (s) => s.listEntities(Number(opts.limit) || 50, 0));
      out(opts.json ? JSON.stringify(rows, null, 2) : rows.map((e) => `#${e.id}\t${e.type}\t${e.country ?? ""}\t${e.docCount} docs\t${e.name}`).join("\n") || "no entities");
    });
  addDbOption(cmd.command("merge"))
    .description("record that A and B are the same entity (undo with `entities undo BATCH`)")
    .argument("<a>").argument("<b>")
    .option("--reason <text>", "why, for the log")
    .action(async (a: string, b: string, opts: { db?: string; reason?: string }) => {
      const r = await withStore(opts, true, (s) => mergeEntities(s, a, b, opts.reason));
      out(`merged into #${r.into} (batch ${r.batch}; ${r.entities} entities, ${r.facts} claims re-derived). Undo: dossier entities undo ${r.batch}`);
    });
  addDbOption(cmd.command("split"))
    .description("record that the mentions of ENTITY going by NAME are a different entity")
    .argument("<entity>").argument("<name>")
    .option("--reason <text>", "why, for the log")
    .action(async (entity: string, name: string, opts: { db?: string; reason?: string }) => {
      const r = await withStore(opts, true, (s) => splitEntity(s, entity, name, opts.reason));
      out(`split "${name}" off (batch ${r.batch}; ${r.decisions} decisions). Undo: dossier entities undo ${r.batch}`);
    });
  addDbOption(cmd.command("undo"))
    .description("revert every decision of a batch (a merge, a split, or an undo)")
    .argument("<batch>")
    .action(async (batch: string, opts: { db?: string }) => {
      const n = Number(batch);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`BATCH is the number a merge or split printed, not "${batch}"`);
      const r = await withStore(opts, true, (s) => undoBatch(s, n));
      out(`reverted batch ${n} (new batch ${r.batch}; ${r.decisions} decisions). Undo again: dossier entities undo ${r.batch}`);
    });
  addDbOption(cmd.command("log"))
    .description("the resolution log (decisions by people; --all adds the rules')")
    .option("--all", "include rule decisions")
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; all?: boolean; json?: boolean }) => {
      const log = (await withStore(opts, true, (s) => s.listDecisions())).filter((d) => opts.all || d.actor === "user");
      out(opts.json ? JSON.stringify(log, null, 2) : log.map((d) => `${d.seq}\tbatch ${d.batch ?? "-"}\t${d.actor}\t${d.kind}\t${d.a ?? ""} ${d.b ?? ""}${d.target ? ` → ${d.target}` : ""}\t${d.rule}${d.reason ? `\t${d.reason}` : ""}`).join("\n") || "no decisions");
    });
}
