// How one source statement bears on one claim. The rules, with a worked example each, are in
// docs/VERDICTS.md; tests/unit/relation.test.ts holds a table or property test per rule.
import { dayRange, type PartialDate } from './calendar';
import type { Qualifier, Unit } from './figures';
import { isCasualty } from './events';
import { measureInfo } from './measures';

/** How a source statement bears on a claim. */
export type Relation = 'supports' | 'contradicts' | 'context';

/** Why a statement is only context, for the explanation. */
export type ContextReason = 'earlier' | 'later' | 'same-day' | 'undated' | 'compatible' | 'same-report';

/** The least part of its first and last day an event counted in calendar days took in (in days): an hour. */
const CALENDAR_DAY_PART = 1 / 24;

/** The parts of a figure the comparison needs; claims and source statements both have them. */
export interface Stated {
  qualifier: Qualifier;
  unit: Unit;
  value: number;
  low: number;
  high: number;
  tolerance: number;
  vague: boolean;
  date?: PartialDate;
  asOf?: number;
  /** True when the text names the day; false when it is the page's publication day. */
  asOfExplicit?: boolean;
  /** The hour the text gives the figure ("by Thursday noon" is 12), when it names one. */
  hour?: number;
  /** A figure worked out by arithmetic (lib/derived.ts): the value lies somewhere in [low, high], known no better. */
  derived?: boolean;
  /** A report's placement of an event in a span of days, [low, high], that it does not date further ("last week"). */
  placed?: boolean;
  /** For a claim: the text names who gives the figure ("the ombudsman said"), see tollBeyondReports. */
  sourced?: boolean;
  /** For a claim: it adds to the count before it ("another 23"), a part no report gives (see countsAPart). */
  addition?: boolean;
  /** For a toll: its own words name the side whose dead the reports of its event count ("500 ethnic Armenians"), see tollBeyondReports. */
  reportsSide?: boolean;
  /** For a population: its sentence names the region whose people the reports count ("lived in Karabakh"), see POPULATION_PART_SHARE. */
  namesRegion?: boolean;
  /** For a span of how long something lasted: its sentence names the event and no other occasion, see vagueSpanPastBound. */
  lengthOfItsEvent?: boolean;
  /** For a claim: "the next day", a calendar day after a time said before, not a length (see agreement). */
  later?: boolean;
  /** "a two-day offensive": the calendar days an event took in, not its length in hours (see band and agreement). */
  calendarDays?: boolean;
}

/** The outcome of comparing one claim with one statement. */
export interface Comparison {
  relation: Relation;
  reason?: ContextReason;
  /**
   * True when the statement supports the claim only loosely: an open-ended or vague figure
   * ("more than 65%") that the claim's figure ("two-thirds") sits just inside, not the figure itself.
   */
  loose?: boolean;
  /**
   * True when the statement supports the claim from a later report that names no day for its figure
   * and may have quoted the claim's day's count (the series shows the count standing still between).
   */
  quoted?: boolean;
}

/** A closed interval of values, [low, high]. */
export type Interval = [number, number];

/**
 * How far a rounding word ("about", "some", "nearly", "almost") reaches from a figure, as a
 * share of it, by the figure's size. Writers round small figures coarsely ("about 40" may be 36)
 * and large ones finely: "about 120,000" is 116,400 to 123,600, and never 140,000 or 96,000.
 */
export const ROUNDING_SHARE: ReadonlyArray<{ below: number; share: number }> = [
  { below: 100, share: 0.1 },
  { below: 10_000, share: 0.05 },
  { below: Infinity, share: 0.03 },
];

/**
 * How many of its own rounding steps a rounding word reaches at most: a writer who gives "about
 * 97,700" knows the count to the hundred, so it is 97,400 to 98,000, not 3% either side; "some
 * 96,000" (three steps of a thousand is wider than 3%) and "around 120,000" keep the share.
 */
export const APPROX_STEPS = 3;

/** A share said to its ten ("80%"): half of it either way is the same share rounded (see roundedFrom). */
const TEN_POINTS = 10;

/** How far a rounding word reaches for a share of the population: two points ("some 84%" is 82% to 86%). */
export const ROUNDING_POINTS = 2;

/**
 * How far above its floor an open-ended report reaches: a reporter who writes "at least 200
 * killed" would have written a larger number had they known one, so it allows up to 400.
 */
export const FLOOR_REACH = 2;

/**
 * How much of an arithmetic result's interval, at each end, a claim may leave out and still be said to
 * take it in: a tenth. "Almost three quarters" (73% to 75%) does not take in 69% to 73%, nor "nine
 * months" (about 264 to 284 days) December to late September (244 to 303 days); "80% to 100%" takes in
 * 81% to 86%. Arithmetic on rounded figures widens the interval at its ends, where the value seldom is.
 */
export const DERIVED_SLACK = 0.1;

/** How far a rounding word reaches from a figure of this size and unit (see ROUNDING_SHARE). */
export function roundingWidth(value: number, unit: Unit): number {
  if (unit === 'percent') return ROUNDING_POINTS;
  const v = Math.abs(value);
  return v * ROUNDING_SHARE.find((r) => v < r.below)!.share;
}

const isOpenAbove = (q: Qualifier) => q === 'gt' || q === 'ge';
const isOpenBelow = (q: Qualifier) => q === 'lt' || q === 'le';
const isOpen = (q: Qualifier) => isOpenAbove(q) || isOpenBelow(q);
const cap = (f: Stated, x: number) => (f.unit === 'percent' ? Math.min(x, 100) : x);

/** How many times a later report's ceiling a vague count's least must be to be wrong rather than imprecise. */
const VAGUE_PAST_CEILING = 2;

/**
 * The figure read as one number with its rounding. "about 96,000" is [93,120, 98,880] and
 * "around 120,000" [116,400, 123,600] (the rounding share); "about 3 days" [2.5, 3.5] (its step);
 * "almost 85,000" is [82,450, 85,000]; "more than 100,000" [100,000, 103,000], a little over;
 * "up to 1,000" [950, 1,000]; a bare "120,000" its rounding step, at most the rounding share.
 */
