// The labelled sample, scored through the --jsonl interface with the bars.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED } from './run';

function score(cases: string, extra: string[] = []) {
  const command = [process.execPath, '--import', 'tsx', `${ROOT}/scripts/check.ts`, '--jsonl'];
  const r = spawnSync(
    process.execPath,
    [`${SHARED}/eval/score.mjs`, '--cases', `${SHARED}/eval/${cases}`, '--verbose', '--min-detection', '0.9', '--min-strict', '0.8', '--min-citation', '0.9', '--max-offtopic', '0', ...extra, '--', ...command],
    { encoding: 'utf8', cwd: ROOT },
  );
  return r;
}

describe('labelled sample', () => {
  it('dev.jsonl on the seed corpus meets the bars', () => {
    const r = score('dev.jsonl');
    expect(r.stdout, r.stdout + r.stderr).toMatch(/\n4 passed, 0 failed/);
  });

  it('dev-alt.jsonl on another corpus meets the bars', () => {
    const r = score('dev-alt.jsonl', ['--seeds', `${SHARED}/eval/alt-corpus`]);
    expect(r.stdout, r.stdout + r.stderr).toMatch(/\n4 passed, 0 failed/);
  });
});
