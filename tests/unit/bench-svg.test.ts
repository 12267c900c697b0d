import { describe, expect, it } from 'vitest';
import { growthCharts, type GrowthPoint } from '../../scripts/bench/growth-charts';
import { escapeXml, lineChart, tickLabel } from '../../scripts/bench/svg-chart';

const coords = (svg: string) => [...svg.matchAll(/<polyline points="([^"]+)"/g)].map((m) => m[1]!.split(' ').map((p) => p.split(',').map(Number) as [number, number]));

describe('the bench’s SVG charts', () => {
  it('draws each series as a line, x rising left to right and y rising upwards', () => {
    const svg = lineChart({ title: 'T', xLabel: 'x', yLabel: 'y', logX: true, series: [{ name: 'a', points: [[5, 1], [1000, 2], [10_000, 4]] }] });
    const [line] = coords(svg);
    expect(line).toHaveLength(3);
    const xs = line!.map(([x]) => x);
    const ys = line!.map(([, y]) => y);
    expect(xs[0]! < xs[1]! && xs[1]! < xs[2]!).toBe(true);
    expect(ys[0]! > ys[1]! && ys[1]! > ys[2]!).toBe(true); // SVG's y grows downwards
    // Everything inside the view box.
    for (const [x, y] of line!) expect(x >= 0 && x <= 560 && y >= 0 && y <= 320).toBe(true);
  });

  it('draws equal ratios as equal steps on a log scale', () => {
    const [line] = coords(lineChart({ title: 'T', xLabel: 'x', yLabel: 'y', logX: true, logY: true, series: [{ name: 'a', points: [[10, 10], [100, 100], [1000, 1000]] }] }));
    expect(line![1]![0] - line![0]![0]).toBeCloseTo(line![2]![0] - line![1]![0], 0);
    expect(line![0]![1] - line![1]![1]).toBeCloseTo(line![1]![1] - line![2]![1], 0);
  });

  it('escapes its text and leaves out points it cannot draw', () => {
    const svg = lineChart({ title: 'a < b & "c"', xLabel: 'x', yLabel: 'y', logY: true, series: [{ name: '<s>', points: [[1, 0], [2, NaN], [3, 5], [4, 50]] }] });
    expect(svg).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(svg).not.toContain('<s>');
    expect(coords(svg)[0]).toHaveLength(2);
    expect(() => lineChart({ title: 'empty', xLabel: 'x', yLabel: 'y', series: [{ name: 'a', points: [[1, NaN]] }] })).toThrow(/empty.*no point/);
    expect(escapeXml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('labels ticks briefly', () => {
    expect([5, 1000, 10_000, 100_000, 0.25, 1234.5].map(tickLabel)).toEqual(['5', '1k', '10k', '100k', '0.25', '1230']);
  });

  it('writes one chart per growth figure, each with every size measured', () => {
    const point = (n: number): GrowthPoint => ({ sources: n, build_ms: n, bytes: n * 2000, load_ms: n / 50, parse_ms: n / 80, heap_bytes: n * 4000, match_p50_ms: 0.3, match_p95_ms: 0.5, extract_mb_per_s_all_lexicons: 12, text_bytes: n * 1500 });
    const charts = growthCharts([5, 1000, 10_000, 100_000].map(point), 'test run');
    expect(Object.keys(charts).sort()).toEqual(['extract-throughput.svg', 'index-build.svg', 'index-load.svg', 'index-memory.svg', 'index-size.svg', 'match-latency.svg']);
    for (const svg of Object.values(charts)) {
      expect(svg).toContain('test run');
      for (const line of coords(svg)) expect(line).toHaveLength(4);
    }
  });
});
