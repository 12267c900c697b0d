import { humanDay, humanPartial, isoOfDay, isoOfPartial } from './calendar';
import { givesASource } from './attribution';
import { extractClaims, type Claim } from './claims';
import { EVENT_LABELS, EXODUS_END, isCasualty, namesDepotBlast, ownSide } from './events';
import { vocabularyFor } from './lexicon/index';
import { type Figure } from './figures';
import { detectLocale } from './locale';
import { namesRegion } from './topic';
import { measureInfo, sentenceCues } from './measures';
import { belowEveryPopulation, COUNTS_OF_LEAVERS, derivedChecks, judgedMeasure } from './derived';
import { allowedWidth, bears, compare, seriesOf, type Comparison, type ContextReason, type Series, type Stated } from './relation';
import { candidatesFor, matchKey, type SourceIndex, type Statement } from './source-index';
import { hourOf } from './time-of-day';
import type { Cue } from './cues';
import { decide, verdictOf, type Judged, type Strength, type Verdict } from './verdict';
import { checkStatements, type StatementReading } from './statements/check-statements';

/** One source's word on a claim, with the passage that says it. */
export interface SourceEvidence {
  /** The source id (file name without .txt). */
  id: string;
  relation: Comparison['relation'];
  reason?: ContextReason;
  outlet: string;
  /** Publication day of the source, YYYY-MM-DD, or null. */
  date: string | null;
  /** The sentence of the source that states the figure. */
  quote: string;
  /** The figure as the source writes it, and where it stands in the quote. */
  figure: string;
  figureInQuote: [number, number];
  /** Where the quoted sentence stands in the source text, for a link to the passage. */
  passage: [number, number];
  /** The day the source's figure describes, YYYY-MM-DD, or null. */
  asOf: string | null;
  origin: string | null;
  /** True for a source the user added, not one of the bundled corpus. */
  own: boolean;
  /** True when the source supports the claim only loosely (an open-ended or vague figure). */
  loose?: boolean;
  /** True when the source is a later report that names no day for the figure, which it may quote from the claim's day. */
  quoted?: boolean;
  /** For a derived check: the arithmetic this source's figure entered ("“100,417” of … is 81% to 86%"). */
  derived?: string;
  /** The original page, for own sources with an address. */
  url: string | null;
}

/** A claim with its verdict, explanation and evidence: the shape the CLI's JSON prints. */
export interface CheckedClaim {
  /** A figure ("more than 100,000 fled") or a statement of who did what ("Baku rejected the accusation"). */
  kind: 'figure' | 'statement';
  start: number;
  end: number;
  text: string;
  verdict: Verdict;
  /**
   * How sure the verdict is: a report states it, it follows by arithmetic, or only loose figures speak
   * to it; null when unverified. checkText always sets it (a checked statement, which a report
   * addresses in words, is direct).
   */
  strength?: Strength | null;
  figure: { raw: string; low: number | string | null; high: number | string | null; unit: Figure['unit'] };
  qualifier: Figure['qualifier'];
  measure: string;
  event: string;
  asOf: string | null;
  /** The figure as the engine understood it, in words. */
  understood: string;
  explanation: string;
  attribution: string | null;
  sentence: { start: number; end: number };
  sources: SourceEvidence[];
  /** For a statement: who did what, as read (a statement's `figure` has its words and no value). */
  statement?: StatementReading;
}

/** Options for checking a text. */
export interface CheckOptions {
  /** The page's day as an epoch day. */
  pageDay?: number;
  /** At most this many context statements are listed per claim (the nearest in time first). */
  maxContext?: number;
  /**
   * At most this many supporting, and this many contradicting, statements are listed per claim
   * (the nearest in time first); the explanation counts the rest. A large corpus can have hundreds.
   */
  maxCited?: number;
  /** At most this many figure claims are judged, the first in the text; the rest are not read further. */
  maxClaims?: number;
}

/** Finds the claims in a text and judges each against the index. */
export function checkText(text: string, index: SourceIndex, options: CheckOptions = {}): CheckedClaim[] {
  const found = claimsToJudge(text, options);
  return withStatements(text, index, options, found.map((c) => judgeClaim(c, index, options, text)));
}

