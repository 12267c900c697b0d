// A count of people a verb of living places in a city or a country after it is that place's population, not
// the region's (lexicon `placeWords`). Texts written for this project (no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

const claims = (text: string) => extractClaims(text, { pageDay: parseIsoDate('2023-10-05')!, mode: 'page' }).map((c) => [c.text, c.measure]);

describe('whose population a count after it is', () => {
  it('gives nothing for the people who called the city home', () => {
    expect(claims("Walking through Stepanakert's deserted streets, we saw hardly a trace of the 100,000 souls who had called the city home only days earlier.")).toEqual([]);
  });

  it('still reads the people who called the region home, or lived in it', () => {
    expect(claims('Nagorno-Karabakh is empty of the 120,000 Armenians who called the region home.')).toEqual([['120,000', 'population']]);
    expect(claims('The 120,000 people who lived in Nagorno-Karabakh have almost all left.')).toEqual([['120,000', 'population']]);
  });
});
