// `dossier search TEXT`: full-text search over the stored documents.
import type { Command } from "commander";
import { searchDocuments } from "../../graph/queries.js";
import { addDbOption, out, withStore } from "../store-option.js";

export function registerSearch(program: Command): void {
  addDbOption(program.command("search"))
    .description("full-text search over document text and titles")
    .argument("<text...>", "words to find")
    .option("--limit <n>", "how many documents", "20")
    .option("--json", "print JSON")
    .action(async (words: string[], opts: { db?: string; limit: string; json?: boolean }) => {
      const hits = await withStore(opts, true, (s) => searchDocuments(s, words.join(" "), Number(opts.limit) || 20));
      out(opts.json ? JSON.stringify(hits, null, 2) : hits.map((h) => `${h.title ?? h.docId}${h.published ? ` (${h.published})` : ""}${h.url ? `\n  ${h.url}` : ""}\n  ${h.snippet.replace(/\s+/g, " ")}`).join("\n") || "no documents match");
    });
}