/**
 * checkText in slices of about `sliceMs` of work, awaiting `pause()` between them, so the caller
 * (the background every tab shares) answers other requests while a huge page is judged. The
 * result is the same as checkText's.
 */
export async function checkTextInSlices(text: string, index: SourceIndex, options: CheckOptions, pause: () => Promise<void>, sliceMs = 20): Promise<CheckedClaim[]> {
  const found = claimsToJudge(text, options);
  const figures: CheckedClaim[] = [];
  let started = Date.now();
  for (const claim of found) {
    figures.push(judgeClaim(claim, index, options, text));
    if (Date.now() - started >= sliceMs) {
      await pause();
      started = Date.now();
    }
  }
  return withStatements(text, index, options, figures);
}

// Judging is the costly part (each claim against the index): a page's claims past the bound are never judged.
// Of a dissolution's two days in one sentence, which is the decree's is extraction's to say (measures.ts,
// dissolvingBetween): judging reads each claim as extraction measured it and extracts nothing again.
function claimsToJudge(text: string, options: CheckOptions): Claim[] {
  const found = extractClaims(text, { pageDay: options.pageDay, mode: 'page' });
  return options.maxClaims === undefined ? found : found.slice(0, options.maxClaims);
}

// Statements the reports address, beside the figures, in the order of the text.
function withStatements(text: string, index: SourceIndex, options: CheckOptions, figures: CheckedClaim[]): CheckedClaim[] {
  const statements = checkStatements(text, index, { figures, pageDay: options.pageDay, ...(options.maxCited !== undefined ? { maxCited: options.maxCited } : {}) });
  const withStrength = statements.map((c) => ({ ...c, strength: c.strength ?? (c.verdict === 'unverified' ? null : ('direct' as const)) }));
  return statements.length ? [...figures, ...withStrength].sort((a, b) => a.start - b.start) : figures;
}

/**
 * Whether a claim's figure is someone's count rather than the page's own tally (relation.ts,
 * tollBeyondReports): its sentence names who gives it, or it is Azerbaijan's own losses, which only
 * Azerbaijan counts ("about 300 of its soldiers were killed", whatever verb the sentence uses).
 */
function isSourced(claim: Claim, text: string | undefined): boolean {
  if (claim.event === 'azerbaijani-losses') return true;
  return text !== undefined && givesASource(text.slice(claim.sentence.start, claim.sentence.end), claim.attribution);
}

/**
 * Whether a toll's own words name the side whose dead the reports of its event count (relation.ts,
 * tollBeyondReports): "killed at least 500 ethnic Armenians". A toll of Azerbaijan's side is put in its
 * own event when it is read (events.ts), so the reports of any other event count the Armenian side's
 * dead; a sentence that names the fuel-depot blast may add the blast's dead to them, and does not count.
 */
function countsTheReportsSide(claim: Claim, text: string | undefined): boolean {
  if (text === undefined || claim.event === 'azerbaijani-losses') return false;
  const sentence = text.slice(claim.sentence.start, claim.sentence.end);
  const vocab = vocabularyFor(null);
  return ownSide(sentence, claim.sentence.start, claim.figure, vocab) === 'armenian' && !namesDepotBlast(sentence, vocab);
}

/**
 * Judges one claim: relates it to every statement of its measure and event, then decides.
 * `text` is the text the claim was found in, for the hour its sentence names.
 */
