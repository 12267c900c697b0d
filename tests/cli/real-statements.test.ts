// Statements on real articles, judged by hand (tests/real-articles/statements/judged.jsonl): the
// judgements are well formed and hold no article text, and, where the article texts are cached,
// every statement the engine shows is judged and addressed by the report it cites.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';
import type { ArticleLabel } from '../../scripts/real-articles';
import { cachedArticles, judgementProblems, JUDGED, precisionOf, readJudgements, statementsShown } from '../../scripts/real-statements';
import { ROOT } from './run';

const CACHE = join(ROOT, '..', 'real-articles-cache');
const judgements = readJudgements();
const labels = new Map(
  readdirSync(join(ROOT, 'tests', 'real-articles'))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(ROOT, 'tests', 'real-articles', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ArticleLabel))
    .map((l) => [l.id, l]),
);

describe('judged statements on real articles', () => {
  it('every judgement is well formed, names a labelled article by its id and address, and is judged once', () => {
    for (const line of readFileSync(JUDGED, 'utf8').split('\n').filter((l) => l.trim())) expect(judgementProblems(JSON.parse(line))).toEqual([]);
    for (const j of judgements) expect(labels.get(j.id)?.url, j.id).toBe(j.url);
    const spans = judgements.map((j) => `${j.id}:${j.start}:${j.end}`);
    expect(spans.filter((s, i) => spans.indexOf(s) !== i)).toEqual([]);
  });

  it('a bad judgement line gets a message naming what to fix', () => {
    expect(judgementProblems({ id: 'en-01', url: 'u', start: 5, end: 2, verdict: 'corroborated', sources: [], paraphrase: 'x', addresses: 'yes' })).toEqual([
      '"start" and "end" must be offsets with start < end',
      '"addresses" must be true or false',
      '"verdict_right" must be true or false',
    ]);
  });

  it.skipIf(!existsSync(CACHE))('paraphrases are our own words: none repeats five words running of its article', () => {
    const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const j of judgements) {
      const path = join(CACHE, `${j.id}.txt`);
      if (!existsSync(path)) continue;
      const text = ` ${words(readFileSync(path, 'utf8')).join(' ')} `;
      const w = words(j.paraphrase);
      for (let i = 0; i + 5 <= w.length; i++) expect(text.includes(` ${w.slice(i, i + 5).join(' ')} `), `${j.id}: "${w.slice(i, i + 5).join(' ')}"`).toBe(false);
    }
  });

  it.skipIf(!existsSync(CACHE))('on at least 20 exodus articles, every statement shown is judged and addressed by the report it cites; none on pages about other events', () => {
    const articles = cachedArticles(CACHE);
    const shown = statementsShown(articles, buildIndex(loadCorpusDir(join(ROOT, 'seeds'))));
    const p = precisionOf(shown, judgements, articles);
    expect(p.articles.exodus).toBeGreaterThanOrEqual(20);
    expect(p.unjudged, 'statements shown that no one has judged: judge each and add a line to judged.jsonl').toEqual([]);
    expect(p.wrong).toEqual([]);
    expect(p.changed.map((c) => `${c.shown.id} ${c.shown.start}-${c.shown.end}: ${c.what.join(', ')}`), 'statements shown with another verdict or other reports than judged: look again and update their lines').toEqual([]);
    expect(p.addressed).toBe(p.shown);
    const other = new Set(articles.filter((a) => a.label.kind !== 'exodus').map((a) => a.label.id));
    expect(shown.filter((s) => other.has(s.id))).toEqual([]);
  }, 120_000);
});
