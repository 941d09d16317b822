// Step 8: who says so and how sure the text is — reporting verbs, "according to", quotes that run over several sentences, hedges and denials.
import { DEBUNK_WORDS, DENIAL_WORDS, HEDGE_WORDS } from "../lexicon/cues.js";
import type { Sentence } from "../text/sentences.js";
import { appositiveBefore, type Actor, type SentenceView } from "./clause.js";
import type { DraftFact } from "./draft.js";
import { WORD } from "./lexicon.js";
import type { Certainty } from "./types.js";

const PASSIVE_REPORTS = new Set(["accused", "alleged", "reported", "believed", "suspected", "said", "thought", "understood", "estimated", "assessed", "claimed"]);
/** Reporting words that, right before "of"/"to"/"by", modify a noun ("companies accused of"). */
const PARTICIPLE_REPORTS = new Set(["accused", "alleged", "believed", "suspected", "estimated", "assessed", "thought"]);
/** Reporting verbs that are also ordinary verbs with an object. */
const CONTENT_VERBS = new Set(["added", "adding", "found", "finds", "charged", "posted"]);
const BE_WORDS = new Set(["is", "are", "was", "were", "been", "being", "be"]);
const SOURCE_TYPES = new Set(["person", "government_body", "organization", "company", "country", "armed_group"]);

export interface SentenceSource {
  speakers: string[];
  /** A reporting verb with no named source ("officials said"): reported, but by nobody the text names. */
  reported: boolean;
  /** Persons who speak in this sentence (for statement facts), with the body they speak for. */
  statements: { speaker: string; organization?: string }[];
  hedged: boolean;
  /**
   * Speakers whose report opens a later clause of the sentence ("X did A, and Britain said it would B"): they speak
   * only for what stands after `from`, with `reported` still true only when some report covers the whole sentence.
   */
  scoped?: { speaker: string | null; from: number }[];
  /** How many reporting verbs the sentence has (scoped ones included). */
  reportCount?: number;
}

/** What a sentence's sources say about the fact triggered at `trigger`: later clauses' speakers left out. */
export function sourceFor(src: SentenceSource, trigger: number): SentenceSource {
  if (!src.scoped?.length) return src;
  // Loops, not filter/map: arrays from map() met by includes() made V8 (Node 20) deoptimise the caller once per document.
  const scoped = src.scoped;
  let anyLater = false, anyEarlier = false;
  for (const x of scoped) {
    if (x.from > trigger) anyLater = true;
    else anyEarlier = true;
  }
  if (!anyLater) return src;
  // A speaker stays unless it speaks only in later clauses.
  const speakers: string[] = [];
  for (const sp of src.speakers) {
    let later = false, earlier = false;
    for (const x of scoped) {
      if (x.speaker !== sp) continue;
      if (x.from > trigger) later = true;
      else earlier = true;
    }
    if (!later || earlier) speakers.push(sp);
  }
  const unscopedReport = src.reported && (src.scoped.length < src.reportCount!);
  return { ...src, speakers, reported: unscopedReport || anyEarlier };
}

function bodyNextTo(v: SentenceView, person: Actor): Actor | undefined {
  // "White House National Security Council spokesman John Kirby", "Kirby, a spokesman for the NSC".
  return v.actors.find(
    (a) => a !== person && (a.type === "government_body" || a.type === "organization") &&
      ((a.last <= person.first && person.first - a.last <= 3) || (a.first >= person.last && a.first - person.last <= 5)),
  );
}

/** A sentence with no reporting or hedging word in it (a fresh value: quotes may later give it a speaker). */
export function noSource(): SentenceSource {
  return { speakers: [], reported: false, statements: [], hedged: false };
}