export function judgeClaim(claim: Claim, index: SourceIndex, options: CheckOptions = {}, text?: string): CheckedClaim {
  // A count of leavers as large as the whole population is judged as that population, a count of
  // evacuees as large as half of who had left as those leavers (derived.ts). A re-reading may find
  // support, never a conflict: "50,000 evacuated by the Red Cross" beside 78,300 who had left is one
  // evacuation the reports do not count, not a wrong count of the exodus (review 17, H5).
  const measure = judgedMeasure(claim, index);
  if (measure !== claim.measure && COUNTS_OF_LEAVERS.has(claim.measure)) {
    const reread = judgeAs({ ...claim, measure }, index, options, text);
    return reread.verdict === 'conflicting' ? judgeAs(claim, index, options, text) : reread;
  }
  if (claim.measure === 'population' && measure === 'population' && text !== undefined) {
    const judged = judgeAs(claim, index, options, text);
    if (judged.verdict !== 'conflicting' || !leftInItsClause(claim, text) || !belowEveryPopulation(claim, index)) return judged;
    // "some 105,000 Karabakh Armenians who fled", "100,000 inhabitants of Nagorno-Karabakh fled to Armenia":
    // a count of the region's people below every population the reports give, that its own clause says
    // left, may be the count of who left. It is read so when that reading does not conflict; a count of
    // people who lived there ("only 40,000 Armenians lived in Karabakh") names no leaving and keeps its conflict.
    const reread = judgeAs({ ...claim, measure: 'left' }, index, options, text);
    return reread.verdict === 'conflicting' || reread.verdict === 'unverified' ? judged : reread;
  }
  // "The peace talks lasted three days", "three years after the ceasefire": a span that is no length of the
  // event the reports measure is not theirs to give or refute (spanOfItsEvent); one whose clause names the
  // leaving nearer is the exodus's span (exodus_time).
  if (claim.measure === 'duration' && text !== undefined) {
    const span = spanOfItsEvent(claim, text);
    // "led to the exodus of almost the entire population in just a few days": the leaving's own span, read as such.
    if (span.exodus) return judgeAs({ ...claim, measure: 'exodus_time' }, index, options, text);
    return judgeAs(claim, index, options, text, !span.bears, span.alone);
  }
  return judgeAs(measure !== claim.measure ? { ...claim, measure } : claim, index, options, text);
}

/**
 * How far after a word that places a span in time ("after", "después", "nach") the word for an event's end may
 * stand and still be what the span counts from: the word and an article ("three years after the ceasefire").
 */
const ANCHOR_REACH = 14;

/**
 * Whether a span is a length of the event the reports give lengths of, as its own clause says. The reports
 * give an event's length from its start to its end ("laid down arms less than 24 hours after the offensive
 * began", "the six-week war"). A span counted from an event's end is the time that passed after it, not its
 * length ("three years after the ceasefire of November 2020", "diez días tras la rendición"). A span whose
 * clause names another occasion (peace talks; the exodus or the leaving, measured apart as exodus_time) and no
 * word of the offensive, the war or its end nearer is that occasion's ("the peace talks lasted three days"): no
 * report speaks to it, and it conflicts with none (review 18, pre-existing). The exodus's own span ("the exodus
 * lasted two weeks") is read as one (`exodus`: measure exodus_time, which only its arithmetic allows).
 * Read only for spans of how long an event lasted, a few a page: one sentence's cues each.
 */
