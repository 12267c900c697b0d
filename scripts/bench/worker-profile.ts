// Where the service worker's time goes while it judges the bench's 2,000-word article, in Chromium: a CPU
// profile of the worker over N page loads, summed per engine function (inclusive), per load. For the e2e
// budget's work (BENCHMARKS.md, "Stop 35"); not part of `npm run bench`.
//
//   WXT_BENCH_MARKS=1 WXT_NO_MINIFY=1 npx wxt build && cp -r .output/chrome-mv3 /tmp/ext
//   NODE_OPTIONS=--experimental-websocket npx tsx scripts/bench/worker-profile.ts /tmp/ext [N]
//
// The build must keep its function names (WXT_NO_MINIFY=1). The profile is taken over the DevTools
// protocol on a local port, which only this script's own browser opens, through Node's own WebSocket
// (behind a flag in Node 20).
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { articlePage, generateArticle } from './generate';

/** The functions whose time is reported, outermost first: the worker's judging and its parts. */
const PARTS = ['checkTextInSlices', 'extractClaims', 'judgeClaim', 'checkStatements', 'readFrames', 'readSentence', 'judgeFrame'];
const PORT = 9339;

interface ProfileNode { id: number; callFrame: { functionName: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Milliseconds spent inside each named function (its callees included), and in all but idle. */
export function inclusiveTimes(profile: Profile, names: readonly string[]): { busy: number; inside: Record<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inside = Object.fromEntries(names.map((n) => [n, 0]));
  let busy = 0;
  profile.samples.forEach((sample, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (byId.get(sample)?.callFrame.functionName !== '(idle)') busy += dt;
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)!.callFrame.functionName;
      if (name in inside && !seen.has(name)) {
        seen.add(name);
        inside[name]! += dt;
      }
    }
  });
  return { busy, inside };
}

async function main(extension: string, loads: number): Promise<void> {
  const html = articlePage('Refugees from Nagorno-Karabakh reach Armenia', generateArticle(2000, 5, 0.35));
  const server = createServer((_q, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const profileDir = mkdtempSync(join(tmpdir(), 'worker-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', `--remote-debugging-port=${PORT}`],
  });
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    const targets = (await (await fetch(`http://127.0.0.1:${PORT}/json/list`)).json()) as Array<{ type: string; webSocketDebuggerUrl: string }>;
    const worker = targets.find((t) => t.type === 'service_worker');
    if (!worker) throw new Error('no service worker target: is the folder a built extension?');
    if (typeof WebSocket === 'undefined') throw new Error('no WebSocket in this Node: run it with NODE_OPTIONS=--experimental-websocket');
    const ws = new WebSocket(worker.webSocketDebuggerUrl);
    await new Promise((ok, fail) => {
      ws.onopen = ok;
      ws.onerror = fail;
    });
    let next = 0;
    const waiting = new Map<number, (result: unknown) => void>();
    ws.onmessage = (event) => {
      const m = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      if (m.id !== undefined) waiting.get(m.id)?.(m.result);
    };
    const send = <T>(method: string, params: object = {}) => new Promise<T>((ok) => {
      const id = ++next;
      waiting.set(id, ok as (r: unknown) => void);
      ws.send(JSON.stringify({ id, method, params }));
    });
    const page = await context.newPage();
    const load = async (i: number) => {
      await page.goto(`${base}/article.html?run=${i}`);
      await page.waitForTimeout(400);
    };
    for (let i = 0; i < 3; i++) await load(-1 - i); // warm-up, as the bench's first run
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 100 });
    await send('Profiler.start');
    for (let i = 0; i < loads; i++) await load(i);
    const { profile } = await send<{ profile: Profile }>('Profiler.stop');
    ws.close();
    const { busy, inside } = inclusiveTimes(profile, PARTS);
    console.log(`service worker over ${loads} loads of the bench article, ms per load (inclusive):`);
    console.log(`  busy (not idle)`.padEnd(28), (busy / loads).toFixed(1));
    for (const name of PARTS) console.log(`  ${name}`.padEnd(28), (inside[name]! / loads).toFixed(1));
  } finally {
    await context.close();
    server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [extension, loads] = process.argv.slice(2);
  if (!extension) {
    console.error('usage: npx tsx scripts/bench/worker-profile.ts EXTENSION_DIR [LOADS]   (a build made with WXT_BENCH_MARKS=1 WXT_NO_MINIFY=1)');
    process.exit(2);
  }
  await main(extension, Number(loads ?? 25));
}
