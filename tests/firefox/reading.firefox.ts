// The Firefox build reading pages in Firefox: the demo article (painted exactly as Chromium paints
// it), an article inside real sites' markup, the card, pages about other things, hostile pages.
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as chromium from '../e2e/harness';
import { cardText, highlights, hoverCard, inCard, launchFirefox, pause, SHARED, serve, waitForCard, waitForHighlights, waitForNoCard, type FirefoxSession } from './harness';

// An article about the exodus, put where each real site's own article starts.
const ARTICLE = `<div class="injected-article">
<h2>Nagorno-Karabakh empties as refugees reach Armenia</h2>
<p>More than 100,000 people have now fled Nagorno-Karabakh for Armenia, the government said on Saturday.</p>
<p>The region had a population of about 120,000 before Azerbaijan's offensive.</p>
<p>By Wednesday, some 50,000 people had crossed into Armenia.</p>
<p>A social-media post claimed that only 5,000 cars had crossed the Hakari Bridge by Saturday.</p>
<p>At least 68 people died in the explosion at a fuel depot near Stepanakert on Monday.</p>
</div>`;
const ARTICLE_VERDICTS = {
  'crosscheck-corroborated': ['More than 100,000', 'about 120,000'],
  'crosscheck-consistent': ['some 50,000'],
  'crosscheck-conflicting': ['only 5,000'],
  'crosscheck-unverified': ['At least 68'],
};
const SITES = ['guardian-1.html', 'nytimes-1.html', 'bbc-1.html', 'wapo-1.html', 'lemonde-1.html'];
// Pages about other things: every tenth of the real pages (all 130 run in the Chromium tier).
const REAL_PAGES = readdirSync(join(SHARED, 'real-pages')).filter((f) => f.endsWith('.html')).sort().filter((_, i) => i % 10 === 0);

let server: Server;
let base: string;
let s: FirefoxSession;

beforeAll(async () => {
  const pages = new Map<string, string>();
  for (const f of SITES) {
    let html = readFileSync(join(SHARED, 'real-pages', f), 'utf8');
    const at = html.search(/<\/h1>/i);
    html = at > 0 ? html.slice(0, at + 5) + ARTICLE + html.slice(at + 5) : html.replace(/<body[^>]*>/i, (m) => m + ARTICLE);
    pages.set(`/${f}`, html.replace(/<head[^>]*>/i, (m) => `${m}<meta property="article:published_time" content="2023-09-30T12:00:00Z">`));
  }
  ({ server, base } = await serve((path) => pages.get(path.replace(/^\/markup/, ''))));
  s = await launchFirefox();
});

afterAll(async () => {
  await s?.close();
  server?.close();
});

describe('the demo article in Firefox', () => {
  it('is highlighted exactly as Chromium highlights it: the same figures under the same verdicts', async () => {
    const page = await s.newPage();
    await page.goto(`${base}/demo/article.html`);
    await waitForHighlights(page, 10);
    await pause(500); // a second pass would show up here
    const inFirefox = await highlights(page);
    await page.close();

    const chrome = await chromium.launch(base);
    try {
      const cpage = await chrome.context.newPage();
      await cpage.goto(`${base}/demo/article.html`);
      await chromium.waitForHighlights(cpage, 10);
      await cpage.waitForTimeout(500);
      const inChromium = Object.fromEntries(Object.entries(await chromium.highlights(cpage)).map(([k, v]) => [k, v.map((t) => t.replace(/\s+/g, ' ')).sort()]));
      expect(inFirefox).toEqual(inChromium);
    } finally {
      await chrome.close();
    }
    // Every verdict the demo is there to teach is painted.
    expect(Object.keys(inFirefox).filter((n) => !n.startsWith('crosscheck-statement-')).sort()).toEqual(['crosscheck-conflicting', 'crosscheck-consistent', 'crosscheck-corroborated', 'crosscheck-disputed', 'crosscheck-unverified']);
    // And its statements carry the statement highlight as well.
    expect(Object.keys(inFirefox).filter((n) => n.startsWith('crosscheck-statement-')).sort()).toEqual(['crosscheck-statement-conflicting', 'crosscheck-statement-corroborated', 'crosscheck-statement-disputed']);
  });

  it('hovering a claim opens a card with its verdict; the card stays while the pointer is on it; Esc closes it', async () => {
    const page = await s.newPage();
    await page.goto(`${base}/pages/news-article.html`);
    await waitForHighlights(page, 6);
    // Each card says its own claim's verdict. The first card's host joining the page sets off a
    // re-read that closes the card within half a second (issue 16's bug, in Firefox as in Chromium);
    // a second later the page is quiet, and the next card is the one this test holds.
    expect(await hoverCard(page, 'crosscheck-conflicting')).toContain('Conflicting');
    await pause(1000);
    await hoverCard(page, 'crosscheck-corroborated');
    expect(await waitForCard(page, 'Corroborated')).toContain('More than 100,000');
    await pause(1500);
    expect(await cardText(page)).toContain('Corroborated');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });
});

