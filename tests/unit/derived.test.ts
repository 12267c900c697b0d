// Rule 6 of docs/VERDICTS.md: derived checks, each against a small corpus written for the test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { makeSource } from '../../lib/corpus';
import { buildIndex } from '../../lib/source-index';

const report = (id: string, date: string, body: string, origin?: string) =>
  makeSource(id, `${id}\n\n${date}\n\n${body}\n`, { id, outlet: `Outlet ${id}`, title: id, date, dateBasis: 'stated', origin: origin ?? null, url: null } as never);
const check = (text: string, index: ReturnType<typeof buildIndex>, date?: string) => checkText(text, index, date ? { pageDay: parseIsoDate(date)! } : {});

describe('shares from a count and the population', () => {
  const index = buildIndex([
    report('count', '2023-09-30', 'Armenia said 100,417 people had arrived from Nagorno-Karabakh by Saturday.'),
    report('people', '2023-09-20', 'Nagorno-Karabakh had a population of about 120,000 before the offensive.'),
  ]);
  it('80 to 86% of the population follows from 100,417 of about 120,000, and says so', () => {
    const [claim] = check('By Saturday some 80 to 86 percent of the population of Nagorno-Karabakh had left.', index, '2023-09-30');
    expect(claim).toMatchObject({ verdict: 'corroborated', strength: 'derived' });
    expect(claim!.explanation).toMatch(/Derived: “100,417” of a population of 116,400 to 123,600 is 81% to 86% — agrees\./);
    expect(claim!.sources.filter((s) => s.derived).map((s) => s.id).sort()).toEqual(['count', 'people']);
  });
  it('84%, finer than the 81% to 86% that follows, fits it and is what no report gives: consistent, with the arithmetic (verdicts15)', () => {
    const [claim] = check('By Saturday 84% of the population of Nagorno-Karabakh had left.', index, '2023-09-30');
    expect(claim).toMatchObject({ verdict: 'consistent' });
    expect(claim!.explanation).toMatch(/Derived: “100,417” of a population of 116,400 to 123,600 is 81% to 86% — does not decide\./);
    expect(claim!.sources.filter((s) => s.derived).map((s) => s.id).sort()).toEqual(['count', 'people']);
  });
  it('half of the population that Saturday is ruled out by the same arithmetic', () => {
    const [claim] = check('By Saturday half the population of Nagorno-Karabakh had left.', index, '2023-09-30');
    expect(claim).toMatchObject({ verdict: 'conflicting', strength: 'derived' });
    expect(claim!.explanation).toContain('Verdict: conflicting by arithmetic');
  });
  it('an undated share is refuted only beyond the largest derived share, as with stated counts', () => {
    const early = buildIndex([
      report('early', '2023-09-25', 'More than 2,900 people had left Nagorno-Karabakh by Monday, Armenia said.'),
      report('count', '2023-09-30', 'Armenia said 100,417 people had arrived from Nagorno-Karabakh by Saturday.'),
      report('people', '2023-09-20', 'Nagorno-Karabakh had a population of about 120,000 before the offensive.'),
    ]);
    // "more than 2,900" of 120,000 is a little over 2% on the 25th, 100,417 is 81% to 86% on the
    // 30th: 40% on an unknown day lies between, as a stated count of 48,000 would.
    // Arithmetic that only fits decides nothing: the claim stays as direct evidence left it.
    expect(check('About 40 percent of Nagorno-Karabakh’s population has left.', early)[0]).toMatchObject({ verdict: 'unverified', strength: null });
  });
  it('without a population nothing is derived', () => {
    const alone = buildIndex([report('count', '2023-09-30', 'Armenia said 100,417 people had arrived from Nagorno-Karabakh by Saturday.')]);
    expect(check('By Saturday 84% of the population of Nagorno-Karabakh had left.', alone, '2023-09-30')[0]).toMatchObject({ verdict: 'unverified', strength: null });
  });
});

describe('durations from the dates an event began and ended', () => {
  const index = buildIndex([report('start', '2023-09-30', 'Azerbaijan blocked the Lachin corridor to Nagorno-Karabakh in December 2022.')]);
  it('December 2022 to September 2023 gives a blockade of eight to ten months, with the arithmetic', () => {
    const [claim] = check('The blockade of Nagorno-Karabakh lasted between eight and ten months.', index);
    expect(claim).toMatchObject({ measure: 'duration', event: 'blockade', verdict: 'corroborated', strength: 'derived' });
    expect(claim!.explanation).toContain('Derived: Dec 2022 to Sept 2023 is 8 to 10 months — agrees.');
  });
  it('a 10-month blockade lies inside the 8 to 10 months that follow: consistent (verdicts15)', () => {
    const [claim] = check('The 10-month blockade of Nagorno-Karabakh is over.', index);
    expect(claim).toMatchObject({ measure: 'duration', event: 'blockade', verdict: 'consistent' });
    expect(claim!.explanation).toContain('Derived: Dec 2022 to Sept 2023 is 8 to 10 months — does not decide.');
  });
  it('rules out a three-month blockade', () => {
    expect(check('The three-month blockade of Nagorno-Karabakh is over.', index)[0]).toMatchObject({ verdict: 'conflicting', strength: 'derived' });
  });
});

describe('totals from the parts of a breakdown', () => {
  const index = buildIndex([
    report('parts', '2023-09-21', 'Karabakh officials said 150 soldiers and 50 civilians were killed in the Nagorno-Karabakh offensive.'),
  ]);
  it('200 killed follows from 150 soldiers and 50 civilians in one report', () => {
    const claims = check('Some 200 people were killed in the Nagorno-Karabakh offensive.', index);
    const total = claims.find((c) => c.measure === 'killed');
    expect(total).toMatchObject({ verdict: 'corroborated', strength: 'derived' });
    expect(total!.explanation).toContain('soldiers and “50” civilians make 200');
  });
});

describe('dates from durations', () => {
  const index = buildIndex([report('war', '2023-09-30', 'Separatist fighting over Nagorno-Karabakh ended in 1994 after six years of war.')]);
  it('the war began in 1988: 1994 less six years, with the arithmetic', () => {
    const [claim] = check('The war over Nagorno-Karabakh began in 1988.', index);
    expect(claim).toMatchObject({ measure: 'date:start', event: 'war-1990s', verdict: 'corroborated', strength: 'derived' });
    expect(claim!.explanation).toContain('Derived: 1994 less “six years” is Jul 1987 to Jul 1989 — agrees.');
  });
  it('rules out a start in 1980', () => {
    expect(check('The first war over Nagorno-Karabakh began in 1980.', index)[0]).toMatchObject({ verdict: 'conflicting', strength: 'derived' });
  });
});
