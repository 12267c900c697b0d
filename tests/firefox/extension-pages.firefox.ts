// The add-on's own pages in Firefox, opened as tabs (moz-extension://UUID/…): the popup, the options
// page with a fact-checker's own sources, and the settings they keep, honoured by the content script.
import type { Server } from 'node:http';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlights, hoverCard, launchFirefox, pause, serve, cardText, waitForHighlights, waitInAddonPage, type FirefoxSession } from './harness';

const DEPOT_REPORT = [
  'Health ministry updates fuel depot toll',
  '',
  'Friday, 29 September 2023',
  '',
  'The health ministry of Nagorno-Karabakh said 170 people were killed in the explosion at a fuel depot near Stepanakert on Monday evening, and that more than 200 were treated for burns.',
].join('\n');

let server: Server;
let base: string;
let s: FirefoxSession;

beforeAll(async () => {
  ({ server, base } = await serve());
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
  server?.close();
});

/** Sets a form field as typing would (Preact listens for `input`). */
async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.evaluate(
    (sel: string, v: string) => {
      const field = document.querySelector(sel) as HTMLInputElement | HTMLTextAreaElement;
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selector,
    value,
  );
}

/** Clicks the first `selector` whose text contains `text`. */
async function clickText(page: Page, selector: string, text: string): Promise<void> {
  await waitInAddonPage(page, (sel: string, t: string) => [...document.querySelectorAll(sel)].some((e) => e.textContent?.includes(t)), [selector, text]);
  await page.evaluate(
    (sel: string, t: string) => ([...document.querySelectorAll(sel)].find((e) => e.textContent?.includes(t)) as HTMLElement).click(),
    selector,
    text,
  );
}

/** Switches the options page's setting whose label contains `label` to `on`. */
async function setOption(label: string, on: boolean): Promise<void> {
  const options = await s.openExtensionPage('options.html');
  await options.waitForSelector('#settings-heading');
  await options.evaluate(
    (l: string, v: boolean) => {
      const box = [...document.querySelectorAll('label.check')].find((x) => x.textContent?.includes(l))?.querySelector('input');
      if (!box) throw new Error(`no setting labelled “${l}”`);
      if (box.checked !== v) box.click();
    },
    label,
    on,
  );
  await waitInAddonPage(
    s.control,
    async (l: string, v: boolean) => {
      const key = l.includes('unverified') ? 'highlightUnverified' : 'autoScan';
      return (await browser.storage.local.get(key))[key] === v;
    },
    [label, on],
  );
  await options.close();
}

async function openArticle(path = 'news-article.html', n = 6): Promise<Page> {
  const page = await s.newPage();
  await page.goto(`${base}/pages/${path}`);
  await waitForHighlights(page, n);
  return page;
}

// Firefox's MV2 build has browserAction (no `action`), promise-based as in every Firefox API.
const badgeText = (tabId: number) =>
  s.control.evaluate((id: number) => (browser.browserAction as unknown as { getBadgeText(q: { tabId: number }): Promise<string> }).getBadgeText({ tabId: id }), tabId);

describe('the popup, opened as a tab in Firefox', () => {
  it('lists the page’s claims by verdict, and the toolbar badge counts them', async () => {
    const page = await openArticle();
    const tabId = await s.tabIdOf(page);
    const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('.claim-list');
    const groups = await popup.$$eval('.group h3', (hs) => hs.map((h) => h.textContent?.replace(/\s+/g, ' ').trim()));
    expect(groups).toEqual(['Conflicting (1)', 'Disputed (1)', 'Unverified (1)', 'Consistent (1)', 'Corroborated (2)']);
    expect(await badgeText(tabId)).toBe('6');
    await popup.close();
    await page.close();
  });

  it('checks pasted text, and refuses empty text with a message', async () => {
    const popup = await s.openExtensionPage('popup.html?tab=0');
    await fill(popup, '#check-text', 'Before the exodus, about 200,000 ethnic Armenians lived in Nagorno-Karabakh.');
    await popup.click('button[type="submit"]');
    await popup.waitForSelector('section[aria-labelledby="check-heading"] .claim-list');
    expect(await popup.$eval('section[aria-labelledby="check-heading"] .group h3', (h) => h.textContent)).toContain('Conflicting');
    await fill(popup, '#check-text', '   ');
    await popup.click('button[type="submit"]');
    await popup.waitForSelector('.error');
    expect(await popup.$eval('.error', (e) => e.textContent)).toContain('Paste or type some text');
    await popup.close();
  });
});

