// The side panel and the keyboard shortcuts, in Chromium with the built extension.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, REPORTS, serve, waitForHighlights, type Session } from './harness';

let server: Server;
let base: string;
let s: Session;

/** The extension APIs these tests call in the service worker (tests/e2e/chrome.d.ts lists only a few). */
interface Chrome {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
  tabs: {
    create(p: { url: string; windowId?: number; active?: boolean }): Promise<{ id?: number; windowId: number }>;
    update(id: number, p: { active?: boolean; url?: string }): Promise<unknown>;
    query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number; windowId: number }>>;
  };
  windows: { create(p: { url: string; focused?: boolean }): Promise<{ id?: number }> };
  runtime: { getContexts(q: { contextTypes: string[] }): Promise<Array<{ documentUrl?: string }>> };
}
const api = () => (globalThis as unknown as { chrome: Chrome }).chrome;

beforeAll(async () => {
  ({ server, base } = await serve());
  s = await launch(base);
});

afterAll(async () => {
  await s?.close();
  server?.close();
});

/** Opens `url` in a new tab of `windowId` (made active) and returns the page and its tab id. */
async function openTab(url: string, windowId?: number): Promise<{ page: Page; tabId: number; windowId: number }> {
  const pageEvent = s.context.waitForEvent('page');
  const tab = await s.worker.evaluate(([u, w]) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.create({ url: u as string, ...(w !== undefined ? { windowId: w as number } : {}), active: true }), [url, windowId] as const);
  const page = await pageEvent;
  await page.waitForLoadState('domcontentloaded');
  return { page, tabId: tab.id!, windowId: tab.windowId };
}