describe('an article about the exodus inside real sites’ markup, in Firefox', () => {
  it.each(SITES)('%s: the registry holds the article’s figures and nothing else', async (site) => {
    const page = await s.newPage();
    await page.goto(`${base}/markup/${site}`, { waitUntil: 'load' });
    await waitForHighlights(page, 5);
    await pause(300);
    expect(await highlights(page)).toEqual(ARTICLE_VERDICTS);
    await page.close();
  });
});

describe('pages that change and pages about other things, in Firefox', () => {
  it('a paragraph about Karabakh added two seconds after load gets highlighted', async () => {
    const page = await s.newPage();
    await page.goto(`${base}/pages/late-paragraph.html`);
    expect(await highlights(page)).toEqual({});
    await waitForHighlights(page, 1, 10_000);
    expect(await highlights(page)).toEqual({ 'crosscheck-corroborated': ['almost 85,000'] });
    await page.close();
  });

  it(`samples ${REAL_PAGES.length} of the real pages`, () => expect(REAL_PAGES.length).toBeGreaterThanOrEqual(12));
  it.each(REAL_PAGES)('real page %s: read and passed over, no highlight, nothing added', async (file) => {
    const page = await s.newPage();
    await page.goto(`${base}/real/${file}`, { waitUntil: 'load' });
    // Wait until the content script has decided whether the page is worth reading: it marks the
    // moment in the page's timeline, or (where those marks are kept for bench builds) says so when asked.
    const tabId = await s.tabIdOf(page);
    const decided = async () =>
      (await page.evaluate(() => performance.getEntriesByName('crosscheck:gated').length > 0)) ||
      (await s.control.evaluate(async (id: number) => {
        const reply = (await browser.tabs.sendMessage(id, { type: 'get-summary' }).catch(() => null)) as { value?: { scanned?: boolean } } | null;
        return reply?.value?.scanned === true;
      }, tabId));
    await expect.poll(decided, { timeout: 10_000, interval: 200 }).toBe(true);
    expect(await highlights(page)).toEqual({});
    expect(await page.evaluate(() => document.querySelectorAll('crosscheck-ui').length)).toBe(0);
    await page.close();
  });
});

describe('hostile pages, in Firefox', () => {
  it('markup in a claim sentence shows literally in the card, and nothing runs', async () => {
    const page = await s.newPage();
    await page.goto(`${base}/pages/xss.html`);
    await waitForHighlights(page, 1);
    expect(await hoverCard(page, 'crosscheck-corroborated')).toContain('<img src=x onerror="window.pwned=1">');
    expect(await inCard(page, (root) => root.querySelectorAll('img, script').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });

  it('a 5,000-deep DOM, 100,000 text nodes, shadow roots, a frame, churn and overridden built-ins: the claim is found, the page keeps working', async () => {
    const page = await s.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e.message : String(e)));
    await page.goto(`${base}/pages/hostile.html`);
    await waitForHighlights(page, 1, 30_000);
    await pause(1500);
    const marked = await highlights(page);
    expect(marked['crosscheck-corroborated']).toEqual(expect.arrayContaining(['More than 100,000']));
    expect(Object.values(marked).flat()).not.toContain('999'); // nothing from the editable region
    expect(await page.evaluate(() => (window as unknown as { pageOk: () => boolean }).pageOk())).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { appended?: number }).appended ?? 0)).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.evaluate(() => clearInterval((window as unknown as { churn: number }).churn));
    await page.close();
  });
});

describe('across this Firefox suite', () => {
  it('the add-on made no request beyond 127.0.0.1 and threw or logged no error', async () => {
    expect(s.outbound).toEqual([]);
    expect(await s.addonErrors()).toEqual([]);
  });
});
