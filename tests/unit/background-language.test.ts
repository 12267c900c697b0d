// The background's own words (the context menu's title, errors it sends the pages) follow the
// language the options choose, and change when the setting does; browser.i18n alone would keep
// the browser's language.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { followUiLanguage, menuTitle } from '../../extension/background-language';
import { t, useMessages } from '../../extension/i18n';

beforeEach(() => fakeBrowser.reset());
afterEach(() => useMessages('en', english, english));

describe('the background’s language', () => {
  it('names the context menu in the language chosen, and renames it when the choice changes', async () => {
    await fakeBrowser.storage.local.set({ language: 'ru' });
    const renamed: string[] = [];
    await followUiLanguage(() => renamed.push(menuTitle()));
    expect(renamed).toEqual(['Проверить выделенное (Cross-check)']);
    await fakeBrowser.storage.local.set({ language: 'de' });
    await vi.waitFor(() => expect(renamed).toEqual(['Проверить выделенное (Cross-check)', 'Auswahl prüfen (Cross-check)']));
    // Back to the browser's language (English here).
    await fakeBrowser.storage.local.set({ language: 'auto' });
    await vi.waitFor(() => expect(renamed.at(-1)).toBe('Cross-check selection'));
  });

  it('a change to another setting does not rename the menu', async () => {
    await fakeBrowser.storage.local.set({ language: 'fr' });
    const renamed: string[] = [];
    await followUiLanguage(() => renamed.push(menuTitle()));
    await fakeBrowser.storage.local.set({ autoScan: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(renamed).toEqual(['Vérifier la sélection (Cross-check)']);
  });

  it('the errors the background sends the pages are in that language too', async () => {
    await fakeBrowser.storage.local.set({ language: 'hy' });
    await followUiLanguage(() => undefined);
    expect(t('error_expired')).toMatch(/^ժամկետանց/);
    expect(t('error_noSource', 'x')).toBe('«x» աղբյուր չկա');
  });
});
