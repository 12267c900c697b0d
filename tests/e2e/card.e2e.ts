// The in-page card in Chromium: what a hostile page can get out of it (nothing beyond the
// highlight registry), cards that stay on a page that keeps changing, and the card by keyboard.
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxInCard, cardText, focusInCard, inCard, waitForCard, waitForNoCard } from './card-probe';
import { launch, serve, tabIdOf, waitForHighlights, type Session } from './harness';

let server: Server;
let base: string;
let s: Session;
/** Pages (tabs) opened in the browser since the suite started. */
let tabsOpened = 0;

beforeAll(async () => {
  ({ server, base } = await serve());
  s = await launch(base);
  s.context.on('page', () => tabsOpened++);
});
afterAll(async () => {
  await s?.close();
  server?.close();
});

/** The screen position of each line fragment of the `n`th range of a highlight, read from the registry. */
const fragments = (page: Page, highlight: string, n = 0) =>
  page.evaluate(([name, i]) => {
    const css = ((window as unknown as { __realCSS?: typeof CSS }).__realCSS ?? CSS) as unknown as { highlights: Map<string, Set<Range>> };
    // (A <br> inside the claim has a box of no width: not a line fragment.)
    return [...[...css.highlights.get(name as string)!][i as number]!.getClientRects()].filter((r) => r.width > 1).map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, top: r.top, bottom: r.bottom }));
  }, [highlight, n] as const);

/** How many feedback reports the extension has stored (0 before its database exists). */
const feedbackCount = () =>
  s.worker.evaluate(async () => {
    // Never create the database here: an empty one would stop the extension's own upgrade.
    if (!(await indexedDB.databases()).some((d) => d.name === 'crosscheck')) return 0;
    return new Promise<number>((ok, fail) => {
      const open = indexedDB.open('crosscheck');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('feedback')) return db.close(), ok(0);
        const count = db.transaction('feedback').objectStore('feedback').count();
        count.onsuccess = () => (db.close(), ok(count.result));
        count.onerror = () => fail(count.error);
      };
    });
  });

interface Loot {
  dispatched: number;
  host: boolean;
  hostShadowRoot: boolean | null;
  hostChildren: number;
  roots: string[];
  performance: string[];
  text: string;
  innerText: string;
  openedByPage: number;
}
const attack = (page: Page) => page.evaluate(() => (window as unknown as { attack(): Promise<Loot> }).attack());

