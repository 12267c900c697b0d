// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { OwnSource } from '../../lib/own-sources';

// The store opens when the test says so: what the page shows before that is what a user sees while
// IndexedDB is slow (a reload, a busy disk).
let openStore: ((s: unknown) => void) | null = null;
vi.mock('../../extension/store', () => ({ Store: { open: () => new Promise((resolve) => (openStore = resolve)) } }));
vi.mock('../../extension/messaging', () => ({ askBackground: async () => ({ ok: false, error: 'no background in this test' }) }));
vi.mock('../../extension/settings', async (actual) => {
  const real = await actual<typeof import('../../extension/settings')>();
  return { ...real, loadSettings: async () => real.DEFAULT_SETTINGS };
});
const { OptionsApp } = await import('../../components/options-app');

const saved: OwnSource = {
  id: 'own-1', outlet: 'Notebook', title: 'Notes from Goris', date: '2023-10-02', dateBasis: 'stated', origin: null, url: null,
  text: 'Volunteers in Goris handed out blankets.', addedAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z',
};

describe('the options page while the store opens', () => {
  it('does not say there are no sources, nor let a save or an export run, until the stored ones are read', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    render(<OptionsApp />, root);
    await vi.waitFor(() => expect(openStore).not.toBeNull());
    const list = root.querySelector('.own-list')!;
    const addButton = root.querySelector<HTMLButtonElement>('.source-form button[type="submit"]')!;
    const exportButton = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Export your sources and reports')!;
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(list.querySelectorAll('li')).toHaveLength(0);
    expect(addButton.disabled).toBe(true);
    expect(exportButton.disabled).toBe(true);

    openStore!({ listSources: async () => [saved], listFeedback: async () => [], listHistory: async () => [] });
    await vi.waitFor(() => expect(list.getAttribute('aria-busy')).toBe('false'));
    expect([...list.querySelectorAll('li strong')].map((x) => x.textContent)).toEqual(['Notes from Goris']);
    expect(addButton.disabled).toBe(false);
    expect(exportButton.disabled).toBe(false);
  });
});