function spanOfItsEvent(claim: Claim, text: string): { bears: boolean; alone: boolean; exodus?: boolean } {
  const sentence = text.slice(claim.sentence.start, claim.sentence.end);
  const vocab = vocabularyFor(detectLocale(sentence));
  const cues = sentenceCues(sentence, claim.sentence.start, vocab);
  const placed = vocab.spanPlacesInTime.exec(text.slice(claim.end, claim.sentence.end));
  // The event a span is counted from ("about a week after the offensive") is its anchor, not the event it lasts.
  const from = placed ? claim.end + placed[0].length : -1;
  const anchor = (c: { start: number }) => from >= 0 && c.start >= from && c.start - from <= ANCHOR_REACH;
  if (cues.dates.some((c) => c.kind === 'end' && anchor(c))) return { bears: false, alone: false };
  // The span's clause: between the marks that end clauses, commas too ("Dopo diversi giorni di combattimenti, …").
  let a = claim.start;
  while (a > claim.sentence.start && !SPAN_CLAUSE_MARK.test(text[a - 1]!)) a--;
  let b = claim.end;
  while (b < claim.sentence.end && !SPAN_CLAUSE_MARK.test(text[b]!)) b++;
  const inClause = (c: { start: number; end: number }) => c.start >= a && c.end <= b;
  // The event's own words (the offensive's or a war's nouns, the words of its end; a blockade's, for the blockade)
  // against another occasion's (peace talks, the exodus and the leaving, a blockade for any other event): the
  // nearer to the span in its clause says whose length it is. `alone`: its sentence names the event and no other
  // occasion ("after several days of fighting, … announced its surrender"), so a vague span there is its length.
  const blockade = claim.event === 'blockade';
  const gap = (c: { start: number; end: number }) => (c.end <= claim.start ? claim.start - c.end : c.start >= claim.end ? c.start - claim.end : 0);
  let own = Infinity;
  let other = Infinity;
  let leaving = false;
  let ownInSentence = false;
  let otherInSentence = false;
  const weigh = (c: { start: number; end: number }, isOwn: boolean, isLeaving = false) => {
    if (isOwn) ownInSentence = true;
    else otherInSentence = true;
    if (!inClause(c)) return;
    if (isOwn) own = Math.min(own, gap(c));
    else if (gap(c) < other) {
      other = gap(c);
      leaving = isLeaving;
    }
  };
  for (const c of cues.dates) {
    if ((c.kind === 'start' && c.weak) || c.kind === 'end' || (blockade && c.kind === 'blockade')) {
      if (!anchor(c)) weigh(c, true);
    }
    else if (c.kind === 'exodus' || (!blockade && c.kind === 'blockade')) weigh(c, false, c.kind === 'exodus');
  }
  for (const c of cues.actions) if (c.kind === 'left') weigh(c, false, true);
  const peace = peaceWords(vocab);
  peace.lastIndex = 0;
  for (let m = peace.exec(sentence); m; m = peace.exec(sentence)) weigh({ start: claim.sentence.start + m.index, end: claim.sentence.start + m.index + m[0].length }, false);
  const bears = other === Infinity || own < other;
  return { bears, alone: ownInSentence && !otherInSentence, exodus: !bears && leaving && claim.event === 'exodus-2023' };
}
const SPAN_CLAUSE_MARK = /[.,;:!?()]/u;

// The words of peace talks and treaties, one pattern per vocabulary, compiled once.
const PEACE = new WeakMap<object, RegExp>();
function peaceWords(vocab: ReturnType<typeof vocabularyFor>): RegExp {
  let re = PEACE.get(vocab);
  if (!re) {
    re = new RegExp(String.raw`(?<![\p{L}\p{M}\d])(?:${vocab.events.peace || '(?!)'})(?![\p{L}\p{M}\d])`, 'giu');
    PEACE.set(vocab, re);
  }
  return re;
}

/** How far after a count (in characters) a verb of leaving in its clause still says what the count did. */
const LEFT_REACH = 120;

/** Whether a verb of leaving follows the claim's figure in its clause ("105,000 … who fled", "100 000 habitants … ont fui"). */
function leftInItsClause(claim: Claim, text: string): boolean {
  const sentence = text.slice(claim.sentence.start, claim.sentence.end);
  const cues = sentenceCues(sentence, claim.sentence.start, vocabularyFor(detectLocale(sentence)));
  // "About 100,000 Armenians lived there before most of them fled": a verb of living between the count and the
  // leaving says what the count did; the leaving is another clause's (review 18, H4).
  // A verb of living set off by commas between them is another noun's ("100 000 habitants du Haut-Karabakh, une enclave
  // qui était peuplée d'Arméniens, ont fui"): an aside, not what the count did.
  const aside = (from: number, c: Cue, to: number) => text.slice(from, c.start).includes(',') && text.slice(c.end, to).includes(',');
  const lived = (from: number, to: number) => cues.actions.some((c) => c.kind === 'population' && !c.weak && c.start >= from && c.end <= to && !aside(from, c, to));
  return cues.actions.some((c) => c.kind === 'left' && c.start >= claim.end && c.start - claim.end <= LEFT_REACH && !CLAUSE_END.test(text.slice(claim.end, c.start)) && !lived(claim.end, c.start));
}
const CLAUSE_END = /[.;:!?]/u;