export function band(f: Stated): Interval {
  const v = f.value;
  const w = roundingWidth(v, f.unit);
  if (f.vague || f.qualifier === 'range') return [f.low, f.high];
  // Two calendar days may be a few hours across midnight or nearly two whole days: more than n − 2 days, at most n.
  if (f.calendarDays) return [v - 2 + CALENDAR_DAY_PART, v];
  switch (f.qualifier) {
    case 'approx': {
      // Below 100 the rounding step can be wider than the share ("about 3 days" is 2.5 to 3.5 days);
      // above, the named share decides, whatever coarse step the writer rounded to, but a figure
      // given to a fine step reaches only APPROX_STEPS of them ("about 97,700" is not 100,417).
      const reach = Math.abs(v) < 100 ? Math.max(w, f.tolerance) : f.tolerance > 0 ? Math.min(w, APPROX_STEPS * 2 * f.tolerance) : w;
      return [v - reach, cap(f, v + reach)];
    }
    case 'almost':
    case 'lt':
    case 'le':
      return [v - w, v];
    case 'gt':
    case 'ge':
      return [v, cap(f, v + w)];
    default: {
      // A span is said in its unit and rounded to it: "three decades" is 25 to 35 years, "six years"
      // five and a half to six and a half, whatever share of the span that is. Only a count's trailing
      // zeros ("120,000") are capped at the rounding share.
      const t = f.unit === 'days' ? f.tolerance : Math.min(f.tolerance, w);
      return [v - t, cap(f, v + t)];
    }
  }
}

/** Everything a figure allows: "more than 100,000" is [100,000, ∞), "up to 1,000" [0, 1,000]; otherwise its band. */
export function asserted(f: Stated): Interval {
  if (isOpenAbove(f.qualifier) && !f.vague) return [f.value, cap(f, Infinity)];
  if (isOpenBelow(f.qualifier) && !f.vague) return [0, f.value];
  return band(f);
}

/** What a report's figure allows, its open end capped at FLOOR_REACH times its floor. */
export function allowed(f: Stated): Interval {
  const [low, high] = asserted(f);
  return [low, isOpenAbove(f.qualifier) && !f.vague ? cap(f, Math.max(f.value * FLOOR_REACH, f.value)) : high];
}

/**
 * A bound that leaves its own value out: "more than 80%", "less than 24 hours" (not "at least", "up to").
 * Used by agreement(): a share given as exactly that value ("80%") is not the report's figure, and
 * agreement returns null for it, which means "this report does not give the figure": compareSameDay
 * then calls the report context (compatible) when the two overlap, so the claim comes out consistent
 * (rule 5 of docs/ACCURACY.md), never conflicting and never corroborated by that report.
 */
const strictBound = (q: Qualifier) => q === 'gt' || q === 'lt';
const overlaps = (a: Interval, b: Interval) => a[0] <= b[1] && b[0] <= a[1];
// Two ends of ranges agree when each lies within the other's rounding: "between 50 and 1,000" and "50 to 1,000".
const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(roundingWidth(a, 'count'), roundingWidth(b, 'count'));
const inside = (x: number, i: Interval) => i[0] <= x && x <= i[1];

// "almost half" and "more than half" meet only at the half, which neither includes: one is below a
// value and the other above the same value or a higher one, so neither gives the other, however close.
const below = (q: Qualifier) => q === 'almost' || q === 'lt';
function apart(a: Stated, b: Stated): boolean {
  return below(a.qualifier) && (b.qualifier === 'gt' ? b.value >= a.value : b.qualifier === 'ge' && b.value >= a.value);
}

/**
 * Whether a report gives the claim's figure (rule "agree" in docs/VERDICTS.md). A point claim is
 * given by a point report within either's rounding; an open claim by a report of the same bound,
 * or a point inside its band ("100,417" gives "more than 100,000"). Loosely: a point claim rounded to
 * an open report's bound ("about 78,000" and "over 78,300"), an open claim at a rounded report's figure
 * ("more than 120,000" and "120,000"), and anything a vague figure takes in. A precise point past an
 * open report's bound ("213" and "at least 200") is no report's figure: only compatible.
 */
