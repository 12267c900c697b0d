// The Firefox harness's own checks: what the other Firefox tests rely on can see what it claims to.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, launchFirefox, pause, serve, type FirefoxSession } from './harness';

let server: Server;
let base: string;
let s: FirefoxSession;

beforeAll(async () => {
  const closedCard = '<p>A page.</p><script>const h = document.createElement("crosscheck-ui"); document.body.append(h); h.attachShadow({ mode: "closed" }).innerHTML = "<div class=card>Text in a closed root</div>";</script>';
  ({ server, base } = await serve((path) => (path === '/closed-card' ? closedCard : undefined)));
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
  server?.close();
});

describe('the Firefox harness', () => {
  it('reads a card inside a closed shadow root, which the page itself cannot', async () => {
    const page = await s.newPage();
    await page.goto(`${base}/closed-card`);
    expect(await page.evaluate(() => document.querySelector('crosscheck-ui')!.shadowRoot)).toBeNull();
    expect(await cardText(page)).toBe('Text in a closed root');
    await page.goto(`${base}/pages/late-paragraph.html`);
    expect(await cardText(page)).toBeNull();
    await page.close();
  });

  it('records a request the add-on makes beyond 127.0.0.1, so the suites’ “no request” checks can fail', async () => {
    expect(s.outbound).toEqual([]);
    await s.control.evaluate(() => fetch('http://tracker.example/collect?x=1').catch(() => undefined));
    await s.control.evaluate(() => fetch('https://tracker.example/secure').catch(() => undefined));
    for (let i = 0; i < 50 && s.outbound.length < 2; i++) await pause(100);
    expect(s.outbound).toEqual(['http://tracker.example/collect?x=1', 'https://tracker.example:443']);
  });

  it('a page’s own requests beyond 127.0.0.1 never leave it (so they are not taken for the add-on’s)', async () => {
    const before = s.proxied.length;
    const page = await s.newPage();
    await page.goto(`${base}/real/guardian-1.html`, { waitUntil: 'load' });
    await pause(500);
    expect(s.proxied.slice(before).filter((u) => !/mozilla|firefox|dummy\.test/.test(u))).toEqual([]);
    await page.close();
  });
});