/**
 * "A savage post-Soviet war in the 1990s": the reports give the first war's time as the region's breaking away in it
 * ("was able to break away from Baku in a bloody civil war", in the 1990s), so a period of years of that war is
 * also judged against the reports' periods of the breakaway (compareYearSpans: the same period says what they
 * say; a year or a narrower period is only compatible). Not a single year: the war's first year is its start,
 * which the reports' arithmetic dates (six years of fighting that ended in 1994).
 */
function breakawayPeriods(claim: Claim, index: SourceIndex): Statement[] {
  const date = claim.figure.date;
  if (claim.measure !== 'date:start' || claim.event !== 'war-1990s' || date?.through === undefined || date.month !== undefined || date.part !== undefined) return [];
  return (index.byKey.get(matchKey('date:breakaway', claim.event)) ?? []).filter((s) => s.date?.through !== undefined);
}

// A measure's list with the breakaway's periods added, made once per list (and so per index).
const WITH_PERIODS = new WeakMap<Statement[], Statement[]>();
function withPeriods(own: Statement[], periods: Statement[]): Statement[] {
  let all = WITH_PERIODS.get(own);
  if (!all) WITH_PERIODS.set(own, (all = [...own, ...periods]));
  return all;
}

/** Judges one claim as its measure stands: relates it to every statement of its measure and event, then decides. `noReport`: no report speaks to it (unverified). */
function judgeAs(claim: Claim, index: SourceIndex, options: CheckOptions, text?: string, noReport = false, lengthAlone = false): CheckedClaim {
  // The index's own list when nothing is added: the series and candidates of a list are kept by its identity.
  const own = noReport ? [] : (index.byKey.get(matchKey(claim.measure, claim.event)) ?? []);
  const periods = noReport ? [] : breakawayPeriods(claim, index);
  const all = periods.length > 0 ? withPeriods(own, periods) : own;
  const candidates = candidatesFor(all, claim.asOf);
  const claimHour = text === undefined ? undefined : hourOf(text.slice(claim.sentence.start, claim.sentence.end));
  const claimStated: Stated = {
    ...claim.figure,
    ...(claim.asOf !== undefined ? { asOf: claim.asOf } : {}),
    asOfExplicit: claim.asOfExplicit,
    ...(claimHour !== undefined ? { hour: claimHour } : {}),
    ...(isSourced(claim, text) ? { sourced: true } : {}),
    ...(claim.addition ? { addition: true } : {}),
    ...(isCasualty(claim.measure) && countsTheReportsSide(claim, text) ? { reportsSide: true } : {}),
    ...(claim.measure === 'population' && text !== undefined && namesRegion(text.slice(claim.sentence.start, claim.sentence.end)) ? { namesRegion: true } : {}),
    ...(lengthAlone ? { lengthOfItsEvent: true } : {}),
  };
  const series = seriesFor(all, claim.measure);
  // One report (or one wire copy) never disputes itself: its narrower figure speaks for it.
  // Each candidate's record is built once, in one shape: this loop runs for hundreds of statements per claim.
  const weighed: Weighed[] = [];
  for (const s of candidates) {
    const stated = withHour(index, s);
    const c = compare(claimStated, stated, claim.measure, series);
    // A report of another occasion (another convoy, another evacuation) is not evidence at all.
    if (bears(claimStated, stated, c, claim.measure, series)) weighed.push(weigh(index, s, c));
  }
  const decided = decide(weighed, claim.denied);
  let related: Array<{ s: Statement; c: Comparison; derived?: string }> = decided.voiced.map((w) => ({ s: w.s, c: w }));
  let { verdict, strength } = decided;
  // What no report states may follow by arithmetic from what they do. It decides only where direct
  // evidence does not, and turns a loose corroboration into a derived one when the arithmetic agrees.
  const undecided = verdict === 'consistent' || verdict === 'unverified';
  if (!noReport && (undecided || (verdict === 'corroborated' && strength === 'loose'))) {
    const checks = derivedChecks(claim, claimStated, index);
    const derived = checks.filter((d) => d.comparison.relation !== 'context');
    // Arithmetic that only allows the claim (it lies inside what follows, finer: verdicts15) makes an otherwise unrelated claim consistent.
    if (!derived.length && verdict === 'unverified' && checks.length) {
      verdict = 'consistent';
      strength = 'loose';
      const used: typeof related = [];
      for (const d of checks) for (const st of d.statements) if (!used.some((u) => u.s === st)) used.push({ s: st, c: d.comparison, derived: d.arithmetic });
      related = used;
    }
    const relations = derived.map((d) => ({ ...d.comparison, denied: d.statements.some((s) => s.denied) }));
    const derivedVerdict = verdictOf(relations, claim.denied);
    if (derived.length && (undecided ? derivedVerdict !== 'consistent' : derivedVerdict === 'corroborated')) {
      verdict = derivedVerdict;
      strength = 'derived';
      // The arithmetic that decides, the exact kind before the loose: each statement listed once.
      const deciding = derived.filter((d) => d.comparison.relation === (derivedVerdict === 'corroborated' ? 'supports' : 'contradicts') || derivedVerdict === 'disputed');
      const firm = deciding.filter((d) => !d.comparison.loose);
      const used: typeof related = [];
      for (const d of firm.length ? firm : deciding) for (const st of d.statements) if (!used.some((u) => u.s === st)) used.push({ s: st, c: d.comparison, derived: d.arithmetic });
      related = [...used, ...related.filter(({ s }) => !used.some((u) => u.s === s))];
    }
  }
  const order = { supports: 0, contradicts: 1, context: 2 } as const;
  const nearness = (s: Statement) => (claim.asOf !== undefined && s.asOf !== undefined ? Math.abs(claim.asOf - s.asOf) : 0);
  related.sort((a, b) => order[a.c.relation] - order[b.c.relation] || (a.derived ? 0 : 1) - (b.derived ? 0 : 1) || nearness(a.s) - nearness(b.s) || a.s.source - b.s.source || a.s.start - b.s.start);
  const limit = { supports: options.maxCited ?? 20, contradicts: options.maxCited ?? 20, context: options.maxContext ?? 6 };
  const listed = { supports: 0, contradicts: 0, context: 0 };
  const shown = related.filter(({ c }) => listed[c.relation]++ < limit[c.relation]);
  const sources = shown.map(({ s, c, derived }) => evidence(index, s, c, derived));
  const understood = describeClaim(claim);
  return {
    kind: 'figure',
    start: claim.start,
    end: claim.end,
    text: claim.text,
    verdict,
    strength,
    figure: figureOut(claim.figure),
    qualifier: claim.figure.qualifier,
    measure: claim.measure,
    event: claim.event,
    asOf: claim.asOf !== undefined ? isoOfDay(claim.asOf) : null,
    understood,
    explanation: explain(understood, verdict, strength, sources, claim.denied, related.length - shown.length),
    attribution: claim.attribution ?? null,
    sentence: { start: claim.sentence.start, end: claim.sentence.end },
    sources,
  };
}

