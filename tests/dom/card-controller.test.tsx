// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardController, type CardController, type PageEvents } from '../../extension/card-controller';
import { createCardHost, HOST_TAG } from '../../extension/card-host';
import { inside, type Geometry } from '../../extension/highlight-painter';
import type { Shown } from '../../extension/page-text-reader';
import type { CheckedClaim, SourceEvidence } from '../../lib/check';

// The card's shadow root is closed. A page's script runs in another world than the content
// script and cannot catch it as it is made; this test runs in the same one, and does.
const roots: ShadowRoot[] = [];
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  roots.push(root);
  return root;
};
const cardRoot = () => roots[roots.length - 1]!;
const cardText = () => (document.querySelector(HOST_TAG) ? cardRoot().querySelector('.card')?.textContent ?? null : null);

/** happy-dom marks no event as the user's own: this one is, as a real click or key press would be. */
function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

const LINE = 40;
/** Claims one to a line, LINE px apart, each box 50 × 16 px at x = 10. */
function pageOf(texts: string[], firstLine = 0): Shown[] {
  document.body.innerHTML = texts.map((t, i) => `<p id="p${i}">${t} fled Nagorno-Karabakh.</p>`).join('');
  return texts.map((t, i) => {
    const node = document.getElementById(`p${i}`)!.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, t.length);
    boxes.set(range, firstLine + i);
    return { index: i, range, claim: { start: 100 * i, end: 100 * i + t.length, text: t, verdict: 'corroborated', sentence: { start: 0, end: 0 }, understood: `${t} people` } } as Shown;
  });
}
const boxes = new Map<Range, number>();
const geometry: Geometry = { rectsOf: (r) => [new DOMRect(10, boxes.get(r)! * LINE, 50, 16)], viewportHeight: () => 800 };
const at = (line: number) => ({ clientX: 30, clientY: line * LINE + 8 });

const SOURCE = { id: 'src-1', relation: 'supports', outlet: 'Sky News', own: false, date: '2023-09-30', asOf: null, quote: 'More than 100,000 have left.', figureInQuote: [0, 17], passage: [10, 40], figure: 'More than 100,000', url: null } as unknown as SourceEvidence;
const verdictOf = (s: Shown) => ({ ...s.claim, sources: [SOURCE], explanation: 'Sky News says so.', measure: 'left', figure: { low: 100000, high: null }, qualifier: 'gt', asOf: null } as unknown as CheckedClaim);

let shown: Shown[];
let cards: CardController;
let gesture: boolean;
const openSource = vi.fn();
const recordFeedback = vi.fn(async () => null);

/** Each test's listeners go away with it, as WXT's do when the content script stops. */
let stop = new AbortController();
const ctx: PageEvents = {
  addEventListener: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal: stop.signal }),
  setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number,
  requestAnimationFrame: (run) => setTimeout(run, 16) as unknown as number,
};

/** Lets the timers, animation frames and the verdict fetch run. */
const settle = (ms = 50) => vi.advanceTimersByTimeAsync(ms);
const move = (line: number, real = true) => {
  const e = new MouseEvent('mousemove', { bubbles: true, ...at(line) });
  document.dispatchEvent(real ? trusted(e) : e);
};
const click = (line: number, real = true) => {
  const e = new MouseEvent('click', { bubbles: true, ...at(line) });
  document.body.dispatchEvent(real ? trusted(e) : e);
};
const key = (k: string, real = true) => {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true });
  document.body.dispatchEvent(real ? trusted(e) : e);
};

beforeEach(() => {
  vi.useFakeTimers();
  stop = new AbortController();
  (document.activeElement as HTMLElement | null)?.blur?.();
  for (const host of document.querySelectorAll(HOST_TAG)) host.remove();
  shown = pageOf(['More than 100,000', 'about 120,000'], 1);
  gesture = true;
  openSource.mockClear();
  const host = createCardHost(document);
  cards = createCardController({
    doc: document,
    host,
    geometry,
    claims: () => shown,
    claimAt: (x, y) => shown.find((s) => inside(geometry.rectsOf(s.range), x, y, 2)) ?? null,
    details: async (s) => verdictOf(s),
    sentence: (s) => `${s.claim.text} fled Nagorno-Karabakh.`,
    requests: { openSource, openCompare: vi.fn(), recordFeedback },
    ctx,
    hasUserGesture: () => gesture,
  });
  cards.listen();
});
afterEach(() => {
  cards.close();
  stop.abort();
  vi.useRealTimers();
});

