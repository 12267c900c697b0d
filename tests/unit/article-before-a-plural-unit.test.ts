// "after a months-long blockade": the article is the blockade's, not one month's (it was judged against the
// reports' eight to ten months and called conflicting). Texts written for this project (no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

const claims = (text: string) => extractClaims(text, { pageDay: parseIsoDate('2023-09-27')!, mode: 'page' }).map((c) => [c.text, c.measure]);

describe('an article before a unit of time', () => {
  it('is no "one" before a plural unit', () => {
    expect(claims('The region was short of fuel already after a months-long blockade of Nagorno-Karabakh.')).toEqual([]);
  });

  it('still counts one before the singular', () => {
    expect(claims('The offensive on Nagorno-Karabakh lasted a day.')).toEqual([['a day', 'duration']]);
  });
});
