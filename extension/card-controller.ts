import type { CardActions } from '../components/source-card';
import type { CheckedClaim, SourceEvidence } from '../lib/check';
import type { CardHost } from './card-host';
import { inside, type Geometry } from './highlight-painter';
import type { Shown } from './page-text-reader';

/** How long the pointer may be off both claim and card before an unpinned card closes. */
const CLOSE_DELAY_MS = 350;

/** What the card controller needs from the rest of the content script. */
export interface CardControllerDeps {
  doc: Document;
  host: CardHost;
  geometry: Geometry;
  /** The claims on the page now, in page order. */
  claims(): Shown[];
  /** The painted claim under a point, if any (the painter knows what is highlighted). */
  claimAt(x: number, y: number): Shown | null;
  /** A claim's full verdict, fetched when its card opens. */
  details(s: Shown): Promise<CheckedClaim | null>;
  /** The claim's sentence as the page has it. */
  sentence(s: Shown): string;
  /** What a card can ask of the background. */
  requests: {
    openSource(src: SourceEvidence): void;
    openCompare(claim: CheckedClaim): void;
    recordFeedback(s: Shown, comment: string): Promise<string | null>;
  };
  /** Listeners and timers that stop with the content script: WXT's `ctx`, or a fake in tests. */
  ctx: PageEvents;
  /** True while the user has just acted (a real click or key press): a page script cannot fake it. */
  hasUserGesture(): boolean;
}

/** The piece of WXT's content-script context the controller uses. */
export interface PageEvents {
  addEventListener(target: Window | Document, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  setTimeout(run: () => void, ms: number): number;
  requestAnimationFrame(run: () => void): number;
}

/** How a card was asked for: what it does on its own when the pointer moves. */
export interface Opening {
  /** Focus moves into the card (keyboard step, "Show in page"). */
  focus?: boolean;
  /** The card stays when the pointer leaves (click, keyboard, focus, "Show in page"). */
  pinned?: boolean;
  /** The pointer, when the card follows it: it opens next to the line fragment under it. */
  point?: { x: number; y: number };
}

/** Opens, keeps and closes the in-page card. */
export interface CardController {
  /** True while a card is on show. */
  readonly isOpen: boolean;
  /** Starts following the pointer, clicks, focus and keys (once the page has claims). */
  listen(): void;
  /** Opens claim `i`'s card. */
  open(i: number, how: Opening): void;
  /** Closes the card; `byUser` (Esc, ×) keeps it closed while the pointer rests on its claim. */
  close(byUser?: boolean): void;
  /** Steps to the next (or previous) claim, scrolls it into view and opens its card with focus. */
  step(by: 1 | -1): void;
  /** Scrolls claim `i` into view and opens its card with focus ("Show in page"); its range, or null if there is no such claim. */
  showInPage(i: number): Range | null;
  /** After a re-read: the open card moves to its claim's new place, or closes if the claim is gone. */
  rebind(next: Shown[]): void;
}

/**
 * The card controller: a card opens on hover, on click or tap and on focus over a claim, on the
 * keyboard command and on "Show in page"; Esc closes it. Every event a page script could
 * dispatch itself is ignored (`isTrusted`), and an open card stays while its claim survives a
 * re-read of the page.
 */
export function createCardController(deps: CardControllerDeps): CardController {
  const { doc, host, geometry, claims, claimAt, ctx } = deps;
  const on = (target: Window | Document, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions) => ctx.addEventListener(target, type, handler, options);
  let pointer = { x: -1, y: -1 };
  let frame = 0;
  let closeTimer: number | undefined;
  let pinned = false;
  /** The claim the reader last asked for: a slow answer for an older request is dropped. */
  let wanted: Shown | null = null;
  /** The card on show, kept so a re-read can move it to the claim's new place. */
  let current: { s: Shown; claim: CheckedClaim; point?: { x: number; y: number } } | null = null;
  /** A claim closed with Esc or ×: hovering it again does not reopen it until the pointer leaves it. */
  let dismissed: Shown | null = null;
  let listening = false;

  const isOpen = () => host.shownIndex >= 0;
  // The claim after a re-read: the same text and verdict, nearest its old offset (text added
  // above it moves it on).
  const successor = (old: Shown, next: Shown[]): Shown | null => {
    let best: Shown | null = null;
    const { text, verdict, start } = old.claim;
    for (const s of next) {
      if (s.claim.text === text && s.claim.verdict === verdict && (!best || Math.abs(s.claim.start - start) < Math.abs(best.claim.start - start))) best = s;
    }
    return best;
  };
  const keepOpen = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };

  // Closed by the user (Esc, ×), the card stays closed while the pointer rests on its claim.
  const close = (byUser?: boolean) => {
    keepOpen();
    if (byUser && current) dismissed = current.s;
    pinned = false;
    wanted = null;
    current = null;
    host.hide();
  };

  // The boxes to place the card by. Above or below the whole claim, so it never covers one of
  // its lines; but when the pointer is on one fragment of a claim wrapped over two lines, level
  // with that fragment, not with the first one, which may be at the other end of the line.
  const placeBy = (s: Shown, point?: { x: number; y: number }): DOMRect[] => {
    const rects = geometry.rectsOf(s.range);
    const under = point && rects.find((r) => inside([r], point.x, point.y, 2));
    return under ? [new DOMRect(under.left, rects[0]!.top, under.width, rects[0]!.height), rects[rects.length - 1]!] : rects;
  };

