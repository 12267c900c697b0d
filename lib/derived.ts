// Derived checks: figures no report states but that follow by arithmetic from what reports
// state — a share from a count and the population, a duration from the dates an event began
// and ended, a date from the other date and the duration, a total from the parts of a breakdown.
// Rules and examples: docs/VERDICTS.md.
import { dayRange, humanPartial, isoOfDay, type PartialDate } from './calendar';
import type { Claim } from './claims';
import { band, compare, seriesOf, type Comparison, type Interval, type Stated } from './relation';
import { candidatesFor, matchKey, type SourceIndex, type Statement } from './source-index';

/** One derived check: how an arithmetic result bears on the claim, the sum written out, and the statements it used. */
export interface DerivedCheck {
  comparison: Comparison;
  /** The arithmetic in words: "“100,417” of a population of 116,400 to 123,600 is 81% to 86%". */
  arithmetic: string;
  statements: Statement[];
}

/**
 * The derived checks that bear on a claim: each arithmetic result that supports or contradicts it,
 * and each that only allows it (context, reason `compatible`: the claim lies inside what the
 * arithmetic gives, finer than it); results of another day are left out. Empty when nothing follows
 * by arithmetic.
 */
export function derivedChecks(claim: Claim, claimStated: Stated, index: SourceIndex): DerivedCheck[] {
  // The arithmetic is put in words only for the results kept: with a large corpus there are
  // hundreds of results, and most are context.
  return derivedResults(claim, claimStated, index)
    .filter((r) => r.comparison.relation !== 'context' || r.comparison.reason === 'compatible')
    .map(({ comparison, words, statements }) => ({ comparison, arithmetic: words(), statements }));
}

/**
 * The reports' figures for the population of an event that state it (not a floor: "more than
 * 120,000"), and the smallest population any of them allows with its rounding ("around 120,000" is
 * 116,400 and up). Read once per index and event: a claim is judged in the time of its candidates,
 * not of every population figure in a corpus of thousands of sources.
 */
interface Populations { figures: Statement[]; least: number }
const POPULATIONS = new WeakMap<SourceIndex, Map<string, Populations>>();
function populationsOf(index: SourceIndex, event: Claim['event']): Populations {
  let byEvent = POPULATIONS.get(index);
  if (!byEvent) POPULATIONS.set(index, (byEvent = new Map()));
  let found = byEvent.get(event);
  if (!found) {
    const figures = statementsOf(index, 'population', event).filter((s) => pointLike(s) && s.qualifier !== 'gt' && s.qualifier !== 'ge');
    let least = Infinity;
    for (const p of figures) least = Math.min(least, band(p)[0]);
    byEvent.set(event, (found = { figures, least }));
  }
  return found;
}

/**
 * The measure a claim is judged as. A count of people who left that is as large as the whole
 * population the reports give (or larger) speaks of that population, not of a day's count of
 * departures: "all 120,000 fled" and "some 120,000 Armenians of Karabakh" say how many lived there,
 * which the reports give, and "145,000 left" is more people than lived there by every report. Such
 * a claim is judged against the reports' population; any smaller count stays a count of who left.
 * An open claim ("more than 100,000", "up to 120,000 may leave") keeps its measure: its own bound
 * is what it asserts, and a bound at the whole population says nothing more than that it fits.
 */
export function judgedMeasure(claim: Claim, index: SourceIndex): string {
  if (COUNTS_OF_LEAVERS.has(claim.measure)) return evacuationOfAll(claim, index) ? 'left' : claim.measure;
  if (claim.measure !== 'left' || claim.figure.unit !== 'count' || claim.figure.vague) return claim.measure;
  if (['gt', 'ge', 'lt', 'le'].includes(claim.figure.qualifier)) return claim.measure;
  const { figures, least } = populationsOf(index, claim.event);
  if (figures.length === 0) return claim.measure;
  return band(claim.figure)[1] >= least ? 'population' : claim.measure;
}

/** Whether a precise count is below every population the reports give for its event, rounding and all. */
export function belowEveryPopulation(claim: Claim, index: SourceIndex): boolean {
  if (claim.figure.unit !== 'count' || claim.figure.vague) return false;
  const { figures, least } = populationsOf(index, claim.event);
  return figures.length > 0 && band(claim.figure)[1] < least;
}