export function agreement(claim: Stated, statement: Stated): 'direct' | 'loose' | null {
  // "The next day the sides agreed a ceasefire": the day after the one the offensive began on may be a few hours or
  // nearly two days on. It fits a report's "less than 24 hours" and is not what the report says (labelling rule 5).
  if (claim.later) return null;
  // "a two-day offensive" beside "less than 24 hours" fits (19 and 20 September) but is not the report's figure: the
  // calendar days agree only with a report's span as a span of days does ("44-day war" and "six-week war").
  if (claim.calendarDays) return statement.vague || isOpen(statement.qualifier) ? null : agreement({ ...claim, calendarDays: false }, statement);
  const c = band(claim);
  const s = band(statement);
  if (claim.vague) return inside(statement.value, [claim.low, claim.high]) || (statement.vague && overlaps(c, s)) ? 'loose' : null;
  if (statement.vague) return null;
  if (apart(claim, statement) || apart(statement, claim)) return null;
  if (isOpen(claim.qualifier)) {
    // The report's own end on the claim's side: the low end for "more than", the high end for "up to".
    const end = isOpenAbove(claim.qualifier) ? asserted(statement)[0] : asserted(statement)[1];
    const sameSide = isOpenAbove(claim.qualifier) ? !isOpenBelow(statement.qualifier) : !isOpenAbove(statement.qualifier);
    if (sameSide && inside(end, c)) return 'direct';
    // A point report that meets the bound itself: "170 killed" gives "at least 170", not "more than 170".
    // A report's bound from the other side is no point: "almost 85,000" and "more than 84,000" pin the
    // count between them, and neither gives the other (labelling rule 5).
    const meets = { gt: (x: number) => x > claim.value, ge: (x: number) => x >= claim.value, lt: (x: number) => x < claim.value, le: (x: number) => x <= claim.value }[claim.qualifier as 'gt' | 'ge' | 'lt' | 'le'];
    const otherSide = isOpenAbove(claim.qualifier) && statement.qualifier === 'almost';
    if (!isOpen(statement.qualifier) && statement.qualifier !== 'range' && !otherSide && inside(statement.value, c) && meets(statement.value)) return 'direct';
    // An open claim's bound inside what arithmetic gives is no figure of it (see the derived rule below).
    // A strict bound at the band's own end ("more than 35 years" beside "three decades", 25 to 35) leaves the band: no agreement.
    const within = claim.qualifier === 'gt' ? s[0] <= claim.value && claim.value < s[1] : claim.qualifier === 'lt' ? s[0] < claim.value && claim.value <= s[1] : inside(claim.value, s);
    return !isOpen(statement.qualifier) && !statement.derived && !otherSide && within ? 'loose' : null;
  }
  // A point claim is given by an open report only when it is rounded to the report's bound ("about
  // 78,000" and "over 78,300"; "100,000" and "more than 100,000"). A precise figure past the bound
  // ("100,632 have arrived" beside "more than 100,000", "213 died" beside "at least 200") is one no
  // report gives: it fits, and is only compatible (the lead's ruling of the thirteenth round).
  // A share given as the very value a "more than" or "less than" leaves out ("half" beside "more than
  // half", "80%" beside "more than 80%") is the share the report rules out, not its bound rounded: a
  // share is said to the point, and a writer who knew it was past half writes "more than half". It fits
  // at most as the understatement of a share that moved past it. (A count or a span at a bound, "100,000"
  // beside "more than 100,000" or "24 hours" beside "less than 24 hours", is the bound rounded: loose.)
  if (claim.unit === 'percent' && strictBound(statement.qualifier) && claim.value === statement.value && claim.tolerance < roundingWidth(claim.value, claim.unit)) return null;
  if (isOpen(statement.qualifier)) return inside(statement.value, c) ? 'loose' : null;
  // Arithmetic knows the value no better than its interval: a claim that takes in the whole interval
  // ("almost the entire population", "about 9 to 10 months") says what it gives; a figure finer than
  // the interval, inside it ("nine months" from December to late September, "85%" from 100,417 of
  // about 120,000), fits it but is what no report gives (labelling rule 5 of docs/ACCURACY.md): only
  // compatible, so the claim is consistent.
  if (statement.derived) return c[0] <= s[0] + DERIVED_SLACK * (s[1] - s[0]) && s[1] - DERIVED_SLACK * (s[1] - s[0]) <= c[1] ? 'direct' : null;
  if (claim.qualifier === 'range' && statement.qualifier === 'range') return near(claim.low, statement.low) && near(claim.high, statement.high) ? 'direct' : null;
  // A range gives neither a point inside it nor one outside; a point at one of its ends, loosely
  // ("around 50 remain" and "between 50 and 1,000"); a range takes in a point loosely.
  if (statement.qualifier === 'range') return inside(statement.low, c) || inside(statement.high, c) ? 'loose' : null;
  if (claim.qualifier === 'range') return inside(statement.value, c) ? 'loose' : null;
  return inside(claim.value, s) || inside(statement.value, c) ? 'direct' : null;
}

/**
 * What a whole series of reports (one measure, one event) says beyond any one of its figures:
 * how high it reaches, how fast it moves, and each figure's day and band. Built once per series
 * (seriesOf) and passed to compare.
 */
export interface Series {
  /** The largest figure any report allows: a claim with no day is refuted only beyond it. */
  high: number;
  /**
   * For each day a report gives, the most the reports show the count moving in one day around it:
   * from the day before it that a report gives, and to the day after, whichever is faster (the
   * lowest figure of the later day less the highest of the earlier, per day between them). A day
   * alone in the series has none.
   */
  rises: ReadonlyMap<number, number>;
  /** Each dated, precise figure's day and band, in order of day. */
  points: ReadonlyArray<{ asOf: number; low: number; high: number }>;
  /** The latest day any report of the series gives a figure for (vague ones too): the reports' last word. */
  last?: number;
  /** The smallest precise figure any report of the series gives (see PART_SHARE). */
  least?: number;
  /** The firmest count the reports give on their last day (the largest low end of its precise figures; see LATE_SPAN). */
  lastLow?: number;
  /** For a falling count, the least the reports allow on their last day, vague figures too ("at most a few hundred" remain: 200; see LATE_SPAN). */
  lastLeast?: number;
}

/**
 * The series the reports of one measure and event make (see Series). `high` defaults to the
 * largest figure any of them allows.
 */
export function seriesOf(figures: readonly Stated[], measure: string, high?: number): Series {
  const trend = measureInfo(measure).trend;
  const points: Array<{ asOf: number; low: number; high: number }> = [];
  // Each day's lowest and highest value, for how far the count moved from one day to the next.
  const days = new Map<number, { least: number; most: number }>();
  let top = -Infinity;
  let last: number | undefined;
  for (const f of figures) {
    if (f.unit === 'date') continue;
    top = Math.max(top, allowed(f)[1]);
    if (f.asOf !== undefined && (last === undefined || f.asOf > last)) last = f.asOf;
    if (f.vague || f.asOf === undefined) continue;
    const [low, bandHigh] = band(f);
    points.push({ asOf: f.asOf, low, high: bandHigh });
    const d = days.get(f.asOf);
    if (d) {
      d.least = Math.min(d.least, f.value);
      d.most = Math.max(d.most, f.value);
    } else days.set(f.asOf, { least: f.value, most: f.value });
  }
  points.sort((a, b) => a.asOf - b.asOf);
  const order = [...days.keys()].sort((a, b) => a - b);
  const rises = new Map<number, number>();
  for (let i = 1; i < order.length; i++) {
    const [a, b] = [order[i - 1]!, order[i]!];
    const before = days.get(a)!;
    const after = days.get(b)!;
    const moved = Math.max(0, (trend === 'down' ? before.least - after.most : after.least - before.most) / (b - a));
    rises.set(a, Math.max(rises.get(a) ?? 0, moved));
    rises.set(b, Math.max(rises.get(b) ?? 0, moved));
  }
  const least = points.length ? Math.min(...points.map((p) => p.low)) : undefined;
  let lastLow: number | undefined;
  for (const p of points) if (p.asOf === last && (lastLow === undefined || p.low > lastLow)) lastLow = p.low;
  let lastLeast: number | undefined;
  if (trend === 'down') for (const f of figures) if (f.unit !== 'date' && f.asOf === last && last !== undefined && (lastLeast === undefined || asserted(f)[0] < lastLeast)) lastLeast = asserted(f)[0];
  return { high: high ?? top, rises, points, ...(last !== undefined ? { last } : {}), ...(least !== undefined ? { least } : {}), ...(lastLow !== undefined ? { lastLow } : {}), ...(lastLeast !== undefined ? { lastLeast } : {}) };
}

