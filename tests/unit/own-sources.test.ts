import { describe, expect, it } from 'vitest';
import { exportOwnSources, markdownToText, MAX_SOURCE_CHARS, parseExport, textFragmentUrl, validateOwnSource, type OwnSource } from '../../lib/own-sources';

const NOW = '2026-11-23T10:00:00.000Z';
const REPORT = 'Refugee count rises\n\nMonday, 2 October 2023\n\nThe government said 100,514 people had arrived from Nagorno-Karabakh.';

function valid(input: Parameters<typeof validateOwnSource>[0], existing: OwnSource[] = []): OwnSource {
  const r = validateOwnSource(input, existing, 'own-1', NOW);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('adding an own source', () => {
  it('reads the title from the first line and the date from the dateline when they are left empty', () => {
    const s = valid({ text: REPORT, outlet: 'Armenpress' });
    expect([s.id, s.title, s.outlet, s.date, s.dateBasis, s.url]).toEqual(['own-1', 'Refugee count rises', 'Armenpress', '2023-10-02', 'inferred', null]);
  });

  it('keeps what the person typed, marking a typed date as stated', () => {
    const s = valid({ text: REPORT, outlet: 'X', title: 'T', date: '2023-10-03', url: 'https://example.org/a' });
    expect([s.title, s.date, s.dateBasis, s.url]).toEqual(['T', '2023-10-03', 'stated', 'https://example.org/a']);
  });

  it.each([
    [{ text: '   ' }, /no text/],
    [{ text: 'x'.repeat(MAX_SOURCE_CHARS + 1) }, /limit is 500,000/],
    [{ text: `PK\u0003\u0004\u0000\u0000\u0001\u0002${'\u0000'.repeat(50)}` }, /binary/],
    [{ text: REPORT, date: '02/10/2023' }, /not a date/],
    [{ text: REPORT, url: 'javascript:alert(1)' }, /not a web address/],
  ])('refuses bad input with a message: %#', (input, message) => {
    const r = validateOwnSource(input, [], 'own-1', NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a duplicate of a stored source (same text or same address), but not the source being edited', () => {
    const stored = valid({ text: REPORT, url: 'https://example.org/a' });
    const again = validateOwnSource({ text: `  ${REPORT}\n` }, [stored], 'own-2', NOW);
    expect(again.ok).toBe(false);
    const sameUrl = validateOwnSource({ text: 'Another report about Karabakh.', url: 'https://example.org/a' }, [stored], 'own-2', NOW);
    expect(sameUrl.ok).toBe(false);
    expect(validateOwnSource({ text: REPORT, outlet: 'Renamed' }, [stored], 'own-1', NOW).ok).toBe(true);
  });
});

describe('export and import', () => {
  const a = valid({ text: REPORT, outlet: 'A' });
  const feedback = [{ url: 'https://x.org', claim: '10,000', verdict: 'disputed', sentence: 's', comment: 'c', at: NOW }];

  it('round-trips exactly', () => {
    const back = parseExport(exportOwnSources([a], feedback));
    expect(back).toEqual({ ok: true, value: { sources: [a], feedback } });
  });

  it.each([
    ['not json', /not valid JSON/],
    ['{"format":"other"}', /not an export/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 9, sources: [] }), /version 9/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1 }), /no list of sources/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ id: 'own-1' }] }), /has no "outlet"/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ ...a, id: '000_x' }] }), /not an own source/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [a, a] }), /twice/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ ...a, date: 'soon' }] }), /YYYY-MM-DD/],
  ])('refuses a malformed file as a whole: %s', (text, message) => {
    const r = parseExport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('file and link helpers', () => {
  it('reads Markdown as its words', () => {
    expect(markdownToText('# Title\n\n**More than** 100,000 [fled](http://x) Karabakh.\n- item')).toBe('Title\n\nMore than 100,000 fled Karabakh.\nitem');
  });

  it('builds a Text Fragment link to the passage', () => {
    expect(textFragmentUrl('https://example.org/a#top', 'More than 100,000 have fled')).toBe('https://example.org/a#:~:text=More%20than%20100%2C000%20have%20fled');
    expect(textFragmentUrl('https://example.org/a', 'one two three four five six seven eight nine ten')).toBe('https://example.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });
});