// What a series of reports says as a whole (its largest figure, how fast it moves), computed once per series.
const SERIES = new WeakMap<Statement[], Series>();
function seriesFor(list: Statement[], measure: string): Series {
  let series = SERIES.get(list);
  if (series === undefined) {
    let high = -Infinity;
    for (const s of list) high = Math.max(high, s.qualifier === 'gt' || s.qualifier === 'ge' ? s.value * 2 : s.high + s.tolerance);
    series = seriesOf(list, measure, high);
    SERIES.set(list, series);
  }
  return series;
}

function figureOut(f: Figure): CheckedClaim['figure'] {
  if (f.unit === 'date') {
    const iso = f.date ? isoOfPartial(f.date) : null;
    return { raw: f.raw, low: iso, high: iso, unit: f.unit };
  }
  const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
  return { raw: f.raw, low: round(f.low), high: round(f.high), unit: f.unit };
}

/** Where a statement stands in its source: the quote window and the figure inside it. */
export function quoteOf(text: string, s: Statement): { quote: string; passage: [number, number]; figureInQuote: [number, number] } {
  const [a, b] = quoteWindow(text, s.sentence[0], s.sentence[1], s.start, s.end);
  return { quote: text.slice(a, b), passage: [a, b], figureInQuote: [s.start - a, s.end - a] };
}

