// The real server binds loopback unless told otherwise (the one test here that opens a port: port 0, closed after).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { SqliteStore } from "../store/sqlite/index.js";
import { startServer } from "./serve.js";

it("binds 127.0.0.1 by default and answers /healthz with a CSP", async () => {
  const store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), "dossier-serve-")), "s.db"));
  const server = await startServer({ store, port: 0, assets: new Map() });
  try {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(new URL("healthz", server.url));
    expect(await res.json()).toEqual({ status: "ok" });
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    // A page on another name that resolves to 127.0.0.1 (DNS rebinding) is refused.
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL("healthz", server.url);
      request({ host: u.hostname, port: u.port, path: u.pathname, headers: { host: `evil.example:${u.port}` } }, (r) => { r.resume(); resolve(r.statusCode ?? 0); }).on("error", reject).end();
    });
    expect(status).toBe(421);
  } finally {
    await server.close();
    await store.close();
  }
});
