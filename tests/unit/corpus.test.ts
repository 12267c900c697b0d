import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boilerplateMask, CorpusError, datelineOf, makeSource, parseManifest } from '../../lib/corpus';
import { splitPassages } from '../../lib/passages';
import { loadCorpusDir } from '../../scripts/corpus-files';

const SEEDS = new URL('../../seeds', import.meta.url).pathname;
const SHARED_SEEDS = new URL('../../../shared/seeds', import.meta.url).pathname;
const ALT = new URL('../../../shared/eval/alt-corpus', import.meta.url).pathname;

describe('the seed corpus (data tests)', () => {
  const manifest = JSON.parse(readFileSync(`${SEEDS}/sources.json`, 'utf8')) as Array<Record<string, unknown>>;
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

  it('holds the shared reports unchanged', () => {
    for (const f of readdirSync(SHARED_SEEDS).filter((x) => x.endsWith('.txt'))) {
      expect(readFileSync(`${SEEDS}/${f}`, 'utf8'), f).toBe(readFileSync(`${SHARED_SEEDS}/${f}`, 'utf8'));
    }
  });

  it('has one manifest entry per file, unique ids, an outlet, a title and a date for each', () => {
    expect(manifest.map((e) => e.id).sort()).toEqual(files.map((f) => f.slice(0, -4)).sort());
    expect(new Set(manifest.map((e) => e.id)).size).toBe(manifest.length);
    for (const e of manifest) {
      expect(typeof e.outlet === 'string' && e.outlet.length > 0, `${e.id} outlet`).toBe(true);
      expect(typeof e.title === 'string' && e.title.length > 0, `${e.id} title`).toBe(true);
      expect(e.date, `${e.id} date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['stated', 'inferred']).toContain(e.dateBasis);
    }
    expect(() => parseManifest(manifest, 'seeds/sources.json')).not.toThrow();
  });

  it('loads with outlets and dates from the manifest', () => {
    const sources = loadCorpusDir(SEEDS);
    expect(sources).toHaveLength(files.length);
    const independent = sources.find((s) => s.id.startsWith('003'))!;
    expect([independent.outlet, independent.date, independent.dateBasis, independent.origin]).toEqual(['The Independent', '2023-09-28', 'stated', 'Associated Press']);
  });
});

describe('a folder without a manifest', () => {
  it('gets titles from the first line and dates from the dateline, marked inferred', () => {
    const sources = loadCorpusDir(ALT);
    const un = sources.find((s) => s.id === 'un-briefing-1002')!;
    expect(un.title).toBe('UN team hears that only a few Armenians remain in Karabakh');
    expect(un.date).toBe('2023-10-02');
    expect(un.dateBasis).toBe('inferred');
  });

  it('finds a dateline such as "Thursday 28 September 2023 16:37 EDT"', () => {
    expect(datelineOf('Headline\n\nThe Associated Press\nThursday 28 September 2023 16:37 EDT\n\nBody.')).toBe('2023-09-28');
    expect(datelineOf('Headline\nNo date here at all.')).toBeNull();
  });

  it('falls back to the id and an unknown outlet rather than failing', () => {
    const s = makeSource('x', '\n\nJust a line of text.');
    expect([s.title, s.outlet, s.date]).toEqual(['Just a line of text.', 'Unknown outlet', null]);
  });
});

describe('boilerplate is not reporting', () => {
  it('masks appeals, prompts and "Read more" link lists', () => {
    const text = [
      'Real reporting about 100,000 people.',
      'Stay up to date with notifications from The Independent',
      'Your support helps us to tell the story',
      'Read more on Sky News:',
      'Bride and groom numb after deadly wedding fire',
      'NATO beefs up presence in Kosovo with UK troops',
      'More reporting follows here.',
      'Message on Facebook',
    ].join('\n');
    expect(boilerplateMask(text, splitPassages(text))).toEqual([false, true, true, true, true, true, false, true]);
  });
});

describe('manifest errors say what to fix', () => {
  it.each([
    [{}, /expected a JSON array/],
    [[{ outlet: 'x' }], /has no "id"/],
    [[{ id: 'a' }, { id: 'a' }], /appears twice/],
    [[{ id: 'a', date: '30/09/2023' }], /not YYYY-MM-DD/],
    [[{ id: 'a', dateBasis: 'guessed' }], /dateBasis/],
    [[{ id: 'a', outlet: 5 }], /must be text/],
  ])('%j', (data, message) => {
    expect(() => parseManifest(data, 'sources.json')).toThrow(CorpusError);
    expect(() => parseManifest(data, 'sources.json')).toThrow(message);
  });
});
