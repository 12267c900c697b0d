import { dayRange, monthIn, type PartialDate } from './calendar';
import { en } from './lexicon/en';
import { LEXICONS, UNIT_FACTORS, vocabularyFor, type UnitValue, type Vocabulary } from './lexicon/index';
import { parseDigits, type Locale } from './locale';
import { tokenize, type Token } from './tokens';
import type { MonthPart } from './lexicon/shape';

/** What a figure is measured in. Distances are kilometres and durations days, so units compare. */
export type Unit = 'count' | 'percent' | 'km' | 'days' | 'date' | 'money';

/** How the text hedges a figure: "more than" is `gt`, "about" `approx`, "between … and …" `range`. */
export type Qualifier = 'exact' | 'only' | 'gt' | 'ge' | 'almost' | 'approx' | 'le' | 'lt' | 'range';

/** A figure found in text: a value with its qualifier, unit and exact span. */
export interface Figure {
  start: number;
  end: number;
  raw: string;
  /** The stated value (the midpoint for ranges); for dates, the first epoch day it can mean. */
  value: number;
  /** What the text asserts: "more than 100,000" is [100000, Infinity]. */
  low: number;
  high: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Words such as "hundreds" or "tens of thousands": an order of magnitude, not a count. */
  vague: boolean;
  /** Half the step the value is rounded to, in the unit: "78,300" ±50, "three days" ±0.5 day. */
  tolerance: number;
  /** For dates: the parts the text gives. */
  date?: PartialDate;
  /** "three decades ago": a time elapsed until the page's day. */
  ago?: boolean;
  /** Written before a noun as one word: "six-week war", "44-day", "80-kilometre". */
  attributive?: boolean;
  /**
   * Whole days written before the noun of an event ("a two-day offensive", "zweitägige Operation"): the calendar
   * days it took in (19 and 20 September), so it lasted more than two days less and at most that many.
   */
  calendarDays?: boolean;
  /** A share written as two numbers ("nine in ten", "восемь из десяти"): the share of whatever its clause says. */
  ratio?: boolean;
  /** "most of", "la maggior parte" (lexicon `mostShares`): more than half, up to the whole. */
  most?: boolean;
  /** "the next day", "на следующий день", "le lendemain": one day after a time said before, which places what follows. */
  later?: boolean;
  /** "decades", "Jahrzehnten": a span written with no number at all. */
  unnumbered?: boolean;
  /** Token index range [first, last + 1) the figure covers, in the tokens it was parsed from. */
  tokens: [number, number];
}

const ONES: Record<string, number> = Object.fromEntries(Object.entries(en.numberWords).filter(([, n]) => n < 20));
const TENS: Record<string, number> = Object.fromEntries(Object.entries(en.numberWords).filter(([, n]) => n >= 20));
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

type UnitHit = { unit: Unit | 'age'; factor: number; step: number; end: number; ago?: boolean };
const AGE: UnitHit = { unit: 'age', factor: 1, step: 1, end: 0 };

const CURRENCY_SIGNS = new Set(['$', '€', '£', '₼', '֏', '₽']);

/**
 * Finds every figure in a text: counts, shares, distances, durations, dates and amounts,
 * each as an interval with its qualifier and exact UTF-16 span. `locale` decides how digit
 * separators read ("85.000" is 85,000 in Italian).
 */
export function extractFigures(text: string, locale: Locale, tokens: Token[] = tokenize(text)): Figure[] {
  const figures: Figure[] = [];
  const v = vocabularyFor(locale);
  const openers = openersOf(v);
  let i = 0;
  while (i < tokens.length) {
    const figure = parseFigureAt(text, tokens, i, locale, v, openers);
    if (figure) {
      figures.push(figure);
      i = figure.tokens[1];
    } else {
      i++;
    }
  }
  return dropConversions(text, figures);
}

// Words that can begin a figure (number words, shares, orders of magnitude); with month names,
// the only words worth parsing further. Everything else is dismissed with one look-up.
const STARTERS = new WeakMap<Vocabulary, Set<string>>();
function startersOf(v: Vocabulary): Set<string> {
  let set = STARTERS.get(v);
  if (!set) {
    set = new Set<string>([...Object.keys(ONES), ...Object.keys(TENS), ...v.numberWords.keys(), 'a', 'an', ...v.vague.firstWords(), ...v.fractions.firstWords(), ...v.allShares.firstWords(), ...v.mostShares.firstWords(), ...v.months.keys(), ...v.relativeYears.firstWords(), ...v.relativeMonths.firstWords(), ...v.relativeWeekPhrases.firstWords(), ...v.monthPartsBefore.firstWords(), ...v.decadesBefore.firstWords(), ...v.vagueSpans.firstWords(), ...v.spanArticles, ...v.spanArticlesOnlyAfter.keys()]);
    STARTERS.set(v, set);
  }
  return set;
}

// What a word may open, in one look-up per word: a figure (the starters above), "the next day" (`nextDay`), a bare
// "decades" (`decadesBare`), a weekday's date (`weekdayDates`: the words before a weekday, and the weekdays
// themselves where a language marks the day after the name). Most words open nothing and cost that one look-up.
const OPENS_FIGURE = 1;
const OPENS_NEXT_DAY = 2;
const OPENS_DECADES = 4;
const OPENS_WEEKDAY = 8;
const OPENERS = new WeakMap<Vocabulary, Map<string, number>>();
function openersOf(v: Vocabulary): Map<string, number> {
  let map = OPENERS.get(v);
  if (!map) {
    const table = new Map<string, number>();
    const add = (words: Iterable<string>, flag: number) => {
      for (const w of words) table.set(w, (table.get(w) ?? 0) | flag);
    };
    add(startersOf(v), OPENS_FIGURE);
    add(v.nextDay.firstWords(), OPENS_NEXT_DAY);
    add(v.decadesBare.firstWords(), OPENS_DECADES);
    add(v.weekdayDates.before.firstWords(), OPENS_WEEKDAY);
    if (v.weekdayDates.afterOnly.length > 0) add(v.weekdays.keys(), OPENS_WEEKDAY);
    map = table;
    OPENERS.set(v, map);
  }
  return map;
}

