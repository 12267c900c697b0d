// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (p: string) => `chrome-extension://abc${p}` }, commands: { getAll: async () => [] }, tabs: { create: vi.fn() } } }));
const { ShortcutNotice, unboundCommands } = await import('../../components/shortcut-notice');

const bound = { name: 'toggle-highlights', description: 'Switch highlights off and on', shortcut: 'Alt+Shift+H' };
const unbound = { name: 'next-claim', description: 'Step to the next checked claim and open its card', shortcut: '' };

describe('the unbound-shortcut notice', () => {
  it('finds commands with no key, but not the popup’s own entry, which needs none', () => {
    expect(unboundCommands([bound, unbound, { name: '_execute_action', shortcut: '' }]).map((c) => c.name)).toEqual(['next-claim']);
    expect(unboundCommands([bound, { ...unbound, shortcut: undefined }]).map((c) => c.name)).toEqual(['next-claim']);
  });

  it('names each unbound command and where to set a key', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ShortcutNotice commands={[bound, unbound]} />, root);
    const text = root.textContent ?? '';
    expect(text).toContain('Step to the next checked claim and open its card');
    expect(text).not.toContain('Switch highlights off and on');
    expect(text).toContain('chrome://extensions/shortcuts');
  });

  it('says nothing when every command has a key', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<ShortcutNotice commands={[bound]} />, root);
    expect(root.textContent).toBe('');
  });
});