/** The open side panel's document, evaluated in through the DevTools protocol. */
async function sidePanelTarget(): Promise<{ evaluate(expression: string): Promise<unknown>; detach(): Promise<void> }> {
  const cdp = await s.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.url === `chrome-extension://${s.extensionId}/sidepanel.html`);
  if (!target) throw new Error('no side panel is open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  return {
    evaluate: (expression) => new Promise((ok, fail) => {
      const id = ++next;
      const onMessage = (e: { sessionId?: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { result: { value: unknown } }; error?: { message: string } };
        if (e.sessionId !== sessionId || m.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (m.error) fail(new Error(m.error.message));
        else ok(m.result!.result.value);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
    }),
    detach: () => cdp.detach(),
  };
}

const claimCount = (panel: Page) => panel.getByRole('list').getByRole('listitem').count();

describe('keyboard', () => {
  it('every command has a shortcut Chrome left free, so the popup shows no notice', async () => {
    const commands = await s.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.commands.getAll());
    expect(commands.map((c) => c.name).sort()).toEqual(expect.arrayContaining(['next-claim', 'toggle-highlights']));
    for (const c of commands) expect(c.shortcut, `command ${c.name}`).toMatch(/\S/);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=0`);
    await popup.getByRole('heading', { name: 'Check text' }).waitFor();
    expect(await popup.locator('.shortcut-notice').count()).toBe(0);
    await popup.close();
  });
});

describe('the side panel', () => {
  it('lists the active tab’s claims by verdict as an accessible list, expands one to its sources, and shows it in the page', async () => {
    const article = await openTab(`${base}/pages/news-article.html`);
    await waitForHighlights(article.page, 6);
    const panelEvent = s.context.waitForEvent('page');
    await s.worker.evaluate((w) => (globalThis as unknown as { chrome: Chrome }).chrome.windows.create({ url: `sidepanel.html?window=${w}`, focused: false }), article.windowId);
    const panel = await panelEvent;
    await panel.getByRole('status').filter({ hasText: '6 claims' }).waitFor();
    expect(await panel.getByRole('status').textContent()).toContain('Refugees from Nagorno-Karabakh fill Armenian border towns');
    // One labelled group per verdict, each a list of claims with a "Show in page" button.
    for (const v of ['Conflicting', 'Disputed', 'Unverified', 'Consistent', 'Corroborated']) await panel.getByRole('region', { name: `${v} claims` }).waitFor();
    expect(await claimCount(panel)).toBe(6);
    expect(await panel.getByRole('button', { name: /^Show in page: “.+”$/ }).count()).toBe(6);

    const conflicting = panel.getByRole('region', { name: 'Conflicting claims' });
    await conflicting.locator('summary').first().click();
    await conflicting.getByText('Contradicts').first().waitFor();
    mkdirSync(join(REPORTS, 'screenshots'), { recursive: true });
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.screenshot({ path: join(REPORTS, 'screenshots', 'side-panel.png') });
    // Each source's link says which source it opens, so a list of links is not eight identical names.
    const links = await conflicting.getByRole('button', { name: /^Read the source at this passage: / }).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    expect(links.length).toBeGreaterThan(1);
    expect(new Set(links).size).toBe(links.length);

    await article.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await conflicting.getByRole('button', { name: /Show/ }).first().click();
    await article.page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('crosscheck-flash'));
    const inView = await article.page.evaluate(() => {
      const r = document.getElementById('p-vehicles')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);

    // The counts filter: one verdict, then all again; "Show in page" still shows the right claim.
    await panel.getByRole('button', { name: /Conflicting 1/ }).click();
    expect(await panel.getByRole('button', { name: /Conflicting 1/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await claimCount(panel)).toBe(1);
    await article.page.evaluate(() => window.scrollTo(0, 0));
    await article.page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.delete('crosscheck-flash'));
    await panel.getByRole('button', { name: /^Show in page/ }).click();
    await article.page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crosscheck-flash'));
    expect(await article.page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crosscheck-flash')!][0]!.toString())).toBe('only 5,000');
    await panel.getByRole('button', { name: 'All 6' }).click();
    expect(await claimCount(panel)).toBe(6);

    // Another tab becomes active: the panel follows it…
    const offTopic = await openTab(`${base}/real/bbc-1.html`, article.windowId);
    await panel.getByText('Nothing on this page is about Nagorno-Karabakh').waitFor();
    // …and back.
    await s.worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.update(id, { active: true }), article.tabId);
    await panel.getByRole('status').filter({ hasText: '6 claims' }).waitFor();
    // The active tab navigates to another page about the region: the panel shows its claims.
    await s.worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.update(id, { active: true }), offTopic.tabId);
    await panel.getByText('Nothing on this page is about Nagorno-Karabakh').waitFor();
    await offTopic.page.goto(`${base}/pages/depot.html`);
    await waitForHighlights(offTopic.page, 1);
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/\d+ claims?$/);
    expect(await panel.getByRole('status').textContent()).not.toContain('Refugees from Nagorno-Karabakh');
    expect(await claimCount(panel)).toBeGreaterThan(0);
    await panel.close();
    await offTopic.page.close();
    await article.page.close();
  });

  it('the popup’s link opens Chrome’s own side panel, which follows the tab made active', async () => {
    const article = await openTab(`${base}/pages/news-article.html`);
    await waitForHighlights(article.page, 6);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${article.tabId}`);
    await popup.getByRole('button', { name: 'Open the side panel' }).click();
    await expect.poll(() => s.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }).then((c) => c.map((x) => x.documentUrl)))).toEqual([`chrome-extension://${s.extensionId}/sidepanel.html`]);
    expect(await popup.locator('.error').count()).toBe(0);
    // Playwright does not list the side panel as a page; it is reached through the DevTools protocol.
    const panel = await sidePanelTarget();
    // The popup, opened here as a tab, was the active tab; the article made active is followed.
    await article.page.bringToFront();
    await expect.poll(() => panel.evaluate('document.querySelector("[role=status]")?.textContent ?? ""'), { timeout: 15_000 }).toContain('6 claims');
    expect(await panel.evaluate('document.querySelectorAll(".claim").length')).toBe(6);
    await panel.detach();
    await popup.close();
    await article.page.close();
  });
});

describe('across this file', () => {
  it('the extension made no network request of its own and logged no error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
