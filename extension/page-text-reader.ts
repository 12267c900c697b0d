import { MAX_PAGE_TEXT, type CompactClaim } from '../lib/messages';
import { rangeOf } from '../lib/page-ranges';
import { pageNamesRegion } from '../lib/region-names';
import { publishedDate, readVisibleTextSliced, type PageText } from '../lib/visible-text';

/** A claim on the page with its verdict and the range it covers; `index` is its place in the background's list. */
export interface Shown {
  claim: CompactClaim;
  index: number;
  range: Range;
}

/** Main-thread time the reader takes before it yields to the page. */
const SLICE_MS = 8;

/** Gives the page's own work a turn before the reader goes on. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What the reader needs besides the document. */
export interface ReaderOptions {
  /** True for a node of the extension's own UI, which is never read as page text. */
  isOwn: (node: Node) => boolean;
  /** Told how long each uninterrupted stretch of main-thread work took, in milliseconds. */
  meter?: (workedMs: number) => void;
  /** Whether a reader sees a range (layout-bound: DOM tests pass their own). */
  isVisible?: (range: Range) => boolean;
}

/** Reads a page: the cheap gate, the visible text, and the ranges of the claims found in it. */
export interface PageTextReader {
  /** The cheap first look: does the body's text name the region at all? */
  namesRegion(): boolean;
  /** The page's visible text (its first MAX_PAGE_TEXT characters), read in slices, and its publication day. */
  read(): Promise<{ page: PageText; date: string | null } | null>;
  /** The claims that can be shown: each mapped back to a range that is still in the page and visible. */
  place(page: PageText, claims: CompactClaim[]): Promise<Shown[]>;
}

/** The reader of `doc`'s body. It never reads the extension's own nodes. */
export function createPageTextReader(doc: Document, { isOwn, meter = () => {}, isVisible = isRendered }: ReaderOptions): PageTextReader {
  return {
    // (The title is not looked at: claims are found in the body's text, and a body that never
    // names the region has none however the page is titled.)
    namesRegion: () => pageNamesRegion(doc.body?.textContent ?? ''),
    read: () => readPage(doc, isOwn, meter),
    async place(page, claims) {
      const shown: Shown[] = [];
      let started = performance.now();
      for (const [index, claim] of claims.entries()) {
        const range = rangeOf(page, claim.start, claim.end);
        if (range && isVisible(range)) shown.push({ claim, index, range });
        if (performance.now() - started > SLICE_MS) {
          meter(performance.now() - started);
          await pause();
          started = performance.now();
        }
      }
      meter(performance.now() - started);
      return shown;
    },
  };
}

/**
 * The page's visible text (its first MAX_PAGE_TEXT characters), read in slices that each yield to
 * the page, and its publication day. The reader and the loader's first read share it, so both
 * give the background the same text and the same offsets.
 */
export async function readPage(doc: Document, isOwn: (node: Node) => boolean, meter: (workedMs: number) => void = () => {}): Promise<{ page: PageText; date: string | null } | null> {
  const body = doc.body;
  if (!body) return null;
  const page = await readVisibleTextSliced(body, async (worked) => {
    meter(worked);
    await pause();
  }, SLICE_MS, { isHidden: isOwn, maxChars: MAX_PAGE_TEXT }, meter);
  return { page: capPageText(page, MAX_PAGE_TEXT), date: publishedDate(doc) };
}

/**
 * The page's first `max` characters. The walk stops once it has `max`, but the last text node
 * it took may run past; its pieces stay, since a claim never starts beyond the text.
 */
export function capPageText(page: PageText, max: number): PageText {
  return page.text.length <= max ? page : { text: page.text.slice(0, max), pieces: page.pieces };
}

/** The shortest wait before a changed page is read again, in milliseconds. */
export const RESCAN_DELAY_MS = 500;
/** The longest: a page whose text keeps changing (a ticking clock) is still read this often. */
export const MAX_RESCAN_DELAY_MS = 8000;

/**
 * The wait before the next re-read: doubled (up to MAX_RESCAN_DELAY_MS) after a re-read that found
 * the same claims with the same verdicts, back to RESCAN_DELAY_MS after one that found others. A
 * page whose clock ticks every 100 ms would otherwise have the background judge all its text twice
 * a second for ever.
 */
export function nextRescanDelay(delay: number, before: CompactClaim[] | null, after: CompactClaim[]): number {
  const same = !!before && before.length === after.length && before.every((c, i) => c.text === after[i]!.text && c.verdict === after[i]!.verdict);
  return same ? Math.min(2 * delay, MAX_RESCAN_DELAY_MS) : RESCAN_DELAY_MS;
}

// Text in a collapsed, hidden or zero-size element is not shown to the reader: no claim there.
function isRendered(range: Range): boolean {
  const el = range.startContainer.parentElement;
  if (!el) return false;
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ checkVisibilityCSS: true } as CheckVisibilityOptions)) return false;
  return range.getClientRects().length > 0;
}
