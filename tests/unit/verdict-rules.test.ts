// The examples of issue 12 and docs/VERDICTS.md, end to end through checkText: each rule's
// worked example gives the right verdict and strength, against the seeds or a corpus written here.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { makeSource } from '../../lib/corpus';
import { buildIndex, type SourceIndex } from '../../lib/source-index';
import { hourOf } from '../../lib/time-of-day';
import { loadCorpusDir } from '../../scripts/corpus-files';

const seeds = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const check = (text: string, date?: string, index: SourceIndex = seeds) => checkText(text, index, date ? { pageDay: parseIsoDate(date)! } : {});
const one = (text: string, date?: string, index?: SourceIndex) => {
  const claims = check(text, date, index);
  expect(claims, text).toHaveLength(1);
  return claims[0]!;
};
const report = (id: string, date: string, body: string, origin: string | null = null) =>
  makeSource(id, `${id}\n\n${date}\n\n${body}\n`, { id, outlet: `Outlet ${id}`, title: id, date, dateBasis: 'stated', origin, url: null } as never);

describe('rounding words reach a little, not a quarter', () => {
  it('"almost 140,000 lived there" does not agree with "around 120,000": it conflicts', () => {
    const c = one('Almost 140,000 people lived in Nagorno-Karabakh before the exodus.');
    expect(c.verdict).toBe('conflicting');
    expect(c.sources.every((s) => s.relation !== 'supports')).toBe(true);
  });
  it('"some 96,000 by Saturday" is not corroborated by "more than 100,000" that Saturday', () => {
    const c = one('Some 96,000 people had left Nagorno-Karabakh by Saturday.', '2023-09-30');
    expect(c.verdict).toBe('consistent');
    expect(c.sources.filter((s) => s.figure === 'More than 100,000').map((s) => s.reason)).toEqual(['same-day', 'same-day']);
  });
});

describe('projections, expectations and targets are never counted', () => {
  it.each([
    'The UN refugee agency plans for up to 120,000 arrivals from Nagorno-Karabakh.',
    'Armenia expects thousands more refugees from Nagorno-Karabakh and prepares for up to 120,000 arrivals.',
    'The number of refugees from Nagorno-Karabakh could climb to 120,000.',
    'The number of refugees from Nagorno-Karabakh is projected to reach 120,000.',
  ])('%s', (text) => {
    expect(check(text, '2023-09-30')).toEqual([]);
  });
  it('a report’s projection is not cited as corroboration of a count', () => {
    const index = buildIndex([report('plan', '2023-09-26', 'The UN refugee agency in Armenia plans for up to 120,000 arrivals from Nagorno-Karabakh.')]);
    const c = one('By Tuesday 110,000 refugees had arrived in Armenia from Nagorno-Karabakh.', '2023-09-26', index);
    expect(c.verdict).toBe('unverified');
    expect(c.sources).toEqual([]);
  });
});

describe('one report’s own two figures never make a dispute', () => {
  it('"half the population" against one report’s "more than half" and "more than 65%"', () => {
    const c = one('Half the population of Nagorno-Karabakh had fled by Thursday evening.', '2023-09-28');
    expect(c.verdict).toBe('conflicting');
    // Since round 16 "half" is not the "more than half" the report gives (the share it rules out): only compatible.
    expect(c.sources.find((s) => s.figure === 'More than half')).toMatchObject({ relation: 'context' });
  });
  it('two outlets carrying one wire copy are one voice', () => {
    const index = buildIndex([
      report('wire-a', '2023-09-28', 'More than half of Nagorno-Karabakh’s population has fled.', 'Wire Agency'),
      report('wire-b', '2023-09-28', 'More than 65% of Nagorno-Karabakh’s population has fled.', 'Wire Agency'),
    ]);
    expect(one('Half of Nagorno-Karabakh’s population has fled.', '2023-09-28', index).verdict).not.toBe('disputed');
  });
  it('independent reports that disagree are still a dispute', () => {
    const index = buildIndex([
      report('one', '2023-09-28', 'Around 120,000 people lived in Nagorno-Karabakh before the offensive.'),
      report('two', '2023-09-28', 'About 150,000 people lived in Nagorno-Karabakh before the offensive.'),
    ]);
    expect(one('Nagorno-Karabakh had a population of 120,000.', undefined, index).verdict).toBe('disputed');
  });
});

