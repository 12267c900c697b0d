// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ClaimList, GROUP_PREVIEW } from '../../components/claim-list';
import type { CheckedClaim } from '../../lib/check';

const claim = (i: number, verdict: CheckedClaim['verdict']): CheckedClaim => ({
  kind: 'figure', start: i, end: i + 1, text: `${i}`, verdict, figure: { raw: `${i}`, low: i, high: i, unit: 'count' }, qualifier: 'exact', measure: 'left', event: 'exodus-2023',
  asOf: null, understood: `${i} — people who left`, explanation: 'x', attribution: null, sentence: { start: 0, end: 1 }, sources: [], strength: verdict === 'unverified' ? null : 'direct',
});

describe('the claim list', () => {
  it('groups claims worst first, lists at most GROUP_PREVIEW of a group until asked, and renders only a window of a long group', async () => {
    const claims = [...Array.from({ length: 120 }, (_, i) => claim(i, 'corroborated')), claim(500, 'conflicting'), claim(501, '<img src=x onerror=alert(1)>' as never)];
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimList claims={claims.slice(0, 121)} />, root);
    expect([...root.querySelectorAll('.group h3')].map((h) => h.textContent)).toEqual(['Conflicting (1)', 'Corroborated (120)']);
    // The group is a windowed list: a screen reader hears its true size whatever is rendered.
    const rows = () => [...root.querySelectorAll('.group:last-of-type .claim')];
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThanOrEqual(GROUP_PREVIEW);
    expect(rows().every((r) => r.getAttribute('aria-setsize') === String(GROUP_PREVIEW))).toBe(true);
    expect(rows().map((r) => r.getAttribute('aria-posinset'))[0]).toBe('1');
    (root.querySelector('.group:last-of-type button.link') as HTMLButtonElement).click();
    await new Promise((ok) => setTimeout(ok, 0));
    expect(rows().every((r) => r.getAttribute('aria-setsize') === '120')).toBe(true);
    // The rows out of the window are stood in for, not dropped: Tab walks to the last one.
    for (let step = 0; step < 200 && rows().at(-1)!.getAttribute('aria-posinset') !== '120'; step++) {
      rows().at(-1)!.querySelector('summary')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      await new Promise((ok) => setTimeout(ok, 0));
    }
    expect(rows().at(-1)!.getAttribute('aria-posinset')).toBe('120');
    expect(rows().at(-1)!.textContent).toContain('“119”');
  });

  it('shows how sure each verdict is, and never passes a loose corroboration off as plain', async () => {
    const loose = { ...claim(1, 'corroborated'), strength: 'loose' as const };
    const derived = { ...claim(2, 'corroborated'), strength: 'derived' as const };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimList claims={[loose, derived, claim(3, 'unverified')]} />, root);
    expect(root.querySelector('.group h3')?.textContent).toBe('Unverified (1)');
    expect([...root.querySelectorAll('.group h3')].map((h) => h.textContent)).toContain('Corroborated (2, 1 loosely)');
    expect([...root.querySelectorAll('.claim summary .strength')].map((s) => s.textContent?.trim())).toEqual(['◌ loose', '∑ derived']);
    const item = [...root.querySelectorAll('details')].find((d) => d.textContent?.includes('“1”'))!;
    open(item);
    await vi.waitFor(() => expect(item.querySelector('.how-sure .verdict')?.textContent).toContain('Loosely corroborated'));
    expect(item.querySelector('.how-sure')?.textContent).toContain('Only an open-ended or vague figure');
  });

  it('shows page text as text', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimList claims={[{ ...claim(1, 'disputed'), text: '<img src=x onerror=alert(1)>10,000' }]} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>10,000');
  });

  it('loads a compact claim\'s evidence once, when it is opened, by its place in the list', async () => {
    const compact = (i: number, verdict: CheckedClaim['verdict']) => {
      const { start, end, text, sentence, understood } = claim(i, verdict);
      return { start, end, text, verdict, sentence, understood };
    };
    const asked: number[] = [];
    const loadDetails = async (i: number) => {
      asked.push(i);
      return i === 2 ? { ok: false as const, error: 'expired' } : { ok: true as const, value: { ...claim(i, 'corroborated'), explanation: `why ${i}`, sources: [] } };
    };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ClaimList claims={[compact(0, 'corroborated'), compact(1, 'conflicting'), compact(2, 'corroborated')]} loadDetails={loadDetails} />, root);
    const details = [...root.querySelectorAll('details')];
    // Conflicting is listed first: the entry for the claim at place 1. Once its evidence is shown,
    // any entry rendered earlier that had asked eagerly would have asked too.
    open(details[0]!);
    await vi.waitFor(() => expect(details[0]!.querySelector('.explanation')?.textContent).toBe('why 1'));
    expect(asked).toEqual([1]);
    open(details[2]!);
    await vi.waitFor(() => expect(details[2]!.querySelector('[role="alert"]')?.textContent).toContain('expired'));
    // Closed and opened again, an entry does not ask again.
    details[0]!.open = false;
    details[0]!.dispatchEvent(new Event('toggle'));
    open(details[0]!);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(asked).toEqual([1, 2]);
  });
});

function open(d: HTMLDetailsElement) {
  d.open = true;
  d.dispatchEvent(new Event('toggle'));
}
