// `npm run bench` prints a table of the performance figures; `npm run bench -- --json FILE`
// also writes {"machine": {...}, "metrics": {...}}. Every figure is a median over repeated
// runs after a warm-up; every ratio pairs both sides in the same run. See BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { chromium, type Page } from 'playwright-core';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims, type Claim } from '../../lib/claims';
import { checkText, judgeClaim } from '../../lib/check';
import { makeSource, type Source } from '../../lib/corpus';
import { compare } from '../../lib/relation';
import { buildIndex, loadIndex, serializeIndex, type SourceIndex } from '../../lib/source-index';
import { waitForCard } from '../../tests/e2e/card-probe';
import { loadCorpusDir } from '../corpus-files';
import { readHtml } from '../html';
import { articlePage, claimSentence, generateArticle, generateSources, rng } from './generate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REAL = resolve(ROOT, '../shared/real-pages');
const OUT = join(ROOT, 'reports', 'bench');
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? resolve(args[args.indexOf('--json') + 1] ?? 'bench.json') : null;
const quick = args.includes('--quick');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
/** Runs `fn` once to warm up, then `n` times; the median of the timed runs. */
const bench = (n: number, fn: () => void) => {
  fn();
  return median(Array.from({ length: n }, () => time(fn)));
};
const log = (s: string) => process.stderr.write(`${s}\n`);

const metrics: Record<string, number> = {};
const extra: Record<string, any> = {};
const DAY = parseIsoDate('2023-09-30')!;

// ---------------------------------------------------------------- Node: extraction
log('extraction over the real pages and a claim-dense article…');
const realTexts: string[] = [];
for (const f of readdirSync(REAL).filter((x) => x.endsWith('.html'))) realTexts.push((await readHtml(readFileSync(join(REAL, f), 'utf8'))).text);
const dense = generateArticle(quick ? 40_000 : 150_000, 11, 0.9).join('\n');
const texts = [...realTexts, dense];
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const extractMs = bench(quick ? 2 : 5, () => texts.forEach((t) => extractClaims(t, { pageDay: DAY })));
metrics.extract_mb_per_s = bytes / 1e6 / (extractMs / 1000);
extra.extract = { bytes, ms: extractMs, claims_in_dense_article: extractClaims(dense, { pageDay: DAY }).length };

// ---------------------------------------------------------------- Node: index and matching
const corpora: Record<string, Source[]> = { '5': loadCorpusDir(join(ROOT, 'seeds')) };
for (const n of quick ? [1000] : [1000, 10_000]) corpora[String(n)] = generateSources(n, 7).map((s) => makeSource(s.id, s.text));
if (quick) corpora['10000'] = corpora['1000']!;

const r = rng(99);
const probeTexts = Array.from({ length: 400 }, () => `${claimSentence(r, 24 + Math.floor(r() * 8))} Nagorno-Karabakh.`);
const probes: Claim[] = probeTexts.flatMap((t) => extractClaims(t, { pageDay: DAY })).slice(0, 300);
const growth: Array<{ sources: number; build_ms: number; bytes: number; load_ms: number; match_p50_ms: number; match_p95_ms: number }> = [];
const indexes: Record<string, SourceIndex> = {};
for (const [n, sources] of Object.entries(corpora)) {
  log(`index of ${n} sources…`);
  let built!: SourceIndex;
  const buildMs = bench(Number(n) >= 10_000 ? 2 : 3, () => {
    built = buildIndex(sources);
  });
  const json = serializeIndex(built);
  const loadMs = bench(5, () => loadIndex(json));
  indexes[n] = loadIndex(json);
  // Each claim's latency is the median of three passes, so a garbage-collection pause (left by
  // the loads just timed) that lands on one call is not counted as that claim's cost.
  const perClaim = (idx: SourceIndex) => {
    probes.forEach((c) => judgeClaim(c, idx, { pageDay: DAY })); // warm-up
    const passes = [0, 1, 2].map(() => probes.map((c) => time(() => judgeClaim(c, idx, { pageDay: DAY }))));
    return probes.map((_, i) => median(passes.map((p) => p[i]!)));
  };
  const latencies = perClaim(indexes[n]!);
  growth.push({ sources: Number(n), build_ms: buildMs, bytes: json.length, load_ms: loadMs, match_p50_ms: median(latencies), match_p95_ms: p95(latencies) });
}
const g10k = growth.find((g) => g.sources === 10_000)!;
metrics.index_bytes_seeds = growth.find((g) => g.sources === 5)!.bytes;
metrics.index_load_ms_10k = g10k.load_ms;
metrics.match_p95_ms_10k = g10k.match_p95_ms;
extra.index_growth = growth;