function parseFigureAt(text: string, tokens: Token[], i: number, locale: Locale, v: Vocabulary, openers: Map<string, number>): Figure | null {
  const t = tokens[i]!;
  if (t.kind === 'punct' && !CURRENCY_SIGNS.has(t.text)) return null;
  if (t.kind === 'word') {
    const opens = openers.get(t.lower) ?? 0;
    const next = (opens & OPENS_NEXT_DAY ? nextDay(text, tokens, i, v) : null) ?? (opens & OPENS_DECADES ? bareDecades(text, tokens, i, v) : null) ?? (opens & OPENS_WEEKDAY ? weekdayDate(text, tokens, i, v) : null);
    if (next) return next;
    if (!(opens & OPENS_FIGURE)) return compoundDuration(text, tokens, i, v);
  }
  const date = parseDate(text, tokens, i, v);
  if (date) return date;
  const currency = CURRENCY_SIGNS.has(t.text) ? 1 : 0;
  const read = (currency ? null : spanQuantity(text, tokens, i, v)) ?? parseQuantity(text, tokens, i + currency, locale, v);
  if (!read) return null;
  // "two and a half years", "два с половиной года": a half joined right after the number.
  const halfAfter = !read.fraction && !read.vague ? v.halvesAfterNumber.matchAt(tokens, read.end) : null;
  // "nine in ten", "девять из десяти": two numbers that make one share.
  const ratio = !halfAfter && !read.fraction && !read.vague ? ratioShare(text, tokens, read, locale, v) : null;
  const q1 = ratio ?? (halfAfter ? plusHalf(read, halfAfter.end) : read);
  let first = q1;
  let last = q1;
  let qualifier: Qualifier = 'exact';
  let startIdx = i;
  // Ranges: "between 50 and 1,000", "50–1,000", "from 2 to 3 days", "two or three".
  const link = tokens[q1.end];
  if (link && !halfAfter && v.rangeLinks.has(link.lower) && !q1.fraction) {
    const q2 = parseQuantity(text, tokens, q1.end + 1, locale, v);
    const opener = tokens[i - 1]?.lower ?? '';
    const dash = link.kind === 'punct';
    const needsOpener = ['and', 'et', 'und', 'e', 'y', 'и', 'i'].includes(link.lower);
    if (q2 && !q2.fraction && (!needsOpener || v.rangeOpeners.has(opener)) && (!dash || (q1.digits && q2.digits))) {
      let low = q1.value;
      if (q2.scale > 1 && q1.scale === 1 && low * q2.scale <= q2.value) low *= q2.scale; // "between 1 and 2 million"
      if (q2.value > low && !(dash && isYearLike(q1) && isYearLike(q2))) {
        first = { ...q1, value: low, low, high: low };
        last = q2;
        qualifier = 'range';
        if (v.rangeOpeners.has(opener)) startIdx = i - 1;
      }
    }
  }
  let end = last.end;
  // The unit after the (last) number; after an approximate number, maybe behind the language's "of"
  // ("una ventina di giorni", "une dizaine de jours"): those count days, not people. Only that word
  // links: "thousands a day", "des milliers par jour" are rates, not durations.
  // And "7 millions de dollars", "7 milioni di euro": a sum behind that "of" is money, whatever the count before it.
  const linked = tokens[end]?.kind === 'word' && v.unitLinks.has(tokens[end]!.lower) ? parseUnit(text, tokens, end + 1, v) : null;
  const unit = parseUnit(text, tokens, end, v) ?? (linked && linked.unit !== 'age' && (first.vague || linked.unit === 'money') ? linked : null);
  if (unit === AGE) return null; // "a 30-year-old man" is nobody's count
  // "yüzde 80", "%80": per cent written before its number (lexicon `percentBefore`); a sign must touch the number.
  const sign = tokens[i - 1];
  const percentFirst = !unit && !currency && !first.fraction && sign !== undefined && v.percentBefore.has(sign.lower) && (sign.kind === 'word' || sign.end === t.start);
  if (percentFirst && qualifier !== 'range') startIdx = i - 1;
  let kind: Unit = currency ? 'money' : first.fraction || percentFirst ? 'percent' : 'count';
  let factor = 1;
  let step = 0;
  let attributive = false;
  let ago = false;
  if (unit && unit.unit !== 'age' && !first.fraction) {
    kind = unit.unit as Unit;
    factor = unit.factor;
    step = unit.step;
    attributive = joinsCompound(tokens, end);
    end = unit.end;
    ago = !!unit.ago;
    // "dos años y medio", "deux ans et demi": a half joined after the unit.
    const half = qualifier !== 'range' && !halfAfter && !first.vague && !ago ? v.halvesAfterUnit.matchAt(tokens, end) : null;
    if (half) {
      first = last = plusHalf(first, half.end);
      end = half.end;
      if (unit.unit === 'days' && tokens[end]?.lower === 'ago') [ago, end] = [true, end + 1]; // "two years and a half ago", as parseUnit reads "ago"
    }
  }
  // "die 20.000-Einwohner-Stadt": a number inside a hyphenated compound sizes a place; it counts nobody.
  if (kind === 'count' && isCompoundModifier(tokens, end)) return null;
  // "one" and "a" alone are articles and pronouns, not figures; they count only with a unit.
  if (first.weak && !unit && !casualtyNounFollows(tokens[end], v)) return null;
  // A bare year-like number with no unit is a year used as a name ("the 2020 war"), not a count.
  if (kind === 'count' && qualifier !== 'range' && isYearLike(first) && !countedNounFollows(tokens, end) && !countedThing(tokens[end], v)) return null;
  // Qualifier before: "more than", "almost", "at least"...
  // "oltre il 70%", "casi el 90%": an article may stand between the qualifier and its number (lexicon `qualifierArticles`).
  const article = startIdx > 0 && v.qualifierArticles.has(tokens[startIdx - 1]!.lower.replace(/['’]$/, ''));
  const before = v.qualifiers.matchBefore(tokens, startIdx) ?? (article ? v.qualifiers.matchBefore(tokens, startIdx - 1) : null);
  // "выросло до 47 115", "gestegen tot 100.417": after a verb of rising, "up to" only says "to"; the value is exact.
  const risenTo = before?.value === 'le' && v.risesToBefore.test(text.slice(Math.max(0, tokens[before.start]!.start - RISE_VERB_REACH), tokens[before.start]!.start));
  if (qualifier !== 'range' && before && !risenTo) {
    qualifier = before.value;
    startIdx = before.start;
  }
  // Qualifier after: "or more", "-plus", "or so".
  const after = tokens[end];
  if (qualifier === 'exact' && after) {
    // "100 000-ից ավելի", "100.000'den fazla", "100 000-dən çox": where the language puts its case on the number,
    // the hedge follows the case ending glued to it.
    const direct = v.qualifiersAfter.matchAt(tokens, end);
    const glued = !direct && v.verbFinal && kind === 'count' ? v.qualifiersAfter.matchAt(tokens, suffixEnd(tokens, end)) : null;
    const hedge = direct ?? glued ?? plusSign(tokens, end);
    // The unit then follows the hedge ("100 000-ից ավելի դոլար", "60-ից ավելի տարեկան", review 19 H3): money, an
    // age or another unit is no count of people, as the unit right after the number would have said.
    if (glued && (parseUnit(text, tokens, glued.end, v) || CURRENCY_SIGNS.has(tokens[glued.end]?.text ?? ''))) return null;
    if (hedge) {
      qualifier = hedge.value;
      end = hedge.end;
    }
  }
  const value = qualifier === 'range' ? (first.value + last.value) / 2 : first.value;
  const stepTolerance = step ? (step * factor) / 2 : (first.precision * factor) / 2;
  const tolerance = kind === 'count' || kind === 'money' ? Math.min(stepTolerance, 0.05 * value * factor) : stepTolerance;
  // "almost the entire population", "quase toda a população": writers say it of four in five and up (RFI beside
  // 100,417 of ~120,000, 84%); a vague share that allows those, never one stated to the point.
  const almostAll = first.fraction && qualifier === 'almost' && first.value === WHOLE;
  const [low, high] = almostAll ? [WHOLE * ALMOST_ALL_SHARE, WHOLE] : logicalBounds(qualifier, first.low * factor, last.high * factor, value * factor, first.vague);
  const back = kind === 'days' ? spanAgo(text, tokens, startIdx, end, factor, first, last, ago, v) : null;
  if (back) return back;
  const startTok = tokens[startIdx]!;
  const endTok = tokens[end - 1]!;
  return {
    start: startTok.start,
    end: endTok.end,
    raw: text.slice(startTok.start, endTok.end),
    value: value * factor,
    low,
    high: kind === 'percent' ? Math.min(high, 100) : high,
    unit: kind,
    qualifier: first.vague && qualifier === 'exact' ? 'range' : qualifier,
    vague: first.vague || almostAll,
    tolerance,
    ...(attributive ? { attributive } : {}),
    ...(attributive && countsCalendarDays(kind, factor, value, qualifier, first.vague) ? { calendarDays: true } : {}),
    ...(ago ? { ago } : {}),
    ...(ratio ? { ratio: true } : {}),
    ...(first.most ? { most: true } : {}),
    tokens: [startIdx, end],
  };
}

/**
 * A span back from the page's day shorter than this (ten years) names a time, not a length: "three years ago"
 * reaches back at most to the 2020 war from a page about the events (as AGO_DATES_MAX_DAYS in measures.ts);
 * "three decades ago", when the region broke away, stays the span the reports give.
 */
const AGO_DATE_MAX_DAYS = 3653;
/** The most weeks ago read as a day: further back, a count of weeks ago names no day a reader would check. */
const AGO_WEEKS_MAX = 2;
/** How far (in characters) from its span the word for "ago" is looked for ("hace exactamente", "bundan əvvəl"). */
const AGO_WORD_REACH = 24;

/**
 * "three years ago", "há três anos", "İki il əvvəl", "a month ago": a span of whole years or months with the
 * lexicon's "ago" (English reads it with the unit) as the date it reaches back to, counted from the page's year
 * or month. Null for any other span.
 */
function spanAgo(text: string, tokens: Token[], startIdx: number, end: number, factor: number, first: Quantity, last: Quantity, ago: boolean, v: Vocabulary): Figure | null {
  const high = last.high * factor;
  if (factor < 1 || high >= AGO_DATE_MAX_DAYS) return null;
  let start = tokens[startIdx]!.start;
  let endIdx = end;
  if (!ago && !v.agoBefore.test(text.slice(Math.max(0, start - AGO_WORD_REACH), start))) {
    const from = tokens[end - 1]!.end;
    const word = v.agoAfter.exec(text.slice(from, from + AGO_WORD_REACH));
    // "tədbirlərindən 3 gün öncə": after an ablative the span counts back from that noun's time, not the page's.
    if (!word || v.agoFromBefore.test(text.slice(Math.max(0, start - AGO_WORD_REACH), start))) return null;
    while (tokens[endIdx] && tokens[endIdx]!.end <= from + word[0].length) endIdx++;
  }
  // Days ago, and vague spans, are left unread: "əsgər 5 gün öncə evə qayıdıb" (returned home five days ago) dates the
  // soldier's return, and a run of days near a noun of the offensive would read as its start. A week or two ago ("vor
  // einer Woche", "il y a une semaine", "a week ago") is a day, as "last week" is a week: the measures decide what it dates.
  const whole = first === last && !first.vague && Number.isInteger(first.value);
  const weeks = factor === UNIT_FACTORS.weeks[1] && first.value <= AGO_WEEKS_MAX;
  if (!whole || (factor !== UNIT_FACTORS.years[1] && factor !== UNIT_FACTORS.months[1] && !weeks)) return null;
  const date: PartialDate = factor === UNIT_FACTORS.years[1] ? { yearOffset: -first.value } : weeks ? { dayOffset: -first.value * factor } : { monthOffset: -first.value };
  const endTok = tokens[endIdx - 1]!;
  // A day reached back to is highlighted with its word for "ago" before it ("Vor einer Woche", "Il y a une semaine").
  const lead = weeks ? v.agoBefore.exec(text.slice(Math.max(0, start - AGO_WORD_REACH), start)) : null;
  let firstIdx = startIdx;
  if (lead) {
    start = Math.max(0, start - AGO_WORD_REACH) + lead.index + (/^\s/u.test(lead[0]) ? 1 : 0);
    while (firstIdx > 0 && tokens[firstIdx - 1]!.start >= start) firstIdx--;
  }
  return { start, end: endTok.end, raw: text.slice(start, endTok.end), value: NaN, low: NaN, high: NaN, unit: 'date', qualifier: 'exact', vague: false, tolerance: 0, date, tokens: [firstIdx, endIdx] };
}

/**
 * "the next day", "на следующий день", "am nächsten Tag", "le lendemain", "al día siguiente" (lexicon `nextDay`):
 * a span of one day after a time said before, read as "a day later" is, with its placing word built in.
 */
function nextDay(text: string, tokens: Token[], i: number, v: Vocabulary): Figure | null {
  const hit = v.nextDay.matchAt(tokens, i);
  if (!hit) return null;
  const first = tokens[i]!;
  const last = tokens[hit.end - 1]!;
  return { start: first.start, end: last.end, raw: text.slice(first.start, last.end), value: 1, low: 1, high: 1, unit: 'days', qualifier: 'exact', vague: false, tolerance: 0.5, later: true, tokens: [i, hit.end] };
}

/**
 * "on Tuesday", "last Wednesday", "am Donnerstag", "na quinta-feira", "el martes pasado", "Salı günü" (lexicon
 * `weekdayDates`): a weekday named as the day something happened, with the words the lexicon puts before or after it;
 * a date the page's day resolves (calendar `withYear`). A weekday that is also an ordinal when written short (pt
 * "segunda", "quarta") is read only with its "-feira".
 */
function weekdayDate(text: string, tokens: Token[], i: number, v: Vocabulary): Figure | null {
  const hit = v.weekdayDates.before.matchAt(tokens, i);
  const [from, ways] = hit ? [hit.end, hit.value] : [i, v.weekdayDates.afterOnly];
  if (ways.length === 0) return null;
  const name = weekdayNameAt(tokens, from, v);
  if (!name) return null;
  for (const way of ways) {
    if (!way.after.every((w, n) => tokens[name.end + n]?.lower === w)) continue;
    // A bare weekday is no date: the words before or after it make it one.
    if (!hit && way.after.length === 0) continue;
    const end = name.end + way.after.length;
    // "nesta quarta-feira (20)", "na terça-feira (19/09)": a dateline in brackets gives the day; the weekday is its label.
    if (tokens[end]?.text === '(') return null;
    // "во вторник, 19 сентября", "on Tuesday, Sept. 19", "am Dienstag, 19. September": so is a day and month right
    // after it, the one date written twice; it is read (and highlighted) once, as that date.
    if (dayAndMonthAt(text, tokens, tokens[end]?.text === ',' ? end + 1 : end, v)) return null;
    // "since Sunday", "depuis dimanche", "seit Sonntag": the word of "since" opens a period from the day and stays
    // outside the date, as it does before a day of the month (lexicon `since`, read by the measure rules).
    const first = hit && v.sinceBefore.test(text.slice(tokens[i]!.start, tokens[from]!.start)) ? tokens[from]! : tokens[i]!;
    // "no domingo, 24.": a day of the month after the comma that ends its phrase is the same day written twice;
    // it is part of the date, never a count.
    // (What follows the number ends the phrase: "24%", "24 (incluindo 5 crianças) morreram" are counts.)
    const closing = tokens[end + 2];
    const dayAfter = tokens[end]?.text === ',' && tokens[end + 1]?.kind === 'number' && /^(?:[1-9]|[12]\d|3[01])$/u.test(tokens[end + 1]!.text) && (closing === undefined || /^[.;,!?]$/u.test(closing.text));
    const last = tokens[dayAfter ? end + 1 : end - 1]!;
    const date: PartialDate = { weekday: name.weekday, ...(way.offset < 0 ? { weekdayBefore: true } : {}) };
    return { start: first.start, end: last.end, raw: text.slice(first.start, last.end), value: NaN, low: NaN, high: NaN, unit: 'date', qualifier: 'exact', vague: false, tolerance: 0, date, tokens: [i, dayAfter ? end + 2 : end] };
  }
  return null;
}

// True when a date with its day and month starts at token j.
function dayAndMonthAt(text: string, tokens: Token[], j: number, v: Vocabulary): boolean {
  if (j >= tokens.length) return false;
  const date = parseDate(text, tokens, j, v)?.date;
  return date?.day !== undefined && date.month !== undefined;
}

/** The weekday named at token j, in one word or two ("çərşənbə axşamı"), or with its "-feira"; null when none. */
function weekdayNameAt(tokens: Token[], j: number, v: Vocabulary): { weekday: number; end: number } | null {
  const name = tokens[j];
  if (name?.kind !== 'word') return null;
  // Asked at most words: one look-up first (the first word of a two-word name is a weekday's name too).
  const weekday = v.weekdays.get(name.lower);
  if (weekday === undefined) return null;
  const next = tokens[j + 1];
  const two = next?.kind === 'word' ? v.weekdays.get(`${name.lower} ${next.lower}`) : undefined;
  if (two !== undefined) return { weekday: two, end: j + 2 };
  const feira = tokens[j + 2];
  const long = next?.text === '-' && next.start === name.end && feira?.start === next.end && feira.kind === 'word' ? `${name.lower}-${feira.lower}` : '';
  if (long && v.weekdays.get(long) === weekday) return { weekday, end: j + 3 };
  if (v.weekdayShortForms.has(name.lower)) return null;
  return { weekday, end: j + 1 };
}

/** Days in a year, for the decades a bare "decades" spans. */
const DAYS_PER_YEAR = 365.25;
/** "decades" with no number: two decades at least, and fewer than ten (a century is written as one). */
const BARE_DECADES: [number, number] = [2, 9];

/**
 * "for decades", "há décadas", "los decenios de conflicto", "seit Jahrzehnten" (lexicon `decadesBare`): the plural of
 * "decade" with no number is a vague span of two to nine decades, as "several decades" is.
 */
function bareDecades(text: string, tokens: Token[], i: number, v: Vocabulary): Figure | null {
  const hit = v.decadesBare.matchAt(tokens, i);
  if (!hit) return null;
  // "three decades", "две десятилетия": a number before it makes it the unit of that figure, read there.
  // Not "einen jahrzehntelangen Konflikt": a one before a plural is its article.
  const prev = tokens[i - 1];
  const one = prev !== undefined && (ONES[prev.lower] === 1 || v.numberWords.get(prev.lower) === 1);
  if (prev && !one && (prev.kind === 'number' || prev.lower in ONES || prev.lower in TENS || v.numberWords.has(prev.lower) || v.vague.matchBefore(tokens, i) || v.vagueSpans.matchBefore(tokens, i))) return null;
  const first = tokens[i]!;
  const last = tokens[hit.end - 1]!;
  const [low, high] = BARE_DECADES.map((n) => n * 10 * DAYS_PER_YEAR) as [number, number];
  return { start: first.start, end: last.end, raw: text.slice(first.start, last.end), value: Math.sqrt(low * high), low, high, unit: 'days', qualifier: 'range', vague: true, tolerance: low / 2, unnumbered: true, tokens: [i, hit.end] };
}

// A number word and a unit written as one word: Czech "šestitýdenní", Azerbaijani "birgünlük",
// German "dreitägigen". Only the text's own language (English hyphenates: "six-week").
interface CompoundReader {
  re: RegExp;
  units: Map<string, UnitValue>;
}
const COMPOUNDS = new WeakMap<Vocabulary, CompoundReader | null>();
function compoundReader(v: Vocabulary): CompoundReader | null {
  // Asked for every long word that starts no figure: one look-up (a vocabulary without a reader keeps null).
  const known = COMPOUNDS.get(v);
  if (known !== undefined) return known;
  const units = new Map<string, UnitValue>();
  for (const code of v.languages.filter((c) => c !== 'en')) {
    for (const [kind, words] of Object.entries(LEXICONS[code].units)) {
      const value = UNIT_FACTORS[kind as keyof typeof UNIT_FACTORS];
      if (value[0] === 'days') for (const w of words) if (!w.includes(' ')) units.set(w.toLowerCase(), value);
    }
  }
  const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // Tens and a unit may make the number ("сорокачетырёхдневной", "czterdziestoczterodniowej"), or a unit,
  // a joining word and tens ("čtyřiačtyřicetidenní", "vierundvierzigtägigen"): a second number word may follow the first.
  const numbers = alt(v.numberWords.keys());
  const joins = v.languages.flatMap((c) => LEXICONS[c].numberJoins ?? []);
  const second = `(?:${joins.length ? `(?:${alt(joins)})?` : ''}(${numbers}))?`;
  const reader = v.numberWords.size && units.size ? { re: new RegExp(`^(${numbers})${second}(${alt(units.keys())})$`, 'u'), units } : null;
  COMPOUNDS.set(v, reader);
  return reader;
}

function compoundDuration(text: string, tokens: Token[], i: number, v: Vocabulary): Figure | null {
  const t = tokens[i]!;
  if (t.text.length < 6) return null;
  const reader = compoundReader(v);
  const m = reader?.re.exec(t.lower);
  if (!reader || !m) return null;
  const first = v.numberWords.get(m[1]!)!;
  const other = m[2] ? v.numberWords.get(m[2])! : 0;
  // Two number words make one number only as tens and units, in either order: 40 + 4, 4 + 40.
  const tens = (n: number) => n >= 20 && n < 100 && n % 10 === 0;
  if (m[2] && !((tens(first) && other < 10) || (tens(other) && first < 10))) return null;
  const count = first + other;
  const [, factor] = reader.units.get(m[3]!)!;
  const value = count * factor;
  return {
    start: t.start,
    end: t.end,
    raw: t.text,
    value,
    low: value,
    high: value,
    unit: 'days',
    qualifier: 'exact',
    vague: false,
    tolerance: factor / 2,
    attributive: true,
    ...(countsCalendarDays('days', factor, count, 'exact', false) ? { calendarDays: true } : {}),
    tokens: [i, i + 1],
  };
}

// "a two-day offensive" counts calendar days; "a one-day offensive" is a day whichever way it is counted, and
// "a six-week war" is said in weeks, rounded as weeks are.
function countsCalendarDays(kind: Unit, factor: number, value: number, qualifier: Qualifier, vague: boolean): boolean {
  return kind === 'days' && factor === 1 && qualifier === 'exact' && !vague && Number.isInteger(value) && value >= 2;
}

/** How many characters before an "up to" word a verb of rising is looked for: one verb and its auxiliary. */
const RISE_VERB_REACH = 40;

/** The interval a qualifier asserts around a value. */
/** The whole population as a share (100%). */
const WHOLE = 100;
/** Half the whole: the least "most" says. */
const HALF_SHARE = 50;
/** How far "almost" reaches below the whole: "almost all" is said of a share of four in five and up. */
const ALMOST_ALL_SHARE = 0.8;

function logicalBounds(q: Qualifier, low: number, high: number, value: number, vague: boolean): [number, number] {
  if (vague || q === 'range') return [low, high];
  switch (q) {
    case 'gt':
    case 'ge':
      return [value, Infinity];
    case 'almost':
      return [value * 0.8, value];
    case 'approx':
      return [value * 0.9, value * 1.1];
    case 'le':
    case 'lt':
      return [0, value];
    default:
      return [value, value];
  }
}

interface Quantity {
  value: number;
  low: number;
  high: number;
  end: number;
  precision: number;
  scale: number;
  digits: boolean;
  vague: boolean;
  weak: boolean;
  fraction: boolean;
  raw: string;
  /** Read from a word for most of a whole (lexicon `mostShares`). */
  most?: boolean;
}

function isCompoundModifier(tokens: Token[], i: number): boolean {
  const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return !!(a && b && c && a.text === '-' && a.start === tokens[i - 1]?.end && b.kind === 'word' && b.start === a.end && c.text === '-' && c.start === b.end);
}

function isYearLike(q: Quantity): boolean {
  return q.digits && q.scale === 1 && /^\d{4}$/.test(q.raw) && q.value >= 1800 && q.value <= 2100;
}

const COUNTED_NOUNS = /^(people|persons|refugees|residents|inhabitants|civilians|children|vehicles|cars|troops|soldiers|families|armenians|dead|killed|injured|wounded|homes|houses|buses)$/;
function countedNounFollows(tokens: Token[], i: number): boolean {
  return COUNTED_NOUNS.test(tokens[i]?.lower ?? '');
}

/** Reads a number at token i: digits with scale, number words, orders of magnitude or fractions. */
function parseQuantity(text: string, tokens: Token[], i: number, locale: Locale, v: Vocabulary): Quantity | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') return parseDigitQuantity(text, tokens, i, locale, v);
  if (t.kind !== 'word') return null;
  const vague = v.vague.matchAt(tokens, i);
  if (vague) {
    let [low, high] = vague.value;
    let end = vague.end;
    // "сотни тысяч", "des centaines de milliers", "centinaia di migliaia": hundreds of an order of magnitude.
    const order = high < ORDER_BASE ? orderAfter(tokens, end, v) : null;
    if (order) [low, high, end] = [low * order.factor, high * order.factor, order.end];
    return { value: Math.sqrt(low * high), low, high, end, precision: low, scale: 1, digits: false, vague: true, weak: false, fraction: false, raw: '' };
  }
  const fraction = v.fractions.matchAt(tokens, i);
  if (fraction && !isPartOfWord(text, tokens, i, fraction.end, v)) {
    const share = fraction.value;
    return { value: share, low: share, high: share, end: fraction.end, precision: 1, scale: 1, digits: false, vague: false, weak: false, fraction: true, raw: '' };
  }
  // "most of", "la maggior parte", "a maioria", "большинство" (lexicon `mostShares`): more than half, up to the whole.
  const most = v.mostShares.matchAt(tokens, i);
  if (most && !isPartOfWord(text, tokens, i, most.end, v)) {
    return { value: (HALF_SHARE + WHOLE) / 2, low: HALF_SHARE, high: WHOLE, end: most.end, precision: 1, scale: 1, digits: false, vague: true, weak: false, fraction: true, raw: '', most: true };
  }
  // "almost all", "nahezu alle", "почти все": the whole, hedged; "all" alone is no figure.
  const all = v.allShares.matchAt(tokens, i);
  if (all && v.qualifiers.matchBefore(tokens, i)?.value === 'almost') {
    return { value: WHOLE, low: WHOLE, high: WHOLE, end: all.end, precision: 1, scale: 1, digits: false, vague: false, weak: false, fraction: true, raw: '' };
  }
  return parseWordQuantity(tokens, i, v);
}

/**
 * A quantity that only a unit of time after it makes one: "a few days", "diversi giorni", "kilka
 * miesięcy" (lexicon `vagueSpans`), and an article standing for one ("lasted a day", "after a week";
 * lexicon `spanArticles`), unless a number or a word of rate or part just before makes it a rate or a
 * part ("3,000 people a day", "twice a week", "half a day").
 */
const RATE_LOOKBACK = 4;
/** How far after a span the word that places it in time is looked for (one short word may stand between). */
const PLACING_LOOKAHEAD = 16;
/** True when a unit word is a longer form of another unit word of the lexicons (a plural: "months" of "month"). */
function inflectedUnit(word: string, v: Vocabulary): boolean {
  for (let cut = 1; cut <= INFLECTION_MAX && cut < word.length; cut++) {
    const stem = word.slice(0, -cut);
    if (v.units.matchAt([{ kind: 'word', text: stem, lower: stem, start: 0, end: stem.length }], 0)) return true;
  }
  return false;
}
/** The most letters an inflection adds to a unit word ("-s", "-es"). */
const INFLECTION_MAX = 2;

function spanQuantity(text: string, tokens: Token[], i: number, v: Vocabulary): Quantity | null {
  const vague = v.vagueSpans.matchAt(tokens, i);
  const lower = tokens[i]!.lower;
  // "innerhalb eines Tages": an article read only after its own words, whose unit is then in its case ("Tages").
  const governed = !vague && !!v.spanArticlesOnlyAfter.get(lower)?.has(tokens[i - 1]?.lower ?? '');
  const article = !vague && (v.spanArticles.has(lower) || governed);
  // "un solo giorno", "a single day", "einen einzigen Tag" (lexicon `spanSingles`): "one" and "single" before a unit of time.
  const single = !vague && (article || v.numberWords.get(lower) === 1 || ONES[lower] === 1) && v.spanSingles.has(tokens[i + 1]?.lower ?? '');
  if (!vague && !article && !single) return null;
  const end = vague ? vague.end : single ? i + 2 : i + 1;
  const unit = v.units.matchAt(tokens, end);
  if (!unit || unit.value[0] !== 'days') return null;
  // "after a months-long blockade": an article before a longer form of a unit word ("months" beside "month") is
  // the article of the noun the span describes, not one of the unit.
  if (article && !governed && inflectedUnit(tokens[end]!.lower, v)) return null;
  if (vague) {
    // "quelques jours seulement après la reddition", "poucos dias após", "a few months later": a vague
    // distance from another event places it, loosely; it gives no length and no day to check.
    const after = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k - 1]!.end + PLACING_LOOKAHEAD);
    if (v.spanPlacesInTime.test(after(unit.end)) || (tokens[unit.end]?.kind === 'word' && v.spanPlacesInTime.test(after(unit.end + 1)))) return null;
    const [low, high] = vague.value;
    return { value: Math.sqrt(low * high), low, high, end, precision: low, scale: 1, digits: false, vague: true, weak: false, fraction: false, raw: '' };
  }
  if (v.spanArticlesNotAfter.has(tokens[i - 1]?.lower ?? '')) return null;
  for (let k = i - 1; k >= Math.max(0, i - RATE_LOOKBACK); k--) {
    const w = tokens[k]!;
    // "paid 50,000 drams ($125) a month": a bracket closing a sum's conversion still leaves the sum a rate's.
    if (w.kind === 'punct' && w.text !== ')') break;
    if (w.kind === 'number' || w.lower in ONES || w.lower in TENS || v.numberWords.has(w.lower) || v.vague.matchAt(tokens, k)) return null;
  }
  return wordQuantity(1, end, 1);
}

