// Tells a list file's format from its first bytes and its name, so `lists import` needs no flag.
import { open, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { BadInputError, UsageError } from "../../errors.js";

export type ListFormat = "ofac-csv" | "ofac-xml" | "un-xml" | "csl-csv" | "dpl" | "ftm-json";
export const LIST_FORMATS: readonly ListFormat[] = ["ofac-csv", "ofac-xml", "un-xml", "csl-csv", "dpl", "ftm-json"];

/** The OFAC CSV set is four files; each plays one part. */
export type OfacPart = "primary" | "add" | "alt" | "comments";

export interface Detected {
  path: string;
  format: ListFormat;
  part?: OfacPart;
}

async function head(path: string, bytes = 4096): Promise<string> {
  const fh = await open(path, "r");
  let buf: Buffer;
  try {
    buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    buf = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  // Say what is wrong with the file rather than only that its format is unknown.
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new BadInputError(`${path}: UTF-16 text; lists are read as UTF-8, convert the file first`);
  }
  const nul = buf.indexOf(0);
  if (nul !== -1) throw new BadInputError(`${path}: unknown list format: a binary file (NUL byte at offset ${nul})`);
  const text = buf.toString("utf8").replace(/^\uFEFF/, "");
  if (!text.trim()) throw new BadInputError(`${path}: empty file`);
  return text;
}

function ofacPart(name: string, firstLine: string): OfacPart {
  if (/(^|_)add\.csv$/i.test(name)) return "add";
  if (/(^|_)alt\.csv$/i.test(name)) return "alt";
  if (/comments\.csv$/i.test(name)) return "comments";
  if (/(sdn|prim)\.csv$/i.test(name)) return "primary";
  // Unknown name: count the columns of the first row (12 primary, 6 add, 5 alt, 2 comments).
  const cols = firstLine.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).length;
  return cols >= 12 ? "primary" : cols === 6 ? "add" : cols === 5 ? "alt" : "comments";
}

/** Detects one file's format; throws a BadInputError naming the file when it is none of them. */
export async function detectFormat(path: string): Promise<Detected> {
  const text = await head(path);
  const name = basename(path);
  const trimmed = text.trimStart();
  const firstLine = trimmed.split(/\r?\n/)[0] ?? "";
  if (trimmed.startsWith("<")) {
    if (/<sdnList[\s>]/.test(trimmed)) return { path, format: "ofac-xml" };
    if (/<CONSOLIDATED_LIST[\s>]/.test(trimmed)) return { path, format: "un-xml" };
    throw new BadInputError(`${path}: XML, but neither an OFAC sdnList nor a UN CONSOLIDATED_LIST`);
  }
  if (firstLine.startsWith("{")) return { path, format: "ftm-json" };
  if (/^"?_id"?,"?source"?,/.test(firstLine)) return { path, format: "csl-csv" };
  if (/^"?Name"?\t/.test(firstLine)) return { path, format: "dpl" };
  if (/^\d+,/.test(firstLine)) return { path, format: "ofac-csv", part: ofacPart(name, firstLine) };
  throw new BadInputError(`${path}: unknown list format (expected OFAC CSV/XML, UN XML, CSL CSV, DPL or FtM JSON lines)`);
}

/** Files named on the command line, with directories expanded to the files they hold. */
export async function expandPaths(paths: string[]): Promise<{ path: string; inFolder: boolean }[]> {
  const out: { path: string; inFolder: boolean }[] = [];
  for (const p of paths) {
    const st = await stat(p).catch(() => undefined);
    if (!st) throw new UsageError(`${p}: no such file or directory`);
    if (st.isDirectory()) {
      for (const f of (await readdir(p)).sort()) {
        if (/\.(csv|xml|txt|json|jsonl|ndjson|tsv)$/i.test(f)) out.push({ path: join(p, f), inFolder: true });
      }
    } else if (st.isFile()) out.push({ path: p, inFolder: false });
    // A FIFO would block the import for ever, a device (/dev/zero) stream without end.
    else throw new UsageError(`${p}: not a regular file or directory`);
  }
  return out;
}

/** The conventional source name for a file set. */
export function defaultSource(d: Detected): string {
  const name = basename(d.path).toLowerCase();
  switch (d.format) {
    case "ofac-csv": case "ofac-xml": return name.includes("cons") ? "us_ofac_cons" : "us_ofac_sdn";
    case "un-xml": return "un_sc";
    case "csl-csv": return "us_trade_csl";
    case "dpl": return "us_bis_dpl";
    case "ftm-json": return name.replace(/\..*$/, "") || "ftm";
    default: return d.format satisfies never;
  }
}
