// The language override in Chromium with the built extension, beyond the extension's own labels:
// set to Russian while the browser is English, the popup explains every claim of the demo article
// in Russian (no sentence of the engine's English left), and the context menu is renamed.
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inCard, waitForCard } from './card-probe';
import { hoverCard, launch, serve, tabIdOf, waitForHighlights, type Session } from './harness';

/** The extension APIs these tests call in the service worker besides those in chrome.d.ts. */
interface Chrome {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  contextMenus: { update(id: string, props: { title?: string }, done?: () => void): unknown };
}
type WorkerGlobal = { chrome: Chrome; menuTitles?: string[] };

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

const setLanguage = (language: string) => s.worker.evaluate(([l]) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ language: l }), [language] as const);

afterEach(async () => {
  await setLanguage('auto');
});

// The engine's English: any of these left in an explanation is a sentence not translated.
const ENGLISH = /\bVerdict:|\bClaimed:|\b(?:agrees|disagrees|not listed|same actor|used in the arithmetic|people who left|offensive and exodus|as of)\b/;

describe('the language override reaches what the engine says', () => {
  it('with Russian chosen, the popup explains every claim of the demo article in Russian', async () => {
    await setLanguage('ru');
    const page = await s.context.newPage();
    await page.goto(`${base}/demo/article.html`);
    await waitForHighlights(page, 6);
    const tabId = await tabIdOf(s.worker, page);
    const popup: Page = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.claim-list');
    const claims = await popup.$$('.claim details summary');
    expect(claims.length).toBeGreaterThan(5);
    for (const summary of claims) await summary.click();
    await popup.waitForFunction((n) => document.querySelectorAll('.claim .explanation').length >= n, claims.length, { timeout: 10_000 });
    const explanations = await popup.$$eval('.claim .explanation', (ps) => ps.map((p) => p.textContent ?? ''));
    const understood = await popup.$$eval('.claim summary .muted', (ss) => ss.map((x) => x.textContent ?? ''));
    expect(explanations.every((e) => /Вердикт: /.test(e))).toBe(true);
    // Outlets and quotes are as written; the sentences around them are the extension's.
    const withoutQuotes = (x: string) => x.replace(/«[^»]*»/g, '«»');
    expect(explanations.map(withoutQuotes).filter((e) => ENGLISH.test(e))).toEqual([]);
    expect(understood.filter((u) => ENGLISH.test(u))).toEqual([]);
    expect(understood.some((u) => u.includes('Нагорн'))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('with Russian chosen, the card for a statement of who did what explains it in Russian', async () => {
    await setLanguage('ru');
    const page = await s.context.newPage();
    await page.goto(`${base}/demo/article.html`);
    await waitForHighlights(page, 6);
    // A statement: its explanation is the one the engine words most (why each report bears on it).
    await hoverCard(page, 'crosscheck-statement-corroborated');
    await waitForCard(page, 'Вердикт: ');
    const said = await inCard(page, (root) => ({
      understood: root.querySelector('.understood')?.textContent ?? '',
      explanation: root.querySelector('.explanation')?.textContent ?? '',
    }));
    expect(said!.explanation.replace(/«[^»]*»/g, '«»')).not.toMatch(ENGLISH);
    expect(said!.explanation).toMatch(/тот же участник/);
    expect(said!.understood.split(' — ').slice(1).join(' — ')).not.toMatch(/\b(?:denied|said|accused|stated as fact)\b/);
    await page.close();
  });

  it('the context menu is renamed when the language changes, and back', async () => {
    // Records each title the background gives the menu (the API has no getter).
    await s.worker.evaluate(() => {
      const g = globalThis as unknown as WorkerGlobal;
      const menus = g.chrome.contextMenus;
      const update = menus.update.bind(menus);
      g.menuTitles = [];
      menus.update = (id, props, done) => {
        if (props.title) g.menuTitles!.push(props.title);
        return update(id, props, done);
      };
    });
    const titles = () => s.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).menuTitles ?? []);
    await setLanguage('ru');
    await expect.poll(titles, { timeout: 5_000 }).toContain('Проверить выделенное (Cross-check)');
    await setLanguage('auto');
    await expect.poll(async () => (await titles()).at(-1), { timeout: 5_000 }).toBe('Cross-check selection');
  });
});