/**
 * Compares a claim with a statement of the same measure and event. For counts that only
 * rise (people who had left), a report of another day or hour is context unless it proves the
 * claim wrong: fewer had left by a later moment, or more had already left by an earlier one.
 * `series` is what the whole series of reports says (seriesOf): the largest count any report gives,
 * used when a claim has no day; how far the count moves in a day; and whether it moved between two
 * days. Without it, each statement is taken alone.
 */
export function compare(claim: Stated, statement: Stated, measure: string, series?: Series): Comparison {
  if (claim.unit === 'date') return statement.placed ? comparePlacement(claim, statement) : compareDates(claim.date ?? {}, statement.date ?? {});
  // A vague "tens of thousands" in a report neither confirms nor refutes a precise count,
  // and a vague claim ("thousands flee") is imprecise rather than wrong.
  if (statement.vague && !claim.vague) return { relation: 'context', reason: 'compatible' };
  const info = measureInfo(measure);
  const trend = info.trend;
  // "che ha fatto 200 morti e migliaia di feriti" on the 26th, when a report of the 29th counts "around 400" wounded:
  // a later report of a rising count is its ceiling, and a vague count whose least is far past it is wrong, not
  // imprecise (VAGUE_PAST_CEILING: "thousands" is at least 2,000; a ceiling of a few hundred leaves no reading).
  // Only for a toll of the fighting, which stood still once the fighting ended, or from the series' first report's day
  // on: before it, a count the reports never covered (internal displacement on the 20th, read as leaving) is no claim
  // of this series to refute.
  const firstDay = series?.points[0]?.asOf;
  const covered = isCasualty(measure) || (firstDay !== undefined && claim.asOf !== undefined && claim.asOf >= firstDay);
  if (claim.vague && !info.varies && trend === 'up' && !info.timeless && !statement.vague && claim.asOf !== undefined && statement.asOf !== undefined && statement.asOf > claim.asOf && covered) {
    if (asserted(claim)[0] > VAGUE_PAST_CEILING * allowed(statement)[1]) return { relation: 'contradicts' };
  }
  // A vague count of a rising series is read against the reports' count of its own day (labelling rule
  // 2 of docs/ACCURACY.md): "thousands fled" is what 25 September's "as many as 3,000" says, but on a
  // later day, when tens of thousands had left, an understatement that fits and no report makes.
  // A later report that names no day may still give the claim's day's count, when the series shows the
  // count standing still between (a toll of fighting that had ended: "hundreds killed" on the 20th and
  // "at least 200 killed" in a report of the 29th). A vague report's words are not a count to stand still.
  if (claim.vague && !info.varies && trend === 'up' && !info.timeless && claim.asOf !== undefined && statement.asOf !== undefined && claim.asOf !== statement.asOf) {
    if (!lastWord(claim, statement, series) && (statement.vague || !quotesEarlierDay(claim, statement, series))) return { relation: 'context', reason: statement.asOf < claim.asOf ? 'earlier' : 'later' };
  }
  // Reports that count different occasions (one convoy, one family) confirm and never refute
  // (and a report of another occasion is not evidence at all: see bears).
  if (claim.vague || info.varies) {
    const same = compareSameDay(claim, statement);
    return vagueSpanPastBound(claim, statement, measure) ? same : neverContradicts(same);
  }
  if (trend === 'none' || info.timeless) return compareSameDay(claim, statement);
  if (claim.asOf === undefined || statement.asOf === undefined) {
    const same = compareSameDay(claim, statement);
    if (same.relation === 'supports') return same;
    // Without a day, only a figure beyond every report's reach is wrong (for rising counts).
    const beyond = same.relation === 'contradicts' && trend === 'up' && asserted(claim)[0] > (series?.high ?? allowed(statement)[1]);
    return beyond ? same : { relation: 'context', reason: 'undated' };
  }
  // How far the count moves in a day around the report's day, by the series' own figures.
  const dayRise = series?.rises.get(statement.asOf) ?? 0;
  // Reporting lags: a paper dated 1 Oct quoting the count of 30 Sept agrees with a report of that count.
  if (claim.asOf !== statement.asOf) {
    const same = compareSameDay(claim, statement);
    // A floor claimed for one day is not confirmed by a rounded figure at that floor another day
    // ("over 400" on the 28th, "around 400" on the 29th): the count could not have fallen. Nor is a
    // figure that only sits just past another day's floor that floor's count ("89,000" on the 29th and
    // "over 78,300" on the 28th): the count rose past it; within the floor's rounding it is ("100,483"
    // and "more than 100,000"). Unless the series shows the count standing
    // still (a toll of fighting that had ended, quoted later). The lag is looked at only for a figure
    // that agrees: it may scan the series.
    if (same.relation === 'supports') {
      const firm = !same.loose || (!isOpen(claim.qualifier) && (!isOpen(statement.qualifier) || overlaps(band(claim), band(statement))));
      const lag = firm ? reportingLag(claim, statement, series) : quotesEarlierDay(claim, statement, series) ? 'quoted' : null;
      if (lag) return lag === 'quoted' ? { ...same, quoted: true } : same;
      if (lastWord(claim, statement, series)) return same;
    }
  }
  // A page's own date is when it was published, not when its count was taken: a rising count it
  // gives (with no day of its own) may be one reported a day before, so a report of that day or the
  // day before that is larger by no more than a day's growth is a later count, not a refutation
  // ("65,036 have crossed" on a page of Thursday, beside "over 78,300 by Thursday evening").
  if (trend === 'up' && !claim.asOfExplicit && claim.hour === undefined && statement.asOf <= claim.asOf && claim.asOf - statement.asOf < LAG_DAYS) {
    const sLow = band(statement)[0];
    if (asserted(claim)[1] < sLow && claim.value >= sLow - Math.max(DAY_GROWTH_SHARE * sLow, dayRise)) return { relation: 'context', reason: statement.asOf === claim.asOf ? 'same-day' : 'later' };
  }
  const sameHour = claim.hour === undefined || statement.hour === undefined || claim.hour === statement.hour;
  if (claim.asOf === statement.asOf && sameHour) {
    const same = compareSameDay(claim, statement);
    // Counts move within a day: "nearly 70,000" on Thursday morning is not refuted by 78,300 that
    // evening, nor "close to 7,000" on Monday afternoon by "more than 2,900" that morning.
    if (same.relation === 'contradicts' && withinADay(claim, statement, trend, dayRise) && !(claim.hour !== undefined && claim.hour === statement.hour)) return { relation: 'context', reason: 'same-day' };
    return same;
  }
  // Another day, or another hour of the same day ("by noon" against "by evening"): earlier or later.
  const earlier = claim.asOf === statement.asOf ? statement.hour! < claim.hour! : statement.asOf < claim.asOf;
  const onOtherDay = claim.asOf !== statement.asOf;
  const otherMoment = (reason: ContextReason): Comparison => ({ relation: 'context', reason: onOtherDay ? reason : 'same-day' });
  const [claimLow, claimHigh] = asserted(claim);
  const [sLow] = band(statement);
  const [, allowedHigh] = allowed(statement);
  // With a rising count, an earlier report is a floor and a later one a ceiling.
  const floorReport = trend === 'up' ? earlier : !earlier;
  if (floorReport) {
    if (trend === 'up' ? claimHigh < sLow && !roundedFrom(claim, statement) : claimLow > allowedHigh) return { relation: 'contradicts' };
    // "Over 100k" on 1 Oct follows from "more than 100,000" on 30 Sept.
    if (trend === 'up' && isOpenAbove(claim.qualifier) && agreement(claim, statement) === 'direct') return { relation: 'supports' };
  } else if (trend === 'up' ? claimLow > allowedHigh : claimHigh < sLow) {
    return { relation: 'contradicts' };
  }
  return otherMoment(earlier ? 'earlier' : 'later');
}

