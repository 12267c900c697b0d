import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, clickInCard, waitForCard } from './card-probe';
import { highlights, hoverCard, launch, REPORTS, serve, tabIdOf, waitForHighlights, type Session } from './harness';

const SHOTS = join(REPORTS, 'screenshots');
let server: Server;
let base: string;
let s: Session;

const DEPOT_REPORT = [
  'Health ministry updates fuel depot toll',
  '',
  'Friday, 29 September 2023',
  '',
  "The health ministry of Nagorno-Karabakh said 170 people were killed in the explosion at a fuel depot near Stepanakert on Monday evening, and that more than 200 were treated for burns.",
].join('\n');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ server, base } = await serve());
  s = await launch(base);
});
afterAll(async () => {
  await s?.close();
  server?.close();
});

async function options(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.waitForSelector('.own-list[aria-busy="false"]');
  return page;
}

/** The titles of the own sources in the extension's store (the store itself, not the list, which may still be loading). */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('crosscheck');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const records = await new Promise<Array<{ title: string }>>((ok, fail) => {
      const r = db.transaction('sources').objectStore('sources').getAll();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    db.close();
    return records.map((r) => r.title).sort();
  });

describe('trainers', () => {
  it('the guided tour steps through every highlighted figure of the demo article', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/demo.html`);
    await page.waitForSelector('button.primary:not([disabled])');
    const found = await highlights(page);
    // Each verdict's highlight, and the statements' second highlight (tests/e2e/statements.e2e.ts).
    const verdicts = Object.keys(found).filter((n) => !n.startsWith('crosscheck-statement-'));
    expect(verdicts.sort()).toEqual(['crosscheck-conflicting', 'crosscheck-consistent', 'crosscheck-corroborated', 'crosscheck-disputed', 'crosscheck-unverified']);
    const total = verdicts.flatMap((n) => found[n]!).length;
    await page.click('text=Start the tour');
    const seen: string[] = [];
    for (let i = 0; i < total; i++) {
      await page.waitForSelector(`text=Stop ${i + 1} of ${total}`);
      seen.push((await page.textContent('.tour h3 .verdict'))!.trim());
      expect(await page.textContent('.tour .lesson')).toBeTruthy();
      if (i === 3) await page.screenshot({ path: join(SHOTS, 'tour.png') });
      await page.keyboard.press('Tab'); // the panel is focused; buttons are reachable by keyboard
      await page.click(i + 1 < total ? 'text=Next ›' : 'text=Finish');
    }
    expect(new Set(seen.map((v) => v.replace(/^\W+\s*/, '')))).toEqual(new Set(['Corroborated', 'Conflicting', 'Consistent', 'Unverified', 'Disputed']));
    await page.close();
  });

  it('the sources view compares a measure across reports on a timeline, with the claim drawn from its card', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/news-article.html`);
    await waitForHighlights(page, 6);
    await hoverCard(page, 'crosscheck-consistent');
    const opened = s.context.waitForEvent('page');
    await clickInCard(page, 'button.link', 'timeline');
    const view = await opened;
    await view.waitForSelector('figure.timeline svg');
    expect(view.url()).toContain('compare=left');
    expect(await view.$$eval('figure.timeline .series', (g) => g.length)).toBeGreaterThanOrEqual(4);
    expect(await view.textContent('figure.timeline desc')).toContain('The claim checked: some 50,000 on 2023-09-27');
    expect(await view.$$eval('.compare tbody tr', (r) => r.length)).toBeGreaterThanOrEqual(6);
    await view.screenshot({ path: join(SHOTS, 'compare-timeline.png'), fullPage: true });
    await view.goto(`chrome-extension://${s.extensionId}/sources.html#source=003_c6c14a840bf9ff6d`);
    await view.waitForSelector('mark.figure');
    expect(await view.$$eval('mark.figure', (m) => m.map((x) => x.textContent))).toContain('over 78,300');
    await view.screenshot({ path: join(SHOTS, 'sources-view.png') });
    await view.close();
    await page.close();
  });
});

