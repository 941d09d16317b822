// Test helper: run the CLI's main() in process and capture what it writes.
import { vi } from "vitest";
import { main } from "../cli.js";
import { stdoutSink } from "../stdout.js";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `dossier ARGS...` through main(), with standard output and error captured. */
export async function runCli(args: string[]): Promise<CliRun> {
  let out = "", err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => { out += String(c); return true; });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => { err += String(c); return true; });
  const sink = stdoutSink.write;
  stdoutSink.write = (text) => { out += text; };
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    stdoutSink.write = sink;
  }
}