/**
 * Whether a rounded claim ("almost 100,000", "about 100,000") may be a report's count rounded: its
 * number lies within the rounding a word of rounding reaches at that size (ROUNDING_SHARE) of the
 * report's figure. "Almost 100,000" two days after "100,417 have arrived" rounds that count down; it
 * does not say fewer had left.
 */
function roundedFrom(claim: Stated, statement: Stated): boolean {
  // "Z Karabachu uteklo osmdesát procent populace" two days after 100,417 of about 120,000 (81% to 86%): a bare
  // share at a round ten is that share said to its ten, not a count that fell.
  if (claim.unit === 'percent' && claim.qualifier === 'exact' && !claim.vague && claim.value % TEN_POINTS === 0 && claim.value > 0 && claim.value < 100) {
    return Math.abs(claim.value - statement.value) <= TEN_POINTS / 2;
  }
  if (claim.qualifier !== 'almost' && claim.qualifier !== 'approx') return false;
  return Math.abs(claim.value - statement.value) <= roundingWidth(statement.value, statement.unit);
}

/**
 * Whether a report of another day may give the claim's count of its day (the reporting lag): `near`
 * or `quoted` as below, or null. A
 * page is dated when it is published, not when its count was taken: when either names no day, the
 * two may give one count when they are at most LAG_DAYS apart ("a paper dated 1 Oct quoting the
 * count of 30 Sept"). Further apart, a report later than the claim that names no day may quote a
 * count of any day before, as long as the series shows the count standing still from the claim's
 * day to the report's: "at least 200 killed" on 20 September and a report of the 29th that gives the
 * same toll with no day of its own, when no report between puts the toll elsewhere. Not the other
 * way round: a claim later than the reports may be a newer count, and the reports cannot say the
 * count stood still after the last of them.
 */
function reportingLag(claim: Stated, statement: Stated, series?: Series): 'near' | 'quoted' | null {
  const [from, to] = claim.asOf! < statement.asOf! ? [claim, statement] : [statement, claim];
  if ((!from.asOfExplicit || !to.asOfExplicit) && to.asOf! - from.asOf! <= LAG_DAYS) return 'near';
  return quotesEarlierDay(claim, statement, series) ? 'quoted' : null;
}

/**
 * Whether a report later than the claim that names no day for its figure may give the count of the
 * claim's day: every report from the claim's day to the statement's gives the count the statement gives.
 */
function quotesEarlierDay(claim: Stated, statement: Stated, series?: Series): boolean {
  if (claim.asOf === undefined || statement.asOf === undefined || statement.asOf <= claim.asOf || statement.asOfExplicit || !series) return false;
  const [low, high] = band(statement);
  return series.points.every((p) => p.asOf < claim.asOf! || p.asOf > statement.asOf! || (p.high >= low && p.low <= high));
}

/**
 * Whether the statement is the reports' last word on the series and the claim comes after it: no
 * report says the count moved after its last day, so a later page that gives the count the last
 * reports give repeats what they say ("100,000 Armenians fled" in 2024, "200 killed" a week after
 * the fighting, "almost the entire population" left), while one that gives an earlier day's count
 * ("78,300 have left" in October) or a larger one is only context, as before.
 */
