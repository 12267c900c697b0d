// "Most of the population", "la maggior parte della popolazione", "a maioria dos armênios": a share of
// more than half written as words, read in every language and judged against the reports' shares and
// counts; not the "most" of another whole, nor a region's ethnic majority.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { LEXICONS } from '../../lib/lexicon/index';
import { seedIndex } from './helpers/seed-statements';

const shares = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2023-10-05')! })
    .filter((c) => c.kind === 'figure' && c.measure.startsWith('share_'))
    .map((c) => [c.text, c.measure, c.verdict]);

describe('most of a whole, in words', () => {
  it('every language lists its words for it', () => {
    expect(Object.values(LEXICONS).filter((l) => !l.mostShares?.length).map((l) => l.code)).toEqual([]);
  });

  it.each([
    ['Most of the population has fled Nagorno-Karabakh.', 'Most of'],
    ['La maggior parte della popolazione ha lasciato il Nagorno-Karabakh.', 'La maggior parte'],
    ['A maioria dos armênios fugiu de Nagorno-Karabakh para a Armênia.', 'A maioria'],
    ['Большинство жителей Нагорного Карабаха покинули регион.', 'Большинство'],
    ['Die meisten Einwohner haben Bergkarabach verlassen.', 'Die meisten'],
    ['La plupart des habitants ont quitté le Haut-Karabakh.', 'La plupart'],
  ])('is a share of the population that left, which the reports corroborate: %s', (text, words) => {
    expect(shares(text)).toEqual([[words, 'share_left', 'corroborated']]);
  });

  it.each([
    'Most of the hotels in Goris are full of people who fled Nagorno-Karabakh.',
    'Most of those who fled Nagorno-Karabakh are women and children.',
    'A região de maioria armênia foi abandonada por 100 mil pessoas.',
    // Where the people lived, with their leaving in another clause.
    "Stepanakert once held most of the enclave's people, nearly all of them Armenians; after the offensive they fled to Armenia.",
  ])('near-miss: no share of the population: %s', (text) => {
    expect(shares(text)).toEqual([]);
  });
});
