// A small SVG line-chart writer for the bench's growth charts: no dependency, the same bytes for
// the same figures, and text that is escaped (titles and labels are plain strings).

/** One line of a chart: its name (shown in the legend) and its points as [x, y]. */
export interface Series {
  name: string;
  points: Array<[number, number]>;
}

/** A chart to draw: its title, axis labels, lines and scales. */
export interface ChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  /** Log scales need every value above zero; the bench's sizes run from 5 to 100,000. */
  logX?: boolean;
  logY?: boolean;
  /** A note under the title, such as which run the figures come from. */
  note?: string;
}

const W = 560;
const H = 320;
const M = { l: 70, r: 20, t: 48, b: 50 };
const COLOURS = ['#1565c0', '#c62828', '#2e7d32', '#6a1b9a', '#ef6c00'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2'];

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A number as an axis tick shows it: 1k, 10k, 100k for thousands; three significant digits below. */
export function tickLabel(v: number): string {
  if (v >= 1000 && Number.isInteger(v / 1000)) return `${v / 1000}k`;
  if (v === 0) return '0';
  return Number(v.toPrecision(3)).toString();
}

/**
 * Writes a line chart as SVG. Points with a non-finite value, or not above zero on a log axis,
 * are left out (a size the run skipped); a chart with no point left is refused, since an empty
 * chart committed to the repository would say nothing.
 */
export function lineChart(spec: ChartSpec): string {
  const usable = (x: number, y: number) => Number.isFinite(x) && Number.isFinite(y) && (!spec.logX || x > 0) && (!spec.logY || y > 0);
  const series = spec.series.map((s) => ({ ...s, points: s.points.filter(([x, y]) => usable(x, y)) }));
  const all = series.flatMap((s) => s.points);
  if (!all.length) throw new Error(`chart "${spec.title}": no point to draw (every value missing or not above zero on a log axis)`);
  const fx = (v: number) => (spec.logX ? Math.log10(v) : v);
  const fy = (v: number) => (spec.logY ? Math.log10(v) : v);
  const xs = all.map(([x]) => fx(x));
  const ys = all.map(([, y]) => fy(y));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  // A linear y axis starts at zero, so a line's height reads as its size.
  const y0 = spec.logY ? Math.floor(Math.min(...ys)) : Math.min(0, ...ys);
  const y1 = spec.logY ? Math.ceil(Math.max(...ys)) : Math.max(...ys) * 1.1 || 1;
  const px = (v: number) => M.l + ((fx(v) - x0) / (x1 - x0 || 1)) * (W - M.l - M.r);
  const py = (v: number) => H - M.b - ((fy(v) - y0) / (y1 - y0 || 1)) * (H - M.t - M.b);
  const r = (v: number) => Math.round(v * 10) / 10;
  const xTicks = [...new Set(all.map(([x]) => x))].sort((a, b) => a - b);
  const yTicks = spec.logY
    ? Array.from({ length: y1 - y0 + 1 }, (_, i) => 10 ** (y0 + i))
    : [0, 0.25, 0.5, 0.75, 1].map((f) => y0 + (y1 - y0) * f);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12" role="img" aria-label="${escapeXml(spec.title)}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${M.l}" y="18" font-weight="bold">${escapeXml(spec.title)}</text>`,
    spec.note ? `<text x="${M.l}" y="34" fill="#555" font-size="11">${escapeXml(spec.note)}</text>` : '',
    `<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="#999"/>`,
    `<line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${H - M.b}" stroke="#999"/>`,
    ...yTicks.map((v) => `<text x="${M.l - 6}" y="${r(py(v) + 4)}" text-anchor="end">${escapeXml(tickLabel(v))}</text>`),
    ...xTicks.map((v) => `<text x="${r(px(v))}" y="${H - M.b + 16}" text-anchor="middle">${escapeXml(tickLabel(v))}</text>`),
    `<text x="${(W + M.l) / 2}" y="${H - 12}" text-anchor="middle">${escapeXml(spec.xLabel)}${spec.logX ? ' (log scale)' : ''}</text>`,
    `<text x="16" y="${(H - M.b + M.t) / 2}" transform="rotate(-90 16 ${(H - M.b + M.t) / 2})" text-anchor="middle">${escapeXml(spec.yLabel)}${spec.logY ? ' (log scale)' : ''}</text>`,
    ...series.map((s, i) => {
      const colour = COLOURS[i % COLOURS.length]!;
      const dash = DASHES[i % DASHES.length] ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : '';
      const pts = s.points.map(([x, y]) => `${r(px(x))},${r(py(y))}`);
      const dots = s.points.map(([x, y]) => `<circle cx="${r(px(x))}" cy="${r(py(y))}" r="3" fill="${colour}"/>`).join('');
      const legend = `<text x="${W - M.r - 150}" y="${M.t + 4 + 14 * i}" fill="${colour}">${escapeXml(s.name)}</text>`;
      return `<polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>${dots}${legend}`;
    }),
    '</svg>',
  ];
  return `${out.filter(Boolean).join('\n')}\n`;
}
