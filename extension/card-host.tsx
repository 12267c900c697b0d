/** @jsxImportSource preact */
// (extension/ lies outside tsconfig's include list, which names the JSX runtime for components/.)
import { render } from 'preact';
import cardCss from '../components/card.css?inline';
import type { CitationSetting } from '../components/cite-button';
import { SourceCard, type CardActions } from '../components/source-card';
import type { CheckedClaim } from '../lib/check';

/** The tag of the one element the extension adds to a page: the host of its shadow root. */
export const HOST_TAG = 'crosscheck-ui';

/**
 * The host's one inline declaration. Page rules on the host element beat the shadow root's
 * `:host { all: initial }` (the page's styles win over `:host`), but no page rule beats an inline
 * `!important` one: every property a page could use to hide, move, clip, fade, transform or
 * animate the host stays at its initial value, transitions included. (The card itself is
 * `position: fixed` in the top layer, so the host needs no box of its own.)
 */
export const HOST_STYLE = 'all:initial!important';

/**
 * The events the card acts on (buttons and links, Esc, the feedback form; typing into the
 * comment box only changes the box). The shadow root
 * is closed, so a page cannot reach the card's elements; should an event a page made up get in
 * anyway, it is stopped at the root before any handler sees it.
 */
const GUARDED_EVENTS = ['click', 'keydown', 'submit'];

/** What a shown card displays. */
export interface CardContent {
  claim: CheckedClaim;
  /** The claim's sentence as the page has it. */
  sentence: string;
  /** The claim's place on the page, and how many there are. */
  index: number;
  total: number;
  actions: CardActions;
}

/** The card's home in the page: one closed shadow root on one host element. */
export interface CardHost {
  /** The shown claim's place on the page, or -1 when no card is open. */
  readonly shownIndex: number;
  /** True when `node` is inside the extension's own UI. */
  contains(node: Node | null): boolean;
  /** Shows (or updates) the card next to `rects`, the claim's line boxes; with `focus`, moves focus into it. */
  show(content: CardContent, rects: DOMRect[], focus: boolean): void;
  /** Closes the card; focus goes back where it was if the card had it. */
  hide(): void;
  /** True when focus is inside the card. */
  hasFocus(): boolean;
  /** The card's box, for hover tracking. */
  cardRect(): DOMRect | null;
  /** Removes the host from the page. */
  destroy(): void;
}

/**
 * The host is added to the page the first time a card opens. Its shadow root is closed, so page
 * scripts cannot read the card (it quotes the user's own sources). Cards are placed next to the
 * claim's rectangles, never over them, in the top layer where the browser has it.
 */
export function createCardHost(doc: Document, citation: () => CitationSetting = () => ({ coverage: null })): CardHost & { refresh(): void } {
  let host: HTMLElement | null = null;
  /** The card on show, drawn again when its language or the corpus it cites arrives. */
  let shown: { content: CardContent; focus: boolean } | null = null;
  let root: ShadowRoot | null = null;
  /** The element that had focus before a card took it, given back when the card closes. */
  let returnFocus: HTMLElement | null = null;
  let shownIndex = -1;
  const card = () => root?.querySelector<HTMLElement>('.card') ?? null;
  // A shadow root's activeElement is set only while the document's focus is inside it.
  const hasFocus = () => !!root?.activeElement;
  const ensureRoot = (): ShadowRoot => {
    if (root && host?.isConnected) return root;
    host = doc.createElement(HOST_TAG);
    host.style.cssText = HOST_STYLE;
    root = host.attachShadow({ mode: 'closed' });
    for (const type of GUARDED_EVENTS) root.addEventListener(type, stopUntrusted, true);
    const style = doc.createElement('style');
    style.textContent = cardCss;
    root.append(style);
    doc.documentElement.append(host);
    return root;
  };
  const draw = (r: ShadowRoot, content: CardContent, focus: boolean) =>
    render(<SourceCard claim={content.claim} sentence={content.sentence} position={content.index} total={content.total} focus={focus} actions={content.actions} citation={citation()} />, r);
  const hide = () => {
    const hadFocus = hasFocus();
    if (root) render(null, root);
    shownIndex = -1;
    shown = null;
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };
  return {
    get shownIndex() {
      return shownIndex;
    },
    contains: (node) => !!node && !!host && (node === host || host.contains(node)),
    show(content, rects, focus) {
      const r = ensureRoot();
      if (focus && !hasFocus()) {
        const active = doc.activeElement;
        returnFocus = active instanceof HTMLElement && active !== doc.body ? active : null;
      }
      shownIndex = content.index;
      shown = { content, focus };
      draw(r, content, focus);
      const el = card();
      if (!el) return;
      // The top layer (a manual popover) is drawn above every page element and ignores the
      // transforms, filters and clipping of the page's own elements.
      try {
        if (!el.matches(':popover-open')) el.showPopover();
      } catch {
        // No popovers here: the fixed position still holds.
      }
      place(el, rects, doc.defaultView!);
    },
    hide,
    refresh() {
      if (root && shown) draw(root, shown.content, false);
    },
    hasFocus,
    cardRect: () => card()?.getBoundingClientRect() ?? null,
    destroy() {
      hide();
      host?.remove();
      host = null;
      root = null;
    },
  };
}

/** Stops an event the page made up before any of the card's handlers sees it. */
function stopUntrusted(e: Event): void {
  if (e.isTrusted) return;
  e.stopImmediatePropagation();
  e.preventDefault();
}

// Below the claim when there is room (or more room than above), else above; the card shrinks
// to the space it has rather than cover the claim's own lines.
function place(card: HTMLElement, rects: DOMRect[], win: Window): void {
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) return;
  const gap = 8;
  card.style.maxHeight = '';
  const height = card.offsetHeight;
  const width = card.offsetWidth;
  const spaceBelow = win.innerHeight - last.bottom - 2 * gap;
  const spaceAbove = first.top - 2 * gap;
  if (height <= spaceBelow || spaceBelow >= spaceAbove) {
    card.style.top = `${last.bottom + gap}px`;
    if (height > spaceBelow) card.style.maxHeight = `${Math.max(120, spaceBelow)}px`;
  } else {
    const h = Math.min(height, spaceAbove);
    card.style.maxHeight = `${h}px`;
    card.style.top = `${first.top - gap - h}px`;
  }
  card.style.left = `${Math.max(gap, Math.min(first.left, win.innerWidth - width - gap))}px`;
}
