import type { CardContent, CardHost } from './card-host';

/**
 * Where the card's script leaves its factory in the isolated world it shares with the content
 * script (a page's own scripts run in another world and cannot see it).
 */
export const CARD_HOST_FACTORY = Symbol.for('karabakh-crosscheck.card-host');

type Factory = (doc: Document) => CardHost;

/**
 * A card host that loads the card's code the first time a card is shown, then hands every call
 * to the real host. Until the code is there, a card asked for is remembered and shown as soon
 * as it arrives; closing before then forgets it.
 */
export function createLazyCardHost(doc: Document, load: () => Promise<boolean>): CardHost {
  let real: CardHost | null = null;
  let loading = false;
  let pending: { content: CardContent; rects: DOMRect[]; focus: boolean } | null = null;
  const factory = () => (globalThis as Record<symbol, unknown>)[CARD_HOST_FACTORY] as Factory | undefined;
  const ready = (): CardHost | null => {
    if (!real) real = factory()?.(doc) ?? null;
    return real;
  };
  const fetchCard = () => {
    if (loading) return;
    loading = true;
    void load()
      .catch(() => false)
      .then(() => {
        loading = false;
        const host = ready();
        if (host && pending) host.show(pending.content, pending.rects, pending.focus);
        pending = null;
      });
  };
  return {
    get shownIndex() {
      return real ? real.shownIndex : (pending?.content.index ?? -1);
    },
    contains: (node) => !!real?.contains(node),
    show(content, rects, focus) {
      const host = ready();
      if (host) {
        pending = null;
        return host.show(content, rects, focus);
      }
      pending = { content, rects, focus };
      fetchCard();
    },
    hide() {
      pending = null;
      real?.hide();
    },
    hasFocus: () => !!real?.hasFocus(),
    cardRect: () => real?.cardRect() ?? null,
    destroy() {
      pending = null;
      real?.destroy();
    },
  };
}
