import browser, { type Runtime } from 'webextension-polyfill';
import { parseIsoDate } from '../lib/calendar';
import { checkText, type CheckedClaim } from '../lib/check';
import { parseBackgroundMessage, senderMayAsk, type BackgroundApi, type Message, type Result } from '../lib/messages';
import { VERDICTS_BY_SEVERITY, type Verdict } from '../lib/verdict';
import { PassageSearch } from '../lib/search';
import { isoOfDay } from '../lib/calendar';
import { quoteOf } from '../lib/check';
import { textFragmentUrl, type OwnSource } from '../lib/own-sources';
import { loadIndex, withExtraSources, type SourceIndex } from '../lib/source-index';
import { measureInfo } from '../lib/measures';
import { loadSettings } from './settings';
import { Store } from './store';
import { VERDICT_STYLE } from '../components/verdict-style';
import { openSidePanel } from '../components/side-panel-open';

const MENU_ID = 'crosscheck-selection';
/** The longest selection the context menu passes on (the popup's "Check text" takes the same). */
export const MAX_SELECTION = 100_000;

type Handled = Result<unknown>;

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

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => handle(raw, sender));

  async function handle(raw: unknown, sender: Runtime.MessageSender): Promise<Handled> {
    const parsed = parseBackgroundMessage(raw);
    if (!parsed.ok) return parsed;
    const message = parsed.value;
    const allowed = senderMayAsk(message.type, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!allowed.ok) return allowed;
    if (!bundled) return { ok: false, error: `the source index could not be loaded: ${indexError}` };
    try {
      if (message.type === 'own-sources-changed') {
        own = null;
        return { ok: true, value: null };
      }
      if (message.type === 'store-status') {
        const { sources, error } = await ownSources();
        return { ok: true, value: { available: error === null, error, ownSources: sources.length } };
      }
      return await answer(message, sender, await currentIndex());
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }

  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Cross-check selection', contexts: ['selection'] });
    // First run only (not on an update): the demo article with a short welcome.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/demo.html#welcome') });
  });
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
const tabKey = (sender: Runtime.MessageSender) => `${sender.tab?.id}:${sender.frameId ?? 0}`;

async function withStore(fn: (s: Store) => Promise<void>): Promise<void> {
  const store = await Store.open();
  try {
    await fn(store);
  } finally {
    store.close();
  }
}

