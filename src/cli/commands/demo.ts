// `dossier demo`: builds a demo store from the bundled samples and the demo list, then serves it and prints the address.
import type { Command } from "commander";
import { buildDemo } from "../../demo/build-demo.js";
import { DEFAULT_HOST, DEFAULT_PORT } from "../../server/serve.js";
import { out } from "../store-option.js";
import { formatSummary } from "./ingest.js";
import { portOption, serveUntilSignal } from "./serve.js";

export function registerDemo(program: Command): void {
  program.command("demo")
    .description("build a demo store from the bundled sample texts and list, then serve it")
    .option("--db <file>", "where to build the demo store (replaced)", "./dossier-demo.db")
    .option("--host <host>", "address to bind", DEFAULT_HOST)
    .option("--port <n>", "port (0 = any free port)", String(DEFAULT_PORT))
    .option("--no-serve", "build the store and stop")
    .action(async (opts: { db: string; host: string; port: string; serve: boolean }) => {
      const port = portOption(opts.port);
      const demo = await buildDemo(opts.db);
      try {
        const s = await demo.store.stats();
        out(`demo store ${opts.db}: ${demo.listEntries} list entries; ${formatSummary(demo.summary)}`);
        out(`${s.documents} documents, ${s.entities} entities, ${s.facts} facts`);
        if (opts.serve) await serveUntilSignal(demo.store, opts.host, port, (url) => `Dossier demo is serving ${url}  (Ctrl-C stops it)`, { screener: demo.screener });
      } finally {
        await demo.store.close();
      }
    });
}
