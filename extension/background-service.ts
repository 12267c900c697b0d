import browser, { type Runtime } from 'webextension-polyfill';
import { parseIsoDate } from '../lib/calendar';
import { checkText, judgeClaim } from '../lib/check';
import { decodeClaims, parseBackgroundMessage, type BackgroundApi, type Message, type Result } from '../lib/messages';
import { VERDICTS_BY_SEVERITY, type Verdict } from '../lib/verdict';
import { PassageSearch } from '../lib/search';
import { loadIndex, type SourceIndex } from '../lib/source-index';
import { VERDICT_STYLE } from '../components/verdict-style';

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
  let index: SourceIndex | null = null;
  let indexError = '';
  try {
    index = loadIndex(indexJson, 'the bundled index');
  } catch (e) {
    indexError = (e as Error).message;
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => handle(raw, sender));

  async function handle(raw: unknown, sender: Runtime.MessageSender): Promise<Handled> {
    const parsed = parseBackgroundMessage(raw);
    if (!parsed.ok) return parsed;
    const message = parsed.value;
    const allowed = senderMayAsk(message.type, sender);
    if (!allowed.ok) return allowed;
    if (!index) return { ok: false, error: `the source index could not be loaded: ${indexError}` };
    try {
      return await answer(message, sender, index);
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Cross-check selection', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const text = info.selectionText.slice(0, MAX_SELECTION);
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#check=${encodeURIComponent(text)}`) });
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
}

// Which part of the extension may ask what: pages' content scripts judge their own claims;
// only extension pages read sources or check arbitrary text.
function senderMayAsk(type: keyof BackgroundApi, sender: Runtime.MessageSender): Result<null> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'messages are taken from this extension only' };
  const fromExtensionPage = !sender.tab || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  const fromContentScript = !!sender.tab && !fromExtensionPage;
  const ok =
    type === 'judge' || type === 'page-verdicts' ? fromContentScript : type === 'open-source' ? true : fromExtensionPage;
  return ok ? { ok: true, value: null } : { ok: false, error: `${type} is not available to this sender` };
}

let search: PassageSearch | undefined;

async function answer(message: Message<BackgroundApi>, sender: Runtime.MessageSender, index: SourceIndex): Promise<Handled> {
  switch (message.type) {
    case 'judge': {
      const pageDay = message.page.date ? (parseIsoDate(message.page.date) ?? undefined) : undefined;
      return { ok: true, value: decodeClaims(message.claims).map((c) => judgeClaim(c, index, { pageDay })) };
    }
    case 'page-verdicts':
      if (sender.tab?.id !== undefined) await setBadge(sender.tab.id, message.verdicts);
      return { ok: true, value: null };
    case 'check-text': {
      const pageDay = message.date ? (parseIsoDate(message.date) ?? undefined) : undefined;
      return { ok: true, value: checkText(message.text, index, { pageDay }) };
    }
    case 'open-source': {
      if (!index.sources.some((s) => s.id === message.id)) return { ok: false, error: `no source "${message.id}"` };
      const hash = new URLSearchParams({ source: message.id, start: String(message.start), end: String(message.end) });
      await browser.tabs.create({ url: browser.runtime.getURL(`/sources.html#${hash}`) });
      return { ok: true, value: null };
    }
    case 'get-source': {
      const source = index.sources.find((s) => s.id === message.id);
      return source ? { ok: true, value: source } : { ok: false, error: `no source "${message.id}"` };
    }
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
