import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxInCard, cardText, clickInCard, focusInCard, inCard, waitForNoCard } from './card-probe';
import { EXTENSION, highlights, hoverCard, launch, REPORTS, serve, SHARED, tabIdOf, waitForHighlights, type Session } from './harness';

const SHOTS = join(REPORTS, 'screenshots');
let server: Server;
let base: string;
let s: Session;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ server, base } = await serve());
  s = await launch(base);
});

afterAll(async () => {
  await s?.close();
  server?.close();
});

async function openArticle(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`${base}/pages/news-article.html`);
  await waitForHighlights(page, 6);
  return page;
}

async function badgeOf(page: Page) {
  const tabId = await tabIdOf(s.worker, page);
  return s.worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), color: await chrome.action.getBadgeBackgroundColor({ tabId: id }) }), tabId);
}


/** Whether the content script has looked at the page yet, as it tells the popup. */
async function scannedOf(page: Page): Promise<boolean> {
  const tabId = await tabIdOf(s.worker, page);
  const reply = await s.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-summary' }).catch(() => null), tabId);
  return !!(reply as { value?: { scanned?: boolean } } | null)?.value?.scanned;
}

describe('a news article about the exodus', () => {
  it('highlights each figure under its verdict, and nothing off-topic, hidden or in form fields', async () => {
    const page = await openArticle();
    await page.waitForTimeout(300);
    expect(await highlights(page)).toEqual({
      'crosscheck-corroborated': ['More than 100,000', 'about 120,000'],
      'crosscheck-consistent': ['some 50,000'],
      'crosscheck-conflicting': ['only 5,000'],
      'crosscheck-disputed': ['10,000'],
      'crosscheck-unverified': ['At least 68'],
    });
    // The page's own scripts ran and its DOM is unchanged: no element added while no card is open.
    expect(await page.evaluate(() => (window as unknown as { pageScriptRan: boolean }).pageScriptRan)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('crosscheck-ui').length)).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'highlights.png') });
    await page.close();
  });

  it('the toolbar badge counts the claims in the colour of the worst verdict', async () => {
    const page = await openArticle();
    await page.waitForTimeout(300);
    const badge = await badgeOf(page);
    expect(badge.text).toBe('6');
    expect(badge.color.slice(0, 3)).toEqual([198, 40, 40]); // conflicting
    await page.close();
  });

  it('hovering a claim opens its card beside it, with the verdict, the figure as understood and quoted sources; Esc closes it', async () => {
    const page = await openArticle();
    const claim = await hoverCard(page, 'crosscheck-corroborated');
    const text = (await cardText(page))!;
    expect(text).toContain('Corroborated');
    expect(text).toContain('people who left Nagorno-Karabakh');
    expect(text).toContain('as of 30 Sept 2023');
    expect(text).toMatch(/Supports\s*Sky News/);
    const marked = await inCard(page, (root) => [...root.querySelectorAll('mark')].map((m) => m.textContent));
    expect(marked).toContain('More than 100,000');
    // The card never covers the claim it explains.
    const box = (await boxInCard(page, '.card'))!;
    expect(box.top >= claim.bottom || box.bottom <= claim.top).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'card.png') });
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('the keyboard command steps through claims with a focused card, and switches highlights off and on', async () => {
    const page = await openArticle();
    const tabId = await tabIdOf(s.worker, page);
    const send = (type: string) => s.worker.evaluate(([id, t]) => chrome.tabs.sendMessage(id as number, { type: t }), [tabId, type] as const);
    await send('next-claim');
    await expect.poll(() => focusInCard(page)).toMatchObject({ className: 'card' });
    expect(await cardText(page)).toContain('“More than 100,000”');
    await send('next-claim');
    await expect.poll(() => inCard(page, (root) => root.querySelector('h2')?.textContent)).toBe('“about 120,000”');
    await page.keyboard.press('Escape');
    await send('toggle-highlights');
    expect(await highlights(page)).toEqual({});
    await send('toggle-highlights');
    expect(Object.keys(await highlights(page))).toHaveLength(5);
    await page.close();
  });

  it('the card links to the source text at the quoted passage', async () => {
    const page = await openArticle();
    await hoverCard(page, 'crosscheck-disputed');
    const opened = s.context.waitForEvent('page');
    await clickInCard(page, 'button.link');
    const sourcePage = await opened;
    await sourcePage.waitForSelector('.passage');
    expect(sourcePage.url()).toMatch(/sources\.html#source=002_ff94a60b4f6e50ff/);
    expect((await sourcePage.$$eval('.passage', (xs) => xs.map((x) => x.textContent).join(''))).replace(/\s+/g, ' ')).toContain('up to 10,000 of its troops');
    await sourcePage.screenshot({ path: join(SHOTS, 'source-passage.png') });
    await sourcePage.close();
    await page.close();
  });
});

