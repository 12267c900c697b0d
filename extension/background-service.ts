import browser, { type Runtime } from 'webextension-polyfill';
import { isoOfDay, parseIsoDate } from '../lib/calendar';
import { checkTextInSlices, quoteOf, type CheckedClaim } from '../lib/check';
import { historyAddress, MAX_CLAIMS, mayRecord, parseBackgroundMessage, refusal, senderMayAsk, type BackgroundApi, type BackgroundHandlers, type Message, type Reply } from '../lib/messages';
import { VERDICTS_BY_SEVERITY, type Verdict } from '../lib/verdict';
import { PassageSearch } from '../lib/search';
import { originalPageAt, type OwnSource } from '../lib/own-sources';
import { UI_LOCALES } from '../lib/message-format';
import { messagesOf } from './ui-language';
import { loadIndex, withExtraSources, type SourceIndex } from '../lib/source-index';
import { measureInfo } from '../lib/measures';
import { listingOf } from '../lib/statements/listing';
import { corpusCoverage } from '../lib/citation';
import { Store } from './store';
import { VERDICT_STYLE, verdictName } from '../components/verdict-style';
import { t, tp } from './i18n';
import { openSidePanel } from '../components/side-panel-open';
import { followUiLanguage, menuTitle, withWords } from './background-language';
import { loadSettings, readsPagesItself, type Settings } from './settings';
import { benchMark } from './bench-marks';

const MENU_ID = 'crosscheck-selection';
/** The longest selection the context menu passes on (the popup's "Check text" takes the same). */
export const MAX_SELECTION = 100_000;

/** What a handler knows besides its request: who sent it and the index to match against. */
interface Context {
  sender: Runtime.MessageSender;
  index: () => Promise<SourceIndex>;
  /** Own sources were changed: read them again before the next match. */
  reloadOwn: () => void;
  ownSources: () => Promise<{ sources: OwnSource[]; error: string | null }>;
  /** The user's settings, read once and again after they change. */
  settings: () => Promise<Settings>;
}

/**
 * The background: holds the index and the matcher, answers the content script and the
 * extension pages through the message protocol, keeps the badge, the context menu and the
 * keyboard commands.
 */
export function startBackground(indexJson: string): void {
  let bundled: SourceIndex | null = null;
  let indexError = '';
  try {
    bundled = loadIndex(indexJson, 'the bundled index');
  } catch (e) {
    indexError = (e as Error).message;
  }
  // Own sources are read from IndexedDB once, and again when the options page changes them.
  // If the store cannot be opened, matching goes on with the bundled corpus and says why.
  let own: Promise<{ sources: OwnSource[]; error: string | null }> | null = null;
  let merged: { index: SourceIndex; from: OwnSource[] } | null = null;
  const ownSources = () =>
    (own ??= Store.open()
      .then(async (store) => {
        try {
          return { sources: await store.listSources(), error: null };
        } finally {
          store.close();
        }
      })
      .catch((e: Error) => ({ sources: [], error: e.message })));
  const currentIndex = async (): Promise<SourceIndex> => {
    const { sources } = await ownSources();
    if (!merged || merged.from !== sources) {
      merged = { index: withExtraSources(bundled!, sources), from: sources };
      search = undefined;
    }
    return merged.index;
  };

  // The settings are held here, so a page's loader can ask for its reader without waiting for storage.
  let settingsNow: Promise<Settings> | null = null;
  const settings = () => (settingsNow ??= loadSettings());
  browser.storage.onChanged.addListener((_change, area) => {
    if (area === 'local') settingsNow = null;
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => handle(raw, sender));

  async function handle(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    const parsed = parseBackgroundMessage(raw);
    if (!parsed.ok) return parsed;
    const message = parsed.value;
    const allowed = senderMayAsk(message.type, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!allowed.ok) return allowed;
    if (!bundled) return refusal('unavailable', t('error_indexUnavailable', indexError));
    try {
      const handler = HANDLERS[message.type] as (m: Message<BackgroundApi>, c: Context) => Promise<Reply<unknown>>;
      return await handler(message, { sender, index: currentIndex, ownSources, reloadOwn: () => (own = null), settings });
    } catch (e) {
      return refusal('failed', (e as Error).message);
    }
  }

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // The menu is made once, in the language in use; followUiLanguage below renames it when the setting changes.
    browser.contextMenus.create({ id: MENU_ID, title: menuTitle(), contexts: ['selection'] });
    // First run only (not on an update): the demo article with a short welcome.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/demo.html#welcome') });
  });
  // The menu, the badge's title and the errors follow the options' language, not only the browser's.
  void followUiLanguage(() => void browser.contextMenus.update(MENU_ID, { title: menuTitle() }).catch(() => undefined));
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const text = info.selectionText.slice(0, MAX_SELECTION);
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#check=${encodeURIComponent(text)}`) });
  });
  // Chrome opens a side panel only in answer to a gesture: called at once, before any await.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') void openSidePanel(tab?.id ?? null);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights' && command !== 'next-claim') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: command }).catch(() => undefined);
  });
  // A new page in the tab starts with no badge until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void setBadge(tabId, []);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const key of tabClaims.keys()) if (key.startsWith(`${tabId}:`)) tabClaims.delete(key);
  });
}

