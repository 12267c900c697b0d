import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceEvidence } from '../../lib/check';
import { checkedAgainst, corpusCoverage, dayRange, formatCitation } from '../../lib/citation';
import { buildIndex, loadIndex, serializeIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const source = (over: Partial<SourceEvidence>): SourceEvidence => ({
  id: 'a', relation: 'supports', outlet: 'Outlet A', date: '2023-09-30', quote: 'More than 100,000 have fled.', figure: '100,000',
  figureInQuote: [10, 17], passage: [0, 28], asOf: '2023-09-30', origin: null, own: false, url: null, ...over,
});

describe('what a check was made against', () => {
  it('counts every report, the user’s own among them, and spans the days they were published, whatever their order', () => {
    const c = corpusCoverage([{ id: 'x', date: '2023-09-29' }, { id: 'own-1', date: '2023-10-02' }, { id: 'y', date: null }, { id: 'z', date: '2023-09-25' }]);
    expect(c).toEqual({ reports: 4, own: 1, first: '2023-09-25', last: '2023-10-02' });
    expect(corpusCoverage([{ id: 'z', date: '2023-09-25' }, { id: 'x', date: '2023-09-29' }])).toEqual(corpusCoverage([{ id: 'x', date: '2023-09-29' }, { id: 'z', date: '2023-09-25' }]));
  });

  it('says it in words: one report, many, undated, a range within a month and across months and years', () => {
    expect(checkedAgainst({ reports: 1, own: 0, first: '2023-09-30', last: '2023-09-30' })).toBe('Checked against 1 report, 30 September 2023');
    expect(checkedAgainst({ reports: 2, own: 0, first: null, last: null })).toBe('Checked against 2 reports');
    expect(checkedAgainst({ reports: 6, own: 1, first: '2023-09-25', last: '2023-10-02' })).toMatch(/^Checked against 6 reports \(1 of them yours\), 25 September\s?–\s?2 October 2023$/);
    expect(dayRange('2023-12-30', '2024-01-02')).toMatch(/30 December 2023\s?–\s?2 January 2024/);
    expect(dayRange('2023-09-25', '2023-09-30', 'de')).toMatch(/25\.\s?–\s?30\. September 2023/);
  });

  it('the bundled corpus, as the extension builds it, carries each report’s address from the catalogue', () => {
    // The catalogue's table of addresses is the record; the built index must carry every one, unchanged.
    const catalogue = readFileSync(new URL('../../../shared/seeds/CATALOGUE.md', import.meta.url), 'utf8').split('## Where each report can be read')[1] ?? '';
    const addresses = new Map([...catalogue.matchAll(/^\| (\d{3}_[0-9a-f]+) \| (https:\/\/\S+) \|/gm)].map((m) => [m[1]!, m[2]!]));
    const index = loadIndex(serializeIndex(buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname))), 'the test index');
    expect(addresses.size).toBe(index.sources.length);
    for (const s of index.sources) expect(s.url, s.id).toBe(addresses.get(s.id));
  });
});

describe('a claim’s citation', () => {
  const claim = {
    text: 'more than 100,000 people',
    verdict: 'corroborated' as const,
    strength: 'direct' as const,
    explanation: 'Outlet A (2023-09-30) gives more than 100,000.',
    sources: [
      source({ url: 'https://example.org/a' }),
      source({ id: 'b', relation: 'contradicts', outlet: 'Outlet [B](https://evil.example)', date: '2023-09-28', asOf: '2023-09-27', quote: 'Only *5,000* fled.', url: 'javascript:alert(1)' }),
    ],
  };
  const cited = formatCitation({ claim, sentence: 'By Saturday  more than 100,000 people had fled.', page: { title: 'A page', url: 'https://news.example/a' }, checkedAgainst: 'Checked against 5 reports, 25–30 September 2023' });

  it('plain text names the claim, its sentence, the page, the verdict with its strength, each source and what it was checked against', () => {
    const lines = cited.text.split('\n');
    expect(lines[0]).toBe('Claim: “more than 100,000 people”');
    expect(lines).toContain('In the text: “By Saturday more than 100,000 people had fled.”');
    expect(lines).toContain('Page: A page https://news.example/a');
    expect(lines).toContain('Verdict: corroborated (direct)');
    expect(lines).toContain('- supports: Outlet A, 2023-09-30: “More than 100,000 have fled.” https://example.org/a');
    // The day the figure describes is given when it differs from the publication day.
    expect(lines).toContain('- contradicts: Outlet [B](https://evil.example), 2023-09-28 (figure as of 2023-09-27): “Only *5,000* fled.”');
    expect(lines[lines.length - 1]).toBe('Checked against 5 reports, 25–30 September 2023. Checked with Karabakh Cross-check.');
  });

  it('Markdown links only web addresses, and page or report text cannot become links or emphasis', () => {
    expect(cited.markdown).toContain('- supports: **Outlet A**, 2023-09-30: “More than 100,000 have fled.” <https://example.org/a>');
    expect(cited.markdown).toContain('**Outlet \\[B\\]\\(https://evil.example\\)**');
    expect(cited.markdown).toContain('“Only \\*5,000\\* fled.”');
    expect(cited.markdown).not.toContain('javascript:');
    expect(cited.text).not.toContain('javascript:');
    expect(cited.markdown).toContain('**Page:** A page <https://news.example/a>');
  });

  it('a loose corroboration is never cited as a plain one, and words can be another language’s', () => {
    const loose = formatCitation({ claim: { ...claim, strength: 'loose' }, checkedAgainst: 'x' });
    expect(loose.text).toContain('Verdict: loosely corroborated (loose)');
    const russian = formatCitation({ claim, checkedAgainst: 'Сверено с 5 сообщениями' }, {
      claim: 'Утверждение', inText: 'В тексте', page: 'Страница', verdict: 'Вердикт', sources: 'Источники', explanation: 'Почему', checkedWith: 'Проверено',
      verdictName: () => 'Подтверждено', strength: () => 'прямо', relation: (r) => (r === 'supports' ? 'Подтверждает' : 'Противоречит'), asOf: (d) => `на ${d}`,
    });
    expect(russian.text).toContain('Вердикт: Подтверждено (прямо)');
    expect(russian.text).toContain('- Противоречит: Outlet [B](https://evil.example), 2023-09-28 (на 2023-09-27)');
  });
});
