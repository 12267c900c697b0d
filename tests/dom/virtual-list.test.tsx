// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { OVERSCAN, visibleWindow, VirtualList, WINDOW_FROM } from '../../components/virtual-list';

describe('the windowed list', () => {
  it('renders the rows in view and a margin each side', () => {
    // 1,000 rows of 50 px, the list's top 5,000 px above a 600 px view: rows 100 to 112 are in view.
    expect(visibleWindow(1000, { listTop: -5000, viewHeight: 600, rowHeight: 50 })).toEqual([100 - OVERSCAN, 112 + OVERSCAN]);
    // Scrolled past the end: the last rows, never beyond the list.
    expect(visibleWindow(1000, { listTop: -60_000, viewHeight: 600, rowHeight: 50 })[1]).toBe(1000);
  });

  it('shows the head of a list below the view, and short lists whole', () => {
    expect(visibleWindow(1000, { listTop: 3000, viewHeight: 600, rowHeight: 50 })).toEqual([0, OVERSCAN]);
    expect(visibleWindow(WINDOW_FROM, { listTop: 3000, viewHeight: 600, rowHeight: 50 })).toEqual([0, WINDOW_FROM]);
  });

  it('follows the scroll, keeps pinned rows, and stands in for the rest with spacers', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    let top = 0;
    const row = (i: number, aria: object) => <li key={i} {...aria} style={{ height: '50px' }}>row {i}</li>;
    render(<VirtualList count={1000} row={row} pinned={new Set([0])} />, root);
    const ul = root.querySelector('ul')!;
    ul.getBoundingClientRect = () => ({ top, bottom: top + 50_000, height: 50_000, left: 0, right: 0, width: 0, x: 0, y: top, toJSON: () => null }) as DOMRect;
    for (const li of ul.querySelectorAll('li')) li.getBoundingClientRect = () => ({ height: 50 }) as DOMRect;
    top = -20_000; // row 400 at the view's top
    window.dispatchEvent(new Event('scroll'));
    await new Promise((ok) => setTimeout(ok, 50));
    const places = [...ul.querySelectorAll('li[aria-posinset]')].map((li) => Number(li.getAttribute('aria-posinset')) - 1);
    expect(places[0]).toBe(0); // pinned: an opened row keeps its state
    expect(places.slice(1)[0]).toBe(400 - OVERSCAN);
    expect(places.length).toBeLessThan(60);
    // The spacers and the rows add up to the whole list's height, so the scrollbar tells the truth.
    const spacers = [...ul.querySelectorAll('li.virtual-spacer')].map((li) => parseFloat((li as HTMLElement).style.height));
    expect(spacers.reduce((a, b) => a + b, 0) + places.length * 50).toBe(1000 * 50);
    expect([...ul.querySelectorAll('li.virtual-spacer')].every((li) => li.getAttribute('aria-hidden') === 'true')).toBe(true);
  });
});