describe('a hostile page', () => {
  it('gets nothing out of the card: its made-up events open no card and no tab, store nothing, and it can read no quote, shadow root or timing mark', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/hostile-card.html`);
    await waitForHighlights(page, 2);
    const tabsBefore = tabsOpened;
    const feedbackBefore = await feedbackCount();

    // Before any card is open: every synthetic event over every claim the registry shows.
    const before = await attack(page);
    expect(before.dispatched).toBeGreaterThan(60);
    expect(await cardText(page)).toBeNull();
    expect(before.host).toBe(false);
    expect(before.performance).toEqual([]);
    expect(before.roots).toEqual([]);

    // The user hovers a claim: the card opens, above the page's overlay and despite its CSS.
    const [claim] = await fragments(page, 'crosscheck-corroborated');
    await page.mouse.move(claim!.x, claim!.y);
    const shown = await waitForCard(page, 'Supports');
    const quote = (await inCard(page, (root) => root.querySelector('blockquote')?.textContent ?? ''))!;
    expect(quote.length).toBeGreaterThan(20);
    const card = (await boxInCard(page, '.card'))!;
    expect(card.width).toBeGreaterThan(200);
    expect(card.top).toBeGreaterThanOrEqual(claim!.top);
    expect(await inCard(page, (root) => root.querySelector('.card')!.checkVisibility({ opacityProperty: true, visibilityProperty: true }))).toBe(true);
    // What is drawn at the card's centre is the card (the page sees its host), not the page's overlay.
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName.toLowerCase(), [card.x + card.width / 2, card.y + card.height / 2])).toBe('crosscheck-ui');

    // With the card open: the same attack, plus clicks, keys and submits at the host.
    const during = await attack(page);
    expect(during.host).toBe(true);
    expect(during.hostShadowRoot).toBe(false);
    expect(during.hostChildren).toBe(0);
    expect(during.roots).toEqual([]);
    expect(during.performance).toEqual([]);
    for (const text of [during.text, during.innerText]) {
      expect(text).not.toContain(quote);
      expect(text).not.toContain('Supports');
    }
    // The made-up Escape did not close the card; no tab opened, no feedback was stored.
    expect(await cardText(page)).toBe(shown);
    expect(during.openedByPage).toBe(0);
    expect(tabsOpened).toBe(tabsBefore);
    expect(await feedbackCount()).toBe(feedbackBefore);
    await page.close();
  });
});

describe('cards that stay', () => {
  it('a hovered card stays open two seconds on a page whose text changes every 100 ms, while the page is re-read', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/ticker.html`);
    await waitForHighlights(page, 4);
    const [claim] = await fragments(page, 'crosscheck-corroborated');
    await page.mouse.move(claim!.x, claim!.y);
    await waitForCard(page, '“More than 100,000”');
    const painted = () => page.evaluate(() => {
      const w = window as unknown as { seen?: Set<unknown> };
      w.seen ??= new Set();
      w.seen.add(CSS.highlights.get('crosscheck-corroborated'));
      return w.seen.size;
    });
    await painted();
    const until = Date.now() + 2000;
    let samples = 0;
    while (Date.now() < until) {
      expect(await cardText(page)).toContain('“More than 100,000”');
      await painted();
      samples++;
      await page.waitForTimeout(100);
    }
    expect(samples).toBeGreaterThan(5);
    // The page was read again and repainted meanwhile (a new highlight object), and the card stayed.
    expect(await painted()).toBeGreaterThan(1);
    await page.close();
  });

  it('a card closes when the pointer leaves, reopens on the same claim, and closes with Esc', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/ticker.html`);
    await waitForHighlights(page, 4);
    const [claim] = await fragments(page, 'crosscheck-corroborated');
    for (let round = 0; round < 2; round++) {
      await page.mouse.move(claim!.x, claim!.y);
      await waitForCard(page, '“More than 100,000”');
      await page.mouse.move(5, 5);
      await waitForNoCard(page);
    }
    await page.mouse.move(claim!.x, claim!.y);
    await waitForCard(page, '“More than 100,000”');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    // Closed with Esc, it does not reopen under a resting pointer; leaving and coming back reopens it.
    await page.mouse.move(claim!.x + 2, claim!.y);
    await page.waitForTimeout(300);
    expect(await cardText(page)).toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move(claim!.x, claim!.y);
    await waitForCard(page, '“More than 100,000”');
    await page.close();
  });

  it('a click or tap on a claim opens a card that stays when the pointer leaves; a click elsewhere closes it', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/ticker.html`);
    await waitForHighlights(page, 4);
    const [second] = await fragments(page, 'crosscheck-corroborated', 1);
    await page.mouse.click(second!.x, second!.y);
    await waitForCard(page, '“about 120,000”');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(800);
    expect(await cardText(page)).toContain('“about 120,000”');
    await page.mouse.click(5, 5);
    await waitForNoCard(page);
    await page.close();
  });

  it('keyboard focus on a link holding a claim opens its card, and focus stays on the page', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/ticker.html`);
    await waitForHighlights(page, 4);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('troops-link');
    await waitForCard(page, '10,000');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('troops-link');
    await page.close();
  });

  it('a wrapped claim gets its card level with the line fragment under the pointer', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/ticker.html`);
    await waitForHighlights(page, 4);
    const parts = await fragments(page, 'crosscheck-consistent');
    expect(parts.length).toBe(2);
    expect(Math.abs(parts[0]!.left - parts[1]!.left)).toBeGreaterThan(50);
    for (const part of parts) {
      await page.mouse.move(5, 5);
      await waitForNoCard(page);
      await page.mouse.move(part.x, part.y);
      await waitForCard(page, 'some 50,000');
      const card = (await boxInCard(page, '.card'))!;
      expect(Math.abs(card.left - part.left)).toBeLessThan(2);
      // Never over the claim's own lines.
      expect(card.top >= parts[1]!.bottom || card.bottom <= parts[0]!.top).toBe(true);
    }
    await page.close();
  });
});

describe('the card by keyboard', () => {
  it('"Show in page" opens the claim\'s card with focus: a named dialog, Tab reaches the close button, Esc closes it', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/ticker.html`);
    await waitForHighlights(page, 4);
    const tabId = await tabIdOf(s.worker, page);
    const reply = await s.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'scroll-to-claim', index: 1 }), tabId);
    expect(reply).toEqual({ ok: true, value: null });
    await waitForCard(page, '“about 120,000”');
    await expect.poll(() => focusInCard(page)).toMatchObject({ tag: 'div', className: 'card' });
    expect(await inCard(page, (root) => {
      const dialog = root.querySelector('[role="dialog"]')!;
      return dialog.getAttribute('aria-label');
    })).toBe('Cross-check of “about 120,000”');
    await page.keyboard.press('Tab');
    expect(await focusInCard(page)).toMatchObject({ tag: 'button', label: 'Close (Esc)' });
    // Then on through the card in reading order: the first source's link.
    await page.keyboard.press('Tab');
    expect(await focusInCard(page)).toMatchObject({ tag: 'button', className: 'link' });
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    // A claim that is not on the page gets a clear answer.
    expect(await s.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'scroll-to-claim', index: 99 }), tabId)).toMatchObject({ ok: false, error: expect.stringContaining('no claim 99') });
    await page.close();
  });
});

describe('across this file', () => {
  it('the extension logged no error', () => expect(s.errors).toEqual([]));
});
