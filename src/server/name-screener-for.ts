// The NameScreener `serve` and `demo` use: the screening engine over the loaded lists, or the store's own list entries.
import type { StoreReader } from "../store/store.js";
import { engineScreener } from "./engine-screener.js";
import { StoreListScreener } from "./fallback-screener.js";
import type { NameScreener } from "./screener.js";

/**
 * The engine (src/screen) over the lists in `listsDirectory` (`--lists`, `$DOSSIER_LISTS`, `./.dossier/lists`) when
 * any are loaded; otherwise a simple matcher over list entries stored in the store itself.
 */
export async function nameScreenerFor(store: StoreReader, listsDirectory?: string): Promise<NameScreener> {
  const { FileListStore, listsDir } = await import("../screen/store.js");
  const lists = new FileListStore(listsDir(listsDirectory));
  if ((await lists.sources()).length) {
    const { loadLists, screen } = await import("../screen/index.js");
    return engineScreener(await loadLists(lists), screen);
  }
  return StoreListScreener.load(store);
}