/**
 * How large a share of the people the reports say had left by a day a count of evacuees must be to be
 * that count: a half. The exodus is often called an evacuation ("89,000 evacuated to Armenia", "more
 * than 100,000 have evacuated the region"); no one evacuation the reports or pages give (a convoy of
 * 311, 7,000 from villages on the first day) came near half of those who had left by its day.
 */
export const LEAVERS_SHARE = 0.5;

/**
 * For each event, the leavers' counts the reports give, by day: each day's firmest count (the largest
 * low end of its precise figures), kept rising (a day's value is the most any day up to it gave).
 * Built once per index: a claim looks its day up by binary search, not by reading every figure.
 */
const LEAVERS = new WeakMap<SourceIndex, Map<string, Array<{ asOf: number; low: number }>>>();
function leaversByDay(index: SourceIndex, event: Claim['event']): Array<{ asOf: number; low: number }> {
  let byEvent = LEAVERS.get(index);
  if (!byEvent) LEAVERS.set(index, (byEvent = new Map()));
  let days = byEvent.get(event);
  if (!days) {
    const lows = new Map<number, number>();
    for (const s of statementsOf(index, 'left', event)) {
      if (s.vague || s.asOf === undefined || s.unit !== 'count') continue;
      const low = band(s)[0];
      lows.set(s.asOf, Math.max(lows.get(s.asOf) ?? 0, low));
    }
    days = [...lows].sort((a, b) => a[0] - b[0]).map(([asOf, low]) => ({ asOf, low }));
    for (let i = 1; i < days.length; i++) days[i]!.low = Math.max(days[i]!.low, days[i - 1]!.low);
    byEvent.set(event, days);
  }
  return days;
}

/**
 * The counts of people that, as large as LEAVERS_SHARE of who had left by their day, are the count of who left:
 * evacuees ("89,000 evacuated to Armenia"), and a count an arrest verb stands nearest to ("leaders were arrested,
 * while the whole population, more than 100,000 people, fled"): no report counts either near half the exodus, and
 * no evacuation or arrest on the reports' days came near it. Not refugees registered or housed: those lag the
 * arrivals and are counts of their own ("61,000 of them registered" of 84,000 arrived; golden s24, f10-07).
 */
export const COUNTS_OF_LEAVERS: ReadonlySet<string> = new Set(['evacuated', 'detained']);

/** Whether a count of evacuees (or another of COUNTS_OF_LEAVERS) is the count of all who had left by its day (LEAVERS_SHARE). */
function evacuationOfAll(claim: Claim, index: SourceIndex): boolean {
  if (claim.figure.unit !== 'count' || claim.figure.vague || claim.asOf === undefined) return false;
  const days = leaversByDay(index, claim.event);
  // The latest day the reports give a count for, on or before the claim's.
  let lo = 0;
  let hi = days.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]!.asOf <= claim.asOf) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && claim.figure.value >= LEAVERS_SHARE * days[at]!.low;
}

/** One arithmetic result before it is put in words. */
interface DerivedResult {
  comparison: Comparison;
  words: () => string;
  statements: Statement[];
}

function derivedResults(claim: Claim, claimStated: Stated, index: SourceIndex): DerivedResult[] {
  const m = /^share_(left|remaining)$/.exec(claim.measure);
  if (m) return sharesFromCounts(claim, claimStated, index, m[1]!);
  if (claim.measure === 'duration' && claim.figure.unit === 'days') return durationsFromDates(claim, claimStated, index);
  if (claim.measure === 'exodus_time' && claim.figure.unit === 'days') return exodusSpansFromCounts(claim, claimStated, index);
  if (/^(?:killed|wounded)$/.test(claim.measure)) return totalsFromBreakdowns(claim, claimStated, index);
  if ((claim.measure === 'date:start' || claim.measure === 'date:end') && claim.figure.date) return datesFromDurations(claim, index);
  return [];
}