  const render = (i: number, focus: boolean) => {
    const { s, claim, point } = current!;
    // A tab opens only for the user's own click, never for one a page script made up.
    const gesture = (run: () => void) => () => deps.hasUserGesture() && run();
    const actions: CardActions = {
      onClose: () => close(true),
      onStep: (by) => step(by),
      onOpenSource: (src) => gesture(() => deps.requests.openSource(src))(),
      onCompare: gesture(() => deps.requests.openCompare(claim)),
      onFeedback: (comment) => deps.requests.recordFeedback(s, comment),
    };
    host.show({ claim, sentence: deps.sentence(s), index: i, total: claims().length, actions }, placeBy(s, point), focus);
  };

  const open = (i: number, { focus = false, pinned: pin = false, point }: Opening) => {
    const s = claims()[i];
    if (!s) return;
    wanted = s;
    pinned = pin;
    keepOpen();
    void deps.details(s).then((claim) => {
      // A re-read while the verdict was fetched (the background had lost the page) leaves the
      // claim at a new place: the card opens there.
      const list = claims();
      const at = list[i] === s ? i : list.findIndex((x) => x.claim.start === s.claim.start && x.claim.text === s.claim.text);
      if (!claim || wanted !== s || at < 0) return;
      current = { s: list[at]!, claim, point };
      render(at, focus);
    });
  };

  const reveal = (i: number): Range | null => {
    const s = claims()[i];
    s?.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    return s?.range ?? null;
  };

  const step = (by: 1 | -1) => {
    const n = claims().length;
    if (!n) return;
    const i = isOpen() ? (host.shownIndex + by + n) % n : by > 0 ? 0 : n - 1;
    reveal(i);
    pinned = true;
    ctx.requestAnimationFrame(() => open(i, { focus: true, pinned: true }));
  };

  const hover = () => {
    frame = 0;
    const { x, y } = pointer;
    const box = host.cardRect();
    if (box && inside([box], x, y, 6)) return keepOpen();
    const hit = claimAt(x, y);
    if (hit && hit !== dismissed) {
      keepOpen();
      if (current?.s !== hit && wanted !== hit) open(claims().indexOf(hit), { point: { x, y } });
    } else if (isOpen() && !pinned && closeTimer === undefined) {
      closeTimer = ctx.setTimeout(() => close(), CLOSE_DELAY_MS);
    }
  };

  return {
    get isOpen() {
      return isOpen();
    },
    listen() {
      if (listening) return;
      listening = true;
      on(doc, 'mousemove', (e) => {
        const { clientX: x, clientY: y, isTrusted } = e as MouseEvent;
        if (!isTrusted) return;
        pointer = { x, y };
        // Checked on every move, not once a frame: a pointer that leaves and comes back within
        // one frame has still left.
        if (dismissed && !inside(geometry.rectsOf(dismissed.range), x, y, 2)) dismissed = null;
        frame ||= ctx.requestAnimationFrame(hover);
      }, { passive: true });
      // A click or tap on a claim opens its card and keeps it; a click elsewhere on the page closes it.
      on(doc, 'click', (e) => {
        const { clientX: x, clientY: y, target, isTrusted } = e as MouseEvent;
        if (!isTrusted || host.contains(target as Node)) return;
        const hit = claimAt(x, y);
        dismissed = null;
        if (!hit) {
          if (isOpen()) close();
        } else if (current?.s === hit) {
          pinned = true;
          keepOpen();
        } else open(claims().indexOf(hit), { pinned: true, point: { x, y } });
      }, { capture: true });
      // Focus reaching an element that holds a claim (a link, a focusable paragraph) opens its
      // card and leaves focus on the page, so Tab goes on through it.
      on(doc, 'focusin', (e) => {
        const el = e.target as Node;
        if (!e.isTrusted || host.contains(el)) return;
        const i = claims().findIndex((s) => el.contains(s.range.startContainer));
        if (i >= 0) {
          if (current?.s !== claims()[i]) open(i, { pinned: true });
        } else if (isOpen()) close();
      });
      on(doc, 'keydown', (e) => {
        if (e.isTrusted && (e as KeyboardEvent).key === 'Escape' && isOpen()) close(true);
      }, { capture: true });
      on(doc.defaultView!, 'scroll', (e) => {
        if (!e.isTrusted || !current) return;
        if (!pinned) close();
        else render(host.shownIndex, false);
      }, { passive: true });
    },
    open,
    close,
    step,
    showInPage(i) {
      const range = reveal(i);
      if (range) open(i, { focus: true, pinned: true });
      return range;
    },
    rebind(next) {
      // A claim closed with Esc stays closed under the pointer after a re-read too.
      dismissed = dismissed && successor(dismissed, next);
      if (!current || !isOpen()) return;
      const best = successor(current.s, next);
      if (!best) return close();
      current = { ...current, s: best };
      render(next.indexOf(best), false);
    },
  };
}
