import { createCardHost } from '../extension/card-host';
import { CARD_HOST_FACTORY } from '../extension/lazy-card-host';

// The card, loaded into a page's isolated world only when a card first opens there (the
// background injects it on the content script's `load-card` request): pages that are read but
// never hovered do not pay for Preact and the card's styles.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main: () => {
    (globalThis as Record<symbol, unknown>)[CARD_HOST_FACTORY] = createCardHost;
  },
});
