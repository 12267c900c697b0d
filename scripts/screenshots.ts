// Store and README screenshots, made with the browser tests' harness from the built extension:
// `npm run build && npx tsx scripts/screenshots.ts`. Store shots (1280×800, what the Chrome Web
// Store and addons.mozilla.org ask for) go to docs/screenshots/store/, the README's to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickInCard, waitForCard } from '../tests/e2e/card-probe';
import { hoverCard, launch, ROOT, serve, tabIdOf, waitForHighlights, type Session } from '../tests/e2e/harness';

const OUT = join(ROOT, 'docs/screenshots');
const STORE = join(OUT, 'store');
/** The size both stores ask for. */
const STORE_SIZE = { width: 1280, height: 800 };
/** How wide a toolbar popup or a side panel is drawn beside the page in a store shot. */
const PANEL_WIDTH = 420;

interface Chrome {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ windowId: number }>> };
}

/** Draws two screenshots side by side, the page and the extension's panel, as one 1280×800 PNG. */
async function sideBySide(s: Session, left: Buffer, right: Buffer, path: string): Promise<void> {
  const page = await s.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  const img = (b: Buffer, width: number, extra: string) => `<img src="data:image/png;base64,${b.toString('base64')}" style="display:block;width:${width}px;height:800px;${extra}">`;
  await page.setContent(`<body style="margin:0;display:flex;background:#888">${img(left, STORE_SIZE.width - PANEL_WIDTH, '')}${img(right, PANEL_WIDTH, 'box-shadow:-4px 0 16px rgba(0,0,0,.35)')}</body>`);
  await page.screenshot({ path });
  await page.close();
}

async function article(s: Session, url: string, width = STORE_SIZE.width): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height: STORE_SIZE.height });
  await page.goto(url);
  await waitForHighlights(page, 5);
  return page;
}

/** The popup for `page`'s tab, drawn at a popup's width; with `open`, its first claim is expanded. */
async function popupFor(s: Session, page: Page, open: boolean): Promise<Page> {
  const tabId = await tabIdOf(s.worker, page);
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: PANEL_WIDTH, height: STORE_SIZE.height });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.claim-list');
  if (open) {
    await popup.click('.group:first-of-type details summary');
    await popup.waitForSelector('.group:first-of-type .sources');
  }
  return popup;
}

async function main(): Promise<void> {
  mkdirSync(STORE, { recursive: true });
  const { server, base } = await serve();
  const s = await launch(base);
  const setLanguage = (language: string) => s.worker.evaluate(([l]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ language: l }), [language] as const);
  const demoArticle = `${base}/demo/article.html`;
  try {
    // Highlights, and a card on a wrong figure.
    const page = await article(s, demoArticle);
    await page.screenshot({ path: join(OUT, 'highlights.png') });
    // The wrong figure near the top of the window, so its card opens below it at full height.
    await page.evaluate(() => {
      const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crosscheck-conflicting')!][0]!;
      scrollBy(0, range.getBoundingClientRect().top - 160);
    });
    await hoverCard(page, 'crosscheck-conflicting');
    await waitForCard(page, 'Checked against');
    await page.screenshot({ path: join(OUT, 'card.png') });
    await page.screenshot({ path: join(STORE, '1-card.png') });
    await page.mouse.move(5, 5);
    await page.evaluate(() => scrollTo(0, 0));

    // The popup beside the page.
    const narrow = await article(s, demoArticle, STORE_SIZE.width - PANEL_WIDTH);
    const popup = await popupFor(s, narrow, true);
    await sideBySide(s, await narrow.screenshot(), await popup.screenshot(), join(STORE, '2-popup.png'));
    // The README's popup: its top, where the links, the counts and an opened claim are.
    await popup.setViewportSize({ width: PANEL_WIDTH, height: 1000 });
    await popup.screenshot({ path: join(OUT, 'popup.png') });
    await popup.close();

    // The side panel beside the page.
    const windowId = await s.worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.windowId);
    const panel = await s.context.newPage();
    await panel.setViewportSize({ width: PANEL_WIDTH, height: STORE_SIZE.height });
    await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html?window=${windowId}`);
    await narrow.bringToFront();
    await panel.waitForSelector('.claim-list');
    await panel.click('.group:first-of-type details summary');
    await panel.waitForSelector('.group:first-of-type .sources');
    await sideBySide(s, await narrow.screenshot(), await panel.screenshot(), join(STORE, '3-side-panel.png'));
    await panel.close();

    // The sources view: one measure compared across reports, with the claim from its card.
    await hoverCard(page, 'crosscheck-consistent');
    const opened = s.context.waitForEvent('page');
    await clickInCard(page, 'button.link', 'timeline');
    const view = await opened;
    await view.setViewportSize(STORE_SIZE);
    await view.waitForSelector('figure.timeline svg');
    await view.screenshot({ path: join(STORE, '4-compare.png') });
    await view.screenshot({ path: join(OUT, 'compare-timeline.png'), fullPage: true });
    await view.close();
    await page.close();

    // The guided tour, at its third stop.
    const demo = await s.context.newPage();
    await demo.setViewportSize(STORE_SIZE);
    await demo.goto(`chrome-extension://${s.extensionId}/demo.html`);
    await demo.click('button.primary:not([disabled])');
    for (let i = 0; i < 2; i++) await demo.click('.tour .row button.primary');
    await demo.waitForSelector('.tour .lesson');
    // The tour scrolls within itself; the shot shows its stop from the top.
    await demo.evaluate(() => document.querySelector('.tour')?.scrollTo(0, 0));
    await demo.waitForTimeout(300);
    await demo.screenshot({ path: join(OUT, 'tour.png') });
    await demo.screenshot({ path: join(STORE, '5-tour.png') });
    await demo.close();

    // The options page, settings first.
    const options = await s.context.newPage();
    await options.setViewportSize(STORE_SIZE);
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.waitForSelector('#settings-heading');
    await options.screenshot({ path: join(OUT, 'options.png') });
    await options.close();

    // The same popup in Russian, chosen in the options.
    await setLanguage('ru');
    const russian = await popupFor(s, narrow, true);
    await sideBySide(s, await narrow.screenshot(), await russian.screenshot(), join(STORE, '6-popup-russian.png'));
    await russian.close();
    await setLanguage('auto');
    await narrow.close();
    if (s.errors.length) throw new Error(`the extension logged errors:\n${s.errors.join('\n')}`);
  } finally {
    await s.close();
    server.close();
  }
  console.log(`screenshots written to ${OUT} and ${STORE}`);
}

await main();
