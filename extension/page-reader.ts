import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckedClaim, SourceEvidence } from '../lib/check';
import { parseContentMessage, type CompactClaim, type ContentApi, type Message, type PageInfo, type PageSummary, type Result } from '../lib/messages';
import { rangeOf } from '../lib/page-ranges';
import type { Report } from '../lib/report';
import { pageNamesRegion } from '../lib/topic';
import { publishedDate, readVisibleTextSliced } from '../lib/visible-text';
import { CardHost } from './card-host';
import { clearHighlights, flash, paintHighlights, setHighlightStyle } from './highlights';
import { askBackground } from './messaging';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from './settings';

/** A claim on the page with its verdict and the range it covers; `index` is its place in the background's list. */
interface Shown {
  claim: CompactClaim;
  index: number;
  range: Range;
}

const RESCAN_DELAY_MS = 500;
/** Main-thread time the reader takes before it yields to the page. */
const SLICE_MS = 8;
/**
 * Up to this many claims, every one is registered as a highlight. Past it (a page of thousands
 * of figures), only those within a few screens of the viewport are, updated as the reader
 * scrolls: the browser revalidates the whole highlight registry on each change, and thousands
 * of ranges at once would freeze the page for tens of milliseconds.
 */
const FULL_LIMIT = 1500;

/** Gives the page's own work a turn before the reader goes on. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Timing marks for the benchmark (npm run bench): user-timing entries, no DOM change.
const mark = (name: string, from?: number) => {
  try {
    if (from === undefined) performance.mark(`crosscheck:${name}`);
    else performance.measure(`crosscheck:${name}`, { start: from, end: performance.now() });
  } catch {
    // A page that replaced performance.mark loses the figures, not the highlights.
  }
};

/** The longest stretch of main-thread work the reader did in one go, in milliseconds. */
let longestStep = 0;
const step = (since: number) => {
  longestStep = Math.max(longestStep, performance.now() - since);
};

/** Starts reading the page. Never throws into the page: every failure ends quietly. */
export async function startPageReader(ctx: ContentScriptContext): Promise<void> {
  try {
    await new PageReader(ctx, document).start();
  } catch {
    // The page or the extension went away mid-start; there is nothing to repair.
  }
}

class PageReader {
  private settings: Settings = DEFAULT_SETTINGS;
  private shown: Shown[] = [];
  /** The last text judged and its verdicts: a re-read of unchanged text never asks again. */
  private judged: { text: string; date: string | null; claims: CompactClaim[] } | null = null;
  /** Full verdicts fetched for cards, by index, for the current judgement. */
  private details = new Map<number, CheckedClaim>();
  private text = '';
  private date: string | null = null;
  private readonly card: CardHost;
  private timer: number | undefined;
  private scanning = false;
  private again = false;
  private pinned = false;
  private pointer = { x: -1, y: -1 };
  private frame = 0;
  private closeTimer: number | undefined;
  private listening = false;
  /** The page has been read at least once (automatically, or because the popup asked). */
  private scanned = false;

  constructor(private readonly ctx: ContentScriptContext, private readonly doc: Document) {
    this.card = new CardHost(doc);
  }

