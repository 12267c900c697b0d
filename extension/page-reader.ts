import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckedClaim } from '../lib/check';
import type { CompactClaim, PageInfo, Result } from '../lib/messages';
import type { Report } from '../lib/report';
import { packSummary } from '../lib/page-summary';
import { benchLongestStep, benchMark, benchStep, benchWorked } from './bench-marks';
import { createCardController } from './card-controller';
import { createLazyCardHost } from './lazy-card-host';
import { contentMessageListener } from './content-messages';
import { browserGeometry, createHighlightPainter } from './highlight-painter';
import { browserHighlights } from './highlights';
import { askBackground } from './messaging';
import { changedTexts, namesRegion } from './page-changes';
import { LOADER_FIRST_READ, LOADER_SETTINGS, READER_LISTENER, type FirstRead } from './page-loader';
import { createPageTextReader, nextRescanDelay, RESCAN_DELAY_MS, type Shown } from './page-text-reader';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from './settings';

/**
 * Starts the content script on `doc`. It decides when to read the page and hands the work to its
 * collaborators: the reader (text and ranges), the painter (highlights), the card controller
 * (hover, click, focus, keys) and the message handlers (the popup's and background's requests).
 * Never throws into the page: every failure ends quietly.
 */
export async function startPageReader(ctx: ContentScriptContext, doc: Document = document): Promise<void> {
  let settings: Settings = DEFAULT_SETTINGS;
  let shown: Shown[] = [];
  /** The last text judged and its verdicts: a re-read of unchanged text never asks again. */
  let judged: { text: string; date: string | null; claims: CompactClaim[] } | null = null;
  /** Full verdicts fetched for cards, by index, for the current judgement. */
  const details = new Map<number, CheckedClaim>();
  let text = '';
  let date: string | null = null;
  let timer: number | undefined;
  /** How long after the page's text changed it is read again (nextRescanDelay). */
  let delay = RESCAN_DELAY_MS;
  let scanning = false;
  let again = false;
  /** The page has been read at least once (automatically, or because the popup asked). */
  let scanned = false;
  let listening = false;
  /** The loader's read and verdicts of the page as it loaded, taken by the first read only. */
  let handed: Promise<FirstRead | null> | undefined;

  const win = doc.defaultView!;
  const geometry = browserGeometry(win);
  const host = createLazyCardHost(doc, async () => (await askBackground({ type: 'load-card' })).ok);
  const isOwn = (n: Node) => host.contains(n);
  const reader = createPageTextReader(doc, { isOwn, meter: benchWorked });
  const painter = createHighlightPainter(doc, browserHighlights(), geometry);
  const enabled = () => !settings.disabledSites.includes(location.hostname);
  const pageInfo = (day: string | null): PageInfo => ({ url: location.href, title: doc.title, host: location.hostname, date: day });
  const sentence = (s: Shown) => text.slice(s.claim.sentence.start, s.claim.sentence.end);
  /** What the popup's summary and the report both say about the page itself. */
  const about = () => ({ id: location.href, url: location.href, title: doc.title, date, text });
  const noClaim = (index: number) => ({ ok: false, error: `no claim ${index} on this page; reopen the popup` }) as const;

  /** A claim's full verdict, fetched from the background once; re-read if the background lost it. */
  const detailsOf = async (s: Shown): Promise<CheckedClaim | null> => {
    const cached = details.get(s.index);
    if (cached) return cached;
    let reply = await askBackground({ type: 'claim-details', index: s.index });
    if (!reply.ok && reply.code === 'expired') {
      judged = null;
      await read();
      const found = shown.find((x) => x.claim.start === s.claim.start && x.claim.text === s.claim.text);
      if (!found) return null;
      reply = await askBackground({ type: 'claim-details', index: found.index });
    }
    if (!reply.ok) return null;
    details.set(s.index, reply.value);
    return reply.value;
  };

  const cards = createCardController({
    doc,
    host,
    geometry,
    claims: () => shown,
    claimAt: painter.claimAt,
    details: detailsOf,
    sentence,
    requests: {
      openSource: (src) => void askBackground({ type: 'open-source', id: src.id, start: src.passage[0], end: src.passage[1] }),
      openCompare: (claim) => void askBackground({ type: 'open-compare', measure: claim.measure, claim: compareMark(claim) }),
      recordFeedback: async (s, comment) => {
        const r = await askBackground({ type: 'record-feedback', feedback: { url: location.href, claim: s.claim.text, verdict: s.claim.verdict, sentence: sentence(s), comment } });
        return r.ok ? null : r.error;
      },
    },
    ctx,
    hasUserGesture: () => navigator.userActivation?.isActive ?? true,
  });

  const clear = (tellBackground: boolean) => {
    painter.clear();
    host.destroy();
    shown = [];
    if (tellBackground) void askBackground({ type: 'page-verdicts', verdicts: [] });
  };

  const paint = () => {
    painter.paint(shown, settings);
    if (!settings.highlightsOn && cards.isOpen) cards.close();
    if (!shown.length || listening) return;
    listening = true;
    cards.listen();
    // On a huge page the registered window follows the reader.
    let frame = 0;
    ctx.addEventListener(win, 'scroll', () => {
      frame ||= ctx.requestAnimationFrame(() => {
        frame = 0;
        painter.follow();
      });
    }, { passive: true });
  };

  async function read(): Promise<void> {
    if (!doc.body || !enabled()) return;
    scanned = true;
    // The cheap first look (the loader's gate, again: the page may have changed since), except
    // on the read the loader hands over, whose gate passed moments ago.
    const gateStart = performance.now();
    const relevant = handed !== undefined || reader.namesRegion();
    benchStep(gateStart);
    if (!relevant) {
      if (shown.length) clear(true);
      return;
    }
    // Reading is sliced; finding and judging the claims happens in the background, off the
    // page's main thread, with the same lib/ code the command line uses.
    const first = handed && (await handed);
    handed = undefined;
    const got = first || (await reader.read());
    if (!got) return;
    if (!first) benchMark('text-read');
    const { page } = got;
    let claims: CompactClaim[];
    if (judged && judged.text === page.text && judged.date === got.date) {
      claims = judged.claims;
    } else if (first) {
      claims = first.claims;
      judged = { text: page.text, date: got.date, claims };
    } else {
      // Sending copies the text synchronously: that copy counts as main-thread work too.
      const sendStart = performance.now();
      const pending = askBackground({ type: 'judge', page: pageInfo(got.date), text: page.text });
      benchStep(sendStart);
      const reply = await pending;
      benchMark('judged');
      if (!reply.ok) return;
      details.clear();
      claims = reply.value;
      delay = nextRescanDelay(delay, judged?.claims ?? null, claims);
      judged = { text: page.text, date: got.date, claims };
    }
    shown = await reader.place(page, claims);
    benchMark('placed');
    text = page.text;
    date = got.date;
    const paintStart = performance.now();
    paint();
    cards.rebind(shown);
    benchStep(paintStart);
    benchMark('painted');
    benchLongestStep();
    void askBackground({ type: 'page-verdicts', verdicts: shown.map((s) => s.claim.verdict), page: pageInfo(date) });
  }

  const scan = async (): Promise<void> => {
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    try {
      await read();
    } catch {
      // A page that changes under us is read again on its next change.
    } finally {
      scanning = false;
      if (again) {
        again = false;
        schedule(delay);
      }
    }
  };

  // A pending re-read is not pushed back by further changes: a page that changes every 100 ms
  // is still read every `delay` ms, not never.
  const schedule = (ms: number) => {
    if (timer !== undefined && ms > 0) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void scan();
    }, ms);
  };

  /** The page's report with every claim in full (fetched from the background, which holds them), for exports. */
  const report = async (): Promise<Result<Report>> => {
    let claims: CheckedClaim[] = [];
    if (shown.length) {
      let all = await askBackground({ type: 'tab-claims' });
      if (!all.ok && all.code === 'expired') {
        judged = null;
        await read();
        all = await askBackground({ type: 'tab-claims' });
      }
      if (!all.ok) return all;
      claims = shown.map((s) => all.value[s.index]).filter((c): c is CheckedClaim => !!c);
    }
    return { ok: true, value: { ...about(), claims } };
  };

  try {
    benchMark('reader');
    const listener = contentMessageListener(browser.runtime.id, {
      // The page as the popup lists it: every claim compact, in the order of the page.
      'get-summary': () => ({ ok: true, value: packSummary({ ...about(), claims: shown.map((s) => s.claim), host: location.hostname, enabled: enabled(), scanned }) }),
      'claim-details': async ({ index }) => {
        const s = shown[index];
        const claim = s && (await detailsOf(s));
        return claim ? { ok: true, value: claim } : noClaim(index);
      },
      'get-report': report,
      // "Show in page": the claim scrolled into view, flashed, and its card open with focus.
      'scroll-to-claim': ({ index }) => {
        const range = cards.showInPage(index);
        if (!range) return noClaim(index);
        painter.flash(range);
        return { ok: true, value: null };
      },
      'toggle-highlights': async () => {
        const on = !settings.highlightsOn;
        settings = { ...settings, highlightsOn: on };
        paint();
        await browser.storage.local.set({ highlightsOn: on });
        return { ok: true, value: { on } };
      },
      'next-claim': () => {
        cards.step(1);
        return { ok: true, value: null };
      },
      rescan: async () => {
        if (!enabled()) return { ok: false, error: 'the extension is switched off for this site' };
        await scan();
        return { ok: true, value: null };
      },
    });
    browser.runtime.onMessage.addListener(listener);
    // The loader hands this listener the requests that arrived while the reader was loading.
    const world = globalThis as Record<symbol, unknown>;
    world[READER_LISTENER] = listener;
    handed = world[LOADER_FIRST_READ] as Promise<FirstRead | null> | undefined;
    delete world[LOADER_FIRST_READ];
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      if (world[READER_LISTENER] === listener) delete world[READER_LISTENER];
    });
    ctx.onInvalidated(() => clear(false));
    // The loader read the settings as the page loaded (and follows their changes): start from its read.
    settings = await ((world[LOADER_SETTINGS] as Promise<Settings> | undefined) ?? loadSettings());
    benchMark('settings');
    ctx.onInvalidated(onSettingsChanged((next) => {
      const wasEnabled = enabled();
      settings = next;
      if (!enabled()) clear(true);
      else if (!wasEnabled) schedule(0);
      else paint();
    }));
    // Live blogs, infinite scroll and single-page apps add text later: re-read when the page's
    // text changed (never for the extension's own nodes, attributes or empty elements), and when
    // the page had no claims, only if the new text names the region.
    const observer = new MutationObserver((mutations) => {
      if (!enabled() || !(settings.autoScan || scanned)) return;
      const texts = changedTexts(mutations, isOwn);
      if (texts.length && (shown.length > 0 || namesRegion(texts))) schedule(delay);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(win, 'wxt:locationchange', () => settings.autoScan && schedule(RESCAN_DELAY_MS));
    if (enabled() && settings.autoScan) await scan();
    // The loader's read is of the page as it loaded: no later read starts from it.
    handed = undefined;
  } catch {
    // The page or the extension went away mid-start; there is nothing to repair.
  }
}

/** The claim as the timeline draws it: its text, a value (the stated one) and its day. */
export function compareMark(c: CheckedClaim): { text: string; value: number; asOf: string | null } {
  const low = typeof c.figure.low === 'number' ? c.figure.low : null;
  const high = typeof c.figure.high === 'number' ? c.figure.high : null;
  const value = low !== null && high !== null ? (low + high) / 2 : (low ?? high ?? 0);
  return { text: c.text.replace(/\s+/g, ' '), value: c.qualifier === 'gt' || c.qualifier === 'ge' ? (low ?? value) : c.qualifier === 'approx' ? value : (high ?? value), asOf: c.asOf };
}
