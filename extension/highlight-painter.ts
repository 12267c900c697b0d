import type { Settings } from './settings';
import { clearHighlights, flash, paintHighlights, setHighlightStyle, type HighlightApi, type Mark } from './highlights';
import type { Shown } from './page-text-reader';

/**
 * Up to this many claims, every one is registered as a highlight. Past it (a page of thousands
 * of figures), only those within a few screens of the viewport are, updated as the reader
 * scrolls: the browser revalidates the whole highlight registry on each change, and thousands
 * of ranges at once would freeze the page for tens of milliseconds.
 */
export const FULL_LIMIT = 1500;

/** The settings that decide what is painted and how. */
export type PaintSettings = Pick<Settings, 'highlightsOn' | 'highlightUnverified' | 'highlightStyle'>;

/** Where a range is on screen, and how tall the viewport is (layout-bound: DOM tests pass their own). */
export interface Geometry {
  rectsOf(range: Range): DOMRect[];
  viewportHeight(): number;
}

/** Layout as the browser reports it. */
export const browserGeometry = (win: Window): Geometry => ({
  rectsOf: (range) => Array.from(range.getClientRects()),
  viewportHeight: () => win.innerHeight,
});

/** Paints claims into the highlight registry and answers which painted claim is under a point. */
export interface HighlightPainter {
  /** Paints the claims the settings ask for (all, or all but unverified ones), replacing what was painted. */
  paint(shown: Shown[], settings: PaintSettings): void;
  /** On a huge page, moves the registered window to follow the viewport (call on scroll). */
  follow(): void;
  /** Removes every highlight. */
  clear(): void;
  /** Flashes one claim's range for a moment. */
  flash(range: Range): void;
  /** The painted claim whose text is under the point (within `slack` pixels), if any. */
  claimAt(x: number, y: number, slack?: number): Shown | null;
}

/**
 * The painter: one highlight per verdict (and one per verdict over statements), registered in `api` (the browser's `CSS.highlights`, or
 * a fake in DOM tests). It never touches the page's DOM.
 */
export function createHighlightPainter(doc: Document, api: HighlightApi | null, geometry: Geometry): HighlightPainter {
  let marked: Shown[] = [];
  /** The claims whose highlights are registered now: all of them, or a window on a huge page. */
  let painted: Shown[] = [];
  let on = true;
  const marks = (list: Shown[]): Mark[] => list.map((s) => ({ range: s.range, verdict: s.claim.verdict, kind: s.claim.kind }));
  // The claims within about two screens of the viewport, found by bisection (claims are in document order).
  const nearViewport = (): Shown[] => {
    const h = geometry.viewportHeight();
    const top = (s: Shown) => geometry.rectsOf(s.range)[0]?.top ?? Number.POSITIVE_INFINITY;
    const firstAt = (y: number) => {
      let lo = 0;
      let hi = marked.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (top(marked[mid]!) < y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const from = firstAt(-2 * h);
    return marked.slice(from, Math.min(marked.length, Math.max(firstAt(3 * h), from + 1), from + FULL_LIMIT));
  };
  return {
    paint(shown, settings) {
      setHighlightStyle(doc, settings.highlightStyle);
      on = settings.highlightsOn;
      marked = settings.highlightUnverified ? shown : shown.filter((s) => s.claim.verdict !== 'unverified');
      painted = marked.length > FULL_LIMIT ? nearViewport() : marked;
      if (on && painted.length) paintHighlights(marks(painted), api);
      else clearHighlights(api);
    },
    follow() {
      if (marked.length <= FULL_LIMIT) return;
      const window = nearViewport();
      if (window[0] === painted[0] && window.length === painted.length) return;
      painted = window;
      if (on) paintHighlights(marks(window), api);
    },
    clear() {
      marked = [];
      painted = [];
      clearHighlights(api);
    },
    flash: (range) => flash(range, undefined, api),
    claimAt: (x, y, slack = 2) => (on && painted.find((s) => inside(geometry.rectsOf(s.range), x, y, slack))) || null,
  };
}

/** True when the point is within `slack` pixels of one of the rectangles. */
export function inside(rects: DOMRect[], x: number, y: number, slack: number): boolean {
  return rects.some((r) => x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack);
}
