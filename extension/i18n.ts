import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';
import { formatMessage, localeFor, type MessageTable, type UiLocale } from '../lib/message-format';
import type { Settings } from './settings';

/** Every message name the extension has (English has them all; the unit test holds every language to it). */
export type MessageKey = keyof typeof english;
/** A counted message, by its base name: `panel_headline` for `panel_headline_one` … `_other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/**
 * The chosen language's messages once loaded, and English behind them (extension pages load both;
 * the card, which must stay small, has neither until asked and uses the browser's own messages).
 */
let table: MessageTable | null = null;
let fallback: MessageTable | null = null;
let locale: UiLocale = localeFor(browserLanguage());

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

// The browser's message in its own language, where there is a browser (not in unit tests).
function nativeMessage(name: string, args: string[]): string {
  try {
    return (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, args) ?? '';
  } catch {
    return '';
  }
}

function lookup(name: string, args: ReadonlyArray<string | number>): string | null {
  const shown = args.map((a) => (typeof a === 'number' ? new Intl.NumberFormat(locale).format(a) : a));
  const entry = table?.[name] ?? fallback?.[name];
  if (entry) return formatMessage(entry, shown);
  return nativeMessage(name, shown) || null;
}

/** The extension's text for `key` in the user's language, with `$1`… filled from `args` (numbers written the language's way). */
export function t(key: MessageKey, ...args: Array<string | number>): string {
  return lookup(key, args) ?? key;
}

/** A counted message: the form the language's plural rules pick for `count`, which is its first argument. */
export function tp(key: PluralKey, count: number, ...args: Array<string | number>): string {
  const category = new Intl.PluralRules(locale).select(count);
  return lookup(`${key}_${category}`, [count, ...args]) ?? lookup(`${key}_other`, [count, ...args]) ?? key;
}

/**
 * A message named at run time (the explanation steps name theirs from the engine's data), with
 * its arguments already written out; a counted one (`count` set) in the form the count picks.
 * Falls back to English, then to the name itself.
 */
export function sayMessage(name: string, args: string[], count?: number): string {
  if (count === undefined) return lookup(name, args) ?? name;
  const category = new Intl.PluralRules(locale).select(count);
  return lookup(`${name}_${category}`, args) ?? lookup(`${name}_other`, args) ?? name;
}

/** A message in the browser's own language, as the browser shows the extension's menus and manifest (not the options' choice). */
export function browserT(key: MessageKey, ...args: string[]): string {
  return nativeMessage(key, args) || t(key, ...args);
}

/** The English messages behind the chosen language, where an extension page loaded them (null in the card). */
export function englishMessages(): MessageTable | null {
  return fallback;
}

/** The language the extension's text is in now. */
export function uiLocale(): UiLocale {
  return locale;
}

/** The language the settings ask for: the override, or the browser's own when it is one of the extension's. */
export function chosenLocale(settings: Pick<Settings, 'language'>): UiLocale {
  return settings.language === 'auto' ? localeFor(browserLanguage()) : settings.language;
}

/** The language the browser itself would show, for the "browser's language" choice. */
export function browserLocale(): UiLocale {
  return localeFor(browserLanguage());
}

/** Uses `messages` as the language `to`, with `english` behind them (the card gets them from the background; tests set them directly). */
export function useMessages(to: UiLocale, messages: MessageTable | null, english: MessageTable | null = fallback): void {
  locale = to;
  table = messages;
  fallback = english;
}
