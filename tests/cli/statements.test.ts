// Statements through the command line: the labelled sample and our golden fixtures, scored by the shared scorer.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, run, SHARED } from './run';

function score(cases: string) {
  const command = [process.execPath, '--import', 'tsx', `${ROOT}/scripts/check.ts`, '--jsonl'];
  // Precision 1: a claim on any case that expects none (the near-misses) fails the bar.
  const bars = ['--min-detection', '0.9', '--min-strict', '0.9', '--min-citation', '0.9', '--min-precision', '1'];
  return spawnSync(process.execPath, [`${SHARED}/eval/score.mjs`, '--cases', cases, '--verbose', ...bars, '--', ...command], { encoding: 'utf8', cwd: ROOT });
}

describe('statements on the command line', () => {
  it('dev-statements.jsonl: statements found and judged, nothing on the near-misses', () => {
    const r = score(`${SHARED}/eval/dev-statements.jsonl`);
    expect(r.stdout, r.stdout + r.stderr).toMatch(/\n4 passed, 0 failed/);
  });

  it('golden statement fixtures: paraphrase, passive, reported speech, negation, another actor, four languages; near-misses give nothing', () => {
    const r = score(`${ROOT}/tests/fixtures/statements.jsonl`);
    expect(r.stdout, r.stdout + r.stderr).toMatch(/\n4 passed, 0 failed/);
  });

  it('the set once held out (46 statements in ten languages, 11 near-misses): found and judged, nothing on the near-misses', () => {
    const r = score(`${ROOT}/tests/fixtures/statements-held-out.jsonl`);
    expect(r.stdout, r.stdout + r.stderr).toMatch(/\n4 passed, 0 failed/);
  });

  it('--json gives statements as claims of kind "statement" and figures of kind "figure", with the same fields', () => {
    const input = JSON.stringify({ id: 'p', text: 'More than 100,000 people have fled Nagorno-Karabakh. Azerbaijan has rejected the accusation of ethnic cleansing.' });
    const r = run('check', ['--jsonl'], `${input}\n`);
    expect(r.status, r.stderr).toBe(0);
    const claims = (JSON.parse(r.stdout) as { claims: Array<Record<string, unknown>> }).claims;
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([['figure', 'corroborated'], ['statement', 'corroborated']]);
    for (const c of claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'verdict', 'sources', 'explanation']));
      for (const s of c.sources as Array<Record<string, unknown>>) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'relation', 'outlet', 'date', 'quote']));
    }
  });
});
