import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { agreement, allowed, asserted, band, bears, compare, DAY_GROWTH_SHARE, FLOOR_REACH, ROUNDING_SHARE, roundingWidth, SAME_DAY_SHARE, seriesOf, type Stated } from '../../lib/relation';
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

// Each rule of docs/VERDICTS.md, with its worked example as a table row.
// `q` builds a figure the way the extractor does: value, qualifier and the rounding step's half.
function q(qualifier: Qualifier, value: number, tolerance: number, extra: Partial<Stated> = {}): Stated {
  const low = qualifier === 'gt' || qualifier === 'ge' ? value : qualifier === 'le' || qualifier === 'lt' ? 0 : value;
  const high = qualifier === 'gt' || qualifier === 'ge' ? Infinity : value;
  return { qualifier, unit: 'count', value, low, high, tolerance, vague: false, ...extra };
}
const pct = (qualifier: Qualifier, value: number): Stated => q(qualifier, value, 0.5, { unit: 'percent', ...(qualifier === 'gt' || qualifier === 'ge' ? { high: 100 } : {}) });
const at = (iso: string, hour?: number): Partial<Stated> => ({ asOf: day(iso), asOfExplicit: true, ...(hour !== undefined ? { hour } : {}) });

describe('rule 1: what interval each qualifier gives a figure', () => {
  it.each([
    ['about 120,000 (3%, whatever the step)', q('approx', 120000, 5000), [116400, 123600]],
    ['about 3 days (below 100, the step when wider)', { ...q('approx', 3, 0.5), unit: 'days' }, [2.5, 3.5]],
    ['some 96,000 (3% is wider than the step)', q('approx', 96000, 500), [93120, 98880]],
    ['about 97,700 (given to the hundred: three steps, narrower than 3%)', q('approx', 97700, 50), [97400, 98000]],
    ['about 400 (5%)', q('approx', 400, 20), [380, 420]],
    ['about 40 (10%)', q('approx', 40, 2), [36, 44]],
    ['almost 85,000', q('almost', 85000, 500), [82450, 85000]],
    ['nearly 70,000', q('almost', 70000, 5000), [67900, 70000]],
    ['more than 100,000, read as a number', q('gt', 100000, 5000), [100000, 103000]],
    ['up to 1,000, read as a number', q('le', 1000, 500), [950, 1000]],
    ['100,417 (exact)', q('exact', 100417, 0.5), [100416.5, 100417.5]],
    ['120,000 (bare round figure: its step, at most 3%)', q('exact', 120000, 5000), [116400, 123600]],
    ['some 84%', pct('approx', 84), [82, 86]],
    ['between 50 and 1,000', { ...q('range', 525, 0), low: 50, high: 1000 }, [50, 1000]],
    ['tens of thousands (vague)', { ...q('range', 50000, 0), low: 20000, high: 99999, vague: true }, [20000, 99999]],
  ] as Array<[string, Stated, [number, number]]>)('%s', (_, f, [low, high]) => {
    const [a, b] = band(f);
    expect(a).toBeCloseTo(low, 6);
    expect(b).toBeCloseTo(high, 6);
  });

  it('open figures assert everything past their bound; a report allows at most FLOOR_REACH times its floor', () => {
    expect(asserted(q('gt', 100000, 5000))).toEqual([100000, Infinity]);
    expect(asserted(q('le', 1000, 500))).toEqual([0, 1000]);
    expect(allowed(q('ge', 200, 10))).toEqual([200, 200 * FLOOR_REACH]);
    expect(asserted(pct('gt', 80))).toEqual([80, 100]);
  });

  it('the rounding width grows with the figure but its share falls', () => {
    const sizes = [5, 50, 500, 5000, 50000, 500000];
    const widths = sizes.map((v) => roundingWidth(v, 'count'));
    for (let i = 1; i < sizes.length; i++) {
      expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
      expect(widths[i]! / sizes[i]!).toBeLessThanOrEqual(widths[i - 1]! / sizes[i - 1]!);
    }
    expect(ROUNDING_SHARE.at(-1)!.below).toBe(Infinity);
  });
});

