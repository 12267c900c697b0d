import { isoOfDay, parseIsoDate } from '../lib/calendar';
import type { StatementRow } from '../lib/messages';
import { t, uiLocale } from '../extension/i18n';

const PALETTE = ['#1565c0', '#c62828', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#4e342e'];
const W = 720;
const H = 320;
const M = { left: 84, right: 24, top: 16, bottom: 44 };

/** A round step for about `n` ticks up to `max`: 1, 2 or 5 times a power of ten. */
function niceStep(max: number, n = 4): number {
  const raw = max / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}

/** The claim drawn on the chart when the view was opened from a card. */
export interface ClaimMark {
  text: string;
  value: number;
  asOf: string | null;
}

function formatValue(v: number, unit: string): string {
  if (unit === 'percent') return `${Math.round(v)}%`;
  if (unit === 'days') return v >= 730 ? t('timeline_years', Math.round(v / 365.25)) : t('timeline_days', Math.round(v));
  if (unit === 'km') return t('timeline_km', Math.round(v));
  return v >= 1000 ? v.toLocaleString(uiLocale()) : String(Math.round(v * 10) / 10);
}

/**
 * A timeline of one measure: each source's figures by the day they describe, a line per
 * source (counts that rise over the days read as rising lines). Open-ended figures ("more
 * than") are drawn as triangles pointing the way they leave open. An SVG drawn from the data,
 * in the page's text colour so it reads in light and dark themes, with a text alternative.
 */
export function TimelineChart({ rows, claim, unit, label }: { rows: StatementRow[]; claim?: ClaimMark | null; unit: string; label: string }) {
  const dated = rows.filter((r) => r.asOf && Number.isFinite(r.value));
  // "Tens of thousands" is a span, not a point: drawn as a bar, left out of the lines.
  const isVague = (r: StatementRow) => /^(?:tens|hundreds|thousands|dozens|several|a few)\b/i.test(r.raw.trim());
  const days = dated.map((r) => parseIsoDate(r.asOf!)!);
  const claimDay = claim?.asOf ? parseIsoDate(claim.asOf) : null;
  if (claimDay !== null && claimDay !== undefined) days.push(claimDay);
  if (dated.length === 0) return <p class="muted">{t('timeline_none')}</p>;
  const values = [...dated.map((r) => (isVague(r) ? (r.high ?? r.value) : r.value)), ...(claim ? [claim.value] : [])];
  let d0 = Math.min(...days) - 1;
  let d1 = Math.max(...days) + 1;
  if (d1 - d0 < 4) [d0, d1] = [d0 - 2, d1 + 2];
  const step = niceStep(Math.max(...values) * 1.05 || 1);
  const vMax = Math.ceil((Math.max(...values) * 1.05) / step) * step || step;
  const x = (day: number) => M.left + ((day - d0) / (d1 - d0)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / vMax) * (H - M.top - M.bottom);
  const bySource = new Map<string, StatementRow[]>();
  for (const r of dated) bySource.set(r.outlet, [...(bySource.get(r.outlet) ?? []), r]);
  const ticks = Array.from({ length: Math.round(vMax / step) + 1 }, (_, i) => step * i);
  const dayTicks: number[] = [];
  const dayStep = Math.max(1, Math.ceil((d1 - d0) / 8));
  for (let d = Math.ceil(d0); d <= d1; d += dayStep) dayTicks.push(d);
  const seriesCount = new Set(dated.map((r) => r.outlet)).size;
  // How the figure moved: the middle of each day's stated figures, across all reports.
  const byDay = new Map<number, number[]>();
  for (const r of dated) if (!isVague(r)) byDay.set(parseIsoDate(r.asOf!)!, [...(byDay.get(parseIsoDate(r.asOf!)!) ?? []), r.value]);
  const trend = [...byDay].sort((a, b) => a[0] - b[0]).map(([d, vs]) => {
    const sorted = [...vs].sort((a, b) => a - b);
    return `${x(d)},${y(sorted[Math.floor(sorted.length / 2)]!)}`;
  });
  const summary = [...bySource].map(([outlet, list]) => `${outlet}: ${list.sort((a, b) => a.asOf!.localeCompare(b.asOf!)).map((r) => t('timeline_point', r.raw, r.asOf!)).join(', ')}`).join('; ');
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" width="100%">
        <title id="chart-title">{t('timeline_title', label)}</title>
        <desc id="chart-desc">{summary}{claim ? `. ${claim.asOf ? t('timeline_claimOn', claim.text, claim.asOf) : t('timeline_claimDesc', claim.text)}.` : ''}</desc>
        <g class="axis" stroke="currentColor" stroke-opacity="0.35">
          <line x1={M.left} y1={H - M.bottom} x2={W - M.right} y2={H - M.bottom} />
          <line x1={M.left} y1={M.top} x2={M.left} y2={H - M.bottom} />
        </g>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="currentColor" stroke-opacity="0.1" />
            <text x={M.left - 6} y={y(t) + 4} text-anchor="end" font-size="11" fill="currentColor">{formatValue(t, unit)}</text>
          </g>
        ))}
        {dayTicks.map((d) => (
          <text key={d} x={x(d)} y={H - M.bottom + 16} text-anchor="middle" font-size="11" fill="currentColor">{isoOfDay(d).slice(5)}</text>
        ))}
        {trend.length > 1 ? <polyline class="trend" points={trend.join(' ')} fill="none" stroke="currentColor" stroke-opacity="0.45" stroke-width="1.5" stroke-dasharray="5 4" /> : null}
        {[...bySource].map(([outlet, list], i) => {
          const color = PALETTE[i % PALETTE.length]!;
          // Sources giving the same day are set a few pixels apart so none hides another.
          const shift = (i - (seriesCount - 1) / 2) * 5;
          const sorted = [...list].sort((a, b) => a.asOf!.localeCompare(b.asOf!));
          const pointed = sorted.filter((r) => !isVague(r));
          const points = pointed.map((r) => `${x(parseIsoDate(r.asOf!)!) + shift},${y(r.value)}`).join(' ');
          return (
            <g key={outlet} class="series">
              {pointed.length > 1 ? <polyline points={points} fill="none" stroke={color} stroke-width="2" /> : null}
              {sorted.map((r) => {
                const cx = x(parseIsoDate(r.asOf!)!) + shift;
                const cy = y(r.value);
                if (isVague(r)) {
                  return (
                    <rect key={r.passage[0]} x={cx - 3} y={y(r.high ?? r.value)} width="6" height={Math.max(2, y(r.low ?? 0) - y(r.high ?? r.value))} fill={color} fill-opacity="0.35">
                      <title>{`${outlet}: ${r.raw} (${r.asOf})`}</title>
                    </rect>
                  );
                }
                const open = r.high === null ? 'up' : r.low === 0 && r.high !== null && r.high > 0 ? 'down' : null;
                return open ? (
                  <path key={r.passage[0]} d={open === 'up' ? `M${cx},${cy - 7} l6,11 h-12 z` : `M${cx},${cy + 7} l6,-11 h-12 z`} fill={color}><title>{`${outlet}: ${r.raw} (${r.asOf})`}</title></path>
                ) : (
                  <circle key={r.passage[0]} cx={cx} cy={cy} r="5" fill={color}><title>{`${outlet}: ${r.raw} (${r.asOf})`}</title></circle>
                );
              })}
            </g>
          );
        })}
        {claim && claimDay !== null && claimDay !== undefined ? (
          <g class="claim">
            <path d={`M${x(claimDay)},${y(claim.value) - 9} l3,6 h6 l-5,4 l2,7 l-6,-4 l-6,4 l2,-7 l-5,-4 h6 z`} fill="none" stroke="currentColor" stroke-width="2" />
            <text x={x(claimDay) + 10} y={y(claim.value) - 8} font-size="12" fill="currentColor">{t('timeline_claim', claim.text)}</text>
          </g>
        ) : null}
      </svg>
      <figcaption>
        <ul class="legend">
          {[...bySource.keys()].map((outlet, i) => (
            <li key={outlet}><span class="swatch" style={{ background: PALETTE[i % PALETTE.length] }} aria-hidden="true" /> {outlet}</li>
          ))}
          <li><span aria-hidden="true">▲</span> {t('timeline_atLeast')} · <span aria-hidden="true">▼</span> {t('timeline_upTo')} · <span aria-hidden="true">●</span> {t('timeline_stated')} · <span aria-hidden="true">▮</span> {t('timeline_vague')} · <span aria-hidden="true">┄</span> {t('timeline_trend')}{claim ? <> · <span aria-hidden="true">☆</span> {t('timeline_theClaim')}</> : null}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
