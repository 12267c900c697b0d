import { browser } from 'wxt/browser';
import { askBackground } from '../extension/messaging';
import { startPageLoader } from '../extension/page-loader';
import { loadSettings, onSettingsChanged } from '../extension/settings';

// Every page loads this: the gate and a loader (extension/page-loader.ts). The reader comes in
// entrypoints/reader.content.ts, injected by the background only where it is needed. It is an
// unlisted script that wxt.config.ts lists in the manifest itself, so that every page is spared
// WXT's content-script runtime (its context, location watcher and logger: 3 kB).
export default defineUnlistedScript(() => {
  const stops: Array<() => void> = [];
  // A loader left on a page after the extension was updated or removed can no longer reach it:
  // it stops watching the page the first time it tries.
  const stopIfOrphaned = () => {
    if (!browser.runtime?.id) for (const undo of stops.splice(0)) undo();
  };
  const settled = <T extends { ok: boolean }>(reply: T): T => {
    if (!reply.ok) stopIfOrphaned();
    return reply;
  };
  void startPageLoader({
    doc: document,
    runtime: browser.runtime,
    loadReader: async (automatic) => settled(await askBackground({ type: 'load-reader', ...(automatic ? { automatic } : {}) })).ok,
    judge: async (date, text) => settled(await askBackground({ type: 'judge', page: { url: location.href, title: document.title, host: location.hostname, date }, text, automatic: true })),
    settings: loadSettings,
    onSettingsChanged,
    onStop: (undo) => stops.push(undo),
    hostname: location.hostname,
  });
});