/**
 * The wholes a ratio of people is written over: "nine in ten", "eight out of 10", "99 из 100". A larger
 * whole is a part of a count ("100,417 out of 120,000"), read by the measures as such.
 */
const RATIO_WHOLES = new Set([10, 100]);

/**
 * "nine in ten", "neun von zehn", "девять из десяти", "nueve de cada diez" (lexicon `ratioLinks`): a number, the
 * ratio's link and a whole of RATIO_WHOLES make one share, rounded to a step of the whole (nine in ten: 90% ±5).
 * Not before a unit ("one in 10 days") or when the part is no smaller than the whole.
 */
function ratioShare(text: string, tokens: Token[], q: Quantity, locale: Locale, v: Vocabulary): Quantity | null {
  if (q.scale !== 1 || !Number.isInteger(q.value) || q.value < 1) return null;
  const link = v.ratioLinks.matchAt(tokens, q.end);
  if (!link) return null;
  const whole = parseQuantity(text, tokens, link.end, locale, v);
  if (!whole || whole.vague || whole.fraction || whole.scale !== 1 || !RATIO_WHOLES.has(whole.value) || q.value >= whole.value) return null;
  if (v.units.matchAt(tokens, whole.end) || v.percent.matchAt(tokens, whole.end)) return null;
  const share = (q.value / whole.value) * WHOLE;
  return { value: share, low: share, high: share, end: whole.end, precision: WHOLE / whole.value, scale: 1, digits: q.digits, vague: false, weak: false, fraction: true, raw: '' };
}

