import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { buildIndex, serializeIndex } from './lib/source-index';
import { loadCorpusDir } from './scripts/corpus-files';

const SEEDS = resolve(__dirname, 'seeds');
/** The extension's icons, one PNG per size browsers ask for (drawn in scripts/icons.svg, rendered by scripts/icons.ts). */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/** Builds the source index from seeds/ at build time and bundles it as `virtual:seed-index`. */
function seedIndex(): Plugin {
  const id = 'virtual:seed-index';
  return {
    name: 'crosscheck-seed-index',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const sources = loadCorpusDir(SEEDS);
      for (const s of sources) this.addWatchFile(resolve(SEEDS, `${s.id}.txt`));
      return `export default ${JSON.stringify(serializeIndex(buildIndex(sources)))};`;
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No modulepreload polyfill: it is the only code that would call fetch(), and extension pages need none.
  // WXT_NO_MINIFY=1 keeps function names, for a profile of the built extension (scripts/bench/worker-profile.ts).
  vite: () => ({ plugins: [preact(), seedIndex()], build: { modulePreload: { polyfill: false }, ...(process.env.WXT_NO_MINIFY === '1' ? { minify: false } : {}) } }),
  manifest: ({ browser }) => ({
    // Name, description and command names in the browser's language, from public/_locales (English by default).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: settings and sites switched off; contextMenus: "Cross-check selection"; scripting: load
    // the card's code into a page only when a card first opens there.
    permissions: ['storage', 'contextMenus', 'scripting'],
    // The pages the content script already runs on (no new install warning): lets the background
    // inject the card, and the popup and side panel see a tab's address, to tell a tab open before
    // installing from a browser page.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The one script every page loads (entrypoints/loader.ts: the gate and a loader), listed here
    // rather than as a WXT content script so that it carries none of the content-script runtime;
    // and the highlights' colours, which must be in the page's styles to reach ::highlight().
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['loader.js'], css: ['assets/page-highlights.css'], run_at: 'document_idle' }],
    commands: {
      // Opens the popup (Firefox's MV2 build names it differently).
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+K' } },
      // Firefox opens its sidebar itself; Chrome's side panel is opened by the background.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdOpenSidePanel__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleHighlights__' },
      // Not Alt+Shift+N: Chrome keeps it for itself and leaves the command unbound.
      'next-claim': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNextClaim__' },
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" },
    // Drawn in scripts/icons.svg; `npx tsx scripts/icons.ts` renders the PNGs.
    icons: ICONS,
    // Firefox's MV2 build names it browser_action: given as `action`, WXT drops its default_icon there.
    ...(browser === 'firefox'
      ? { browser_action: { default_icon: ICONS, default_title: '__MSG_extName__' } }
      : { action: { default_icon: ICONS, default_title: '__MSG_extName__' } }),
    // The CSS Custom Highlight API, which paints every verdict, arrived in Chrome 105 and Firefox 140;
    // the side panel's sidePanel.open, in Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    browser_specific_settings: {
      gecko: { id: 'karabakh-crosscheck@crosscheck-authors.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
