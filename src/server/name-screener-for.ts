// THE HOOK the lead wires to the screening engine (src/screen): the NameScreener `serve` and `demo` use for a store.
import type { StoreReader } from "../store/store.js";
import { StoreListScreener } from "./fallback-screener.js";
import type { NameScreener } from "./screener.js";

/**
 * Today: a simple matcher over the list entries stored in the store (`list_entries`). To wire the engine, return an
 * adapter whose `screen(q)` calls `screen(lists, q.name, { kind, dob, country, limit, threshold })` from src/screen
 * with lists loaded once (`loadLists`), mapping ScreenHit → NameHit (same fields), and whose `datasets()` lists `lists.sources`.
 */
export async function nameScreenerFor(store: StoreReader): Promise<NameScreener> {
  return StoreListScreener.load(store);
}
