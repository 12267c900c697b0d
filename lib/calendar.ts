import { en } from './lexicon/en';
import { LEXICONS, vocabularyFor, type Vocabulary } from './lexicon/index';
import type { MonthPart } from './lexicon/shape';

/** A calendar date that may be partial: "1994", "December", "September 24", "1 January 2024". */
export interface PartialDate {
  year?: number;
  month?: number; // 1-12
  day?: number; // 1-31
  /** The last year of a span of years ("between 1988 and 1994", "1988–1994"); `year` is the first. */
  through?: number;
  /** A year named by its distance from the page's ("next year" is 1), until the page's day resolves it. */
  yearOffset?: number;
  /** A month named by its distance from the page's ("last month" is -1), until the page's day resolves it. */
  monthOffset?: number;
  /** A day named by its distance in days from the page's ("a week ago" is -7), until the page's day resolves it. */
  dayOffset?: number;
  /** A week named by its distance from the page's ("last week" is -1), until the page's day resolves it. */
  weekOffset?: number;
  /** The first and last epoch day of such a week once resolved (Monday to Sunday, this week's ending on the page's day). */
  days?: [number, number];
  /** "mid-September", "в начале сентября": the part of the month the text names (lexicon `monthParts`). */
  part?: MonthPart;
  /** A weekday (0 = Sunday) named as an event's day ("on Tuesday"; lexicon `weekdayDates`): resolved by the page's day into `year`, `month` and `day`, and kept to say the day came from a weekday. */
  weekday?: number;
  /** With `weekday`: the one before the page's day ("last Wednesday"), not the last up to it. */
  weekdayBefore?: boolean;
  /** With `day`: how many days either side of it the text may mean ("two weeks ago" is said loosely). */
  looseDays?: number;
}

/** How many days either side of it a day counted back in weeks ("a week ago", "two weeks ago") may be: half a week. */
const WEEKS_AGO_SLACK_DAYS = 3;

/** The days a part of a month takes in: the first ten, the middle ten, and the rest (how "early", "mid" and "late" are said). */
const MONTH_PART_DAYS: Record<MonthPart, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

/** The month a word names (1-12) in any language the engine reads, or 0. English names must be capitalised ("May", not "may"). */
export function monthOf(word: string): number {
  return monthIn(vocabularyFor(null), word);
}

