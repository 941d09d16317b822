// Chooses and opens the store a command works on: --db, else DOSSIER_DB, else ./dossier.db.
import { UsageError } from "../errors.js";
import type { Store } from "./store.js";
import { SqliteStore, storeErrorOf } from "./sqlite/index.js";

export const DEFAULT_DB = "./dossier.db";

export function storeLocation(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.DOSSIER_DB ?? DEFAULT_DB;
}

export interface OpenOptions {
  readonly?: boolean;
  busyTimeoutMs?: number;
}

export function openStore(location: string, options: OpenOptions = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new UsageError("PostgreSQL stores are not built yet: pass a file path to --db");
  }
  const env = Number(process.env.DOSSIER_BUSY_TIMEOUT_MS);
  const busyTimeoutMs = options.busyTimeoutMs ?? (Number.isFinite(env) && env >= 0 && process.env.DOSSIER_BUSY_TIMEOUT_MS ? env : undefined);
  return SqliteStore.open(location, { ...options, ...(busyTimeoutMs !== undefined ? { busyTimeoutMs } : {}) });
}

/**
 * Opens a store, runs `fn`, and closes the store whatever happens; a damaged or locked file met on the way is
 * reported as the store error that names it.
 */
export async function usingStore<T>(location: string, options: OpenOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(location, options);
  try {
    return await fn(store);
  } catch (err) {
    throw storeErrorOf(location, err);
  } finally {
    await store.close();
  }
}
