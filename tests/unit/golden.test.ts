// Golden fixtures: sentences written for this project (not the eval sample) with the claims
// expected from each. Every extraction or matching bug fixed adds a line to the fixture file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { loadCorpusDir } from '../../scripts/corpus-files';
import { buildIndex } from '../../lib/source-index';

interface Case {
  id: string;
  text: string;
  date?: string;
  noClaims?: boolean;
  expect?: Array<{ figure: string; measure: string; event: string; verdict: string }>;
}

const cases: Case[] = readFileSync(new URL('../fixtures/claims.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));

describe('golden claims against the seed corpus', () => {
  it('every fixture has its own id', () => {
    const ids = cases.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const claims = checkText(c.text, index, { pageDay: c.date ? parseIsoDate(c.date)! : undefined });
    if (c.noClaims) {
      expect(claims.map((x) => x.text)).toEqual([]);
      return;
    }
    for (const e of c.expect!) {
      const claim = claims.find((x) => x.text === e.figure);
      expect(claim, `claim "${e.figure}" in ${c.text}`).toBeDefined();
      expect({ measure: claim!.measure, event: claim!.event, verdict: claim!.verdict }).toEqual({ measure: e.measure, event: e.event, verdict: e.verdict });
      for (const s of claim!.sources) expect(s.quote.length).toBeGreaterThan(0);
    }
  });
});
