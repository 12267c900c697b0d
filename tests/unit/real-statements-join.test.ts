// The join of statements shown on real articles with the judgements made by hand
// (scripts/real-statements.ts): what it reports as changed, moved, unjudged and gone.
import { describe, expect, it } from 'vitest';
import type { ArticleLabel } from '../../scripts/real-articles';
import { precisionOf, type Judgement, type Shown } from '../../scripts/real-statements';

const judged = (over: Partial<Judgement>): Judgement => ({
  id: 'xx-01', url: 'https://example.org/a', start: 10, end: 40, verdict: 'corroborated', sources: ['000', '004'],
  paraphrase: 'someone did something', addresses: true, verdict_right: true, ...over,
});
const shown = (over: Partial<Shown>): Shown => ({ id: 'xx-01', start: 10, end: 40, verdict: 'corroborated', sources: ['004', '000'], ...over });
const articles = (ids: string[]) => ids.map((id) => ({ label: { id, kind: 'exodus' } as ArticleLabel }));

describe('joining statements shown with their judgements', () => {
  it('a statement shown as judged is judged and unchanged, whatever the order of its reports', () => {
    const p = precisionOf([shown({})], [judged({})], articles(['xx-01']));
    expect([p.judged, p.addressed, p.verdictRight, p.changed.length, p.unjudged.length]).toEqual([1, 1, 1, 0, 0]);
  });

  it('names a statement whose verdict or cited reports differ from the judged ones', () => {
    const p = precisionOf([shown({ verdict: 'conflicting' }), shown({ start: 50, end: 60, sources: ['001'] })], [judged({}), judged({ start: 50, end: 60 })], articles(['xx-01']));
    expect(p.changed.map((c) => [c.shown.start, c.what])).toEqual([[10, ['verdict']], [50, ['sources']]]);
  });

  it('takes a judgement at other offsets of the same article and the same length as the statement moved, not unjudged', () => {
    const p = precisionOf([shown({ start: 210, end: 240 })], [judged({})], articles(['xx-01']));
    expect(p.moved.map((m) => [m.judged.start, m.shown.start])).toEqual([[10, 210]]);
    expect([p.unjudged.length, p.gone.length, p.judged]).toEqual([0, 0, 1]);
  });

  it('a statement of another length, or on another article, is unjudged', () => {
    const p = precisionOf([shown({ start: 210, end: 250 }), shown({ id: 'xx-02' })], [judged({})], articles(['xx-01', 'xx-02']));
    expect(p.unjudged.length).toBe(2);
    expect(p.gone.length).toBe(1);
  });

  it('tells judgements no longer shown on a cached text from those on an article not cached this time', () => {
    const p = precisionOf([], [judged({}), judged({ id: 'xx-03' })], articles(['xx-01']));
    expect(p.gone.map((j) => j.id)).toEqual(['xx-01']);
    expect(p.uncached.map((j) => j.id)).toEqual(['xx-03']);
  });
});
