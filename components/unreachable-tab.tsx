import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../extension/i18n';

/** Why a tab's content script did not answer, as far as the tab's address and loading state tell. */
export type Unreachable = 'before-install' | 'loading' | 'browser-page';

/**
 * Tells a web page the content script should be in apart from a browser page it can never be in.
 * An http(s) tab that has finished loading and still does not answer was open before the
 * extension was installed (or updated): browsers do not inject into pages already open.
 */
export function whyUnreachable(tab: { url?: string; status?: string } | null | undefined): Unreachable {
  if (!tab?.url || !/^https?:/i.test(tab.url)) return 'browser-page';
  return tab.status === 'loading' ? 'loading' : 'before-install';
}

/** How long to wait after a reload for the page's content script to answer, in tries a quarter-second apart. */
const TRIES_AFTER_RELOAD = 40;

/**
 * Says why the extension cannot read a tab, and offers a reload for one that was open before
 * installing. `onReady` runs once the reloaded page's content script answers `probe`.
 */
export function UnreachableTab({ tabId, error, probe, onReady }: { tabId: number | null; error: string; probe: () => Promise<boolean>; onReady: () => void }) {
  const [why, setWhy] = useState<Unreachable | null>(null);
  const [reloading, setReloading] = useState<'no' | 'yes' | 'failed'>('no');
  useEffect(() => {
    if (tabId === null) return setWhy('browser-page');
    browser.tabs.get(tabId).then((t) => setWhy(whyUnreachable(t)), () => setWhy('browser-page'));
  }, [tabId, error]);

  const reload = async () => {
    if (tabId === null) return;
    setReloading('yes');
    try {
      await browser.tabs.reload(tabId);
    } catch {
      return setReloading('failed');
    }
    for (let i = 0; i < TRIES_AFTER_RELOAD; i++) {
      await new Promise((ok) => setTimeout(ok, 250));
      if (await probe()) return onReady();
    }
    setReloading('failed');
  };

  if (why === null) return <p class="muted">{t('common_readingPage')}</p>;
  if (why === 'before-install') {
    return (
      <div class="empty reload-offer">
        <p>{t('unreachable_beforeInstall')}</p>
        <button type="button" class="primary" disabled={reloading === 'yes'} onClick={() => void reload()}>{t('unreachable_reload')}</button>
        {reloading === 'yes' ? <p class="muted" role="status">{t('unreachable_reloading')}</p> : null}
        {reloading === 'failed' ? <p class="error" role="alert">{t('unreachable_failed')}</p> : null}
      </div>
    );
  }
  if (why === 'loading') return <p class="empty">{t('unreachable_loading')}</p>;
  return <p class="empty">{t('unreachable_cannot', error)}</p>;
}
