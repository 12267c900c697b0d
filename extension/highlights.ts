import type { Verdict } from '../lib/verdict';
import { VERDICTS_BY_SEVERITY } from '../lib/verdict';

/** The name under which each verdict's highlight is registered in `CSS.highlights`. */
export const highlightName = (v: Verdict) => `crosscheck-${v}`;
/**
 * The second name a statement of who did what is registered under, beside its verdict's: it adds a
 * line over the text in the verdict's colour, so a statement differs from a figure without colour.
 */
export const statementHighlightName = (v: Verdict) => `crosscheck-statement-${v}`;
const FLASH = 'crosscheck-flash';

/**
 * The piece of the CSS Custom Highlight API the extension uses: a registry of named highlights
 * and the constructor of one. Passed in, so DOM tests (happy-dom has no `CSS.highlights`) can
 * hand the painter a fake registry.
 */
export interface HighlightApi {
  registry: { set(name: string, h: unknown): unknown; delete(name: string): unknown; get(name: string): unknown };
  Highlight: new (...ranges: Range[]) => { priority: number };
}

/** The browser's own highlight API, or null where the browser has none. */
export function browserHighlights(): HighlightApi | null {
  return typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function' ? null : { registry: CSS.highlights, Highlight };
}

/** True where the browser has the CSS Custom Highlight API. */
export function canHighlight(): boolean {
  return browserHighlights() !== null;
}

/** One range to paint: its verdict, and whether it is a figure or a statement (a figure when not said). */
export interface Mark {
  range: Range;
  verdict: Verdict;
  kind?: 'figure' | 'statement';
}

/**
 * Registers one highlight per verdict covering the given ranges, and one more per verdict over
 * its statements, replacing any earlier ones.
 */
export function paintHighlights(marks: Mark[], api: HighlightApi | null = browserHighlights()): void {
  if (!api) return;
  const put = (name: string, ranges: Range[]) => (ranges.length ? api.registry.set(name, new api.Highlight(...ranges)) : api.registry.delete(name));
  for (const v of VERDICTS_BY_SEVERITY) {
    const ofVerdict = marks.filter((m) => m.verdict === v);
    put(highlightName(v), ofVerdict.map((m) => m.range));
    put(statementHighlightName(v), ofVerdict.filter((m) => m.kind === 'statement').map((m) => m.range));
  }
}

/** Removes every highlight the extension registered. */
export function clearHighlights(api: HighlightApi | null = browserHighlights()): void {
  if (!api) return;
  for (const v of VERDICTS_BY_SEVERITY) {
    api.registry.delete(highlightName(v));
    api.registry.delete(statementHighlightName(v));
  }
  api.registry.delete(FLASH);
}

/** Flashes a range for a moment (after the popup scrolls to a claim). */
export function flash(range: Range, ms = 1600, api: HighlightApi | null = browserHighlights()): void {
  if (!api) return;
  const h = new api.Highlight(range);
  h.priority = 10;
  api.registry.set(FLASH, h);
  setTimeout(() => {
    if (api.registry.get(FLASH) === h) api.registry.delete(FLASH);
  }, ms);
}

let underlineOnly: CSSStyleSheet | null = null;

/**
 * Chooses the highlight style: `marker` (tint and underline, from the manifest's CSS) or
 * `underline` (the tint removed by an adopted style sheet, which adds no element to the page).
 */
export function setHighlightStyle(doc: Document, style: 'marker' | 'underline'): void {
  try {
    if (!underlineOnly) {
      underlineOnly = new CSSStyleSheet();
      underlineOnly.replaceSync(VERDICTS_BY_SEVERITY.map((v) => `::highlight(${highlightName(v)}) { background-color: transparent; }`).join('\n'));
    }
    // Assigning adoptedStyleSheets makes the page recompute its styles: only do it on a change.
    const adopted = doc.adoptedStyleSheets.includes(underlineOnly);
    if (adopted === (style === 'underline')) return;
    const others = doc.adoptedStyleSheets.filter((s) => s !== underlineOnly);
    doc.adoptedStyleSheets = style === 'underline' ? [...others, underlineOnly] : others;
  } catch {
    // No constructable style sheets here: the marker style stays.
  }
}