/** A candidate statement with its comparison and what the verdict rules need of it. */
interface Weighed extends Judged {
  s: Statement;
}

// The voice and width matter only to a statement that supports or contradicts (oneVoicePerReport
// leaves context alone), so context, most of a large corpus's candidates, skips them.
function weigh(index: SourceIndex, s: Statement, c: Comparison): Weighed {
  const decisive = c.relation !== 'context';
  return {
    relation: c.relation,
    reason: c.reason,
    loose: c.loose,
    quoted: c.quoted,
    denied: s.denied,
    voice: decisive ? voiceOf(index, s) : undefined,
    width: decisive ? allowedWidth(s) : undefined,
    s,
  };
}

// The voice a statement speaks with: its wire copy when it names one, else its report. Read once per source.
const VOICES = new WeakMap<SourceIndex, string[]>();
function voiceOf(index: SourceIndex, s: Statement): string {
  let voices = VOICES.get(index);
  if (!voices) {
    voices = index.sources.map((src, i) => (src.origin ? `wire:${src.origin}` : `source:${i}`));
    VOICES.set(index, voices);
  }
  return voices[s.source]!;
}

// The hour a statement's sentence names, read once per statement.
const HOURS = new WeakMap<Statement, Statement & { hour?: number }>();
function withHour(index: SourceIndex, s: Statement): Statement & { hour?: number } {
  let out = HOURS.get(s);
  if (!out) {
    const hour = hourOf(index.sources[s.source]!.text.slice(s.sentence[0], s.sentence[1]));
    out = hour === undefined ? s : { ...s, hour };
    HOURS.set(s, out);
  }
  return out;
}

function evidence(index: SourceIndex, s: Statement, c: Comparison, derived?: string): SourceEvidence {
  const src = index.sources[s.source]!;
  return {
    id: src.id,
    relation: c.relation,
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.loose ? { loose: true } : {}),
    ...(c.quoted ? { quoted: true } : {}),
    ...(derived ? { derived } : {}),
    outlet: src.outlet,
    date: src.date,
    ...quoteOf(src.text, s),
    figure: s.raw,
    asOf: s.asOf !== undefined ? isoOfDay(s.asOf) : null,
    origin: src.origin,
    own: src.id.startsWith('own-'),
    url: src.url,
  };
}

// Long sentences are cut to about 320 characters around the figure, at word boundaries.
function quoteWindow(text: string, start: number, end: number, figStart: number, figEnd: number): [number, number] {
  const limit = 320;
  if (end - start <= limit) return [start, end];
  let a = Math.max(start, figStart - 140);
  let b = Math.min(end, figEnd + 160);
  while (a > start && /\S/.test(text[a - 1]!)) a--;
  while (b < end && /\S/.test(text[b]!)) b++;
  return [a, b];
}

/** "more than 100,000 — people who left Nagorno-Karabakh, the September 2023 offensive and exodus, as of 30 Sept 2023". */
export function describeClaim(claim: Claim): string {
  const info = measureInfo(claim.measure);
  const figure = claim.figure.unit === 'date' && claim.figure.date ? humanPartial(claim.figure.date) : claim.text.replace(/\s+/g, ' ');
  const day = claim.asOf !== undefined && !info.timeless ? `, as of ${humanDay(claim.asOf)}` : '';
  const by = claim.attribution ? ` (according to ${claim.attribution})` : '';
  return `${figure} — ${info.label}, ${EVENT_LABELS[claim.event]}${day}${by}`;
}

const CONTEXT_WORDS: Record<ContextReason, string> = {
  earlier: 'an earlier count, not a conflict',
  later: 'a later count, not a conflict',
  'same-day': 'a count of the same day at another hour, not a conflict',
  undated: 'no common day to compare',
  compatible: 'compatible, but not the same figure',
  'same-report': 'the same report gives a figure that says more, which speaks for it',
};

