// Build-time switches read through import.meta.env (WXT passes on WXT_* variables).
interface ImportMetaEnv {
  /** "1" in the benchmark's build: the content script then leaves timing marks (extension/bench-marks.ts). */
  readonly WXT_BENCH_MARKS?: string;
}
