import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_REQUESTS,
  CONTENT_REQUESTS,
  MAX_CLAIMS,
  MAX_PAGE_TEXT,
  MAX_URL,
  historyAddress,
  mayRecord,
  parseBackgroundMessage,
  parseContentMessage,
  senderMayAsk,
  type BackgroundApi,
  type BackgroundHandlers,
  type SenderInfo,
} from '../../lib/messages';

const PAGE = { url: 'https://news.example/a', title: 'T', host: 'news.example', date: '2023-09-30' };

/** One well-formed payload for every background request: the fuzz below mutates these. */
const VALID: { [K in keyof BackgroundApi]: Record<string, unknown> } = {
  judge: { page: PAGE, text: 'More than 100,000 people fled Nagorno-Karabakh.' },
  'claim-details': { index: 3 },
  'load-reader': {},
  'load-card': {},
  'tab-claims': {},
  'page-verdicts': { verdicts: ['conflicting', 'corroborated'], page: PAGE },
  'record-feedback': { feedback: { url: 'https://news.example/a', claim: '100,000', verdict: 'conflicting', sentence: 's', comment: 'c' } },
  'own-sources-changed': {},
  'store-status': {},
  privacy: { historyOn: true },
  'list-statements': { measure: 'displaced' },
  'open-source': { id: 'seed-1', start: 0, end: 10 },
  'check-text': { text: 'x', date: '2023-09-30' },
  'get-source': { id: 'seed-1' },
  'list-measures': {},
  'open-compare': { measure: 'displaced', claim: { text: '100,000', value: 100000, asOf: null } },
  'search-sources': { query: 'Lachin' },
  'list-sources': {},
  'corpus-coverage': {},
  'ui-messages': { locale: 'ru' },
};
const TYPES = Object.keys(BACKGROUND_REQUESTS) as Array<keyof BackgroundApi>;

