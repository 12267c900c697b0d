import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** A list this long or shorter is rendered whole: windowing only pays on long lists. */
export const WINDOW_FROM = 30;
/** Rows rendered beyond each edge of the view, so scrolling and tabbing meet rendered rows. */
export const OVERSCAN = 8;
/** The height assumed for a row not yet measured, in CSS pixels (a one-line claim in the popup). */
const ESTIMATE_PX = 44;

/** Where a list stands against the view, in CSS pixels: its top edge and the view's height. */
export interface ViewGeometry {
  listTop: number;
  viewHeight: number;
  rowHeight: number;
}

/**
 * The rows of a list of `count` to render: those in view, `overscan` more each side, and at
 * least the first `overscan` (a list below the view shows its head, so its first row is
 * reachable by Tab). Pure, so it can be tested without layout.
 */
export function visibleWindow(count: number, g: ViewGeometry, overscan = OVERSCAN): [number, number] {
  if (count <= WINDOW_FROM) return [0, count];
  const row = g.rowHeight > 0 ? g.rowHeight : ESTIMATE_PX;
  const first = Math.floor(Math.max(0, -g.listTop) / row);
  const last = Math.ceil(Math.max(0, g.viewHeight - g.listTop) / row);
  const from = Math.max(0, Math.min(first, count) - overscan);
  const to = Math.min(count, Math.max(last + overscan, from + overscan, overscan));
  return [from, Math.max(to, from)];
}

/** What a windowed list renders and how. */
export interface VirtualListProps {
  count: number;
  /** Row `i` (its element should be an `<li>` that spreads `aria` onto itself). */
  row: (i: number, aria: { 'aria-setsize': number; 'aria-posinset': number }) => ComponentChildren;
  class?: string;
  /** Rows always rendered, wherever they are (an opened claim keeps its state and its focus). */
  pinned?: ReadonlySet<number>;
}

/**
 * A list that renders only the rows in view, for lists of thousands. Every row carries
 * aria-setsize and aria-posinset, so a screen reader announces "12 of 4,816" however few rows are
 * in the DOM; the rows out of view are stood in for by two spacers of the height they would take.
 * Moving focus onto a row near either edge of the window widens it, so Tab and Shift+Tab walk the
 * whole list without a pointer.
 */
export function VirtualList({ count, row, class: className, pinned }: VirtualListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [[from, to], setWindow] = useState<[number, number]>(() => visibleWindow(count, { listTop: 0, viewHeight: 0, rowHeight: 0 }));
  const rowHeight = useRef(0);

  useLayoutEffect(() => {
    const el = list.current;
    if (!el || count <= WINDOW_FROM) return setWindow([0, count]);
    const win = el.ownerDocument.defaultView!;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const rows = el.querySelectorAll<HTMLElement>(':scope > li[aria-posinset]');
      // The average height of the rendered rows stands for the rest (opened rows included; a row
      // not laid out yet, of no height, says nothing).
      let total = 0;
      let laidOut = 0;
      for (const r of rows) {
        const h = r.getBoundingClientRect().height;
        if (h > 0) {
          total += h;
          laidOut++;
        }
      }
      if (laidOut) rowHeight.current = total / laidOut;
      const next = visibleWindow(count, { listTop: el.getBoundingClientRect().top, viewHeight: win.innerHeight, rowHeight: rowHeight.current });
      setWindow((prev) => (prev[0] === next[0] && prev[1] === next[1] ? prev : next));
    };
    const onScroll = () => {
      frame ||= win.requestAnimationFrame(measure);
    };
    measure();
    // Capture: the popup, the side panel and a test page scroll different elements.
    win.addEventListener('scroll', onScroll, { capture: true, passive: true });
    win.addEventListener('resize', onScroll);
    return () => {
      win.removeEventListener('scroll', onScroll, { capture: true } as EventListenerOptions);
      win.removeEventListener('resize', onScroll);
      if (frame) win.cancelAnimationFrame(frame);
    };
  }, [count]);

  // Focus on a row near an edge widens the window that way, before the next Tab needs the row.
  const onFocusIn = (e: FocusEvent) => {
    const item = (e.target as Element | null)?.closest?.('li[aria-posinset]');
    const at = item ? Number(item.getAttribute('aria-posinset')) - 1 : -1;
    if (at < 0) return;
    if (at >= to - 2 && to < count) setWindow([from, Math.min(count, at + 1 + OVERSCAN)]);
    else if (at <= from + 1 && from > 0) setWindow([Math.max(0, at - OVERSCAN), to]);
  };

  const height = rowHeight.current > 0 ? rowHeight.current : ESTIMATE_PX;
  const shown: number[] = [];
  for (const i of [...(pinned ?? [])].sort((a, b) => a - b)) if (i < from && i < count) shown.push(i);
  for (let i = from; i < to; i++) shown.push(i);
  for (const i of [...(pinned ?? [])].sort((a, b) => a - b)) if (i >= to && i < count) shown.push(i);
  const pinnedBefore = shown.filter((i) => i < from).length;
  const pinnedAfter = shown.filter((i) => i >= to).length;
  return (
    <ul class={className} ref={list} onFocusIn={onFocusIn}>
      {from - pinnedBefore > 0 ? <li class="virtual-spacer" aria-hidden="true" style={{ height: `${(from - pinnedBefore) * height}px` }} /> : null}
      {shown.map((i) => row(i, { 'aria-setsize': count, 'aria-posinset': i + 1 }))}
      {count - to - pinnedAfter > 0 ? <li class="virtual-spacer" aria-hidden="true" style={{ height: `${(count - to - pinnedAfter) * height}px` }} /> : null}
    </ul>
  );
}