describe('rule 2: agree (corroborate) means a report gives this figure', () => {
  const population = 'population';
  it.each([
    ['almost 140,000 vs around 120,000', q('almost', 140000, 5000), q('approx', 120000, 5000), 'contradicts', undefined],
    ['about 150,000 vs around 120,000', q('approx', 150000, 5000), q('approx', 120000, 5000), 'contradicts', undefined],
    ['about 125,000 vs 120,000: overlapping, not the same figure', q('approx', 125000, 2500), q('exact', 120000, 5000), 'context', undefined],
    ['120,000 vs around 120,000', q('exact', 120000, 5000), q('approx', 120000, 5000), 'supports', undefined],
    ['an estimated 120,000 vs 120,000', q('approx', 120000, 5000), q('exact', 120000, 5000), 'supports', undefined],
    ['more than 120,000 vs 120,000: at a rounded figure, loosely', q('gt', 120000, 5000), q('exact', 120000, 5000), 'supports', true],
  ] as Array<[string, Stated, Stated, string, true | undefined]>)('%s', (_, claim, report, relation, loose) => {
    const c = compare(claim, report, population);
    expect(c.relation).toBe(relation);
    expect(c.loose).toBe(loose);
  });

  it.each([
    ['100,417 gives more than 100,000', q('gt', 100000, 5000), q('exact', 100417, 0.5), 'direct'],
    ['more than 100,000 gives more than 100,000', q('gt', 100000, 5000), q('gt', 100000, 5000), 'direct'],
    ['120,000 does not give more than 100,000: too much room', q('gt', 100000, 5000), q('exact', 120000, 5000), null],
    ['170 gives at least 170', q('ge', 170, 5), q('exact', 170, 5), 'direct'],
    ['120,000 only loosely gives more than 120,000', q('gt', 120000, 5000), q('exact', 120000, 5000), 'loose'],
    ['between 50 and 1,000 gives at most 1,000', q('le', 1000, 500), { ...q('range', 525, 0), low: 50, high: 1000 }, 'direct'],
    ['between 50 and 1,000 gives around 50 only loosely, at one of its ends', q('approx', 50, 2.5), { ...q('range', 525, 0), low: 50, high: 1000 }, 'loose'],
    ['between 50 and 1,000 does not give about 500: overlap is not agreement', q('approx', 500, 25), { ...q('range', 525, 0), low: 50, high: 1000 }, null],
    ['ranges agree when both ends do', { ...q('range', 525, 0), low: 50, high: 1000 }, { ...q('range', 525, 0), low: 50, high: 990 }, 'direct'],
    ['an interval worked out by arithmetic gives a figure that takes it in', { ...pct('range', 83), low: 80, high: 87 }, { ...pct('range', 83.75), low: 81.2, high: 86.3, derived: true }, 'direct'],
    ['an interval worked out by arithmetic does not give a finer figure inside it (verdicts15)', pct('exact', 84), { ...pct('range', 83.75), low: 81.2, high: 86.3, derived: true }, null],
    // A precise figure past an open report's bound is no report's figure (the thirteenth round's ruling).
    ['at least 200 does not give 213', q('exact', 213, 0.5), q('ge', 200, 10), null],
    ['at least 200 loosely gives about 200', q('approx', 200, 5), q('ge', 200, 10), 'loose'],
    ['at least 200 does not give 260', q('exact', 260, 5), q('ge', 200, 10), null],
    ['more than 65% does not give two-thirds', pct('exact', 200 / 3), pct('gt', 65), null],
    ['more than 100,000 does not give some 96,000', q('approx', 96000, 500), q('gt', 100000, 5000), null],
    ['around 80,000 gives 81,139', q('approx', 80000, 5000), q('exact', 81139, 0.5), 'direct'],
    ['tens of thousands is loosely given by over 78,300', { ...q('range', 50000, 0), low: 20000, high: 99999, vague: true }, q('gt', 78300, 50), 'loose'],
    ['tens of thousands gives no precise figure', q('exact', 50000, 5000), { ...q('range', 50000, 0), low: 20000, high: 99999, vague: true }, null],
    ['more than half does not give almost half: one is below the half, the other above', pct('almost', 50), pct('gt', 50), null],
    ['almost 85,000 does not give more than 85,000, nor the other way round', q('gt', 85000, 500), q('almost', 85000, 500), null],
    ['at least half does not give just under half', pct('lt', 50), pct('ge', 50), null],
  ] as Array<[string, Stated, Stated, string | null]>)('%s', (_, claim, report, expected) => {
    expect(agreement(claim, report)).toBe(expected);
  });

  it('the same figure always agrees with itself, directly (property)', () => {
    const qualifiers: Qualifier[] = ['exact', 'only', 'approx', 'almost', 'gt', 'ge', 'le', 'lt'];
    fc.assert(
      fc.property(fc.constantFrom(...qualifiers), fc.integer({ min: 1, max: 10_000_000 }), (qual, v) => {
        const f = q(qual, v, Math.min(v * 0.05, 500));
        expect(compare(f, f, 'population')).toEqual({ relation: 'supports' });
      }),
    );
  });

  it('two approximate figures agree only when one lies within the other’s band (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 1_000_000 }), fc.integer({ min: 10, max: 1_000_000 }), (a, b) => {
        const x = q('approx', a, 0);
        const y = q('approx', b, 0);
        const within = (v: number, [lo, hi]: [number, number]) => lo <= v && v <= hi;
        const expected = within(a, band(y)) || within(b, band(x));
        expect(compare(x, y, 'population').relation === 'supports').toBe(expected);
      }),
    );
  });

  it('a floor is never directly given by a report below it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 1_000_000 }), fc.double({ min: 0.1, max: 0.999, noNaN: true }), (v, share) => {
        const report = q('exact', Math.floor(v * share), 0.5);
        expect(agreement(q('gt', v, 0), report)).not.toBe('direct');
      }),
    );
  });
});