  async start(): Promise<void> {
    mark('start');
    // Replies go through sendResponse (returning true keeps the channel open), which both
    // Chrome and Firefox honour without a polyfill.
    const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void): true | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = parseContentMessage(raw);
      if (!parsed.ok) return undefined; // not for the content script
      void this.answer(parsed.value).then(sendResponse, (e: Error) => sendResponse({ ok: false, error: e.message }));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      this.clear(false);
    });
    this.settings = await loadSettings();
    this.ctx.onInvalidated(onSettingsChanged((s) => this.applySettings(s)));
    this.observe();
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.settings.autoScan && this.schedule(RESCAN_DELAY_MS));
    if (this.enabled && this.settings.autoScan) await this.scan();
  }

  private get enabled(): boolean {
    return !this.settings.disabledSites.includes(location.hostname);
  }

  private applySettings(next: Settings): void {
    const wasEnabled = this.enabled;
    this.settings = next;
    if (!this.enabled) this.clear(true);
    else if (!wasEnabled) this.schedule(0);
    else this.paint();
  }

  // Live blogs, infinite scroll and single-page apps add text later: re-read, debounced,
  // when new text names the region or the page already had claims.
  private observe(): void {
    const observer = new MutationObserver((mutations) => {
      if (!this.enabled || !(this.settings.autoScan || this.scanned)) return;
      let relevant = this.shown.length > 0;
      for (const m of mutations) {
        if (relevant) break;
        if (this.card.contains(m.target)) continue;
        if (m.type === 'characterData') relevant = pageNamesRegion((m.target as CharacterData).data);
        for (const node of Array.from(m.addedNodes)) {
          if (!this.card.contains(node) && pageNamesRegion(node.textContent ?? '')) relevant = true;
        }
      }
      if (relevant) this.schedule(RESCAN_DELAY_MS);
    });
    observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => observer.disconnect());
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => void this.scan(), ms);
  }

  private async scan(): Promise<void> {
    if (this.scanning) {
      this.again = true;
      return;
    }
    this.scanning = true;
    try {
      await this.read();
    } catch {
      // A page that changes under us is read again on its next change.
    } finally {
      this.scanning = false;
      if (this.again) {
        this.again = false;
        this.schedule(RESCAN_DELAY_MS);
      }
    }
  }

  private async read(): Promise<void> {
    const body = this.doc.body;
    if (!body || !this.enabled) return;
    this.scanned = true;
    // The cheap first look: a page that never names the region costs one read of its text and
    // a few literal searches.
    const gateStart = performance.now();
    // (The title is not looked at: claims are found in the body's text, and a body that never
    // names the region has none however the page is titled.)
    const relevant = pageNamesRegion(body.textContent ?? '');
    mark('gate', gateStart);
    step(gateStart);
    if (!relevant) {
      mark('gated');
      if (this.shown.length) this.clear(true);
      return;
    }
    // Reading is sliced; finding and judging the claims happens in the background, off the
    // page's main thread, with the same lib/ code the command line uses.
    const page = await readVisibleTextSliced(body, async (worked) => {
      longestStep = Math.max(longestStep, worked);
      await pause();
    }, SLICE_MS, { isHidden: (el) => this.card.contains(el) });
    const date = publishedDate(this.doc);
    let claims: CompactClaim[];
    if (this.judged && this.judged.text === page.text && this.judged.date === date) {
      claims = this.judged.claims;
    } else {
      this.details.clear();
      // Sending copies the text synchronously: that copy counts as main-thread work too.
      const sendStart = performance.now();
      const pending = askBackground({ type: 'judge', page: this.pageInfo(date), text: page.text });
      step(sendStart);
      const reply = await pending;
      if (!reply.ok) return;
      claims = reply.value;
      this.judged = { text: page.text, date, claims };
    }
    const shown: Shown[] = [];
    let started = performance.now();
    for (const [index, claim] of claims.entries()) {
      const range = rangeOf(page, claim.start, claim.end);
      if (range && isVisible(range)) shown.push({ claim, index, range });
      if (performance.now() - started > SLICE_MS) {
        step(started);
        await pause();
        started = performance.now();
      }
    }
    step(started);
    this.text = page.text;
    this.date = date;
    this.shown = shown;
    const paintStart = performance.now();
    this.paint();
    step(paintStart);
    mark('painted');
    try {
      performance.measure('crosscheck:longest-step', { start: 0, duration: longestStep });
    } catch {
      // as above
    }
    void askBackground({ type: 'page-verdicts', verdicts: this.shown.map((s) => s.claim.verdict), page: this.pageInfo(date) });
  }

  private pageInfo(date: string | null): PageInfo {
    return { url: location.href, title: this.doc.title, host: location.hostname, date };
  }

  /** The claims that get a highlight: all, or all but unverified ones if the user chose so. */
  private get marked(): Shown[] {
    return this.settings.highlightUnverified ? this.shown : this.shown.filter((s) => s.claim.verdict !== 'unverified');
  }

  /** The claims whose highlights are registered now: all of them, or a window on a huge page. */
  private painted: Shown[] = [];

  private paint(): void {
    setHighlightStyle(this.doc, this.settings.highlightStyle);
    const marked = this.marked;
    this.painted = marked.length > FULL_LIMIT ? nearViewport(marked) : marked;
    if (this.settings.highlightsOn && this.painted.length) paintHighlights(this.painted.map((s) => ({ range: s.range, verdict: s.claim.verdict })));
    else clearHighlights();
    if (this.shown.length && !this.listening) this.listen();
    if (this.card.isOpen) this.card.hide();
  }

  private clear(tellBackground: boolean): void {
    clearHighlights();
    this.card.destroy();
    this.shown = [];
    if (tellBackground) void askBackground({ type: 'page-verdicts', verdicts: [] });
  }

  // Hover and keyboard: cards open on hovering a highlighted claim, and close on Esc.
  private listen(): void {
    this.listening = true;
    this.ctx.addEventListener(this.doc, 'mousemove', (e: MouseEvent) => {
      this.pointer = { x: e.clientX, y: e.clientY };
      if (!this.frame) this.frame = this.ctx.requestAnimationFrame(() => this.hover());
    }, { passive: true });
    this.ctx.addEventListener(this.doc, 'keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.card.isOpen) this.closeCard();
    }, { capture: true });
    let scrollFrame = 0;
    this.ctx.addEventListener(window, 'scroll', () => {
      if (this.card.isOpen && !this.pinned) this.closeCard();
      else if (this.card.isOpen) this.openCard(this.card.shownIndex, false);
      // On a huge page the registered window follows the reader.
      if (this.marked.length > FULL_LIMIT && !scrollFrame) {
        scrollFrame = this.ctx.requestAnimationFrame(() => {
          scrollFrame = 0;
          const window = nearViewport(this.marked);
          if (window[0] !== this.painted[0] || window.length !== this.painted.length) this.paintWindow(window);
        });
      }
    }, { passive: true });
  }

  private paintWindow(window: Shown[]): void {
    this.painted = window;
    if (this.settings.highlightsOn) paintHighlights(window.map((s) => ({ range: s.range, verdict: s.claim.verdict })));
  }

  private hover(): void {
    this.frame = 0;
    if (!this.settings.highlightsOn || !this.shown.length) return;
    const { x, y } = this.pointer;
    const cardBox = this.card.cardRect();
    if (cardBox && inside([cardBox], x, y, 6)) return this.keepOpen();
    const hit = this.painted.find((s) => inside(Array.from(s.range.getClientRects()), x, y, 2));
    const i = hit ? this.shown.indexOf(hit) : -1;
    if (i >= 0) {
      this.keepOpen();
      if (this.card.shownIndex !== i && this.wanted !== i) {
        this.pinned = false;
        this.openCard(i, false);
      }
    } else if (this.card.isOpen && !this.pinned && this.closeTimer === undefined) {
      this.closeTimer = this.ctx.setTimeout(() => this.closeCard(), 350);
    }
  }

  private keepOpen(): void {
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  /** A claim's full verdict, fetched from the background once; re-read if the background lost it. */
  private async detailsOf(s: Shown): Promise<CheckedClaim | null> {
    const cached = this.details.get(s.index);
    if (cached) return cached;
    let reply = await askBackground({ type: 'claim-details', index: s.index });
    if (!reply.ok && reply.error.startsWith('expired')) {
      this.judged = null;
      await this.read();
      const again = this.shown.find((x) => x.claim.start === s.claim.start && x.claim.text === s.claim.text);
      if (!again) return null;
      reply = await askBackground({ type: 'claim-details', index: again.index });
    }
    if (!reply.ok) return null;
    this.details.set(s.index, reply.value);
    return reply.value;
  }

  private openCard(i: number, focus: boolean): void {
    const s = this.shown[i];
    if (!s) return;
    this.wanted = i;
    void this.detailsOf(s).then((claim) => {
      if (claim && this.wanted === i) this.showCard(s, claim, i, focus);
    });
  }

  /** The card the reader last asked for: a slow answer for an older hover is dropped. */
  private wanted = -1;

  private showCard(s: Shown, claim: CheckedClaim, i: number, focus: boolean): void {
    this.card.show(claim, this.text.slice(s.claim.sentence.start, s.claim.sentence.end), i, this.shown.length, Array.from(s.range.getClientRects()), focus, {
      onClose: () => this.closeCard(),
      onStep: (by) => this.step(by),
      onOpenSource: (src: SourceEvidence) => void askBackground({ type: 'open-source', id: src.id, start: src.passage[0], end: src.passage[1] }),
      onCompare: () => void askBackground({ type: 'open-compare', measure: claim.measure, claim: compareMark(claim) }),
      onFeedback: async (comment: string) => {
        const r = await askBackground({
          type: 'record-feedback',
          feedback: { url: location.href, claim: s.claim.text, verdict: s.claim.verdict, sentence: this.text.slice(s.claim.sentence.start, s.claim.sentence.end), comment },
        });
        return r.ok ? null : r.error;
      },
    });
  }

  private closeCard(): void {
    this.keepOpen();
    this.pinned = false;
    this.wanted = -1;
    this.card.hide();
  }

  /** Steps to the next (or previous) claim, scrolls it into view and opens its card with focus. */
  private step(by: 1 | -1): void {
    const n = this.shown.length;
    if (!n) return;
    const i = this.card.isOpen ? (this.card.shownIndex + by + n) % n : by > 0 ? 0 : n - 1;
    this.scrollTo(i);
    this.pinned = true;
    this.ctx.requestAnimationFrame(() => this.openCard(i, true));
  }

  private scrollTo(i: number): Range | null {
    const s = this.shown[i];
    if (!s) return null;
    const el = s.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    return s.range;
  }

  /** The page as the popup lists it: every claim compact, in the order of the page. */
  private summary(): PageSummary {
    return { id: location.href, url: location.href, title: this.doc.title, date: this.date, text: this.text, claims: this.shown.map((s) => s.claim), host: location.hostname, enabled: this.enabled, scanned: this.scanned };
  }

  /** The page's report with every claim in full (fetched from the background, which holds them), for exports. */
  private async report(): Promise<Result<Report>> {
    let claims: CheckedClaim[] = [];
    if (this.shown.length) {
      let all = await askBackground({ type: 'tab-claims' });
      if (!all.ok && all.error.startsWith('expired')) {
        this.judged = null;
        await this.read();
        all = await askBackground({ type: 'tab-claims' });
      }
      if (!all.ok) return all;
      claims = this.shown.map((s) => all.value[s.index]).filter((c): c is CheckedClaim => !!c);
    }
    return { ok: true, value: { id: location.href, url: location.href, title: this.doc.title, date: this.date, text: this.text, claims } };
  }

  private async answer(message: Message<ContentApi>): Promise<Result<unknown>> {
    switch (message.type) {
      case 'get-summary':
        return { ok: true, value: this.summary() };
      case 'claim-details': {
        const s = this.shown[message.index];
        const claim = s ? await this.detailsOf(s) : null;
        return claim ? { ok: true, value: claim } : { ok: false, error: `no claim ${message.index} on this page; reopen the popup` };
      }
      case 'get-report':
        return this.report();
      case 'scroll-to-claim': {
        const range = this.scrollTo(message.index);
        if (!range) return { ok: false, error: `no claim ${message.index} on this page` };
        flash(range);
        return { ok: true, value: null };
      }
      case 'toggle-highlights': {
        const on = !this.settings.highlightsOn;
        this.settings = { ...this.settings, highlightsOn: on };
        this.paint();
        await browser.storage.local.set({ highlightsOn: on });
        return { ok: true, value: { on } };
      }
      case 'next-claim':
        this.step(1);
        return { ok: true, value: null };
      case 'rescan':
        if (!this.enabled) return { ok: false, error: 'the extension is switched off for this site' };
        await this.scan();
        return { ok: true, value: null };
    }
  }
}

