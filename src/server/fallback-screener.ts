// A simple NameScreener over the list entries stored in the store, used until the screening engine (src/screen) is wired in.
import anyAscii from "any-ascii";
import type { StoreReader } from "../store/store.js";
import type { ListEntryInput } from "../store/types.js";
import type { NameHit, NameScreener, ScreenKind, ScreenQuery } from "./screener.js";

interface IndexedName {
  text: string;
  tokens: string[];
  alias: boolean;
}

interface IndexedEntry {
  entry: ListEntryInput;
  kind: ScreenKind;
  names: IndexedName[];
  programs: string[];
  birthDates: string[];
  countries: string[];
  aliases: string[];
}

const KINDS = new Set<string>(["person", "company", "organization", "vessel", "aircraft", "unknown"]);

function tokens(name: string): string[] {
  return anyAscii(name).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().split(" ").filter(Boolean);
}

function strings(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) => (typeof x === "string" ? [x] : x && typeof x === "object" && typeof (x as { name?: unknown }).name === "string" ? [(x as { name: string }).name] : []));
}

/** Levenshtein similarity of two words, 0–1. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const m = a.length, n = b.length;
  if (!m || !n) return 0;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - (prev[n] ?? 0) / Math.max(m, n);
}

/** Scores query tokens against a name's tokens: each word's best match, weighted by length, both ways. */
function scoreName(q: string[], name: IndexedName): { score: number; reasons: string[] } {
  if (!q.length || !name.tokens.length) return { score: 0, reasons: [] };
  const reasons: string[] = [];
  if (q.join(" ") === name.tokens.join(" ")) return { score: 1, reasons: [`exact ${name.alias ? "alias" : "name"} "${name.text}"`] };
  if ([...q].sort().join(" ") === [...name.tokens].sort().join(" ")) return { score: 0.98, reasons: [`same words in another order as "${name.text}"`] };
  const side = (from: string[], to: string[], note: boolean): number => {
    let got = 0, total = 0;
    for (const w of from) {
      let best = 0, bestWord = "";
      for (const t of to) { const s = wordSimilarity(w, t); if (s > best) { best = s; bestWord = t; } }
      const weight = Math.max(2, w.length);
      total += weight;
      if (best >= 0.75) {
        got += weight * best;
        if (note && best < 1) reasons.push(`"${w}" ≈ "${bestWord}" (${Math.round(best * 100)}%)`);
      } else if (note) reasons.push(`"${w}" not in "${name.text}"`);
    }
    return total ? got / total : 0;
  };
  const score = 0.6 * side(q, name.tokens, true) + 0.4 * side(name.tokens, q, false);
  reasons.unshift(`${Math.round(score * 100)}% like ${name.alias ? "alias" : "name"} "${name.text}"`);
  return { score, reasons };
}

function countryAgrees(q: string, countries: string[]): boolean {
  const k = q.trim().toLowerCase();
  return countries.some((c) => c.trim().toLowerCase() === k);
}

export class StoreListScreener implements NameScreener {
  private constructor(private readonly entries: IndexedEntry[]) {}

  /** Loads every list entry in the store into memory (the demo list is a few rows; real lists go to src/screen). */
  static async load(store: StoreReader): Promise<StoreListScreener> {
    const out: IndexedEntry[] = [];
    for (let offset = 0; ; offset += 5000) {
      const page = await store.listEntries(5000, offset);
      for (const e of page) out.push(StoreListScreener.index(e));
      if (page.length < 5000) break;
    }
    return new StoreListScreener(out);
  }

  static fromEntries(entries: ListEntryInput[]): StoreListScreener {
    return new StoreListScreener(entries.map((e) => StoreListScreener.index(e)));
  }

  private static index(e: ListEntryInput): IndexedEntry {
    const d = (e.data && typeof e.data === "object" ? e.data : {}) as Record<string, unknown>;
    const aliases = strings(d.aliases);
    const kind = KINDS.has(String(d.kind ?? e.schema)) ? (String(d.kind ?? e.schema) as ScreenKind) : e.schema === "Person" ? "person" : "unknown";
    return {
      entry: e, kind, aliases,
      names: [{ text: e.name, tokens: tokens(e.name), alias: false }, ...aliases.map((a) => ({ text: a, tokens: tokens(a), alias: true }))],
      programs: strings(d.programs), birthDates: strings(d.birthDates), countries: strings(d.countries),
    };
  }

  async datasets(): Promise<{ name: string; entries: number; version?: string }[]> {
    const by = new Map<string, { name: string; entries: number; version?: string }>();
    for (const e of this.entries) {
      const d = by.get(e.entry.list) ?? { name: e.entry.list, entries: 0, version: e.entry.version };
      d.entries++;
      by.set(e.entry.list, d);
    }
    return [...by.values()];
  }

  async screen(q: ScreenQuery): Promise<NameHit[]> {
    const qt = tokens(q.name);
    const threshold = q.threshold ?? 0.7;
    const hits: NameHit[] = [];
    for (const e of this.entries) {
      if (q.kind && q.kind !== "unknown" && e.kind !== "unknown" && q.kind !== e.kind && !(isOrg(q.kind) && isOrg(e.kind))) continue;
      let best = { score: 0, reasons: [] as string[] }, matched = e.entry.name;
      for (const n of e.names) {
        const s = scoreName(qt, n);
        // An alias counts a little less than the primary name when both score the same.
        const adj = n.alias ? s.score * 0.99 : s.score;
        if (adj > best.score) { best = { score: adj, reasons: s.reasons }; matched = n.text; }
      }
      let score = best.score;
      const reasons = [...best.reasons];
      if (q.country && e.countries.length) {
        if (countryAgrees(q.country, e.countries)) { score = Math.min(1, score + 0.03); reasons.push(`country ${q.country} agrees`); }
        else reasons.push(`country ${q.country} not among ${e.countries.join(", ")}`);
      }
      if (q.dob && e.birthDates.length) {
        if (e.birthDates.some((b) => b.startsWith(q.dob ?? "") || (q.dob ?? "").startsWith(b))) { score = Math.min(1, score + 0.05); reasons.push(`birth date ${q.dob} agrees`); }
        else { score *= 0.8; reasons.push(`birth date ${q.dob} differs from ${e.birthDates.join(", ")}`); }
      }
      if (score < threshold) continue;
      hits.push({
        source: e.entry.list, entryId: e.entry.entryId, name: e.entry.name, matchedName: matched, score: Math.round(score * 1000) / 1000,
        reasons, kind: e.kind, programs: e.programs, aliases: e.aliases, birthDates: e.birthDates, countries: e.countries,
      });
    }
    return hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, q.limit ?? 10);
  }
}

function isOrg(k: ScreenKind): boolean {
  return k === "company" || k === "organization";
}
