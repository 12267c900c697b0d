// Times claim extraction over a set of texts in a fresh process, as the code ships: run.ts bundles
// this file with esbuild (as the extension's build bundles lib/) and runs the bundle with plain
// `node BUNDLE TEXTS_JSON ROUNDS`. A bench process that has just parsed 130 pages with jsdom holds a
// heap that slows every collection, and the TypeScript loader used while working wraps every
// closure in a naming helper: neither is what a reader's browser runs. After one untimed pass, each
// round times one pass over every text (no forced collection between rounds: V8 shrinks its young
// generation after one, and every round then pays for it). Prints {"ms": [...], "claims": [...]} on
// stdout: each round's time, and the claims each text gave.
import { readFileSync } from 'node:fs';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

const [file, roundsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: node BUNDLE TEXTS_JSON [ROUNDS] (run.ts builds the bundle from scripts/bench/extract.ts)');
const texts = JSON.parse(readFileSync(file, 'utf8')) as unknown;
if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) throw new Error(`${file} must hold a JSON array of strings`);
const rounds = Number(roundsArg ?? 5);
const DAY = parseIsoDate('2023-09-30')!;

const pass = () => texts.map((t) => extractClaims(t, { pageDay: DAY }).length);
const claims = pass(); // warm-up, untimed: the first pass also compiles the lexicons
const ms: number[] = [];
for (let i = 0; i < rounds; i++) {
  const t = performance.now();
  pass();
  ms.push(performance.now() - t);
}
process.stdout.write(`${JSON.stringify({ ms, claims })}\n`);
