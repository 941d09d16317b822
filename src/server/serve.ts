// Starts the HTTP server on loopback (unless told otherwise) over one store, and stops it cleanly.
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Store } from "../store/store.js";
import { createApp, type AppOptions } from "./app.js";
import { loadAssets } from "./assets.js";
import { nameScreenerFor } from "./name-screener-for.js";
import { entityScreenerOf } from "./screener.js";

export interface ServeOptions extends Partial<AppOptions> {
  store: Store;
  host?: string;
  port?: number;
  /** Lists directory for /api/screen and /match (default: $DOSSIER_LISTS or ./.dossier/lists). */
  lists?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 7700;

function isLoopback(host: string): boolean {
  return host === "127.0.0.1" || host === "localhost" || host === "::1" || host.startsWith("127.");
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const screener = o.screener ?? (await nameScreenerFor(o.store, o.lists));
  const host = o.host ?? DEFAULT_HOST;
  const app = createApp({
    ...(isLoopback(host) && !o.allowedHosts ? { allowedHosts: ["127.0.0.1", "localhost", "[::1]", "::1"] } : {}),
    ...o, screener, entityScreener: o.entityScreener ?? entityScreenerOf(screener), assets: o.assets ?? loadAssets(),
    ...(o.token ?? process.env.DOSSIER_TOKEN ? { token: o.token ?? process.env.DOSSIER_TOKEN } : {}),
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: o.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const h = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${h}:${info.port}/`,
        close: () => new Promise((r) => {
          // Idle keep-alive connections would hold close() open; a cluster worker's shared handle may too: bounded wait.
          const timer = setTimeout(r, 3000);
          server.close(() => { clearTimeout(timer); r(); });
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        }),
      });
    });
    server.once("error", reject);
  });
}
