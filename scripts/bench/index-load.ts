// Times loading one index file against its floor, JSON.parse of the same bytes, in a fresh
// process (as a service worker wakes): `node --expose-gc --import tsx index-load.ts FILE ROUNDS`.
// Each round collects garbage first, then times both sides in turn (the order alternates), so
// neither pays for the other's garbage nor for the heap of the bench that started it. Prints
// {"parse_ms": [...], "load_ms": [...], "heap_bytes": N} on stdout.
import { readFileSync } from 'node:fs';
import { loadIndex, type SourceIndex } from '../../lib/source-index';

const [file, roundsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: node --expose-gc --import tsx scripts/bench/index-load.ts FILE [ROUNDS]');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('index-load.ts needs --expose-gc, to start each timing from a collected heap');
const rounds = Number(roundsArg ?? 5);
const json = readFileSync(file, 'utf8');

const parseMs: number[] = [];
const loadMs: number[] = [];
const timeOne = (fn: () => unknown) => {
  gc();
  const t = performance.now();
  fn();
  return performance.now() - t;
};
// One warm-up of each, untimed: the first load also compiles the loader.
JSON.parse(json);
loadIndex(json);
for (let i = 0; i < rounds; i++) {
  if (i % 2) {
    loadMs.push(timeOne(() => loadIndex(json)));
    parseMs.push(timeOne(() => JSON.parse(json)));
  } else {
    parseMs.push(timeOne(() => JSON.parse(json)));
    loadMs.push(timeOne(() => loadIndex(json)));
  }
}
// What a loaded index holds on the heap: used heap with it kept, less used heap without it.
gc();
const before = process.memoryUsage().heapUsed;
let kept: SourceIndex | null = loadIndex(json);
gc();
const heapBytes = process.memoryUsage().heapUsed - before;
kept = null;
void kept;
process.stdout.write(`${JSON.stringify({ parse_ms: parseMs, load_ms: loadMs, heap_bytes: heapBytes })}\n`);
