import { useEffect, useState } from 'preact/hooks';
import { exportOwnSources, markdownToText, parseExport, validateOwnSource, type OwnSource, type SaidRefusal, type VerdictFeedback } from '../lib/own-sources';
import { readVisibleText } from '../lib/visible-text';
import { DEFAULT_PRIVACY, type Privacy } from '../lib/messages';
import { askBackground } from '../extension/messaging';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../extension/settings';
import { Store, type HistoryEntry } from '../extension/store';
import { browserLocale, t, tp, uiLocale, type MessageKey } from '../extension/i18n';
import { LOCALE_NAMES, UI_LOCALES } from '../lib/message-format';
import { download } from './download';
import { verdictName } from './verdict-style';
import { VERDICTS_BY_SEVERITY, type Verdict } from '../lib/verdict';

/** The largest file read as one source. */
export const MAX_FILE_BYTES = 1024 * 1024;

const EMPTY = { text: '', outlet: '', title: '', date: '', url: '' };

/** Reads a .txt, .md or .html file as a source's text, refusing binary and oversized files. */
export async function readSourceFile(file: File): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (!/\.(txt|md|markdown|html?)$/i.test(file.name)) return { ok: false, error: t('options_fileType', file.name) };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: t('options_fileTooBig', file.name, (file.size / 1024 / 1024).toFixed(1)) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) return { ok: false, error: t('options_fileBinary', file.name) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: t('options_fileNotUtf8', file.name) };
  }
  if (/\.html?$/i.test(file.name)) {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    text = readVisibleText(doc.body).text;
  } else if (/\.(md|markdown)$/i.test(file.name)) {
    text = markdownToText(text);
  }
  return { ok: true, text };
}


/** A refusal of lib/own-sources in the user's language; in English its own words, which name the file's fields exactly. */
export function sayRefusal(r: { error: string }): string {
  const said = (r as Partial<SaidRefusal>).say;
  return said && uiLocale() !== 'en' ? t(said.id as MessageKey, ...said.args) : r.error;
}

