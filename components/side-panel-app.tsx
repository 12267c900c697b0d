import { useEffect, useRef, useState } from 'preact/hooks';
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import type { SourceEvidence } from '../lib/check';
import type { CompactClaim, PageSummary } from '../lib/messages';
import { askBackground, askTab } from '../extension/messaging';
import { askSummary } from '../extension/ask-summary';
import { t, tp } from '../extension/i18n';
import type { CorpusCoverage } from '../lib/citation';
import { checkedAgainstText, CitationContext } from './cite-button';
import { ClaimGroups } from './claim-groups';
import { UnreachableTab } from './unreachable-tab';
import { useVerdictFilter, VerdictFilter } from './verdict-filter';

type PanelState =
  | { status: 'no-tab' }
  | { status: 'loading'; tabId: number }
  | { status: 'unreadable'; tabId: number; error: string }
  | { status: 'ready'; tabId: number; report: PageSummary };

/**
 * The side panel: the fact-checker's working view, open beside the page while they read. It
 * shows the claims of its window's active tab by verdict, each expandable to its sources, and
 * follows the tab as the user switches tabs or the tab navigates. `windowId` is the window it
 * belongs to (its own when null).
 */
export function SidePanelApp({ windowId }: { windowId: number | null }) {
  const [state, setState] = useState<PanelState>({ status: 'no-tab' });
  const report = state.status === 'ready' ? state.report : null;
  const { filter, setFilter, listed, listedClaims } = useVerdictFilter(report?.claims ?? []);
  // The tab shown, read by the listeners, which are registered once.
  const shown = useRef<number | null>(null);
  // Each load is numbered so that a slow answer for a tab the user has left is dropped.
  const generation = useRef(0);
  const [coverage, setCoverage] = useState<CorpusCoverage | null>(null);

  const load = async (tabId: number | null, quiet = false) => {
    const mine = ++generation.current;
    // A new tab starts with every verdict listed.
    if (shown.current !== tabId) setFilter(null);
    shown.current = tabId;
    if (tabId === null) return setState({ status: 'no-tab' });
    if (!quiet) setState({ status: 'loading', tabId });
    const reply = await askSummary(tabId);
    if (mine !== generation.current) return;
    setState(reply.ok ? { status: 'ready', tabId, report: reply.value } : { status: 'unreadable', tabId, error: reply.error });
  };

  useEffect(() => {
    let window: number | undefined;
    const activeTab = async () => {
      window ??= windowId ?? (await browser.windows.getCurrent()).id;
      const [tab] = await browser.tabs.query({ active: true, windowId: window });
      return tab?.id ?? null;
    };
    void activeTab().then((id) => load(id));
    void askBackground({ type: 'corpus-coverage' }).then((r) => r.ok && setCoverage(r.value));
    const onActivated = (info: Tabs.OnActivatedActiveInfoType) => {
      if (info.windowId === window) void load(info.tabId);
    };
    const onUpdated = (tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
      if (tabId !== shown.current) return;
      if (change.status === 'loading' && change.url) void load(tabId);
      else if (change.status === 'complete') void load(tabId, true);
    };
    // The content script tells the background when it has (re)read its page; the panel hears
    // it too, and shows the new claims without being asked.
    const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
      if ((message as { type?: unknown })?.type === 'page-verdicts' && sender.tab?.id === shown.current && shown.current !== null) void load(shown.current, true);
      return undefined;
    };
    const onRemoved = (tabId: number) => {
      if (tabId === shown.current) void activeTab().then((id) => load(id));
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  const tabId = state.status === 'no-tab' ? null : state.tabId;
  const openSource = (s: SourceEvidence) => void askBackground({ type: 'open-source', id: s.id, start: s.passage[0], end: s.passage[1] });
  const show = (i: number) => tabId !== null && listed[i] && void askTab(tabId, { type: 'scroll-to-claim', index: listed[i].at });
  const details = (i: number) => (tabId === null || !listed[i] ? Promise.resolve({ ok: false as const, error: t('common_noPage') }) : askTab(tabId, { type: 'claim-details', index: listed[i].at }));
  const feedback = (url: string, text: string) => async (c: CompactClaim, comment: string) => {
    const r = await askBackground({ type: 'record-feedback', feedback: { url, claim: c.text, verdict: c.verdict, sentence: text.slice(c.sentence.start, c.sentence.end), comment } });
    return r.ok ? null : r.error;
  };
  const rescan = async () => {
    if (tabId === null) return;
    await askTab(tabId, { type: 'rescan' });
    await load(tabId, true);
  };

  return (
    <main class="side-panel">
      <header class="top">
        <h1>{t('extName')}</h1>
        {/* Announced when the panel moves to another tab or the page's claims change. */}
        <p class="page-title" role="status" aria-live="polite">{headline(state)}</p>
      </header>
      {state.status === 'no-tab' ? <p class="empty">{t('panel_noTab')}</p> : null}
      {state.status === 'loading' ? <p class="muted">{t('common_readingPage')}</p> : null}
      {state.status === 'unreadable' ? (
        <UnreachableTab tabId={state.tabId} error={state.error} probe={async () => (await askTab(state.tabId, { type: 'get-summary' })).ok} onReady={() => void load(state.tabId)} />
      ) : null}
      {report && !report.enabled ? <p class="empty">{t('panel_switchedOff', report.host)}</p> : null}
      {report && report.enabled && !report.scanned ? (
        <p class="empty">{t('common_scanOff')} <button type="button" class="link" onClick={() => void rescan()}>{t('common_checkThisPage')}</button></p>
      ) : null}
      {report && report.enabled && report.scanned && report.claims.length === 0 ? (
        <p class="empty">{t('panel_nothing')}</p>
      ) : null}
      {report && report.claims.length > 0 ? (
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">{t('panel_claimsHeading')}</h2>
          <p class="muted hint">{t('panel_hint')}</p>
          {coverage ? <p class="muted checked-against">{checkedAgainstText(coverage)}</p> : null}
          <VerdictFilter claims={report.claims} shown={filter} onChange={setFilter} />
          <CitationContext.Provider value={{ coverage, page: { title: report.title, url: report.url } }}>
            <ClaimGroups key={`${state.status === 'ready' ? state.tabId : ''}:${report.url}:${filter ?? ''}`} claims={listedClaims} text={report.text} onShow={show} onOpenSource={openSource} onFeedback={feedback(report.url ?? '', report.text)} loadDetails={details} />
          </CitationContext.Provider>
        </section>
      ) : null}
    </main>
  );
}

/** One line saying which page the panel shows and how many claims it has. */
function headline(state: PanelState): string {
  if (state.status !== 'ready') return '';
  const { report } = state;
  const n = report.claims.length;
  const title = report.title || report.host || t('panel_thisPage');
  return report.scanned && report.enabled ? tp('panel_headline', n, title) : title;
}
