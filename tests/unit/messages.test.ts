import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage, parseContentMessage, senderMayAsk } from '../../lib/messages';

describe('the message protocol', () => {
  it.each([
    [null, /unknown message/],
    [{ type: 'steal-sources' }, /unknown message/],
    [{ type: 'judge', page: { url: 'x' }, text: '' }, /page must have/],
    [{ type: 'judge', page: { url: 'x', title: '', host: 'h', date: 'yesterday' }, text: '' }, /YYYY-MM-DD/],
    [{ type: 'judge', page: { url: 'x', title: '', host: 'h', date: null }, text: 5 }, /text must be a string/],
    [{ type: 'check-text', text: 5 }, /text must be a string/],
    [{ type: 'check-text', text: 'x'.repeat(2_000_001) }, /longer than/],
    [{ type: 'page-verdicts', verdicts: ['fine'] }, /list of verdicts/],
    [{ type: 'open-source', id: 'a', start: 1.5, end: 2 }, /needs id, start and end/],
  ])('refuses a malformed background request %#', (message, error) => {
    const r = parseBackgroundMessage(message);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('accepts well-formed requests', () => {
    expect(parseBackgroundMessage({ type: 'check-text', text: 'x', date: '2023-09-30' }).ok).toBe(true);
    expect(parseBackgroundMessage({ type: 'page-verdicts', verdicts: ['conflicting', 'corroborated'] }).ok).toBe(true);
    expect(parseContentMessage({ type: 'scroll-to-claim', index: 2 }).ok).toBe(true);
    expect(parseContentMessage({ type: 'scroll-to-claim', index: 'x' }).ok).toBe(false);
    expect(parseContentMessage({ type: 'claim-details', index: 0 }).ok).toBe(true);
    expect(parseContentMessage({ type: 'claim-details', index: -1 })).toEqual({ ok: false, error: 'claim-details: index must be a whole number' });
    expect(parseContentMessage({ type: 'claim-details' }).ok).toBe(false);
  });
});

describe('who may ask the background what', () => {
  const ID = 'abcdefghijklmnop';
  const ORIGIN = `chrome-extension://${ID}/`;
  const contentScript = { id: ID, tab: { id: 7 }, url: 'https://news.example/karabakh' };
  const popup = { id: ID, url: `${ORIGIN}popup.html` };
  const optionsInTab = { id: ID, tab: { id: 8 }, url: `${ORIGIN}options.html` };

  it.each([
    ['list-sources'], ['get-source'], ['search-sources'], ['list-statements'], ['list-measures'], ['check-text'], ['own-sources-changed'], ['store-status'],
  ] as const)('a content script (a web page) cannot ask for %s', (type) => {
    expect(senderMayAsk(type, contentScript, ID, ORIGIN).ok).toBe(false);
    expect(senderMayAsk(type, popup, ID, ORIGIN).ok).toBe(true);
    expect(senderMayAsk(type, optionsInTab, ID, ORIGIN).ok).toBe(true);
  });

  it.each([['judge'], ['claim-details'], ['tab-claims'], ['page-verdicts']] as const)('%s is for content scripts only', (type) => {
    expect(senderMayAsk(type, contentScript, ID, ORIGIN).ok).toBe(true);
    expect(senderMayAsk(type, popup, ID, ORIGIN).ok).toBe(false);
  });

  it('another extension, or a sender with no id, is refused whatever it asks', () => {
    for (const sender of [{ ...popup, id: 'someoneelse' }, { tab: { id: 1 }, url: 'https://evil.example' }]) {
      expect(senderMayAsk('check-text', sender, ID, ORIGIN)).toEqual({ ok: false, error: 'messages are taken from this extension only' });
      expect(senderMayAsk('judge', sender, ID, ORIGIN).ok).toBe(false);
    }
  });
});
