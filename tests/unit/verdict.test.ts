import { describe, expect, it } from 'vitest';
import { verdictOf, type Judged } from '../../lib/verdict';

const s = (relation: Judged['relation'], denied = false): Judged => ({ relation, denied });

describe('verdict rules', () => {
  it.each([
    [[s('supports')], false, 'corroborated'],
    [[s('supports'), s('context')], false, 'corroborated'],
    [[s('context')], false, 'consistent'],
    [[s('contradicts')], false, 'conflicting'],
    [[s('contradicts'), s('context')], false, 'conflicting'],
    [[s('supports'), s('contradicts')], false, 'disputed'],
    [[s('supports', true)], false, 'disputed'],
    [[s('supports')], true, 'disputed'],
    [[s('contradicts', true)], false, 'disputed'],
    [[], false, 'unverified'],
  ] as const)('%j (claim denied: %s) → %s', (relations, denied, verdict) => {
    expect(verdictOf([...relations], denied)).toBe(verdict);
  });
});
