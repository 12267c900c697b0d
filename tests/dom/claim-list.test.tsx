// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClaimList, GROUP_PREVIEW } from '../../components/claim-list';
import type { CheckedClaim } from '../../lib/check';

const claim = (i: number, verdict: CheckedClaim['verdict']): CheckedClaim => ({
  start: i, end: i + 1, text: `${i}`, verdict, figure: { raw: `${i}`, low: i, high: i, unit: 'count' }, qualifier: 'exact', measure: 'left', event: 'exodus-2023',
  asOf: null, understood: `${i} — people who left`, explanation: 'x', attribution: null, sentence: { start: 0, end: 1 }, sources: [],
});

describe('the claim list', () => {
  it('groups claims worst first, and lists at most GROUP_PREVIEW of a group until asked', async () => {
    const claims = [...Array.from({ length: 120 }, (_, i) => claim(i, 'corroborated')), claim(500, 'conflicting'), claim(501, '<img src=x onerror=alert(1)>' as never)];
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimList claims={claims.slice(0, 121)} />, root);
    expect([...root.querySelectorAll('.group h3')].map((h) => h.textContent)).toEqual(['Conflicting (1)', 'Corroborated (120)']);
    expect(root.querySelectorAll('.group:last-of-type .claim').length).toBe(GROUP_PREVIEW);
    (root.querySelector('.group:last-of-type button.link') as HTMLButtonElement).click();
    await new Promise((ok) => setTimeout(ok, 0));
    expect(root.querySelectorAll('.group:last-of-type .claim').length).toBe(120);
  });

  it('shows page text as text', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimList claims={[{ ...claim(1, 'disputed'), text: '<img src=x onerror=alert(1)>10,000' }]} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>10,000');
  });
});
