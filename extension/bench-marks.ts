/// <reference path="./env.d.ts" />
// Timing marks for the benchmark (npm run bench), and nothing else. A page can read every
// user-timing entry, so marks in the extension people install would tell any page it is there:
// they are built in only when the bench builds the extension with WXT_BENCH_MARKS=1.
const ON = import.meta.env.WXT_BENCH_MARKS === '1';

/** The longest stretch of main-thread work the reader did in one go, in milliseconds. */
let longestStep = 0;

/** Records a mark (`from` absent) or a measure from `from` to now, under `crosscheck:NAME`, in bench builds only. */
export function benchMark(name: string, from?: number): void {
  if (!ON) return;
  try {
    if (from === undefined) performance.mark(`crosscheck:${name}`);
    else performance.measure(`crosscheck:${name}`, { start: from, end: performance.now() });
  } catch {
    // A page that replaced performance.mark loses the figures, not the highlights.
  }
}

/** Counts one uninterrupted stretch of main-thread work, `workedMs` long, toward the longest step. */
export function benchWorked(workedMs: number): void {
  if (ON) longestStep = Math.max(longestStep, workedMs);
}

/** Counts the main-thread work since `since` (a `performance.now()` time) toward the longest step. */
export function benchStep(since: number): void {
  if (ON) benchWorked(performance.now() - since);
}

/** Records the longest step so far as the measure `crosscheck:longest-step`, in bench builds only. */
export function benchLongestStep(): void {
  if (!ON) return;
  try {
    performance.measure('crosscheck:longest-step', { start: 0, duration: longestStep });
  } catch {
    // as above
  }
}