const statementsOf = (index: SourceIndex, measure: string, event: string) => index.byKey.get(matchKey(measure, event)) ?? [];
// A report's placement of an event in a week ("last week") is not a date to count days from: the
// arithmetic of dates reads only the dates reports give.
const datesOf = (index: SourceIndex, measure: string, event: string) => statementsOf(index, measure, event).filter((s) => !s.placed);
const pointLike = (s: Statement) => !s.vague && s.unit !== 'date' && s.qualifier !== 'lt' && s.qualifier !== 'le';
// Thousands with commas, as the explanations write them (Intl is slow enough to show in a large corpus's matching).
const whole = (x: number) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A count of people who left (or remain) divided by the population gives the share that left (or remains). */
function sharesFromCounts(claim: Claim, claimStated: Stated, index: SourceIndex, countMeasure: string): DerivedResult[] {
  const populations = populationsOf(index, claim.event).figures;
  if (populations.length === 0) return [];
  // Every report's population, each with its rounding: the share is bounded by the widest of them.
  let popLow = Infinity;
  let popHigh = -Infinity;
  for (const p of populations) {
    const [low, high] = band(p);
    popLow = Math.min(popLow, low);
    popHigh = Math.max(popHigh, high);
  }
  if (!(popLow > 0)) return [];
  const popText = popLow === popHigh ? whole(popLow) : `${whole(popLow)} to ${whole(popHigh)}`;
  const shares: Derivations = [];
  // As with direct evidence, a very large corpus lends only the counts nearest the claim's day.
  for (const count of candidatesFor(statementsOf(index, countMeasure, claim.event), claim.asOf)) {
    if (!pointLike(count)) continue;
    const open = count.qualifier === 'gt' || count.qualifier === 'ge';
    const [cLow, cHigh] = band(count);
    const low = (100 * cLow) / popHigh;
    const high = open ? 100 : Math.min(100, (100 * cHigh) / popLow);
    const share: Stated = open
      ? { qualifier: count.qualifier, unit: 'percent', value: low, low, high: 100, tolerance: 0, vague: false }
      : { qualifier: 'range', unit: 'percent', value: (low + high) / 2, low, high, tolerance: 0, vague: false, derived: true };
    if (count.asOf !== undefined) Object.assign(share, { asOf: count.asOf, asOfExplicit: count.asOfExplicit });
    const result = open ? `more than ${low.toFixed(0)}%` : `${low.toFixed(0)}% to ${high.toFixed(0)}%`;
    shares.push({ stated: share, words: () => `“${oneLine(count.raw)}” of a population of ${popText} is ${result}`, statements: [count, ...populations.slice(0, 1)] });
  }
  return compareSeries(claim, claimStated, shares);
}

/** The days between the date an event began and the date it ended (or the month of the report that speaks of it as over). */
function durationsFromDates(claim: Claim, claimStated: Stated, index: SourceIndex): DerivedResult[] {
  const startMeasure = claim.event === 'blockade' ? 'date:blockade' : 'date:start';
  const ends = datesOf(index, 'date:end', claim.event).filter((s) => s.date && dayRange(s.date));
  const out: DerivedResult[] = [];
  for (const start of datesOf(index, startMeasure, claim.event)) {
    const from = start.date ? dayRange(start.date) : null;
    if (!from || !start.date) continue;
    const source = index.sources[start.source]!;
    // With no report of the end, the report that dates the start speaks of the period up to its own month.
    const endDates: Array<{ date: PartialDate; statement?: Statement }> = ends.length
      ? ends.map((e) => ({ date: e.date!, statement: e }))
      : source.date
        ? [{ date: { year: Number(source.date.slice(0, 4)), month: Number(source.date.slice(5, 7)) } }]
        : [];
    for (const end of endDates) {
      const to = dayRange(end.date);
      if (!to || to[1] < from[0]) continue;
      // A claim of an earlier day (a "four-month blockade" in April) speaks of the period so far.
      if (claim.asOf !== undefined && claim.asOf < to[0]) continue;
      const low = Math.max(0, to[0] - from[1]);
      const high = to[1] - from[0];
      const days: Stated = { qualifier: 'range', unit: 'days', value: (low + high) / 2, low, high, tolerance: 0, vague: false, derived: true };
      out.push({
        comparison: compare(claimStated, days, claim.measure),
        words: () => `${humanPartial(start.date!)} to ${humanPartial(end.date)} is ${spanInWords(low, high)}`,
        statements: end.statement ? [start, end.statement] : [start],
      });
    }
  }
  return out;
}