export function sourcesOf(v: SentenceView): SentenceSource {
  const speakers = new Set<string>();
  const statements: SentenceSource["statements"] = [];
  const { tokens } = v;
  let hedged = false;
  let reported = false;
  let reportCount = 0;
  const scoped: { speaker: string | null; from: number }[] = [];
  const scopedOnly = new Set<string>();
  const addSpeaker = (a: Actor | undefined | null) => {
    if (!a || !SOURCE_TYPES.has(a.type)) return;
    speakers.add(a.entity);
    if (a.type === "person") {
      const body = bodyNextTo(v, a);
      if (body) speakers.add(body.entity);
      statements.push(body ? { speaker: a.entity, organization: body.entity } : { speaker: a.entity });
    }
  };
  for (let k = v.s.first; k < v.s.last; k++) {
    const cls = tokens[k]!.cls;
    if (cls & WORD.HEDGE) hedged = true;
    if (!(cls & WORD.REPORTING)) continue;
    // "the United States sent ...": a reporting word inside a name reports nothing.
    if (tokens[k]!.cap && v.actors.some((a) => a.first <= k && k < a.last)) continue;
    const w = tokens[k]!.lower;
    // "added Huawei to the list", "found weapons": these verbs report speech only before "that", a quote or the end.
    if (CONTENT_VERBS.has(w)) {
      const nx = tokens[k + 1];
      const pv = tokens[k - 1];
      const speech = !nx || nx.lower === "that" || nx.kind === "punct" || pv?.text === "," || pv?.text === "”" || pv?.text === "\"";
      if (!speech) continue;
    }
    // "companies accused of helping", "Pyongyang is believed to have sent": a passive report names no source here.
    const nextW = tokens[k + 1]?.lower;
    const afterBe = BE_WORDS.has(tokens[k - 1]?.lower ?? "") || (tokens[k - 1]?.lower.endsWith("ly") && BE_WORDS.has(tokens[k - 2]?.lower ?? ""));
    if (PASSIVE_REPORTS.has(w) && (afterBe || (PARTICIPLE_REPORTS.has(w) && (nextW === "of" || nextW === "to" || nextW === "by")))) continue;
    if (w === "according") {
      if (tokens[k + 1]?.lower !== "to") continue;
      const a = v.actors.find((x) => x.first > k + 1 && x.first <= k + 6);
      addSpeaker(a);
      reported = true;
      reportCount++;
      if (a && a.type !== "person") {
        // "according to the ministry's spokesman John Doe" — but not "According to the Treasury, Mr X did ...".
        const person = v.actors.find((x) => x.type === "person" && x.first > a.last && x.first <= a.last + 4 && !tokens.slice(a.last, x.first).some((t) => t.text === ","));
        addSpeaker(person);
      }
      continue;
    }
    // Inverted: '..., said Treasury Secretary Janet Yellen.'
    const prev = tokens[k - 1];
    const inverted = prev && (prev.text === "”" || prev.text === "\"" || prev.text === "’" || (prev.text === "," && appositiveBefore(v, k, v.s.first) === null));
    if (inverted) {
      const after = v.actors.find((x) => x.first > k && x.first <= k + 12 && x.type === "person") ?? v.actors.find((x) => x.first > k && x.first <= k + 3 && x.type !== "country");
      if (after) {
        addSpeaker(after);
        continue;
      }
    }
    let from = v.s.first;
    for (let j = k - 1; j >= v.s.first; j--) {
      const t = tokens[j]!.text;
      if (t === "”" || t === "“" || t === ";" || (t === "\"" && j !== k - 1)) {
        from = j + 1;
        break;
      }
    }
    reported = true;
    reportCount++;
    let subj = speakerBefore(v, k, from);
    // ", and Britain said it would ...": a report opening a coordinated clause speaks for that clause only.
    const opensClause = subj && subj.first - 2 >= v.s.first && tokens[subj.first - 1]!.kind === "word" && ["and", "but", "while", "whereas"].includes(tokens[subj.first - 1]!.lower) && tokens[subj.first - 2]!.text === ",";
    const complement = tokens[k + 1] && tokens[k + 1]!.kind === "word" && !/^(on|in|last|this|earlier|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[k + 1]!.lower);
    if (subj && opensClause && complement) {
      scoped.push({ speaker: SOURCE_TYPES.has(subj.type) ? subj.entity : null, from: subj.first });
      if (!speakers.has(subj.entity)) scopedOnly.add(subj.entity);
    }
    addSpeaker(subj);
  }
  const out: SentenceSource = { speakers: [...speakers], reported, statements, hedged };
  if (scoped.length) {
    // A speaker named both in a scoped clause and elsewhere speaks for the whole sentence.
    out.scoped = scoped.filter((x) => x.speaker === null || scopedOnly.has(x.speaker));
    out.reportCount = reportCount;
  }
  return out;
}

const BETWEEN_SUBJECT_AND_VERB = new Set(["on", "in", "last", "this", "earlier", "also", "has", "have", "had", "previously", "later", "then", "publicly", "repeatedly", "recently", "separately", "again", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "night", "morning", "evening", "further", "reportedly", "officially", "strongly", "firmly", "flatly"]);

const WORK_NOUNS = new Set(["investigation", "report", "analysis", "review", "study", "assessment", "probe", "survey", "audit", "inquiry", "examination", "tally", "count"]);

