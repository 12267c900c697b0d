import { lastWeekday, weekdayOf, withYear, dayRange } from './calendar';
import type { Figure } from './figures';
import { vocabularyFor, type Vocabulary } from './lexicon/index';
import { sentenceCues, startsTheLeaving } from './measures';

// A weekday with the word before it (lexicon `weekdayBefore`), which says whether it dates a count ("by Thursday") or
// opens a period ("since Monday", "desde el domingo", "seit dem Sonntag", "с воскресенья"); a date with
// the word before it (lexicon `dateAsOf`), "by 28 September", "au 28 septembre".

/** The day a figure describes, and whether the text says it or it was taken from the page's date. */
export interface AsOf {
  day?: number;
  explicit: boolean;
}

/**
 * Finds the day a figure describes: the nearest "on Saturday", "by Thursday evening",
 * "on September 24" or "yesterday" in its sentence, resolved against the page's day; else
 * the page's day itself. `dates` are the sentence's date figures that are not claims.
 */
export function asOfDay(sentence: string, sentenceStart: number, figure: Figure, pageDay: number | undefined, dates: Figure[], vocab: Vocabulary = vocabularyFor(null)): AsOf {
  const candidates = candidatesOf(sentence, sentenceStart, pageDay, dates, vocab);
  let best: { at: number; day: number } | null = null;
  for (const c of candidates) {
    if (!best || Math.abs(c.at - figure.start) < Math.abs(best.at - figure.start)) best = c;
  }
  if (best) return { day: best.day, explicit: true };
  return pageDay === undefined ? { explicit: false } : { day: pageDay, explicit: false };
}

// The day words of a sentence do not depend on the figure, and the extractor asks once per
// figure: a 2,000-character sentence of a few hundred figures and dates would otherwise be
// read a few hundred times. The last sentence's candidates are kept.
type Candidate = { at: number; day: number };
let last: { sentence: string; sentenceStart: number; pageDay: number | undefined; dates: Figure[]; vocab: Vocabulary; candidates: Candidate[] } | null = null;

function candidatesOf(sentence: string, sentenceStart: number, pageDay: number | undefined, dates: Figure[], vocab: Vocabulary): Candidate[] {
  if (last && last.sentence === sentence && last.sentenceStart === sentenceStart && last.pageDay === pageDay && last.vocab === vocab && (last.dates === dates || (last.dates.length === 0 && dates.length === 0))) return last.candidates;
  const candidates: Candidate[] = [];
  if (pageDay !== undefined) {
    const weekday = vocab.weekdayWithWordBefore;
    weekday.lastIndex = 0;
    for (let m = weekday.exec(sentence); m; m = weekday.exec(sentence)) {
      if (m[1] && vocab.weekdayOpens.has(m[1].toLowerCase().replace(/\s+/gu, ' '))) continue;
      candidates.push({ at: sentenceStart + m.index, day: lastWeekday(pageDay, weekdayOf(m[2]!, vocab)) });
    }
    const relative = vocab.relativeDayPattern;
    relative.lastIndex = 0;
    for (let m = relative.exec(sentence); m; m = relative.exec(sentence)) {
      const back = vocab.yesterday.has(m[0].toLowerCase().replace(/\s+/gu, ' ')) ? 1 : 0;
      candidates.push({ at: sentenceStart + m.index, day: pageDay - back });
    }
  }
  for (const d of dates) {
    if (!d.date || d.date.day === undefined) continue;
    const before = sentence.slice(Math.max(0, d.start - sentenceStart - 12), d.start - sentenceStart);
    if (!vocab.asOfBeforeDate.test(before)) continue;
    const range = dayRange(withYear(d.date, pageDay));
    if (range) candidates.push({ at: d.start, day: range[0] });
  }
  last = { sentence, sentenceStart, pageDay, dates, vocab, candidates };
  return candidates;
}

/** How far (in characters) a weekday may stand from the verb of starting that it dates ("The migration began Sunday"). */
const WEEKDAY_START_REACH = 30;

/**
 * "The migration began Sunday", "Исход начался в воскресенье": a report that dates the first day of the
 * leaving by a weekday (no date figure) still dates it. Returns each such weekday of a sentence with the day
 * it names (the last such weekday up to the report's own day) when a verb of starting stands beside it and
 * starts the leaving (`startsTheLeaving`). Read in the reports only: a page's weekdays date its figures.
 */
export function leavingStartedOn(sentence: string, sentenceStart: number, pageDay: number, vocab: Vocabulary): Array<{ start: number; end: number; day: number }> {
  const weekday = vocab.weekdayWithWordBefore;
  weekday.lastIndex = 0;
  if (!weekday.test(sentence)) return [];
  const cues = sentenceCues(sentence, sentenceStart, vocab);
  const out: Array<{ start: number; end: number; day: number }> = [];
  weekday.lastIndex = 0;
  for (let m = weekday.exec(sentence); m; m = weekday.exec(sentence)) {
    // The word before may be the verb itself ("began Sunday" opens a period for a count; here it is what is dated).
    const start = sentenceStart + m.index + m[0].length - m[2]!.length;
    const at = { start, end: start + m[2]!.length };
    const verb = cues.dates.find((c) => c.kind === 'start' && !c.weak && (c.end <= at.start ? at.start - c.end : c.start - at.end) <= WEEKDAY_START_REACH && !/[.,;:!?()]/u.test(c.end <= at.start ? sentence.slice(c.end - sentenceStart, at.start - sentenceStart) : sentence.slice(at.end - sentenceStart, c.start - sentenceStart)));
    if (verb && startsTheLeaving(cues, verb, at)) out.push({ ...at, day: lastWeekday(pageDay, weekdayOf(m[2]!, vocab)) });
  }
  return out;
}
