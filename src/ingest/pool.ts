// A pool of worker threads for extraction on every core, or an in-process runner with the same face (tests, one core).
import { Worker } from "node:worker_threads";
import { processFiles, type ExtractFn, type ProcessedItem } from "./process.js";

export interface FileRunner {
  /** Processes a few files (one message to a worker), one item list per path. */
  run(paths: string[]): Promise<ProcessedItem[][]>;
  close(): Promise<void>;
}

export function inProcessRunner(extract: ExtractFn, known?: (ids: string[]) => Promise<Set<string>>, maxBytes?: number): FileRunner {
  const deps = { extract, ...(known ? { known } : {}), ...(maxBytes ? { maxBytes } : {}) };
  return {
    run: (paths) => processFiles(paths, deps),
    close: async () => undefined,
  };
}

export interface PoolOptions {
  size: number;
  /** URL of a module exporting `extract` (default: the project's extractor). */
  extractModule: string;
  storeLocation?: string;
  maxBytes?: number;
  /** Messages sent to a worker and not answered yet (default 4): enough that workers keep going while the main thread writes. */
  depth?: number;
}

interface Slot {
  worker: Worker;
  /** Messages sent and not answered yet. */
  inflight: number;
  ready: Promise<void>;
  exited: boolean;
}

/** An error from a worker as an Error, whatever it arrived as (a worker's non-built-in error comes as a plain object). */
export function workerError(err: unknown): Error & { code?: string } {
  if (err instanceof Error) return err;
  const e = (err ?? {}) as { message?: unknown; code?: unknown };
  const out = new Error(typeof e.message === "string" && e.message ? e.message : `an extraction worker failed (${String(err)})`) as Error & { code?: string };
  if (typeof e.code === "string") out.code = e.code;
  return out;
}

export class WorkerPool implements FileRunner {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, { slot: Slot; paths: string[]; resolve: (v: ProcessedItem[][]) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private readonly depth: number;
  /** Set when a worker dies: every pending and later run fails with it (nothing may wait for a dead worker). */
  private failure: Error | undefined;
  private closing = false;

  constructor(options: PoolOptions) {
    this.depth = Math.max(1, options.depth ?? 4);
    for (let i = 0; i < options.size; i++) {
      const worker = new Worker(new URL("./worker.js", import.meta.url), {
        workerData: { extractModule: options.extractModule, storeLocation: options.storeLocation, maxBytes: options.maxBytes },
      });
      let ready!: () => void;
      let failed!: (e: Error) => void;
      const slot: Slot = { worker, inflight: 0, exited: false, ready: new Promise<void>((res, rej) => { ready = res; failed = rej; }) };
      slot.ready.catch(() => undefined);
      worker.on("message", (msg: { ready?: true; id?: number; items?: ProcessedItem[][]; error?: { message: string; code?: string } }) => {
        if (msg.ready) return ready();
        const p = this.pending.get(msg.id ?? -1);
        if (!p) return;
        this.pending.delete(msg.id ?? -1);
        this.release(slot);
        if (msg.error) p.reject(workerError(msg.error));
        else p.resolve(msg.items ?? []);
      });
      const die = (err: Error): void => {
        this.failure ??= err;
        failed(err);
        for (const [id, p] of this.pending) { this.pending.delete(id); p.reject(this.failure); }
        for (const wake of this.waiting.splice(0)) wake();
      };
      worker.on("error", (err) => die(workerError(err)));
      worker.on("exit", (code) => {
        slot.exited = true;
        if (this.closing) return;
        const paths = [...this.pending.values()].filter((p) => p.slot === slot).flatMap((p) => p.paths);
        const at = paths.length ? ` while reading ${paths.slice(0, 3).join(", ")}${paths.length > 3 ? ` and ${paths.length - 3} more` : ""}` : "";
        die(new Error(`an extraction worker stopped unexpectedly (exit code ${code})${at}`));
      });
      this.slots.push(slot);
    }
  }

  private release(slot: Slot): void {
    slot.inflight--;
    this.waiting.shift()?.();
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      if (this.failure) throw this.failure;
      const free = this.slots.reduce<Slot | undefined>((best, s) => (s.inflight < this.depth && (!best || s.inflight < best.inflight) ? s : best), undefined);
      if (free) { free.inflight++; await free.ready; if (this.failure) throw this.failure; return free; }
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  async run(paths: string[]): Promise<ProcessedItem[][]> {
    const slot = await this.acquire();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.pending.set(id, { slot, paths, resolve, reject });
      slot.worker.postMessage({ id, paths });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map(async (s) => {
      if (s.exited) return;
      s.worker.postMessage({ close: true });
      await new Promise<void>((r) => { s.worker.once("exit", () => r()); setTimeout(() => { void s.worker.terminate().then(() => r()); }, 2000).unref(); });
    }));
  }
}
