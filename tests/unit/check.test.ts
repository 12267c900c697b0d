import { describe, expect, it } from 'vitest';
import { checkText, checkTextInSlices } from '../../lib/check';
import { makeSource } from '../../lib/corpus';
import { buildIndex } from '../../lib/source-index';

// A report with a dateline that gives the region's population before the exodus.
const report = (i: number, population: string) =>
  makeSource(`r${i}`, `Report ${i}\n\nMonday, ${1 + (i % 28)} August 2023\n\nAbout ${population} ethnic Armenians live in Nagorno-Karabakh, officials said.\n`);

describe('how many statements a claim lists', () => {
  it('lists at most maxCited supporting and contradicting statements each, and counts the rest', () => {
    const index = buildIndex([...Array.from({ length: 30 }, (_, i) => report(i, '120,000')), ...Array.from({ length: 25 }, (_, i) => report(100 + i, '50,000'))]);
    const [claim] = checkText('Nagorno-Karabakh had a population of about 120,000 ethnic Armenians.', index, { maxCited: 10 });
    expect(claim?.verdict).toBe('disputed');
    const count = (relation: string) => claim!.sources.filter((s) => s.relation === relation).length;
    expect([count('supports'), count('contradicts')]).toEqual([10, 10]);
    expect(claim!.explanation).toContain('35 more related reports are not listed.');
  });

  it('lists every statement of a small corpus', () => {
    const index = buildIndex([report(1, '120,000'), report(2, '120,000'), report(3, '50,000')]);
    const [claim] = checkText('Nagorno-Karabakh had a population of about 120,000 ethnic Armenians.', index);
    expect(claim!.sources.map((s) => `${s.id} ${s.relation}`).sort()).toEqual(['r1 supports', 'r2 supports', 'r3 contradicts']);
    expect(claim!.explanation).not.toContain('not listed');
  });
});

describe('how many claims a page has judged', () => {
  it('judges only the first maxClaims claims of a text, in text order', () => {
    const index = buildIndex([report(1, '120,000')]);
    const text = Array.from({ length: 5 }, (_, i) => `About ${120 + i},000 ethnic Armenians lived in Nagorno-Karabakh.`).join('\n');
    const all = checkText(text, index);
    const first = checkText(text, index, { maxClaims: 2 });
    expect(all.length).toBe(5);
    expect(first.map((c) => c.text)).toEqual(all.slice(0, 2).map((c) => c.text));
  });
});

describe('judging a huge page in slices', () => {
  it('gives what checkText gives, pausing between slices so other work can run', async () => {
    const index = buildIndex([report(1, '120,000'), report(2, '100,000')]);
    const text = Array.from({ length: 60 }, (_, i) => `About ${100 + i},000 ethnic Armenians lived in Nagorno-Karabakh, and more than ${i + 1},000 fled.`).join('\n');
    let pauses = 0;
    const sliced = await checkTextInSlices(text, index, {}, async () => void pauses++, 0);
    expect(sliced).toEqual(checkText(text, index));
    expect(sliced.length).toBeGreaterThan(60);
    // A slice of no time at all pauses after every claim.
    expect(pauses).toBe(sliced.filter((c) => c.kind === 'figure').length);
  });
});
