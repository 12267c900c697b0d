// A span that places an event after another ("within 24 hours of", "two days after") is when it happened:
// never how long someone was held, nor how long the offensive lasted. Texts written for this project (stop 31).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-05') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);

describe('a span measured from what follows it', () => {
  it.each([
    ['The former state minister of Nagorno-Karabakh was detained within 24 hours of reaching the Lachin checkpoint.', '24 hours'],
    ['Azerbaijani border guards arrested the businessman two days after the ceasefire in Nagorno-Karabakh.', 'two days'],
    ['He was taken into custody within three days of the ceasefire in Nagorno-Karabakh.', 'three days'],
  ])('is no time held in detention: %s', (text, span) => {
    expect(claims(text).filter(([t]) => t === span)).toEqual([]);
  });

  it.each([
    ['Most of the Armenians of Nagorno-Karabakh left within a week of the offensive.', 'a week'],
    ['The roads out of Nagorno-Karabakh filled within two days of the offensive.', 'two days'],
  ])('is not how long the offensive lasted: %s', (text, span) => {
    expect(claims(text).filter(([t]) => t === span)).toEqual([]);
  });

  it('still gives the offensive its length when the sentence names its start and its end', () => {
    expect(claims('The separatists of Nagorno-Karabakh surrendered within 24 hours of the start of the offensive.')).toContainEqual(['24 hours', 'duration']);
  });

  it('near-miss: a span of detention said with "for" or as its own noun is still read', () => {
    expect(claims('The former state minister of Nagorno-Karabakh has been held in custody for 600 days.')).toContainEqual(['600 days', 'detention_time']);
    expect(claims('After 470 days in detention, the Karabakh leader of Nagorno-Karabakh was tried in Baku.')).toContainEqual(['470 days', 'detention_time']);
    expect(claims('The offensive on Nagorno-Karabakh lasted for 24 hours.')).toContainEqual(['24 hours', 'duration']);
  });
});
