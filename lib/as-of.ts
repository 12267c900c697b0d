import { lastWeekday, weekdayOf, withYear, dayRange } from './calendar';
import type { Figure } from './figures';

const WEEKDAY = /(?<![\p{L}])(?:(on|by|as of|until|till|through|since|from|last|next|this|began|begun|started|starting|depuis|seit|dal|desde|à partir de|ab)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|domenica|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domingo|lunes|martes|miércoles|jueves|viernes|sábado)(?![\p{L}])/giu;
const RELATIVE = /(?<![\p{L}])(yesterday|today|tonight|this morning|this afternoon|this evening|last night|hier|aujourd'hui|gestern|heute|ieri|oggi|ayer|hoy|вчера|сегодня)(?![\p{L}])/giu;
const NOT_AS_OF = new Set(['since', 'from', 'last', 'next', 'began', 'begun', 'started', 'starting', 'depuis', 'seit', 'dal', 'desde', 'à partir de', 'ab']);
const AS_OF_BEFORE_DATE = /(?:on|by|as of|until|till|through|as at|up to|au|am|bis|al|al \d+|hasta el|на)\s*$/iu;

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
export function asOfDay(sentence: string, sentenceStart: number, figure: Figure, pageDay: number | undefined, dates: Figure[]): AsOf {
  const candidates = candidatesOf(sentence, sentenceStart, pageDay, dates);
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
let last: { sentence: string; sentenceStart: number; pageDay: number | undefined; dates: Figure[]; candidates: Array<{ at: number; day: number }> } | null = null;

function candidatesOf(sentence: string, sentenceStart: number, pageDay: number | undefined, dates: Figure[]): Array<{ at: number; day: number }> {
  if (last && last.sentence === sentence && last.sentenceStart === sentenceStart && last.pageDay === pageDay && (last.dates === dates || (last.dates.length === 0 && dates.length === 0))) return last.candidates;
  const candidates: Array<{ at: number; day: number }> = [];
  if (pageDay !== undefined) {
    WEEKDAY.lastIndex = 0;
    for (let m = WEEKDAY.exec(sentence); m; m = WEEKDAY.exec(sentence)) {
      if (m[1] && NOT_AS_OF.has(m[1].toLowerCase())) continue;
      candidates.push({ at: sentenceStart + m.index, day: lastWeekday(pageDay, weekdayOf(m[2]!)) });
    }
    RELATIVE.lastIndex = 0;
    for (let m = RELATIVE.exec(sentence); m; m = RELATIVE.exec(sentence)) {
      const word = m[1]!.toLowerCase();
      const back = ['yesterday', 'last night', 'hier', 'gestern', 'ieri', 'ayer', 'вчера'].includes(word) ? 1 : 0;
      candidates.push({ at: sentenceStart + m.index, day: pageDay - back });
    }
  }
  for (const d of dates) {
    if (!d.date || d.date.day === undefined) continue;
    const before = sentence.slice(Math.max(0, d.start - sentenceStart - 12), d.start - sentenceStart);
    if (!AS_OF_BEFORE_DATE.test(before)) continue;
    const range = dayRange(withYear(d.date, pageDay));
    if (range) candidates.push({ at: d.start, day: range[0] });
  }
  last = { sentence, sentenceStart, pageDay, dates, candidates };
  return candidates;
}
