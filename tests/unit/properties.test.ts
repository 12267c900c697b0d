// Property-based tests (fast-check): whatever the input, the parser, the extractor and the
// matcher never throw, every claim's span lies inside the text and slices to its text, and the
// same input gives the same output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/check';
import { extractClaims } from '../../lib/claims';
import { extractFigures } from '../../lib/figures';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));

// Text that looks like reporting: region names, numbers in every form, qualifiers, dates,
// punctuation and odd characters, in random order.
const piece = fc.oneof(
  fc.constantFrom('Nagorno-Karabakh', 'Artsakh', 'Stepanakert', 'Hakari Bridge', 'Карабах', 'Armenia', 'refugees', 'fled', 'killed', 'injured', 'population', 'vehicles', 'troops', 'said on Thursday', 'by Wednesday', 'denies it'),
  fc.constantFrom('more than', 'at least', 'almost', 'about', 'up to', 'between', 'and', 'oltre', 'plus de', 'only', '–', '-', '%', 'per cent', 'miles', 'km', 'days', 'six-week', 'half', 'two-thirds'),
  fc.constantFrom('100,417', '85.000', '84 770', '100\u00a0000', '1.2 million', '100k', 'one hundred thousand', 'tens of thousands', '1994', 'January 1, 2024', '1 January 2024', 'September 24', 'in December'),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.constantFrom('.', ',', ';', '(', ')', '"', '“', '”', '\n', '\n\n', ' ', '\u200b', '\u202e', 'e\u0301', '𝟙𝟚', '<img src=x onerror=alert(1)>'),
  fc.string({ maxLength: 12 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));
const date = fc.option(fc.integer({ min: 18000, max: 21000 }), { nil: undefined });

describe('properties', () => {
  it('the figure parser never throws and its spans slice to its raw text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'fr', 'de', 'it', 'es', 'ru') as fc.Arbitrary<'en'>, (t, locale) => {
        for (const f of extractFigures(t, locale)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(f.start, f.end)).toBe(f.raw);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the extractor never throws; claims lie inside the text, slice to their text, and repeat exactly', () => {
    fc.assert(
      fc.property(text, date, (t, pageDay) => {
        const claims = extractClaims(t, { pageDay });
        for (const c of claims) {
          expect(c.start >= 0 && c.end <= t.length && c.start < c.end).toBe(true);
          expect(t.slice(c.start, c.end)).toBe(c.text);
          expect(c.sentence.start <= c.start && c.end <= c.sentence.end).toBe(true);
        }
        expect(extractClaims(t, { pageDay })).toEqual(claims);
      }),
      { numRuns: 400 },
    );
  });

  it('the matcher never throws, gives one verdict per claim, and repeats exactly', () => {
    fc.assert(
      fc.property(text, date, (t, pageDay) => {
        const checked = checkText(t, index, { pageDay });
        for (const c of checked) {
          expect(['corroborated', 'consistent', 'conflicting', 'disputed', 'unverified']).toContain(c.verdict);
          expect(t.slice(c.start, c.end)).toBe(c.text);
          for (const s of c.sources) expect(s.quote.slice(s.figureInQuote[0], s.figureInQuote[1])).toBe(s.figure);
        }
        expect(JSON.stringify(checkText(t, index, { pageDay }))).toBe(JSON.stringify(checked));
      }),
      { numRuns: 300 },
    );
  });
});
