// The extraction pipeline: one text in, the extraction contract out. Each numbered step is a pure function over typed values.
// Long texts are read in chunks of about a megabyte (cut at line breaks), so time stays linear and memory bounded.
import { contentId } from "../text/hash.js";
import { findTimes, iso, parseIsoDate, type TimeMention } from "../time/resolve.js";
import { readText } from "./01-text.js";
import { findMentions } from "./02-mentions.js";
import { resolveEntities, type ResolvedEntity } from "./03-coreference.js";
import { findTransfers } from "./05-transfers.js";
import { findSanctions } from "./06-sanctions.js";
import { findVisitsAndLosses } from "./07-visits-losses.js";
import { certaintyOf, noSource, sourceFor, sourcesOf, spreadQuoteSpeakers, type SentenceSource } from "./08-attribution.js";
import { mergeDrafts, type AttributedDraft } from "./09-merge.js";
import { buildView, type SentenceView } from "./clause.js";
import { newDraft, type DraftFact, type DraftRoles, type TimesOf } from "./draft.js";
import { WORD, defaultLexicon, type Lexicon } from "./lexicon.js";
import type { Mention } from "./mention-types.js";
import type { Entity, EntityType, Extraction, Span } from "./types.js";

export interface ExtractOptions {
  published?: string;
  title?: string;
}

/** Characters read at once; a longer text is cut at the last line break before each limit. */
export const CHUNK_CHARS = 1 << 20;

/** Bodies that designate, in the order a passive "X is being designated" falls back on them. */
const SANCTIONING_BODIES = ["Office of Foreign Assets Control", "US Treasury", "US Department of State", "US Department of Commerce", "Council of the European Union", "European Union", "UN Security Council"];

interface ChunkResult {
  entities: ResolvedEntity[];
  drafts: AttributedDraft[];
}

/** Steps 1–8 over one chunk of text; offsets in the result are relative to the chunk. */
function analyseChunk(text: string, published: Date | null, lexicon: Lexicon): ChunkResult {
  // 1. tokens and sentences
  const layer = readText(text);
  // 2. mentions of countries, bodies and names
  const mentions = findMentions({ text: layer.text, tokens: layer.tokens, sentences: layer.sentences, gazetteer: lexicon.gazetteer });
  // 3. one entity per real-world thing
  const resolved = resolveEntities(mentions, lexicon.gazetteer, layer.tokens, layer.sentences, lexicon.actingVerbs);
  const byId = new Map<string, ResolvedEntity>();
  for (const e of resolved) byId.set(e.id, e);
  // The last entity of a type mentioned before a position: "he" is the last person, "the company" the last company.
  const byType = new Map<EntityType, Mention[]>();
  for (const m of mentions) {
    const type = m.entity ? byId.get(m.entity)?.type : undefined;
    if (!type || (type !== "person" && type !== "company" && type !== "armed_group")) continue;
    let list = byType.get(type);
    if (!list) byType.set(type, (list = []));
    list.push(m);
  }
  for (const list of byType.values()) list.sort((a, b) => a.start - b.start);
  const lastOf = (pos: number, type: EntityType): string | null => {
    const list = byType.get(type);
    if (!list) return null;
    // Binary search for the last mention before `pos`.
    let lo = 0, hi = list.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? list[found]!.entity! : null;
  };
  // Most sentences hold no trigger and no reporting word: steps 4–6 only look at those that do.
  const { tokens, sentences } = layer;
  // Every token is looked up in the lexicon once: the rules test its class bits.
  const active: boolean[] = [], speaking: boolean[] = [];
  for (const s of sentences) {
    let bits = 0;
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k]!;
      const cls = lexicon.wordClasses.get(t.lower);
      if (cls === undefined) continue;
      t.cls = cls;
      bits |= cls;
    }
    active.push((bits & WORD.TRIGGER) !== 0);
    speaking.push((bits & WORD.SOURCE) !== 0);
  }
  // 4. time expressions, resolved against the publication date: read only in the sentences where a rule finds a fact
  const timesBySentence = new Map<number, TimeMention[]>();
  const timesOf: TimesOf = (s) => {
    let found = timesBySentence.get(s.index);
    if (!found) timesBySentence.set(s.index, (found = findTimes(text.slice(s.start, s.end), s.start, published, tokens.slice(layer.sentences[s.index]!.first, layer.sentences[s.index]!.last))));
    return found;
  };
  // 5–7. frames: sanctions first (transfers read who was designated "for" them), transfers, visits and losses
  // Each sentence's mentions as a slice of one array sorted by sentence (a stable sort keeps their order). Pushing into one
  // fresh array per sentence made V8 (Node 20) deoptimise this function over and over on the arrays' changing element kinds.
  const inOrder = mentions.slice().sort((a, b) => a.sentence - b.sentence);
  const views: (SentenceView | undefined)[] = [];
  for (let n = 0, at = 0; n < sentences.length; n++) {
    const from = at;
    while (at < inOrder.length && inOrder[at]!.sentence === n) at++;
    const s = sentences[n]!;
    views.push(active[n] || speaking[n] ? buildView(text, s, tokens, inOrder.slice(from, at), byId, lastOf) : undefined);
  }
  let authority: string | null | undefined;
  const defaultAuthority = () => {
    if (authority !== undefined) return authority;
    authority = null;
    for (const name of SANCTIONING_BODIES) {
      const e = resolved.find((x) => x.name === name);
      if (e) return (authority = e.id);
    }
    // A government speaking as "we" with no named office: the state it speaks for.
    return (authority = resolved.find((x) => x.type === "country" && x.country === "US")?.id ?? null);
  };
  const drafts: DraftFact[] = [];
  const ctx = { verbs: lexicon.verbs, timesOf, published: published ? iso(published) : null, defaultAuthority, sanctionSeen: false };
  const transferCtx = { verbs: ctx.verbs, timesOf, sanctioned: drafts };
  for (const v of views) {
    if (!v || !active[v.s.index]) continue;
    findSanctions(v, ctx, drafts);
    findTransfers(v, transferCtx, drafts);
    findVisitsAndLosses(v, ctx, drafts);
  }
  // 8. attribution and certainty
  const sources: SentenceSource[] = [];
  for (let n = 0; n < views.length; n++) {
    const v = views[n];
    sources.push(v && speaking[n] ? sourcesOf(v) : noSource());
  }
  spreadQuoteSpeakers(text, sentences, sources);
  // Drafts are attributed in place and statements join the same array: an array from map() that is pushed to later made
  // V8 (Node 20) deoptimise this function once per document on the array's element kind.
  const attributed: AttributedDraft[] = drafts;
  for (const d of attributed) {
    const src = sourceFor(sources[d.sentence]!, d.trigger);
    // The target of a sanction is never its source; an authority announcing its own measure is.
    const target = d.type === "sanction" ? new Set([d.roles.target].flat()) : new Set<string>();
    d.certainty = certaintyOf(views[d.sentence]!, d, src);
    // Filled in place: the array the draft was made with keeps its field's type steady (no map change per draft).
    for (const sp of src.speakers) if (!target.has(sp)) d.attributedTo.push(sp);
  }
  for (let n = 0; n < sources.length; n++) {
    const v = views[n];
    if (!v) continue;
    for (const st of sources[n]!.statements) {
      const roles: DraftRoles = st.organization ? { speaker: st.speaker, organization: st.organization } : { speaker: st.speaker };
      attributed.push(newDraft("statement", roles, [], "stated", n, v.s.first, { start: v.s.start, end: v.s.end }, "statement.reporting-verb"));
    }
  }
  return { entities: resolved, drafts: attributed };
}

