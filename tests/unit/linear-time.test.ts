// The engine's time is linear in its input, for generated text shapes (fast-check, seeded). A
// hostile page can otherwise stall the background worker every tab shares: a one-line page of
// many short sentences once took 239 s for 3.2 MB. This asserts a growth rate, not a speed:
// the CPU time of this process (not wall-clock time, so other processes on a loaded machine do
// not count) at n and at 4n characters, each the median of three runs taken alternately.
// Linear work gives a ratio near 4, quadratic work near 16; the bound, 8, sits between them
// with room for noise. The benchmark (`one_line_ratio_4mb_vs_1mb`) measures the same at 1 and 4 MB.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/check';
import { extractClaims } from '../../lib/claims';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const DAY = 19630;
/** Characters at the smaller size; large enough that a quadratic term would dominate at 4n. */
const N = 100_000;
/** Linear growth gives 4 at 4n; quadratic gives 16. */
const MAX_RATIO = 8;

// One short sentence with a figure: a qualifier, a number in some form, a measure's words.
// Short sentences put the most figures into the text, where a cost per pair of figures (the
// bug that made a one-line page quadratic) shows most.
const sentence = fc
  .tuple(
    fc.constantFrom('Over', 'At least', 'About', ''),
    fc.oneof(fc.integer({ min: 1, max: 999_999 }).map((n) => n.toLocaleString('en')), fc.constantFrom('100k', '1.2 million', 'two-thirds', '85.000', '12%')),
    fc.constantFrom('fled Karabakh', 'killed in Karabakh', 'cars crossed', 'Artsakh refugees', 'left on 28 September', 'fled by Thursday'),
  )
  .map(([q, n, rest]) => `${q ? `${q} ` : ''}${n} ${rest}`.trim());

type Shape = 'one line of many sentences' | 'many short lines' | 'one huge sentence' | 'dense numbers';
const SHAPES: Shape[] = ['one line of many sentences', 'many short lines', 'one huge sentence', 'dense numbers'];

// Text of exactly `size` characters in the given shape, cycling the generated sentences.
function build(shape: Shape, units: string[], size: number): string {
  const join = shape === 'many short lines' ? '.\n' : shape === 'one huge sentence' ? ', and ' : shape === 'dense numbers' ? ' ' : '. ';
  const parts = shape === 'dense numbers' ? units.map((u) => u.replace(/[^\d,. %]+/g, ' ').trim() || '1') : units;
  let out = 'Nagorno-Karabakh refugees. ';
  for (let i = 0; out.length < size; i++) out += parts[i % parts.length] + join;
  return out.slice(0, size);
}

function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const median3 = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;

/** The ratio of the work at 4n to the work at n, medians of three runs taken alternately. */
function growth(work: (text: string) => void, small: string, large: string): number {
  work(small.slice(0, 20_000)); // warm-up: compiled code, not the compiler, is measured
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 3; i++) {
    a.push(cpuMs(() => work(small)));
    b.push(cpuMs(() => work(large)));
  }
  return median3(b) / Math.max(median3(a), 1);
}

describe('the engine is linear in its input', () => {
  const shapes = fc.record({ shape: fc.constantFrom(...SHAPES), units: fc.array(sentence, { minLength: 1, maxLength: 12 }), mode: fc.constantFrom<'page' | 'source'>('page', 'source') });
  // Every shape is tried first with one plain sentence, then with generated ones (the examples
  // count within numRuns).
  const examples = SHAPES.map((shape): [{ shape: Shape; units: string[]; mode: 'page' | 'source' }] => [{ shape, units: ['5,000 fled Karabakh'], mode: 'page' }]);

  // Finding claims is where a page's size matters (judging is per claim, against the index),
  // so it is measured at the larger size: 150,000 and 600,000 characters. `page` is how the
  // background reads a page; `source` reads every passage, as for own sources and the index.
  it('extractClaims: the work at 4n is at most 8 times the work at n, for every shape', { timeout: 240_000 }, () => {
    const seen = new Set<Shape>();
    fc.assert(
      fc.property(shapes, ({ shape, units, mode }) => {
        seen.add(shape);
        const ratio = growth((t) => extractClaims(t, { pageDay: DAY, mode }), build(shape, units, 1.5 * N), build(shape, units, 6 * N));
        if (process.env.SHOW_RATIOS) console.log(mode, shape, ratio.toFixed(2));
        expect(ratio, `${shape} (${mode} mode): ${ratio.toFixed(2)}× the work for 4× the text`).toBeLessThanOrEqual(MAX_RATIO);
      }),
      { seed: 41, numRuns: SHAPES.length + 2, examples },
    );
    expect(seen.size).toBe(SHAPES.length);
  });

  it('checkText (finding and judging): the same bound at 25,000 and 100,000 characters', { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(shapes, ({ shape, units }) => {
        const ratio = growth((t) => checkText(t, index, { pageDay: DAY }), build(shape, units, N / 4), build(shape, units, N));
        if (process.env.SHOW_RATIOS) console.log('checkText', shape, ratio.toFixed(2));
        expect(ratio, `${shape}: ${ratio.toFixed(2)}× the work for 4× the text`).toBeLessThanOrEqual(MAX_RATIO);
      }),
      { seed: 4242, numRuns: SHAPES.length + 1, examples },
    );
  });
});
