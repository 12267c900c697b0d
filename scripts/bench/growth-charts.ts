// The index growth charts of reports/bench/, one per figure against the corpus's size.
import { lineChart } from './svg-chart';

/** The index at one corpus size, as the bench measures it. */
export interface GrowthPoint {
  sources: number;
  build_ms: number;
  /** The serialised index's length. */
  bytes: number;
  /** Loading it in a fresh process, and its floor: JSON.parse of the same bytes. */
  load_ms: number;
  parse_ms: number;
  /** The heap a loaded index holds. */
  heap_bytes: number;
  match_p50_ms: number;
  match_p95_ms: number;
  /** Extraction over the corpus's texts with every language's lexicon compiled in. */
  extract_mb_per_s_all_lexicons: number;
  /** The corpus's text, in UTF-8 bytes. */
  text_bytes: number;
}

const SOURCES = 'sources in the corpus';

/** Every growth chart, by file name. Sizes and times span orders of magnitude, so they are drawn log-log: a straight line of slope one is linear growth. */
export function growthCharts(points: readonly GrowthPoint[], note: string): Record<string, string> {
  const line = (name: string, y: (p: GrowthPoint) => number) => ({ name, points: points.map((p) => [p.sources, y(p)] as [number, number]) });
  return {
    'index-build.svg': lineChart({ title: 'Building the index', note, xLabel: SOURCES, yLabel: 'ms', logX: true, logY: true, series: [line('build', (p) => p.build_ms)] }),
    'index-size.svg': lineChart({ title: 'Index size', note, xLabel: SOURCES, yLabel: 'MB', logX: true, logY: true, series: [line('index file', (p) => p.bytes / 1e6), line('source texts', (p) => p.text_bytes / 1e6)] }),
    'index-load.svg': lineChart({
      title: 'Loading the index, against JSON.parse of the same bytes',
      note,
      xLabel: SOURCES,
      yLabel: 'ms',
      logX: true,
      logY: true,
      series: [line('load', (p) => p.load_ms), line('JSON.parse (floor)', (p) => p.parse_ms)],
    }),
    'index-memory.svg': lineChart({ title: 'Heap held by a loaded index', note, xLabel: SOURCES, yLabel: 'MB', logX: true, logY: true, series: [line('heap', (p) => p.heap_bytes / 1e6)] }),
    'match-latency.svg': lineChart({
      title: 'Matching one claim: latency against corpus size',
      note,
      xLabel: SOURCES,
      yLabel: 'ms per claim',
      logX: true,
      series: [line('median', (p) => p.match_p50_ms), line('95th percentile', (p) => p.match_p95_ms)],
    }),
    'extract-throughput.svg': lineChart({
      title: 'Extraction with every language’s lexicon compiled in',
      note,
      xLabel: SOURCES,
      yLabel: 'MB/s',
      logX: true,
      series: [line('throughput', (p) => p.extract_mb_per_s_all_lexicons)],
    }),
  };
}
