// axe-core over every extension page, light and dark, narrow and wide: zero violations.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverCard, launch, serve, tabIdOf, waitForHighlights, type Session } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe's default rules, and the one experimental rule the issue found failures of (a button's name must contain its visible words). */
const AXE_OPTIONS = { rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] };
const WIDTHS = [400, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

let server: Server;
let base: string;
let s: Session;
let article: Page;
let articleTab: number;
let windowId: number;

beforeAll(async () => {
  ({ server, base } = await serve());
  s = await launch(base);
  article = await s.context.newPage();
  await article.goto(`${base}/pages/news-article.html`);
  await waitForHighlights(article, 6);
  articleTab = await tabIdOf(s.worker, article);
  windowId = await s.worker.evaluate(async (id) => (await (globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ windowId: number }> } } }).chrome.tabs.get(id)).windowId, articleTab);
});

afterAll(async () => {
  await s?.close();
  server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/**
 * Runs axe on the page as it stands (or on the part `include` names, as axe selects it) and
 * returns each violation as one readable line per element, and how many elements passed a rule.
 */
async function axeRun(page: Page, include?: unknown): Promise<{ violations: string[]; passed: number }> {
  // page.evaluate with a string runs it through the DevTools protocol, which the page's CSP does not block.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, passed } = await page.evaluate(async ([options, inc]) => {
    const run = (window as unknown as { axe: { run(ctx: unknown, o: object): Promise<{ violations: Violation[]; passes: Violation[] }> } }).axe.run;
    const r = await run(inc ? { include: inc } : document, { ...options, resultTypes: ['violations', 'passes'] });
    return { violations: r.violations, passed: r.passes.reduce((n, p) => n + p.nodes.length, 0) };
  }, [AXE_OPTIONS, include] as const);
  return { violations: violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}`)), passed };
}

const axe = async (page: Page) => (await axeRun(page)).violations;

/** Each extension page in the states a user sees it in, reached from a freshly loaded page. */
const PAGES: Record<string, { path: () => string; ready: (page: Page) => Promise<void>; ownWindow?: boolean }> = {
  popup: {
    path: () => `popup.html?tab=${articleTab}`,
    ready: async (p) => {
      await p.waitForSelector('.claim-list');
      await p.click('.group:first-of-type details summary');
      await p.waitForSelector('.group:first-of-type .sources');
    },
  },
  'side panel': {
    path: () => `sidepanel.html?window=${windowId}`,
    // In a window of its own, as beside the page: in the article's window it would be the active tab itself.
    ownWindow: true,
    ready: async (p) => {
      await p.waitForSelector('.claim-list');
      await p.click('.group:first-of-type details summary');
      await p.waitForSelector('.group:first-of-type .sources');
    },
  },
  options: { path: () => 'options.html', ready: (p) => p.waitForSelector('h1').then(() => p.waitForLoadState('networkidle')) },
  sources: { path: () => 'sources.html', ready: (p) => p.waitForSelector('.source-list li').then(() => undefined) },
  'a source at a passage': {
    path: () => 'sources.html',
    // Opened the way a card's link opens it: a report, with a passage outlined.
    ready: async (p) => {
      const href = await p.getAttribute('.source-list a', 'href');
      await p.evaluate((h) => { location.hash = `${h!.slice(1)}&start=200&end=320`; }, href);
      await p.waitForSelector('.source-text .passage');
    },
  },
  'compare a measure': { path: () => 'sources.html#compare=left', ready: (p) => p.waitForSelector('table.compare').then(() => undefined) },
  demo: { path: () => 'demo.html', ready: (p) => p.waitForSelector('.tour button.primary:not([disabled])').then(() => undefined) },
  'demo, on a tour stop': {
    path: () => 'demo.html',
    ready: async (p) => {
      await p.click('.tour button.primary:not([disabled])');
      await p.waitForSelector('.tour .sources, .tour .muted');
    },
  },
  'demo, first run': { path: () => 'demo.html#welcome', ready: (p) => p.waitForSelector('.welcome').then(() => undefined) },
};

/** Opens an extension page in a new window of its own. */
async function openInWindow(url: string): Promise<Page> {
  const opened = s.context.waitForEvent('page');
  await s.worker.evaluate((u) => (globalThis as unknown as { chrome: { windows: { create(p: object): Promise<unknown> } } }).chrome.windows.create({ url: u, focused: false }), url);
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

describe('axe-core finds no violation', () => {
  for (const [name, { path, ready, ownWindow }] of Object.entries(PAGES)) {
    for (const scheme of SCHEMES) {
      it(`on the ${name} page, ${scheme}, at ${WIDTHS.join(' and ')} px`, async () => {
        const url = `chrome-extension://${s.extensionId}/${path()}`;
        const page = ownWindow ? await openInWindow(url) : await s.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: WIDTHS[0], height: 800 });
        if (!ownWindow) await page.goto(url);
        else await page.reload();
        await ready(page);
        const found: string[] = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          found.push(...(await axe(page)).map((v) => `${width} px: ${v}`));
        }
        await page.close();
        expect(found).toEqual([]);
      });
    }
  }
});

/**
 * The card lives in a closed shadow root, which axe (like every script but its owner) cannot
 * enter. For the audit, the content script's own world is told, through the DevTools protocol,
 * to attach shadow roots open: the card is then the real one, markup and styles, and axe reaches
 * it from its host. Call it after the content script has loaded and before a card first opens.
 */
async function openShadowRootsForAudit(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context as (typeof worlds)[number]));
    await cdp.send('Runtime.enable');
    const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin === `chrome-extension://${s.extensionId}`);
    if (!world) throw new Error(`no content script world in the page (worlds: ${JSON.stringify(worlds.map((w) => w.origin))})`);
    await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `Element.prototype.attachShadow = ((attach) => function (init) { return attach.call(this, { ...init, mode: 'open' }); })(Element.prototype.attachShadow)`,
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

describe('axe-core finds no violation in an open card', () => {
  for (const scheme of SCHEMES) {
    it(`on a news article, ${scheme}, at ${WIDTHS.join(' and ')} px`, async () => {
      const page = await s.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${base}/pages/news-article.html`);
        await waitForHighlights(page, 6);
        await openShadowRootsForAudit(page);
        await hoverCard(page, 'crosscheck-conflicting');
        const { violations, passed } = await axeRun(page, [['crosscheck-ui']]);
        expect(passed, 'axe examined the card').toBeGreaterThan(5);
        found.push(...violations.map((v) => `${width} px: ${v}`));
      }
      await page.close();
      expect(found).toEqual([]);
    });
  }
});
