// Builds the twin extension (scripts/bench/twin/) into a temporary folder at bench time: the
// build output is never committed, and the twin always bundles the reader's current walk.
import { build } from 'esbuild';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TWIN = join(dirname(fileURLToPath(import.meta.url)), 'twin');

/** Bundles the twin's content script and service worker beside its manifest; returns the folder to load. */
export async function buildTwin(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'crosscheck-twin-'));
  await build({
    entryPoints: { content: join(TWIN, 'content.ts'), background: join(TWIN, 'background.ts') },
    outdir: out,
    bundle: true,
    format: 'iife',
    target: 'chrome116',
    minify: true,
    logLevel: 'error',
  });
  copyFileSync(join(TWIN, 'manifest.json'), join(out, 'manifest.json'));
  return out;
}
