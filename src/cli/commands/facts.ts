// `dossier facts`: facts in the store, filtered by entity, type, status and time.
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { FACT_TYPES } from "../../extract/types.js";
import { queryFacts } from "../../graph/queries.js";
import { formatFact } from "../store-format.js";
import { addDbOption, entityRef, out, withStore } from "../store-option.js";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** "2023" → "2023-01-01" (since) / "2023-12-31" (until); "2023-05" likewise. */
export function dateBound(v: string, flag: string, end: boolean): string {
  if (!DATE.test(v)) throw new UsageError(`${flag} takes YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
  if (v.length === 10) return v;
  if (v.length === 7) return end ? `${v}-31` : `${v}-01`;
  return end ? `${v}-12-31` : `${v}-01-01`;
}

export function registerFacts(program: Command): void {
  addDbOption(program.command("facts"))
    .description("list facts, with their evidence, sources and contradictions")
    .option("--entity <name>", "facts where this entity takes any role")
    .option("--type <type>", `one of ${FACT_TYPES.join(", ")}`)
    .option("--status <status>", "e.g. delivered, proposed, imposed")
    .option("--since <date>", "facts whose time ends on or after the date")
    .option("--until <date>", "facts whose time starts on or before the date")
    .option("--limit <n>", "at most this many facts", "100")
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; entity?: string; type?: string; status?: string; since?: string; until?: string; limit: string; json?: boolean }) => {
      if (opts.type && !(FACT_TYPES as readonly string[]).includes(opts.type)) throw new UsageError(`--type must be one of ${FACT_TYPES.join(", ")}`);
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number`);
      const entity = opts.entity === undefined ? undefined : entityRef(opts.entity, "--entity");
      const facts = await withStore(opts, true, (store) => queryFacts(store, {
        ...(entity !== undefined ? { entity } : {}), ...(opts.type ? { type: opts.type } : {}), ...(opts.status ? { status: opts.status } : {}),
        ...(opts.since ? { since: dateBound(opts.since, "--since", false) } : {}), ...(opts.until ? { until: dateBound(opts.until, "--until", true) } : {}),
        limit,
      }));
      out(opts.json ? JSON.stringify(facts, null, 2) : facts.length ? facts.map(formatFact).join("\n\n") : "no facts match");
    });
}