function lastWord(claim: Stated, statement: Stated, series?: Series): boolean {
  return series?.last !== undefined && statement.asOf === series.last && claim.asOf !== undefined && claim.asOf > statement.asOf;
}

const LAG_DAYS = 2;

/**
 * How much smaller than a report of its page's day (or the day before) a count dated only by its
 * page may be and still be that count a day earlier: 30%, about the most the count of people who
 * left grew in one day late in the exodus (about 50,000 on 27 September, 78,300 on the 28th); the
 * series' own day's rise (Series.dayRise) when that is more.
 */
export const DAY_GROWTH_SHARE = 0.3;

/**
 * How far a moving count of the same day may stand from the day's report when neither names the
 * hour: 15%, as "nearly 70,000" on Thursday morning stands from 78,300 that evening. Past the
 * report, in the way the count moves, it may stand as far as the series moves in a day
 * (Series.rises) when that is more: early in the exodus the count went from "more than 2,900" on
 * Monday morning to "close to 7,000" that afternoon.
 */
export const SAME_DAY_SHARE = 0.15;

// Either way: a smaller figure may be the morning's, a larger one the evening's. A report's count
// was taken on its day or before (a page is dated when it is published), so a figure past it in
// the way the count moves may be as much later that day as the count moves in a day; one short of
// it must be the same day's earlier count, within SAME_DAY_SHARE, or, when the report names its
// hour ("by Thursday evening"), within what the count moves in the part of the day before that hour
// ("65,000" that morning beside "over 78,300" that evening, when the count grew 25,100 a day).
function withinADay(claim: Stated, statement: Stated, trend: 'up' | 'down', dayRise: number): boolean {
  const [claimLow, claimHigh] = asserted(claim);
  const [sLow, sHigh] = band(statement);
  // A count of the day that names no hour may be the one published that morning, taken the evening
  // before: as far short of an evening report as the count moves in a whole day ("53,629 refugees, by
  // the figures released on Thursday" beside "over 78,300 by Thursday evening").
  const beforeTheHour = trend === 'up' && statement.hour !== undefined ? (dayRise * (claim.hour === undefined ? 24 : statement.hour)) / 24 : 0;
  const below = Math.max(SAME_DAY_SHARE * sLow, trend === 'down' ? dayRise : beforeTheHour);
  const above = Math.max(SAME_DAY_SHARE * sHigh, trend === 'up' ? dayRise : 0);
  // The claim's own bound, not widened by rounding: "more than 120,000" never means 115,000.
  return (claimHigh < sLow && claim.value >= sLow - below) || (claimLow > sHigh && claim.value <= sHigh + above);
}

/**
 * Whether a report's figure bears on the claim at all. For a measure whose reports count separate
 * occasions (one convoy, one evacuation), a count of another day's occasion does only when it gives
 * the figure: 311 civilians evacuated in a convoy on 24 September say nothing about 7,000
 * evacuated from villages on the 19th, so they are not context either, and the claim stays
 * unverified. A length (one journey's, "up to 30 hours") stays context: it is one of the same road's.
 */
export function bears(claim: Stated, statement: Stated, comparison: Comparison, measure: string, series?: Series): boolean {
  // A placement speaks only of the days it takes in (comparePlacement).
  if (statement.placed) return claim.unit === 'date' && placementTakesIn(claim, statement) !== null;
  if (countsAPart(claim, series, measure)) return false;
  if (tollBeyondReports(claim, measure, series)) return false;
  if (comparison.relation !== 'supports' && countedLongAfter(claim, measure, series)) return false;
  if (comparison.relation === 'supports' || !measureInfo(measure).varies || claim.unit !== 'count') return true;
  return claim.asOf !== undefined && claim.asOf === statement.asOf;
}

/**
 * How small a count may be beside the smallest figure the reports give for its measure and still be
 * read as that count: a tenth. Seven civilians killed, eleven wounded in one hospital, two hundred
 * people at a depot or ten dead civilians are a part of what the reports count (the offensive's
 * "at least 200" dead, the "more than 2,900" who had left by the first Monday), or another thing
 * counted with the same noun: the reports neither give nor refute them. The reports' own counts
 * of one measure begin within a tenth of the first figure a page gives (the offensive's first
 * day's 25 to 32 dead beside "at least 200"), so a tenth keeps every early count of the whole.
 */
export const PART_SHARE = 0.1;

/**
 * How long after the reports' last word (in days) a count dated only by its page is of another time:
 * thirty days. The reports' count of people who had left was taken by 30 September 2023; a page of
 * March 2024 that gives 72,626 displaced people in the provinces, 34,000 who left Armenia since, or
 * hundreds of refugees at a protest counts what is there then, not fewer leavers than the reports
 * gave. A count below the reports' last count so long after is not theirs to give or refute; one at
 * or above it ("100,000 fled", "115,365 arrived") is still read against them.
 */
export const LATE_SPAN = 30;

/**
 * Whether a rising count, dated only by a page long after the reports' last word, is smaller than that
 * word (LATE_SPAN); or a falling count ("only 14 Armenians remained" a year on), dated by its page or its
 * own words long after that word, is smaller than the least it allows: fewer remain then than the
 * reports could count, which they neither give nor refute. One at or above it is still read against them.
 */
function countedLongAfter(claim: Stated, measure: string, series?: Series): boolean {
  if (claim.unit !== 'count' || claim.asOf === undefined || series?.last === undefined || claim.asOf - series.last <= LATE_SPAN) return false;
  const trend = measureInfo(measure).trend;
  if (trend === 'down') return series.lastLeast !== undefined && asserted(claim)[1] < series.lastLeast;
  if (claim.asOfExplicit || series.lastLow === undefined || trend !== 'up') return false;
  // "nearly 100,000 fled" in 2025 rounds the reports' last count (100,417): it is theirs, read against them.
  if ((claim.qualifier === 'almost' || claim.qualifier === 'approx') && Math.abs(claim.value - series.lastLow) <= roundingWidth(series.lastLow, claim.unit)) return false;
  return asserted(claim)[1] < series.lastLow;
}

