import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CorpusError, makeSource, parseManifest, type ManifestEntry, type Source } from '../lib/corpus';

/** The largest report file the command line reads, so a stray dump cannot stall it. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Reads a text file as UTF-8, refusing binary or mis-encoded content with a message naming the file. */
export function readTextFile(path: string, what = 'file'): string {
  if (!existsSync(path)) throw new CorpusError(`${path}: no such ${what}`);
  if (!statSync(path).isFile()) throw new CorpusError(`${path}: is a folder, not a ${what}`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new CorpusError(`${path}: not a text file (it has binary content); save it as UTF-8 text or remove it`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CorpusError(`${path}: not valid UTF-8 text; re-save it as UTF-8`);
  }
}

/**
 * Reads a corpus folder: every `.txt` file is a report, `sources.json` (optional) gives
 * outlets and dates. Sources without an entry get a title and date read from their text.
 */
export function loadCorpusDir(dir: string): Source[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CorpusError(`${dir}: no such folder; pass a folder of .txt reports with --seeds DIR`);
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
  if (files.length === 0) throw new CorpusError(`${dir}: no .txt files; a corpus is a folder of plain-text reports, one per file`);
  const manifestPath = join(dir, 'sources.json');
  let manifest = new Map<string, ManifestEntry>();
  if (existsSync(manifestPath)) {
    let data: unknown;
    try {
      data = JSON.parse(readTextFile(manifestPath, 'manifest'));
    } catch (e) {
      if (e instanceof CorpusError) throw e;
      throw new CorpusError(`${manifestPath}: not valid JSON (${(e as Error).message}); fix it or delete it to infer titles and dates`);
    }
    manifest = parseManifest(data, manifestPath);
  }
  const ids = new Set(files.map((f) => basename(f, '.txt').replace(/\.TXT$/i, '')));
  for (const id of manifest.keys()) {
    if (!ids.has(id)) throw new CorpusError(`${manifestPath}: names "${id}" but ${dir} has no ${id}.txt; fix the id or add the file`);
  }
  return files.map((f) => {
    const path = join(dir, f);
    if (statSync(path).size > MAX_SOURCE_BYTES) throw new CorpusError(`${path}: larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB; split it into one file per report`);
    const text = readTextFile(path, 'report');
    if (!text.trim()) throw new CorpusError(`${path}: empty; a report needs its text, or remove the file`);
    const id = f.slice(0, -4);
    return makeSource(id, text, manifest.get(id));
  });
}
