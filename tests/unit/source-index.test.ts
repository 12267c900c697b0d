import { describe, expect, it } from 'vitest';
import { buildIndex, INDEX_VERSION, IndexError, loadIndex, serializeIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const SEEDS = new URL('../../seeds', import.meta.url).pathname;

const seedJson = serializeIndex(buildIndex(loadCorpusDir(SEEDS)));
/** The seeds' index file with one part damaged by `harm`. */
function damaged(harm: (d: any) => unknown): string {
  const d = JSON.parse(seedJson);
  harm(d);
  return JSON.stringify(d);
}

describe('the index', () => {
  const built = buildIndex(loadCorpusDir(SEEDS));
  const json = serializeIndex(built);

  it('same input, same bytes', () => {
    expect(serializeIndex(buildIndex(loadCorpusDir(SEEDS).reverse()))).toBe(json);
  });

  it('round-trips: loading gives back every source and statement', () => {
    const loaded = loadIndex(json);
    expect(loaded.sources).toEqual(built.sources);
    expect(loaded.statements.length).toBe(built.statements.length);
    for (const [i, s] of loaded.statements.entries()) {
      const b = built.statements[i]!;
      expect([s.source, s.start, s.end, s.measure, s.event, s.asOf, s.qualifier, s.raw, s.denied]).toEqual([b.source, b.start, b.end, b.measure, b.event, b.asOf, b.qualifier, b.raw, b.denied]);
    }
    expect(serializeIndex(loaded)).toBe(json);
  });

  it('holds the quoted passage of each statement', () => {
    for (const s of built.statements) {
      const text = built.sources[s.source]!.text;
      expect(text.slice(s.start, s.end)).toBe(s.raw);
      expect(s.sentence[0] <= s.start && s.end <= s.sentence[1]).toBe(true);
    }
  });

  it('does not index boilerplate ("Read more" headlines, appeals)', () => {
    const quotes = built.statements.map((s) => built.sources[s.source]!.text.slice(s.sentence[0], s.sentence[1]));
    expect(quotes.some((q) => /Kosovo|donation|Read more/.test(q))).toBe(false);
  });

  it('loads the matching groups as built: same keys, same statements in the same order of day', () => {
    const loaded = loadIndex(json);
    expect([...loaded.byKey.keys()]).toEqual([...built.byKey.keys()]);
    for (const [key, list] of built.byKey) {
      const got = loaded.byKey.get(key)!;
      expect(got.map((s) => [s.source, s.start])).toEqual(list.map((s) => [s.source, s.start]));
      // The very statement objects of the index, not copies: matching and listing agree.
      for (const s of got) expect(loaded.statements).toContain(s);
    }
  });

  it('writes each word once, in one string table', () => {
    const data = JSON.parse(json) as { strings: string[]; statements: { measure: number[] } };
    expect(new Set(data.strings).size).toBe(data.strings.length);
    expect(data.statements.measure.every((i) => typeof data.strings[i] === 'string')).toBe(true);
  });

  it('stays small enough to bundle', () => {
    expect(json.length).toBeLessThan(65536);
  });

  it.each([
    ['not json', /not valid JSON/],
    ['{"format":"something-else","version":1}', /not a cross-check index/],
    [JSON.stringify({ format: 'karabakh-crosscheck-index', version: INDEX_VERSION + 1, sources: [], statements: [] }), new RegExp(`version ${INDEX_VERSION + 1} is not supported`)],
    [JSON.stringify({ format: 'karabakh-crosscheck-index', version: INDEX_VERSION }), /damaged/],
    [JSON.stringify({ format: 'karabakh-crosscheck-index', version: INDEX_VERSION, sources: [[1]], strings: [], statements: { count: 0 } }), /source 1 is damaged/],
    [JSON.stringify({ format: 'karabakh-crosscheck-index', version: INDEX_VERSION, sources: [], strings: [], statements: [[0]] }), /the statement table is damaged/],
    [damaged((d) => (d.statements.source[0] = 99)), /statement 1 is damaged/],
    [damaged((d) => (d.statements.measure[0] = d.strings.length)), /statement 1 is damaged/],
    [damaged((d) => d.statements.value.pop()), /column "value" is damaged/],
    // Checked on load, though the statement itself is built only when a claim first meets its group.
    [damaged((d) => (d.statements.end[0] = 10 ** 9)), /statement 1 points outside its source text/],
    [damaged((d) => (d.strings[0] = 7)), /string 1 is damaged/],
    // A statement left out of its group would never be matched; one in another's group would be matched wrongly.
    [damaged((d) => d.groups[0][2].pop()), /do not list every statement/],
    [damaged((d) => d.groups[1][2].push(d.groups[0][2][0])), /matching group 2 is damaged/],
  ])('refuses a damaged or foreign index: %s', (text, message) => {
    expect(() => loadIndex(text, 'index.json')).toThrow(IndexError);
    expect(() => loadIndex(text, 'index.json')).toThrow(message);
    expect(() => loadIndex(text, 'index.json')).toThrow(/npm run build-index/);
  });
});

describe('matching stays bounded on a very large corpus', () => {
  it('a claim is compared with at most MAX_CANDIDATES statements, those nearest its day', async () => {
    const { candidatesFor, MAX_CANDIDATES } = await import('../../lib/source-index');
    const list = Array.from({ length: 3000 }, (_, i) => ({ asOf: 19600 + Math.floor(i / 100), source: i, start: 0 }) as never as import('../../lib/source-index').Statement);
    const near = candidatesFor(list, 19615);
    expect(near).toHaveLength(MAX_CANDIDATES);
    const days = near.map((s) => s.asOf!);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(19613);
    expect(Math.max(...days)).toBeLessThanOrEqual(19617);
    expect(candidatesFor(list.slice(0, 10), 19615)).toHaveLength(10);
    expect(candidatesFor(list, undefined)).toHaveLength(MAX_CANDIDATES);
  });
});

describe('placements of an event in a week (verdicts10)', () => {
  const built = buildIndex(loadCorpusDir(SEEDS));
  it('"a military offensive last week" in a report of Friday 29 September places the offensive in 18 to 24 September', () => {
    const placed = built.statements.filter((s) => s.placed && s.measure !== 'date:decree');
    expect(placed.length).toBeGreaterThan(0);
    for (const s of placed) {
      expect(s.raw.toLowerCase()).toBe('last week');
      expect(['date:start', 'date:end']).toContain(s.measure);
      expect(s.event).toBe('exodus-2023');
      expect([s.low, s.high]).toEqual([Date.UTC(2023, 8, 18) / 86_400_000, Date.UTC(2023, 8, 24) / 86_400_000]);
    }
    // "since last week" of the vehicles' count names no start of anything: no placement.
    const quotes = placed.map((s) => built.sources[s.source]!.text.slice(s.sentence[0], s.sentence[1]));
    expect(quotes.some((q) => /Hakari/.test(q))).toBe(false);
  });
  it('"this week also sealed its self-dissolution" in a report of Friday 29 September places the decree in 25 to 29 September (verdicts15)', () => {
    const decree = built.statements.filter((s) => s.placed && s.measure === 'date:decree');
    expect(decree.map((s) => [s.raw.toLowerCase(), s.event, s.low, s.high])).toEqual([['this week', 'exodus-2023', Date.UTC(2023, 8, 25) / 86_400_000, Date.UTC(2023, 8, 29) / 86_400_000]]);
  });
  it('survives the index file', () => {
    const loaded = loadIndex(serializeIndex(built));
    expect(loaded.statements.filter((s) => s.placed).map((s) => [s.measure, s.low, s.high])).toEqual(built.statements.filter((s) => s.placed).map((s) => [s.measure, s.low, s.high]));
  });
});