/**
 * Whether a toll (dead, injured, missing) that names no source is larger than any report of its series
 * allows. A report's toll counts the dead it names: one side's, in one event ("at least 200 killed in
 * the fighting", the Armenian side's, by its ombudsman). A larger toll a page gives in its own voice
 * ("nearly 600 deaths" with both sides and the blast, "tens of thousands" in the war before) may count
 * what the report leaves out, which it neither gives nor bounds (labelling rule 4 of docs/ACCURACY.md):
 * the report is no evidence on it, so the claim stays unverified rather than conflicting. A toll a
 * named source gives ("about 1,000 wounded, the ombudsman said") is that source's count of what it
 * counts, and is still read against the reports. Not for counts of people who left: every report
 * counts all of them, and a count past every report's reach is wrong. Nor for a toll whose own words name
 * the side the reports count and no blast ("the offensive killed at least 500 ethnic Armenians"): it
 * counts what they count, and is read against them (review 17, M3).
 */
function tollBeyondReports(claim: Stated, measure: string, series?: Series): boolean {
  if (claim.unit !== 'count' || claim.sourced || claim.reportsSide || !isCasualty(measure) || series === undefined || !Number.isFinite(series.high)) return false;
  const low = asserted(claim)[0];
  return low > series.high && low <= JOINED_REACH * series.high;
}

/**
 * How far past the reports' reach a toll may stand and still be one that joins what they count with
 * what they do not: twice it. Both sides' dead, or those and the blast's, come to about that ("nearly
 * 600" beside "at least 200"); a toll further past it ("at least 2,000 died in the offensive") is no
 * such total but a wrong count of the same dead, and is read against the reports.
 */
export const JOINED_REACH = 2;

/**
 * How small a population may be beside the smallest the reports give and still be that population: a
 * half. The reports count the people of the whole region, which no estimate puts below about 100,000;
 * a population under half of theirs, in a sentence that does not name the region ("some 55,000 lived in
 * the city"), is a town's or a district's, a part of what they count that they neither give nor refute
 * (as PART_SHARE is for counts that rise). One that names the region ("Baku insists only 40,000
 * Armenians lived in Karabakh") counts its people, and is read against the reports.
 */
export const POPULATION_PART_SHARE = 0.5;

/** Whether a precise count is too small beside every report of its series to be the count they give (PART_SHARE). */
function countsAPart(claim: Stated, series: Series | undefined, measure: string): boolean {
  // "outras 23 entraram", "weitere Zehntausende dürften folgen": an addition to the count before it is a part, vague or not.
  if (claim.addition && claim.unit === 'count') return true;
  if (claim.unit !== 'count' || claim.vague || series?.least === undefined || !(series.least > 0)) return false;
  if (measure === 'population' && !claim.namesRegion && band(claim)[1] < POPULATION_PART_SHARE * series.least) return true;
  // Before the first day the reports give, a count the reports show moving may be anything smaller:
  // "about 30 refugees arrived" on the Sunday the exodus began, a day before "more than 2,900".
  const first = series.points[0]?.asOf;
  if (claim.asOf !== undefined && first !== undefined && claim.asOf < first && [...series.rises.values()].some((r) => r > 0)) return false;
  // An open floor is read at its figure: "at least 2 dead, one of them a child" is a part as "2 dead" is.
  return band(claim)[1] < PART_SHARE * series.least;
}

/**
 * Whether a vague span of how long something lasted lies wholly past a report's upper bound: "after several days
 * of fighting" (two days at the least) beside "less than 24 hours after the offensive began". A vague count is
 * imprecise rather than wrong, but every length a vague span allows is longer than the bound: it is wrong. Only
 * for a length a report bounds from above, in a sentence that names the event and no other occasion (check.ts,
 * spanOfItsEvent: "l'esodo è iniziato da alcuni giorni a seguito dell'offensiva" is the exodus's), never for spans
 * of separate occasions (a journey, the exodus's spans).
 */
function vagueSpanPastBound(claim: Stated, statement: Stated, measure: string): boolean {
  return claim.vague && claim.unit === 'days' && claim.lengthOfItsEvent === true && !measureInfo(measure).varies && !statement.vague && isOpenBelow(statement.qualifier) && claim.low > statement.value;
}

function neverContradicts(c: Comparison): Comparison {
  return c.relation === 'contradicts' ? { relation: 'context', reason: 'compatible' } : c;
}

function compareSameDay(claim: Stated, statement: Stated): Comparison {
  if (!overlaps(asserted(claim), allowed(statement))) return { relation: 'contradicts' };
  const agrees = agreement(claim, statement);
  if (agrees === 'direct') return { relation: 'supports' };
  if (agrees === 'loose') return { relation: 'supports', loose: true };
  return { relation: 'context', reason: 'compatible' };
}

/** The width of what a statement allows, to tell which of one report's two figures says more. */
export function allowedWidth(f: Stated): number {
  if (f.unit === 'date') return 0;
  const [low, high] = allowed(f);
  return high - low;
}

/**
 * How a date relates to a report's placement of the event in a span of days ("a military offensive
 * last week", 18 to 24 September): `inside` when the claim's day (or days) lie within the span, which
 * fits the report but is not what it says; `contains` when the claim's date takes in the whole span
 * ("in September 2023"), which says what the report says, coarser; null otherwise. A day outside
 * the span is not judged by it: "last week" is loose about where a week ends, and the same words may
 * place another of the event's days than the one claimed.
 */
function placementTakesIn(claim: Stated, placement: Stated): 'inside' | 'contains' | 'overlaps' | null {
  const days = claim.date ? dayRange(claim.date) : null;
  if (!days) return null;
  // "the offensive it waged last week" beside the report's own "last week": the same week, as the report says it.
  if (claim.date?.days && days[0] <= placement.low && days[1] >= placement.high) return 'contains';
  if (days[0] >= placement.low && days[1] <= placement.high) return 'inside';
  if (days[0] <= placement.low && days[1] >= placement.high) return 'contains';
  // "mid-September" (11 to 20 September) beside "last week" (18 to 24): days of both, neither inside the other: compatible.
  if (claim.date?.part && days[0] <= placement.high && days[1] >= placement.low) return 'overlaps';
  return null;
}

