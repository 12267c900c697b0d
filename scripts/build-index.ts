// Builds the bundled index from a corpus folder: `npm run build-index -- --seeds DIR --out FILE`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusError } from '../lib/corpus';
import { buildIndex, serializeIndex } from '../lib/source-index';
import { loadCorpusDir } from './corpus-files';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'Usage: npm run build-index -- [--seeds DIR] [--out FILE]   (defaults: seeds/ and stdout)';

function main(): void {
  const argv = process.argv.slice(2);
  let seeds = join(ROOT, 'seeds');
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1];
    if ((a === '--seeds' || a === '--out') && (v === undefined || v.startsWith('--'))) throw new CorpusError(`${a} needs a value\n${USAGE}`);
    if (a === '--seeds') seeds = resolve(argv[++i]!);
    else if (a === '--out') out = resolve(argv[++i]!);
    else if (a === '--help' || a === '-h') return void console.log(USAGE);
    else throw new CorpusError(`unknown argument ${a}\n${USAGE}`);
  }
  const index = buildIndex(loadCorpusDir(seeds));
  const json = serializeIndex(index);
  if (!out) return void process.stdout.write(`${json}\n`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  console.error(`build-index: ${index.sources.length} sources, ${index.statements.length} figure statements, ${index.reportStatements.length} statements of who did what, ${json.length} bytes → ${out}`);
}

try {
  main();
} catch (e) {
  if (e instanceof CorpusError) {
    console.error(`build-index: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
