import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { buildIndex, serializeIndex } from './lib/source-index';
import { loadCorpusDir } from './scripts/corpus-files';

const SEEDS = resolve(__dirname, 'seeds');

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
  vite: () => ({ plugins: [preact(), seedIndex()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'Karabakh Cross-check',
    description: 'Checks figures about the 2023 Nagorno-Karabakh exodus against bundled news reports. Works offline; sends nothing anywhere.',
    // storage: settings and sites switched off; contextMenus: "Cross-check selection".
    permissions: ['storage', 'contextMenus'],
    // The pages the content script already runs on (no new install warning): lets the popup and
    // side panel see a tab's address, to tell a tab open before installing from a browser page.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      // Opens the popup (Firefox's MV2 build names it differently).
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+K' } },
      // Firefox opens its sidebar itself; Chrome's side panel is opened by the background.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open the side panel with the page’s claims' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Switch highlights off and on' },
      // Not Alt+Shift+N: Chrome keeps it for itself and leaves the command unbound.
      'next-claim': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Step to the next checked claim and open its card' },
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" },
    browser_specific_settings: {
      gecko: { id: 'crosscheck@example.org', data_collection_permissions: { required: ['none'] } },
    },
  }),
});
