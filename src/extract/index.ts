// The extraction pipeline: one text in, the extraction contract out. Each numbered step is a pure function over typed values.
import { createHash } from "node:crypto";
import { findTimes, iso, parseIsoDate, type TimeMention } from "../time/resolve.js";
import { readText } from "./01-text.js";
import { findMentions } from "./02-mentions.js";
import { resolveEntities, type ResolvedEntity } from "./03-coreference.js";
import { findTransfers } from "./05-transfers.js";
import { findSanctions } from "./06-sanctions.js";
import { certaintyOf, sourcesOf, spreadQuoteSpeakers } from "./07-attribution.js";
import { mergeDrafts, type AttributedDraft } from "./08-merge.js";
import { buildView, type SentenceView } from "./clause.js";
import type { DraftFact } from "./draft.js";
import { defaultLexicon, type Lexicon } from "./lexicon.js";
import type { Entity, Extraction } from "./types.js";

export interface ExtractOptions {
  published?: string;
  title?: string;
}

export function documentId(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

/** Bodies that designate, in the order a passive "X is being designated" falls back on them. */
const SANCTIONING_BODIES = ["Office of Foreign Assets Control", "US Treasury", "US Department of State", "US Department of Commerce", "Council of the European Union", "European Union", "UN Security Council"];

export function extract(text: string, options: ExtractOptions = {}, lexicon: Lexicon = defaultLexicon()): Extraction {
  const published = parseIsoDate(options.published);
  // 1. tokens and sentences
  const layer = readText(text);
  // 2. mentions of countries, bodies and names
  const mentions = findMentions({ ...layer, gazetteer: lexicon.gazetteer });
  // 3. one entity per real-world thing
  const resolved = resolveEntities(mentions, lexicon.gazetteer, layer.tokens, layer.sentences);
  const byId = new Map<string, ResolvedEntity>(resolved.map((e) => [e.id, e]));
  const persons = mentions.filter((m) => m.entity && byId.get(m.entity)?.type === "person").sort((a, b) => a.start - b.start);
  const lastPerson = (pos: number): string | null => {
    let found: string | null = null;
    for (const m of persons) {
      if (m.start >= pos) break;
      found = m.entity!;
    }
    return found;
  };
  // 4. time expressions, resolved against the publication date
  const times: TimeMention[] = [];
  for (const s of layer.sentences) times.push(...findTimes(text.slice(s.start, s.end), s.start, published));
  // 5. frames: transfers and sanctions, sentence by sentence
  const views: SentenceView[] = layer.sentences.map((s) => buildView(text, s, layer.tokens, mentions, byId, lastPerson));
  const defaultAuthority = () => {
    for (const name of SANCTIONING_BODIES) {
      const e = resolved.find((x) => x.name === name);
      if (e) return e.id;
    }
    // A government speaking as "we" with no named office: the state it speaks for.
    return resolved.find((x) => x.type === "country" && x.country === "US")?.id ?? null;
  };
  const drafts: DraftFact[] = [];
  const ctx = { verbs: lexicon.verbs, times, published: published ? iso(published) : null, defaultAuthority };
  for (const v of views) {
    findTransfers(v, ctx, drafts);
    findSanctions(v, ctx, drafts);
  }
  // 6. attribution and certainty
  const sources = views.map(sourcesOf);
  spreadQuoteSpeakers(text, views, sources);
  const attributed: AttributedDraft[] = drafts.map((d) => {
    const src = sources[d.sentence]!;
    return { ...d, certainty: certaintyOf(views[d.sentence]!, d, src), attributedTo: src.speakers.filter((s) => !Object.values(d.roles).flat().includes(s) || d.type !== "sanction") };
  });
  sources.forEach((src, n) => {
    const v = views[n]!;
    for (const st of src.statements) {
      attributed.push({
        type: "statement",
        roles: st.organization ? { speaker: st.speaker, organization: st.organization } : { speaker: st.speaker },
        items: [],
        status: "stated",
        sentence: n,
        trigger: v.s.first,
        evidence: { start: v.s.start, end: v.s.end },
        rule: "statement.reporting-verb",
        certainty: "stated",
        attributedTo: [],
      });
    }
  });
  // 7. one fact per deal, sides of a deal linked
  const facts = mergeDrafts(attributed);
  const entities: Entity[] = resolved.map(({ mentionIdx: _m, weak: _w, ...e }) => e);
  return {
    document: {
      id: documentId(text),
      ...(options.title !== undefined ? { title: options.title } : {}),
      ...(options.published !== undefined ? { published: options.published } : {}),
      chars: text.length,
    },
    entities,
    facts,
  };
}
