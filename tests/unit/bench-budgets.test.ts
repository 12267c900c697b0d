import { describe, expect, it } from 'vitest';
import { allMet, formatTable, judge, METRICS, type MetricSpec } from '../../scripts/bench/budgets';

const specs: Record<string, MetricSpec> = {
  at_most: { budget: { op: '≤', limit: 3 }, protects: 'x' },
  at_least: { budget: { op: '≥', limit: 20 }, protects: 'x' },
  soft: { budget: { op: '≤', limit: 1000 }, soft: true, protects: 'x' },
  reference: { budget: null, protects: 'x' },
};

describe('the bench’s budget table', () => {
  it('judges each figure by its own direction, a value on the limit meeting it', () => {
    const byName = (m: Record<string, number>) => Object.fromEntries(judge(m, specs).map((j) => [j.metric, j.status]));
    expect(byName({ at_most: 3, at_least: 20, soft: 1, reference: 5 })).toEqual({ at_most: 'meets', at_least: 'meets', soft: 'meets', reference: 'reference' });
    expect(byName({ at_most: 3.01, at_least: 19.9, soft: 1001, reference: 5 })).toEqual({ at_most: 'misses', at_least: 'misses', soft: 'misses', reference: 'reference' });
  });

  it('never passes a figure that was not measured, or measured as NaN or Infinity', () => {
    for (const value of [undefined, NaN, Infinity]) {
      const judged = judge(value === undefined ? {} : { at_most: value, at_least: 30 }, specs);
      expect(judged.find((j) => j.metric === 'at_most')!.status).toBe('missing');
      expect(allMet(judged)).toBe(false);
    }
  });

  it('fails a run on a hard budget only: soft budgets and reference figures are shown, not counted', () => {
    expect(allMet(judge({ at_most: 1, at_least: 25, soft: 5000 }, specs))).toBe(true);
    expect(allMet(judge({ at_most: 4, at_least: 25, soft: 1 }, specs))).toBe(false);
  });

  it('prints every figure with its budget and how it stands', () => {
    const table = formatTable(judge({ at_most: 4, at_least: 25, soft: 5000, reference: 12345.6 }, specs)).split('\n');
    expect(table).toHaveLength(5);
    expect(table.find((l) => l.startsWith('at_most'))).toMatch(/4\.00\s+≤ 3\s+MISSES/);
    expect(table.find((l) => l.startsWith('soft'))).toMatch(/over \(soft\)/);
    expect(table.find((l) => l.startsWith('reference'))).toMatch(/12346$/);
  });

  it('budgets the ratios the issue names, and keeps every figure the JSON had', () => {
    const budgeted = Object.entries(METRICS).filter(([, s]) => s.budget && !s.soft).map(([k]) => k);
    for (const k of ['e2e_ratio_vs_twin', 'index_load_ratio_vs_parse_10k', 'popup_open_ratio_vs_small', 'match_p95_ratio_10k_vs_5', 'every_page_script_bytes', 'longest_task_ms']) expect(budgeted).toContain(k);
    expect(METRICS.longest_task_ms!.budget).toEqual({ op: '≤', limit: 16 });
    const before = ['extract_mb_per_s', 'gate_ratio_median', 'e2e_ms_median', 'longest_task_ms', 'match_p95_ms_10k', 'match_speedup_vs_fuse_10k', 'index_bytes_seeds', 'index_load_ms_10k', 'content_script_bytes', 'card_script_bytes', 'highlight_speedup_vs_wrap', 'content_heap_mb_2mb_page', 'one_line_ratio_4mb_vs_1mb', 'popup_open_ms_10k_claims', 'popup_evidence_ms_10k_claims', 'card_open_ms_10k_claims'];
    for (const k of before) expect(Object.keys(METRICS)).toContain(k);
  });
});