describe('rule 3: rising counts and time of day', () => {
  const noonClaim = q('exact', 60000, 5000, at('2023-09-28', 12));
  const eveningReport = q('gt', 78300, 50, at('2023-09-28', 19));
  it('60,000 by Thursday noon does not conflict with over 78,300 by Thursday evening, either way round', () => {
    expect(compare(noonClaim, eveningReport, 'left')).toEqual({ relation: 'context', reason: 'same-day' });
    expect(compare(eveningReport, noonClaim, 'left')).toEqual({ relation: 'context', reason: 'same-day' });
  });
  it('but 90,000 by noon is refuted by 78,300 by evening: the count cannot fall', () => {
    expect(compare(q('gt', 90000, 5000, at('2023-09-28', 12)), q('exact', 78300, 50, at('2023-09-28', 19)), 'left').relation).toBe('contradicts');
  });
  it('without hours, a count within SAME_DAY_SHARE of the day’s report is that day’s at another hour, both ways', () => {
    const report = q('exact', 78300, 50, at('2023-09-28'));
    expect(compare(q('exact', 70000, 5000, at('2023-09-28')), report, 'left').reason).toBe('same-day');
    expect(compare(q('exact', 88000, 500, at('2023-09-28')), report, 'left').reason).toBe('same-day');
    expect(compare(q('exact', 60000, 5000, at('2023-09-28')), report, 'left').relation).toBe('contradicts');
    expect(SAME_DAY_SHARE).toBeLessThan(0.25);
  });
  it('some 96,000 on Saturday is not corroborated by more than 100,000 that Saturday', () => {
    expect(compare(q('approx', 96000, 500, at('2023-09-30')), q('gt', 100000, 5000, at('2023-09-30')), 'left').relation).not.toBe('supports');
  });
  it('a count reported earlier confirms the same floor later: "170 killed" on Monday, "at least 170" on Friday', () => {
    expect(compare(q('ge', 170, 5, { asOf: day('2023-09-29'), asOfExplicit: false }), q('exact', 170, 5, at('2023-09-25')), 'killed').relation).toBe('supports');
  });
  it('a floor on one day is not confirmed by a rounded figure at that floor a day later', () => {
    expect(compare(q('gt', 400, 50, { asOf: day('2023-09-28'), asOfExplicit: false }), q('approx', 400, 20, at('2023-09-29')), 'wounded').relation).toBe('context');
  });
  it('a count dated only by its page may be a day older than the page: a report of that day or the day before, larger by up to a day’s growth, is a later count', () => {
    const pageDated = (iso: string) => ({ asOf: day(iso), asOfExplicit: false });
    const evening = q('gt', 78300, 50, at('2023-09-28', 19));
    expect(compare(q('exact', 65036, 0.5, pageDated('2023-09-28')), evening, 'left')).toEqual({ relation: 'context', reason: 'same-day' });
    expect(compare(q('exact', 65036, 0.5, pageDated('2023-09-29')), evening, 'left')).toEqual({ relation: 'context', reason: 'later' });
    // Two days before, or with the day named in the text, the larger count refutes it.
    expect(compare(q('exact', 65036, 0.5, pageDated('2023-09-30')), evening, 'left').relation).toBe('contradicts');
    expect(compare(q('exact', 65036, 0.5, at('2023-09-28')), q('gt', 78300, 50, at('2023-09-28')), 'left').relation).toBe('contradicts');
    // More than a day's growth below the day's report, it is refuted: "just 5,000 vehicles" beside "topped 21,000" that day.
    expect(compare(q('exact', 5000, 500, pageDated('2023-09-30')), q('gt', 21000, 500, at('2023-09-30')), 'vehicles').relation).toBe('contradicts');
    expect(DAY_GROWTH_SHARE).toBeLessThan(0.5);
    // A count that only rises is still refuted by a smaller later report.
    expect(compare(q('exact', 120000, 5000, pageDated('2023-09-29')), q('exact', 100417, 0.5, at('2023-09-30')), 'left').relation).toBe('contradicts');
  });
  it('a smaller count earlier never contradicts a larger one later (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 200000 }), fc.integer({ min: 0, max: 200000 }), fc.integer({ min: 0, max: 12 }), (small, extra, hours) => {
        const earlier = q('exact', small, 0.5, at('2023-09-28', 8));
        const later = q('exact', small + extra, 0.5, at('2023-09-28', 8 + hours + 1));
        expect(compare(earlier, later, 'left').relation).not.toBe('contradicts');
        expect(compare(later, earlier, 'left').relation).not.toBe('contradicts');
      }),
    );
  });
});