describe('time of day works both ways', () => {
  it('"60,000 by Thursday noon" does not conflict with "over 78,300 by Thursday evening"', () => {
    const c = one('By Thursday noon 60,000 people had left Nagorno-Karabakh.', '2023-09-28');
    expect(c.verdict).toBe('consistent');
    expect(c.sources.find((s) => s.figure === 'over 78,300')).toMatchObject({ relation: 'context', reason: 'same-day' });
  });
  it('reads the hour a sentence names', () => {
    expect([hourOf('by Thursday noon'), hourOf('on Thursday evening'), hourOf('at 6 pm on Friday'), hourOf('Wednesday night'), hourOf('on Thursday')]).toEqual([12, 19, 18, 22, undefined]);
    expect(hourOf('in the morning, but by the evening')).toBe(9);
  });
});

describe('how sure: strength on every verdict', () => {
  it.each([
    ['By Thursday evening 78,300 people had left Nagorno-Karabakh for Armenia.', '2023-09-28', 'corroborated', 'loose'],
    ['Armenia says 100,417 people have crossed from Nagorno-Karabakh.', '2023-09-30', 'corroborated', 'direct'],
    ['By Saturday some 80 to 86 percent of Nagorno-Karabakh’s population had fled.', '2023-09-30', 'corroborated', 'derived'],
    ['By Saturday 84% of Nagorno-Karabakh’s population had fled.', '2023-09-30', 'consistent', 'loose'],
    ['Around 30,000 people have left Karabakh so far, the Armenian government said on Tuesday.', '2023-09-27', 'consistent', 'loose'],
    ['Over 170 people died in a blast at a fuel depot near Stepanakert.', undefined, 'unverified', null],
  ] as const)('%s → %s, %s', (text, date, verdict, strength) => {
    expect(one(text, date)).toMatchObject({ verdict, strength });
  });
  it('a loose verdict is never worded as a plain corroboration', () => {
    const c = one('By Thursday evening 78,300 people had left Nagorno-Karabakh for Armenia.', '2023-09-28');
    expect(c.explanation).toContain('Verdict: loosely corroborated');
    expect(c.explanation).not.toContain('Verdict: corroborated —');
  });
});

describe('an elided noun carries to the next figure', () => {
  it('"150 soldiers were killed and 400 wounded" keeps the 400’s noun', () => {
    const claims = check('In Nagorno-Karabakh, 150 soldiers were killed and 400 wounded.');
    expect(claims.map((c) => [c.text, c.measure])).toEqual([['150', 'killed:soldiers'], ['400', 'wounded:soldiers']]);
  });
});

describe('a toll quoted later, end to end', () => {
  it('"at least 200 killed" on 20 September is corroborated by a report of the 29th that names no day, and the card says why', () => {
    const c = one('Separatist officials in Nagorno-Karabakh said at least 200 people had been killed in the offensive.', '2023-09-20');
    expect([c.verdict, c.strength]).toEqual(['corroborated', 'direct']);
    const support = c.sources.find((s) => s.relation === 'supports')!;
    expect(support.quoted).toBe(true);
    expect(c.explanation).toContain('a later report that names no day for the figure');
  });
  it('when a report between gives another toll, the later report is only a later count', () => {
    const index = buildIndex([
      report('early', '2023-09-22', 'On 22 September, officials in Nagorno-Karabakh said 32 people had been killed in the offensive.'),
      report('late', '2023-09-29', 'Officials in Nagorno-Karabakh said at least 200 people had been killed in the offensive.'),
    ]);
    const c = one('Separatist officials in Nagorno-Karabakh said at least 200 people had been killed in the offensive.', '2023-09-20', index);
    expect(c.sources.some((s) => s.quoted)).toBe(false);
    expect(c.sources.find((s) => s.id === 'late')?.reason).toBe('later');
  });
});