describe('settings are honoured in Firefox', () => {
  it('switching the extension off for a site clears its highlights and badge; on again brings them back', async () => {
    const page = await openArticle();
    const tabId = await s.tabIdOf(page);
    const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('.switch input');
    await popup.click('.switch input');
    await page.waitForFunction(() => ![...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((k) => k.startsWith('crosscheck-')), { timeout: 10_000 });
    expect(await badgeText(tabId)).toBe('');
    expect(await s.control.evaluate(async () => (await browser.storage.local.get('disabledSites')).disabledSites)).toEqual(['127.0.0.1']);
    await popup.click('.switch input');
    await waitForHighlights(page, 6);
    expect(await s.control.evaluate(async () => (await browser.storage.local.get('disabledSites')).disabledSites)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('with “highlight unverified” off, the unverified claim is not painted and the others are', async () => {
    await setOption('unverified', false);
    try {
      const page = await openArticle('news-article.html', 5);
      await pause(500);
      const marked = await highlights(page);
      expect(marked['crosscheck-unverified']).toBeUndefined();
      expect(marked['crosscheck-corroborated']).toEqual(['More than 100,000', 'about 120,000']);
      await page.close();
    } finally {
      await setOption('unverified', true);
    }
  });

  it('with automatic checking off, a page is not read until the popup asks', async () => {
    await setOption('automatically', false);
    try {
      const page = await s.newPage();
      await page.goto(`${base}/pages/news-article.html`);
      await pause(2000);
      expect(await highlights(page)).toEqual({});
      const popup = await s.openExtensionPage(`popup.html?tab=${await s.tabIdOf(page)}`);
      await clickText(popup, 'button.link', 'Check this page');
      await waitForHighlights(page, 6);
      await popup.close();
      await page.close();
    } finally {
      await setOption('automatically', true);
    }
  });
});

describe('a fact-checker’s own sources, in Firefox', () => {
  it('a claim no bundled report covers is corroborated once a source for it is added; removing it undoes that', async () => {
    const before = await openArticle('depot.html', 2);
    expect((await highlights(before))['crosscheck-unverified']).toEqual(['At least 170']);
    await before.close();

    const options = await s.openExtensionPage('options.html');
    await options.waitForSelector('.own-list[aria-busy="false"]');
    await fill(options, '#src-text', DEPOT_REPORT);
    await fill(options, '#src-outlet', 'Artsakh health ministry');
    await clickText(options, 'button[type="submit"]', 'Add source');
    await options.waitForSelector('.notice');
    expect(await options.$eval('.notice', (n) => n.textContent)).toContain('Added “Health ministry updates fuel depot toll” (Artsakh health ministry, 2023-09-29)');

    const after = await openArticle('depot.html', 2);
    expect((await highlights(after))['crosscheck-corroborated']).toEqual(['At least 170', 'about 120,000']);
    await hoverCard(after, 'crosscheck-corroborated');
    expect(await cardText(after)).toContain('Artsakh health ministry');
    await after.close();

    await clickText(options, '.own-list button', 'Remove');
    await clickText(options, '.own-list button', 'Confirm');
    await waitInAddonPage(options, () => document.querySelectorAll('.own-list li strong').length === 0, []);
    await options.close();
    const again = await openArticle('depot.html', 2);
    expect((await highlights(again))['crosscheck-unverified']).toEqual(['At least 170']);
    await again.close();
  });
});

describe('across this Firefox suite', () => {
  it('the add-on made no request beyond 127.0.0.1 and threw or logged no error', async () => {
    expect(s.outbound).toEqual([]);
    expect(await s.addonErrors()).toEqual([]);
  });
});
