// First run: the extension installed into a browser that already has a page open, as a user
// installs it. The harness loads the extension at launch, so this file installs it itself,
// through the DevTools protocol, after opening the page.
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION, serve, waitForHighlights } from './harness';

let server: Server;
let base: string;
let context: BrowserContext;
let extensionId: string;
let before: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ server, base } = await serve());
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'crosscheck-first-run-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // Playwright switches extensions off unless told otherwise; loading one later needs the debugging switch.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--enable-unsafe-extension-debugging', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  context.on('page', (p) => p.on('pageerror', (e) => p.url().startsWith('chrome-extension://') && errors.push(`${p.url()}: ${e.message}`)));
  before = await context.newPage();
  await before.goto(`${base}/pages/news-article.html`);
  const cdp = await context.browser()!.newBrowserCDPSession();
  ({ id: extensionId } = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION } as never)) as { id: string });
});

afterAll(async () => {
  await context?.close();
  server?.close();
});

/** The id of the tab showing `url`, asked from an extension page (the extension can see http(s) addresses). */
async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (u) => {
    const tabs = (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } } }).chrome.tabs.query({})) ?? [];
    const tab = tabs.find((t) => t.url === u);
    if (!tab) throw new Error(`no tab shows ${u}`);
    return tab.id;
  }, url);
}

describe('installing the extension', () => {
  it('opens the demo article with a short welcome, and its tour starts from there', async () => {
    await expect.poll(() => context.pages().some((p) => p.url() === `chrome-extension://${extensionId}/demo.html#welcome`), { timeout: 15_000 }).toBe(true);
    const demo = context.pages().find((p) => p.url().endsWith('/demo.html#welcome'))!;
    await demo.getByRole('heading', { name: 'Karabakh Cross-check is installed' }).waitFor();
    await demo.getByRole('button', { name: 'Take the guided tour' }).click();
    await demo.getByText(/Stop 1 of \d+/).waitFor();
  });

  it('the demo opened any other way has no welcome', async () => {
    const demo = await context.newPage();
    await demo.goto(`chrome-extension://${extensionId}/demo.html`);
    await demo.getByRole('heading', { name: 'Guided tour' }).waitFor();
    expect(await demo.getByRole('heading', { name: 'Karabakh Cross-check is installed' }).count()).toBe(0);
    await demo.close();
  });

  it('a page open before installing is offered a reload in the popup, not told it is a browser page, and is checked once reloaded', async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=0`);
    const tabId = await tabIdOf(popup, before.url());
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('This tab was open before Karabakh Cross-check was installed or updated').waitFor();
    expect(await popup.locator('main').textContent()).not.toContain('browser page');
    await popup.getByRole('button', { name: 'Reload the tab to check it' }).click();
    await popup.waitForSelector('.claim-list', { timeout: 20_000 });
    expect(await popup.locator('.claim').count()).toBe(6);
    await waitForHighlights(before, 6);
    await popup.close();
  });

  it('a browser page is still told it cannot be read, with no reload offered', async () => {
    const blank = await context.newPage();
    await blank.goto('about:blank');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=0`);
    const tabId = await popup.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.url === undefined || t.url === 'about:blank')!.id;
    });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('The extension cannot read this page').waitFor();
    expect(await popup.getByRole('button', { name: 'Reload the tab to check it' }).count()).toBe(0);
    await popup.close();
    await blank.close();
  });

  it('logged no error on its pages', () => expect(errors).toEqual([]));
});
