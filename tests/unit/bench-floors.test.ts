import { describe, expect, it } from 'vitest';
import { matchesEveryPage, median, p95, ratioToFloor, scriptFigures } from '../../scripts/bench/floors';

describe('the bench’s floors and figures', () => {
  it('takes medians and nearest-rank 95th percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(hundred)).toBe(95);
    expect(p95([7])).toBe(7);
  });

  it('divides by the floor, counting a floor under the clock’s resolution as one tick', () => {
    expect(ratioToFloor(30, 10)).toBe(3);
    expect(ratioToFloor(1, 0.0001, 0.005)).toBe(200);
    // A floor that was not measured gives no ratio at all, so the budget table cannot pass it.
    expect(ratioToFloor(1, NaN)).toBeNaN();
    expect(ratioToFloor(1, 0)).toBeNaN();
    expect(ratioToFloor(Infinity, 1)).toBeNaN();
  });

  it('knows which match patterns reach every page', () => {
    for (const p of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']) expect(matchesEveryPage(p)).toBe(true);
    for (const p of ['https://example.org/*', 'file:///*', '*://*.example.org/*']) expect(matchesEveryPage(p)).toBe(false);
  });

  it('sizes today’s build: one content script on every page, the card apart', () => {
    const files = { 'manifest.json': 900, 'background.js': 90_000, 'content-scripts/content.js': 19_783, 'content-scripts/content.css': 400, 'content-scripts/card.js': 26_349, 'chunks/popup.js': 50_000 };
    const manifest = { content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }] };
    expect(scriptFigures(manifest, files)).toMatchObject({ every_page_script_bytes: 19_783, content_script_bytes: 19_783, card_script_bytes: 26_349 });
  });

  it('follows the split into an every-page loader and a reader injected later', () => {
    const files = { 'content-scripts/loader.js': 3_000, 'content-scripts/reader.js': 17_000, 'content-scripts/card.js': 26_000, 'content-scripts/demo.js': 1_000 };
    const manifest = {
      content_scripts: [
        { matches: ['<all_urls>'], js: ['content-scripts/loader.js'] },
        // A script for one site only is not what every page pays.
        { matches: ['https://example.org/*'], js: ['content-scripts/demo.js'] },
      ],
    };
    const figures = scriptFigures(manifest, files);
    expect(figures.every_page_script_bytes).toBe(3_000);
    expect(figures.every_page_files).toEqual(['content-scripts/loader.js']);
    expect(figures.content_files).not.toContain('content-scripts/card.js');
    expect(figures.content_script_bytes).toBe(3_000 + 17_000 + 1_000);
  });

  it('refuses a manifest that names a file the build does not hold', () => {
    expect(() => scriptFigures({ content_scripts: [{ matches: ['<all_urls>'], js: ['content-scripts/gone.js'] }] }, {})).toThrow(/gone\.js.*npm run build/);
  });
});
