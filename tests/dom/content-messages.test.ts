// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { contentMessageListener, type ContentHandlers, type RuntimeListener } from '../../extension/content-messages';

const ID = 'our-extension-id';

function handlers(overrides: Partial<ContentHandlers> = {}): ContentHandlers {
  const fail = () => ({ ok: false as const, error: 'not in this test' });
  return {
    'get-summary': fail,
    'claim-details': fail,
    'get-report': fail,
    'scroll-to-claim': fail,
    'toggle-highlights': fail,
    'next-claim': fail,
    rescan: fail,
    ...overrides,
  };
}

/** Delivers a message to the listener and resolves with its reply (or `undefined` if it took none). */
function deliver(listener: RuntimeListener, message: unknown, sender: { id?: string } = { id: ID }): Promise<unknown> {
  return new Promise((resolve) => {
    const kept = listener(message, sender, resolve);
    if (kept !== true) resolve(undefined);
  });
}

describe('the content script\'s message handlers', () => {
  it('answer a well-formed request with the handler\'s result', async () => {
    const scroll = vi.fn(({ index }: { index: number }) => ({ ok: true as const, value: null, index }));
    const listener = contentMessageListener(ID, handlers({ 'scroll-to-claim': scroll as unknown as ContentHandlers['scroll-to-claim'] }));
    expect(await deliver(listener, { type: 'scroll-to-claim', index: 3 })).toMatchObject({ ok: true, value: null });
    expect(scroll).toHaveBeenCalledWith({ type: 'scroll-to-claim', index: 3 });
  });

  it('leave messages from another extension, unknown types and malformed payloads unanswered, and run no handler', async () => {
    const next = vi.fn(() => ({ ok: true as const, value: null }));
    const scroll = vi.fn(() => ({ ok: true as const, value: null }));
    const listener = contentMessageListener(ID, handlers({ 'next-claim': next, 'scroll-to-claim': scroll }));
    expect(await deliver(listener, { type: 'next-claim' }, { id: 'another-extension' })).toBeUndefined();
    expect(await deliver(listener, { type: 'next-claim' }, {})).toBeUndefined();
    expect(await deliver(listener, { type: 'open-everything' })).toBeUndefined();
    expect(await deliver(listener, { type: 'scroll-to-claim', index: -1 })).toBeUndefined();
    expect(await deliver(listener, 'next-claim')).toBeUndefined();
    expect(next).not.toHaveBeenCalled();
    expect(scroll).not.toHaveBeenCalled();
  });

  it('answer a handler that throws with its error as a value', async () => {
    const listener = contentMessageListener(ID, handlers({ 'get-report': () => Promise.reject(new Error('the background went away')) }));
    expect(await deliver(listener, { type: 'get-report' })).toEqual({ ok: false, error: 'the background went away' });
  });
});