/**
 * "190+ combatentes mortos", "100+ people": a plus sign glued to a number, before a space or the end, is "or
 * more" in every language (an infobox's and a headline's hedge). Not a sign between numbers ("2+2") or before one ("+374").
 */
function plusSign(tokens: Token[], at: number): { value: Qualifier; end: number } | null {
  const plus = tokens[at];
  const prev = tokens[at - 1];
  if (plus?.text !== '+' || !prev || plus.start !== prev.end) return null;
  const next = tokens[at + 1];
  return next && next.start === plus.end ? null : { value: 'ge', end: at + 1 };
}

/** The smallest order of magnitude that multiplies a count before it ("hundreds of thousands", "две сотни тысяч"). */
const ORDER_BASE = 1000;

/**
 * An order of magnitude right after a count, maybe behind the language's "of" (lexicon `unitLinks`): a scale word
 * ("тысяч", "Tausend") or a vague word of thousands or more ("migliaia", "milliers", "miles de"), which multiplies the
 * count by its power of ten. "des centaines de milliers" is [200,000, 999,000], not "hundreds".
 */
function orderAfter(tokens: Token[], j: number, v: Vocabulary): { factor: number; end: number } | null {
  const k = tokens[j]?.kind === 'word' && v.unitLinks.has(tokens[j]!.lower) ? j + 1 : j;
  const scale = v.scales.matchAt(tokens, k);
  if (scale && scale.value >= ORDER_BASE) return { factor: scale.value, end: scale.end };
  const vague = v.vague.matchAt(tokens, k);
  if (vague && vague.value[0] >= ORDER_BASE) return { factor: 10 ** Math.floor(Math.log10(vague.value[0])), end: vague.end };
  return null;
}

/** A quantity with a half added: "two and a half", "dos años y medio". */
function plusHalf(q: Quantity, end: number): Quantity {
  return { ...q, value: q.value + HALF, low: q.low + HALF, high: q.high + HALF, end, precision: HALF };
}
const HALF = 0.5;

// "half-brother", "second half": fraction words that are not shares; nor the half of "a week and a
// half", "два с половиной" (lexicon `halves`): the phrase starts at the word before it.
function isPartOfWord(text: string, tokens: Token[], i: number, end: number, v?: Vocabulary): boolean {
  if (v && (v.halvesAfterUnit.matchAt(tokens, i - 1) || v.halvesAfterNumber.matchAt(tokens, i - 1) || v.halvesAfterUnit.matchAt(tokens, i - 2) || v.halvesAfterNumber.matchAt(tokens, i - 2))) return true;
  const next = tokens[end];
  const prev = tokens[i - 1]?.lower ?? '';
  return (next?.text === '-' && next.start === tokens[end - 1]!.end) || ['first', 'second', 'latter', 'former'].includes(prev);
}

