/**
 * Finds a page's statements of who did what and judges each against the reports, in the shape
 * the command line and the extension give every claim (`kind: "statement"`).
 */
import type { CheckedClaim, SourceEvidence } from '../check';
import { humanDay } from '../calendar';
import { splitPassages, type Span } from '../passages';
import type { SourceIndex } from '../source-index';
import { OFFENSIVE_START, pageAboutAnotherEvent } from '../events';
import { vocabularyFor } from '../lexicon/index';
import { detectLocale } from '../locale';
import { namesRegion, relevantPassages } from '../topic';
import { actPhrase, comparable, judgeFrame, type StatementJudgement } from './judge';
import { ACTIONS, ACTOR_LABELS, CONCEPT_LABELS, inferredDoer, type ActionId, type ActorId, type ConceptId } from './lexicon/shape';
import { lexiconFor, namesParty, readFrames, type Frame } from './reader';
import { compileDetector, listExpression } from './patterns';
import type { StatementLexicon } from './lexicon/shape';

export type { StatementReading } from './report-statements';

/** Options for checking a page's statements. */
export interface StatementOptions {
  /** Spans already claimed by figures: a statement overlapping one is left to the figure. */
  figures?: readonly Span[];
  /** At most this many supporting, and this many contradicting, reports are listed per statement. */
  maxCited?: number;
  /** The page's day as an epoch day. */
  pageDay?: number;
}

/** The statements of a text's passages about the region that the reports address, judged. */
export function checkStatements(text: string, index: SourceIndex, options: StatementOptions = {}): CheckedClaim[] {
  if (index.reportStatements.length === 0) return [];
  // As for figures: a page dated before the offensive speaks of older events, never of what the reports report.
  // Not even for the blockade they recall: a page of the blockade's months is about that event, and a page
  // about another event gets no claim.
  if (options.pageDay !== undefined && options.pageDay < OFFENSIVE_START) return [];
  const lexicon = lexiconFor(text);
  if (!namesRegion(text) && !namesParty(text, lexicon)) return [];
  // As for figures too: a later page about another event (the 2020 war's anniversary) recalls the
  // offensive at most in passing; its "attacks" and "losses" are that event's.
  if (pageAboutAnotherEvent(text, options.pageDay, () => vocabularyFor(detectLocale(text)))) return [];
  const passages = splitPassages(text);
  const bodies = passages.map((p) => text.slice(p.start, p.end));
  const relevant = relevantPassages(bodies);
  // "Yerevan has turned down offers of help" is about the exodus without naming Karabakh: a passage
  // naming a party is read too. What it says is shown only if a report says the same of that party.
  const frames = readFrames(text, passages.filter((_, i) => relevant[i] || namesParty(bodies[i]!, lexicon)), lexicon);
  const figuresIn = overlapping(options.figures ?? []);
  const out: CheckedClaim[] = [];
  const judged = new Map<number, Frame[]>();
  for (const read of frames) {
    const frame = speakerActs(read);
    // One statement per act in a sentence ("denied the accusation and invited the residents to stay"
    // holds two), and one highlight per stretch of text: a figure inside the statement's words leaves
    // it the words around its verb; one across its edge takes them.
    const before = judged.get(frame.sentence.start) ?? [];
    if (before.some((f) => !distinctActs(f, frame))) continue;
    const span = clearOfFigures(text, frame, figuresIn(frame.start, frame.end));
    if (!span) continue;
    if (quotedLabel(text, frame, lexicon)) continue;
    const judgement = judgeFrame(frame, index, { promise: promises(text, frame, lexicon) });
    if (!judgement) continue;
    judged.set(frame.sentence.start, [...before, frame]);
    out.push(toClaim(text, { ...frame, ...span }, judgement, index, options.maxCited ?? 20));
  }
  return out;
}

