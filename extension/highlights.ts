import type { Verdict } from '../lib/verdict';
import { VERDICTS_BY_SEVERITY } from '../lib/verdict';

/** The name under which each verdict's highlight is registered in `CSS.highlights`. */
export const highlightName = (v: Verdict) => `crosscheck-${v}`;
const FLASH = 'crosscheck-flash';

/** True where the browser has the CSS Custom Highlight API. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Registers one highlight per verdict covering the given ranges, replacing any earlier ones. */
export function paintHighlights(marks: Array<{ range: Range; verdict: Verdict }>): void {
  if (!canHighlight()) return;
  for (const v of VERDICTS_BY_SEVERITY) {
    const ranges = marks.filter((m) => m.verdict === v).map((m) => m.range);
    if (ranges.length) CSS.highlights.set(highlightName(v), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(v));
  }
}

/** Removes every highlight the extension registered. */
export function clearHighlights(): void {
  if (!canHighlight()) return;
  for (const v of VERDICTS_BY_SEVERITY) CSS.highlights.delete(highlightName(v));
  CSS.highlights.delete(FLASH);
}

/** Flashes a range for a moment (after the popup scrolls to a claim). */
export function flash(range: Range, ms = 1600): void {
  if (!canHighlight()) return;
  const h = new Highlight(range);
  h.priority = 10;
  CSS.highlights.set(FLASH, h);
  setTimeout(() => {
    if (CSS.highlights.get(FLASH) === h) CSS.highlights.delete(FLASH);
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
