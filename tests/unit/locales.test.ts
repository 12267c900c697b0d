// The extension's own text in every language: each key the code uses is in every messages.json,
// no language has a key English lacks, placeholders match, and each language has its plural forms.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, localeFor, placeholdersOf, UI_LOCALES, type MessageTable } from '../../lib/message-format';
import { t, tp, useMessages } from '../../extension/i18n';

const ROOT = resolve(import.meta.dirname, '../..');
const load = (locale: string): MessageTable => JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
const LOCALES = Object.fromEntries(UI_LOCALES.map((l) => [l, load(l)])) as Record<(typeof UI_LOCALES)[number], MessageTable>;
const EN = LOCALES.en;
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL, '');

/** Every source file that can show text: components, extension code, entrypoints, and the manifest. */
function sourceFiles(): string[] {
  const out: string[] = [join(ROOT, 'wxt.config.ts')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) out.push(path);
    }
  };
  for (const dir of ['components', 'extension', 'entrypoints']) walk(join(ROOT, dir));
  return out;
}

/** The message names the code asks for: `t('key')`, `tp('key', n)` (a plural family), `t(\`prefix_${…}\`)` (a family by prefix), `__MSG_key__`. */
function usedKeys(): { plain: Map<string, string>; plural: Map<string, string>; prefixes: Map<string, string> } {
  const plain = new Map<string, string>();
  const plural = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles()) {
    const src = readFileSync(file, 'utf8');
    const where = file.slice(ROOT.length + 1);
    for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) plain.set(m[1]!, where);
    for (const m of src.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) plain.set(m[1]!, where);
    for (const m of src.matchAll(/\btp\(\s*'([A-Za-z0-9_@]+)'/g)) plural.set(m[1]!, where);
    for (const m of src.matchAll(/\bt\(\s*`([A-Za-z0-9_@]+)\$\{/g)) prefixes.set(m[1]!, where);
    // A ternary between two keys: t(cond ? 'a' : 'b').
    for (const m of src.matchAll(/\bt\(\s*[^'`()]+\?\s*'([A-Za-z0-9_@]+)'\s*:\s*'([A-Za-z0-9_@]+)'/g)) {
      plain.set(m[1]!, where);
      plain.set(m[2]!, where);
    }
  }
  return { plain, plural, prefixes };
}

