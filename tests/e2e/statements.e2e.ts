// Statements of who did what in a page, in real Chromium: painted under their verdict's highlight
// and a statement highlight that draws a line over them, carded, stepped through, listed in the
// sources view (bundled reports and own sources), and in the demo article.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, clickInCard, inCard, waitForCard } from './card-probe';
import { highlights, hoverCard, launch, REPORTS, serve, waitForHighlights, type Session } from './harness';

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

/** The first line box of the first range registered under `name`. */
const firstBox = (page: Page, name: string) =>
  page.evaluate((n) => {
    const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n)!][0]!.getClientRects()[0]!;
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, name);

/**
 * How many pixels in the top third of a line box are close to `rgb`: the colour of a line drawn
 * over the text. Decoded in the page (a canvas), as Node has no PNG decoder here.
 */
async function linePixelsAbove(page: Page, box: { x: number; y: number; width: number; height: number }, rgb: [number, number, number]): Promise<number> {
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.max(2, Math.floor(box.height / 3)) };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async ([data, [r, g, b]]) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r) < 45 && Math.abs(px[i + 1]! - g) < 45 && Math.abs(px[i + 2]! - b) < 45) n++;
    return n;
  }, [png, rgb] as const);
}

describe('statements in a page', () => {
  it('are painted under their verdict and a statement highlight that draws a line over them, which figures do not have', async () => {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${base}/pages/statements.html`);
    await waitForHighlights(page, 5);
    await page.waitForTimeout(300);
    expect(await highlights(page)).toEqual({
      'crosscheck-corroborated': ['Baku has promised to respect the rights of the Armenians', 'More than 100,000'],
      'crosscheck-statement-corroborated': ['Baku has promised to respect the rights of the Armenians'],
      'crosscheck-conflicting': ['Azerbaijan has admitted the exodus from Nagorno-Karabakh amounts to forced relocation'],
      'crosscheck-statement-conflicting': ['Azerbaijan has admitted the exodus from Nagorno-Karabakh amounts to forced relocation'],
    });
    // Both corroborated, one a figure and one a statement: only the statement has the verdict's
    // colour along the top of its line (its underline is at the bottom, out of this band).
    const green: [number, number, number] = [27, 127, 59];
    const figure = await linePixelsAbove(page, await firstBox(page, 'crosscheck-corroborated'), green);
    const statementBox = await firstBox(page, 'crosscheck-statement-corroborated');
    const statement = await linePixelsAbove(page, statementBox, green);
    expect(figure).toBe(0);
    expect(statement).toBeGreaterThan(statementBox.width / 2);
    await page.screenshot({ path: join(SHOTS, 'statements.png') });
    await page.close();
  });

  it('open a card with the statement, its sources and explanation; Next steps from a figure onto a statement', async () => {
    const page = await s.context.newPage();
    await page.goto(`${base}/pages/statements.html`);
    await waitForHighlights(page, 5);
    await page.waitForTimeout(600);
    await hoverCard(page, 'crosscheck-statement-conflicting');
    const card = await waitForCard(page, 'Conflicting');
    expect(card).toContain('Statement');
    expect(card).toContain('“Azerbaijan has admitted the exodus from Nagorno-Karabakh amounts to forced relocation”');
    expect(card).toContain('Sky News');
    expect(card).toContain('Contradicts');
    expect(await inCard(page, (root) => root.querySelector('.explanation')?.textContent ?? '')).toContain('the report says denied where the page says conceded');
    // No timeline for a statement: it has no figure to draw.
    expect(await inCard(page, (root) => [...root.querySelectorAll('button')].map((b) => b.textContent))).not.toContain('Compare all reports on a timeline');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await hoverCard(page, 'crosscheck-corroborated');
    await waitForCard(page, 'More than 100,000');
    await clickInCard(page, 'footer button', 'Next');
    expect(await waitForCard(page, 'Baku has promised')).toContain('Claim 2 of 3');
    expect(await cardText(page)).toContain('Supports');
    await page.close();
  });
});

describe('the sources view', () => {
  it("lists each report's statements beside its figures: actor, action, object and quote", async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/sources.html`);
    await page.waitForSelector('.source-list li');
    expect(await page.textContent('.source-list')).toMatch(/\d+ figures?, \d+ statements?/);
    await page.goto(`chrome-extension://${s.extensionId}/sources.html#source=002_ff94a60b4f6e50ff`);
    await page.waitForSelector('table.statements tbody tr');
    const rows = await page.$$eval('table.statements tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())));
    expect(rows).toContainEqual(['Russia', 'escorted', 'convoys of residents; Armenia', expect.stringContaining('Russian servicemen escorted motor convoys')]);
    expect(rows).toContainEqual(['Armenia', 'denied', "Armenia's own troops in Karabakh", expect.stringContaining('Yerevan has repeatedly denied')]);
    // Marked in the text too, apart from the figures.
    expect(await page.$$eval('mark.statement', (m) => m.map((x) => x.textContent))).toContain('Russian servicemen escorted motor convoys');
    await page.close();
  });

  it("lists an own source's statements too", async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.waitForSelector('.own-list[aria-busy="false"]');
    await options.fill('#src-text', ['Shelters for the refugees', '', 'Monday, 2 October 2023', '', 'Armenia has asked the European Union for more shelters for the refugees from Nagorno-Karabakh.'].join('\n'));
    await options.fill('#src-outlet', 'A test outlet');
    await options.click('button[type="submit"]:has-text("Add source")');
    await options.waitForSelector('.notice');
    await options.close();
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/sources.html`);
    const own = page.locator('.source-list li', { hasText: 'A test outlet' });
    await own.waitFor();
    expect(await own.textContent()).toContain('1 statement');
    await own.locator('a').click();
    await page.waitForSelector('table.statements tbody tr');
    const rows = await page.$$eval('table.statements tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())));
    expect(rows).toEqual([['Armenia', 'asked for', 'aid (shelters, supplies, assistance); the European Union', expect.stringContaining('Armenia has asked the European Union for more shelters')]]);
    await page.close();
  });
});

describe('the demo article', () => {
  it('shows its statements with the statement highlight, and the tour explains a statement’s verdict', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/demo.html`);
    await page.waitForSelector('.tour button.primary:not([disabled])');
    const found = await highlights(page);
    expect(found['crosscheck-statement-corroborated']).toEqual(expect.arrayContaining(['Baku has promised to respect the rights of the Armenians']));
    expect(found['crosscheck-statement-disputed']).toEqual(['ethnic cleansing']);
    expect(found['crosscheck-statement-conflicting']).toEqual(['Azerbaijan has admitted the exodus amounts to forced relocation']);
    // Every statement is painted under its verdict's name as well.
    for (const [name, texts] of Object.entries(found).filter(([n]) => n.startsWith('crosscheck-statement-'))) {
      expect(found[name.replace('statement-', '')]).toEqual(expect.arrayContaining(texts));
    }
    await page.click('text=Start the tour');
    for (let i = 0; i < 40; i++) {
      await page.waitForSelector(`text=Stop ${i + 1} of`);
      if ((await page.textContent('.tour h3'))!.includes('ethnic cleansing')) break;
      await page.click('text=Next ›');
    }
    expect(await page.textContent('.tour h3')).toContain('Statement');
    expect(await page.textContent('.tour .lesson')).toContain('one side’s allegation');
    expect(await page.textContent('.tour .sources')).toContain('Azerbaijan has rejected');
    await page.screenshot({ path: join(SHOTS, 'tour-statement.png') });
    await page.close();
  });
});
