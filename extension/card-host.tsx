import { render } from 'preact';
import cardCss from '../components/card.css?inline';
import { SourceCard, type CardActions } from '../components/source-card';
import type { CheckedClaim } from '../lib/check';

/** The tag of the one element the extension adds to a page: the host of its shadow root. */
export const HOST_TAG = 'crosscheck-ui';

/**
 * The card's home: one shadow host added to the page the first time a card opens, removed
 * with `destroy`. Cards are placed next to the claim's rectangles, never over them.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  shownIndex = -1;

  constructor(private readonly doc: Document) {}

  /** True when `node` is inside the extension's own UI. */
  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  show(claim: CheckedClaim, sentence: string, index: number, total: number, rects: DOMRect[], focus: boolean, actions: CardActions): void {
    const root = this.ensureRoot();
    this.shownIndex = index;
    render(<SourceCard claim={claim} sentence={sentence} position={index} total={total} focus={focus} actions={actions} />, root);
    const card = root.querySelector<HTMLElement>('.card');
    if (card) place(card, rects, this.doc.defaultView!);
  }

  hide(): void {
    if (this.root) render(null, this.root);
    this.shownIndex = -1;
  }

  get isOpen(): boolean {
    return this.shownIndex >= 0;
  }

  /** The card's box, for hover tracking. */
  cardRect(): DOMRect | null {
    return this.root?.querySelector('.card')?.getBoundingClientRect() ?? null;
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  private ensureRoot(): ShadowRoot {
    if (this.root && this.host?.isConnected) return this.root;
    this.host = this.doc.createElement(HOST_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    this.root.append(style);
    this.doc.documentElement.append(this.host);
    return this.root;
  }
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
