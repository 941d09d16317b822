// `dossier ingest PATH...`: files, folders and globs into the store, with a progress bar and a summary.
import type { Command } from "commander";
import { BadInputError, UsageError } from "../../errors.js";
import { screenerFor } from "../../graph/screening.js";
import { ingest, type IngestSummary } from "../../ingest/index.js";
import { addDbOption, out, withStore } from "../store-option.js";

function progressBar(): { update: (done: number, total: number, docs: number) => void; end: () => void } {
  const started = performance.now();
  let last = 0;
  return {
    update(done, total, docs) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30, filled = total ? Math.round((done / total) * width) : width;
      const rate = docs / Math.max(0.001, (now - started) / 1000);
      process.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} files · ${docs} docs · ${rate.toFixed(0)} docs/s `);
    },
    end() { process.stderr.write("\n"); },
  };
}

export function formatSummary(s: IngestSummary): string {
  const rate = (s.new + s.duplicate) / Math.max(0.001, s.seconds);
  const lines = [`${s.files} file${s.files === 1 ? "" : "s"}: ${s.new} new, ${s.duplicate} duplicate, ${s.failed} failed · ${s.seconds.toFixed(1)} s · ${rate.toFixed(0)} docs/s · ${s.cpuSeconds.toFixed(1)} CPU s`];
  for (const i of s.items.filter((x) => x.status === "failed")) lines.push(`  failed: ${i.reason ?? i.source}`);
  return lines.join("\n");
}

export function registerIngest(program: Command): void {
  addDbOption(program.command("ingest"))
    .description("add .txt/.md (with a Key: value header), .html, .jsonl and RSS/Atom files, folders or globs to the store")
    .argument("<paths...>", "files, folders (recursive) or globs")
    .option("--workers <n>", "extraction threads (default: every core; 0 = in-process)")
    .option("--batch <n>", "documents per transaction", "200")
    .option("--max-bytes <n>", "largest file accepted", String(50 * 1024 * 1024))
    .option("--json", "print the per-item results as JSON")
    .option("--lists <dir>", "screen against the lists in this directory (env DOSSIER_LISTS, default ./.dossier/lists)")
    .action(async (paths: string[], opts: { db?: string; workers?: string; batch: string; maxBytes: string; json?: boolean; lists?: string }) => {
      const int = (v: string | undefined, name: string): number | undefined => {
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, not "${v}"`);
        return n;
      };
      const bar = process.stderr.isTTY && !opts.json ? progressBar() : undefined;
      const summary = await withStore(opts, false, async (store) => ingest(store, paths, {
        screener: await screenerFor(store, opts.lists),
        workers: int(opts.workers, "workers"), batchSize: Math.max(1, int(opts.batch, "batch") ?? 200), maxBytes: int(opts.maxBytes, "max-bytes"),
        ...(bar ? { onProgress: (p) => bar.update(p.filesDone, p.filesTotal, p.documents) } : {}),
      }));
      bar?.end();
      out(opts.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
      if (summary.failed) throw new BadInputError(`${summary.failed} item${summary.failed === 1 ? "" : "s"} failed (listed above); everything else is stored`);
    });
}
