import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { compare, type Stated } from '../../lib/relation';
import type { Qualifier } from '../../lib/figures';

const day = (iso: string) => parseIsoDate(iso)!;

function fig(qualifier: Qualifier, value: number, asOf?: string, extra: Partial<Stated> = {}): Stated {
  const bounds: Record<string, [number, number]> = {
    gt: [value, Infinity], ge: [value, Infinity], almost: [value * 0.8, value], approx: [value * 0.9, value * 1.1],
    le: [0, value], lt: [0, value], exact: [value, value], only: [value, value], range: [value, value],
  };
  const [low, high] = bounds[qualifier]!;
  return { qualifier, unit: 'count', value, low, high, tolerance: 0, vague: false, ...(asOf ? { asOf: day(asOf), asOfExplicit: true } : {}), ...extra };
}

describe('counts of people who had left only rise', () => {
  const thursday = fig('gt', 78300, '2023-09-28');
  it('an earlier, smaller count is context, not a contradiction', () => {
    expect(compare(fig('exact', 2900, '2023-09-25'), thursday, 'left').relation).toBe('context');
  });
  it('a count between an earlier and a later report fits both', () => {
    const claim = fig('approx', 50000, '2023-09-27');
    expect(compare(claim, fig('gt', 2900, '2023-09-25'), 'left').relation).toBe('context');
    expect(compare(claim, thursday, 'left').relation).toBe('context');
  });
  it('fewer on a later day than a report of an earlier day is a contradiction', () => {
    expect(compare(fig('approx', 40000, '2023-09-30'), thursday, 'left').relation).toBe('contradicts');
  });
  it('more on an earlier day than a later report allows is a contradiction', () => {
    expect(compare(fig('exact', 200000, '2023-09-26'), thursday, 'left').relation).toBe('contradicts');
  });
  it('a floor reported earlier supports the same floor later', () => {
    expect(compare(fig('gt', 100000, '2023-10-01'), fig('gt', 100000, '2023-09-30'), 'left').relation).toBe('supports');
  });
  it('a count a fifth below the same day’s report may be that morning’s: context', () => {
    expect(compare(fig('almost', 70000, '2023-09-28'), thursday, 'left').relation).toBe('context');
  });
});

describe('same-day and timeless comparisons', () => {
  it('agreeing figures support, far ones contradict', () => {
    expect(compare(fig('approx', 120000), fig('approx', 120000), 'population').relation).toBe('supports');
    expect(compare(fig('approx', 200000), fig('approx', 120000), 'population').relation).toBe('contradicts');
    expect(compare(fig('approx', 150000), fig('approx', 120000), 'population').relation).toBe('contradicts');
  });
  it('a higher floor is not confirmed by a lower one', () => {
    expect(compare(fig('gt', 120000, '2023-09-30'), fig('gt', 100000, '2023-09-30'), 'left').relation).toBe('context');
    expect(compare(fig('gt', 100000, '2023-09-30'), fig('exact', 100417, '2023-09-30'), 'left').relation).toBe('supports');
  });
  it('"at least 2,000 killed" contradicts "at least 200 killed"', () => {
    expect(compare(fig('ge', 2000), fig('ge', 200), 'killed').relation).toBe('contradicts');
  });
  it('a vague report neither supports nor contradicts a precise claim', () => {
    const tens = { ...fig('range', 50000), low: 20000, high: 99999, vague: true };
    expect(compare(fig('exact', 120000), tens, 'population').relation).toBe('context');
  });
  it('dates agree part by part', () => {
    const d = (date: Stated['date']): Stated => ({ ...fig('exact', 0), unit: 'date', date });
    expect(compare(d({ month: 6 }), d({ year: 2022, month: 12 }), 'date:blockade').relation).toBe('contradicts');
    expect(compare(d({ year: 2024, month: 1, day: 1 }), d({ year: 2024, month: 1, day: 1 }), 'date:dissolution').relation).toBe('supports');
    expect(compare(d({ year: 1994 }), d({ year: 1994 }), 'date:end').relation).toBe('supports');
  });
});