describe('rule 3 with the whole series: how far a count moves in a day, and a toll quoted later', () => {
  const pageDated = (iso: string): Partial<Stated> => ({ asOf: day(iso), asOfExplicit: false });
  // The bundled reports of people who had left: about 3,000 on Monday 25 September, over 78,300 on
  // Thursday evening, almost 85,000 on Friday, 100,417 on Saturday.
  const monday = [q('gt', 2900, 50, pageDated('2023-09-25')), q('le', 3000, 50, pageDated('2023-09-25'))];
  const left = [...monday, q('gt', 78300, 50, at('2023-09-28')), q('almost', 85000, 500, pageDated('2023-09-29')), q('exact', 100417, 0.5, pageDated('2023-09-30'))];
  const series = seriesOf(left, 'left');

  it('the series moves as fast as its reports show, around each day', () => {
    // 3,000 on the 25th to 78,300 on the 28th is 25,100 a day; 85,000 to 100,417 is 15,417.
    expect(series.rises.get(day('2023-09-25'))).toBeCloseTo(25100);
    expect(series.rises.get(day('2023-09-30'))).toBeCloseTo(15417);
    expect(seriesOf([q('ge', 200, 10, pageDated('2023-09-29'))], 'killed').rises.size).toBe(0);
  });

  it('a report’s lower count the same day does not refute a higher one from later that day', () => {
    const afternoon = q('almost', 7000, 500, at('2023-09-25', 15));
    for (const report of monday) {
      expect(compare(afternoon, report, 'left', series)).toEqual({ relation: 'context', reason: 'same-day' });
      // Taken alone, without the series' pace, the 15% of SAME_DAY_SHARE refutes it.
      expect(compare(afternoon, report, 'left').relation).toBe('contradicts');
    }
  });

  it('but a day’s rise reaches only past the report, and only as far as the series moves around that day', () => {
    // "By Monday, only about 1,000": below Monday's report, which was taken that day or before.
    expect(compare(q('approx', 1000, 50, at('2023-09-25')), monday[0]!, 'left', series).relation).toBe('contradicts');
    // "More than 120,000" on Saturday: 19,583 past 100,417, more than Saturday's pace allows.
    expect(compare(q('gt', 120000, 5000, pageDated('2023-09-30')), left[4]!, 'left', series).relation).toBe('contradicts');
    // "More than 100,000 … late on Friday" beside Friday's "almost 85,000": within a day's rise.
    expect(compare(q('gt', 100000, 5000, at('2023-09-29')), left[3]!, 'left', series).reason).toBe('same-day');
  });

  it('a later report that names no day gives an earlier day’s toll when the series never shows it moving', () => {
    const toll = q('ge', 200, 10, pageDated('2023-09-29'));
    const claim = q('ge', 200, 10, pageDated('2023-09-20'));
    expect(compare(claim, toll, 'killed', seriesOf([toll], 'killed'))).toEqual({ relation: 'supports', quoted: true });
    // Alone, or when the report names its day, it is only a later count.
    expect(compare(claim, toll, 'killed').relation).toBe('context');
    const named = { ...toll, asOfExplicit: true };
    expect(compare(claim, named, 'killed', seriesOf([named], 'killed')).relation).toBe('context');
    // A series that moves in between gives a later figure, not this day's: "more than 100,000" on the
    // 26th is not what Saturday's "more than 100,000" says of the 26th.
    const saturday = q('gt', 100000, 5000, pageDated('2023-09-30'));
    expect(compare(q('gt', 100000, 5000, pageDated('2023-09-26')), saturday, 'left', seriesOf([...left, saturday], 'left')).relation).not.toBe('supports');
    // Nor does a claim later than every report quote one: "101,848" on a page of March 2024 may be newer.
    const march = q('exact', 101848, 0.5, pageDated('2024-03-18'));
    expect(compare(march, saturday, 'left', seriesOf([saturday], 'left')).relation).not.toBe('supports');
  });
});

