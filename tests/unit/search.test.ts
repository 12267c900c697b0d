import { describe, expect, it } from 'vitest';
import { PassageSearch } from '../../lib/search';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const search = new PassageSearch(buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname)));

describe('free-text search over the corpus', () => {
  it('finds passages despite misspellings, best first', () => {
    const hits = search.search('Hakkari brige vehicles');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.text).toMatch(/Hakari Bridge/);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
  });

  it('leaves boilerplate out', () => {
    expect(search.search('Kosovo UK troops').some((h) => /Kosovo/.test(h.text))).toBe(false);
    expect(search.search('donation').some((h) => /donation/.test(h.text))).toBe(false);
  });

  it('gives nothing for an empty query', () => {
    expect(search.search(' ')).toEqual([]);
  });
});
