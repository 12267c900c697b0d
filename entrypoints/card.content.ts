import type { CitationSetting } from '../components/cite-button';
import { createCardHost } from '../extension/card-host';
import { chosenLocale, uiLocale, useMessages } from '../extension/i18n';
import { CARD_HOST_FACTORY } from '../extension/lazy-card-host';
import { askBackground } from '../extension/messaging';
import { loadSettings } from '../extension/settings';

// The card, loaded into a page's isolated world only when a card first opens there (the
// background injects it on the content script's `load-card` request): pages that are read but
// never hovered do not pay for Preact and the card's styles.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main: () => {
    const hosts: Array<{ refresh(): void }> = [];
    let citation: CitationSetting = { coverage: null };
    (globalThis as Record<symbol, unknown>)[CARD_HOST_FACTORY] = (doc: Document) => {
      const host = createCardHost(doc, () => ({ ...citation, page: { title: doc.title, url: doc.location?.href } }));
      hosts.push(host);
      return host;
    };
    // The card speaks the browser's language at once; a language chosen in the options, and what
    // the checks are made against, arrive from the background a moment later and redraw it.
    void (async () => {
      const to = chosenLocale(await loadSettings());
      if (to !== uiLocale()) {
        const reply = await askBackground({ type: 'ui-messages', locale: to });
        if (reply.ok && reply.value) useMessages(to, reply.value);
      }
      const coverage = await askBackground({ type: 'corpus-coverage' });
      if (coverage.ok) citation = { coverage: coverage.value };
      for (const h of hosts) h.refresh();
    })();
  },
});