describe('counts of separate occasions', () => {
  const evacuated = (value: number, asOf: string): Stated => q('gt', value, 50, { asOf: day(asOf), asOfExplicit: true });
  it('a count of another day’s evacuation is no evidence at all, neither for nor against', () => {
    const villages = evacuated(7000, '2023-09-19');
    const convoy = q('le', 311, 5, { asOf: day('2023-09-24'), asOfExplicit: true });
    const c = compare(villages, convoy, 'evacuated');
    expect(c.relation).toBe('context');
    expect(bears(villages, convoy, c, 'evacuated')).toBe(false);
    // The same day may be the same occasion; a report that gives the figure always bears.
    expect(bears(villages, evacuated(6000, '2023-09-19'), compare(villages, evacuated(6000, '2023-09-19'), 'evacuated'), 'evacuated')).toBe(true);
    expect(bears(villages, evacuated(7000, '2023-09-24'), compare(villages, evacuated(7000, '2023-09-24'), 'evacuated'), 'evacuated')).toBe(true);
  });
  it('another journey’s length, and any measure that is one count, still bear', () => {
    const hours = (value: number, asOf: string): Stated => ({ ...q('le', value, 0.5, { asOf: day(asOf), asOfExplicit: false }), unit: 'days' });
    const upTo30Hours = hours(1.25, '2023-09-27');
    const threeDays = hours(3, '2023-09-28');
    expect(bears(upTo30Hours, threeDays, compare(upTo30Hours, threeDays, 'journey_time'), 'journey_time')).toBe(true);
    const claim = q('exact', 50000, 500, { asOf: day('2023-09-27'), asOfExplicit: true });
    const report = q('gt', 78300, 50, { asOf: day('2023-09-28'), asOfExplicit: true });
    expect(bears(claim, report, compare(claim, report, 'left'), 'left')).toBe(true);
  });
});

