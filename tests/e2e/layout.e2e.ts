// Layouts that fit: the extension's pages at a phone-like 400 px and a laptop's 1280 px.
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, tabIdOf, waitForHighlights, type Session } from './harness';

let server: Server;
let base: string;
let s: Session;

beforeAll(async () => {
  ({ server, base } = await serve());
  s = await launch(base);
});

afterAll(async () => {
  await s?.close();
  server?.close();
});

async function open(path: string, width: number): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`chrome-extension://${s.extensionId}/${path}`);
  return page;
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('the sources view', () => {
  it('at 400 px is no wider than the window, and the timeline takes the width', async () => {
    const page = await open('sources.html#compare=left', 400);
    await page.waitForSelector('.timeline svg');
    expect(await pageWidth(page)).toBeLessThanOrEqual(400);
    expect((await box(page, '.timeline svg')).width).toBeGreaterThan(300);
    await page.close();
  });

  it('at 1280 px keeps the search box and the measure list inside the sidebar', async () => {
    const page = await open('sources.html', 1280);
    await page.waitForSelector('.source-list li');
    const nav = await box(page, 'nav');
    for (const sel of ['#search', '#measure']) {
      const b = await box(page, sel);
      expect(b.x + b.width, sel).toBeLessThanOrEqual(nav.x + nav.width);
    }
    await page.close();
  });
});

describe('the guided tour', () => {
  it('at 400 px stays on screen beside the figure it explains, at every stop', async () => {
    const page = await open('demo.html', 400);
    await page.click('.tour button.primary:not([disabled])');
    const stops = Number((await page.textContent('.tour'))!.match(/Stop 1 of (\d+)/)![1]);
    expect(stops).toBeGreaterThan(2);
    for (let i = 0; i < stops; i++) {
      await page.getByText(`Stop ${i + 1} of ${stops}`).waitFor();
      await page.waitForTimeout(150);
      const seen = await page.evaluate(() => {
        const flash = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crosscheck-flash') ?? [])][0];
        const figure = flash!.getBoundingClientRect();
        const tour = document.querySelector('.tour')!.getBoundingClientRect();
        return { figureTop: figure.top, figureBottom: figure.bottom, tourTop: tour.top, tourBottom: tour.bottom, height: innerHeight };
      });
      // The figure is on screen, above the tour, and the tour is on screen too.
      expect(seen.figureTop, `stop ${i + 1}`).toBeGreaterThanOrEqual(0);
      expect(seen.figureBottom, `stop ${i + 1}`).toBeLessThanOrEqual(seen.tourTop);
      expect(seen.tourTop, `stop ${i + 1}`).toBeLessThan(seen.height);
      expect(seen.tourBottom, `stop ${i + 1}`).toBeLessThanOrEqual(seen.height + 1);
      if (i + 1 < stops) await page.getByRole('button', { name: 'Next ›' }).click();
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(400);
    await page.close();
  });
});

describe('the popup', () => {
  it('puts its links and the site switch above the claim list, and its counts filter the list', async () => {
    const article = await s.context.newPage();
    await article.goto(`${base}/pages/news-article.html`);
    await waitForHighlights(article, 6);
    const tabId = await tabIdOf(s.worker, article);
    const popup = await open(`popup.html?tab=${tabId}`, 400);
    await popup.waitForSelector('.claim-list');
    const list = await box(popup, '.claim-list');
    for (const name of ['Open the side panel', 'Sources and timelines', 'Your sources, history and settings', 'Demo and guided tour']) {
      expect((await popup.getByRole('button', { name }).boundingBox())!.y, name).toBeLessThan(list.y);
    }
    expect((await box(popup, '.switch')).y).toBeLessThan(list.y);
    expect(await pageWidth(popup)).toBeLessThanOrEqual(400);

    // The counts filter the list, and a filtered claim's "Show in page" shows that claim.
    await popup.getByRole('button', { name: /Conflicting 1/ }).click();
    expect(await popup.locator('section[aria-labelledby="page-heading"] .claim').count()).toBe(1);
    await popup.getByRole('button', { name: /^Show in page/ }).click();
    await article.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crosscheck-flash'));
    expect(await article.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crosscheck-flash')!][0]!.toString())).toBe('only 5,000');
    await popup.getByRole('button', { name: 'All 6' }).click();
    expect(await popup.locator('section[aria-labelledby="page-heading"] .claim').count()).toBe(6);
    await popup.close();
    await article.close();
  });
});