// A hostile page's shape: one line of many short sentences with figures. Finding claims was
// quadratic in it (0.8 MB took 3.6 s, 3.2 MB 239 s); the ratio of 4 MB to 1 MB is 4 when linear.
log('one-line many-sentence page at 1 and 4 MB…');
const oneLine = (size: number) => {
  const rr = rng(5);
  let out = 'Nagorno-Karabakh. ';
  while (out.length < size) out += `${claimSentence(rr, 24 + Math.floor(rr() * 8))} `;
  return out.slice(0, size);
};
const line1 = oneLine(1_000_000);
const line4 = oneLine(4_000_000);
checkText(line1.slice(0, 100_000), indexes['5']!, { pageDay: DAY }); // warm-up
const line1Ms: number[] = [];
const line4Ms: number[] = [];
for (let i = 0; i < (quick ? 1 : 3); i++) {
  line1Ms.push(time(() => checkText(line1, indexes['5']!, { pageDay: DAY })));
  line4Ms.push(time(() => checkText(line4, indexes['5']!, { pageDay: DAY })));
}
metrics.one_line_ratio_4mb_vs_1mb = median(line4Ms) / median(line1Ms);
extra.one_line = { ms_1mb: median(line1Ms), ms_4mb: median(line4Ms), runs_1mb: line1Ms, runs_4mb: line4Ms };

// The baseline: fuse.js over every source sentence of the 10,000-source corpus, then the same comparison.
log('brute-force fuse.js baseline…');
const big = indexes['10000']!;
const sentences = big.statements.map((s) => ({ text: big.sources[s.source]!.text.slice(s.sentence[0], s.sentence[1]), s }));
const fuse = new Fuse(sentences, { keys: ['text'], threshold: 0.4, ignoreLocation: true });
const sample = probes.slice(0, quick ? 5 : 15);
const baselineOne = (c: Claim, text: string) => {
  for (const hit of fuse.search(text, { limit: 200 })) if (hit.item.s.measure === c.measure) compare({ ...c.figure, asOf: c.asOf, asOfExplicit: c.asOfExplicit }, hit.item.s, c.measure);
};
const sampleTexts = sample.map((c) => probeTexts.find((t) => t.includes(c.text)) ?? c.text);
baselineOne(sample[0]!, sampleTexts[0]!);
const baselineMs = median(sample.map((c, i) => time(() => baselineOne(c, sampleTexts[i]!))));
const oursMs = median(sample.map((c) => time(() => judgeClaim(c, big, { pageDay: DAY }))));
metrics.match_speedup_vs_fuse_10k = baselineMs / oursMs;
extra.match_vs_fuse = { baseline_median_ms: baselineMs, ours_median_ms: oursMs, claims: sample.length };

// ---------------------------------------------------------------- Chromium
log('building the extension…');
// The extension people install leaves no timing mark a page could read; the bench measures a
// build that does (WXT_BENCH_MARKS=1, extension/bench-marks.ts), copied aside, and sizes the real
// one, built last so .output holds what the tests and the store zips use.
const wxt = (env: NodeJS.ProcessEnv = {}) => execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
wxt({ WXT_BENCH_MARKS: '1' });
const EXT = mkdtempSync(join(tmpdir(), 'crosscheck-bench-build-'));
cpSync(join(ROOT, '.output/chrome-mv3'), EXT, { recursive: true });
wxt({ WXT_BENCH_MARKS: '' });
metrics.content_script_bytes = statSync(join(ROOT, '.output/chrome-mv3/content-scripts/content.js')).size;
// The card's code, injected into a page only when a card first opens there.
metrics.card_script_bytes = statSync(join(ROOT, '.output/chrome-mv3/content-scripts/card.js')).size;

