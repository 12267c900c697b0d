// The reports' statements in the index: read at build time, written, loaded back, checked.
import { describe, expect, it } from 'vitest';
import { buildIndex, IndexError, loadIndex, serializeIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const SEEDS = new URL('../../seeds', import.meta.url).pathname;

describe("the reports' statements in the index", () => {
  const built = buildIndex(loadCorpusDir(SEEDS));
  const json = serializeIndex(built);

  it('are read from every report, each quoting its sentence and standing inside it', () => {
    expect(new Set(built.reportStatements.map((s) => s.source))).toEqual(new Set(built.sources.map((_, i) => i)));
    for (const s of built.reportStatements) {
      expect(s.sentence[0] <= s.start && s.start < s.end && s.end <= s.sentence[1]).toBe(true);
      expect(s.concepts.length).toBeGreaterThan(0);
      expect(s.day).toBe(built.sources[s.source]!.date);
    }
  });

  it('hold the allegation and the denial a report gives of the same thing', () => {
    // 002: Azerbaijan's ambassador "repeated claims that Armenia had stationed … its troops in the region – something that Yerevan has repeatedly denied".
    const on = built.reportStatements.filter((s) => s.concepts.includes('armenia-army-presence'));
    expect(on.map((s) => [s.actor, s.action, s.polarity])).toEqual(expect.arrayContaining([['azerbaijan', 'say', 1], ['armenia', 'deny', 1]]));
  });

  it('leave boilerplate out', () => {
    const quotes = built.reportStatements.map((s) => built.sources[s.source]!.text.slice(s.sentence[0], s.sentence[1]));
    expect(quotes.some((q) => /Kosovo|donation|Read more|Message on Facebook/.test(q))).toBe(false);
  });

  it('round-trip: loading gives back every statement, and the same bytes', () => {
    const loaded = loadIndex(json);
    expect(loaded.reportStatements).toEqual(built.reportStatements);
    expect(serializeIndex(loaded)).toBe(json);
  });

  it.each([
    [(rows: unknown[][]) => rows[0]!.splice(1, 1), /report statement 1 is not a row of 13 fields/],
    [(rows: unknown[][]) => (rows[0]![0] = 99), /report statement 1 names no source/],
    [(rows: unknown[][]) => (rows[0]![2] = 10 ** 9), /report statement 1 points outside its source text/],
    [(rows: unknown[][]) => (rows[0]![5] = 'atlantis'), /report statement 1 names an unknown actor "atlantis"/],
    [(rows: unknown[][]) => (rows[0]![7] = ''), /report statement 1 has unknown key terms/],
    [(rows: unknown[][]) => (rows[0]![9] = 0), /report statement 1 has a polarity other than 1 or -1/],
  ])('a damaged row is refused, naming it and saying how to rebuild: %#', (damage, message) => {
    const data = JSON.parse(json) as { reportStatements: unknown[][] };
    damage(data.reportStatements);
    expect(() => loadIndex(JSON.stringify(data), 'index.json')).toThrow(IndexError);
    expect(() => loadIndex(JSON.stringify(data), 'index.json')).toThrow(message);
    expect(() => loadIndex(JSON.stringify(data), 'index.json')).toThrow(/npm run build-index/);
  });

  it('an index without them is refused as damaged', () => {
    const data = JSON.parse(json) as Record<string, unknown>;
    delete data.reportStatements;
    expect(() => loadIndex(JSON.stringify(data), 'index.json')).toThrow(/the reports' statements are missing\); rebuild it with `npm run build-index`/);
  });
});
