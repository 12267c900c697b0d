/**
 * The browser's `messages.json` format (`_locales/<lang>/messages.json`), read and filled in
 * without the browser: the extension loads a chosen language's file itself, because
 * `i18n.getMessage` follows only the browser's language.
 */

/** One entry of a messages.json file: the text, with `$name$` placeholders filled from `$1`…`$9`. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A whole messages.json file: entries by message name. */
export type MessageTable = Record<string, MessageEntry>;

/** The languages the extension's own text is written in; English is the default and the fallback. */
export const UI_LOCALES = ['en', 'ru', 'hy', 'az', 'fr', 'de'] as const;

/** One of the extension's languages. */
export type UiLocale = (typeof UI_LOCALES)[number];

/** Each language's name in itself, for the language menu (never translated: a reader looks for their own). */
export const LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', ru: 'Русский', hy: 'Հայերեն', az: 'Azərbaycan dili', fr: 'Français', de: 'Deutsch' };

/** The extension's language for a browser language tag ("ru-RU" → "ru"); English when it has none of its own. */
export function localeFor(tag: string | null | undefined): UiLocale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
}

/**
 * Fills an entry's text as the browser does: each `$name$` becomes its placeholder's content,
 * in which `$1`…`$9` are the arguments; `$$` is a dollar sign.
 */
export function formatMessage(entry: MessageEntry, args: ReadonlyArray<string | number> = []): string {
  const arg = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => String(args[Number(d) - 1] ?? ''));
  const names = entry.placeholders ?? {};
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name?: string) => {
    if (whole === '$$') return '$';
    const p = Object.entries(names).find(([k]) => k.toLowerCase() === name!.toLowerCase());
    return p ? arg(p[1].content) : whole;
  });
}

/** The `$name$` placeholders an entry's text uses, lower-cased and sorted (placeholder names are case-blind). */
export function placeholdersOf(entry: MessageEntry): string[] {
  return [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
}

/**
 * The plural forms a counted message may have: the base name plus `_one`, `_few`, `_many` or
 * `_other`, as the language's plural rules pick for the count (`_other` when that form is absent).
 */
export function pluralName(base: string, count: number, locale: UiLocale, table: MessageTable): string {
  const category = new Intl.PluralRules(locale).select(count);
  return table[`${base}_${category}`] ? `${base}_${category}` : `${base}_other`;
}