// A quoted stretch: an opening mark, at most a short phrase, a closing mark.
const QUOTED = /["“«„‘‹]([^"“”«»„‘’‹›]{1,120})["”»“’›]/gu;
// How far around a statement a quotation holding it is looked for, in characters (a short headline's quote).
const QUOTE_REACH = 60;
// Each language's key terms as one expression, compiled once.
const KEY_TERMS = new Map<string, RegExp>();
const keyTerm = (re: RegExp, s: string) => ((re.lastIndex = 0), re.test(s));

/**
 * True when a statement with no act states only words in quotation marks ("… olanları “etnik temizlik”
 * olarak tanımladı", "Ermenistan'dan yine \"Karabağ'da etnik temizlik\" çıkışı"): a key term quoted, and
 * none outside the quotes, is someone's label, not the page stating it as fact; who applied it is in
 * words the reader did not take as an act.
 */
export function quotedLabel(text: string, frame: Pick<Frame, 'action' | 'start' | 'end'>, lexicon: StatementLexicon): boolean {
  if (frame.action) return false;
  let re = KEY_TERMS.get(lexicon.lang);
  if (!re) KEY_TERMS.set(lexicon.lang, (re = compileDetector(lexicon).anyConcept));
  const from = Math.max(0, frame.start - QUOTE_REACH);
  const region = text.slice(from, frame.end + QUOTE_REACH);
  const [start, end] = [frame.start - from, frame.end - from];
  // The statement's words inside one quoted stretch, or the quoted stretches inside them holding its only key term.
  const quotes = [...region.matchAll(QUOTED)].map((q) => ({ at: q.index!, end: q.index! + q[0].length, words: q[1]! }));
  if (quotes.some((q) => q.at < start && end < q.end)) return true;
  const inside = quotes.filter((q) => q.at >= start - 1 && q.end <= end + 1);
  if (!inside.some((q) => keyTerm(re!, q.words))) return false;
  let rest = region.slice(start, end);
  for (const q of inside) rest = rest.replace(q.words, ' ');
  return !keyTerm(re, rest);
}

// How far past a statement's last key term its clause may still promise ("the rights of the Armenians
// who stay in Karabakh would be respected"): a clause's verb seldom stands further from its object.
const PROMISE_WORDS = 8;
const PROMISE_TAIL = new RegExp(String.raw`^(?:\s*[^\s]+){0,${PROMISE_WORDS}}`, 'u');
// Each language's promise words, compiled once (null: the language lists none).
const PROMISES = new Map<string, RegExp | null>();

/**
 * True when a statement's clause holds promise wording (StatementLexicon.promises): from its start to
 * a few words past its last key term, within the sentence and before a full stop, semicolon or question.
 */
export function promises(text: string, frame: Pick<Frame, 'start' | 'end' | 'sentence'>, lexicon: StatementLexicon): boolean {
  let re = PROMISES.get(lexicon.lang);
  if (re === undefined) PROMISES.set(lexicon.lang, (re = lexicon.promises?.length ? listExpression(lexicon.promises, `${lexicon.lang} promises`) : null));
  if (!re) return true;
  const tail = text.slice(frame.end, Math.max(frame.end, frame.sentence.end));
  const stop = /[.;!?]/u.exec(tail)?.index ?? tail.length;
  const words = PROMISE_TAIL.exec(tail.slice(0, stop))?.[0] ?? '';
  re.lastIndex = 0;
  return re.test(text.slice(frame.start, frame.end + words.length));
}

/**
 * A claim with no doer but a speaker ("„Zdecydowanie odrzucamy …” – przekazało MSZ Azerbejdżanu", "« Nous
 * rejetons … », a déclaré Bakou"): words said in the first person or with the doer dropped are the
 * speaker's own, so the speaker denies, accuses or says. So is a promise ("Aliev a affirmé : « Nous garantirons
 * les droits … »"): one promises for oneself. Other acts ("according to Baku, the road was reopened") stay the
 * deed the speaker reports, with no doer.
 */
export function speakerActs(frame: Frame): Frame {
  if (frame.actor || !frame.speaker || !frame.action || !SPEAKERS_OWN.has(ACTIONS[frame.action].family)) return frame;
  return { ...frame, actor: frame.speaker };
}

// The kinds of act a speaker's words do themselves: saying, accusing, denying; promising.
const SPEAKERS_OWN: ReadonlySet<string> = new Set(['claim', 'pledge']);

/** True when two statements of one sentence are separate acts: different kinds of act, or two named parties' acts of one kind, in words that do not overlap. */
export function distinctActs(a: Pick<Frame, 'action' | 'actor' | 'concepts' | 'start' | 'end'>, b: Pick<Frame, 'action' | 'actor' | 'concepts' | 'start' | 'end'>): boolean {
  const apart = a.end <= b.start || b.end <= a.start;
  // "When Baku attacked, soldiers of Armenia's army were still deployed inside Karabakh": a statement of fact
  // beside an act, in words of its own and about another matter, is a statement of its own.
  if (!a.action || !b.action) return apart && !a.concepts.some((c) => b.concepts.includes(c));
  // "Yerevan says there was ethnic cleansing, whereas Baku insists they left of their own will": two
  // parties' words on one matter, in words that do not overlap, are two statements.
  // So are one party's acts about different things ("…, who had laid down their arms, announced their dissolution").
  // So are one party's two deeds of one kind ("capitulated and agreed to give up their weapons"): acts, not
  // sayings, each in its own words. (Two sayings of one party on one matter are one statement.)
  const twoDeeds = a.action !== b.action && ACTIONS[a.action].family !== 'claim' && ACTIONS[b.action].family !== 'claim';
  if (comparable(a.action, b.action)) return apart && ((!!a.actor && !!b.actor && a.actor !== b.actor) || !a.concepts.some((c) => b.concepts.includes(c)) || twoDeeds);
  return apart;
}

/**
 * The spans that overlap a stretch, found by bisection: a dense page has thousands of figures and
 * hundreds of statements, and testing every figure against every statement grew with their product.
 */
export function overlapping(spans: readonly Span[]): (start: number, end: number) => Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end of any span up to each place: a long span early on still overlaps later stretches.
  const reach: number[] = [];
  for (const [i, s] of sorted.entries()) reach.push(Math.max(s.end, i ? reach[i - 1]! : -Infinity));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    const out: Span[] = [];
    for (let j = lo - 1; j >= 0 && reach[j]! > start; j--) if (sorted[j]!.end > start) out.push(sorted[j]!);
    return out.reverse();
  };
}

