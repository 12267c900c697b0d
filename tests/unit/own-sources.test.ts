import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERDICTS_BY_SEVERITY } from '../../lib/verdict';
import { originalPageAt, exportOwnSources, markdownToText, MAX_SOURCE_CHARS, parseExport, textFragmentUrl, validateOwnSource, type OwnSource } from '../../lib/own-sources';

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
  const feedback = [{ url: 'https://x.org/', claim: '10,000', verdict: 'disputed' as const, sentence: 's', comment: 'c', at: NOW }];

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
    // The same address check as the form: an imported address never opens anything but a web page.
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ ...a, url: 'data:text/html,<script>alert(1)</script>' }] }), /source 1: The address "data:text\/html.*is not a web address/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ ...a, url: 'javascript:alert(1)' }] }), /not a web address/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ ...a, url: 'https://' }] }), /not a web address/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ ...a, url: 42 }] }), /address is not text/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ ...a, origin: ['x'] }] }), /"origin" must be a short text/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ ...a, addedAt: 'yesterday' }] }), /"addedAt" is not a date and time/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [{ ...a, title: 'x'.repeat(1001) }] }), /"title" is longer than 1,000/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [], feedback: 'all' }), /"feedback" is not a list/],
    // Feedback is checked field by field, like sources.
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [a], feedback: [{ ...feedback[0], verdict: '](javascript:x)' }] }), /feedback report 1: "verdict" must be one of/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [a], feedback: [{ ...feedback[0], at: '**bold**' }] }), /feedback report 1: "at" is not a date and time/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [a], feedback: [{ ...feedback[0], comment: { deep: [] } }] }), /feedback report 1 has no "comment" text/],
    [JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources: [a], feedback: [feedback[0], null] }), /feedback report 2 is not an object/],
    [`{"format":"karabakh-crosscheck-own-sources","version":1,"sources":[${JSON.stringify(a)}],"feedback":[{"url":"u","claim":"c","verdict":"conflicting","sentence":"s","at":"${NOW}","comment":${'['.repeat(200_000)}${']'.repeat(200_000)}}]}`, /feedback report 1 has no "comment" text/],
  ])('refuses a malformed file as a whole (%#)', (text, message) => {
    const r = parseExport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('fuzzing the import format (seeded)', () => {
  const a = valid({ text: REPORT, outlet: 'A' });
  const feedback = [{ url: 'https://x.org/', claim: '10,000', verdict: 'disputed' as const, sentence: 's', comment: 'c', at: NOW }];
  const file = (sources: unknown, fb: unknown = []) => JSON.stringify({ format: 'karabakh-crosscheck-own-sources', version: 1, sources, feedback: fb });

  it('never throws, and whatever it accepts is exactly what a valid export holds', () => {
    const field = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(null, 0, true, [], {}, 'own-x', '2023-09-30', NOW, 'https://example.org/a', 'data:,x', 'javascript:1', ...VERDICTS_BY_SEVERITY), fc.jsonValue({ maxDepth: 3 }));
    const entry = fc.dictionary(fc.constantFrom('id', 'outlet', 'title', 'text', 'date', 'dateBasis', 'origin', 'url', 'addedAt', 'updatedAt', 'claim', 'verdict', 'sentence', 'comment', 'at'), field);
    fc.assert(
      fc.property(fc.array(fc.oneof(entry, fc.constant({ ...a })), { maxLength: 3 }), fc.array(fc.oneof(entry, fc.constant({ ...feedback[0] })), { maxLength: 3 }), (sources, fb) => {
        const r = parseExport(file(sources, fb));
        if (!r.ok) {
          expect(r.error).toMatch(/nothing was imported/i);
          return;
        }
        // Accepted: every source's address is http(s) or none, every report has a known verdict and a timestamp.
        for (const s of r.value.sources) {
          expect(s.id.startsWith('own-')).toBe(true);
          expect(s.url === null || /^https?:\/\//.test(s.url)).toBe(true);
          for (const k of ['id', 'outlet', 'title', 'text', 'addedAt', 'updatedAt'] as const) expect(typeof s[k]).toBe('string');
        }
        for (const f of r.value.feedback) {
          expect(VERDICTS_BY_SEVERITY).toContain(f.verdict);
          expect(Object.keys(f).sort()).toEqual(['at', 'claim', 'comment', 'sentence', 'url', 'verdict']);
        }
      }),
      { seed: 2023, numRuns: 1000 },
    );
  });

  it('refuses a valid export with any one field of a source or report broken', () => {
    const broken = fc.constantFrom<unknown>(null, 7, [], { x: 1 }, 'data:text/html,x', '');
    fc.assert(
      fc.property(fc.constantFrom('id', 'outlet', 'title', 'text', 'addedAt', 'updatedAt', 'url'), fc.constantFrom('url', 'claim', 'verdict', 'sentence', 'comment', 'at'), broken, fc.boolean(), (sk, fk, value, inSource) => {
        // Values that are allowed there: any text as an outlet, title, claim, sentence or comment,
        // a report's empty address, a source's text that merely looks like an address, no source address.
        const key = inSource ? sk : fk;
        if (typeof value === 'string' && ['outlet', 'title', 'claim', 'sentence', 'comment'].includes(key)) return;
        if (value === '' && !inSource && key === 'url') return;
        if (value === 'data:text/html,x' && inSource && key === 'text') return;
        if (value === null && inSource && key === 'url') return;
        const r = inSource ? parseExport(file([{ ...a, [sk]: value }], feedback)) : parseExport(file([a], [{ ...feedback[0], [fk]: value }]));
        expect(r.ok, `${inSource ? `source.${sk}` : `feedback.${fk}`} = ${JSON.stringify(value)}`).toBe(false);
      }),
      { seed: 15, numRuns: 600 },
    );
  });
});

describe('file and link helpers', () => {
  it('reads Markdown as its words', () => {
    expect(markdownToText('# Title\n\n**More than** 100,000 [fled](http://x) Karabakh.\n- item')).toBe('Title\n\nMore than 100,000 fled Karabakh.\nitem');
  });

  it('opens only a web address as the original page, whatever was stored', () => {
    const text = 'More than 100,000 have fled';
    expect(originalPageAt({ url: 'https://example.org/a', text }, 0, text.length)).toBe('https://example.org/a#:~:text=More%20than%20100%2C000%20have%20fled');
    for (const url of ['data:text/html,<script>alert(1)</script>', 'javascript:alert(1)', 'file:///etc/passwd', null]) expect(originalPageAt({ url, text }, 0, 4), String(url)).toBeNull();
  });

  it('builds a Text Fragment link to the passage', () => {
    expect(textFragmentUrl('https://example.org/a#top', 'More than 100,000 have fled')).toBe('https://example.org/a#:~:text=More%20than%20100%2C000%20have%20fled');
    expect(textFragmentUrl('https://example.org/a', 'one two three four five six seven eight nine ten')).toBe('https://example.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });
});
