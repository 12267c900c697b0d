import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage, parseContentMessage } from '../../lib/messages';

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
  });
});
