// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHighlightPainter, FULL_LIMIT, type Geometry } from '../../extension/highlight-painter';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highlightName, statementHighlightName, type HighlightApi } from '../../extension/highlights';
import type { Shown } from '../../extension/page-text-reader';
import { VERDICTS_BY_SEVERITY, type Verdict } from '../../lib/verdict';

/** happy-dom has no CSS.highlights: a registry that records what is registered, as the browser's would. */
class FakeHighlight {
  priority = 0;
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
function fakeApi() {
  const registry = new Map<string, FakeHighlight>();
  const api: HighlightApi = { registry: registry as unknown as HighlightApi['registry'], Highlight: FakeHighlight };
  const painted = () => Object.fromEntries([...registry].map(([name, h]) => [name, h.ranges.map((r) => r.toString())]));
  return { api, registry, painted };
}

/** Claims on lines 20 px apart, each with one box; the viewport is `height` tall and scrolled by `scroll.y`. */
function claims(verdicts: Verdict[], kinds: Array<'figure' | 'statement'> = []): { shown: Shown[]; geometry: Geometry; scroll: { y: number } } {
  document.body.textContent = verdicts.map((_, i) => `c${i} `).join('');
  const text = document.body.firstChild as Text;
  const shown = verdicts.map((verdict, i) => {
    const range = document.createRange();
    range.setStart(text, text.data.indexOf(`c${i} `));
    range.setEnd(text, text.data.indexOf(`c${i} `) + `c${i}`.length);
    return { index: i, range, claim: { start: 0, end: 0, text: `c${i}`, verdict, sentence: { start: 0, end: 0 }, understood: '', kind: kinds[i] } } as Shown;
  });
  const scroll = { y: 0 };
  const boxes = new Map(shown.map((s, i) => [s.range, i * 20]));
  const geometry: Geometry = {
    rectsOf: (range) => [new DOMRect(10, boxes.get(range)! - scroll.y, 50, 16)],
    viewportHeight: () => 800,
  };
  return { shown, geometry, scroll };
}

const ON = { highlightsOn: true, highlightUnverified: true, highlightStyle: 'marker' } as const;

describe('the painter', () => {
  it('registers one highlight per verdict, and none for a verdict with no claim', () => {
    const { api, painted } = fakeApi();
    const { shown, geometry } = claims(['corroborated', 'conflicting', 'corroborated', 'unverified']);
    createHighlightPainter(document, api, geometry).paint(shown, ON);
    expect(painted()).toEqual({ 'crosscheck-corroborated': ['c0', 'c2'], 'crosscheck-conflicting': ['c1'], 'crosscheck-unverified': ['c3'] });
  });

  it("paints a statement under its verdict's name and under a statement name of that verdict, a figure under its verdict's only", () => {
    const { api, painted } = fakeApi();
    const { shown, geometry } = claims(['corroborated', 'corroborated', 'disputed', 'conflicting'], ['figure', 'statement', 'statement', undefined as never]);
    const painter = createHighlightPainter(document, api, geometry);
    painter.paint(shown, ON);
    expect(painted()).toEqual({
      'crosscheck-corroborated': ['c0', 'c1'],
      'crosscheck-statement-corroborated': ['c1'],
      'crosscheck-disputed': ['c2'],
      'crosscheck-statement-disputed': ['c2'],
      'crosscheck-conflicting': ['c3'],
    });
    // A card opens on a statement as on a figure, and the keyboard steps through both.
    expect(painter.claimAt(20, 28)?.claim.text).toBe('c1');
    // A re-read that finds the statement gone takes its statement highlight away too.
    painter.paint(shown.filter((s) => s.claim.kind !== 'statement'), ON);
    expect(painted()).toEqual({ 'crosscheck-corroborated': ['c0'], 'crosscheck-conflicting': ['c3'] });
    painter.paint(shown, ON);
    painter.clear();
    expect(painted()).toEqual({});
  });

  it("gives every statement highlight name a style in the content CSS, in its verdict's colour", () => {
    const css = readFileSync(join(__dirname, '../../entrypoints/page-highlights.css'), 'utf8');
    const colourOf = (name: string) => new RegExp(`::highlight\\(${name}\\)\\s*\\{[^}]*?(rgb\\([^)]*\\))`).exec(css)?.[1];
    for (const v of VERDICTS_BY_SEVERITY) {
      const own = colourOf(statementHighlightName(v));
      expect(own, `no style for ${statementHighlightName(v)}`).toBeTruthy();
      // The verdict's underline colour: its declaration's last rgb(…) is the decoration's.
      const verdictRule = new RegExp(`::highlight\\(${highlightName(v)}\\)\\s*\\{([^}]*)\\}`).exec(css)![1]!;
      expect(verdictRule.match(/rgb\([^)]*\)/g)!.at(-1)).toBe(own);
      expect(css).toMatch(new RegExp(`::highlight\\(${statementHighlightName(v)}\\)\\s*\\{[^}]*overline`));
    }
  });

  it('leaves unverified claims out when the user asks, and paints nothing with highlights off', () => {
    const { api, painted } = fakeApi();
    const { shown, geometry } = claims(['corroborated', 'unverified']);
    const painter = createHighlightPainter(document, api, geometry);
    painter.paint(shown, { ...ON, highlightUnverified: false });
    expect(painted()).toEqual({ 'crosscheck-corroborated': ['c0'] });
    painter.paint(shown, { ...ON, highlightsOn: false });
    expect(painted()).toEqual({});
    expect(painter.claimAt(20, 8)).toBeNull();
  });

  it('says which painted claim is under a point', () => {
    const { api } = fakeApi();
    const { shown, geometry } = claims(['corroborated', 'disputed', 'consistent']);
    const painter = createHighlightPainter(document, api, geometry);
    painter.paint(shown, ON);
    expect(painter.claimAt(20, 28)?.claim.text).toBe('c1');
    expect(painter.claimAt(20, 47)?.claim.text).toBe('c2');
    expect(painter.claimAt(200, 28)).toBeNull();
  });

  it('on a page of more claims than it can register at once, paints those near the viewport and follows the scroll', () => {
    const { api, registry } = fakeApi();
    const { shown, geometry, scroll } = claims(Array.from({ length: FULL_LIMIT + 500 }, () => 'corroborated' as const));
    const painter = createHighlightPainter(document, api, geometry);
    painter.paint(shown, ON);
    const texts = () => registry.get('crosscheck-corroborated')!.ranges.map((r) => r.toString());
    // Two screens above and three below the viewport, at 20 px a claim: the first 120 claims.
    expect(texts()[0]).toBe('c0');
    expect(texts()).toHaveLength(120);
    scroll.y = 20_000; // claim 1000 is at the top of the viewport
    painter.follow();
    expect(texts()[0]).toBe(`c${1000 - 80}`);
    expect(texts()).toContain('c1000');
    expect(texts()).not.toContain('c0');
  });

  it('flashes a range above the others for a moment, and clears everything it registered', () => {
    const { api, registry, painted } = fakeApi();
    const { shown, geometry } = claims(['corroborated']);
    const painter = createHighlightPainter(document, api, geometry);
    painter.paint(shown, ON);
    painter.flash(shown[0]!.range);
    expect(registry.get('crosscheck-flash')?.priority).toBe(10);
    painter.clear();
    expect(painted()).toEqual({});
  });
});
