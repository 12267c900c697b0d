// Readings met in a read set (held-out-14) and the review that followed: decades beside the year of a war that
// lasted weeks ("duas guerras … nas últimas três décadas, a última em 2020") span the conflict; a word of leaving
// that describes the people a count names stays what the count measures where housing is only their need (the
// review's lost readings: a first rule that let a later noun of housing take the count was dropped).
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.event]);

describe('displaced people and their housing', () => {
  it.each([
    'More than 100,000 displaced people from Nagorno-Karabakh need housing, the UN says.',
    'Some 100,000 displaced people fled Nagorno-Karabakh to be housed in Armenia.',
    'More than 100,000 people fled Nagorno-Karabakh and were housed in Armenia.',
  ])('near-miss: "%s" counts those who left', (text) => {
    expect(figures(text, '2023-09-30')).toEqual([[expect.stringMatching(/100,000$/u), 'left', 'exodus-2023']]);
  });
});

describe('decades beside the year of a short war', () => {
  it('span the conflict, not the 2020 war', () => {
    const text = 'O impasse sobre Nagorno-Karabakh já levou a duas guerras nas últimas três décadas, a última em 2020.';
    expect(figures(text, '2023-09-29')).toContainEqual(['três décadas', 'duration', 'conflict']);
  });

  it('near-miss: five years after the 2016 war are that span’s own, not the conflict’s', () => {
    expect(figures('Armenia spent five years rearming after the 2016 war over Nagorno-Karabakh.', '2023-10-05')).toEqual([['five years', 'duration', 'war-2016']]);
  });
});
