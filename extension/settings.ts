import { browser } from 'wxt/browser';
import { UI_LOCALES, type UiLocale } from '../lib/message-format';

/**
 * What the user has chosen for how pages look and when they are read. Kept in storage.local,
 * which content scripts can write too: so nothing here may widen what is recorded. The privacy
 * settings (history, private windows) live in the extension's IndexedDB, changed only through
 * the background's `privacy` request, which extension pages alone may send.
 */
export interface Settings {
  /** Hosts where the extension stays silent. */
  disabledSites: string[];
  /** Highlights shown (the keyboard command switches them). */
  highlightsOn: boolean;
  /** Read every page automatically; when off, only the popup's "Check this page" reads one. */
  autoScan: boolean;
  /** Highlight claims no source speaks to. */
  highlightUnverified: boolean;
  /** `marker`: tinted background and underline; `underline`: the underline alone. */
  highlightStyle: 'marker' | 'underline';
  /** The language of the extension's own text: `auto` follows the browser's language. */
  language: 'auto' | UiLocale;
}

/** The settings before the user changes any. */
export const DEFAULT_SETTINGS: Settings = { disabledSites: [], highlightsOn: true, autoScan: true, highlightUnverified: true, highlightStyle: 'marker', language: 'auto' };
const KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;

/** Reads the settings, falling back to defaults for anything missing or malformed. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = (await browser.storage.local.get(KEYS)) as Partial<Record<keyof Settings, unknown>>;
    const bool = (k: 'highlightsOn' | 'autoScan' | 'highlightUnverified') => (typeof stored[k] === 'boolean' ? (stored[k] as boolean) : DEFAULT_SETTINGS[k]);
    return {
      disabledSites: Array.isArray(stored.disabledSites) ? stored.disabledSites.filter((s): s is string => typeof s === 'string') : [],
      highlightsOn: bool('highlightsOn'),
      autoScan: bool('autoScan'),
      highlightUnverified: bool('highlightUnverified'),
      highlightStyle: stored.highlightStyle === 'underline' ? 'underline' : 'marker',
      language: (UI_LOCALES as readonly unknown[]).includes(stored.language) ? (stored.language as UiLocale) : 'auto',
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Whether a page of `host` is read as soon as it names the region, without being asked. */
export function readsPagesOf(settings: Settings, host: string): boolean {
  return settings.autoScan && !settings.disabledSites.includes(host);
}

/** As `readsPagesOf`, for a page's address (never for one that is not a URL). */
export function readsPagesItself(settings: Settings, url: string | undefined): boolean {
  try {
    return readsPagesOf(settings, new URL(url ?? '').hostname);
  } catch {
    return false;
  }
}

/** Saves some settings. */
export async function saveSettings(change: Partial<Settings>): Promise<void> {
  await browser.storage.local.set(change);
}

/** Switches the extension off or on for one host. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const { disabledSites } = await loadSettings();
  const next = enabled ? disabledSites.filter((h) => h !== host) : [...new Set([...disabledSites, host])];
  await browser.storage.local.set({ disabledSites: next });
}

/** Calls back whenever the settings change (in any part of the extension). */
export function onSettingsChanged(callback: (s: Settings) => void): () => void {
  const listener = (_: unknown, area: string) => {
    if (area === 'local') void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