function parseDigitQuantity(text: string, tokens: Token[], i: number, locale: Locale, v: Vocabulary): Quantity | null {
  const t = tokens[i]!;
  const prevChar = text[t.start - 1] ?? ' ';
  const prevPrev = text[t.start - 2] ?? ' ';
  // "COVID-19", "G20", "A320", URLs and versions: digits glued to letters or slashes are names.
  if (/[\p{L}/_\\@#.:։]/u.test(prevChar) || (prevChar === '-' && /\p{L}/u.test(prevPrev))) return null;
  // "человек[4]", "in 2023.[12]": a reference mark glued to the word or stop before it cites a source, it counts nothing.
  if (prevChar === '[' && /[\p{L}\p{N}.,;:)»"”]/u.test(prevPrev) && /^\d{1,3}\]/u.test(text.slice(t.start, t.start + 4))) return null;
  // "1988-94": the second half of a span of years.
  if (/[-–]/.test(prevChar) && /^\d{2}$/.test(t.text) && /(?:^|\D)\d{4}$/.test(text.slice(Math.max(0, t.start - 6), t.start - 1))) return null;
  const next = tokens[i + 1];
  const glued = next && next.start === t.end;
  // 16:37, 9/11; Armenian writes the hour with its full stop, "19։00" (U+0589).
  if (glued && next.kind === 'punct' && [':', '։', '/'].includes(next.text) && tokens[i + 2]?.kind === 'number') return null;
  // "alle 19.00", "um 7.30 Uhr": a time of day with a point, unless a scale, share or unit follows ("2.45 million", "12.50%").
  if (TIME_OF_DAY.test(t.text) && !v.scales.matchAt(tokens, i + 1) && !v.percent.matchAt(tokens, i + 1) && !v.units.matchAt(tokens, i + 1)) return null;
  // "segunda-feira (25)", "Petrosyan (47)": a bare day or age in brackets is nobody's count.
  if (prevChar === '(' && text[t.end] === ')' && /^\d{1,2}$/.test(t.text)) return null;
  let end = i + 1;
  let scale = 1;
  let decade = false;
  if (glued && next.kind === 'word') {
    if (next.lower === 'k' || next.lower === 'mila' || next.lower === 'mil') {
      scale = 1e3; // "100k", Italian "120mila"
      end++;
    } else if (next.lower === 'mln' || next.lower === 'млн') {
      scale = 1e6;
      end++;
    } else if (['bn', 'mn', 'm'].includes(next.lower) && /[.,]/.test(t.text)) {
      scale = next.lower === 'bn' ? 1e9 : 1e6;
      end++;
    } else if (next.lower === 's' && /^\d{4}$/.test(t.text)) {
      decade = true;
    } else {
      return null; // "19th", "3rd", "5G", "2x"
    }
  }
  if (decade) return null; // "the 1990s" is an era, read by the event rules
  if (scale === 1) {
    // "около 120-ти тысяч": a case ending glued to the digits may stand before the scale word.
    const suffixed = suffixEnd(tokens, end);
    const s = v.scales.matchAt(tokens, end) ?? (suffixed > end ? v.scales.matchAt(tokens, suffixed) : null);
    // "m" alone is a scale only glued to a decimal ("1.2m"); spaced it is a metre or a name.
    if (s && !(tokens[end]!.lower === 'm')) {
      scale = s.value;
      end = s.end;
    }
  }
  const value = parseDigits(t.text, locale, scale > 1);
  if (!Number.isFinite(value)) return null;
  // "47 bin 115", "21 тысяча 43": thousands in words, then the rest in digits.
  const rest = tokens[end];
  if (scale === 1e3 && Number.isInteger(value) && rest?.kind === 'number' && /^\d{1,3}$/.test(rest.text) && !parseDayOrMonth(tokens, end, v) && !/^[\p{L}\d]/u.test(text[rest.end] ?? ' ')) {
    const scaledRest = value * scale + Number(rest.text);
    return { value: scaledRest, low: scaledRest, high: scaledRest, end: end + 1, precision: 1, scale: 1, digits: true, vague: false, weak: false, fraction: false, raw: t.text };
  }
  const decimals = /[.,](\d+)$/.exec(t.text.replace(/[\s\u00A0\u202F\u2009'’]/gu, ''));
  const isDecimal = decimals && value !== Math.round(value);
  const precision = isDecimal ? 10 ** -decimals[1]!.length * scale : roundness(value) * scale;
  const scaled = value * scale;
  return { value: scaled, low: scaled, high: scaled, end, precision, scale, digits: true, vague: false, weak: false, fraction: false, raw: t.text };
}

// Hours and minutes: "19.00", "7.30". Read as a decimal, no count of anything ends in exactly two minute digits.
const TIME_OF_DAY = /^(?:[01]?\d|2[0-4])\.[0-5]\d$/;

/** The rounding step of an integer: 120000 → 10000, 78300 → 100, 311 → 1. */
export function roundness(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

function parseWordQuantity(tokens: Token[], i: number, v: Vocabulary): Quantity | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let articleScale = false;
  const first = tokens[i]!.lower;
  // "a dozen", "a hundred", "a thousand"
  if ((first === 'a' || first === 'an') && tokens[i + 1]) {
    const w = tokens[i + 1]!.lower;
    if (w === 'dozen') return wordQuantity(12, i + 2, 1);
    if (w in WORD_SCALES) {
      current = 1;
      j = i + 1;
      seen = true;
      articleScale = true;
    }
  }
  if (first === 'dozen' || first === 'dozens') return null;
  const foreign = v.numberWords.get(first);
  if (!articleScale && foreign !== undefined && !(first in ONES) && !(first in TENS)) return foreignQuantity(tokens, i, foreign, v);
  while (j < tokens.length) {
    const w = tokens[j]!.lower;
    if (w in ONES) {
      current += ONES[w]!;
      j++;
      seen = true;
    } else if (w in TENS) {
      current += TENS[w]!;
      j++;
      seen = true;
      if (tokens[j]?.text === '-' && tokens[j + 1] && tokens[j + 1]!.lower in ONES && ONES[tokens[j + 1]!.lower]! < 10) {
        current += ONES[tokens[j + 1]!.lower]!;
        j += 2;
      }
    } else if (w === 'hundred' && seen) {
      current = (current || 1) * 100;
      j++;
    } else if ((w === 'thousand' || w === 'million' || w === 'billion') && seen) {
      total += (current || 1) * WORD_SCALES[w]!;
      current = 0;
      j++;
    } else if (w === 'and' && seen && tokens[j + 1] && (tokens[j + 1]!.lower in ONES || tokens[j + 1]!.lower in TENS) && total + current >= 100) {
      j++;
    } else {
      break;
    }
  }
  if (!seen) return null;
  const value = total + current;
  if (value === 0) return null;
  const q = wordQuantity(value, j, value >= 100 ? roundness(value) : 1);
  // "one" alone reads as a pronoun ("one of the"); it is a figure only with a scale or unit.
  q.weak = value === 1 && j === i + 1;
  return q;
}

// A number word of the text's own language: "vingt-quatre", "cinco mil", "zwei Millionen"; "ein", "un" alone are weak.
function foreignQuantity(tokens: Token[], i: number, value: number, v: Vocabulary): Quantity {
  let end = i + 1;
  const hyphen = tokens[end];
  const unit = v.numberWords.get(tokens[end + 1]?.lower ?? '');
  // "vingt-quatre", "trente-deux": tens, a hyphen and a unit written as one number.
  if (value >= 20 && value < 100 && value % 10 === 0 && hyphen?.text === '-' && hyphen.start === tokens[i]!.end && unit !== undefined && unit < 10) {
    value += unit;
    end += 2;
  }
  let scale = 1;
  const s = v.scales.matchAt(tokens, end);
  if (s && s.value > value) {
    scale = s.value;
    end = s.end;
  }
  // "две сотни тысяч", "due centinaia di migliaia": a second order of magnitude after the first.
  const order = scale > 1 && value * scale < ORDER_BASE ? orderAfter(tokens, end, v) : null;
  if (order) [scale, end] = [scale * order.factor, order.end];
  const q = wordQuantity(value * scale, end, value * scale >= 100 ? roundness(value * scale) : 1);
  q.weak = value * scale === 1;
  return q;
}

function wordQuantity(value: number, end: number, precision: number): Quantity {
  return { value, low: value, high: value, end, precision, scale: 1, digits: false, vague: false, weak: false, fraction: false, raw: '' };
}

/** Whether token j is a hyphen (or an en dash, a non-breaking hyphen) that touches the tokens on both sides of it. */
function joinsCompound(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.start !== tokens[j - 1]?.end) return false;
  return t.text === '-' || ((t.text === '\u2013' || t.text === '\u2011') && tokens[j + 1]?.start === t.end);
}

/** Reads a unit word at token i: "%", "per cent", "miles", "-kilometre", "days", "years ago". */
function parseUnit(text: string, tokens: Token[], i: number, v: Vocabulary): UnitHit | null {
  let j = i;
  // "six-week", "44-day"; written with an en dash or a non-breaking hyphen too, nothing around it ("44–day", "44–օրյա").
  if (joinsCompound(tokens, j)) j++;
  const pct = v.percent.matchAt(tokens, j);
  if (pct && j === i) return { unit: 'percent', factor: 1, step: 1, end: pct.end };
  // "nine long months", "neuf longs mois": an adjective between a span's number and its unit (lexicon `spanAdjectives`).
  const adjective = tokens[j]?.kind === 'word' && v.spanAdjectives.has(tokens[j]!.lower) && j === i ? v.units.matchAt(tokens, j + 1) : null;
  const u = v.units.matchAt(tokens, j) ?? (adjective?.value[0] === 'days' ? adjective : null);
  if (!u) return null;
  const [unit, factor] = u.value;
  let end = u.end;
  if (tokens[end]?.text === '-' && ['long', 'old'].includes(tokens[end + 1]?.lower ?? '')) {
    if (tokens[end + 1]!.lower === 'old') return AGE; // ages are not durations of events
    end += 2;
  }
  if (unit === 'days' && tokens[end]?.lower === 'old') return AGE;
  const ago = unit === 'days' && tokens[end]?.lower === 'ago';
  return { unit, factor, step: 1, end: ago ? end + 1 : end, ago };
}

// A case ending written after a hyphen or an apostrophe on a number: Azerbaijani "19-da",
// "2023-cü", Armenian "25-ին", Turkish "1992'de". Short, lower case, glued to the number. Pages
// also write the hyphen as an en dash or a non-breaking hyphen ("19–ին", "1‑dək").
const MAX_SUFFIX = 4;
const SUFFIX_MARKS = ['-', '\u2013', '\u2011', "'", '’'];
function suffixEnd(tokens: Token[], j: number): number {
  const mark = tokens[j];
  const word = tokens[j + 1];
  if (!mark || !word || !SUFFIX_MARKS.includes(mark.text) || mark.start !== tokens[j - 1]?.end || word.start !== mark.end) return j;
  if (word.kind !== 'word' || word.text.length > MAX_SUFFIX || word.text !== word.lower) return j;
  if (mark.text !== '-' && word.lower === 's') return j; // "1990's" is a decade
  return j + 2;
}

const YEAR_SPAN_MAX = 100;

/** Reads a calendar date at token i: "1 January 2024", "January 1, 2024", "September 24", "in December", "in 1994". */
function parseDate(text: string, tokens: Token[], i: number, v: Vocabulary): Figure | null {
  const t = tokens[i]!;
  const make = (date: PartialDate, endIdx: number): Figure => {
    const range = dayRange(date);
    const last = tokens[endIdx - 1]!;
    return {
      start: t.start,
      end: last.end,
      raw: text.slice(t.start, last.end),
      value: range ? range[0] : NaN,
      low: range ? range[0] : NaN,
      high: range ? range[1] : NaN,
      unit: 'date',
      qualifier: 'exact',
      vague: false,
      tolerance: 0,
      date,
      tokens: [i, endIdx],
    };
  };
  // ISO 2023-09-30
  if (yearNumber(t) && tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'number' && tokens[i + 3]?.text === '-' && tokens[i + 4]?.kind === 'number') {
    const iso = text.slice(t.start, tokens[i + 4]!.end);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (m) return make({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, i + 5);
  }
  // Digits only: "19.09.2023", "19/09/2023", "19-09-2023", "(19/09)".
  const numeric = numericDate(text, tokens, i, v);
  if (numeric) return make(numeric.date, numeric.end);
  // "au début des années 1990", "Anfang der 1990er Jahre", "in the early 1990s": a part of a decade named before it
  // (lexicon `monthParts.before`, an article between), its years narrowed as a part of a month narrows its days.
  const decadePart = t.kind === 'word' ? v.monthPartsBefore.matchAt(tokens, i) : null;
  if (decadePart) {
    const article = tokens[decadePart.end]?.kind === 'word' && tokens[decadePart.end]!.text.length <= ARTICLE_LETTERS ? 1 : 0;
    const parted = tokens[decadePart.end + article] ? decadeAt(tokens, decadePart.end + article, v, true) : null;
    if (parted?.date.year !== undefined) {
      const [from, to] = DECADE_PARTS[decadePart.value];
      return make({ year: parted.date.year + from, through: parted.date.year + to }, parted.end);
    }
  }
  // "anni '90", "década de 1990", "90-е годы", "1990'lı yıllar", "1990er", "90. letech": a decade.
  const decade = decadeAt(tokens, i, v);
  if (decade) return make(decade.date, decade.end);
  // "next year", "by the end of the year", "Anfang nächsten Jahres": a year counted from the page's.
  // "last month's offensive", "в прошлом месяце", "geçen ay": a month counted from the page's.
  const relativeMonth = v.relativeMonths.matchAt(tokens, i);
  if (relativeMonth) return make({ monthOffset: relativeMonth.value }, relativeMonth.end);
  // "the offensive it waged last week", "la semana pasada", "minulý týden": a week counted from the page's.
  const relativeWeek = v.relativeWeekPhrases.matchAt(tokens, i);
  if (relativeWeek) return make({ weekOffset: relativeWeek.value }, relativeWeek.end);
  const relative = v.relativeYears.matchAt(tokens, i);
  if (relative) return make({ yearOffset: relative.value.offset, ...(relative.value.month ? { month: relative.value.month } : {}) }, relative.end);
  // "mid-September", "a mediados de septiembre", "в середине сентября": a part of a month named before it.
  const partBefore = v.monthPartsBefore.matchAt(tokens, i);
  if (partBefore && tokens[partBefore.end]?.kind === 'word' && monthIn(v, tokens[partBefore.end]!.text)) {
    const month = parseDayOrMonth(tokens, partBefore.end, v);
    if (!month || month.date.day === undefined) {
      const j = month?.end ?? partBefore.end + 1;
      return make({ ...(month?.date ?? { month: monthIn(v, tokens[partBefore.end]!.text) }), part: partBefore.value }, j);
    }
  }
  const found = parseDayOrMonth(tokens, i, v) ?? partOfMonthAfter(tokens, i, v);
  if (found) {
    // "Eylül ortasında", "sentyabrın ortalarında", "սեպտեմբերի կեսին": a part of the month named after it.
    const partAfter = found.date.day === undefined && found.date.month !== undefined ? v.monthPartsAfter.matchAt(tokens, found.end) : null;
    if (partAfter) return make({ ...found.date, part: partAfter.value }, partAfter.end);
    // "в сентябре этого года", "1 January next year": the year counted from the page's.
    const rel = found.date.year === undefined ? v.relativeYears.matchAt(tokens, found.end) : null;
    if (rel) return make({ ...found.date, yearOffset: rel.value.offset }, rel.end);
    return make(found.date, found.end);
  }
  const year = yearNumber(t);
  if (!year) return null;
  // A span of years: "between 1988 and 1994", "from 1988 to 1994", "1988–1994", "с 1988 по 1994".
  const link = tokens[i + 1];
  const to = yearNumber(tokens[i + 2]) || shortYearEnd(tokens, i, year);
  const prev = tokens[i - 1]?.lower ?? '';
  if (link && to > year && to - year <= YEAR_SPAN_MAX && v.rangeLinks.has(link.lower) && (link.kind === 'punct' || v.rangeOpeners.has(prev))) {
    return make({ year, through: to }, i + 3);
  }
  // A year with its year word or case ending, then perhaps a day and month: "2023-cü ilin sentyabrın 19-da",
  // "2023 թվականի սեպտեմբերի 25-ին", "1992'de".
  let j = suffixEnd(tokens, i + 1);
  const suffixed = j > i + 1;
  if (!suffixed && tokens[j]?.kind === 'word' && tokens[j]!.text.length <= 3 && isYearWord(tokens, j + 1, v)) j++; // "2023 cü ilin"
  const yearWord = isYearWord(tokens, j, v);
  if (yearWord) j = suffixEnd(tokens, abbreviationEnd(tokens, yearWord));
  const after = parseDayOrMonth(tokens, j, v) ?? bareMonth(tokens, j, v);
  if ((suffixed || yearWord) && after && after.date.year === undefined) return make({ ...after.date, year }, after.end);
  // English writes a calendar year without a year word; "2000 years" there is a duration.
  if (suffixed || (yearWord && !en.units.years.includes(tokens[j - 1]?.lower ?? ''))) return make({ year }, j);
  // A decade after a date preposition: "in the 1990s" is 1990 to 1999.
  const afterPreposition = v.datePrepositions.has(prev) || (prev.length <= 3 && tokens[i - 1]?.kind === 'word' && v.datePrepositions.has(tokens[i - 2]?.lower ?? ''));
  if (year % 10 === 0 && tokens[i + 1]?.lower === 's' && tokens[i + 1]!.start === t.end && afterPreposition) return make({ year, through: year + 9 }, i + 2);
  // A bare year after a date preposition: "in 1994", "since late 2020", "by 2024", "a finales de 2020"
  // (a short linking word between). Not "the 2020 war", nor "en 2000 casas".
  if (!(tokens[i + 1] && tokens[i + 1]!.start === t.end && tokens[i + 1]!.kind === 'word')) {
    const next = tokens[i + 1]?.lower ?? '';
    if (afterPreposition && !COUNTED_NOUNS.test(next) && !countedThing(tokens[i + 1], v) && tokens[i + 1]?.text !== '-') return make({ year }, i + 1);
    // "Azerbaijan's 2023 offensive", "Baku's 2023 military takeover": a bare year between a possessive and a noun of
    // what dates mark (lexicon `dateNouns`, a word or two between) is that event's year, as after "the" it is.
    if (POSSESSIVE_WORD.test(tokens[i - 1]?.text ?? '') && dateNounAfter(text, tokens, i, v)) return make({ year }, i + 1);
  }
  return null;
}

/** A word written with the English possessive ending: "Azerbaijan's", "Baku’s". */
const POSSESSIVE_WORD = /\p{L}['’]s$/u;
/** At most this many words between a possessive's year and its noun: "Azerbaijan's 2023 lightning military offensive". */
const POSSESSIVE_NOUN_WORDS = 2;

/** A noun of what dates mark (lexicon `dateNouns`) within POSSESSIVE_NOUN_WORDS words after token i, nothing but words between. */
function dateNounAfter(text: string, tokens: Token[], i: number, v: Vocabulary): boolean {
  for (let j = i + 1; j <= i + 1 + POSSESSIVE_NOUN_WORDS && tokens[j]?.kind === 'word'; j++) {
    const word = text.slice(tokens[j]!.start, tokens[j]!.end);
    for (const re of Object.values(v.dateNouns)) {
      re.lastIndex = 0;
      const m = re.exec(word);
      re.lastIndex = 0;
      if (m && m.index === 0 && m[0].length === word.length) return true;
    }
  }
  return false;
}

// "1923-91": a span of years whose last is written with its decade and year only, glued to the dash.
function shortYearEnd(tokens: Token[], i: number, year: number): number {
  const [dash, end] = [tokens[i + 1], tokens[i + 2]];
  if (!dash || !end || !['-', '–'].includes(dash.text) || dash.start !== tokens[i]!.end || end.start !== dash.end || !/^\d{2}$/.test(end.text)) return 0;
  return Math.floor(year / 100) * 100 + Number(end.text);
}

// A year word abbreviated with a point ("2020 թ.-ի", "2023 թ. սեպտեմբերի"): the index after the point.
const MAX_ABBREVIATION = 2;
function abbreviationEnd(tokens: Token[], j: number): number {
  const word = tokens[j - 1];
  const point = tokens[j];
  return word && point?.text === '.' && point.start === word.end && word.text.length <= MAX_ABBREVIATION ? j + 1 : j;
}

// The first year of a decade written as a number: "1990", or "90" from the thirties on ("the 20s" may be
// either century, "in their 20s" an age): 0 when it names none.
const FIRST_TWO_DIGIT_DECADE = 30;
function decadeOf(tok: Token | undefined, v: Vocabulary, words: boolean): number {
  if (!tok) return 0;
  const n = tok.kind === 'number' && /^\d{2}$|^\d{4}$/.test(tok.text) ? Number(tok.text) : words && tok.kind === 'word' ? (v.numberWords.get(tok.lower) ?? 0) : 0;
  if (n % 10 !== 0) return 0;
  if (n >= FIRST_TWO_DIGIT_DECADE && n < 100) return 1900 + n;
  return tok.text.length === 4 && n >= 1800 && n <= 2090 ? n : 0;
}

// A word matching a list whose entries may end in `*` (any ending).
const stemIn = (list: string[], word: string) => list.some((w) => (w.endsWith('*') ? word.startsWith(w.slice(0, -1)) : word === w));

/**
 * The years of a decade its parts take in, from its first year: "the early 1990s" are read as 1990–1993, as
 * "early September" is its first ten days. The parts overlap at their edges, as the words do in use.
 */
const DECADE_PARTS: Record<MonthPart, [number, number]> = { early: [0, 3], mid: [3, 6], late: [6, 9] };
/** The longest word read as an article between a part and its decade ("des", "der", "the"). */
const ARTICLE_LETTERS = 3;

/**
 * A decade, in the shapes the lexicons give (`decades`): a word before the number ("anni '90", "década de
 * 1990", "jaren 80", "lat 90."), an ending on it ("1990s", "'90s", "1990er", "1990'lı", "90-ականներին"),
 * or a word after a marked number ("90-е годы", "90-cı illərdə", "90. letech", "90er Jahre"). A two-digit
 * number with an ending alone is an age as often ("in their 30s", "30'lu yaşlarında"): it needs the
 * word after it, the word before it, or an apostrophe ("the '90s"). `parted`: a part of the decade stands right
 * before it ("the early 1990s"), which places it as a date preposition does.
 */
function decadeAt(tokens: Token[], i: number, v: Vocabulary, parted = false): { date: PartialDate; end: number } | null {
  const t = tokens[i]!;
  const glued = (j: number) => tokens[j] !== undefined && tokens[j]!.start === tokens[j - 1]!.end;
  const span = (year: number, end: number) => ({ date: { year, through: year + 9 }, end });
  const before = t.kind === 'word' ? v.decadesBefore.matchAt(tokens, i) : null;
  if (before) {
    let j = before.end;
    if (["'", '’'].includes(tokens[j]?.text ?? '') && glued(j + 1)) j++;
    const year = decadeOf(tokens[j], v, true);
    if (!year) return null;
    let end = j + 1;
    if (tokens[end]?.text === '.' && glued(end) && tokens[j]!.text.length === 2) end++; // "lat 90."
    // "jaren 80 mensen": the number counts what follows; "per anni 80 mila armeni": a scale or another number
    // after it makes it a count (review 18, H5).
    if (end === j + 1 && (COUNTED_NOUNS.test(tokens[end]?.lower ?? '') || countedThing(tokens[end], v) || v.units.matchAt(tokens, end) || v.scales.matchAt(tokens, end) || tokens[end]?.kind === 'number')) return null;
    return span(year, end);
  }
  if (t.kind !== 'number') return null;
  const year = decadeOf(t, v, false);
  if (!year) return null;
  let j = i + 1;
  let marked = false;
  let ending = false;
  const next = tokens[j];
  if (next && glued(j)) {
    if (next.kind === 'word' && stemIn(v.decadeEndings, next.lower)) [ending, j] = [true, j + 1];
    else if (next.text === '.') [marked, j] = [true, j + 1];
    else if (SUFFIX_MARKS.includes(next.text) && tokens[j + 1]?.kind === 'word' && glued(j + 1)) [marked, ending, j] = [true, stemIn(v.decadeEndings, tokens[j + 1]!.lower), j + 2];
  }
  if (ending && tokens[j]?.text === '-' && glued(j) && glued(j + 1) && tokens[j + 1]?.kind === 'word' && stemIn(v.decadesAfter, tokens[j + 1]!.lower)) j++; // "90er-Jahre"
  const after = tokens[j]?.kind === 'word' && stemIn(v.decadesAfter, tokens[j]!.lower);
  if (after && (marked || ending)) return span(year, j + 1);
  const apostrophe = ["'", '’'].includes(tokens[i - 1]?.text ?? '') && tokens[i - 1]!.end === t.start;
  // An ending alone: after a date preposition ("in the 1990s", "in den 1990ern"; "the 1970s war" names a war),
  // or where the language puts its case on the number (tr "1990'larda").
  const p = apostrophe ? i - 1 : i;
  const prev = tokens[p - 1]?.lower ?? '';
  const afterPreposition = parted || v.verbFinal || v.datePrepositions.has(prev) || (prev.length <= 3 && tokens[p - 1]?.kind === 'word' && v.datePrepositions.has(tokens[p - 2]?.lower ?? ''));
  if (ending && afterPreposition && (t.text.length === 4 || apostrophe)) return span(year, j);
  return null;
}

const DOTTED_DAY_MONTH = /^(\d{1,2})\.(\d{1,2})$/;
const NUMERIC_SEPARATORS = ['/', '.', '-'];

/**
 * A date written in digits alone, the shape every language's press uses beside month names: day,
 * month and year joined by points ("19.09.2023": the tokenizer reads "19.09" as one number), slashes
 * or hyphens ("19/09/2023", "20-09-2023"), with a case ending after the year read as a written
 * year's is ("20.09.2023-cü il"). Without a year only in brackets ("nesta terça-feira (19/09)"),
 * where a day and month is a dateline, never a score or a share. Day first everywhere; English alone
 * may put the month first ("9/19/2023"), so there a date both of whose first numbers could be a month
 * is not read.
 */
function numericDate(text: string, tokens: Token[], i: number, v: Vocabulary): { date: PartialDate; end: number } | null {
  const t = tokens[i]!;
  if (t.kind !== 'number') return null;
  const glued = (j: number) => tokens[j] !== undefined && tokens[j]!.start === tokens[j - 1]!.end;
  const prevChar = text[t.start - 1] ?? ' ';
  if (/[\p{L}\p{N}/.\-]/u.test(prevChar)) return null;
  let first = 0;
  let second = 0;
  let j = i + 1;
  const dotted = DOTTED_DAY_MONTH.exec(t.text);
  if (dotted) {
    // "19.09.2023": the point after the month, then the year.
    if (tokens[j]?.text !== '.' || !glued(j) || !glued(j + 1)) return null;
    [first, second] = [Number(dotted[1]), Number(dotted[2])];
    j++;
  } else if (/^\d{1,2}$/.test(t.text)) {
    const sep = tokens[j];
    if (!sep || !NUMERIC_SEPARATORS.includes(sep.text) || sep.text === '.' || !glued(j) || !glued(j + 1) || !/^\d{1,2}$/.test(tokens[j + 1]?.text ?? '')) return null;
    [first, second] = [Number(t.text), Number(tokens[j + 1]!.text)];
    j += 2;
    const sep2 = tokens[j];
    if (sep2?.text === sep.text && glued(j) && glued(j + 1)) j++;
    else {
      // "(19/09)": day and month alone, closed by the bracket that opened them.
      if (sep.text !== '/' || prevChar !== '(' || tokens[j]?.text !== ')' || !glued(j) || !afterWeekday(text, t.start - 1, v)) return null;
      return dayMonth(first, second, v) ? { date: dayMonth(first, second, v)!, end: j } : null;
    }
  } else return null;
  const year = yearNumber(tokens[j]);
  if (!year || /^(?:\p{N}|[.,/:]\p{N})/u.test(text.slice(tokens[j]!.end, tokens[j]!.end + 2))) return null;
  const dm = dayMonth(first, second, v);
  if (!dm) return null;
  let end = suffixEnd(tokens, j + 1);
  const yearWord = isYearWord(tokens, end, v);
  if (end > j + 1 && yearWord) end = yearWord;
  return { date: { year, ...dm }, end };
}

// The day and month of a numeric date: day first, or in English only when the other order is impossible.
function dayMonth(first: number, second: number, v: Vocabulary): { month: number; day: number } | null {
  const valid = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;
  const english = v.languages.length === 1 && v.languages[0] === 'en';
  if (english) {
    if (valid(first, second) && !valid(second, first)) return { day: first, month: second };
    if (valid(second, first) && !valid(first, second)) return { day: second, month: first };
    return null;
  }
  return valid(first, second) ? { day: first, month: second } : null;
}

// A weekday's name ends the text before `at`: "nesta terça-feira (19/09)", "el martes (19/09)".
function afterWeekday(text: string, at: number, v: Vocabulary): boolean {
  const before = text.slice(Math.max(0, at - 20), at).trimEnd().toLowerCase();
  for (const name of v.weekdays.keys()) if (before.endsWith(name) && !/\p{L}/u.test(before[before.length - name.length - 1] ?? ' ')) return true;
  return false;
}

// The nouns of casualties, for "one civilian", "ein Kind", "een burger": a word for one counts before them.
// The lexicons list plural nouns; a singular is recognised by its plural ending, as [ending dropped, ending
// added]: "civilian(s)", "Zivilist(en)", "Kind(er)"; Italian "civil(e → i)", "bambin(o → i)", Portuguese "civ(il → is)".
export const SINGULAR_TO_PLURAL: ReadonlyArray<readonly [string, string]> = [
  ['', ''], ['', 's'], ['', 'es'], ['', 'en'], ['', 'n'], ['', 'er'], ['', 'e'], ['e', 'i'], ['o', 'i'], ['il', 'is'],
];

/** True when the word, made plural by one of `SINGULAR_TO_PLURAL`, is a whole match of the list. */
export function pluralMatches(re: RegExp, word: string): boolean {
  return SINGULAR_TO_PLURAL.some(([drop, add]) => {
    if (!word.endsWith(drop)) return false;
    const plural = word.slice(0, word.length - drop.length) + add;
    re.lastIndex = 0;
    const m = re.exec(plural);
    return m !== null && m.index === 0 && m[0].length === plural.length;
  });
}

function casualtyNounFollows(tok: Token | undefined, v: Vocabulary): boolean {
  if (tok?.kind !== 'word') return false;
  // "bir askeri operasyon": the noun's adjective form, before another noun, makes "bir" an article.
  if (v.attributiveForms.has(tok.lower)) return false;
  return (['civilians', 'children', 'troops'] as const).some((k) => pluralMatches(v.things[k], tok.lower));
}

// A noun the vocabulary counts ("personas", "человек"): a number before it is a count, not a year.
function countedThing(tok: Token | undefined, v: Vocabulary): boolean {
  if (tok?.kind !== 'word') return false;
  return Object.values(v.things).some((re) => {
    re.lastIndex = 0;
    const m = re.exec(tok.text);
    return m !== null && m.index === 0 && m[0].length === tok.text.length;
  });
}

const dayNumber = (tok: Token | undefined) => (tok && tok.kind === 'number' && /^\d{1,2}$/.test(tok.text) && Number(tok.text) >= 1 && Number(tok.text) <= 31 ? Number(tok.text) : 0);
const yearNumber = (tok: Token | undefined) => (tok && tok.kind === 'number' && /^\d{4}$/.test(tok.text) && Number(tok.text) >= 1800 && Number(tok.text) <= 2100 ? Number(tok.text) : 0);

// A year word after a year ("2023-cü il", "2023 թվականի", "2023 года"): the index after it, or 0.
function isYearWord(tokens: Token[], j: number, v: Vocabulary): number {
  const u = v.units.matchAt(tokens, j);
  return u && u.value[0] === 'days' && u.value[1] === UNIT_FACTORS.years[1] ? u.end : 0;
}

// A month name alone after a year: "2023-cü ilin sentyabrında".
function bareMonth(tokens: Token[], j: number, v: Vocabulary): { date: PartialDate; end: number } | null {
  const month = tokens[j]?.kind === 'word' ? monthIn(v, tokens[j]!.text) : 0;
  return month ? { date: { month }, end: j + 1 } : null;
}

// A month's name with no date preposition before it, followed by a word for a part of the month ("Eylül
// ortasında": the caller reads the part) or by the word for month.
function partOfMonthAfter(tokens: Token[], i: number, v: Vocabulary): { date: PartialDate; end: number } | null {
  const t = tokens[i];
  const month = t?.kind === 'word' ? monthIn(v, t.text) : 0;
  if (!month) return null;
  if (v.monthPartsAfter.matchAt(tokens, i + 1)) return { date: { month }, end: i + 1 };
  // "Eylül ayında", "sentyabr ayında", "սեպտեմբեր ամսին": the month's name, then the word for month.
  const word = tokens[i + 1];
  if (!(word?.kind === 'word' && v.monthWords.has(word.lower))) return null;
  // "sentyabr ayının 19-da", "Eylül ayının 19'unda": the month's word, then the day with its case ending.
  const day = dayNumber(tokens[i + 2]);
  const dayEnd = day ? suffixEnd(tokens, i + 3) : 0;
  if (day && dayEnd > i + 3) return { date: { month, day }, end: dayEnd };
  return { date: { month }, end: i + 2 };
}

/** The most words of the first day's article or preposition written again before the second ("no dia 20"). */
const DAY_REPEAT_MAX = 2;

// A second day after the first: "19-20 сентября", "19 и 20 września", "sentyabrın 19-20-də". The date is the first day.
// "il 19 e il 20 settembre", "am 19. und am 20. September": the first day's article or preposition may stand again
// before the second (lexicon `dayRepeats`); a first day written with an ordinal dot ("19. und 20. September",
// "19.–20. September") has its second written so too.
function dayRangeEnd(tokens: Token[], j: number, day: number, v: Vocabulary, dotted = false): number {
  const link = tokens[j];
  if (!link || !(link.text === '-' || link.text === '–' || (link.kind === 'word' && v.rangeLinks.has(link.lower)))) return j;
  let k = j + 1;
  for (let n = 0; n < DAY_REPEAT_MAX && tokens[k]?.kind === 'word' && v.dayRepeats.has(tokens[k]!.lower); n++) k++;
  const second = dayNumber(tokens[k]);
  if (!(second > day)) return j;
  k++;
  if (dotted && tokens[k]?.text === '.' && tokens[k]!.start === tokens[k - 1]!.end) k++;
  return k;
}

/** Reads a date that starts with a day or a month: "January 1, 2024", "Sept. 24", "1. Januar", "19-20 сентября", "sentyabrın 19-da". */
function parseDayOrMonth(tokens: Token[], i: number, v: Vocabulary): { date: PartialDate; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  // Month first: "January 1, 2024", "Sept. 24", "September 2023", "in December".
  const month = t.kind === 'word' ? monthIn(v, t.text) : 0;
  if (month) {
    let j = i + 1;
    if (tokens[j]?.text === '.' && tokens[j]!.start === t.end) j++;
    const day = dayNumber(tokens[j]);
    if (day && !(tokens[j + 1] && tokens[j + 1]!.start === tokens[j]!.end && tokens[j + 1]!.kind === 'word' && !/^(st|nd|rd|th)$/.test(tokens[j + 1]!.lower))) {
      j++;
      if (/^(st|nd|rd|th)$/.test(tokens[j]?.lower ?? '')) j++;
      const ranged = dayRangeEnd(tokens, j, day, v);
      j = suffixEnd(tokens, ranged);
      let k = j;
      if (tokens[k]?.text === ',') k++;
      // A case ending closes the date: "oktyabrın 2-də, 2023-cü ildə" names two times, not one.
      const year = j === ranged ? yearNumber(tokens[k]) : 0;
      return year ? { date: { year, month, day }, end: k + 1 } : { date: { month, day }, end: j };
    }
    const year = yearNumber(tokens[j]);
    if (year) return { date: { year, month }, end: j + 1 };
    // "noviembre de 2020", "settembre del 2023", "September of 2023".
    const linked = tokens[j]?.kind === 'word' && v.dateLinks.has(tokens[j]!.lower) ? yearNumber(tokens[j + 1]) : 0;
    if (linked) return { date: { year: linked, month }, end: j + 2 };
    const prev = tokens[i - 1]?.lower ?? '';
    if (v.datePrepositions.has(prev)) return { date: { month }, end: i + 1 };
    return null;
  }
  // Day first: "1 January 2024", "24 September", "1er janvier", "1. Januar", "1 de enero de 2024", "24th September".
  const day = dayNumber(t);
  if (!day) return null;
  let j = i + 1;
  const dotted = tokens[j]?.text === '.' && tokens[j]!.start === t.end;
  if (tokens[j] && tokens[j]!.start === t.end && /^(st|nd|rd|th|er|e|º)$/.test(tokens[j]!.lower)) j++;
  // "1. Januar"; "1° de enero", where a degree sign stands for the ordinal "º".
  else if ((tokens[j]?.text === '.' || tokens[j]?.text === '°') && tokens[j]!.start === t.end) j++;
  // "19-го сентября": an ordinal ending after a hyphen, when a month's name follows.
  else if (suffixEnd(tokens, j) > j && tokens[j + 2]?.kind === 'word' && monthIn(v, tokens[j + 2]!.text)) j += 2;
  j = dayRangeEnd(tokens, j, day, v, dotted);
  if (tokens[j]?.lower === 'de' || tokens[j]?.lower === 'of') j++;
  const m = tokens[j] && tokens[j]!.kind === 'word' ? monthIn(v, tokens[j]!.text) : 0;
  if (!m) return null;
  j++;
  let k = j;
  if (tokens[k]?.lower === 'de' || tokens[k]?.text === ',' || v.dateLinks.has(tokens[k]?.lower ?? '')) k++;
  const year = yearNumber(tokens[k]);
  return year ? { date: { year, month: m, day }, end: k + 1 } : { date: { month: m, day }, end: j };
}

/**
 * Drops a unit conversion in brackets right after a figure: "50 miles (80 kilometers)" is one figure.
 * Drops the whole a share is of, right after it: "треть всего населения", "la mitad de toda la población"
 * ("a third of the entire population") is one share, a third.
 */
function dropConversions(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  // The last figure dropped as a sum's conversion: the other end of its range goes with it.
  let converted: Figure | null = null;
  for (const f of figures) {
    const prev = out[out.length - 1];
    if (prev && prev.unit === 'percent' && f.unit === 'percent' && f.value === WHOLE && prev.value < WHOLE && /^\s*(?:[\p{L}’']{1,3}\s*)?$/u.test(text.slice(prev.end, f.start))) continue;
    if (prev && prev.unit === f.unit && f.unit !== 'count' && f.unit !== 'date' && /^\s*\(\s*$/.test(text.slice(prev.end, f.start)) && (f.unit === 'money' || Math.abs(prev.value - f.value) <= 0.1 * Math.max(prev.value, f.value))) {
      // "2 million drams ($5,000-$13,000)": a sum in brackets right after a sum is that sum in another
      // currency, whatever its value; the end of its range after a dash is too.
      converted = f;
      continue;
    }
    if (converted && f.unit === 'money' && /^\s*[-–—]\s*$/u.test(text.slice(converted.end, f.start))) {
      converted = f;
      continue;
    }
    converted = null;
    out.push(f);
  }
  return out;
}
