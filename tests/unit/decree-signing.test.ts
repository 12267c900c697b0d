// The day the dissolution was decreed, read from real reporting's phrasings (read sets held-out-9 and -11): a
// verb of signing a text about the dissolution, whatever the text is called ("подписал документ о
// ликвидации"), and a date that opens its sentence with a long subject before "announced … would dissolve".
// Before, the signing's day was read as the dissolution's own day and conflicted with the reports.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day = '2023-09-30') =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);

describe('a signing dates the decree', () => {
  it.each([
    ['en', 'Shahramanyan signed a document on the dissolution of the Nagorno-Karabakh Republic on 28 September.', '28 September'],
    ['ru', 'Шахраманян 28 сентября подписал документ о роспуске Нагорно-Карабахской Республики.', '28 сентября'],
    ['de', 'Schahramanjan unterzeichnete am 28. September ein Dokument über die Auflösung der Republik Bergkarabach.', '28. September'],
  ])('%s: the day of signing is the decree’s, not the dissolution’s', (_lang, text, day) => {
    expect(figures(text)).toEqual([[day, 'date:decree', 'consistent']]);
  });

  it('near-miss: the day a signed decree makes the dissolution take effect stays the dissolution’s', () => {
    expect(figures('Shahramanyan signed a decree dissolving the Nagorno-Karabakh Republic from 1 January 2024.')).toEqual([['1 January 2024', 'date:dissolution', 'corroborated']]);
  });

  it('near-miss: a signing with no word of dissolving dates no decree', () => {
    expect(figures('Shahramanyan signed a document on housing for Nagorno-Karabakh refugees on 28 September.')).toEqual([]);
  });
});

describe('a date that opens its sentence dates the announcement however long the subject', () => {
  it('reads "On Thursday, the ethnic Armenians of Nagorno-Karabakh announced they would dissolve …"', () => {
    expect(figures('On Thursday, the ethnic Armenians of Nagorno-Karabakh announced they would dissolve the breakaway mini-state.')).toEqual([
      ['On Thursday', 'date:decree', 'consistent'],
    ]);
  });

  it('near-miss: a date inside the sentence keeps the short reach', () => {
    expect(figures('The ethnic Armenians who had crowded the road to Goris on Thursday heard much later that Nagorno-Karabakh would dissolve itself.')).toEqual([]);
  });
});