describe("a fact-checker's own sources", () => {
  it('a claim no bundled report covers is corroborated once the fact-checker adds a source for it', async () => {
    const before = await s.context.newPage();
    await before.goto(`${base}/pages/depot.html`);
    await waitForHighlights(before, 2);
    expect((await highlights(before))['crosscheck-unverified']).toEqual(['At least 170']);
    await before.close();

    const page = await options();
    await page.fill('#src-text', DEPOT_REPORT);
    await page.fill('#src-outlet', 'Artsakh health ministry');
    await page.fill('#src-url', 'https://example.org/depot-toll');
    await page.click('button[type="submit"]:has-text("Add source")');
    await page.waitForSelector('.notice');
    expect(await page.textContent('.notice')).toContain('Added “Health ministry updates fuel depot toll” (Artsakh health ministry, 2023-09-29)');
    expect(await stored(page)).toEqual(['Health ministry updates fuel depot toll']);
    await page.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });

    const after = await s.context.newPage();
    await after.goto(`${base}/pages/depot.html`);
    await waitForHighlights(after, 2);
    expect((await highlights(after))['crosscheck-corroborated']).toEqual(['At least 170', 'about 120,000']);
    await hoverCard(after, 'crosscheck-corroborated');
    const card = await cardText(after);
    expect(card).toContain('Artsakh health ministry');
    expect(card).toContain('your source');
    expect(card).toContain('Open the original page at this passage');
    await after.close();
    await page.close();
  });

  it('refuses each kind of bad input with a message and keeps what is stored', async () => {
    const page = await options();
    const keep = await stored(page);
    const tries: Array<[string, () => Promise<void>, RegExp]> = [
      ['empty text', async () => { await page.fill('#src-text', '  '); await page.click('button[type="submit"]:has-text("Add source")'); }, /no text/],
      ['duplicate', async () => { await page.fill('#src-text', DEPOT_REPORT); await page.click('button[type="submit"]:has-text("Add source")'); }, /already stored/],
      ['binary file', () => page.setInputFiles('#src-file', { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]) }), /binary file/],
      ['oversized file', () => page.setInputFiles('#src-file', { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(1024 * 1024 + 10, 'a') }), /limit is 1 MB/],
      ['wrong file type', () => page.setInputFiles('#src-file', { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }), /only \.txt, \.md and \.html/],
      ['malformed import', () => page.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "karabakh-crosscheck-own-sources", "version": 1, "sources": [') }), /not valid JSON; nothing was imported/],
      ['foreign import', () => page.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') }), /not an export/],
    ];
    for (const [what, act, message] of tries) {
      await page.reload();
      await page.waitForSelector('.own-list[aria-busy="false"]');
      await act();
      await page.waitForSelector('.error');
      expect(await page.textContent('.error'), what).toMatch(message);
      expect(await stored(page), what).toEqual(keep);
    }
    await page.close();
  });

  it('exports and imports the sources exactly (round trip), refusing a duplicate import', async () => {
    const page = await options();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('text=Export your sources and reports')]);
    const exported = readFileSync((await dl.path())!, 'utf8');
    const before = JSON.parse(exported).sources;
    expect(before).toHaveLength(1);
    // Importing what is already stored changes nothing.
    await page.setInputFiles('#import-file', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.waitForSelector('.error');
    expect(await page.textContent('.error')).toMatch(/already stored; nothing was imported/);
    // Remove, then import: the same sources come back, field for field.
    await page.click('.own-list button:has-text("Remove")');
    await page.click('.own-list button:has-text("Confirm")');
    await page.waitForFunction(() => document.querySelectorAll('.own-list li strong').length === 0);
    await page.setInputFiles('#import-file', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.waitForSelector('.notice:has-text("Imported 1 source")');
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('text=Export your sources and reports')]);
    expect(JSON.parse(readFileSync((await again.path())!, 'utf8')).sources).toEqual(before);
    await page.close();
  });
});

describe('feedback, history and settings', () => {
  it('"This verdict looks wrong" is recorded and listed with the exports', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/news-article.html`);
    await waitForHighlights(page, 6);
    await hoverCard(page, 'crosscheck-disputed');
    // The card's shadow root is closed: the test clicks and types as a person would.
    await clickInCard(page, '.feedback-open');
    await clickInCard(page, '.feedback textarea');
    await page.keyboard.type('Yerevan denies it, so this should say so');
    await clickInCard(page, '.feedback button');
    await waitForCard(page, 'your report is saved');
    const opts = await options();
    expect(await opts.textContent('.feedback-list')).toContain('Yerevan denies it');
    const [dl] = await Promise.all([opts.waitForEvent('download'), opts.click('text=Export your sources and reports')]);
    expect(JSON.parse(readFileSync((await dl.path())!, 'utf8')).feedback[0]).toMatchObject({ claim: '10,000', verdict: 'disputed' });
    await opts.close();
    await page.close();
  });

  it('keeps a history only when asked, searchable, cleared with one button', async () => {
    const opts = await options();
    await opts.check('text=Keep a history of checked pages');
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/depot.html`);
    await waitForHighlights(page, 2);
    await page.waitForTimeout(300);
    await opts.reload();
    await opts.waitForSelector('.history li');
    expect(await opts.textContent('.history')).toContain('Fuel depot blast');
    await opts.fill('#history-search', 'nothing-like-this');
    await opts.waitForFunction(() => document.querySelectorAll('.history li').length === 0);
    await opts.fill('#history-search', '');
    await opts.waitForSelector('.history li');
    await opts.click('text=Clear all history');
    await opts.waitForFunction(() => document.querySelectorAll('.history li').length === 0);
    await opts.uncheck('text=Keep a history of checked pages');
    await page.close();
    await opts.close();
  });

  it('unverified claims can be left unhighlighted, and automatic scanning switched off', async () => {
    const opts = await options();
    await opts.uncheck('text=Highlight claims no source speaks to');
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/news-article.html`);
    await waitForHighlights(page, 5);
    await page.waitForTimeout(300);
    expect(Object.keys(await highlights(page))).not.toContain('crosscheck-unverified');
    await opts.check('text=Highlight claims no source speaks to');
    await opts.uncheck('text=Check pages automatically');
    const quiet = await s.context.newPage();
    await quiet.goto(`${base}/pages/news-article.html`);
    await quiet.waitForTimeout(800);
    expect(await highlights(quiet)).toEqual({});
    const tabId = await tabIdOf(s.worker, quiet);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.click('text=Check this page');
    await waitForHighlights(quiet, 6);
    await opts.check('text=Check pages automatically');
    for (const p of [popup, quiet, page, opts]) await p.close();
  });
});

describe('across this suite', () => {
  it('the extension made no network request of its own and logged no error', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
