// Firefox test harness: Debian's firefox-esr driven headless by puppeteer-core over WebDriver BiDi,
// with the built Firefox add-on (.output/firefox-mv2) installed as a temporary add-on. Every request
// Firefox makes to anywhere but 127.0.0.1 goes through a recording proxy that refuses it.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, SHARED } from '../e2e/harness';

export { ROOT, SHARED };

/** The Firefox build the tests install: the folder `wxt build -b firefox` writes. */
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
/** Debian's Firefox ESR; override with FIREFOX=/path/to/firefox. */
export const FIREFOX_BINARY = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * Hosts Firefox itself asks for (remote settings, and the `dummy.test` address puppeteer points
 * Firefox's own services at). The extension never names any of them, so a request to one is the
 * browser's, not the extension's.
 */
const FIREFOX_OWN_HOSTS = /^(dummy\.test|([a-z0-9-]+\.)*(mozilla\.(com|net|org)|firefox\.com|mozaws\.net))(:\d+)?$/;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * A page's own loads may go to 127.0.0.1 only: real pages ask CDNs for images and scripts, and with
 * this policy those never leave the page, so the proxy is left with what Firefox and the add-on ask
 * for. The add-on's own loads are not bound by a page's policy, so the proxy would still see them.
 */
const PAGE_POLICY = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";

/**
 * A server on 127.0.0.1 (port 0) for test pages: `page(path)` gives a page's HTML, or undefined for
 * the files under /pages (tests/e2e/pages), /real (../shared/real-pages) and /demo (public/demo).
 */
export async function serve(page: (path: string) => string | undefined = () => undefined): Promise<{ server: Server; base: string }> {
  const roots: Record<string, string> = { pages: join(ROOT, 'tests/e2e/pages'), real: join(SHARED, 'real-pages'), demo: join(ROOT, 'public/demo') };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = { 'content-security-policy': PAGE_POLICY };
    const own = page(url.pathname);
    if (own !== undefined) return void res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(own);
    const [, top, ...rest] = url.pathname.split('/');
    const dir = roots[top ?? ''];
    const file = dir ? join(dir, ...rest.map(decodeURIComponent)) : '';
    if (!dir || !file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404, headers).end('not found');
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

/** The built Firefox manifest, parsed. */
export function builtManifest(): Record<string, unknown> & { browser_specific_settings: { gecko: { id: string; strict_min_version?: string } } } {
  const file = join(FIREFOX_BUILD, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npx wxt build -b firefox" first (npm test does)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** A running Firefox with the add-on installed, and what it saw. */
export interface FirefoxSession {
  firefox: Browser;
  /** The add-on's id from its manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** `moz-extension://UUID`: the origin of the add-on's pages in this profile. */
  origin: string;
  /** Requests Firefox made to hosts other than 127.0.0.1 and Firefox's own services. */
  outbound: string[];
  /** Every request to a host other than 127.0.0.1, Firefox's own included (to show the proxy works). */
  proxied: string[];
  /** Errors the add-on threw so far (content scripts, background page, its pages) or logged in its pages. */
  addonErrors(): Promise<string[]>;
  /** A new tab for web pages. */
  newPage(): Promise<Page>;
  /** A new tab showing one of the add-on's pages, e.g. `popup.html?tab=3`. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab that shows an add-on page whose address contains `part`, waiting for it to open. */
  findExtensionPage(part: string, timeout?: number): Promise<Page>;
  /** A page of the add-on, always open, from which tests call `browser.*` APIs. */
  control: Page;
  /** The browser's id for the tab showing `page` (asked as the active tab, with the page in front). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Where a page really is: puppeteer's `page.url()` is not updated when a tab moves into the add-on's process. */
export const hrefOf = (page: Page): Promise<string> => page.evaluate(() => location.href);

// Said once per run: this Firefox gives BiDi no chrome scope (see launchFirefox).
let warnedNoChromeScope = false;

/** Starts Firefox with the add-on installed. */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_BINARY)) throw new Error(`no Firefox at ${FIREFOX_BINARY}: install it (apt-get install -y firefox-esr), or set FIREFOX=/path/to/firefox`);
  const manifest = builtManifest();
  const addonId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const proxied: string[] = [];
  const outbound: string[] = [];
  const record = (target: string) => {
    proxied.push(target);
    const host = target.replace(/^[a-z]+:\/\//, '').split('/')[0]!;
    if (!FIREFOX_OWN_HOSTS.test(host)) outbound.push(target);
  };
  const proxy: Server = createServer((req, res) => {
    record(req.url ?? '');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    record(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const proxyPort = (proxy.address() as { port: number }).port;

  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BINARY,
    headless: true,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// pages without this flag.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      // The add-on's UUID is random per profile; fixing it lets tests open its pages by address.
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Everything not addressed to 127.0.0.1 goes to the recording proxy (localhost bypasses proxies).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
    },
  });
  try {
    const installed = await firefox.installExtension(FIREFOX_BUILD);
    if (installed !== addonId) throw new Error(`Firefox installed the add-on as ${installed}, not ${addonId}`);
  } catch (e) {
    await firefox.close();
    proxy.close();
    throw new Error(`Firefox refused the add-on in ${FIREFOX_BUILD}: ${(e as Error).message.split('\n')[0]}`);
  }

  const errors: string[] = [];
  const watch = (page: Page, extensionPage: boolean) => {
    page.on('pageerror', (e) => {
      if (extensionPage) errors.push(`add-on page: ${e instanceof Error ? e.message : String(e)}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && (extensionPage || (m.location().url ?? '').startsWith('moz-extension://'))) errors.push(`console: ${m.text()}`);
    });
  };

  // What the add-on throws, wherever it runs (content script, background page, its pages), reaches
  // Firefox's console service in the parent process as a script error whose source is a
  // moz-extension:// file; a page's own errors name the page. (puppeteer's 'pageerror' leaves out
  // content scripts, and BiDi's log gives their errors no source at all.) The listener is added in
  // the browser window's chrome scope, which --remote-allow-system-access opens to BiDi on the
  // Firefox versions whose `browsingContext.getTree` takes `moz:scope: "chrome"`. Firefox ESR 140.12
  // ignores that parameter and gives only content tabs: there the add-on's errors are collected from
  // its own pages and the console messages that name its files (above), and the run says so once.
  const connection = (firefox as unknown as { connection: BidiConnection }).connection;
  const { result: tree } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as unknown as { result: { contexts: Array<{ context: string }> } };
  const chromeContext = tree.contexts[0]?.context;
  if (!chromeContext) throw new Error('Firefox gave no window to evaluate in');
  const inChrome = async (expression: string): Promise<string> => {
    const { result } = await connection.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: false, resultOwnership: 'none' });
    if (result.type === 'exception') throw new Error(`in Firefox's chrome scope: ${result.exceptionDetails?.text}`);
    return String(result.result?.value ?? '');
  };
  const parentProcess = (await inChrome('typeof Services')) === 'object';
  if (!parentProcess && !warnedNoChromeScope) {
    warnedNoChromeScope = true;
    console.warn(`Firefox ${(await firefox.version()).trim()} gives WebDriver BiDi no chrome scope: the add-on's errors are collected from its pages and console only`);
  }
  if (parentProcess) await inChrome(`(() => {
    const errors = (globalThis.__crosscheckAddonErrors = []);
    Services.console.registerListener({
      observe(m) {
        // nsIScriptError.warningFlag is 1: warnings are not errors. "Promise resolved (or rejected)
        // after context unloaded" is Firefox noting that a tab closed while its content script awaited
        // a reply: the tests close tabs at once, and the reply it names can no longer reach the page.
        if (m instanceof Ci.nsIScriptError && !(m.flags & 1) && String(m.sourceName).startsWith('moz-extension://') && !/^Promise (resolved|rejected) after context unloaded/.test(String(m.errorMessage))) errors.push(m.sourceName.replace(/^moz-extension:\\/\\/[^/]+/, '') + ': ' + m.errorMessage);
      },
    });
    return 'listening';
  })()`);

  const newPage = async () => {
    const page = await firefox.newPage();
    watch(page, false);
    return page;
  };

  const settle = async (page: Page, url: string) => {
    for (let i = 0; i < 100; i++) {
      const href = await hrefOf(page).catch(() => '');
      if (href === url && (await page.evaluate(() => document.readyState).catch(() => '')) === 'complete') return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Firefox did not open ${url} within 10 s`);
  };

  const openExtensionPage = async (path: string) => {
    const page = await firefox.newPage();
    watch(page, true);
    const url = `${origin}/${path}`;
    // The tab moves from a content process into the add-on's process: puppeteer loses track of the
    // navigation (it reports the frame detached, or waits for a load it never sees) though the tab
    // goes on to show the page. So the test waits for the page itself, not for goto.
    page.goto(url).catch(() => undefined);
    await settle(page, url);
    return page;
  };

  const findExtensionPage = async (part: string, timeout = 10_000) => {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      for (const page of await firefox.pages()) {
        const href = await hrefOf(page).catch(() => '');
        if (href.startsWith(origin) && href.includes(part)) {
          await settle(page, href);
          watch(page, true);
          return page;
        }
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no tab of the add-on shows ${part} after ${timeout} ms`);
  };

  // The control page: the sources view (it asks the background for nothing until searched).
  const control = await openExtensionPage('sources.html');

  const tabIdOf = async (page: Page) => {
    await page.bringToFront();
    const id = await control.evaluate(async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
    if (id === null) throw new Error('no active tab');
    return id;
  };

  const addonErrors = async () => [...errors, ...(parentProcess ? (JSON.parse(await inChrome('JSON.stringify(globalThis.__crosscheckAddonErrors)')) as string[]) : [])];

  const close = async () => {
    await firefox.close();
    proxy.close();
  };

  return { firefox, addonId, origin, outbound, proxied, addonErrors, newPage, openExtensionPage, findExtensionPage, control, tabIdOf, close };
}

/** The text each `crosscheck-*` highlight covers (white space folded), read back from the page's registry. */
export async function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    // A hostile page may replace window.CSS in its own world; it keeps the real one for tests.
    const css = ((window as unknown as { __realCSS?: typeof CSS }).__realCSS ?? CSS) as unknown as { highlights: Map<string, Set<Range>> };
    for (const [name, h] of css.highlights) {
      if (!name.startsWith('crosscheck-')) continue;
      const texts: string[] = [];
      for (const r of h) texts.push(r.toString().replace(/\s+/g, ' '));
      out[name] = texts.sort();
    }
    return out;
  });
}

/** Waits until the page has at least `n` highlighted ranges. */
export async function waitForHighlights(page: Page, n = 1, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (min: number) => {
      let count = 0;
      const css = ((window as unknown as { __realCSS?: typeof CSS }).__realCSS ?? CSS) as unknown as { highlights?: Map<string, Set<Range>> };
      for (const [name, h] of css.highlights ?? []) if (name.startsWith('crosscheck-')) count += h.size;
      return count >= min;
    },
    { timeout },
    n,
  );
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { type: 'success' | 'exception'; result?: BidiValue; exceptionDetails?: { text: string } } }>;
}
interface BidiValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

/**
 * Runs `fn` in the page with the card host's shadow root and `arg`, and returns its result (null
 * when no card host is in the page). The card lives in a closed shadow root, which page scripts
 * cannot enter; WebDriver BiDi, like DevTools, hands it over anyway (`includeShadowTree: 'all'`).
 * `fn` is serialised: it may use only its arguments, and returns something JSON can carry.
 */
export async function inCard<A, T>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  // puppeteer-core has no public call for a closed shadow root: its BiDi connection carries the raw command.
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result: found } = await connection.send('script.evaluate', {
    expression: 'document.querySelector("crosscheck-ui")',
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadow = (found.result?.value as { shadowRoot?: BidiValue } | undefined)?.shadowRoot;
  if (found.result?.type !== 'node' || !shadow?.sharedId) return null;
  const { result: reply } = await connection.send('script.callFunction', {
    functionDeclaration: `function (root, arg) { return JSON.stringify((${fn.toString()})(root, JSON.parse(arg)) ?? null); }`,
    target: { context },
    arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (reply.type === 'exception') throw new Error(`in the card: ${reply.exceptionDetails?.text}`);
  return JSON.parse((reply.result?.value as string | undefined) ?? 'null') as T | null;
}

/** The open card's text, or null when no card is open. */
export const cardText = (page: Page): Promise<string | null> => inCard(page, (root) => root.querySelector('.card')?.textContent ?? null);

/** Waits until a card is open and (given `text`) shows it; throws after `timeout` ms. */
export async function waitForCard(page: Page, text?: string, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const shown = await cardText(page);
    if (shown !== null && (text === undefined || shown.includes(text))) return shown;
    if (Date.now() > until) throw new Error(text ? `no card showing "${text}" within ${timeout} ms (card: ${shown?.slice(0, 80) ?? 'none'})` : `no card opened within ${timeout} ms`);
    await pause(50);
  }
}

/** Waits until no card is open; throws after `timeout` ms. */
export async function waitForNoCard(page: Page, timeout = 5_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await cardText(page)) !== null) {
    if (Date.now() > until) throw new Error(`the card was still open after ${timeout} ms`);
    await pause(50);
  }
}

/** Moves the mouse onto the first range of a highlight and waits for a card to open. */
export async function hoverCard(page: Page, highlight: string, text?: string): Promise<string> {
  const box = await page.evaluate((name: string) => {
    const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)!][0]!.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, highlight);
  await page.mouse.move(box.x, box.y);
  return waitForCard(page, text);
}

/** Waits `ms` milliseconds (for "nothing happens" checks). */
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until `fn`, run in an add-on page, returns true. puppeteer's waitForFunction builds its
 * poller with `Function()`, which the add-on pages' content security policy refuses in Firefox
 * (EvalError); `evaluate` is allowed, so this polls with it.
 */
export async function waitInAddonPage<A extends Array<string | number | boolean>>(page: Page, fn: (...args: A) => boolean | Promise<boolean>, args: A, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(fn as (...a: unknown[]) => boolean | Promise<boolean>, ...args)) return;
    if (Date.now() > until) throw new Error(`waited ${timeout} ms in ${page.url()} for ${fn.toString().slice(0, 80)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