/**
 * How long the exodus took "so far" (figures17b): a report's count of who had left by its day, less the
 * claimed span, is the day the leaving began; when that day falls on a day a report dates or places the
 * offensive ("last week"), the span fits what they say (the span as said: its rounding may reach past the
 * placement at either end). It is only compatible: spans of the exodus count
 * different shares of it ("a third in three days", "nearly all in a week"), so none refutes another.
 */
function exodusSpansFromCounts(claim: Claim, claimStated: Stated, index: SourceIndex): DerivedResult[] {
  const starts = statementsOf(index, 'date:start', claim.event)
    .map((s) => ({ s, days: s.placed ? ([s.low, s.high] as Interval) : s.date ? dayRange(s.date) : null }))
    .filter((x): x is { s: Statement; days: Interval } => x.days !== null);
  if (!starts.length) return [];
  const [low, high] = band(claimStated);
  const out: DerivedResult[] = [];
  const seen = new Set<string>();
  for (const count of statementsOf(index, 'left', claim.event)) {
    if (count.asOf === undefined || count.denied || seen.has(`${count.source}:${count.asOf}`)) continue;
    seen.add(`${count.source}:${count.asOf}`);
    const [from, to] = [count.asOf - Math.round(high), count.asOf - Math.round(low)];
    // The span as said, not its rounding's far ends: "a week" is 3.5 to 10.5 days, and the week before 30
    // September is what it says (23 September), whatever the half-weeks either side reach.
    const at = count.asOf - Math.round(claimStated.value);
    const fits = starts.find(({ days }) => at >= days[0] && at <= days[1]);
    if (!fits) continue;
    out.push({
      comparison: { relation: 'context', reason: 'compatible' },
      words: () => `${humanPartial(partialOfDay(count.asOf!))} less “${oneLine(claim.text)}” is ${humanPartial(partialOfDay(from))} to ${humanPartial(partialOfDay(to))}`,
      statements: [count, fits.s],
    });
  }
  return out;
}

function partialOfDay(day: number): PartialDate {
  const iso = isoOfDay(day);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** When an event began, from when it ended less how long it lasted; when it ended, from its start plus its length. */
function datesFromDurations(claim: Claim, index: SourceIndex): DerivedResult[] {
  const claimed = dayRange(claim.figure.date!);
  if (!claimed) return [];
  const toStart = claim.measure === 'date:start';
  const otherEnd = toStart ? 'date:end' : claim.event === 'blockade' ? 'date:blockade' : 'date:start';
  const out: DerivedResult[] = [];
  for (const length of statementsOf(index, 'duration', claim.event).filter((s) => pointLike(s) && s.unit === 'days')) {
    const [shortest, longest] = band(length);
    for (const other of datesOf(index, otherEnd, claim.event)) {
      const known = other.date ? dayRange(other.date) : null;
      if (!known || !other.date) continue;
      const range: Interval = toStart ? [known[0] - longest, known[1] - shortest] : [known[0] + shortest, known[1] + longest];
      const agrees = claimed[0] <= range[1] && range[0] <= claimed[1];
      // A period of years ("in the early 1990s", "negli anni 90") says when the event was, not the day it began or
      // ended: one that overlaps the event's whole span from start to end is only compatible, never refuted.
      const during: Interval = toStart ? [known[0] - longest, known[1]] : [known[0], known[1] + longest];
      if (!agrees && claimed[1] - claimed[0] > YEAR_DAYS && claimed[0] <= during[1] && during[0] <= claimed[1]) {
        out.push({ comparison: { relation: 'context', reason: 'compatible' }, words: () => `${humanPartial(other.date!)} ${toStart ? 'less' : 'plus'} “${oneLine(length.raw)}” is ${monthYear(range[0])} to ${monthYear(range[1])}`, statements: [other, length] });
        continue;
      }
      // A date finer than the one it is worked out from ("November 2020" from "2020" plus "six weeks") fits
      // the arithmetic but says what no report gives: only compatible (labelling rule 1), as it is beside the year itself.
      const comparison: Comparison = !agrees ? { relation: 'contradicts' } : finerThan(claim.figure.date!, other.date) ? { relation: 'context', reason: 'compatible' } : { relation: 'supports' };
      out.push({
        comparison,
        words: () => `${humanPartial(other.date!)} ${toStart ? 'less' : 'plus'} “${oneLine(length.raw)}” is ${monthYear(range[0])} to ${monthYear(range[1])}`,
        statements: [other, length],
      });
    }
  }
  return out;
}

/** The days of a year, leap days and all: a claimed date wider than this is a period of years. */
const YEAR_DAYS = 366;

/** Whether a date names a finer part of the calendar than another: a month beside a year, a day beside a month, "late" beside neither. */
function finerThan(a: PartialDate, b: PartialDate): boolean {
  if (a.month !== undefined && b.month === undefined) return true;
  if (a.day !== undefined && b.day === undefined) return true;
  return a.day === undefined && b.day === undefined && (a.month === undefined) === (b.month === undefined) && a.part !== undefined && b.part === undefined;
}

function monthYear(day: number): string {
  const iso = isoOfDay(Math.round(day));
  return humanPartial({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) });
}

