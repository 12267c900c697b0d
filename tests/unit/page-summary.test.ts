import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import type { CompactClaim, PageSummary } from '../../lib/messages';
import { packSummary, SummaryError, unpackSummary, type PackedSummary } from '../../lib/page-summary';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const TEXT = [
  'Weather and sport.',
  'More than 100,000 people have fled Nagorno-Karabakh since the offensive, Armenia said on Saturday; about 120,000 lived there.',
  'Yerevan accused Baku of ethnic cleansing.',
  'Unrelated closing line.',
].join('\n\n');
const compact = (c: ReturnType<typeof checkText>[number]): CompactClaim => ({ start: c.start, end: c.end, text: c.text, verdict: c.verdict, sentence: c.sentence, understood: c.understood, kind: c.kind, strength: c.strength ?? null });
const summary: PageSummary = {
  id: 'https://example.org/a',
  url: 'https://example.org/a',
  title: 'Exodus',
  date: '2023-09-30',
  text: TEXT,
  claims: checkText(TEXT, index, { pageDay: parseIsoDate('2023-09-30')! }).map(compact),
  host: 'example.org',
  enabled: true,
  scanned: true,
};

describe('the page summary the popup and side panel receive', () => {
  it('unpacks to the same claims, each quoting its own sentence', () => {
    expect(summary.claims.length).toBeGreaterThanOrEqual(3);
    const back = unpackSummary(JSON.parse(JSON.stringify(packSummary(summary))) as PackedSummary);
    expect(back.claims).toEqual(summary.claims);
    for (const c of back.claims) expect(back.text.slice(c.sentence.start, c.sentence.end)).toBe(TEXT.slice(c.sentence.start, c.sentence.end));
    expect(back).toMatchObject({ id: summary.id, url: summary.url, title: summary.title, date: summary.date, host: 'example.org', enabled: true, scanned: true });
    // Only the sentences claims stand in cross: the rest of the page does not.
    expect(back.text).toHaveLength(TEXT.length);
    expect(back.text).not.toContain('Weather');
    expect(back.text).not.toContain('Unrelated');
  });

  it('is much smaller than the summary as objects when many claims share their words', () => {
    const many: PageSummary = { ...summary, text: Array(300).fill(TEXT).join('\n\n') };
    const step = TEXT.length + 2;
    many.claims = Array.from({ length: 300 }, (_, k) => summary.claims.map((c) => ({ ...c, start: c.start + k * step, end: c.end + k * step, sentence: { start: c.sentence.start + k * step, end: c.sentence.end + k * step } }))).flat();
    const packed = JSON.stringify(packSummary(many)).length;
    expect(packed).toBeLessThan(JSON.stringify(many).length / 2);
    expect(unpackSummary(JSON.parse(JSON.stringify(packSummary(many)))).claims).toEqual(many.claims);
  });

  it('crosses as a few flat arrays and strings, however many claims the page has', () => {
    // Each array or string the popup parses is an object it then collects: their number must not grow with the claims.
    const values = (x: unknown): number => (Array.isArray(x) ? 1 + x.reduce((n: number, y) => n + values(y), 0) : typeof x === 'string' ? 1 : x && typeof x === 'object' ? Object.values(x).reduce((n: number, y) => n + values(y), 0) : 0);
    const step = TEXT.length + 2;
    const repeated = (k: number): PageSummary => ({
      ...summary,
      text: Array(k).fill(TEXT).join('\n\n'),
      claims: Array.from({ length: k }, (_, j) => summary.claims.map((c) => ({ ...c, start: c.start + j * step, end: c.end + j * step, sentence: { start: c.sentence.start + j * step, end: c.sentence.end + j * step } }))).flat(),
    });
    const few = values(JSON.parse(JSON.stringify(packSummary(repeated(2)))));
    const many = values(JSON.parse(JSON.stringify(packSummary(repeated(200)))));
    expect(many).toBe(few);
  });

  it('keeps a claim that stands outside its sentence with its own words', () => {
    const odd: PageSummary = { ...summary, claims: [{ ...summary.claims[0]!, sentence: { start: 0, end: 18 } }] };
    expect(unpackSummary(packSummary(odd)).claims).toEqual(odd.claims);
  });

  it('refuses a damaged reply with an error that says what to do', () => {
    const packed = packSummary(summary);
    const damaged: Array<(p: PackedSummary) => void> = [
      (p) => (p.claims[0] = p.length + 5),
      (p) => (p.claims[2] = 99),
      (p) => (p.claims[3] = p.words.indexOf('figure')),
      (p) => (p.claims[6] = -1),
      (p) => (p.claims[7] = -2 - p.strings.length),
      (p) => (p.claims[7] = 0),
      (p) => p.claims.pop(),
      (p) => (p.said = p.said.slice(1)),
      (p) => (p.sentences[1] = p.sentences[0]! - 1),
      (p) => ((p as { packed: number }).packed = 1),
    ];
    for (const damage of damaged) {
      const copy = JSON.parse(JSON.stringify(packed)) as PackedSummary;
      damage(copy);
      expect(() => unpackSummary(copy)).toThrow(SummaryError);
      expect(() => unpackSummary(copy)).toThrow(/reload the page/);
    }
  });
});