const pages: Record<string, string> = {
  '/article.html': articlePage('Refugees from Nagorno-Karabakh reach Armenia', generateArticle(2000, 5, 0.35)),
};
const denseParas = generateArticle(1, 13, 0.9);
while (denseParas.join('').length < 2_000_000) denseParas.push(...generateArticle(5000, denseParas.length, 0.9));
pages['/dense.html'] = articlePage('Nagorno-Karabakh: every figure, every day', denseParas);
// Pages are served cross-origin isolated: performance.now() then has 5 µs resolution instead of
// 100 µs, which the gate on small pages needs to be measured at all.
const ISOLATED = { 'content-type': 'text/html; charset=utf-8', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (pages[url.pathname]) return void res.writeHead(200, ISOLATED).end(pages[url.pathname]);
  const file = url.pathname.startsWith('/real/') ? join(REAL, decodeURIComponent(url.pathname.slice(6))) : '';
  if (file && file.endsWith('.html') && existsSync(file)) return void res.writeHead(200, ISOLATED).end(readFileSync(file));
  res.writeHead(404).end();
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const launch = (withExtension: boolean, extension = EXT) =>
  chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'crosscheck-bench-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...(withExtension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []), '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
const context = await launch(true);
await context.route((u) => !/^(?:chrome-extension|data|blob|about):/.test(u.href) && !u.href.startsWith(base), (route) => route.abort());
if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
const entry = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => ({ start: e.startTime, duration: e.duration })), name);
const waitMark = (page: Page, name: string, timeout = 60_000) => page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });

log('gate ratio on the real pages…');
// The content script meets each page freshly loaded and reads its text once, cold. The floor is
// that same single read, made the same way: by a one-line content script, run at document_idle in
// its own isolated world, in a twin browser, on the same page freshly loaded. (A read repeated in a
// loop is about 15x cheaper than the first one, so a warm floor would put even a script that only
// read the text at about 15.) Each side is the mean of ROUNDS fresh loads, which also averages out
// the clock's 5 µs granularity; the warm ratio is reported beside it.
const ROUNDS = quick ? 1 : 3;
const floorExtension = mkdtempSync(join(tmpdir(), 'crosscheck-floor-'));
writeFileSync(
  join(floorExtension, 'manifest.json'),
  JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', content_scripts: [{ matches: ['http://*/*'], js: ['floor.js'], run_at: 'document_idle' }] }),
);
writeFileSync(join(floorExtension, 'floor.js'), "{ const t = performance.now(); void document.body.textContent; performance.measure('floor:read', { start: t, end: performance.now() }); }\n");
const twin = await launch(true, floorExtension);
await twin.route((u) => !u.href.startsWith(base), (route) => route.abort());
const twinPage = await twin.newPage();
const ratios: number[] = [];
const warmRatios: number[] = [];
const gateMs: number[] = [];
const page = await context.newPage();
for (const f of readdirSync(REAL).filter((x) => x.endsWith('.html'))) {
  const url = `${base}/real/${encodeURIComponent(f)}`;
  let gate = 0;
  let floor = 0;
  let warm = 0;
  let read = true;
  for (let round = 0; round < ROUNDS && read; round++) {
    await page.goto(`${url}?round=${round}`, { waitUntil: 'load' });
    try {
      await waitMark(page, 'crosscheck:gated', 10_000);
    } catch {
      read = false; // a page the reader found worth reading (none should be) is left out, not guessed
      break;
    }
    gate += (await entry(page, 'crosscheck:gate'))[0]!.duration / ROUNDS;
    await twinPage.goto(`${url}?round=${round}`, { waitUntil: 'load' });
    await waitMark(twinPage, 'floor:read', 10_000);
    floor += (await entry(twinPage, 'floor:read'))[0]!.duration / ROUNDS;
    // The warm figure, for comparison: one read averaged over enough repeated reads.
    warm += (await page.evaluate(() => {
      let n = 0;
      const t = performance.now();
      while (performance.now() - t < 5 || n < 5) {
        void document.body.textContent;
        n++;
      }
      return (performance.now() - t) / n;
    })) / ROUNDS;
  }
  if (!read) continue;
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('bench pages must be cross-origin isolated for a fine clock');
  // A floor below the clock's resolution in every round says nothing; such a page is counted at
  // one clock tick, which can only raise its ratio.
  ratios.push(gate / Math.max(floor, 0.005));
  warmRatios.push(gate / warm);
  gateMs.push(gate);
  if (ratios.length <= 12) ((extra.gate_samples ??= []) as unknown[]).push({ page: f, gate_ms: gate, cold_read_ms: floor, warm_read_ms: warm, chars: await page.evaluate(() => document.body.textContent?.length ?? 0) });
}
await twin.close();
metrics.gate_ratio_median = median(ratios);
extra.gate = { pages: ratios.length, rounds: ROUNDS, gate_ms_median: median(gateMs), gate_ms_max: Math.max(...gateMs), ratio_to_warm_read_median: median(warmRatios) };