/** The options page: own sources, import and export, history, feedback and settings. */
export function OptionsApp() {
  const [store, setStore] = useState<Store | null>(null);
  const [storeError, setStoreError] = useState('');
  // Both null until read from the store: each list is shown once it is known, never empty by
  // mistake, and nothing that needs the sources (saving, exporting) runs on an empty list.
  const [sources, setSources] = useState<OwnSource[] | null>(null);
  const [feedback, setFeedback] = useState<VerdictFeedback[] | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [historyQuery, setHistoryQuery] = useState('');
  const [form, setForm] = useState(EMPTY);
  const [editing, setEditing] = useState<OwnSource | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [removing, setRemoving] = useState('');
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [newSite, setNewSite] = useState('');
  const [privacy, setPrivacy] = useState<Privacy>(DEFAULT_PRIVACY);
  const [privacyError, setPrivacyError] = useState('');

  const refresh = async (s = store) => {
    if (!s) return;
    setSources(await s.listSources());
    setFeedback(await s.listFeedback());
    setHistory(await s.listHistory(historyQuery));
  };
  useEffect(() => {
    void loadSettings().then(setSettings);
    void askBackground({ type: 'privacy' }).then((r) => (r.ok ? setPrivacy(r.value) : setPrivacyError(r.error)));
    Store.open()
      .then(async (s) => {
        setStore(s);
        await refresh(s);
      })
      .catch((e: Error) => {
        setStoreError(t('options_storeError', e.message));
        setSources([]);
      });
  }, []);
  useEffect(() => void (store && store.listHistory(historyQuery).then(setHistory)), [historyQuery]);

  // The notice comes last: once it shows, the list shows the change and the background reads with it.
  const changed = async (text: string) => {
    await refresh();
    await askBackground({ type: 'own-sources-changed' });
    setMessage({ kind: 'ok', text });
  };
  const fail = (text: string) => setMessage({ kind: 'error', text });

  const save = async (e: Event) => {
    e.preventDefault();
    if (!store || !sources) return fail(t('options_cannotStore', storeError));
    const now = new Date().toISOString();
    const id = editing?.id ?? `own-${crypto.randomUUID()}`;
    const checked = validateOwnSource(form, sources, id, now, editing?.addedAt);
    if (!checked.ok) return fail(sayRefusal(checked));
    try {
      await store.putSource(checked.value);
    } catch (err) {
      return fail((err as Error).message);
    }
    setForm(EMPTY);
    setEditing(null);
    await changed(t(editing ? 'options_saved' : 'options_added', checked.value.title, `${checked.value.outlet}${checked.value.date ? `, ${checked.value.date}` : ''}`));
  };

  const importFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const file = files[0]!;
    const read = await readSourceFile(file);
    if (!read.ok) return fail(read.error);
    setForm({ ...form, text: read.text, title: form.title || file.name.replace(/\.[^.]+$/, '') });
    setMessage({ kind: 'ok', text: t('options_readFile', file.name) });
  };

  const importExport = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file || !store) return;
    if (file.size > 5 * 1024 * 1024) return fail(t('options_importTooBig', file.name));
    // The whole file is checked first, then stored in one transaction: a failure anywhere leaves the store as it was.
    const parsed = parseExport(await file.text());
    if (!parsed.ok) return fail(`${file.name}: ${sayRefusal(parsed)}`);
    try {
      await store.importAll(parsed.value.sources, parsed.value.feedback);
    } catch (err) {
      return fail(`${file.name}: ${(err as Error).message}`);
    }
    await changed(t('options_imported', tp('options_sourceCount', parsed.value.sources.length), tp('options_reportCount', parsed.value.feedback.length)));
  };

  const updatePrivacy = async (change: Partial<Privacy>) => {
    const r = await askBackground({ type: 'privacy', ...change });
    if (r.ok) {
      setPrivacy(r.value);
      setPrivacyError('');
    } else setPrivacyError(r.error);
  };

  const removeFeedback = async (id: number | 'all') => {
    if (!store) return;
    try {
      await (id === 'all' ? store.clearFeedback() : store.deleteFeedback(id));
    } catch (err) {
      return fail((err as Error).message);
    }
    await refresh();
    setMessage({ kind: 'ok', text: id === 'all' ? t('options_allFeedbackDeleted') : t('options_feedbackDeleted') });
  };

  const updateSettings = async (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    await saveSettings(change);
    // The page's text is drawn once in one language: a new language shows after a reload.
    if (change.language !== undefined) location.reload();
  };
  const verdictWord = (v: string) => ((VERDICTS_BY_SEVERITY as readonly string[]).includes(v) ? verdictName(v as Verdict).toLowerCase() : v);

  return (
    <main>
      <h1>{t('options_pageTitle')}</h1>
      <p class="muted">{t('options_staysHere')}</p>
      {message ? <p class={message.kind === 'ok' ? 'notice' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>{message.text}</p> : null}

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('options_settingsHeading')}</h2>
        <label>{t('options_language')}{' '}
          <select id="language" value={settings.language} onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            void updateSettings({ language: (UI_LOCALES as readonly string[]).includes(value) ? (value as Settings['language']) : 'auto' });
          }}>
            <option value="auto">{t('options_languageAuto', LOCALE_NAMES[browserLocale()])}</option>
            {UI_LOCALES.map((l) => <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>)}
          </select>
        </label>
        <label class="check"><input type="checkbox" checked={settings.autoScan} onChange={(e) => void updateSettings({ autoScan: (e.currentTarget as HTMLInputElement).checked })} /> {t('options_autoScan')}</label>
        <label class="check"><input type="checkbox" checked={settings.highlightUnverified} onChange={(e) => void updateSettings({ highlightUnverified: (e.currentTarget as HTMLInputElement).checked })} /> {t('options_highlightUnverified')}</label>
        <label>{t('options_highlightStyle')}{' '}
          <select value={settings.highlightStyle} onChange={(e) => void updateSettings({ highlightStyle: (e.currentTarget as HTMLSelectElement).value === 'underline' ? 'underline' : 'marker' })}>
            <option value="marker">{t('options_styleMarker')}</option>
            <option value="underline">{t('options_styleUnderline')}</option>
          </select>
        </label>
        <h3>{t('options_silentSites')}</h3>
        <ul>
          {settings.disabledSites.map((h) => (
            <li key={h}>{h} <button type="button" onClick={() => void updateSettings({ disabledSites: settings.disabledSites.filter((x) => x !== h) })}>{t('options_removeSite', h)}</button></li>
          ))}
        </ul>
        <form class="row" onSubmit={(e) => {
          e.preventDefault();
          const host = newSite.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
          if (!/^[a-z0-9.-]+$/.test(host)) return fail(t('options_notSite', newSite));
          void updateSettings({ disabledSites: [...new Set([...settings.disabledSites, host])] });
          setNewSite('');
        }}>
          <label for="new-site">{t('options_addSite')}</label>
          <input id="new-site" value={newSite} placeholder="example.org" onInput={(e) => setNewSite((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">{t('common_add')}</button>
        </form>
      </section>
      <section aria-labelledby="own-heading">
        <h2 id="own-heading">{t('options_ownHeading')}</h2>
        {storeError ? <p class="error" role="alert">{t('options_ownUnavailable', storeError)}</p> : null}
        <form onSubmit={save} class="source-form" aria-label={editing ? t('options_editSource') : t('options_addSourceForm')}>
          <label for="src-text">{t('options_text')}</label>
          <textarea id="src-text" rows={8} value={form.text} onInput={(e) => setForm({ ...form, text: (e.currentTarget as HTMLTextAreaElement).value })} />
          <label for="src-file">{t('options_file')}</label>
          <input id="src-file" type="file" accept=".txt,.md,.markdown,.html,.htm" onChange={(e) => void importFiles((e.currentTarget as HTMLInputElement).files)} />
          <div class="fields">
            <label>{t('options_outlet')} <input id="src-outlet" value={form.outlet} onInput={(e) => setForm({ ...form, outlet: (e.currentTarget as HTMLInputElement).value })} /></label>
            <label>{t('options_title')} <input id="src-title" value={form.title} onInput={(e) => setForm({ ...form, title: (e.currentTarget as HTMLInputElement).value })} /></label>
            <label>{t('options_date')} <input id="src-date" value={form.date} placeholder="2023-09-30" onInput={(e) => setForm({ ...form, date: (e.currentTarget as HTMLInputElement).value })} /></label>
            <label>{t('options_url')} <input id="src-url" type="url" value={form.url} placeholder="https://…" onInput={(e) => setForm({ ...form, url: (e.currentTarget as HTMLInputElement).value })} /></label>
          </div>
          <div class="row">
            <button type="submit" disabled={!store || !sources}>{editing ? t('options_saveChanges') : t('options_addSource')}</button>
            {editing ? <button type="button" onClick={() => { setEditing(null); setForm(EMPTY); }}>{t('common_cancel')}</button> : null}
          </div>
        </form>
        <ul class="own-list" aria-label={t('options_storedSources')} aria-busy={sources ? 'false' : 'true'}>
          {sources?.length === 0 ? <li class="muted">{t('options_noSources')}</li> : null}
          {(sources ?? []).map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong> <span class="muted">— {s.outlet}, {s.date ?? t('common_undated')} ({t(`dateBasis_${s.dateBasis}`)}){s.url ? ` · ${s.url}` : ''}</span>
              <div class="row">
                <button type="button" onClick={() => { setEditing(s); setForm({ text: s.text, outlet: s.outlet, title: s.title, date: s.date ?? '', url: s.url ?? '' }); }}>{t('common_edit')}</button>
                {removing === s.id ? (
                  <button type="button" class="danger" onClick={async () => {
                    await store!.deleteSource(s.id);
                    setRemoving('');
                    await changed(t('options_removed', s.title));
                  }}>{t('options_confirmRemove', s.title)}</button>
                ) : (
                  <button type="button" onClick={() => setRemoving(s.id)}>{t('common_remove')}</button>
                )}
              </div>
            </li>
          ))}
        </ul>
        <div class="row">
          <button type="button" disabled={!store || !sources || !feedback} onClick={() => download('crosscheck-own-sources.json', exportOwnSources(sources ?? [], feedback ?? []))}>{t('options_export')}</button>
          <label class="file-button">{t('options_import')} <input id="import-file" type="file" accept=".json,application/json" disabled={!store} onChange={(e) => void importExport((e.currentTarget as HTMLInputElement).files)} /></label>
        </div>
      </section>

      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">{t('options_feedbackHeading')}{feedback ? ` (${feedback.length})` : ''}</h2>
        {feedback ? (
          <ul class="feedback-list">
            {feedback.map((f) => (
              <li key={f.id}>
                <strong>“{f.claim}”</strong> ({verdictWord(f.verdict)}) <span class="muted">{f.url} · {f.at}</span>{f.comment ? <div>{f.comment}</div> : null}
                {f.id !== undefined ? <button type="button" class="delete-feedback" onClick={() => void removeFeedback(f.id!)}>{t('options_deleteReport')}</button> : null}
              </li>
            ))}
          </ul>
        ) : null}
        <button type="button" disabled={!store || !feedback?.length} onClick={() => void removeFeedback('all')}>{t('options_deleteAll')}</button>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('options_historyHeading')}</h2>
        {privacyError ? <p class="error" role="alert">{t('options_privacyError', privacyError)}</p> : null}
        <label class="check"><input id="history-on" type="checkbox" checked={privacy.historyOn} onChange={(e) => void updatePrivacy({ historyOn: (e.currentTarget as HTMLInputElement).checked })} /> {t('options_historyOn')}</label>
        <label class="check"><input id="record-incognito" type="checkbox" checked={privacy.recordIncognito} onChange={(e) => void updatePrivacy({ recordIncognito: (e.currentTarget as HTMLInputElement).checked })} /> {t('options_incognito')}</label>
        <label for="history-search">{t('options_historySearch')}</label>
        <input id="history-search" type="search" value={historyQuery} onInput={(e) => setHistoryQuery((e.currentTarget as HTMLInputElement).value)} />
        <ul class="history" aria-label={t('options_checkedPages')}>
          {history.map((h) => (
            <li key={h.url}>{h.title || h.url} <span class="muted">{h.url} · {h.at.slice(0, 16).replace('T', ' ')} · {Object.entries(h.counts).map(([v, n]) => `${n} ${verdictWord(v)}`).join(', ')}</span></li>
          ))}
        </ul>
        <button type="button" disabled={!store || history.length === 0} onClick={async () => { await store!.clearHistory(); await refresh(); setMessage({ kind: 'ok', text: t('options_historyCleared') }); }}>{t('options_clearHistory')}</button>
      </section>

    </main>
  );
}
