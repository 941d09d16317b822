// The built web UI (web/dist) read into memory once: served by the API process, no dev server.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export interface Asset {
  type: string;
  body: Uint8Array;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".json": "application/json", ".map": "application/json",
  ".woff2": "font/woff2", ".txt": "text/plain; charset=utf-8",
};

/** Where `npm run build` puts the UI: <package>/web/dist (from dist/server/assets.js). */
export function defaultAssetDir(): string {
  return fileURLToPath(new URL("../../web/dist", import.meta.url));
}

export function loadAssets(dir = defaultAssetDir()): Map<string, Asset> {
  const out = new Map<string, Asset>();
  if (!existsSync(dir)) return out;
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set("/" + relative(dir, p).split(sep).join("/"), { type: TYPES[extname(p)] ?? "application/octet-stream", body: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}
