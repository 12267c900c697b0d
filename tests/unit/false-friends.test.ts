// English is read beside a page's own language (quotes, names), but not its words that are that
// language's own with another meaning: German "half" is "helped", no share of anyone.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { LEXICONS, vocabularyFor } from '../../lib/lexicon/index';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day = '2024-04-30') =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure]);

describe('false friends of English', () => {
  it('a German verb spelt as an English share gives no claim', () => {
    expect(figures('Das Österreichische Rote Kreuz half dem ARCS nach der Zuspitzung des Konflikts in Bergkarabach mit Geld, damit Hilfsgüter für die Geflüchteten in Armenien bereitgestellt werden konnten.')).toEqual([]);
  });

  it('the German share and the English one on an English page are still read', () => {
    expect(figures('Mehr als die Hälfte der Bevölkerung hat Bergkarabach verlassen.', '2023-10-01')).toEqual([['Mehr als die Hälfte', 'share_left']]);
    expect(figures('More than half of the population has left Nagorno-Karabakh.', '2023-10-01')).toEqual([['More than half', 'share_left']]);
  });

  it('are left out only beside their own language, never when the text’s language is not known', () => {
    expect(LEXICONS.de.falseFriends).toContain('half');
    expect(vocabularyFor('de').fractions.firstWords()).not.toContain('half');
    expect(vocabularyFor('en').fractions.firstWords()).toContain('half');
    expect(vocabularyFor(null).fractions.firstWords()).toContain('half');
  });
});
