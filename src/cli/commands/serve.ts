// `dossier serve`: the JSON API and the web UI over a store, on 127.0.0.1 unless --host says otherwise.
import cluster from "node:cluster";
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { DEFAULT_MAX_BODY } from "../../server/app.js";
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer, type ServeOptions } from "../../server/serve.js";
import type { Store } from "../../store/store.js";
import { addDbOption, out, withStore } from "../store-option.js";

export function portOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be 0–65535, not "${v}"`);
  return n;
}

/** Serves until SIGINT/SIGTERM, then closes the server (the caller closes the store). */
export async function serveUntilSignal(store: Store, host: string, port: number, banner: (url: string) => string, more: Partial<ServeOptions> = {}): Promise<void> {
  let server: RunningServer;
  try {
    server = await startServer({ ...more, store, host, port });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EADDRINUSE") throw new UsageError(`port ${port} on ${host} is in use: pass --port`);
    throw err;
  }
  // With --workers, every worker serves the same socket; the first one speaks for all.
  if (!cluster.isWorker || cluster.worker?.id === 1) {
    out(banner(server.url));
    if (!process.env.DOSSIER_TOKEN) out("writes (POST /api/documents) are off: set DOSSIER_TOKEN to allow them");
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => { process.off("SIGINT", stop); process.off("SIGTERM", stop); void server.close().then(resolve); };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export function registerServe(program: Command): void {
  addDbOption(program.command("serve"))
    .description("serve the JSON API (/openapi.json) and the web UI over a store")
    .option("--host <host>", "address to bind", DEFAULT_HOST)
    .option("--port <n>", "port (0 = any free port)", String(DEFAULT_PORT))
    .option("--max-body <bytes>", "largest request body accepted", String(DEFAULT_MAX_BODY))
    .option("--workers <n>", "server processes sharing the port (each opens the store; SQLite allows many readers)", "1")
    .option("--lists <dir>", "lists for /api/screen and /match (env DOSSIER_LISTS, default ./.dossier/lists)")
    .action(async (opts: { db?: string; host: string; port: string; maxBody: string; workers: string; lists?: string }) => {
      const port = portOption(opts.port);
      const workers = Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError(`--workers must be 1–64, not "${opts.workers}"`);
      if (workers > 1 && cluster.isPrimary) return runWorkers(workers);
      const maxBody = Number(opts.maxBody);
      if (!Number.isInteger(maxBody) || maxBody < 1) throw new UsageError(`--max-body must be a positive whole number of bytes, not "${opts.maxBody}"`);
      await withStore(opts, true, (store) => serveUntilSignal(store, opts.host, port, (url) => `Dossier is serving ${url}`, { maxBodyBytes: maxBody, ...(opts.lists ? { lists: opts.lists } : {}) }));
      // A worker's IPC channel keeps it alive after its server has closed.
      if (cluster.isWorker) cluster.worker?.disconnect();
    });
}

/** The primary of `serve --workers N`: forks N copies of this command, stops them on SIGINT/SIGTERM, fails if one dies. */
async function runWorkers(n: number): Promise<void> {
  let stopping = false;
  await new Promise<void>((resolve, reject) => {
    const stop = (): void => {
      stopping = true;
      process.off("SIGINT", stop); process.off("SIGTERM", stop);
      // A signal, not worker.kill(): that first waits for the worker to disconnect, which an open server delays.
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    let alive = n;
    cluster.on("exit", (w, code) => {
      alive--;
      if (!stopping) { stop(); reject(new Error(`server worker ${w.id} stopped (exit code ${code ?? "signal"}); all stopped`)); }
      else if (alive === 0) resolve();
    });
    for (let i = 0; i < n; i++) cluster.fork();
  });
}
