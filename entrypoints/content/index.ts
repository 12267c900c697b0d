import { browser } from 'wxt/browser';
import { askBackground } from '../../extension/messaging';
import { startPageLoader } from '../../extension/page-loader';
import { loadSettings, onSettingsChanged } from '../../extension/settings';
import './highlights.css';

// Every page loads this: the gate and a loader (extension/page-loader.ts). The reader comes in
// entrypoints/reader.content.ts, injected by the background only where it is needed.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) =>
    startPageLoader({
      doc: document,
      runtime: browser.runtime,
      loadReader: async (automatic) => (await askBackground({ type: 'load-reader', ...(automatic ? { automatic } : {}) })).ok,
      settings: loadSettings,
      onSettingsChanged,
      onStop: (undo) => ctx.onInvalidated(undo),
      hostname: location.hostname,
    }),
});
