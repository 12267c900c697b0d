// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ClaimGroups, splitByKind } from '../../components/claim-groups';
import type { CheckedClaim } from '../../lib/check';

const claim = (i: number, kind: CheckedClaim['kind'], verdict: CheckedClaim['verdict']): CheckedClaim => ({
  kind, start: i, end: i + 1, text: `${kind} ${i}`, verdict, figure: { raw: `${i}`, low: null, high: null, unit: 'count' }, qualifier: 'exact', measure: kind, event: 'x',
  asOf: null, understood: `${kind} ${i} — what it says`, explanation: 'x', attribution: null, sentence: { start: 0, end: 1 }, sources: [],
});

describe('the popup groups a page’s claims by kind', () => {
  it('lists statements in their own "Statements" group, each verdict inside it', () => {
    const claims = [claim(0, 'figure', 'corroborated'), claim(1, 'statement', 'disputed'), claim(2, 'figure', 'conflicting'), claim(3, 'statement', 'corroborated')];
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const onShow = vi.fn();
    render(<ClaimGroups claims={claims} onShow={onShow} />, root);
    expect([...root.querySelectorAll('.kind-title')].map((h) => h.textContent)).toEqual(['Figures (2)', 'Statements (2)']);
    const statements = root.querySelector('section[aria-label="Statements"]')!;
    expect([...statements.querySelectorAll('.group h3')].map((h) => h.textContent)).toEqual(['Disputed (1)', 'Corroborated (1)']);
    // "Show in page" names the claim's place in the page's whole list, not in its group.
    (statements.querySelector('.group:last-of-type button.show') as HTMLButtonElement).click();
    expect(onShow).toHaveBeenCalledWith(3);
  });

  it('keeps the one list of before when a page has figures only, or claims of no kind', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimGroups claims={[claim(0, 'figure', 'corroborated')]} />, root);
    expect(root.querySelector('.kind-title')).toBeNull();
    expect(root.querySelectorAll('.claim').length).toBe(1);
    expect(splitByKind([{ kind: undefined }, { kind: 'statement' }]).figures.map((x) => x.index)).toEqual([0]);
  });
});