describe('the messages of every language', () => {
  const used = usedKeys();

  it('the code asks for messages (the scan itself works)', () => {
    expect(used.plain.size).toBeGreaterThan(150);
    expect(used.plural.size).toBeGreaterThan(5);
    expect([...used.prefixes.keys()]).toContain('verdict_');
  });

  it.each(UI_LOCALES)('%s has every key the code uses', (locale) => {
    const table = LOCALES[locale];
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const [key, where] of used.plain) if (!table[key]) missing.push(`${key} (used in ${where})`);
    for (const [key, where] of used.plural) for (const c of categories) if (!table[`${key}_${c}`]) missing.push(`${key}_${c} (plural form "${c}" of ${key}, used in ${where})`);
    for (const [prefix, where] of used.prefixes) {
      const expected = Object.keys(EN).filter((k) => k.startsWith(prefix));
      if (!expected.length) missing.push(`any ${prefix}… key (used in ${where})`);
      for (const k of expected) if (!table[k]) missing.push(`${k} (one of ${prefix}…, used in ${where})`);
    }
    expect(missing, `${locale}/messages.json lacks`).toEqual([]);
  });

  it.each(UI_LOCALES.filter((l) => l !== 'en'))('%s has every English message, plurals in its own forms (keys built at run time, such as the explanation steps, included)', (locale) => {
    const table = LOCALES[locale];
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const key of Object.keys(EN)) {
      if (!PLURAL.test(key)) {
        if (!table[key]) missing.push(key);
      } else if (key.endsWith('_other')) {
        for (const c of categories) if (!table[`${baseOf(key)}_${c}`]) missing.push(`${baseOf(key)}_${c}`);
      }
    }
    expect(missing, `${locale}/messages.json lacks`).toEqual([]);
  });

  it.each(UI_LOCALES.filter((l) => l !== 'en'))('%s has no key English lacks', (locale) => {
    const extra = Object.keys(LOCALES[locale]).filter((k) => !EN[k] && !(PLURAL.test(k) && EN[`${baseOf(k)}_other`]));
    expect(extra, `${locale}/messages.json has keys en/messages.json lacks`).toEqual([]);
  });

  it.each(UI_LOCALES.filter((l) => l !== 'en'))('%s fills the same placeholders from the same arguments as English', (locale) => {
    const mismatched: string[] = [];
    for (const [key, entry] of Object.entries(LOCALES[locale])) {
      const english = EN[key] ?? EN[`${baseOf(key)}_other`];
      if (!english) continue;
      const mine = placeholdersOf(entry).map((p) => `${p}=${entry.placeholders?.[p]?.content ?? '?'}`);
      const theirs = placeholdersOf(english).map((p) => `${p}=${english.placeholders?.[p]?.content ?? '?'}`);
      if (mine.join() !== theirs.join()) mismatched.push(`${key}: ${mine.join(', ') || 'none'} (English: ${theirs.join(', ') || 'none'})`);
    }
    expect(mismatched, `${locale}/messages.json placeholders`).toEqual([]);
  });

  it.each(UI_LOCALES)('%s is a valid messages.json: names the browser accepts, no empty text, no stray $', (locale) => {
    const bad: string[] = [];
    for (const [key, entry] of Object.entries(LOCALES[locale])) {
      if (!/^[A-Za-z0-9_@]+$/.test(key)) bad.push(`${key}: a name may hold only letters, digits, _ and @`);
      if (!entry.message.trim()) bad.push(`${key}: empty`);
      if (/\$(?![A-Za-z0-9_@]+\$)/.test(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''))) bad.push(`${key}: a $ that is not a $placeholder$`);
      for (const p of placeholdersOf(entry)) if (!entry.placeholders?.[p]) bad.push(`${key}: $${p}$ has no placeholder entry`);
    }
    expect(bad).toEqual([]);
  });

  it.each(UI_LOCALES)('%s: an accessible name starts with the words the button shows (WCAG label in name)', (locale) => {
    const table = LOCALES[locale];
    for (const [label, shown] of [['list_showInPageLabel', 'list_showInPage'], ['cite_textLabel', 'cite_copyText'], ['cite_markdownLabel', 'cite_copyMarkdown']] as const) {
      expect(formatMessage(table[label]!, ['X']).startsWith(table[shown]!.message), `${locale}: ${label} starts with ${shown}`).toBe(true);
    }
  });
});

describe('message formatting', () => {
  it('fills $name$ placeholders from $1…, in any order, and reads $$ as a dollar', () => {
    const entry = { message: 'Claim $POS$ of $total$ ($$)', placeholders: { pos: { content: '$1' }, total: { content: '$2' } } };
    expect(formatMessage(entry, [3, 12])).toBe('Claim 3 of 12 ($)');
    expect(formatMessage({ message: '$b$ before $a$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['x', 'y'])).toBe('y before x');
  });

  it('picks the language from a browser tag, and English for a language it does not have', () => {
    expect(localeFor('ru-RU')).toBe('ru');
    expect(localeFor('hy')).toBe('hy');
    expect(localeFor('az_Latn_AZ')).toBe('az');
    expect(localeFor('ja')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });

  it('counts with each language’s plural forms, numbers written its way, and English behind a missing message', () => {
    try {
      useMessages('ru', LOCALES.ru, EN);
      expect(tp('panel_headline', 1, 'A')).toBe('A: 1 утверждение');
      expect(tp('panel_headline', 3, 'A')).toBe('A: 3 утверждения');
      expect(tp('panel_headline', 5, 'A')).toBe('A: 5 утверждений');
      expect(tp('panel_headline', 21, 'A')).toBe('A: 21 утверждение');
      expect(t('filter_all', 12000)).toBe(`Все ${new Intl.NumberFormat('ru').format(12000)}`);
      useMessages('ru', { ...LOCALES.ru, popup_check: undefined! }, EN);
      expect(t('popup_check')).toBe('Check');
    } finally {
      useMessages('en', EN, EN);
    }
  });
});
