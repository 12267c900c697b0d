import type { PageText } from './visible-text';

/**
 * Turns a span of the page text back into a DOM Range over the text nodes it was read from,
 * across element boundaries ("<b>100,000</b> people"). Null when the nodes are gone or
 * changed since they were read.
 */
export function rangeOf(page: PageText, start: number, end: number): Range | null {
  const a = locate(page, start, false);
  const b = locate(page, end, true);
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  if (!doc || !a.node.isConnected || !b.node.isConnected) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

// Finds the text node holding an offset (binary search). For an end offset, a position at the
// very end of one node is preferred over the start of the next.
function locate(page: PageText, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  const { pieces } = page;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    const len = p.node.data.length;
    if (offset < p.start || (isEnd && offset === p.start && mid > 0)) hi = mid - 1;
    else if (offset > p.start + len || (!isEnd && offset === p.start + len)) lo = mid + 1;
    else return { node: p.node, offset: offset - p.start };
  }
  return null;
}
