import type { MessageTable, UiLocale } from '../lib/message-format';
import { chosenLocale, uiLocale, useMessages } from './i18n';
import { loadSettings, type Settings } from './settings';

// Each language's messages.json as a module of its own, loaded when asked for: extension pages
// load one or two, the background (one script) holds them all for the card. Imported, not
// fetched, so no built script holds a network API. The card never imports this file: it must stay small.
const FILES = import.meta.glob<MessageTable>('../public/_locales/*/messages.json', { import: 'default' });

/** A language's messages, as shipped in public/_locales; null for a language the extension lacks. */
export async function messagesOf(locale: string): Promise<MessageTable | null> {
  const load = FILES[`../public/_locales/${locale}/messages.json`];
  return load ? load() : null;
}

/**
 * Loads the user's language for an extension page (the settings' choice, or the browser's
 * language; English where a message is missing) and marks the document with it. Call before the
 * first render.
 */
export async function loadUiLanguage(doc: Document = document): Promise<UiLocale> {
  await useChosenLanguage(await loadSettings());
  doc.documentElement.lang = uiLocale();
  return uiLocale();
}

/** Makes `t` speak the language the settings ask for (English where a message is missing); the background calls it on start and on each change. */
export async function useChosenLanguage(settings: Pick<Settings, 'language'>): Promise<UiLocale> {
  const to = chosenLocale(settings);
  const [messages, english] = await Promise.all([messagesOf(to), messagesOf('en')]);
  useMessages(messages ? to : 'en', messages ?? english, english);
  return uiLocale();
}