function explain(understood: string, verdict: Verdict, strength: Strength | null, sources: SourceEvidence[], claimDenied: boolean, hidden: number): string {
  const parts = [`Claimed: ${understood}.`];
  const arithmetic = new Set<string>();
  for (const s of sources) {
    const when = s.asOf ? humanDay(Date.parse(s.asOf) / 86_400_000) : s.date ? humanDay(Date.parse(s.date) / 86_400_000) : 'undated';
    const agrees = s.loose
      ? 'agrees loosely (an open-ended or vague figure this one sits just inside)'
      : s.quoted
        ? 'agrees (a later report that names no day for the figure; no report between gives another count)'
        : 'agrees';
    const what = s.relation === 'supports' ? agrees : s.relation === 'contradicts' ? 'disagrees' : CONTEXT_WORDS[s.reason ?? 'compatible'];
    if (s.derived) {
      parts.push(`${s.outlet}, ${when}: “${s.figure.replace(/\s+/g, ' ')}”, used in the arithmetic below.`);
      arithmetic.add(`Derived: ${s.derived} — ${s.relation === 'supports' ? 'agrees' : s.relation === 'contradicts' ? 'disagrees' : 'does not decide'}.`);
    } else {
      parts.push(`${s.outlet}, ${when}: “${s.figure.replace(/\s+/g, ' ')}” — ${what}.`);
    }
  }
  parts.push(...arithmetic);
  if (hidden > 0) parts.push(`${hidden} more related ${hidden === 1 ? 'report is' : 'reports are'} not listed.`);
  // Wire copy: two outlets carrying the same agency's story are one source, not two.
  const byOrigin = new Map<string, Set<string>>();
  for (const s of sources) if (s.origin && s.relation !== 'context') byOrigin.set(s.origin, (byOrigin.get(s.origin) ?? new Set()).add(s.outlet));
  for (const [origin, outlets] of byOrigin) {
    if (outlets.size > 1) parts.push(`${[...outlets].join(' and ')} carry the same ${origin} copy: not independent confirmation.`);
  }
  if (claimDenied) parts.push('The text itself reports the figure as claimed by one side and denied by the other.');
  parts.push(strength === 'derived' ? DERIVED_SENTENCES[verdict] : strength === 'loose' && verdict !== 'consistent' ? LOOSE_SENTENCES[verdict] : VERDICT_SENTENCES[verdict]);
  return parts.join(' ');
}

// A derived verdict says so: no report states the figure, it follows from what they state.
const DERIVED_SENTENCES: Record<Verdict, string> = {
  corroborated: 'Verdict: corroborated by arithmetic — no report states this figure, but it follows from figures they give.',
  consistent: 'Verdict: consistent — the arithmetic from the reports neither confirms nor rules it out.',
  conflicting: 'Verdict: conflicting by arithmetic — figures the reports give rule this one out.',
  disputed: 'Verdict: disputed — the arithmetic from different reports points both ways.',
  unverified: 'Verdict: unverified — no report in the corpus speaks to this figure.',
};

// A loose verdict is never a plain "corroborated": only an open-ended or vague figure speaks to it.
const LOOSE_SENTENCES: Record<Verdict, string> = {
  corroborated: 'Verdict: loosely corroborated — no report gives this figure itself; it sits just inside an open-ended or vague figure they give.',
  consistent: 'Verdict: consistent — no report gives this figure, but it fits what they report.',
  conflicting: 'Verdict: conflicting — only an open-ended or vague figure rules it out.',
  disputed: 'Verdict: disputed — open-ended or vague figures point both ways.',
  unverified: 'Verdict: unverified — no report in the corpus speaks to this figure.',
};

const VERDICT_SENTENCES: Record<Verdict, string> = {
  corroborated: 'Verdict: corroborated — at least one report gives this figure and none contradicts it.',
  consistent: 'Verdict: consistent — no report gives this figure, but it fits what they report.',
  conflicting: 'Verdict: conflicting — the reports give a figure this one cannot match.',
  disputed: 'Verdict: disputed — the reports disagree, or give the figure as claimed by one side and denied by the other.',
  unverified: 'Verdict: unverified — no report in the corpus speaks to this figure.',
};