/** A total of killed or wounded from one report's parts of the same event: soldiers plus civilians. */
function totalsFromBreakdowns(claim: Claim, claimStated: Stated, index: SourceIndex): DerivedResult[] {
  const parts = [`${claim.measure}:soldiers`, `${claim.measure}:civilians`].map((m) => statementsOf(index, m, claim.event).filter(pointLike));
  const totals: Derivations = [];
  // The parts must come from one report of one day, or they may count the same people twice.
  const civilians = new Map<string, Statement>();
  for (const x of parts[1]!) if (!civilians.has(`${x.source}:${x.asOf}`)) civilians.set(`${x.source}:${x.asOf}`, x);
  for (const a of parts[0]!) {
    const b = civilians.get(`${a.source}:${a.asOf}`);
    if (!b) continue;
    const [aLow, aHigh] = band(a);
    const [bLow, bHigh] = band(b);
    const open = a.qualifier === 'gt' || a.qualifier === 'ge' || b.qualifier === 'gt' || b.qualifier === 'ge';
    const low = aLow + bLow;
    const high = open ? Infinity : aHigh + bHigh;
    const total: Stated = open
      ? { qualifier: 'ge', unit: 'count', value: a.value + b.value, low: a.value + b.value, high: Infinity, tolerance: 0, vague: false }
      : { qualifier: 'range', unit: 'count', value: (low + high) / 2, low, high, tolerance: 0, vague: false, derived: true };
    if (a.asOf !== undefined) Object.assign(total, { asOf: a.asOf, asOfExplicit: a.asOfExplicit });
    totals.push({
      stated: total,
      words: () => `“${oneLine(a.raw)}” soldiers and “${oneLine(b.raw)}” civilians make ${open ? 'at least ' : ''}${whole(a.value + b.value)}${!open && low < high ? ` (${whole(low)} to ${whole(high)} with their rounding)` : ''}`,
      statements: [a, b],
    });
  }
  return compareSeries(claim, claimStated, totals);
}

// Derived figures of a rising count form a series like the reports' own: an undated claim is
// refuted only beyond the largest of them, as rule 3 has it for stated counts.
type Derivations = Array<{ stated: Stated; words: () => string; statements: Statement[] }>;

function compareSeries(claim: Claim, claimStated: Stated, list: Derivations): DerivedResult[] {
  const series = seriesOf(list.map((x) => x.stated), claim.measure);
  return list.map(({ stated, words, statements }) => ({ comparison: compare(claimStated, stated, claim.measure, series), words, statements }));
}

function spanInWords(low: number, high: number): string {
  const [unit, size] = high >= 730 ? ['years', 365.25] : high >= 60 ? ['months', 30.44] : ['days', 1];
  const a = Math.round(low / size);
  const b = Math.round(high / size);
  return a === b ? `about ${a} ${unit}` : `${a} to ${b} ${unit}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
