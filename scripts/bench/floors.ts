// The arithmetic of the bench's figures, kept apart from the timing so it can be tested: medians
// and percentiles, a time against its floor, and the script sizes read from a built manifest.

/** The median of `xs` (NaN for none). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The 95th percentile of `xs` by the nearest-rank method (NaN for none). */
export function p95(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}

/**
 * A figure against its floor, measured in the same run. A floor below `resolution` (the clock's
 * tick, say) is counted as `resolution`, which can only lower the ratio's claim to precision, never
 * flatter it by dividing by almost nothing; a floor that was not measured gives NaN, never a pass.
 */
export function ratioToFloor(value: number, floor: number, resolution = 0): number {
  if (!Number.isFinite(value) || !Number.isFinite(floor) || floor < 0) return NaN;
  const f = Math.max(floor, resolution);
  return f > 0 ? value / f : NaN;
}

/** The part of a built manifest that says which scripts run on which pages. */
export interface ContentScriptsManifest {
  content_scripts?: Array<{ matches?: string[]; js?: string[]; css?: string[] }>;
}

/** The script sizes of a build, from its manifest and its files (path relative to the build → bytes). */
export interface ScriptFigures {
  /** The scripts the manifest registers on every web page: the gate and the loader. */
  every_page_script_bytes: number;
  /** Everything a page that passes the gate loads: the every-page scripts and the content scripts injected later, the card aside. */
  content_script_bytes: number;
  /** The card, injected only when a card first opens. */
  card_script_bytes: number;
  every_page_files: string[];
  content_files: string[];
}

/** True for a match pattern that covers every web page, or every page of one scheme (`<all_urls>`, `https://` any host, any path). */
export function matchesEveryPage(pattern: string): boolean {
  return pattern === '<all_urls>' || /^(?:\*|https?):\/\/\*\/\*$/.test(pattern);
}

/** The directory a WXT build puts content scripts in, whether declared in the manifest or injected later. */
export const CONTENT_SCRIPTS_DIR = 'content-scripts/';
/** The card's bundle, injected when a card first opens: not part of what a gated page loads. */
export const CARD_SCRIPT = 'content-scripts/card.js';

/**
 * Reads the script figures of a build. Every-page scripts are those of manifest entries whose
 * matches cover every page; what a page that passes the gate loads adds every other script under
 * content-scripts/ (injected on demand) except the card. Sizes follow the build as the content
 * script is split, without naming its files here.
 */
export function scriptFigures(manifest: ContentScriptsManifest, files: Readonly<Record<string, number>>): ScriptFigures {
  const size = (f: string) => {
    const n = files[f];
    if (n === undefined) throw new Error(`the manifest names ${f}, which the build does not hold; rebuild with \`npm run build\``);
    return n;
  };
  const everyPage = new Set<string>();
  for (const entry of manifest.content_scripts ?? []) {
    if ((entry.matches ?? []).some(matchesEveryPage)) for (const js of entry.js ?? []) everyPage.add(js);
  }
  const content = new Set(everyPage);
  for (const f of Object.keys(files)) if (f.startsWith(CONTENT_SCRIPTS_DIR) && f.endsWith('.js') && f !== CARD_SCRIPT) content.add(f);
  const sum = (set: Set<string>) => [...set].reduce((n, f) => n + size(f), 0);
  return {
    every_page_script_bytes: sum(everyPage),
    content_script_bytes: sum(content),
    card_script_bytes: files[CARD_SCRIPT] ?? 0,
    every_page_files: [...everyPage].sort(),
    content_files: [...content].sort(),
  };
}
