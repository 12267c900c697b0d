// "a two-day offensive" counts the calendar days the offensive took in (19 and 20 September), not its length in
// hours: it fits "less than 24 hours" without being that figure, and "a three-day offensive" still does not fit.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/figures';
import { detectLocale } from '../../lib/locale';
import { agreement, band, compare, type Stated } from '../../lib/relation';

const figure = (text: string, raw: string) => extractFigures(text, detectLocale(text)).find((f) => f.raw === raw)!;
const lessThanADay: Stated = { qualifier: 'lt', unit: 'days', value: 1, low: 0, high: 1, tolerance: 0.5, vague: false };
const sixWeeks: Stated = { qualifier: 'exact', unit: 'days', value: 42, low: 42, high: 42, tolerance: 3.5, vague: false };

describe('days written before the noun of an event', () => {
  it('are read as calendar days only for whole days of two or more', () => {
    expect(figure('the two-day offensive', 'two-day').calendarDays).toBe(true);
    expect(figure('die zweitägige Militäroperation', 'zweitägige').calendarDays).toBe(true);
    expect(figure('the one-day offensive', 'one-day').calendarDays).toBeUndefined();
    expect(figure('a six-week war', 'six-week').calendarDays).toBeUndefined();
    expect(figure('the offensive lasted two days', 'two days').calendarDays).toBeUndefined();
  });

  it('span more than two days less than their count and at most their count', () => {
    const [low, high] = band(figure('the two-day offensive', 'two-day'));
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(0.1);
    expect(high).toBe(2);
  });

  it('fit a report of less than a day without being its figure', () => {
    const twoDay = figure('the two-day offensive', 'two-day');
    expect(compare(twoDay, lessThanADay, 'duration').relation).toBe('context');
    expect(agreement(twoDay, lessThanADay)).toBeNull();
    expect(compare(figure('the three-day offensive', 'three-day'), lessThanADay, 'duration').relation).toBe('contradicts');
  });

  it('still agree with a report of the same span in other units', () => {
    expect(agreement(figure('the 44-day war', '44-day'), sixWeeks)).toBe('direct');
  });
});
