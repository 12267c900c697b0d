// The day the dissolution was decreed is read only from the decree's own words (a noun of the decree, or a verb of
// announcing in the date's clause). A stop-41 attempt to read it from any verb of signing, and from a date that opens
// its sentence past a long subject, was dropped after a review found eleven wrong dates it gave; these sentences,
// written for this test, keep them out.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const dates = (text: string, day: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure' && c.measure?.startsWith('date:'))
    .map((c) => [c.text, c.measure]);

describe('no decree from a signing or a far verb', () => {
  it.each([
    ['On Friday, more than 100 lawmakers signed a letter condemning the dissolution of the Nagorno-Karabakh republic.', '2023-10-03'],
    ['On 2 October, Armenia signed an agreement with the EU on aid for the refugees of Nagorno-Karabakh, whose government had decided to dissolve itself.', '2023-10-03'],
    ['20 сентября было подписано соглашение, по которому армия Нагорного Карабаха подлежит роспуску.', '2023-09-25'],
    ["On 3 October, Armenia's parliament ratified the Rome Statute, days after Nagorno-Karabakh announced its dissolution.", '2023-10-05'],
  ])('near-miss: %s', (text, day) => {
    expect(dates(text, day).filter(([, m]) => m === 'date:decree' || m === 'date:dissolution')).toEqual([]);
  });

  it('still reads a decree named as such', () => {
    expect(dates('Shahramanyan signed a decree on the dissolution of the Nagorno-Karabakh Republic on 28 September.', '2023-09-30')).toEqual([['28 September', 'date:decree']]);
  });
});
