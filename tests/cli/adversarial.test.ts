// Inputs written to make a regular-expression engine backtrack: each megabyte must be read in
// a time a linear extractor meets easily. The bound is generous on purpose (this is not a
// benchmark, which lives in npm run bench): it fails only on super-linear behaviour.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const MB = 1_000_000;
const fill = (unit: string) => `Nagorno-Karabakh. ${unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)}`;
const BOUND_MS = 8000;

const cases: Array<[string, string]> = [
  ['one long run of digits', fill('1234567890')],
  ['digit groups with every separator', fill('1,234.567 890\u00a0123\u202f456,')],
  ['"more than" without end', fill('more than ')],
  ['endless qualifiers', fill('at least almost about up to as many as nearly ')],
  ['unbalanced brackets', fill('((( [[[ 100 people fled ')],
  ['dashes that never close an aside', fill(' — 100 people fled — and ')],
  ['combining marks', fill('e\u0301\u0302\u0303 ')],
  ['right-to-left text', fill('\u202eنزح ١٠٠ ألف شخص ')],
  ['no-break and zero-width spaces', fill('100\u00a0\u200b000\u200d people\u00a0fled ')],
  ['mixed scripts', fill('Карабах 100 000 Արցախ 85.000 Karabağ ')],
  ['a sentence with no full stop', fill('more than 100,000 people have fled Nagorno-Karabakh and ')],
];

describe('adversarial megabytes', () => {
  it.each(cases)('%s', (_, text) => {
    const started = performance.now();
    const claims = extractClaims(text, { pageDay: 19630 });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(BOUND_MS);
    for (const c of claims.slice(0, 50)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