/**
 * The statement's span without the figures inside it: "appealed to the EU on 30 September for aid"
 * with the date a figure is shown as the stretch that holds the verb. A statement with no verb (a
 * fact stated: "Azerbaijan's offensive of 19 September 2023 … was meant to ethnically cleanse the
 * region") keeps its longest stretch: its first two words are seldom what the reader checks. Null when
 * a figure crosses the statement's edge or covers its verb (the figure is the claim there).
 */
export function clearOfFigures(text: string, frame: Pick<Frame, 'start' | 'end' | 'verbAt'>, figures: readonly Span[]): Span | null {
  const inside = figures.filter((f) => f.start < frame.end && frame.start < f.end).sort((a, b) => a.start - b.start);
  if (inside.length === 0) return { start: frame.start, end: frame.end };
  if (inside.some((f) => f.start <= frame.start || f.end >= frame.end)) return null;
  const at = frame.verbAt ?? longestStretch(frame, inside);
  if (inside.some((f) => f.start <= at && at < f.end)) return null;
  // The stretch between the figures (or the statement's ends) that holds the verb, trimmed of spaces and brackets.
  let start = frame.start;
  let end = frame.end;
  for (const f of inside) {
    if (f.end <= at) start = f.end;
    else if (f.start > at) {
      end = f.start;
      break;
    }
  }
  while (start < end && /[\s(),–—-]/u.test(text[start]!)) start++;
  while (end > start && /[\s(),–—-]/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Where the longest stretch of a statement between the figures inside it (or its ends) starts. */
function longestStretch(frame: Span, inside: readonly Span[]): number {
  const edges = [frame.start, ...inside.flatMap((f) => [f.start, f.end]), frame.end];
  let best = frame.start;
  let longest = -1;
  for (let i = 0; i < edges.length; i += 2) {
    if (edges[i + 1]! - edges[i]! > longest) [best, longest] = [edges[i]!, edges[i + 1]! - edges[i]!];
  }
  return best;
}

function toClaim(text: string, read: Frame, j: StatementJudgement, index: SourceIndex, maxCited: number): CheckedClaim {
  // A judgement that reads the words as another act (a demand for the act they name) shows that act.
  const frame: Frame = j.readAs ? { ...read, action: j.readAs } : read;
  const raw = text.slice(frame.start, frame.end);
  const understood = `${raw.replace(/\s+/g, ' ')} — ${describeFrame(frame)}`;
  const listed = { supports: 0, contradicts: 0 };
  const shown = j.relations.filter((r) => listed[r.relation]++ < maxCited);
  const sources = shown.map((r) => evidence(index, r.statement, r.relation));
  const parts = [`Claimed: ${understood}.`];
  shown.forEach((r, i) => {
    const s = sources[i]!;
    parts.push(`${s.outlet}, ${s.date ? humanDay(Date.parse(s.date) / 86_400_000) : 'undated'}: “${s.figure.replace(/\s+/g, ' ')}” — ${r.relation === 'supports' ? 'agrees' : 'disagrees'}: ${r.why}.`);
  });
  const hidden = j.relations.length - shown.length;
  if (hidden > 0) parts.push(`${hidden} more related ${hidden === 1 ? 'report is' : 'reports are'} not listed.`);
  parts.push(`Verdict: ${j.verdict} — ${j.reason}.`);
  return {
    kind: 'statement',
    start: frame.start,
    end: frame.end,
    text: raw,
    verdict: j.verdict,
    // A statement has no number: the figure fields carry its words and no value.
    figure: { raw, low: null, high: null, unit: 'count' },
    qualifier: 'exact',
    measure: 'statement',
    event: 'statement',
    asOf: null,
    understood,
    explanation: parts.join(' '),
    attribution: frame.speaker ? ACTOR_LABELS[frame.speaker] : null,
    sentence: { start: frame.sentence.start, end: frame.sentence.end },
    sources,
    // A doer in the page's own words that stands for a party is given as that party, as the explanation names it.
    statement: { actor: frame.actor ?? frame.unnamedDoer, action: frame.action, concepts: frame.concepts, objects: frame.objects, polarity: frame.polarity, speaker: frame.speaker, ...(!frame.actor && frame.unnamedDoer ? { inferred: true as const } : {}) },
  };
}

/** "Azerbaijan compared: the war in Ukraine", "stated as fact: forced expulsion", "no one named dissolved: …". */
export function describeFrame(f: Pick<Frame, 'actor' | 'action' | 'concepts' | 'polarity'> & Partial<Pick<Frame, 'unnamedDoer'>>): string {
  const what = f.concepts.map((c) => CONCEPT_LABELS[c]).join(', ');
  if (!f.action) return `stated as fact${f.polarity < 0 ? ' (negated)' : ''}: ${what}`;
  // Only a passive that names no doer ("the republic was dissolved") is judged with no actor: it names none, and no one is invented for it.
  // A doer in the page's own words that stands for a party ("the local authorities") is named as that
  // party, marked as the engine's reading: the page does not name it.
  const doer = f.actor ? ACTOR_LABELS[f.actor] : f.unnamedDoer ? inferredDoer(ACTOR_LABELS[f.unnamedDoer]) : 'no one named';
  return `${doer} ${actPhrase(f)}: ${what}`;
}

// Long sentences are cut to about 320 characters around the statement, at word boundaries.
const QUOTE_LIMIT = 320;

function evidence(index: SourceIndex, s: SourceIndex['reportStatements'][number], relation: 'supports' | 'contradicts'): SourceEvidence {
  const src = index.sources[s.source]!;
  let [a, b] = s.sentence;
  if (b - a > QUOTE_LIMIT) {
    a = Math.max(a, s.start - 140);
    b = Math.min(b, Math.max(s.end, a + QUOTE_LIMIT - 140) + 20);
    while (a > s.sentence[0] && /\S/.test(src.text[a - 1]!)) a--;
    while (b < s.sentence[1] && /\S/.test(src.text[b]!)) b++;
  }
  return {
    id: src.id,
    relation,
    outlet: src.outlet,
    date: src.date,
    quote: src.text.slice(a, b),
    figure: src.text.slice(s.start, s.end),
    figureInQuote: [s.start - a, s.end - a],
    passage: [a, b],
    asOf: s.day,
    origin: src.origin,
    own: src.id.startsWith('own-'),
    url: src.url,
  };
}
