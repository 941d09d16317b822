// Step 3: group mentions into one entity per real-world thing ("Ashot Mkrtychev" = "Mr Mkrtychev" = "Mkrtychev").
import type { Gazetteer } from "../lexicon/gazetteer.js";
import { ITEM_WORDS } from "../lexicon/items.js";
import { LEGAL_FORMS, NON_NAME_CAPITALS } from "../lexicon/names.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./mention-types.js";
import type { Entity, EntityType, Span } from "./types.js";

export interface ResolvedEntity extends Entity {
  /** Indexes into the mention array. */
  mentionIdx: number[];
  /** A lone capitalised word whose type the text never settles: listed, but never a role in a fact. */
  weak: boolean;
}

const LEGAL_FORM_WORDS = new Set(LEGAL_FORMS.filter((f) => !f.includes(" ")).concat(["limited", "liability", "partnership", "company"]));

const SAYS = new Set(["said", "says", "announced", "reported", "told", "denied", "confirmed", "added"]);
const MODEL_DESIGNATION = /^[\p{Lu}][\p{L}]{0,12}-?\d[\w-]*$/u;
const computeKey = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/[.,]/g, "").replace(/\s*-\s*/g, "-").replace(/\s+/g, " ").replace(/^the /, "").trim();
/** Names recur across sentences and documents: their keys are remembered (a bounded cache, cleared when full). */
const keyCache = new Map<string, string>();
const wordsCache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;
function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
    keyCache.set(s, (k = computeKey(s)));
  }
  return k;
}
/** The words of a name's key; callers must not modify the array. */
function words(s: string): readonly string[] {
  let w = wordsCache.get(s);
  if (w === undefined) {
    if (wordsCache.size >= CACHE_LIMIT) wordsCache.clear();
    wordsCache.set(s, (w = nameKey(s).split(/[\s-]+/).filter(Boolean)));
  }
  return w;
}

function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** The last of a name's several words ("Mkrtychev"), or null for a one-word name. */
function lastWord(name: string): string | null {
  const words = name.split(/\s+/);
  return words.length > 1 ? words[words.length - 1]! : null;
}

const bareCache = new Map<string, string>();
/** stripLegalForm, remembered: company names recur across a collection. */
function bareName(name: string): string {
  let bare = bareCache.get(name);
  if (bare === undefined) {
    if (bareCache.size >= CACHE_LIMIT) bareCache.clear();
    bareCache.set(name, (bare = stripLegalForm(name)));
  }
  return bare;
}

