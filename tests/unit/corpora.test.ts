// Other events of the exodus, each a small corpus written for these tests with its own cases
// (tests/fixtures/corpora/<name>/: reports, sources.json, cases.jsonl in the eval's format):
// verdicts must hold whatever the corpus, not only against the bundled seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

interface Case {
  id: string;
  text: string;
  date?: string;
  expect: Array<{ figure: string; strict: string[]; sources?: string[] }>;
}

const root = new URL('../fixtures/corpora', import.meta.url).pathname;
const corpora = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe.each(corpora)('corpus %s', (name) => {
  const dir = join(root, name);
  const index = buildIndex(loadCorpusDir(dir));
  const cases: Case[] = readFileSync(join(dir, 'cases.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

  it('every report has a manifest entry with an outlet and a date', () => {
    expect(index.sources.length).toBeGreaterThanOrEqual(2);
    for (const s of index.sources) expect([s.outlet, s.dateBasis]).toEqual([expect.stringMatching(/^Test corpus: /), 'stated']);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const claims = checkText(c.text, index, c.date ? { pageDay: parseIsoDate(c.date)! } : {});
    if (c.expect.length === 0) expect(claims.map((x) => x.text)).toEqual([]);
    for (const e of c.expect) {
      const claim = claims.find((x) => x.text === e.figure);
      expect(claim, `claim "${e.figure}" in ${c.text}`).toBeDefined();
      expect(claim!.verdict, c.text).toBe(e.strict[0]);
      if (e.sources && claim!.verdict !== 'consistent') expect(claim!.sources.filter((s) => s.relation !== 'context').map((s) => s.id)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^(?:${e.sources.join('|')})`))]));
    }
  });
});
