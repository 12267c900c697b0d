// Conventions the code must keep, checked on the source files themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every project file a module imports, followed transitively (relative imports only). */
function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*from\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) {
        external.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
      const found = candidates.find((c) => {
        try {
          return readFileSync(c) && true;
        } catch {
          return false;
        }
      });
      if (found && /\.tsx?$/.test(found)) visit(found);
    }
  };
  visit(entry);
  return [...[...seen].map((f) => f.slice(ROOT.length + 1)), ...[...external].map((e) => `pkg:${e}`)];
}

describe('the content script stays light', () => {
  const graph = importGraph(join(ROOT, 'entrypoints/loader.ts'));
  it('never imports fuse.js, idb, the polyfill, the index, the extractor or the matcher', () => {
    // Finding and judging claims happens in the background; the page only reads, maps and paints.
    expect(graph.filter((f) => /pkg:(fuse\.js|idb|webextension-polyfill)|source-index|lib\/(check|relation|claims|figures)\.ts|virtual:seed-index/.test(f))).toEqual([]);
  });
});

describe('lib/ is pure', () => {
  const files = readdirSync(join(ROOT, 'lib')).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s uses no browser extension API, storage or network', (f) => {
    const src = readFileSync(join(ROOT, 'lib', f), 'utf8');
    expect(src).not.toMatch(/\bbrowser\.|\bchrome\.|webextension-polyfill|indexedDB|localStorage|\bfetch\(|XMLHttpRequest|node:fs/);
  });
});

describe('page text reaches the UI as text only', () => {
  const ui = [...readdirSync(join(ROOT, 'components')), ...readdirSync(join(ROOT, 'extension'))].filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'));
  it('no dangerouslySetInnerHTML, innerHTML or insertAdjacentHTML in components or extension code', () => {
    for (const f of ui) {
      const path = readdirSync(join(ROOT, 'components')).includes(f) ? join(ROOT, 'components', f) : join(ROOT, 'extension', f);
      expect(readFileSync(path, 'utf8'), f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
    }
  });
});