/** The company name without its legal form: "Trans Kapital Limited Liability Company" → "Trans Kapital". */
export function stripLegalForm(name: string): string {
  const toks = name.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  const keep = toks.filter((t) => !LEGAL_FORM_WORDS.has(t.toLowerCase().replace(/\./g, "")) && !/^(?:[A-Z]\.){2,}$/.test(t));
  // OOO “Vostok Trade” → Vostok Trade: the quotes belonged to the legal form's way of writing the name.
  return keep.length && keep.length < toks.length ? keep.join(" ").replace(/[“”"]/g, "") : name;
}

interface Group {
  key: string;
  /** The name's words, computed once. */
  words: readonly string[];
  type: EntityType | null;
  name: string;
  country?: string;
  positions: Set<string>;
  aliases: Set<string>;
  mentions: number[];
  source: Mention["source"];
}

export function resolveEntities(mentions: Mention[], g: Gazetteer, tokens: Token[], sentences: Sentence[], actingVerbs: ReadonlySet<string> = new Set()): ResolvedEntity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const groupOf: (Group | undefined)[] = new Array(mentions.length);
  const byWord = new Map<string, Group[]>();

  const open = (key: string, init: Omit<Group, "key" | "words" | "positions" | "aliases" | "mentions">): Group => {
    let gr = byKey.get(key);
    if (!gr) {
      gr = { key, words: words(init.name), positions: new Set(), aliases: new Set(), mentions: [], type: init.type, name: init.name, source: init.source };
      if (init.country !== undefined) gr.country = init.country;
      byKey.set(key, gr);
      groups.push(gr);
    }
    return gr;
  };

  // Capitalised words seen mid-sentence anywhere in the text: a sentence-initial word only names something if it is among them.
  const midCaps = new Set<string>();
  for (const s of sentences) for (let k = s.first + 1; k < s.last; k++) if (tokens[k]!.cap) midCaps.add(tokens[k]!.lower);

  // Countries and bodies are found by their gazetteer key, without building a key string per mention.
  const countries = new Map<string, Group>(), bodies = new Map<string, Group>();
  mentions.forEach((m, idx) => {
    if (m.source === "country" || m.source === "demonym") {
      const code = m.key!;
      let gr = countries.get(code);
      if (!gr) countries.set(code, (gr = open(`country:${code}`, { type: "country", name: g.countryName.get(code) ?? code, country: code, source: "country" })));
      gr.mentions.push(idx);
      if (m.source === "country" && m.text !== gr.name) gr.aliases.add(m.text.replace(/^the /i, ""));
      groupOf[idx] = gr;
    } else if (m.source === "body") {
      const info = g.bodies.get(m.key!)!;
      let gr = bodies.get(m.key!);
      if (!gr) bodies.set(m.key!, (gr = open(`body:${m.key}`, { type: info.type, name: info.name, country: info.country || undefined, source: "body" })));
      gr.mentions.push(idx);
      if (m.text !== info.name) gr.aliases.add(m.text.replace(/^the /i, ""));
      groupOf[idx] = gr;
    }
  });

  mentions.forEach((m, idx) => {
    if (m.source !== "group") return;
    const gr = open(`group:${nameKey(m.text)}`, { type: m.type, name: m.text, country: m.nationality || undefined, source: "group" });
    gr.mentions.push(idx);
    groupOf[idx] = gr;
  });

  // Names: full names first, so that short forms can attach to them.
  // Loops rather than map() in this function: map()'s arrays vary in element kind, and V8 (Node 20) recompiles a
  // function each time it meets a new one.
  const nameIdx: number[] = [];
  for (let i = 0; i < mentions.length; i++) if (mentions[i]!.source === "name") nameIdx.push(i);
  const wordsOf = new Map<number, readonly string[]>(nameIdx.map((i) => [i, words(mentions[i]!.text)]));
  nameIdx.sort((a, b) => wordsOf.get(b)!.length - wordsOf.get(a)!.length || a - b);
  for (const idx of nameIdx) {
    const m = mentions[idx]!;
    const key = nameKey(m.text);
    const w = wordsOf.get(idx)!;
    let gr = byKey.get(`name:${key}`);
    if (!gr) {
      // A short form of a longer name already seen: "Mkrtychev", "Cham Wings", "Kim".
      const cands = (byWord.get(w[0]!) ?? []).filter((x) => x.mentions.length && x.words.length > w.length && containsRun(x.words, w));
      if (cands.length >= 1) {
        // Several candidates ("Kim" for two Kims): the one mentioned last before this mention.
        gr = cands.length === 1 ? cands[0]! : cands.reduce((best, c) => (lastBefore(c, idx, mentions) > lastBefore(best, idx, mentions) ? c : best));
        if (m.text !== gr.name) gr.aliases.add(m.text);
      }
    }
    if (!gr && w.length === 1 && w[0]!.length >= 6) {
      // A misspelt surname ("Yamschikov" for "Yamshchikov"): one edit away from exactly one person's last name.
      const near = groups.filter((x) => x.type === "person" && x.mentions.length && withinOneEdit(x.words.at(-1) ?? "", w[0]!));
      if (near.length === 1) {
        gr = near[0]!;
        gr.aliases.add(m.text);
      }
    }
    if (!gr) {
      const sent = sentences[m.sentence]!;
      let firstWord = sent.first;
      while (firstWord < sent.last && tokens[firstWord]!.kind === "punct") firstWord++;
      const initial = m.first === firstWord;
      // A lone capitalised word at a sentence start is an ordinary word unless it also appears capitalised mid-sentence.
      // It also names something when it is listed with another name or speaks: "Facebook and Twitter are", "Binance said".
      const after = tokens[m.last], after2 = tokens[m.last + 1];
      const listed = (after?.lower === "and" || after?.text === ",") && !!after2?.cap;
      // ... or when a trade or sanction verb follows it ("Rosoboronexport delivered"), unless it is an item word itself.
      const acts = !!after && (after.text === "’s" || after.text === "'s" || SAYS.has(after.lower) || (actingVerbs.has(after.lower) && !ITEM_WORDS.get(w[0]!)));
      if (w.length === 1 && initial && !midCaps.has(w[0]!) && m.type === null && !listed && !acts) continue;
      if (w.length === 1 && NON_NAME_CAPITALS.has(w[0]!)) continue;
      // "Shahed-136", "Geran-2", "F-16": a model designation names a weapon, not a party.
      if (MODEL_DESIGNATION.test(m.text)) continue;
      gr = open(`name:${key}`, { type: m.type, name: m.text.replace(/^the /i, ""), source: "name" });
      // Index multi-word names by each word, so a short form finds its full name without scanning every group.
      if (w.length > 1) for (const word of new Set(w)) {
        const list = byWord.get(word);
        if (list) list.push(gr);
        else byWord.set(word, [gr]);
      }
    }
    gr.mentions.push(idx);
    if (!gr.type && m.type) gr.type = m.type;
    if (m.type === "person" && gr.type !== "person" && m.positions.length) gr.type = "person";
    for (const p of m.positions) gr.positions.add(p);
    if (m.nationality && !gr.country) gr.country = m.nationality;
    groupOf[idx] = gr;
  }

  // Bracketed short forms join the name they follow.
  mentions.forEach((m, idx) => {
    if (m.source !== "alias" || m.aliasOf === undefined) return;
    const parent = groupOf[m.aliasOf];
    if (!parent) return;
    parent.aliases.add(m.text);
    parent.mentions.push(idx);
    groupOf[idx] = parent;
    // Later uses of the short form ("OFAC", "Gazaryan") are the same entity.
    byKey.set(`name:${nameKey(m.text)}`, parent);
  });
  // Short forms that appeared before the group learnt its alias.
  for (const gr of groups) {
    if (gr.source !== "name") continue;
    const target = byKey.get(`name:${nameKey(gr.name)}`);
    if (target && target !== gr) {
      for (const i of gr.mentions) groupOf[i] = target;
      target.mentions.push(...gr.mentions);
      gr.mentions = [];
    }
  }

  const live = groups.filter((gr) => gr.mentions.length > 0);
  const firstStart = new Map<Group, number>();
  for (const gr of live) {
    let min = Infinity;
    for (const i of gr.mentions) min = Math.min(min, mentions[i]!.start);
    firstStart.set(gr, min);
  }
  live.sort((a, b) => firstStart.get(a)! - firstStart.get(b)!);
  const out: ResolvedEntity[] = [];
  for (let n = 0; n < live.length; n++) {
    const gr = live[n]!;
    const id = `e${n + 1}`;
    for (const i of gr.mentions) mentions[i]!.entity = id;
    const type: EntityType = gr.type ?? "organization";
    const aliases = new Set(gr.aliases);
    if (type === "person") {
      const surname = lastWord(gr.name);
      // "Shin Won-sik": a hyphenated given name last means the family name came first; it is no alias on its own.
      if (surname !== null && surname.length > 2 && !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(surname)) aliases.add(surname);
    }
    if (type === "company" || type === "organization") {
      const bare = bareName(gr.name);
      if (bare !== gr.name) aliases.add(bare);
    }
    aliases.delete(gr.name);
    const spans: Mention[] = [];
    for (const i of gr.mentions) spans.push(mentions[i]!);
    spans.sort((a, b) => a.start - b.start);
    // Built in the contract's key order: id, type, name, country, aliases, positions, mentions.
    const entity = { id, type, name: gr.name } as ResolvedEntity;
    if (gr.country) entity.country = gr.country;
    entity.aliases = [...aliases];
    if (type === "person") entity.positions = [...gr.positions];
    const at: Span[] = [];
    for (const m of spans) at.push({ start: m.start, end: m.end });
    entity.mentions = at;
    entity.mentionIdx = gr.mentions;
    entity.weak = gr.type === null && gr.source === "name";
    out.push(entity);
  }
  return out;
}

/** True when `a` and `b` differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function lastBefore(gr: Group, idx: number, mentions: Mention[]): number {
  const target = mentions[idx]!.start;
  let best = -1;
  for (const i of gr.mentions) {
    const s = mentions[i]!.start;
    if (s < target && s > best) best = s;
  }
  return best;
}