let search: PassageSearch | undefined;

/** Each tab's (and frame's) full verdicts, kept while the page is open; cards and the popup read them. */
const tabClaims = new Map<string, CheckedClaim[]>();
/** The card's script, built from entrypoints/card.content.ts and injected on demand. */
const CARD_SCRIPT = '/content-scripts/card.js';
const READER_SCRIPT = '/content-scripts/reader.js';

/**
 * Lets the worker every tab shares answer other requests between slices of a huge page's judging
 * (a macrotask, so their message events run).
 */
const yieldToOtherRequests = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const tabKey = (sender: Runtime.MessageSender) => `${sender.tab?.id}:${sender.frameId ?? 0}`;

async function withStore<T>(fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await Store.open();
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/**
 * Whether the sender's window is private. A content script's tab says so; an extension page
 * with no tab (the popup) speaks for the window it was opened on, the focused one.
 */
async function fromPrivateWindow(sender: Runtime.MessageSender): Promise<boolean> {
  if (sender.tab) return sender.tab.incognito;
  try {
    return (await browser.windows.getLastFocused()).incognito;
  } catch {
    return true; // unknown: treat as private, so nothing is recorded by mistake
  }
}

/** Every request's handler; the compiler checks each against the message table's reply type. */
const HANDLERS: BackgroundHandlers<Context> = {
  async judge(message, { sender, index, settings }) {
    if (message.automatic && !readsPagesItself(await settings(), sender.url)) return refusal('forbidden', 'judge: pages on this site are read only when asked');
    benchMark('sw:judge');
    const pageDay = message.page.date ? (parseIsoDate(message.page.date) ?? undefined) : undefined;
    // A page's first MAX_CLAIMS claims are judged and kept, so its page-verdicts report stays within bounds.
    const claims = (await checkTextInSlices(message.text, await index(), { pageDay, maxClaims: MAX_CLAIMS }, yieldToOtherRequests)).slice(0, MAX_CLAIMS);
    if (sender.tab?.id !== undefined) tabClaims.set(tabKey(sender), claims);
    benchMark('sw:judged');
    return { ok: true, value: claims.map(({ start, end, text, verdict, sentence, understood, kind, strength }) => ({ start, end, text, verdict, sentence, understood, kind, strength: strength ?? null })) };
  },
  async 'load-reader'(message, { sender, settings }) {
    // Every page loads only the gate and a loader; the reader, painter and card controller come
    // into the asking frame's isolated world when the page names the region or is asked something.
    if (sender.tab?.id === undefined) return refusal('forbidden', 'load-reader: only a tab can load the reader');
    if (message.automatic && !readsPagesItself(await settings(), sender.url)) return refusal('forbidden', 'load-reader: pages on this site are read only when asked');
    await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [READER_SCRIPT], injectImmediately: true });
    return { ok: true, value: null };
  },
  async 'load-card'(_message, { sender }) {
    // The card (Preact, its styles, the source card) is not in the script every page loads: it is
    // injected into the asking frame's isolated world when a card first opens there.
    if (sender.tab?.id === undefined) return refusal('forbidden', 'load-card: only a tab can load the card');
    await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [CARD_SCRIPT] });
    return { ok: true, value: null };
  },
  async 'claim-details'(message, { sender }) {
    const claim = tabClaims.get(tabKey(sender))?.[message.index];
    return claim ? { ok: true, value: await withWords(claim) } : refusal('expired', t('error_expired'));
  },
  async 'tab-claims'(_message, { sender }) {
    const claims = tabClaims.get(tabKey(sender));
    return claims ? { ok: true, value: claims } : refusal('expired', t('error_expired'));
  },
  async 'page-verdicts'(message, { sender }) {
    if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) await setBadge(sender.tab.id, message.verdicts);
    if (!message.page || !message.verdicts.length) return { ok: true, value: null };
    // The address is the sender's (the browser's word), not the message's, and keeps only origin and path.
    const url = (sender.frameId ?? 0) === 0 ? historyAddress(sender.url) : null;
    if (!url) return { ok: true, value: null };
    const incognito = await fromPrivateWindow(sender);
    const page = message.page;
    await withStore(async (s) => {
      if (!mayRecord('history', await s.getPrivacy(), incognito)) return;
      const counts: Record<string, number> = {};
      for (const v of message.verdicts) counts[v] = (counts[v] ?? 0) + 1;
      await s.recordHistory({ url, title: page.title, date: page.date, at: new Date().toISOString(), counts });
    });
    return { ok: true, value: null };
  },
  async 'record-feedback'(message, { sender }) {
    const incognito = await fromPrivateWindow(sender);
    // A content script reports on its own page: the browser's address for it is used, not the
    // message's. It is kept whole, as the popup's export finds a page's reports by its address.
    const fromContentScript = !!sender.tab && !(sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    const url = fromContentScript ? (sender.url ?? '') : message.feedback.url;
    return withStore(async (s) => {
      if (!mayRecord('feedback', await s.getPrivacy(), incognito)) return refusal('not-recorded', t('error_feedbackPrivate'));
      await s.addFeedback({ ...message.feedback, url, at: new Date().toISOString() });
      return { ok: true, value: null };
    });
  },
  async 'own-sources-changed'(_message, { reloadOwn }) {
    reloadOwn();
    return { ok: true, value: null };
  },
  async 'store-status'(_message, { ownSources }) {
    const { sources, error } = await ownSources();
    return { ok: true, value: { available: error === null, error, ownSources: sources.length } };
  },
  async privacy(message) {
    const change = { ...(message.historyOn !== undefined ? { historyOn: message.historyOn } : {}), ...(message.recordIncognito !== undefined ? { recordIncognito: message.recordIncognito } : {}) };
    try {
      return { ok: true, value: await withStore((s) => (Object.keys(change).length ? s.setPrivacy(change) : s.getPrivacy())) };
    } catch (e) {
      return refusal('unavailable', (e as Error).message);
    }
  },
  async 'list-statements'(message, { index }) {
    const ix = await index();
    return {
      ok: true,
      value: ix.statements
        .filter((s) => s.measure === message.measure)
        .map((s) => {
          const src = ix.sources[s.source]!;
          const q = quoteOf(src.text, s);
          const num = (x: number) => (Number.isFinite(x) ? x : null);
          return { source: src.id, outlet: src.outlet, date: src.date, own: src.id.startsWith('own-'), raw: s.raw, value: s.value, low: num(s.low), high: num(s.high), unit: s.unit, measure: s.measure, event: s.event, asOf: s.asOf !== undefined ? isoOfDay(s.asOf) : null, ...q };
        }),
    };
  },
  async 'check-text'(message, { index }) {
    const pageDay = message.date ? (parseIsoDate(message.date) ?? undefined) : undefined;
    return { ok: true, value: (await checkTextInSlices(message.text, await index(), { pageDay, maxClaims: MAX_CLAIMS }, yieldToOtherRequests)).slice(0, MAX_CLAIMS) };
  },
  async 'open-source'(message, { index }) {
    const source = (await index()).sources.find((s) => s.id === message.id);
    if (!source) return refusal('not-found', t('error_noSource', message.id));
    if (message.end > source.text.length) return refusal('invalid', `open-source: the passage ends after the source's text (${source.text.length} characters)`);
    // An own source with a web address opens the original page at the passage (a Text Fragment link).
    // A bundled report's address is shown beside it and cited; the passage itself opens in the
    // sources view, which works offline and marks it.
    const original = source.id.startsWith('own-') ? originalPageAt(source, message.start, message.end) : null;
    if (original) {
      await browser.tabs.create({ url: original });
      return { ok: true, value: null };
    }
    const hash = new URLSearchParams({ source: message.id, start: String(message.start), end: String(message.end) });
    await browser.tabs.create({ url: browser.runtime.getURL(`/sources.html#${hash}`) });
    return { ok: true, value: null };
  },
  async 'get-source'(message, { index }) {
    const ix = await index();
    const at = ix.sources.findIndex((s) => s.id === message.id);
    if (at < 0) return refusal('not-found', t('error_noSource', message.id));
    const figures = ix.statements.filter((s) => s.source === at).map((s) => ({ start: s.start, end: s.end, measure: s.measure }));
    // Its statements of who did what, beside its figures (own sources are read for them too).
    const statements = ix.reportStatements.filter((s) => s.source === at).map(listingOf);
    return { ok: true, value: { ...ix.sources[at]!, figures, statements } };
  },
  async 'list-measures'(_message, { index }) {
    const counts = new Map<string, number>();
    for (const s of (await index()).statements) counts.set(s.measure, (counts.get(s.measure) ?? 0) + 1);
    return { ok: true, value: [...counts].sort((a, b) => b[1] - a[1]).map(([measure, count]) => ({ measure, label: measureInfo(measure).label, count })) };
  },
  async 'open-compare'(message) {
    const hash = new URLSearchParams({ compare: message.measure });
    if (message.claim) {
      hash.set('claim', message.claim.text);
      hash.set('value', String(message.claim.value));
      if (message.claim.asOf) hash.set('asOf', message.claim.asOf);
    }
    await browser.tabs.create({ url: browser.runtime.getURL(`/sources.html#${hash}`) });
    return { ok: true, value: null };
  },
  async 'search-sources'(message, { index }) {
    search ??= new PassageSearch(await index());
    return { ok: true, value: search.search(message.query) };
  },
  async 'list-sources'(_message, { index }) {
    const ix = await index();
    const counts = new Map<number, number>();
    for (const s of ix.statements) counts.set(s.source, (counts.get(s.source) ?? 0) + 1);
    const said = new Map<number, number>();
    for (const s of ix.reportStatements) said.set(s.source, (said.get(s.source) ?? 0) + 1);
    return { ok: true, value: ix.sources.map(({ text: _text, ...meta }, i) => ({ ...meta, figures: counts.get(i) ?? 0, statements: said.get(i) ?? 0 })) };
  },
  async 'corpus-coverage'(_message, { index }) {
    return { ok: true, value: corpusCoverage((await index()).sources) };
  },
  async 'ui-messages'(message) {
    // Only the extension's own languages.
    if (!(UI_LOCALES as readonly string[]).includes(message.locale)) return refusal('invalid', `ui-messages: no language "${message.locale}"; the extension has ${UI_LOCALES.join(', ')}`);
    return { ok: true, value: await messagesOf(message.locale) };
  },
};

/** The toolbar badge: how many claims the tab has, coloured by the worst verdict; empty when none. */
async function setBadge(tabId: number, verdicts: Verdict[]): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const worst = VERDICTS_BY_SEVERITY.find((v) => verdicts.includes(v));
  const n = verdicts.length;
  try {
    await action.setBadgeText({ tabId, text: n ? (n > 99 ? '99+' : String(n)) : '' });
    if (worst) await action.setBadgeBackgroundColor({ tabId, color: VERDICT_STYLE[worst].color });
    await action.setTitle({ tabId, title: n && worst ? tp('badge_title', n, t('extName'), verdictName(worst).toLowerCase()) : t('extName') });
  } catch {
    // The tab closed while its claims were judged.
  }
}
