import type { PartialDate } from './calendar';
import type { Qualifier, Unit } from './figures';
import { measureInfo } from './measures';

/** How a source statement bears on a claim. */
export type Relation = 'supports' | 'contradicts' | 'context';

/** Why a statement is only context, for the explanation. */
export type ContextReason = 'earlier' | 'later' | 'same-day' | 'undated' | 'compatible';

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
}

/** The outcome of comparing one claim with one statement. */
export interface Comparison {
  relation: Relation;
  reason?: ContextReason;
}

type Interval = [number, number];

// An "about" figure's band already allows for its rounding; widening it again would let
// "about 150,000" meet "around 120,000".
const slack = (f: Stated) => (f.qualifier === 'approx' || f.qualifier === 'almost' ? 0 : f.tolerance);

/** What a claim asserts, widened by its rounding: "more than 100,000" is [100000, ∞). */
function asserted(f: Stated): Interval {
  return [f.low - slack(f), f.high + slack(f)];
}

/**
 * What a report's figure allows. A reporter who writes "at least 200 killed" would have
 * written a larger number had they known one, so open-ended figures are capped at twice.
 */
function allowed(f: Stated): Interval {
  const high = f.qualifier === 'gt' || f.qualifier === 'ge' ? Math.min(f.high, f.value * 2) : f.high;
  return [f.low - slack(f), cap(f, high + slack(f))];
}

/** What a figure suggests: "more than 100,000" reads as a little over 100,000, not a million. */
function suggested(f: Stated): Interval {
  const t = f.tolerance;
  const v = f.value;
  switch (f.qualifier) {
    case 'gt':
    case 'ge':
      return [v - t, cap(f, v * 1.15 + t)];
    case 'almost':
      return [v * 0.85, v];
    case 'le':
    case 'lt':
      return [v * 0.6 - t, v + t];
    case 'exact':
    case 'only':
      return [v - t, v + t];
    default:
      return [f.low - slack(f), cap(f, f.high + slack(f))];
  }
}

function cap(f: Stated, x: number): number {
  return f.unit === 'percent' ? Math.min(x, 100) : x;
}

const overlaps = (a: Interval, b: Interval) => a[0] <= b[1] && b[0] <= a[1];

/**
 * Compares a claim with a statement of the same measure and event. For counts that only
 * rise (people who had left), a report of another day is context unless it proves the
 * claim wrong: fewer had left by a later day, or more had already left by an earlier one.
 * `seriesHigh` is the largest count any report gives, used when a claim has no day.
 */
