import browser from 'webextension-polyfill';

/** What the user has chosen. Kept in storage.local; never leaves the device. */
export interface Settings {
  /** Hosts where the extension stays silent. */
  disabledSites: string[];
  /** Highlights shown (the keyboard command switches them). */
  highlightsOn: boolean;
}

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], highlightsOn: true };

/** Reads the settings, falling back to defaults for anything missing or malformed. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = (await browser.storage.local.get(['disabledSites', 'highlightsOn'])) as Partial<Settings>;
    return {
      disabledSites: Array.isArray(stored.disabledSites) ? stored.disabledSites.filter((s): s is string => typeof s === 'string') : [],
      highlightsOn: typeof stored.highlightsOn === 'boolean' ? stored.highlightsOn : true,
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
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
