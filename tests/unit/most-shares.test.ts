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
  it('every language that writes the whole after the word lists its words for it', () => {
    // Turkish, Azerbaijani and Armenian put the whole first, in the genitive ("nüfusunun büyük çoğunluğu"),
    // which the share's test of the inhabitants after it does not read: they list none yet.
    expect(Object.values(LEXICONS).filter((l) => !l.mostShares?.length).map((l) => l.code).sort()).toEqual(['az', 'hy', 'tr']);
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
    // "Most" of people narrowed by their own words is of those people.
    'In Nagorno-Karabakh, most of the people I met had fled once before, in 1992.',
    'Most of the people interviewed in Goris fled Nagorno-Karabakh with nothing.',
    // A whole first, in the genitive: no word of these languages is read as "most".
    "Nüfusunun büyük çoğunluğu Ermeni olan Dağlık Karabağ'dan 100 bin kişi göç etti.",
    // Where the people lived, its own verb, before the leaving of another clause.
    'Most of the population of Nagorno-Karabakh lived in Stepanakert and the city was emptied when they fled.',
    // Where the people lived, with their leaving in another clause.
    "Stepanakert once held most of the enclave's people, nearly all of them Armenians; after the offensive they fled to Armenia.",
  ])('near-miss: no share of the population: %s', (text) => {
    expect(shares(text)).toEqual([]);
  });

  it.each([
    ['More than 80% of the Armenians who lived in Nagorno-Karabakh have fled.', 'More than 80%'],
    ['Plus de 80% des Arméniens qui vivaient au Haut-Karabakh ont fui.', 'Plus de 80%'],
    ['Mehr als 80 Prozent der Armenier, die in Bergkarabach lebten, sind geflohen.', 'Mehr als 80 Prozent'],
  ])('a verb of living in a relative clause describes the people; the share is of those who left: %s', (text, words) => {
    expect(shares(text)).toEqual([[words, 'share_left', 'corroborated']]);
  });
});