function comparePlacement(claim: Stated, placement: Stated): Comparison {
  const how = placementTakesIn(claim, placement);
  return how === 'contains' ? { relation: 'supports' } : { relation: 'context', reason: 'compatible' };
}

/**
 * Dates agree when every part both give is equal: "in June" and "in December" do not. A claim that
 * names a finer part than the report ("12 December 2022" beside "in December", "November 2020" beside
 * "in 2020") falls inside what the report gives but says what it does not: only compatible
 * (labelling rule 1 of docs/ACCURACY.md), as a day inside a report's "last week" is.
 */
function compareDates(a: PartialDate, b: PartialDate): Comparison {
  if (b.through !== undefined && b.month === undefined && a.month === undefined && a.year !== undefined && b.year !== undefined) return compareYearSpans(a, b);
  if (a.days || b.days) {
    const weeks = compareWeeks(a, b);
    if (weeks) return weeks;
  }
  // "By the end of the year" and "on 1 January" of the next name one turn of the year (labelling rule 3).
  const turn = turnOfYear(a);
  if (turn !== undefined && turn.end !== turnOfYear(b)?.end && turn.year === turnOfYear(b)?.year) return { relation: 'supports' };
  // "two weeks ago" (a day said loosely) a day or two from the report's day: near enough not to refute it.
  const loose = looseDistance(a, b);
  if (loose !== null && loose > 0 && loose <= a.looseDays!) return { relation: 'context', reason: 'compatible' };
  let shared = 0;
  let finer = false;
  for (const part of ['year', 'month', 'day'] as const) {
    const x = a[part];
    const y = b[part];
    if (x === undefined || y === undefined) {
      if (part === 'year') continue;
      // "late September" beside "in September", "late 2020" beside "in 2020": the part is finer than the report.
      finer = x !== undefined || (y === undefined && a.part !== undefined && b.part === undefined);
      // "early September" beside "28 September": the report's day lies outside the part the claim names.
      if (x === undefined && y !== undefined && a.part !== undefined && part === 'day' && !partHolds(a, b)) return { relation: 'contradicts' };
      break;
    }
    if (x !== y) return { relation: 'contradicts' };
    shared++;
  }
  if (shared === 0) return { relation: 'context', reason: 'compatible' };
  return finer ? { relation: 'context', reason: 'compatible' } : { relation: 'supports' };
}

/**
 * A date of years beside a report's span of years ("broke away from Baku in the 1990s"): the same span, or a
 * coarser one that takes it in, says what the report says (labelling rule 3); a year or span inside it, or
 * reaching past it, is only compatible (rule 1). A report's decade places an event loosely, as "last week"
 * does (placementTakesIn): a year outside it ("in 1988", when the regional council first voted to leave) is
 * not refuted by it, for the reports' own arithmetic (six years of fighting that ended in 1994) reaches there.
 */
function compareYearSpans(a: PartialDate, b: PartialDate): Comparison {
  const [x0, x1] = [a.year!, a.through ?? a.year!];
  const [y0, y1] = [b.year!, b.through!];
  return x0 <= y0 && y1 <= x1 ? { relation: 'supports' } : { relation: 'context', reason: 'compatible' };
}

/**
 * How far (in days) a report's day may stand outside a week the claim names and still not refute it: pages
 * say "last week" loosely about where a week ends ("last week" in a Monday paper may mean the last seven days).
 */
const WEEK_SLACK_DAYS = 3;

/** The days between a day said loosely and a report's day, or null when either is not one whole day. */
function looseDistance(a: PartialDate, b: PartialDate): number | null {
  if (!a.looseDays || a.day === undefined || b.day === undefined || a.days || b.days) return null;
  const x = dayRange(a);
  const y = dayRange(b);
  return x && y ? Math.abs(x[0] - y[0]) : null;
}

/**
 * Dates of which one is a week ("the offensive it waged last week"), by their days: a claimed week that takes
 * in the report's day says what the report says; a day or month beside a week of the report is finer or
 * coarser, compatible; a claimed week far from the report's day refutes it. Null when either has no days.
 */
function compareWeeks(a: PartialDate, b: PartialDate): Comparison | null {
  const x = dayRange(a);
  const y = dayRange(b);
  if (!x || !y) return null;
  if (a.days) {
    if (x[0] <= y[0] && y[1] <= x[1]) return { relation: 'supports' };
    if (y[1] < x[0] - WEEK_SLACK_DAYS || y[0] > x[1] + WEEK_SLACK_DAYS) return { relation: 'contradicts' };
    return { relation: 'context', reason: 'compatible' };
  }
  // The report's week, beside a claim of another form: as beside a report's placement (see placementTakesIn).
  return x[0] <= y[0] && y[1] <= x[1] ? { relation: 'supports' } : { relation: 'context', reason: 'compatible' };
}

/** Whether the part of a month a date names ("early September") takes in another date's day. */
function partHolds(part: PartialDate, day: PartialDate): boolean {
  const a = dayRange(part);
  const b = dayRange(day);
  return a === null || b === null || (a[0] <= b[0] && b[1] <= a[1]);
}

/**
 * The turn of the year a date names, if it names one: the end of a year said by its distance from the
 * page ("by the end of the year", "do końca roku", "até o final do ano": a December the lexicon's
 * relativeYears give with a year offset, and only end-of-year phrases do) turns into the next year;
 * 1 January is that turn seen from the other side. `end` tells which side the date stands on.
 */
function turnOfYear(d: PartialDate): { year: number; end: boolean } | undefined {
  if (d.year === undefined) return undefined;
  if (d.yearOffset !== undefined && d.month === 12 && d.day === undefined) return { year: d.year + 1, end: true };
  if (d.month === 1 && d.day === 1) return { year: d.year, end: false };
  return undefined;
}