describe('the card controller', () => {
  it('opens on a statement as on a figure, with its sources and explanation and no timeline, and the keyboard steps onto it', async () => {
    shown = pageOf(['More than 100,000', 'Azerbaijan rejected the accusation']);
    shown[1]!.claim = { ...shown[1]!.claim, kind: 'statement', verdict: 'disputed' };
    const quote = 'Baku has rejected the accusation of ethnic cleansing.';
    const statementSource = { ...SOURCE, outlet: 'Reuters', quote, figure: 'has rejected the accusation', figureInQuote: [5, 32] } as SourceEvidence;
    const detailsOf = (s: Shown): CheckedClaim => (s.claim.kind === 'statement'
      ? ({ ...s.claim, sources: [statementSource], explanation: 'Reuters: Azerbaijan rejected it.', measure: 'statement', figure: { raw: s.claim.text, low: null, high: null }, qualifier: 'exact', asOf: null } as unknown as CheckedClaim)
      : verdictOf(s));
    cards.close();
    stop.abort();
    stop = new AbortController();
    cards = createCardController({
      doc: document, host: createCardHost(document), geometry, claims: () => shown,
      claimAt: (x, y) => shown.find((s) => inside(geometry.rectsOf(s.range), x, y, 2)) ?? null,
      details: async (s) => detailsOf(s), sentence: (s) => s.claim.text,
      requests: { openSource, openCompare: vi.fn(), recordFeedback }, ctx, hasUserGesture: () => true,
    });
    cards.listen();
    move(1);
    await settle();
    const card = cardRoot().querySelector('.card')!;
    expect(card.querySelector('h2')!.textContent).toBe('“Azerbaijan rejected the accusation”');
    expect(card.querySelector('.kind-tag')?.textContent).toBe('Statement');
    expect(card.querySelector('.sources blockquote')!.textContent).toBe(quote);
    expect(card.querySelector('.explanation')!.textContent).toBe('Reuters: Azerbaijan rejected it.');
    expect([...card.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Compare all reports on a timeline');
    cards.close();
    // Alt+Shift+J steps from the figure to the statement.
    cards.step(1);
    await settle();
    expect(cardText()).toContain('“More than 100,000”');
    expect(cardRoot().querySelector('.kind-tag')).toBeNull();
    cards.step(1);
    await settle();
    expect(cardText()).toContain('“Azerbaijan rejected the accusation”');
  });

  it('ignores every event a page script makes up: no card opens and an open card stays', async () => {
    move(1, false);
    click(2, false);
    document.getElementById('p0')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(cardText()).toBeNull();
    move(1);
    await settle();
    expect(cardText()).toContain('“More than 100,000”');
    key('Escape', false);
    click(10, false);
    await settle(1000);
    expect(cardText()).toContain('“More than 100,000”');
  });

  it('opens on hover, closes a moment after the pointer leaves, and reopens on the same claim', async () => {
    for (let round = 0; round < 2; round++) {
      move(1);
      await settle();
      expect(cardText()).toContain('“More than 100,000”');
      move(10);
      await settle(100);
      expect(cardText()).not.toBeNull(); // not at once: the pointer may be on its way to the card
      await settle(400);
      expect(cardText()).toBeNull();
    }
  });

  it('closes on Esc, and stays closed under a resting pointer until it leaves the claim and comes back', async () => {
    move(1);
    await settle();
    key('Escape');
    await settle();
    expect(cardText()).toBeNull();
    move(1);
    await settle();
    expect(cardText()).toBeNull();
    // A re-read (every claim a new object) does not undo the Esc.
    shown = pageOf(['More than 100,000', 'about 120,000'], 1);
    cards.rebind(shown);
    move(1);
    await settle();
    expect(cardText()).toBeNull();
    move(10);
    move(1);
    await settle();
    expect(cardText()).toContain('“More than 100,000”');
  });

  it('a click opens a card that stays when the pointer leaves; a click elsewhere closes it', async () => {
    click(2);
    await settle();
    expect(cardText()).toContain('“about 120,000”');
    move(10);
    await settle(1000);
    expect(cardText()).toContain('“about 120,000”');
    click(10);
    await settle();
    expect(cardText()).toBeNull();
  });

  it('focus reaching an element that holds a claim opens its card', async () => {
    document.getElementById('p1')!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    await settle();
    expect(cardText()).toContain('“about 120,000”');
  });

  it('keeps the card through a re-read that keeps its claim, at the claim\'s new place, and closes it when the claim is gone', async () => {
    move(2);
    await settle();
    // The page gained a line above: every claim is a new object, one line down, one place on.
    shown = pageOf(['Some 50,000', 'More than 100,000', 'about 120,000'], 1);
    cards.rebind(shown);
    await settle();
    expect(cardText()).toContain('“about 120,000”');
    expect(cardText()).toContain('Claim 3 of 3');
    shown = pageOf(['Some 50,000'], 1);
    cards.rebind(shown);
    expect(cardText()).toBeNull();
  });

  it('opens a source only for the user\'s own click with a user gesture; made-up clicks inside the card are stopped', async () => {
    move(1);
    await settle();
    const link = () => [...cardRoot().querySelectorAll('button.link')].find((b) => b.textContent?.includes('Read the source'))! as HTMLButtonElement;
    link().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(openSource).not.toHaveBeenCalled();
    gesture = false;
    link().dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(openSource).not.toHaveBeenCalled();
    gesture = true;
    link().dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(openSource).toHaveBeenCalledWith(SOURCE);
    // A made-up submit of the feedback form records nothing.
    (cardRoot().querySelector('.feedback-open') as HTMLButtonElement).dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await settle();
    cardRoot().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(recordFeedback).not.toHaveBeenCalled();
  });

  it('"Show in page" opens the claim\'s card with focus in it; Esc closes it', async () => {
    expect(cards.showInPage(7)).toBeNull();
    expect(cards.showInPage(1)?.toString()).toBe('about 120,000');
    await settle();
    expect(cardText()).toContain('“about 120,000”');
    expect(cardRoot().activeElement?.classList.contains('card')).toBe(true);
    key('Escape');
    expect(cardText()).toBeNull();
  });

  it('gives focus back to where it was when a card that took it closes', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    cards.showInPage(0);
    await settle();
    expect(document.activeElement?.tagName.toLowerCase()).toBe(HOST_TAG);
    key('Escape');
    expect(document.activeElement).toBe(button);
  });
});

describe('the card host', () => {
  it('is one element with a closed shadow root, styled inline with !important so page rules on it lose', async () => {
    move(1);
    await settle();
    const hosts = document.querySelectorAll(HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot).toBeNull();
    expect(hosts[0]!.getAttribute('style')).toMatch(/all:\s*initial\s*!\s*important/);
    expect(document.body.textContent).not.toContain('Sky News');
  });
});