log('end to end on a 2,000-word article…');
const e2e: number[] = [];
for (let i = 0; i < (quick ? 3 : 8); i++) {
  await page.goto(`${base}/article.html?run=${i}`);
  await waitMark(page, 'crosscheck:painted');
  const [start] = await entry(page, 'crosscheck:start');
  const [painted] = await entry(page, 'crosscheck:painted');
  if (i > 0) e2e.push(painted!.start - start!.start);
}
metrics.e2e_ms_median = median(e2e);

log('longest task on a 2 MB page…');
await page.addInitScript(() => {
  (window as unknown as { longTasks: number[] }).longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) (window as unknown as { longTasks: Array<[number, number]> }).longTasks.push([e.startTime, e.duration] as never);
  }).observe({ type: 'longtask', buffered: true });
});
const longest: number[] = [];
for (let i = 0; i < (quick ? 2 : 3); i++) {
  await page.goto(`${base}/dense.html?run=${i}`);
  await waitMark(page, 'crosscheck:painted', 120_000);
  const [start] = await entry(page, 'crosscheck:start');
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: Array<[number, number]> }).longTasks);
  const [step] = await entry(page, 'crosscheck:longest-step');
  const ours = tasks.filter(([t]) => t >= start!.start).map(([, d]) => d);
  longest.push(Math.max(step?.duration ?? 0, ...ours));
  extra[`dense_run_${i}`] = { longest_step_ms: step?.duration ?? null, long_tasks_after_start: ours };
}
metrics.longest_task_ms = median(longest);
extra.dense_page = { bytes: pages['/dense.html']!.length, highlights_registered: await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce((n, h) => n + h.size, 0)) };

log('heap the content script adds on the 2 MB page…');
const heapOf = async (withExtension: boolean) => {
  const ctx = withExtension ? context : await launch(false);
  const p = await ctx.newPage();
  await p.goto(`${base}/dense.html?heap=${withExtension}`);
  if (withExtension) await waitMark(p, 'crosscheck:painted', 120_000);
  else await p.waitForTimeout(3000);
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await p.close();
  if (!withExtension) await ctx.close();
  return usedSize;
};
const heapWith = median([await heapOf(true), await heapOf(true)]);
const heapWithout = median([await heapOf(false), await heapOf(false)]);
metrics.content_heap_mb_2mb_page = Math.max(0, heapWith - heapWithout) / 1024 / 1024;

log('highlighting against wrapping in <mark>…');
const ours: number[] = [];
const wrap: number[] = [];
for (let i = 0; i < (quick ? 3 : 6); i++) {
  for (const mode of ['highlight', 'wrap'] as const) {
    await page.goto(`${base}/article.html?${mode}=${i}`);
    await waitMark(page, 'crosscheck:painted');
    const ms = await page.evaluate(async (m) => {
      const registry = CSS.highlights;
      const ranges = [...registry.entries()].flatMap(([name, h]) => [...h].map((r) => ({ name, r: (r as Range).cloneRange() })));
      registry.clear();
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const t = performance.now();
      if (m === 'highlight') {
        const groups = new Map<string, Range[]>();
        for (const { name, r } of ranges) groups.set(name, [...(groups.get(name) ?? []), r]);
        for (const [name, rs] of groups) registry.set(name, new Highlight(...rs));
      } else {
        // What most highlighters do: split the text nodes and wrap each claim in an element, last first.
        for (const { r } of ranges.reverse()) {
          const mark = document.createElement('mark');
          mark.append(r.extractContents());
          r.insertNode(mark);
        }
      }
      // Style and layout, as the page pays for them before its next frame. (Waiting for the frame
      // itself would add the same 16 ms to both sides and hide the difference.)
      void document.body.offsetHeight;
      void document.body.getBoundingClientRect();
      return performance.now() - t;
    }, mode);
    (mode === 'highlight' ? ours : wrap).push(ms);
  }
}
metrics.highlight_speedup_vs_wrap = median(wrap) / median(ours);
extra.highlight = { highlight_median_ms: median(ours), wrap_median_ms: median(wrap) };