/** The claim as the timeline draws it: its text, a value (the stated one) and its day. */
export function compareMark(c: CheckedClaim): { text: string; value: number; asOf: string | null } {
  const low = typeof c.figure.low === 'number' ? c.figure.low : null;
  const high = typeof c.figure.high === 'number' ? c.figure.high : null;
  const value = low !== null && high !== null ? (low + high) / 2 : (low ?? high ?? 0);
  return { text: c.text.replace(/\s+/g, ' '), value: c.qualifier === 'gt' || c.qualifier === 'ge' ? (low ?? value) : c.qualifier === 'approx' ? value : (high ?? value), asOf: c.asOf };
}

/** The claims within about two screens of the viewport, found by bisection (claims are in document order). */
function nearViewport(all: Shown[]): Shown[] {
  const h = innerHeight;
  const top = (s: Shown) => s.range.getBoundingClientRect().top;
  const firstAt = (y: number) => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (top(all[mid]!) < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = firstAt(-2 * h);
  const to = Math.min(all.length, Math.max(firstAt(3 * h), from + 1), from + FULL_LIMIT);
  return all.slice(from, to);
}

function inside(rects: DOMRect[], x: number, y: number, slack: number): boolean {
  return rects.some((r) => x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack);
}

// Text in a collapsed, hidden or zero-size element is not shown to the reader: no claim there.
function isVisible(range: Range): boolean {
  const el = range.startContainer.parentElement;
  if (!el) return false;
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ checkVisibilityCSS: true } as CheckVisibilityOptions)) return false;
  return range.getClientRects().length > 0;
}