describe('the message protocol', () => {
  it('has a well-formed example for every request in the table, and each is accepted as declared', () => {
    expect(Object.keys(VALID).sort()).toEqual([...TYPES].sort());
    for (const type of TYPES) {
      const r = parseBackgroundMessage({ type, ...VALID[type] });
      expect(r, type).toEqual({ ok: true, value: { type, ...VALID[type] } });
    }
  });

  it.each([
    [null, 'unknown-type', /unknown message/],
    [{ type: 'steal-sources' }, 'unknown-type', /unknown message/],
    [{ type: 'toString' }, 'unknown-type', /unknown message/],
    [{ type: 'judge', page: { url: 'x' }, text: '' }, 'invalid', /page.title must be text/],
    [{ type: 'judge', page: { ...PAGE, date: 'yesterday' }, text: '' }, 'invalid', /YYYY-MM-DD/],
    [{ type: 'judge', page: PAGE, text: 5 }, 'invalid', /text must be text/],
    [{ type: 'judge', page: PAGE, text: 'x'.repeat(MAX_PAGE_TEXT + 1) }, 'too-large', /at most 2,000,000/],
    [{ type: 'judge', page: { ...PAGE, url: 'x'.repeat(MAX_URL + 1) }, text: '' }, 'too-large', /page.url/],
    [{ type: 'check-text', text: 5 }, 'invalid', /text must be text/],
    [{ type: 'check-text', text: 'x'.repeat(MAX_PAGE_TEXT + 1) }, 'too-large', /at most/],
    [{ type: 'page-verdicts', verdicts: ['fine'] }, 'invalid', /verdicts\[0\] must be one of/],
    [{ type: 'page-verdicts', verdicts: Array(MAX_CLAIMS + 1).fill('conflicting') }, 'too-large', /verdicts has 100,001 items/],
    [{ type: 'page-verdicts', verdicts: [], page: { ...PAGE, date: '30/09/2023' } }, 'invalid', /page.date/],
    [{ type: 'record-feedback', feedback: { ...(VALID['record-feedback'].feedback as object), verdict: '<b>wrong</b>' } }, 'invalid', /feedback.verdict/],
    [{ type: 'record-feedback', feedback: { ...(VALID['record-feedback'].feedback as object), comment: 'x'.repeat(5001) } }, 'too-large', /feedback.comment/],
    [{ type: 'claim-details', index: -1 }, 'invalid', /index must be a whole number/],
    [{ type: 'claim-details', index: 1e12 }, 'too-large', /index is/],
    [{ type: 'open-source', id: 'a', start: 1.5, end: 2 }, 'invalid', /start must be a whole number/],
    [{ type: 'open-source', id: 'a', start: 5, end: 2 }, 'invalid', /start must not be after end/],
    [{ type: 'open-compare', measure: 'm', claim: { text: 't', value: Infinity, asOf: null } }, 'invalid', /claim.value/],
    [{ type: 'privacy', historyOn: 'yes' }, 'invalid', /historyOn must be true or false/],
  ])('refuses a malformed background request %#, with a code', (message, code, error) => {
    const r = parseBackgroundMessage(message);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.error).toMatch(error);
    }
  });

  it("reads a page's impossible publication day (sloppy metadata) as no date, rather than refusing the page", () => {
    for (const date of ['2023-02-30', '0000-00-00']) {
      expect(parseBackgroundMessage({ type: 'judge', page: { ...PAGE, date }, text: '' })).toEqual({ ok: true, value: { type: 'judge', page: { ...PAGE, date: null }, text: '' } });
    }
    expect(parseBackgroundMessage({ type: 'check-text', text: '', date: '2023-02-30' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('keeps only the declared fields of a payload', () => {
    const r = parseBackgroundMessage({ type: 'open-source', id: 'a', start: 0, end: 1, extra: 'x', __proto__: { polluted: true } });
    expect(r).toEqual({ ok: true, value: { type: 'open-source', id: 'a', start: 0, end: 1 } });
  });

  it('reads content-script requests by the same table', () => {
    expect(parseContentMessage({ type: 'scroll-to-claim', index: 2 }).ok).toBe(true);
    expect(parseContentMessage({ type: 'scroll-to-claim', index: 'x' }).ok).toBe(false);
    expect(parseContentMessage({ type: 'claim-details', index: 0 }).ok).toBe(true);
    expect(parseContentMessage({ type: 'claim-details', index: -1 })).toEqual({ ok: false, code: 'invalid', error: 'claim-details.index must be a whole number' });
    expect(parseContentMessage({ type: 'claim-details' }).ok).toBe(false);
    expect(parseContentMessage({ type: 'judge' })).toMatchObject({ ok: false, code: 'unknown-type' });
    for (const type of Object.keys(CONTENT_REQUESTS)) expect(parseContentMessage({ type, index: 0 }).ok, type).toBe(true);
  });
});

describe('fuzzing the message protocol (seeded)', () => {
  // Random JSON-like values, including the shapes validators trip on: deep nesting, huge
  // numbers, NaN, arrays where objects belong and prototype-ish keys.
  const anything = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(null, undefined, NaN, Infinity, -1, 0, 1.5, 2 ** 53, '', '__proto__', 'constructor', true, false),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('type', 'page', 'text', 'index', 'verdicts', 'feedback', 'url', 'id', 'start', 'end', 'claim', 'toString', '__proto__', 'constructor'), tie('value'), { maxKeys: 5 }),
    ),
  })).value;

  it('never throws on any value, and a refusal always carries a known code', () => {
    fc.assert(
      fc.property(anything, (x) => {
        for (const parse of [parseBackgroundMessage, parseContentMessage]) {
          const r = parse(x);
          if (!r.ok) expect(['unknown-type', 'invalid', 'too-large']).toContain(r.code);
        }
      }),
      { seed: 15, numRuns: 2000 },
    );
  });

  it('refuses every mutation of a well-formed request that breaks a field, for every request type', () => {
    // Each valid payload with one field replaced by a value of the wrong kind, or removed.
    const wrong = fc.constantFrom<unknown>(null, 42, -3, 1.5, 'text', [], {}, [1, 2], { nested: { deeper: [] } }, true, Infinity, NaN);
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.nat(), wrong, (type, pick, replacement) => {
        const keys = Object.keys(VALID[type]);
        if (!keys.length) return;
        const key = keys[pick % keys.length]!;
        const original = VALID[type][key];
        // Skip a replacement that is a different but valid value: text for text, a list for a
        // list, a whole number for a whole number, a flag for a flag.
        const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isSafeInteger(v) && (v as number) >= 0 ? 'whole' : typeof v);
        if (kind(replacement) === kind(original) && kind(original) !== 'object') return;
        const mutated = { type, ...VALID[type], [key]: replacement };
        const r = parseBackgroundMessage(mutated);
        const optionalField = (type === 'page-verdicts' && key === 'page') || (type === 'check-text' && key === 'date') || (type === 'open-compare' && key === 'claim') || type === 'privacy';
        if (optionalField && replacement === undefined) return;
        expect(r.ok, `${type}.${key} = ${JSON.stringify(replacement)}`).toBe(false);
      }),
      { seed: 1515, numRuns: 3000 },
    );
  });

  it('accepts a request only if the value it returns holds nothing but declared fields', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), (type, extra) => {
        const r = parseBackgroundMessage({ ...extra, ...VALID[type], type });
        expect(r.ok).toBe(true);
        if (r.ok) expect(Object.keys(r.value).sort()).toEqual(['type', ...Object.keys(VALID[type])].sort());
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('who may ask the background what', () => {
  const ID = 'abcdefghijklmnop';
  const ORIGIN = `chrome-extension://${ID}/`;
  const contentScript: SenderInfo = { id: ID, tab: { id: 7 }, url: 'https://news.example/karabakh', frameId: 0 };
  const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
  const optionsInTab: SenderInfo = { id: ID, tab: { id: 8 }, url: `${ORIGIN}options.html` };
  const forged: Array<[string, SenderInfo]> = [
    ['another extension', { ...popup, id: 'someoneelse' }],
    ['no extension id', { tab: { id: 1 }, url: 'https://evil.example' }],
    ['a web page posing as an extension page', { id: 'someoneelse', url: `${ORIGIN}options.html` }],
    ['no tab and no extension page (a worker or another context)', { id: ID, url: 'https://news.example/' }],
    ['an extension-origin look-alike', { id: ID, tab: { id: 3 }, url: `chrome-extension://${ID}.evil.example/` }],
  ];

  it.each(TYPES.map((t) => [t] as const))('%s: the right senders pass, forged and misplaced ones are refused', (type) => {
    const rule = BACKGROUND_REQUESTS[type].from;
    for (const [what, sender] of forged) {
      const r = senderMayAsk(type, sender, ID, ORIGIN);
      // The look-alike origin runs in a tab, so it is a content script: it may ask only what content scripts may.
      const expected = what === 'an extension-origin look-alike' && rule !== 'extension-page';
      expect(r.ok, `${type} from ${what}`).toBe(expected);
      if (!r.ok) expect(r.code).toBe('forbidden');
    }
    expect(senderMayAsk(type, contentScript, ID, ORIGIN).ok).toBe(rule !== 'extension-page');
    expect(senderMayAsk(type, popup, ID, ORIGIN).ok).toBe(rule !== 'content-script');
    expect(senderMayAsk(type, optionsInTab, ID, ORIGIN).ok).toBe(rule !== 'content-script');
  });

  it('keeps what widens recording and reads sources away from web pages', () => {
    for (const type of ['privacy', 'list-sources', 'get-source', 'search-sources', 'check-text', 'own-sources-changed'] as const) expect(BACKGROUND_REQUESTS[type].from).toBe('extension-page');
    expect(senderMayAsk('privacy', contentScript, ID, ORIGIN)).toEqual({ ok: false, code: 'forbidden', error: 'privacy is not available to this sender' });
  });

  it('an empty extension id never matches a sender with none', () => {
    expect(senderMayAsk('judge', { tab: { id: 1 }, url: 'https://x.example/' }, '', ORIGIN).ok).toBe(false);
  });
});

describe('what may be recorded', () => {
  it.each([
    // what, historyOn, recordIncognito, private window, recorded
    ['history', false, false, false, false],
    ['history', true, false, false, true],
    ['history', true, false, true, false],
    ['history', true, true, true, true],
    ['history', false, true, true, false],
    ['feedback', false, false, false, true],
    ['feedback', false, false, true, false],
    ['feedback', false, true, true, true],
  ] as const)('%s with history %s, private windows allowed %s, from a private window %s: %s', (what, historyOn, recordIncognito, incognito, recorded) => {
    expect(mayRecord(what, { historyOn, recordIncognito }, incognito)).toBe(recorded);
  });
});

describe('the address history keeps', () => {
  it.each([
    ['https://news.example/2023/exodus?utm_source=x&token=secret#comments', 'https://news.example/2023/exodus'],
    ['http://user:pw@news.example:8080/a', 'http://news.example:8080/a'],
    ['data:text/html,hi', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, expected) => {
    expect(historyAddress(url)).toBe(expected);
  });
});

// Compile-time checks (tsc runs over the tests): a handler table must answer every request with
// its declared reply type. Each @ts-expect-error fails the type check if the error goes away.
export const wrongShape: Partial<BackgroundHandlers<null>> = {
  // @ts-expect-error: tab-claims replies with claims, not a number
  'tab-claims': async () => ({ ok: true, value: 5 }),
  // @ts-expect-error: an error reply must carry a code
  'store-status': async () => ({ ok: false, error: 'no code' }),
};
// @ts-expect-error: a table missing a handler is not a handler table
export const missing: BackgroundHandlers<null> = { judge: async () => ({ ok: true, value: [] }) };

describe('the protocol stays light for the content script', () => {
  it('lib/messages.ts imports nothing at run time but the verdict list (calendar.ts would bring every language)', async () => {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync(new URL('../../lib/messages.ts', import.meta.url), 'utf8');
    const runtime = [...src.matchAll(/^import\s+(?!type\b)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(runtime).toEqual(['./verdict']);
  });
});
