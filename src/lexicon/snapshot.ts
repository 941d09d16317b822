// A built gazetteer as plain JSON: `npm run build` writes it once, so the CLI starts without rebuilding the tables.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { escapeNonAscii } from "../text/ascii.js";
import type { BodyInfo, Gazetteer, GazetteerEntry } from "./gazetteer.js";

interface GazetteerJson {
  version: 1;
  byFirst: [string, GazetteerEntry[]][];
  countryName: [string, string][];
  countryAliases: [string, string[]][];
  demonyms: [string, string][];
  bodies: [string, BodyInfo][];
}

export const SNAPSHOT_PATH = fileURLToPath(new URL("../lexicon/gazetteer.snapshot.json", import.meta.url));

export function gazetteerToJson(g: Gazetteer): GazetteerJson {
  return {
    version: 1,
    byFirst: [...g.byFirst],
    countryName: [...g.countryName],
    countryAliases: [...g.countryAliases],
    demonyms: [...g.demonyms],
    bodies: [...g.bodies],
  };
}

export function gazetteerFromJson(j: GazetteerJson): Gazetteer {
  return {
    byFirst: new Map(j.byFirst),
    countryName: new Map(j.countryName),
    countryAliases: new Map(j.countryAliases),
    demonyms: new Map(j.demonyms),
    bodies: new Map(j.bodies),
  };
}

export function writeSnapshot(g: Gazetteer, path = SNAPSHOT_PATH): void {
  // ASCII only (JSON escapes for the rest), so that reading it makes a one-byte string: about 1.5 ms less at every
  // start on this machine. (A tuple form half the size read no faster: building the entries in cold code cost it back.)
  writeFileSync(path, escapeNonAscii(JSON.stringify(gazetteerToJson(g))));
}

/** The snapshot next to the compiled module, or null when there is none (running from source, or an old build). */
export function readSnapshot(path = SNAPSHOT_PATH): Gazetteer | null {
  if (!existsSync(path)) return null;
  const j = JSON.parse(readFileSync(path, "utf8")) as GazetteerJson;
  return j.version === 1 ? gazetteerFromJson(j) : null;
}
