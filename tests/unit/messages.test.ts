import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { decodeClaims, encodeClaims, parseBackgroundMessage, parseContentMessage } from '../../lib/messages';

describe('the message protocol', () => {
  it('round-trips claims with their infinite bounds', () => {
    const claims = extractClaims('More than 100,000 people have fled Nagorno-Karabakh; Artsakh dissolves in June.');
    const back = decodeClaims(encodeClaims(claims));
    expect(back).toEqual(claims);
    expect(back[0]!.figure.high).toBe(Infinity);
  });

  it('refuses what is not a claim list', () => {
    expect(() => decodeClaims('{"a":1}')).toThrow(/array/);
    expect(() => decodeClaims('[{"start":"x"}]')).toThrow(/lacks/);
  });

  it.each([
    [null, /unknown message/],
    [{ type: 'steal-sources' }, /unknown message/],
    [{ type: 'judge', page: { url: 'x' }, claims: '[]' }, /page must have/],
    [{ type: 'judge', page: { url: 'x', title: '', host: 'h', date: 'yesterday' }, claims: '[]' }, /YYYY-MM-DD/],
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
