// Real-browser test harness: serves pages on 127.0.0.1, launches Debian's Chromium with the
// built extension, records every network request and every error the extension logs.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { waitForCard } from './card-probe';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const REPORTS = join(ROOT, 'reports');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A static server on 127.0.0.1: /pages/* from tests/e2e/pages, /real/* from ../shared/real-pages, /demo from public/demo. */
export async function serve(): Promise<{ server: Server; base: string }> {
  const roots: Record<string, string> = { pages: join(ROOT, 'tests/e2e/pages'), real: join(SHARED, 'real-pages'), demo: join(ROOT, 'public/demo') };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, top, ...rest] = url.pathname.split('/');
    const dir = roots[top ?? ''];
    const file = dir ? join(dir, ...rest.map(decodeURIComponent)) : '';
    if (!dir || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, base: `http://127.0.0.1:${port}` };
}

/** A browser with the extension loaded, and what it saw. */
export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests the extension's pages or worker made to anywhere but itself and the test server. */
  foreignRequests: string[];
  /** Errors logged by the extension's pages, worker or content scripts (page errors too). */
  errors: string[];
  close(): Promise<void>;
}

export async function launch(base: string): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
    viewport: { width: 1100, height: 900 },
  });
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const allowed = (url: string) => url.startsWith(base) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:');
  const fromExtension = (r: Request) => !!r.serviceWorker() || (r.frame()?.url() ?? '').startsWith('chrome-extension://');
  context.on('request', (r) => {
    if (!allowed(r.url()) && fromExtension(r)) foreignRequests.push(r.url());
  });
  // Real pages ask CDNs for images and scripts; nothing outside this machine answers, so those
  // requests are refused at once instead of timing out.
  await context.route((url) => !allowed(url.href), (route) => route.abort());
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && (page.url().startsWith('chrome-extension://') || /crosscheck|content-scripts|extension:\/\/[\w-]+\/loader\.js/.test(m.location().url))) errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => {
      if (page.url().startsWith('chrome-extension://') || /content-scripts|extension:\/\/[\w-]+\/loader\.js/.test(e.stack ?? '')) errors.push(`${page.url()}: ${e.message}`);
    });
  };
  context.on('page', watch);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  worker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, foreignRequests, errors, close: () => context.close() };
}

/** The text each `crosscheck-*` highlight covers, read back from the page's highlight registry. */
export async function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    // A hostile page may replace window.CSS in its own world; it keeps the real one for tests.
    const css = ((window as unknown as { __realCSS?: typeof CSS }).__realCSS ?? CSS) as unknown as { highlights: Map<string, Set<Range>> };
    for (const [name, h] of css.highlights) {
      if (!name.startsWith('crosscheck-')) continue;
      // A loop, not .map: a hostile page may have broken Array.prototype.map in this world.
      const texts: string[] = [];
      for (const r of h) texts.push(r.toString());
      out[name] = texts.sort();
    }
    return out;
  });
}

/** Waits until the page has at least `n` highlighted ranges (or the time runs out). */
export async function waitForHighlights(page: Page, n = 1, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (min) => {
      let count = 0;
      const css = ((window as unknown as { __realCSS?: typeof CSS }).__realCSS ?? CSS) as unknown as { highlights?: Map<string, Set<Range>> };
      for (const [name, h] of css.highlights ?? []) if (name.startsWith('crosscheck-')) count += h.size;
      return count >= min;
    },
    n,
    { timeout },
  );
}

/** The id of the browser tab showing `page`: the extension has no "tabs" permission, so the test
 * brings the page to the front and asks for the active tab. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Moves the mouse onto the first range of a highlight and waits for its card (in a closed shadow root: see card-probe.ts). */
export async function hoverCard(page: Page, highlight: string): Promise<{ top: number; bottom: number }> {
  const box = await page.evaluate((name) => {
    const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)!][0]!.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, top: r.top, bottom: r.bottom };
  }, highlight);
  await page.mouse.move(box.x, box.y);
  await waitForCard(page);
  return box;
}