export function compare(claim: Stated, statement: Stated, measure: string, seriesHigh = allowed(statement)[1]): Comparison {
  if (claim.unit === 'date') return compareDates(claim.date ?? {}, statement.date ?? {});
  // A vague "tens of thousands" in a report neither confirms nor refutes a precise count,
  // and a vague claim ("thousands flee") is imprecise rather than wrong.
  if (statement.vague && !claim.vague) return { relation: 'context', reason: 'compatible' };
  if (claim.vague) {
    const c = compareSameDay(claim, statement);
    return c.relation === 'contradicts' ? { relation: 'context', reason: 'compatible' } : c;
  }
  const info = measureInfo(measure);
  const trend = info.trend;
  if (info.varies) {
    const c = compareSameDay(claim, statement);
    return c.relation === 'contradicts' ? { relation: 'context', reason: 'compatible' } : c;
  }
  if (trend === 'none' || info.timeless) return compareSameDay(claim, statement);
  if (claim.asOf === undefined || statement.asOf === undefined) {
    const same = compareSameDay(claim, statement);
    if (same.relation !== 'contradicts') return same.relation === 'supports' ? same : { relation: 'context', reason: 'undated' };
    // Without a day, only a figure beyond every report's reach is wrong (for rising counts).
    const beyond = trend === 'up' ? claim.low - claim.tolerance > seriesHigh : false;
    return beyond ? same : { relation: 'context', reason: 'undated' };
  }
  if (claim.asOf === statement.asOf) {
    const same = compareSameDay(claim, statement);
    // Counts move within a day: "nearly 70,000" on Thursday morning is not refuted by 78,300 that evening.
    if (same.relation === 'contradicts' && withinADay(claim, statement, trend)) return { relation: 'context', reason: 'same-day' };
    return same;
  }
  // Reporting lags: a paper dated 1 Oct quoting the count of 30 Sept agrees with a report of that count.
  if ((!claim.asOfExplicit || !statement.asOfExplicit) && Math.abs(claim.asOf - statement.asOf) <= LAG_DAYS) {
    const same = compareSameDay(claim, statement);
    if (same.relation === 'supports') return same;
  }
  const earlier = statement.asOf < claim.asOf;
  const [claimLow, claimHigh] = asserted(claim);
  const [sLow, sHigh] = suggested(statement);
  const [, allowedHigh] = allowed(statement);
  // With a rising count, an earlier report is a floor and a later one a ceiling.
  const floorReport = trend === 'up' ? earlier : !earlier;
  if (floorReport) {
    if (trend === 'up' ? claimHigh < sLow : claimLow > allowedHigh) return { relation: 'contradicts' };
    // "Over 100k" on 1 Oct follows from "more than 100,000" on 30 Sept.
    const entailed = trend === 'up' ? (claim.qualifier === 'gt' || claim.qualifier === 'ge') && sLow >= claim.low - claim.tolerance : false;
    if (entailed && overlaps(suggested(claim), [sLow, sHigh])) return { relation: 'supports' };
  } else {
    if (trend === 'up' ? claimLow > allowedHigh : claimHigh < sLow) return { relation: 'contradicts' };
  }
  return { relation: 'context', reason: earlier ? 'earlier' : 'later' };
}

const LAG_DAYS = 2;

// A moving count within 15% of what the day's report suggests could be that day's figure at
// another hour: "nearly 70,000" on Thursday morning, 78,300 that evening.
function withinADay(claim: Stated, statement: Stated, trend: 'up' | 'down' | 'none'): boolean {
  if (trend === 'none') return false;
  const [claimLow, claimHigh] = asserted(claim);
  const [sLow, sHigh] = suggested(statement);
  // The claim's own bound, not widened by rounding: "more than 120,000" never means 115,000.
  return (claimHigh < sLow && claim.high >= 0.85 * sLow) || (claimLow > sHigh && claim.low <= 1.15 * sHigh);
}

function compareSameDay(claim: Stated, statement: Stated): Comparison {
  if (!overlaps(asserted(claim), allowed(statement))) return { relation: 'contradicts' };
  // A floor is confirmed only by a report at or above it: "more than 100,000" does not confirm "more than 120,000".
  const [sLow, sHigh] = allowed(statement);
  if ((claim.qualifier === 'gt' || claim.qualifier === 'ge') && sLow < claim.low - claim.tolerance) return { relation: 'context', reason: 'compatible' };
  if ((claim.qualifier === 'le' || claim.qualifier === 'lt') && sHigh > claim.high + claim.tolerance) return { relation: 'context', reason: 'compatible' };
  if (overlaps(suggested(claim), suggested(statement))) return { relation: 'supports' };
  return { relation: 'context', reason: 'compatible' };
}

/** Dates agree when every part both give is equal: "in June" and "in December" do not. */
function compareDates(a: PartialDate, b: PartialDate): Comparison {
  let shared = 0;
  for (const part of ['year', 'month', 'day'] as const) {
    const x = a[part];
    const y = b[part];
    if (x === undefined || y === undefined) {
      if (part === 'year') continue;
      break;
    }
    if (x !== y) return { relation: 'contradicts' };
    shared++;
  }
  return shared > 0 ? { relation: 'supports' } : { relation: 'context', reason: 'compatible' };
}
