// Reading a page does work in proportion to its length, counted, not timed: the calls to the
// callbacks of array searches (find, findIndex, some, every, filter, …) that checkText makes on a
// one-line page of n, 2n and 4n characters. Work w(n) = c + a·n grows by the same amount per
// added character, so w(4n) − w(2n) is twice w(2n) − w(n); a search from the page's start for each
// sentence or figure (the withProvinceLists bug that made the benchmark's one-line page
// superlinear) adds a term in n², and the same difference becomes four times. The constant c
// (the first MAX_FIGURES_PER_PASSAGE figures' reading) cancels in the differences. The counts are
// exact, so the bound needs no room for a loaded machine; linear-time.test.ts times the same.
import { afterEach, describe, expect, it } from 'vitest';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { claimSentence, rng } from '../../scripts/bench/generate';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const DAY = 19630;
/** Characters at the smallest size: past the first 500 figures, whose reading is a constant. */
const N = 100_000;
/** Linear work gives 2 (2.0–2.1 measured); a search from the page start per item about 4 (3.7–4.0). */
const MAX_GROWTH = 2.5;

// Paraphrased, generated text: a province list in the form real reports give.
const LIST = 'The refugees were housed in Kotayk province (20,331), Ararat (14,743) and Armavir (10,416).';

/** The benchmark's hostile page (one line of short sentences with figures), a province list every `every` sentences. */
function page(size: number, every: number): string {
  const r = rng(5);
  let out = 'Nagorno-Karabakh. ';
  for (let i = 1; out.length < size; i++) out += `${i % every === 0 ? LIST : claimSentence(r, 24 + Math.floor(r() * 8))} `;
  return out.slice(0, size);
}

const SEARCHES = ['find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter'] as const;
const proto = Array.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
const original = Object.fromEntries(SEARCHES.map((name) => [name, proto[name]!]));
afterEach(() => SEARCHES.forEach((name) => (proto[name] = original[name]!)));

/** How many times `fn` calls back from an array search. */
function searchCalls(fn: () => void): number {
  let calls = 0;
  for (const name of SEARCHES) {
    proto[name] = function (this: unknown, callback: unknown, thisArg?: unknown) {
      const counted = function (this: unknown, ...args: unknown[]) {
        calls++;
        return (callback as (...a: unknown[]) => unknown).apply(this, args);
      };
      return original[name]!.call(this, counted, thisArg);
    };
  }
  try {
    fn();
  } finally {
    SEARCHES.forEach((name) => (proto[name] = original[name]!));
  }
  return calls;
}

describe('checkText does the same work per character on a long one-line page', () => {
  const cases: Array<[string, number]> = [
    ['the benchmark page (a province named in passing, no list)', Number.POSITIVE_INFINITY],
    ['with a province list every 50 sentences', 50],
  ];
  it.each(cases)('%s', { timeout: 60_000 }, (_, every) => {
    const [w1, w2, w4] = [N, 2 * N, 4 * N].map((n) => {
      const text = page(n, every);
      return searchCalls(() => checkText(text, index, { pageDay: DAY }));
    }) as [number, number, number];
    const growth = (w4 - w2) / (w2 - w1);
    expect(growth, `work ${w1}, ${w2}, ${w4}: ${growth.toFixed(2)}× the added work for twice the added text`).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