/** Cuts `text` into pieces of at most about `size` characters, at line breaks (or spaces) where it can. */
export function chunkBounds(text: string, size = CHUNK_CHARS): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const nl = text.lastIndexOf("\n", end);
      const sp = text.lastIndexOf(" ", end);
      if (nl > start + size / 2) end = nl + 1;
      else if (sp > start + size / 2) end = sp + 1;
      // Never cut a surrogate pair in two.
      else if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? "")) end--;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

export function extract(text: string, options: ExtractOptions = {}, lexicon: Lexicon = defaultLexicon()): Extraction {
  const published = parseIsoDate(options.published);
  const entities: (Entity & { weak?: boolean })[] = [];
  const entityByKey = new Map<string, Entity>();
  const drafts: AttributedDraft[] = [];
  for (const chunk of chunkBounds(text)) {
    const part = analyseChunk(text.slice(chunk.start, chunk.end), published, lexicon);
    // Entities of later chunks join earlier ones with the same type and name (or country).
    const idMap = new Map<string, string>();
    // The first chunk (all of most texts) keeps its own numbering and offsets: nothing needs rewriting.
    let renumbered = chunk.start !== 0;
    for (const e of part.entities) {
      const key = e.type === "country" ? `country:${e.country}` : `${e.type}:${e.name.toLowerCase()}`;
      let g = entityByKey.get(key);
      if (!g) {
        // The contract's key order: id, type, name, country, aliases, positions, mentions.
        g = { id: `e${entities.length + 1}`, type: e.type, name: e.name } as Entity;
        if (e.country !== undefined) g.country = e.country;
        g.aliases = [...e.aliases];
        if (e.positions !== undefined) g.positions = e.positions;
        g.mentions = [];
        entityByKey.set(key, g);
        entities.push(g);
      } else {
        for (const a of e.aliases) if (!g.aliases.includes(a) && a !== g.name) g.aliases.push(a);
      }
      if (chunk.start === 0) for (const m of e.mentions) g.mentions.push(m);
      else for (const m of e.mentions) g.mentions.push(shift(m, chunk.start));
      idMap.set(e.id, g.id);
      if (g.id !== e.id) renumbered = true;
    }
    const mapId = (id: string) => idMap.get(id) ?? id;
    const base = drafts.length;
    for (const d of part.drafts) {
      if (!renumbered) {
        drafts.push(d);
        continue;
      }
      // The chunk's drafts are its own: they move into the document's numbering in place.
      const roles: DraftFact["roles"] = {};
      for (const k in d.roles) {
        const v = d.roles[k]!;
        roles[k] = Array.isArray(v) ? v.map(mapId) : mapId(v);
      }
      d.roles = roles;
      d.attributedTo = d.attributedTo.map(mapId);
      d.evidence = shift(d.evidence, chunk.start);
      if (d.exchangeWith) d.exchangeWith = d.exchangeWith.map((n) => n + base);
      drafts.push(d);
    }
  }
  // 9. one fact per deal, sides of a deal linked
  const facts = mergeDrafts(drafts);
  return {
    document: {
      id: contentId(text),
      ...(options.title !== undefined ? { title: options.title } : {}),
      ...(options.published !== undefined ? { published: options.published } : {}),
      chars: text.length,
    },
    entities,
    facts,
  };
}
