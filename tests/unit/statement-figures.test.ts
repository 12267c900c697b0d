// A statement and a figure in the same words: each keeps its own stretch, none is dropped for the other.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { clearOfFigures } from '../../lib/statements/check-statements';
import { loadCorpusDir } from '../../scripts/corpus-files';

const text = 'Armenia asked the European Union on Saturday (September 30) for assistance with the refugees.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const frame = { ...at('asked the European Union on Saturday (September 30) for assistance'), verbAt: text.indexOf('asked') };

describe('a statement with a figure inside it', () => {
  it('keeps the stretch that holds its verb, up to the figure', () => {
    const span = clearOfFigures(text, frame, [at('September 30')])!;
    expect(text.slice(span.start, span.end)).toBe('asked the European Union on Saturday');
  });

  it('keeps the stretch after the figure when the verb follows it', () => {
    const after = { ...frame, verbAt: text.indexOf('for assistance') };
    const span = clearOfFigures(text, after, [at('September 30')])!;
    expect(text.slice(span.start, span.end)).toBe('for assistance');
  });

  it('keeps the longest stretch of a statement with no verb (fresh12 kz14)', () => {
    const fact = 'The offensive of 19 September 2023 against the people of the region was meant to ethnically cleanse it.';
    const whole = { start: fact.indexOf('offensive'), end: fact.indexOf('cleanse') + 'cleanse'.length, verbAt: null };
    const date = { start: fact.indexOf('19 September 2023'), end: fact.indexOf(' against') };
    const span = clearOfFigures(fact, whole, [date])!;
    expect(fact.slice(span.start, span.end)).toBe('against the people of the region was meant to ethnically cleanse');
    // The first stretch when it is the longer one.
    const long = 'x'.repeat(60);
    const shifted = `${long}${fact.slice(date.start, date.end)} against x`;
    const kept = clearOfFigures(shifted, { start: 0, end: shifted.length, verbAt: null }, [{ start: 60, end: 60 + date.end - date.start }])!;
    expect(kept).toEqual({ start: 0, end: 60 });
  });

  it('is whole when no figure is inside, and left to the figure when one crosses its edge or covers its verb', () => {
    expect(clearOfFigures(text, frame, [at('refugees')])).toEqual({ start: frame.start, end: frame.end });
    expect(clearOfFigures(text, frame, [at('Armenia asked')])).toBeNull();
    expect(clearOfFigures(text, frame, [at('asked the')])).toBeNull();
  });

  it('is shown on a page beside the figure inside its clause, neither overlapping the other', () => {
    const index = buildIndex(loadCorpusDir(resolve(__dirname, '../../seeds')));
    const page = 'Armenia has asked the EU for help with the more than 100,000 refugees who fled Nagorno-Karabakh and for shelters.';
    const claims = checkText(page, index, {});
    const statement = claims.find((c) => c.kind === 'statement');
    const figure = claims.find((c) => c.kind === 'figure');
    expect(statement?.text).toBe('Armenia has asked the EU for help with the');
    expect(statement?.verdict).toBe('corroborated');
    expect(figure?.text).toBe('more than 100,000');
    expect(statement!.end <= figure!.start || figure!.end <= statement!.start).toBe(true);
  });
});

describe('the figures a statement meets', () => {
  it('are every span overlapping its stretch, as a scan of all of them would find, long and nested spans included', async () => {
    const { overlapping } = await import('../../lib/statements/check-statements');
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: next(40) }, () => {
        const start = next(500);
        return { start, end: start + 1 + next(next(10) === 0 ? 300 : 20) };
      });
      const near = overlapping(spans);
      for (let k = 0; k < 20; k++) {
        const start = next(520);
        const end = start + 1 + next(60);
        const expected = spans.filter((f) => f.start < end && start < f.end).sort((a, b) => a.start - b.start);
        expect(near(start, end).sort((a, b) => a.start - b.start || a.end - b.end)).toEqual(expected.sort((a, b) => a.start - b.start || a.end - b.end));
      }
    }
  });
});
