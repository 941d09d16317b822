// `dossier match --pairs FILE.csv`: scores the name1,name2 columns of a CSV, thin over screen/index matchPair.
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { DEFAULT_THRESHOLD, matchPair, type MatchMode } from "../../screen/index.js";
import { csvLine } from "../../text/csv.js";
import { exitQuietlyOnClosedPipe, readCsvRecords, thresholdFlag } from "./csv-out.js";

/** OFAC's own search defaults its minimum score slider to 85 of 100. */
const OFAC_THRESHOLD = 0.85;

export function registerMatch(program: Command): void {
  program
    .command("match")
    .description("score name pairs: the name1,name2 columns of a CSV (other columns ignored)")
    .requiredOption("--pairs <csv>", "CSV with name1 and name2 columns")
    .option("--mode <mode>", "default, or ofac to reproduce OFAC Sanctions List Search scores", "default")
    .option("--threshold <t>", "score at which a pair counts as a match")
    .option("--json", "one JSON line per pair: {name1, name2, score, match}")
    .action(async (f: { pairs: string; mode: string; threshold?: string; json?: boolean }) => {
      exitQuietlyOnClosedPipe();
      if (f.mode !== "default" && f.mode !== "ofac") throw new UsageError("--mode must be default or ofac");
      const mode = f.mode as MatchMode;
      const threshold = thresholdFlag(f.threshold, mode === "ofac" ? OFAC_THRESHOLD : DEFAULT_THRESHOLD);
      const rows = await readCsvRecords(f.pairs, ["name1", "name2"]);
      if (!f.json) process.stdout.write(csvLine(["name1", "name2", "score", "match"]));
      for (const r of rows) {
        const name1 = r.name1 ?? "";
        const name2 = r.name2 ?? "";
        const score = name1.trim() && name2.trim() ? matchPair(name1, name2, mode).score : 0;
        const match = score >= threshold;
        process.stdout.write(f.json ? `${JSON.stringify({ name1, name2, score, match })}\n` : csvLine([name1, name2, score, String(match)]));
      }
    });
}