log('popup and cards with 1,000 own sources and a page of over 10,000 claims…');
const extensionId = new URL(context.serviceWorkers()[0]!.url()).host;
const optionsPage = await context.newPage();
await optionsPage.goto(`chrome-extension://${extensionId}/options.html`);
await optionsPage.waitForSelector('#own-heading');
const own = generateSources(1000, 21).map((g, i) => ({ ...makeSource(`own-bench-${i}`, g.text), addedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }));
await optionsPage.evaluate(async (records) => {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const r = indexedDB.open('crosscheck');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  await new Promise<void>((ok, fail) => {
    const tx = db.transaction('sources', 'readwrite');
    for (const s of records) tx.objectStore('sources').put(s);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'own-sources-changed' });
}, own);
const popupMs: number[] = [];
const evidenceMs: number[] = [];
const cardMs: number[] = [];
const densePage = await context.newPage();
for (let run = 0; run < (quick ? 2 : 4); run++) {
  await densePage.goto(`${base}/dense.html?own=${run}`);
  await waitMark(densePage, 'crosscheck:painted', 180_000);
  await densePage.bringToFront();
  const tabId = await context.serviceWorkers()[0]!.evaluate(async () => {
    const [tab] = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
  // A card: from the pointer reaching a highlight to the card in the page.
  const targets = await densePage.evaluate(() => {
    const out: Array<{ x: number; y: number }> = [];
    for (const h of CSS.highlights.values()) for (const r of h) {
      const b = (r as Range).getClientRects()[0];
      if (b && b.top > 0 && b.bottom < innerHeight && out.length < 4) out.push({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
    }
    return out;
  });
  for (const t of targets) {
    await densePage.mouse.move(1, 1);
    await densePage.waitForTimeout(500);
    const started = Date.now();
    await densePage.mouse.move(t.x, t.y);
    // The card is in a closed shadow root: looked for through the DevTools protocol, every 10 ms.
    await waitForCard(densePage, undefined, 20_000, 10);
    cardMs.push(Date.now() - started);
  }
  // The popup: from opening to the page's claims listed, then from opening a claim to its sources.
  const popup = await context.newPage();
  const started = Date.now();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  try {
    await popup.waitForSelector('.claim-list', { timeout: 20_000 });
    popupMs.push(Date.now() - started);
    // The page's claims, as the popup counts them (only those near the viewport are highlighted).
    extra.dense_page_claims = await popup.$$eval('.counts .count', (cs) => cs.reduce((n, c) => n + Number(/\d+\s*$/.exec(c.textContent ?? '')?.[0] ?? 0), 0));
    const opened = Date.now();
    await popup.click('.claim summary');
    await popup.waitForSelector('.claim .explanation', { timeout: 20_000 });
    evidenceMs.push(Date.now() - opened);
  } catch {
    // Recorded, not hidden: the popup did not list the page's claims within 20 s.
    popupMs.push(Number.POSITIVE_INFINITY);
    extra.popup_failure = (await popup.textContent('main').catch(() => null))?.slice(0, 300) ?? 'no text';
  }
  await popup.close();
}
metrics.popup_open_ms_10k_claims = median(popupMs);
metrics.popup_evidence_ms_10k_claims = evidenceMs.length ? median(evidenceMs) : Number.POSITIVE_INFINITY;
metrics.card_open_ms_10k_claims = median(cardMs);
extra.big = { own_sources: own.length, page_claims: extra.dense_page_claims, popup_runs_ms: popupMs, popup_evidence_runs_ms: evidenceMs, card_runs_ms: cardMs };
await context.close();
server.close();

// ---------------------------------------------------------------- Report
const BUDGETS: Record<string, [string, number]> = {
  extract_mb_per_s: ['≥', 10], gate_ratio_median: ['≤', 2], e2e_ms_median: ['≤', 50], longest_task_ms: ['≤', 50], match_p95_ms_10k: ['≤', 1],
  match_speedup_vs_fuse_10k: ['≥', 20], index_bytes_seeds: ['≤', 65536], index_load_ms_10k: ['≤', 300], content_script_bytes: ['≤', 40960], card_script_bytes: ['≤', 40960],
  highlight_speedup_vs_wrap: ['≥', 5], content_heap_mb_2mb_page: ['≤', 20], one_line_ratio_4mb_vs_1mb: ['≤', 5],
};
// Reported without a budget of the issue's: "promptly" is read as within a second.
const INFO: Record<string, [string, number]> = { popup_open_ms_10k_claims: ['≤', 1000], popup_evidence_ms_10k_claims: ['≤', 1000], card_open_ms_10k_claims: ['≤', 1000] };
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(totalmem() / 1024 ** 3), node: process.version, chromium: execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim(), quick };
const fmt = (x: number) => (!Number.isFinite(x) ? 'failed' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2));
const rows = Object.entries({ ...BUDGETS, ...INFO }).map(([k, [op, budget]]) => {
  const v = metrics[k]!;
  const ok = op === '≥' ? v >= budget : v <= budget;
  return `${k.padEnd(28)} ${fmt(v).padStart(10)}   ${op} ${String(budget).padEnd(6)} ${ok ? 'meets' : 'MISSES'}`;
});
console.log(`${'metric'.padEnd(28)} ${'value'.padStart(10)}   budget`);
console.log(rows.join('\n'));
console.log('\nindex growth (sources, build ms, bytes, load ms, match p50/p95 ms):');
for (const g of growth) console.log(`  ${String(g.sources).padStart(6)}  ${fmt(g.build_ms).padStart(8)}  ${String(g.bytes).padStart(10)}  ${fmt(g.load_ms).padStart(7)}  ${g.match_p50_ms.toFixed(3)}/${g.match_p95_ms.toFixed(3)}`);

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'match-latency.svg'), chart(growth));
console.log(`\nchart: ${join(OUT, 'match-latency.svg')}`);
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ machine, metrics, details: extra }, null, 2));
  console.log(`json: ${jsonOut}`);
}

