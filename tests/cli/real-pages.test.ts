// 130 real pages about other things: every one gives zero claims and no error.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';
import { readHtml } from '../../scripts/html';
import { ROOT, SHARED } from './run';

const dir = `${SHARED}/real-pages`;
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
const index = buildIndex(loadCorpusDir(`${ROOT}/seeds`));

describe('real pages', () => {
  it('there are 130 of them', () => expect(pages).toHaveLength(130));
  it.each(pages)('%s: no claims', async (page) => {
    const { text } = await readHtml(readFileSync(`${dir}/${page}`, 'utf8'));
    expect(text.length).toBeGreaterThan(0);
    expect(checkText(text, index).map((c) => c.text)).toEqual([]);
  });
});
