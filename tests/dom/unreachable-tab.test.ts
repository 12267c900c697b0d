import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { whyUnreachable } = await import('../../components/unreachable-tab');

describe('why a tab does not answer', () => {
  it('a loaded web page was open before the extension was installed', () => {
    expect(whyUnreachable({ url: 'https://example.org/news', status: 'complete' })).toBe('before-install');
    expect(whyUnreachable({ url: 'http://127.0.0.1:8080/a.html' })).toBe('before-install');
  });
  it('a web page still loading has no content script yet', () => {
    expect(whyUnreachable({ url: 'https://example.org/news', status: 'loading' })).toBe('loading');
  });
  it('browser pages, other schemes and hidden addresses are never offered a reload', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///tmp/a.html', 'chrome-extension://abc/popup.html', undefined]) {
      expect(whyUnreachable({ url, status: 'complete' })).toBe('browser-page');
    }
    expect(whyUnreachable(null)).toBe('browser-page');
  });
});
