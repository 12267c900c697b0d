import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { CheckedClaim, SourceEvidence } from '../lib/check';
import { formatMarkdown, reportJson, type Report } from '../lib/report';
import type { VerdictFeedback } from '../lib/own-sources';
import type { CompactClaim, PageSummary } from '../lib/messages';
import { askBackground, askTab } from '../extension/messaging';
import { askSummary } from '../extension/ask-summary';
import { Store } from '../extension/store';
import { setSiteEnabled } from '../extension/settings';
import { browserT, t } from '../extension/i18n';
import { checkedAgainst, type CorpusCoverage } from '../lib/citation';
import { checkedAgainstText, CitationContext } from './cite-button';
import { ClaimGroups } from './claim-groups';
import { download } from './download';
import { reportCheckedAgainst, reportWords } from './report-words';
import { openSidePanel } from './side-panel-open';
import { ShortcutNotice } from './shortcut-notice';
import { UnreachableTab } from './unreachable-tab';
import { useVerdictFilter, VerdictFilter } from './verdict-filter';

type PageState = { status: 'loading' } | { status: 'unreadable'; error: string } | { status: 'ready'; report: PageSummary };

/** The toolbar popup: the page's claims, "Check text", export, and the per-site switch. */
export function PopupApp({ tabId, initialText }: { tabId: number | null; initialText: string }) {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [text, setText] = useState(initialText);
  const [date, setDate] = useState('');
  const [checked, setChecked] = useState<CheckedClaim[] | null>(null);
  const [checkedText, setCheckedText] = useState('');
  const [error, setError] = useState('');
  const [exporting, setExporting] = useState<null | 'preparing' | { error: string }>(null);
  const [coverage, setCoverage] = useState<CorpusCoverage | null>(null);

  const loadPage = async () => {
    if (tabId === null) return setPage({ status: 'unreadable', error: t('common_noPage') });
    const reply = await askSummary(tabId);
    setPage(reply.ok ? { status: 'ready', report: reply.value } : { status: 'unreadable', error: reply.error });
  };
  useEffect(() => {
    void loadPage();
    void askBackground({ type: 'corpus-coverage' }).then((r) => r.ok && setCoverage(r.value));
    if (initialText) void runCheck(initialText, '');
  }, []);

  async function runCheck(text: string, d: string) {
    setError('');
    if (!text.trim()) return setError(t('popup_emptyText'));
    if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) return setError(t('popup_badDate'));
    const reply = await askBackground({ type: 'check-text', text, ...(d ? { date: d } : {}) });
    if (!reply.ok) return setError(reply.error);
    setChecked(reply.value);
    setCheckedText(text);
  }

  const openSource = (s: SourceEvidence) => void askBackground({ type: 'open-source', id: s.id, start: s.passage[0], end: s.passage[1] });
  const feedback = (url: string, text: string) => async (c: CompactClaim, comment: string) => {
    const r = await askBackground({ type: 'record-feedback', feedback: { url, claim: c.text, verdict: c.verdict, sentence: text.slice(c.sentence.start, c.sentence.end), comment } });
    return r.ok ? null : r.error;
  };
  const rescan = async () => {
    if (tabId === null) return;
    const r = await askTab(tabId, { type: 'rescan' });
    if (!r.ok) setError(r.error);
    await loadPage();
  };
  const show = (index: number) => tabId !== null && void askTab(tabId, { type: 'scroll-to-claim', index });
  const details = (index: number) => (tabId === null ? Promise.resolve({ ok: false as const, error: t('common_noPage') }) : askTab(tabId, { type: 'claim-details', index }));
  /** Exports carry every claim in full, so they are fetched from the page when asked for. */
  const exportPage = async (format: 'md' | 'json', host: string) => {
    if (tabId === null) return;
    setExporting('preparing');
    const reply = await askTab(tabId, { type: 'get-report' });
    if (!reply.ok) return setExporting({ error: reply.error });
    const feedback = await feedbackFor(reply.value.url);
    if (format === 'md') download(`crosscheck-${host || 'page'}.md`, formatMarkdown(reply.value, feedback, reportCheckedAgainst(coverage), reportWords()), 'text/markdown');
    else download(`crosscheck-${host || 'page'}.json`, JSON.stringify(exportJson(reply.value, feedback, coverage), null, 2), 'application/json');
    setExporting(null);
  };
  const report = page.status === 'ready' ? page.report : null;
  const { filter, setFilter, listed, listedClaims } = useVerdictFilter(report?.claims ?? []);

  return (
    <main>
      <header class="top">
        <h1>{t('extName')}</h1>
        <p class="muted">{t('popup_tagline')}</p>
      </header>

      {/* Links and the site switch come first, above a claim list that may be long. */}
      <ShortcutNotice />
      <p class="row links">
        <button type="button" class="link" onClick={() => void openSidePanel(tabId).then((r) => r.ok || setError(r.error))}>{t('popup_openPanel')}</button>
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/sources.html') })}>{t('popup_sourcesLink')}</button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('popup_optionsLink')}</button>
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') })}>{t('popup_demoLink')}</button>
      </p>

      <section aria-labelledby="page-heading">
        <h2 id="page-heading">{t('popup_thisPage')}</h2>
        {report && report.host ? (
          <label class="switch">
            <input type="checkbox" checked={report.enabled} onChange={async (e) => {
              await setSiteEnabled(report.host, (e.currentTarget as HTMLInputElement).checked);
              setTimeout(() => void loadPage(), 300);
            }} />
            {t('popup_checkOn', report.host)}
          </label>
        ) : null}
        {page.status === 'loading' ? <p class="muted">{t('common_readingPage')}</p> : null}
        {page.status === 'unreadable' ? <UnreachableTab tabId={tabId} error={page.error} probe={async () => tabId !== null && (await askTab(tabId, { type: 'get-summary' })).ok} onReady={() => void loadPage()} /> : null}
        {report && !report.enabled ? <p class="empty">{t('popup_switchedOff', report.host)}</p> : null}
        {report && report.enabled && !report.scanned ? (
          <p class="empty">{t('common_scanOff')} <button type="button" class="link" onClick={() => void rescan()}>{t('common_checkThisPage')}</button></p>
        ) : null}
        {report && report.enabled && report.scanned && report.claims.length === 0 ? (
          <p class="empty">{t('popup_nothing', browserT('menu_crossCheck'))}</p>
        ) : null}
        {report && report.claims.length > 0 ? (
          <>
            <VerdictFilter claims={report.claims} shown={filter} onChange={setFilter} />
            <CitationContext.Provider value={{ coverage, page: { title: report.title, url: report.url } }}>
              <ClaimGroups key={filter ?? ''} claims={listedClaims} text={report.text} onShow={(i) => show(listed[i]!.at)} onOpenSource={openSource} onFeedback={feedback(report.url ?? '', report.text)} loadDetails={(i) => details(listed[i]!.at)} />
            </CitationContext.Provider>
            <div class="row">
              <button type="button" disabled={exporting === 'preparing'} onClick={() => void exportPage('md', report.host)}>{t('common_exportMarkdown')}</button>
              <button type="button" disabled={exporting === 'preparing'} onClick={() => void exportPage('json', report.host)}>{t('common_exportJson')}</button>
            </div>
            {coverage ? <p class="muted checked-against">{checkedAgainstText(coverage)}</p> : null}
            {exporting === 'preparing' ? <p class="muted" role="status">{t('popup_preparing')}</p> : null}
            {exporting && exporting !== 'preparing' ? <p class="error" role="alert">{t('popup_exportFailed', exporting.error)}</p> : null}
          </>
        ) : null}
      </section>

      <section aria-labelledby="check-heading">
        <h2 id="check-heading">{t('popup_checkHeading')}</h2>
        <form onSubmit={(e) => { e.preventDefault(); void runCheck(text, date); }}>
          <label for="check-text">{t('popup_textLabel')}</label>
          <textarea id="check-text" rows={5} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
            placeholder={t('popup_placeholder')} />
          <label for="check-date">{t('popup_dateLabel')}</label>
          <input id="check-date" type="date" value={date} onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)} />
          <div class="row"><button type="submit">{t('popup_check')}</button></div>
        </form>
        {error ? <p class="error" role="alert">{error}</p> : null}
        {checked ? (
          checked.length ? (
            <>
              <CitationContext.Provider value={{ coverage }}>
                <ClaimGroups claims={checked} text={checkedText} onOpenSource={openSource} />
              </CitationContext.Provider>
              <div class="row">
                <button type="button" onClick={() => download('crosscheck-text.md', formatMarkdown({ id: t('popup_checkedText'), text: checkedText, claims: checked }, [], reportCheckedAgainst(coverage), reportWords()), 'text/markdown')}>{t('common_exportMarkdown')}</button>
                <button type="button" onClick={() => download('crosscheck-text.json', JSON.stringify(exportJson({ id: t('popup_checkedText'), text: checkedText, claims: checked }, [], coverage), null, 2), 'application/json')}>{t('common_exportJson')}</button>
              </div>
            </>
          ) : (
            <p class="empty" role="status">{t('popup_noClaims')}</p>
          )
        ) : null}
      </section>
    </main>
  );
}

/** The JSON export, for machines: the command line's `--json` shape in English (each claim with its kind), plus the "looks wrong" reports for the page and what it was checked against. */
function exportJson(report: Report, feedback: VerdictFeedback[] = [], coverage: CorpusCoverage | null = null) {
  const corpus = coverage ? { ...coverage, text: checkedAgainst(coverage) } : null;
  return { ...reportJson(report, feedback), checkedAgainst: corpus };
}

/** The "looks wrong" reports recorded for a page; none if the store cannot be opened. */
async function feedbackFor(url: string | undefined): Promise<VerdictFeedback[]> {
  if (!url) return [];
  try {
    const store = await Store.open();
    try {
      return (await store.listFeedback()).filter((f) => f.url === url);
    } finally {
      store.close();
    }
  } catch {
    return [];
  }
}


/** The tab the popup reports on: `?tab=ID` when opened as a page, else the active tab. */
export async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  if (location.hash.startsWith('#check=')) return null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