describe('the sources page', () => {
  it('lists every source and finds passages by free-text search, forgiving misspellings', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/sources.html`);
    await page.waitForSelector('nav li');
    expect(await page.$$eval('.source-list li strong', (xs) => xs.map((x) => x.textContent))).toContain('Brussels Signal');
    await page.fill('#search', 'Hakkari brige vehicles');
    await page.press('#search', 'Enter');
    await page.waitForSelector('.hits li a');
    await page.click('.hits li a');
    await page.waitForSelector('.passage');
    expect(await page.$$eval('.passage', (xs) => xs.map((x) => x.textContent).join(''))).toMatch(/Hakari Bridge/);
    await page.close();
  });
});

describe('the popup', () => {
  it('lists the page claims by verdict, scrolls to one, and exports Markdown and JSON', async () => {
    const page = await openArticle();
    const tabId = await tabIdOf(s.worker, page);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.claim-list');
    expect(await popup.$$eval('.group h3', (hs) => hs.map((h) => h.textContent?.replace(/\s+/g, ' ').trim()))).toEqual([
      'Conflicting (1)', 'Disputed (1)', 'Unverified (1)', 'Consistent (1)', 'Corroborated (2)',
    ]);
    await popup.click('.group:first-of-type details summary');
    await popup.waitForSelector('.group:first-of-type .sources');
    expect(await popup.textContent('.group:first-of-type .sources')).toContain('Contradicts');
    await popup.screenshot({ path: join(SHOTS, 'popup.png'), fullPage: true });

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await popup.click('.group:first-of-type button.show');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('crosscheck-flash'));
    const inView = await page.evaluate(() => {
      const r = document.getElementById('p-vehicles')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);

    const [md] = await Promise.all([popup.waitForEvent('download'), popup.click('text=Export Markdown')]);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toContain('## conflicting: “only 5,000”');
    expect(markdown).toContain('Sky News');
    const [js] = await Promise.all([popup.waitForEvent('download'), popup.click('text=Export JSON')]);
    const json = JSON.parse(readFileSync((await js.path())!, 'utf8'));
    expect(json.claims.map((c: { verdict: string }) => c.verdict).sort()).toEqual(['conflicting', 'consistent', 'corroborated', 'corroborated', 'disputed', 'unverified']);
    await popup.close();
    await page.close();
  });

  it('checks pasted text, keyboard only', async () => {
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=0`);
    await popup.focus('#check-text');
    await popup.keyboard.type('Before the exodus, about 200,000 ethnic Armenians lived in Nagorno-Karabakh.');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('section[aria-labelledby="check-heading"] .claim-list');
    expect(await popup.textContent('section[aria-labelledby="check-heading"] .group h3')).toContain('Conflicting');
    await popup.screenshot({ path: join(SHOTS, 'popup-check-text.png'), fullPage: true });
    // Bad input gets a clear message.
    await popup.fill('#check-text', '   ');
    await popup.click('button[type="submit"]');
    expect(await popup.textContent('.error')).toContain('Paste or type some text');
    await popup.close();
  });

  it('opened with selected text (as the context menu does), checks it at once', async () => {
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html#check=${encodeURIComponent('Around 400 people were injured in Nagorno-Karabakh.')}`);
    await popup.waitForSelector('section[aria-labelledby="check-heading"] .claim-list');
    expect(await popup.textContent('section[aria-labelledby="check-heading"]')).toContain('Corroborated');
    await popup.close();
  });

  it('switches the extension off for a site, and on again', async () => {
    const page = await openArticle();
    const tabId = await tabIdOf(s.worker, page);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.claim-list');
    await popup.uncheck('.switch input');
    await page.waitForFunction(() => ![...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((k) => k.startsWith('crosscheck-')));
    expect((await badgeOf(page)).text).toBe('');
    // A page of the site loaded while it is off is not read: the background refuses the loader's request.
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((k) => k.startsWith('crosscheck-')))).toEqual([]);
    await popup.reload();
    await popup.waitForSelector('text=switched off for 127.0.0.1');
    await popup.check('.switch input');
    await waitForHighlights(page, 6);
    await popup.close();
    await page.close();
  });

  it('says so honestly when a page has nothing about the region', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/real/bbc-1.html`);
    const tabId = await tabIdOf(s.worker, page);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.empty');
    expect(await popup.textContent('.empty')).toContain('Nothing on this page is about Nagorno-Karabakh');
    await popup.screenshot({ path: join(SHOTS, 'popup-empty.png') });
    await popup.close();
    await page.close();
  });
});

describe('pages that change and pages about other things', () => {
  it('a paragraph about Karabakh added two seconds after load gets highlighted', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/late-paragraph.html`);
    expect(await highlights(page)).toEqual({});
    await waitForHighlights(page, 1, 8000);
    expect(await highlights(page)).toEqual({ 'crosscheck-corroborated': ['almost 85,000'] });
    await page.close();
  });

  // Every one of the 130 real pages: no highlight, no badge, no element added, no page error.
  const realPages = readdirSync(join(SHARED, 'real-pages')).filter((f) => f.endsWith('.html'));
  it('there are 130 real pages', () => expect(realPages).toHaveLength(130));
  it.each(realPages)('real page %s: no highlights, no badge, nothing added', async (file) => {
    const page = await s.context.newPage();
    const thrown: string[] = [];
    page.on('pageerror', (e) => {
      if (/content-scripts|extension:\/\/[\w-]+\/loader\.js|crosscheck/.test(e.stack ?? '')) thrown.push(e.message);
    });
    await page.goto(`${base}/real/${file}`, { waitUntil: 'load' });
    await expect.poll(() => scannedOf(page), { timeout: 10_000 }).toBe(true);
    expect(await highlights(page)).toEqual({});
    expect((await badgeOf(page)).text).toBe('');
    expect(await page.evaluate(() => document.querySelectorAll('crosscheck-ui').length)).toBe(0);
    expect(thrown).toEqual([]);
    await page.close();
  });
});

describe('across the whole suite', () => {
  it('no built script holds a network API', () => {
    const files = readdirSync(EXTENSION, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(readFileSync(join(EXTENSION, f), 'utf8'), f).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
  });

  it('the extension made no network request of its own and logged no error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