async function answer(message: Message<BackgroundApi>, sender: Runtime.MessageSender, index: SourceIndex): Promise<Handled> {
  switch (message.type) {
    case 'judge': {
      const pageDay = message.page.date ? (parseIsoDate(message.page.date) ?? undefined) : undefined;
      const claims = checkText(message.text, index, { pageDay });
      if (sender.tab?.id !== undefined) tabClaims.set(tabKey(sender), claims);
      return { ok: true, value: claims.map(({ start, end, text, verdict, sentence, understood }) => ({ start, end, text, verdict, sentence, understood })) };
    }
    case 'claim-details': {
      const claim = tabClaims.get(tabKey(sender))?.[message.index];
      return claim ? { ok: true, value: claim } : { ok: false, error: 'expired: the verdicts of this page are no longer held; read the page again' };
    }
    case 'tab-claims': {
      const claims = tabClaims.get(tabKey(sender));
      return claims ? { ok: true, value: claims } : { ok: false, error: 'expired: the verdicts of this page are no longer held; read the page again' };
    }
    case 'page-verdicts':
      if (sender.tab?.id !== undefined) await setBadge(sender.tab.id, message.verdicts);
      if (message.page && message.verdicts.length && (await loadSettings()).historyOn) {
        const counts: Record<string, number> = {};
        for (const v of message.verdicts) counts[v] = (counts[v] ?? 0) + 1;
        await withStore((s) => s.recordHistory({ url: message.page!.url, title: message.page!.title, date: message.page!.date, at: new Date().toISOString(), counts }));
      }
      return { ok: true, value: null };
    case 'record-feedback':
      await withStore((s) => s.addFeedback({ ...message.feedback, at: new Date().toISOString() }));
      return { ok: true, value: null };
    case 'list-statements':
      return {
        ok: true,
        value: index.statements
          .filter((s) => s.measure === message.measure)
          .map((s) => {
            const src = index.sources[s.source]!;
            const q = quoteOf(src.text, s);
            const num = (x: number) => (Number.isFinite(x) ? x : null);
            return { source: src.id, outlet: src.outlet, date: src.date, own: src.id.startsWith('own-'), raw: s.raw, value: s.value, low: num(s.low), high: num(s.high), unit: s.unit, measure: s.measure, event: s.event, asOf: s.asOf !== undefined ? isoOfDay(s.asOf) : null, ...q };
          }),
      };
    case 'check-text': {
      const pageDay = message.date ? (parseIsoDate(message.date) ?? undefined) : undefined;
      return { ok: true, value: checkText(message.text, index, { pageDay }) };
    }
    case 'open-source': {
      const source = index.sources.find((s) => s.id === message.id);
      if (!source) return { ok: false, error: `no source "${message.id}"` };
      // An own source with an address opens the original page at the passage (a Text Fragment link).
      if (source.url) {
        await browser.tabs.create({ url: textFragmentUrl(source.url, source.text.slice(message.start, message.end)) });
        return { ok: true, value: null };
      }
      const hash = new URLSearchParams({ source: message.id, start: String(message.start), end: String(message.end) });
      await browser.tabs.create({ url: browser.runtime.getURL(`/sources.html#${hash}`) });
      return { ok: true, value: null };
    }
    case 'get-source': {
      const at = index.sources.findIndex((s) => s.id === message.id);
      if (at < 0) return { ok: false, error: `no source "${message.id}"` };
      const figures = index.statements.filter((s) => s.source === at).map((s) => ({ start: s.start, end: s.end, measure: s.measure }));
      return { ok: true, value: { ...index.sources[at]!, figures } };
    }
    case 'list-measures': {
      const counts = new Map<string, number>();
      for (const s of index.statements) counts.set(s.measure, (counts.get(s.measure) ?? 0) + 1);
      return { ok: true, value: [...counts].sort((a, b) => b[1] - a[1]).map(([measure, count]) => ({ measure, label: measureInfo(measure).label, count })) };
    }
    case 'open-compare': {
      const hash = new URLSearchParams({ compare: message.measure });
      if (message.claim) {
        hash.set('claim', message.claim.text);
        hash.set('value', String(message.claim.value));
        if (message.claim.asOf) hash.set('asOf', message.claim.asOf);
      }
      await browser.tabs.create({ url: browser.runtime.getURL(`/sources.html#${hash}`) });
      return { ok: true, value: null };
    }
    case 'own-sources-changed':
    case 'store-status':
      return { ok: false, error: `${message.type} is answered before matching` };
    case 'search-sources':
      search ??= new PassageSearch(index);
      return { ok: true, value: search.search(message.query) };
    case 'list-sources': {
      const counts = new Map<number, number>();
      for (const s of index.statements) counts.set(s.source, (counts.get(s.source) ?? 0) + 1);
      return { ok: true, value: index.sources.map(({ text: _text, ...meta }, i) => ({ ...meta, figures: counts.get(i) ?? 0 })) };
    }
  }
}

/** The toolbar badge: how many claims the tab has, coloured by the worst verdict; empty when none. */
async function setBadge(tabId: number, verdicts: Verdict[]): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const worst = VERDICTS_BY_SEVERITY.find((v) => verdicts.includes(v));
  const n = verdicts.length;
  try {
    await action.setBadgeText({ tabId, text: n ? (n > 99 ? '99+' : String(n)) : '' });
    if (worst) await action.setBadgeBackgroundColor({ tabId, color: VERDICT_STYLE[worst].color });
    await action.setTitle({ tabId, title: n ? `Karabakh Cross-check: ${n} claim${n === 1 ? '' : 's'}, worst: ${worst}` : 'Karabakh Cross-check' });
  } catch {
    // The tab closed while its claims were judged.
  }
}