/** The speaker of a reporting verb: the actor right before it ("The White House on Thursday said"), past an appositive. */
function speakerBefore(v: SentenceView, k: number, from: number): Actor | null {
  const app = appositiveBefore(v, k, from);
  let j = app !== null ? app : k;
  while (j - 1 >= from && v.tokens[j - 1]!.kind === "word" && BETWEEN_SUBJECT_AND_VERB.has(v.tokens[j - 1]!.lower)) j--;
  const subj = v.actors.find((a) => a.last === j && a.first >= from);
  if (subj && subj.prep === null) return subj;
  // "An investigation by Reuters found", "a report by the UN panel said": the author of the work speaks.
  if (subj && subj.prep === "by" && WORK_NOUNS.has(v.tokens[subj.first - 2]?.lower ?? "") || subj && subj.prep === "by" && v.tokens[subj.first - 2]?.lower === "the" && WORK_NOUNS.has(v.tokens[subj.first - 3]?.lower ?? "")) return subj;
  // "BBC News and Bellingcat reported": the last name of a list may be one the text never types; the list still speaks.
  const listed = v.actors.find((a) => a.first >= from && a.last < j && a.last >= j - 4 && a.prep === null && v.tokens.slice(a.last, j).every((t) => t.lower === "and" || t.text === "," || t.cap));
  if (listed && v.tokens.slice(listed.last, j).some((t) => t.lower === "and")) return listed;
  // "Seoul's spy agency said", "the Iranian foreign ministry said": a possessor or nationality right before a lower-case noun phrase.
  const k0 = j;
  let n = k0 - 1;
  while (n >= from && n > k0 - 5 && v.tokens[n]!.kind === "word" && !v.tokens[n]!.cap) n--;
  if (v.tokens[n]?.text === "’s" || v.tokens[n]?.text === "'s") n--;
  const owner = v.actors.find((a) => a.last === n + 1 && a.first >= from && n < k0 - 1);
  return owner ?? null;
}

/** Quotes that run over several sentences keep the speaker named in any one of them; a following quote with no new speaker keeps it too. */
export function spreadQuoteSpeakers(text: string, views: readonly Sentence[], sources: SentenceSource[]): void {
  const regions: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = i;
    else if (c === 0x201d && open >= 0) {
      regions.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  let prevSpeakers: string[] = [];
  let prevEnd = -Infinity;
  let cursor = 0;
  for (const r of regions) {
    // Regions and sentences are both in text order: walk them together.
    while (cursor < views.length && views[cursor]!.end <= r.start) cursor++;
    const idx: number[] = [];
    for (let n = cursor; n < views.length && views[n]!.start < r.end; n++) idx.push(n);
    if (!idx.length) continue;
    // The sentence that closes the quote usually carries "X said"; the one after may too ("“…,” he said.").
    const own = new Set<string>();
    for (const n of idx) for (const s of sources[n]!.speakers) own.add(s);
    const lastIdx = idx[idx.length - 1]!;
    const follow = sources[lastIdx + 1];
    if (!own.size && follow && views[lastIdx + 1]!.start - r.end < 3) for (const s of follow.speakers) own.add(s);
    let speakers = [...own];
    if (!speakers.length && r.start - prevEnd < 600) speakers = prevSpeakers;
    for (const n of idx) {
      const src = sources[n]!;
      for (const s of speakers) if (!src.speakers.includes(s)) src.speakers.push(s);
    }
    if (speakers.length) {
      prevSpeakers = speakers;
      prevEnd = r.end;
    }
  }
}

/** Certainty of one fact from the words of its sentence around the trigger. */
export function certaintyOf(v: SentenceView, d: DraftFact, src: SentenceSource): Certainty {
  const { tokens } = v;
  const from = v.s.first;
  let negated = !!d.negated;
  // Negation in the verb group: "did not deliver", "has never supplied".
  for (let j = d.trigger - 1; j >= Math.max(from, d.trigger - 4); j--) {
    const w = tokens[j]!.lower;
    if (w === "not" || w === "n't" || w === "never") negated = true;
  }
  // "no evidence of", "yet to see evidence", "no signs".
  // The words before the trigger are read in place: no per-fact arrays (see sourceFor).
  let absence = false, debunked = false, denied = false, hedged = false;
  for (let j = from; j < d.trigger; j++) {
    const w = tokens[j]!.lower;
    if (w === "evidence" || w === "sign" || w === "signs" || w === "proof") {
      const prev = j > from ? tokens[j - 1]!.lower : "";
      let yet = false;
      for (let k = Math.max(from, j - 4); k < j; k++) if (tokens[k]!.lower === "yet") yet = true;
      if (prev === "no" || prev === "any" || yet) {
        negated = true;
        absence = true;
      }
    }
    if (DEBUNK_WORDS.has(w)) {
      negated = true;
      debunked = true;
    }
    if (DENIAL_WORDS.has(w)) denied = true;
    if (HEDGE_WORDS.has(w)) hedged = true;
  }
  // Someone on record saying it did not happen disputes the claim; "no sign of it", or the text's own verdict, negates it.
  if (negated) return src.speakers.length && !debunked && !absence ? "disputed" : "negated";
  if (denied) return "disputed";
  if (hedged) return "suspected";
  if (src.speakers.length || src.reported) return "reported";
  return "stated";
}