describe('a report that places an event in a week it does not date further (verdicts10)', () => {
  // "a lightning offensive last week" in a report of Thursday 28 September: 18 to 24 September.
  const week: Stated = { qualifier: 'range', unit: 'date', value: day('2023-09-18'), low: day('2023-09-18'), high: day('2023-09-24'), tolerance: 0, vague: false, date: { year: 2023, month: 9 }, placed: true };
  const onDay = (d: number): Stated => ({ qualifier: 'exact', unit: 'date', value: 0, low: 0, high: 0, tolerance: 0, vague: false, date: { year: 2023, month: 9, day: d } });
  it('a day inside the week fits it: context, never support', () => {
    for (const d of [18, 19, 20, 24]) {
      const c = compare(onDay(d), week, 'date:start');
      expect(c).toEqual({ relation: 'context', reason: 'compatible' });
      expect(bears(onDay(d), week, c, 'date:start')).toBe(true);
    }
  });
  it('a date that takes in the whole week says what the report says; a day outside it is not judged by it', () => {
    const month: Stated = { ...onDay(1), date: { year: 2023, month: 9 } };
    expect(compare(month, week, 'date:start').relation).toBe('supports');
    for (const d of [5, 17, 26]) expect(bears(onDay(d), week, compare(onDay(d), week, 'date:start'), 'date:start')).toBe(false);
  });
});

describe('a vague count of a rising series is read against its own day’s report (verdicts10)', () => {
  const pageDated = (iso: string): Partial<Stated> => ({ asOf: day(iso), asOfExplicit: false });
  const thousands = (iso: string): Stated => ({ ...q('range', 5000, 0, pageDated(iso)), low: 2000, high: 9999, vague: true });
  const monday = q('le', 3000, 50, pageDated('2023-09-25'));
  const thursday = q('gt', 78300, 50, at('2023-09-28'));
  const series = seriesOf([monday, thursday], 'left');
  it('"thousands" on the day of "as many as 3,000" is that count; on a later day, only context', () => {
    expect(compare(thousands('2023-09-25'), monday, 'left', series)).toEqual({ relation: 'supports', loose: true });
    expect(compare(thousands('2023-09-27'), monday, 'left', series)).toEqual({ relation: 'context', reason: 'earlier' });
    expect(compare(thousands('2023-09-27'), thursday, 'left', series)).toEqual({ relation: 'context', reason: 'later' });
  });
  it('but a toll that stands still is the same count whatever later report gives it', () => {
    const toll = q('ge', 200, 10, pageDated('2023-09-29'));
    const hundreds: Stated = { ...q('range', 450, 0, pageDated('2023-09-21')), low: 200, high: 999, vague: true };
    expect(compare(hundreds, toll, 'killed', seriesOf([toll], 'killed')).relation).toBe('supports');
  });
});

describe('another day’s floor gives only its own rounding of a rising count (verdicts10)', () => {
  const pageDated = (iso: string): Partial<Stated> => ({ asOf: day(iso), asOfExplicit: false });
  const thursday = q('gt', 78300, 50, at('2023-09-28'));
  const saturday = q('gt', 100000, 5000, pageDated('2023-09-30'));
  const series = seriesOf([thursday, saturday], 'left');
  it('"about 89,000" on Friday sits past Thursday’s "over 78,300", not within it: a later count', () => {
    expect(compare(q('approx', 89000, 500, pageDated('2023-09-29')), thursday, 'left', series).relation).toBe('context');
  });
  it('"100,483" on Sunday fits Saturday’s "more than 100,000" but is not its figure', () => {
    expect(compare(q('exact', 100483, 0.5, pageDated('2023-10-01')), saturday, 'left', series)).toMatchObject({ relation: 'context' });
  });
  it('"over 400 wounded" on the 21st is the toll a later report gives as "around 400", when it stands still', () => {
    const toll = q('approx', 400, 50, pageDated('2023-09-29'));
    expect(compare(q('gt', 400, 50, pageDated('2023-09-21')), toll, 'wounded', seriesOf([toll], 'wounded')).relation).toBe('supports');
    // Without the series, or with a report that names its day, only a later count.
    expect(compare(q('gt', 400, 50, pageDated('2023-09-21')), toll, 'wounded').relation).toBe('context');
  });
});
