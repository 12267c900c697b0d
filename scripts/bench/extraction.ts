// Claim extraction timed in a fresh process on lib/ bundled as the extension ships it (see
// extract.ts for why). Used by run.ts; a test checks the bundle reads what the sources read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Each timed round's milliseconds, and the claims each text gave. */
export interface ExtractionRun {
  ms: number[];
  claims: number[];
}

/** Bundles scripts/bench/extract.ts under `root`, runs it over `texts` in a fresh Node process, `rounds` timed passes. */
export async function timeExtraction(root: string, texts: string[], rounds: number): Promise<ExtractionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-extract-'));
  try {
    const bundle = join(dir, 'extract.mjs');
    await build({ entryPoints: [join(root, 'scripts/bench/extract.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
    const input = join(dir, 'texts.json');
    writeFileSync(input, JSON.stringify(texts));
    const out = execFileSync(process.execPath, [bundle, input, String(rounds)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out) as ExtractionRun;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
