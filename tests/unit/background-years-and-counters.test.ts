// Two kinds of number real pages carry that are no figure of the events: the year the Soviet Union ended, in
// the background paragraph of nearly every explainer, and a page's counter of views standing on a line of its
// own between a headline and its dateline. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string) => extractClaims(text, { pageDay: day('2023-10-05') }).map((c) => [c.text, c.measure]);

describe('a year right after the Soviet Union’s name is the Union’s end, not a war’s start (lexicon sovietUnion)', () => {
  it.each([
    'Yerevan and Baku have gone to war twice over Nagorno-Karabakh since the breakup of the Soviet Union in 1991.',
    'Desde o colapso da União Soviética, em 1991, Armênia e Azerbaijão disputam Nagorno-Karabakh em duas guerras.',
    'Армения и Азербайджан дважды воевали за Нагорный Карабах после распада СССР в 1991 году.',
    'Seit dem Ende der Sowjetunion 1991 haben Armenien und Aserbaidschan zwei Kriege um Berg-Karabach geführt.',
  ])('%s', (text) => {
    expect(claims(text).filter(([, m]) => m?.startsWith('date:'))).toEqual([]);
  });

  it('near-miss: a year of the war itself is still its date', () => {
    expect(claims('Armenia and Azerbaijan fought their first war over Nagorno-Karabakh in 1991.')).toContainEqual(['1991', 'date:start']);
  });
});

describe('digits alone on their line are a page’s counter, no figure', () => {
  it('a number between a headline and a dateline gives nothing', () => {
    expect(claims('Ադրբեջանը տեղահանված ադրբեջանցիներին կբնակեցնի Ստեփանակերտում\n412\nՀինգշաբթի, 28 սեպտեմբերի, 2023 թ.')).toEqual([]);
  });

  it('near-miss: a figure wrapped over lines with its qualifier, or in running text, is still read', () => {
    expect(claims('More than\n100,000\npeople have fled Nagorno-Karabakh.')).toContainEqual(['More than\n100,000', 'left']);
    expect(claims('Nearly 100,000 people have fled Nagorno-Karabakh.')).toContainEqual(['Nearly 100,000', 'left']);
  });
});
