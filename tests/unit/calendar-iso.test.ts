import { describe, expect, it } from 'vitest';
import { epochDay, isoOfDay } from '../../lib/calendar';

describe('isoOfDay writes the ISO date of an epoch day', () => {
  const byDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  it('agrees with Date on every day from 1600 to 2400, leap days and century years included', () => {
    const wrong: number[] = [];
    for (let day = epochDay(1600, 1, 1); day <= epochDay(2400, 12, 31); day++) if (isoOfDay(day) !== byDate(day)) wrong.push(day);
    expect(wrong).toEqual([]);
  });
  it.each([
    [epochDay(2023, 9, 19), '2023-09-19'],
    [epochDay(2024, 2, 29), '2024-02-29'],
    [epochDay(1900, 3, 1), '1900-03-01'],
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
  ])('day %i is %s', (day, iso) => expect(isoOfDay(day)).toBe(iso));
  it('a day with a fraction is the day it falls in, and years past four digits are written as Date writes them', () => {
    expect(isoOfDay(epochDay(2023, 9, 28) + 0.75)).toBe('2023-09-28');
    expect(isoOfDay(epochDay(10_000, 1, 1))).toBe(byDate(epochDay(10_000, 1, 1)));
  });
  it('a day that is not a number throws, as before', () => {
    expect(() => isoOfDay(Number.NaN)).toThrow(RangeError);
  });
});
