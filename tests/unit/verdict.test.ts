import { describe, expect, it } from 'vitest';
import { oneVoicePerReport, strengthOf, verdictOf, type Judged } from '../../lib/verdict';

const s = (relation: Judged['relation'], denied = false): Judged => ({ relation, denied });

describe('verdict rules', () => {
  it.each([
    [[s('supports')], false, 'corroborated'],
    [[s('supports'), s('context')], false, 'corroborated'],
    [[s('context')], false, 'consistent'],
    [[s('contradicts')], false, 'conflicting'],
    [[s('contradicts'), s('context')], false, 'conflicting'],
    [[s('supports'), s('contradicts')], false, 'disputed'],
    [[{ ...s('supports'), loose: true }, s('contradicts')], false, 'conflicting'],
    [[s('supports', true)], false, 'disputed'],
    [[s('supports')], true, 'disputed'],
    [[s('contradicts', true)], false, 'disputed'],
    [[], false, 'unverified'],
  ] as const)('%j (claim denied: %s) → %s', (relations, denied, verdict) => {
    expect(verdictOf([...relations], denied)).toBe(verdict);
  });
});

describe('rule 4: one voice per report', () => {
  const v = (relation: Judged['relation'], voice: string, width: number, loose?: true): Judged => ({ relation, denied: false, voice, width, ...(loose ? { loose } : {}) });
  it('a report whose own two figures pull both ways does not make a dispute: its narrower figure speaks', () => {
    // "half the population" against one report's "more than half" (width 50) and "more than 65%" (width 35).
    expect(verdictOf([v('supports', 'ap', 50), v('contradicts', 'ap', 35)])).toBe('conflicting');
    expect(verdictOf([v('supports', 'ap', 10), v('contradicts', 'ap', 35)])).toBe('corroborated');
    expect(verdictOf([v('supports', 'ap', 35), v('contradicts', 'ap', 35)])).toBe('consistent');
  });
  it('independent reports that disagree still make a dispute', () => {
    expect(verdictOf([v('supports', 'ap', 50), v('contradicts', 'reuters', 35)])).toBe('disputed');
  });
  it('the demoted statement becomes context with its reason, in the same order', () => {
    const out = oneVoicePerReport([v('supports', 'ap', 50), v('context', 'x', 1), v('contradicts', 'ap', 35)]);
    expect(out.map((r) => [r.relation, r.reason])).toEqual([['context', 'same-report'], ['context', undefined], ['contradicts', undefined]]);
  });
});

describe('rule 7: how sure a verdict is', () => {
  it.each([
    [[s('supports')], 'corroborated', 'direct'],
    [[{ ...s('supports'), loose: true }], 'corroborated', 'loose'],
    [[{ ...s('supports'), loose: true }, s('supports')], 'corroborated', 'direct'],
    [[s('context')], 'consistent', 'loose'],
    [[s('contradicts')], 'conflicting', 'direct'],
    [[s('supports'), s('contradicts')], 'disputed', 'direct'],
    [[], 'unverified', null],
  ] as const)('%j → %s, %s', (relations, verdict, strength) => {
    expect(verdictOf([...relations])).toBe(verdict);
    expect(strengthOf(verdict, [...relations])).toBe(strength);
  });
});
