import browser from 'webextension-polyfill';
import { t } from '../extension/i18n';

/** Chrome's side panel and Firefox's sidebar, the two calls that open them (neither is in the polyfill's types). */
interface PanelApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the side panel beside a tab: `chrome.sidePanel` in Chrome, `sidebarAction` in Firefox.
 * Both browsers allow it only in answer to a click, so call it from one, before any await:
 * an awaited call in between loses the click.
 */
export async function openSidePanel(tabId: number | null): Promise<{ ok: true } | { ok: false; error: string }> {
  const g = globalThis as unknown as { chrome?: PanelApis; browser?: PanelApis };
  try {
    if (g.browser?.sidebarAction) await g.browser.sidebarAction.open();
    // A tab with no panel of its own shows the window's panel, which then follows the active tab.
    else if (g.chrome?.sidePanel) await g.chrome.sidePanel.open(tabId !== null ? { tabId } : { windowId: (await browser.windows.getCurrent()).id });
    else return { ok: false, error: t('panel_noSidePanel') };
    return { ok: true };
  } catch (e) {
    return { ok: false, error: t('panel_openFailed', (e as Error).message) };
  }
}