/** Matching latency (p50 and p95) against corpus size, as an SVG line chart on a log scale. */
function chart(points: typeof growth): string {
  const W = 520;
  const H = 300;
  const m = { l: 60, r: 20, t: 30, b: 50 };
  const xs = points.map((p) => Math.log10(p.sources));
  const yMax = Math.max(...points.map((p) => p.match_p95_ms)) * 1.2 || 1;
  const x = (v: number) => m.l + ((v - Math.min(...xs)) / (Math.max(...xs) - Math.min(...xs) || 1)) * (W - m.l - m.r);
  const y = (v: number) => H - m.b - (v / yMax) * (H - m.t - m.b);
  const line = (key: 'match_p50_ms' | 'match_p95_ms') => points.map((p) => `${x(Math.log10(p.sources))},${y(p[key])}`).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">
<title>Matching latency against corpus size</title>
<rect width="${W}" height="${H}" fill="white"/>
<text x="${m.l}" y="18" font-weight="bold">Matching one claim: latency against corpus size</text>
<line x1="${m.l}" y1="${H - m.b}" x2="${W - m.r}" y2="${H - m.b}" stroke="#999"/><line x1="${m.l}" y1="${m.t}" x2="${m.l}" y2="${H - m.b}" stroke="#999"/>
${[0, 0.25, 0.5, 0.75, 1].map((f) => `<text x="${m.l - 6}" y="${y(yMax * f) + 4}" text-anchor="end">${(yMax * f).toFixed(3)}</text>`).join('')}
${points.map((p) => `<text x="${x(Math.log10(p.sources))}" y="${H - m.b + 16}" text-anchor="middle">${p.sources}</text>`).join('')}
<text x="${(W + m.l) / 2}" y="${H - 12}" text-anchor="middle">sources in the corpus (log scale)</text>
<text x="14" y="${(H - m.b + m.t) / 2}" transform="rotate(-90 14 ${(H - m.b + m.t) / 2})" text-anchor="middle">ms per claim</text>
<polyline points="${line('match_p50_ms')}" fill="none" stroke="#1565c0" stroke-width="2"/>
<polyline points="${line('match_p95_ms')}" fill="none" stroke="#c62828" stroke-width="2" stroke-dasharray="5 3"/>
<text x="${W - m.r - 120}" y="${m.t + 10}" fill="#1565c0">median</text><text x="${W - m.r - 60}" y="${m.t + 10}" fill="#c62828">95th pct</text>
</svg>`;
}