/** The month a word names (1-12) in a vocabulary's languages, or 0. */
// English month names double as words ("may", "march"); they count as months only when capitalised.
export function monthIn(v: Vocabulary, word: string): number {
  let lower = word.toLowerCase();
  // One look-up for most words (every word a date may start with is asked).
  let month = v.months.get(lower);
  // Turkish and Azerbaijani put a case ending after an apostrophe on a month's name ("Eylül'de").
  if (month === undefined && /['’]/u.test(lower)) {
    lower = lower.slice(0, lower.search(/['’]/u));
    month = v.months.get(lower);
  }
  if (!month) return 0;
  if (ENGLISH_MONTHS.has(lower) && word[0] === lower[0] && !lowerCaseMonths(v).has(lower)) return 0;
  return month;
}
const ENGLISH_MONTHS = new Set(en.months.flat());

// Month names another language of the reading writes in lower case ("op 20 september", "20 de abril"):
// there they are months, whatever English does with the same word. Only a reading in one language
// besides English trusts them: read with every lexicon, "may 5" stays a verb.
const LOWER_CASE_MONTHS = new WeakMap<Vocabulary, Set<string>>();
function lowerCaseMonths(v: Vocabulary): Set<string> {
  let set = LOWER_CASE_MONTHS.get(v);
  if (!set) {
    const others = v.languages.filter((c) => c !== 'en');
    set = new Set(others.length === 1 && others[0] !== 'de' ? LEXICONS[others[0]!].months.flat() : []);
    LOWER_CASE_MONTHS.set(v, set);
  }
  return set;
}

/** The weekday a word names (0 = Sunday), or -1. */
export function weekdayOf(word: string, v: Vocabulary = vocabularyFor(null)): number {
  return v.weekdays.get(word.toLowerCase()) ?? -1;
}

/** Days since 1970-01-01 for a full date. */
export function epochDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The ISO date (YYYY-MM-DD) of an epoch day. */
export function isoOfDay(day: number): string {
  // Judging a claim names the day of every statement it cites: arithmetic, not a Date per call
  // (the civil calendar from days, as in H. Hinnant's "chrono-Compatible Low-Level Date Algorithms").
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  // Years past four digits are written as ISO 8601 extends them, as Date does.
  if (!(y >= 0 && y <= 9999)) return new Date(day * 86_400_000).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Parses a strict YYYY-MM-DD date into an epoch day, or null when it is not a real date. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return epochDay(y, mo, d);
}

/** How many days a month has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The weekday (0 = Sunday) of an epoch day. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The latest day on or before `ref` that falls on `weekday`. "On Thursday" in a Thursday paper is that day. */
export function lastWeekday(ref: number, weekday: number): number {
  return ref - ((weekdayOfDay(ref) - weekday + 7) % 7);
}

/** The first and last epoch day a partial date can mean, once its year is known. */
export function dayRange(date: PartialDate): [number, number] | null {
  if (date.days) return date.days;
  if (date.year === undefined) return null;
  if (date.month === undefined) return [epochDay(date.year, 1, 1), epochDay(date.through ?? date.year, 12, 31)];
  if (date.day === undefined) {
    const last = daysInMonth(date.year, date.month);
    const [from, to] = date.part ? MONTH_PART_DAYS[date.part] : [1, last];
    return [epochDay(date.year, date.month, from), epochDay(date.year, date.month, Math.min(to, last))];
  }
  const d = epochDay(date.year, date.month, date.day);
  return [d, d];
}

/**
 * Gives a yearless date ("September 24", "in December") the year that puts it closest
 * before the reference day: a report of 30 Sept 2023 saying "in December" means December 2022.
 * For a date the text places ahead ("will dissolve on 1 January"), the closest year after.
 */
export function withYear(date: PartialDate, ref: number | undefined, ahead = false): PartialDate {
  if (date.year === undefined && date.weekday !== undefined && ref !== undefined) {
    const [year, month, day] = isoOfDay(lastWeekday(date.weekdayBefore ? ref - 1 : ref, date.weekday)).split('-').map(Number) as [number, number, number];
    return { year, month, day, weekday: date.weekday };
  }
  if (date.year === undefined && date.weekOffset !== undefined && ref !== undefined) return weekOf(date.weekOffset, ref);
  if (date.year === undefined && date.dayOffset !== undefined && ref !== undefined) {
    const [year, month, day] = isoOfDay(ref + date.dayOffset).split('-').map(Number) as [number, number, number];
    // A count of weeks back is said loosely: "two weeks ago" on 9 October may mean 24 or 25 September.
    return Math.abs(date.dayOffset) >= 7 ? { year, month, day, looseDays: WEEKS_AGO_SLACK_DAYS } : { year, month, day };
  }
  if (date.year === undefined && date.monthOffset !== undefined && ref !== undefined) {
    const iso = isoOfDay(ref);
    const months = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + date.monthOffset;
    const { monthOffset: _, ...rest } = date;
    return { ...rest, year: Math.floor(months / 12), month: (months % 12) + 1 };
  }
  if (date.year === undefined && date.yearOffset !== undefined && ref !== undefined) return { ...date, year: Number(isoOfDay(ref).slice(0, 4)) + date.yearOffset };
  if (date.year !== undefined || date.month === undefined || ref === undefined) return date;
  const refYear = Number(isoOfDay(ref).slice(0, 4));
  const candidate = { ...date, year: refYear };
  const range = dayRange(candidate);
  // A few days of slack: "on September 30" in a paper dated 29 Sept is a forecast, not last year.
  if (!ahead && range && range[0] > ref + 7) candidate.year = refYear - 1;
  if (ahead && range && range[1] < ref - 7) candidate.year = refYear + 1;
  return candidate;
}

/** The days since the last Monday (0 on a Monday). */
export const mondayOffset = (day: number): number => (weekdayOfDay(day) + 6) % 7;

/**
 * The week `offset` weeks from the one of day `ref` ("last week" is -1), as its days (this week's end at
 * `ref`) with the year, and the month, the whole week lies in: what a date of a month may be compared with.
 */
export function weekOf(offset: number, ref: number): PartialDate {
  const low = ref - mondayOffset(ref) + 7 * offset;
  return daysOf(low, Math.min(low + 6, ref));
}

/** Epoch days `low` to `high` as a date: their days, with the year, and the month, they all lie in. */
function daysOf(low: number, high: number): PartialDate {
  const [y1, m1] = isoOfDay(low).split('-').map(Number) as [number, number];
  const [y2, m2] = isoOfDay(high).split('-').map(Number) as [number, number];
  return { ...(y1 === y2 ? { year: y1 } : {}), ...(y1 === y2 && m1 === m2 ? { month: m1 } : {}), days: [low, high] };
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "30 Sept 2023" for an epoch day: short, unambiguous in every locale. */
export function humanDay(day: number): string {
  const iso = isoOfDay(day);
  return `${Number(iso.slice(8, 10))} ${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** A partial date as ISO 8601 text: "2024-01-01", "2023-06", "1994", or "--06" for a month of unknown year. */
export function isoOfPartial(date: PartialDate): string {
  const mm = date.month !== undefined ? String(date.month).padStart(2, '0') : '';
  const dd = date.day !== undefined ? String(date.day).padStart(2, '0') : '';
  if (date.year === undefined) return mm ? `--${mm}${dd ? `-${dd}` : ''}` : '';
  if (date.through !== undefined && !mm) return `${date.year}/${date.through}`;
  return [String(date.year), mm, mm && dd ? dd : ''].filter(Boolean).join('-');
}

/** A partial date in words: "1 Jan 2024", "Dec 2022", "1994", "June". */
export function humanPartial(date: PartialDate): string {
  const parts: string[] = [];
  if (date.day !== undefined) parts.push(String(date.day));
  if (date.month !== undefined) parts.push(SHORT_MONTHS[date.month - 1]!);
  if (date.year !== undefined) parts.push(date.through !== undefined && date.month === undefined ? `${date.year}–${date.through}` : String(date.year));
  return parts.join(' ');
}
