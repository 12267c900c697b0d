// The user's language and citations, in Chromium with the built extension: the popup and the card
// follow the language chosen in the options; a claim's check is copied as text and Markdown, with
// the reports' addresses and what the check was made against.
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cardText, clickInCard, waitForCard } from './card-probe';
import { hoverCard, launch, serve, tabIdOf, waitForHighlights, type Session } from './harness';

/** The extension APIs these tests call in the service worker besides those in chrome.d.ts. */
interface Chrome {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  i18n: { getUILanguage(): string };
}

let server: Server;
let base: string;
let s: Session;

beforeAll(async () => {
  ({ server, base } = await serve());
  s = await launch(base);
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
});

afterAll(async () => {
  await s?.close();
  server?.close();
});

/** Sets the language override as the options page stores it ('auto' follows the browser). */
const setLanguage = (language: string) => s.worker.evaluate(([l]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ language: l }), [language] as const);

afterEach(async () => {
  await setLanguage('auto');
});

async function openArticle(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`${base}/pages/news-article.html`);
  await waitForHighlights(page, 6);
  return page;
}

/** The system clipboard, read from a test page (an extension page's origin cannot be granted the permission). */
async function clipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function openPopup(page: Page): Promise<Page> {
  const tabId = await tabIdOf(s.worker, page);
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.claim-list');
  return popup;
}

describe('the user’s language', () => {
  it('the popup shows Russian when the language is set to Russian, though the browser is English', async () => {
    expect(await s.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.i18n.getUILanguage())).toMatch(/^en/);
    await setLanguage('ru');
    const page = await openArticle();
    const popup = await openPopup(page);
    expect(await popup.getAttribute('html', 'lang')).toBe('ru');
    expect(await popup.textContent('#page-heading')).toBe('Эта страница');
    expect(await popup.textContent('#check-heading')).toBe('Проверить текст');
    expect(await popup.$$eval('.group h3', (hs) => hs.map((h) => h.textContent?.replace(/\s+/g, ' ').trim()))).toEqual([
      'Противоречит (1)', 'Оспаривается (1)', 'Не проверено (1)', 'Согласуется (1)', 'Подтверждено (2)',
    ]);
    await popup.click('.group:first-of-type details summary');
    await popup.waitForSelector('.group:first-of-type .sources');
    const text = (await popup.textContent('main')) ?? '';
    expect(text).toContain('Противоречит');
    expect(text).toContain('Скопировать цитату');
    // No English left in the extension's own words (outlets and quotes are as written; language.e2e.ts checks the explanations).
    for (const english of ['Show in page', 'Export Markdown', 'Check text', 'This page', 'Contradicts', 'Copy citation']) expect(text).not.toContain(english);
    await popup.close();
    await page.close();
  });

  it('the card speaks the chosen language too', async () => {
    await setLanguage('ru');
    const page = await openArticle();
    await hoverCard(page, 'crosscheck-conflicting');
    // The card draws at once in the browser's language, then again in the chosen one.
    const card = await waitForCard(page, 'Почему такой вердикт');
    expect(card).toContain('Сверено с 5 сообщениями');
    expect(card).not.toContain('Why this verdict');
    await page.close();
  });
});

describe('the options page', () => {
  it('puts the settings first, above the own-sources text box, and its language menu switches the page’s language', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html`);
    await page.waitForSelector('#settings-heading');
    const order = await page.evaluate(() => {
      const settings = document.getElementById('settings-heading')!;
      const box = document.getElementById('src-text')!;
      return settings.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING ? 'settings first' : 'text box first';
    });
    expect(order).toBe('settings first');
    await Promise.all([page.waitForEvent('load'), page.selectOption('#language', 'fr')]);
    await page.waitForSelector('#settings-heading');
    expect(await page.textContent('#settings-heading')).toBe('Réglages');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.inputValue('#language')).toBe('fr');
    await page.close();
  });
});

describe('citations and what a check was made against', () => {
  it('a claim in the popup copies its check as text and as Markdown, with outlets, dates, quotes and addresses', async () => {
    const page = await openArticle();
    const popup = await openPopup(page);
    await popup.click('.group:first-of-type details summary');
    await popup.waitForSelector('.group:first-of-type .cite-text');
    await popup.click('.group:first-of-type .cite-text');
    await popup.waitForSelector('.group:first-of-type .cite [role=status]');
    const text = await clipboard(page);
    expect(text).toContain('Claim: “only 5,000”');
    expect(text).toMatch(/Verdict: Conflicting/);
    expect(text).toMatch(/- Contradicts: .+, 2023-09-\d\d/);
    expect(text).toMatch(/https:\/\/(uk\.news\.yahoo\.com|theworldnews\.net|brusselssignal\.eu|the-independent\.com|www\.wiwo\.de)\//);
    expect(text).toMatch(/Checked against 5 reports, 25\s?–\s?30 September 2023\./);
    expect(text).toContain(`Page: `);
    await popup.bringToFront();
    await popup.click('.group:first-of-type .cite-markdown');
    await popup.waitForFunction(() => document.querySelector('.group .cite [role=status]')?.textContent?.includes('Markdown'));
    const markdown = await clipboard(page);
    await popup.bringToFront();
    expect(markdown).toContain('**Claim:** “only 5,000”');
    expect(markdown).toMatch(/- Contradicts: \*\*.+\*\*, 2023-09-\d\d/);
    expect(markdown).toMatch(/<https:\/\/[^>]+>/);
    // The popup's export says what the page was checked against, too.
    const [md] = await Promise.all([popup.waitForEvent('download'), popup.click('text=Export Markdown')]);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync((await md.path())!, 'utf8')).toMatch(/Checked against 5 reports, 25\s?–\s?30 September 2023\./);
    await popup.close();
    await page.close();
  });

  it('the card says what the check was made against and copies its citation', async () => {
    const page = await openArticle();
    await hoverCard(page, 'crosscheck-conflicting');
    const card = await waitForCard(page, 'Checked against 5 reports');
    expect(card).toMatch(/Checked against 5 reports, 25\s?–\s?30 September 2023/);
    await clickInCard(page, '.cite-text');
    await waitForCard(page, 'Copied as plain text.');
    const copied = await clipboard(page);
    expect(copied).toContain('Claim: “only 5,000”');
    expect(copied).toContain(`Page: `);
    expect(copied).toContain(`${base}/pages/news-article.html`);
    expect(await cardText(page)).toContain('Original: ');
    await page.close();
  });

  it('the sources view links each bundled report to where it can be read', async () => {
    const view = await s.context.newPage();
    await view.goto(`chrome-extension://${s.extensionId}/sources.html#source=003_c6c14a840bf9ff6d`);
    await view.waitForSelector('.original a');
    expect(await view.getAttribute('.original a', 'href')).toBe('https://the-independent.com/news/azerbaijan-ap-nagornokarabakh-armenia-b2420594.html');
    await view.close();
  });
});

describe('across this file', () => {
  it('the extension logged no error and made no request of its own', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
