// What the options page says when it refuses an own source or an import, in the user's language:
// every refusal names a message that every language has; in English it reads as the engine's
// own sentence, and in Russian no English sentence is left.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage, UI_LOCALES, type MessageTable } from '../../lib/message-format';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_FEEDBACK, MAX_SOURCE_CHARS, parseExport, validateOwnSource, type OwnSource, type SaidRefusal } from '../../lib/own-sources';
import { sayRefusal } from '../../components/options-app';
import { useMessages } from '../../extension/i18n';

const locale = (l: string): MessageTable => JSON.parse(readFileSync(new URL(`../../public/_locales/${l}/messages.json`, import.meta.url), 'utf8'));
const EN = locale('en');
const NOW = '2024-01-01T00:00:00.000Z';
const stored = validateOwnSource({ text: 'Armenia says 100,417 people have crossed from Nagorno-Karabakh.', outlet: 'A paper', title: 'A report' }, [], 'own-1', NOW);
const existing: OwnSource[] = stored.ok ? [stored.value] : [];
const file = (over: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, sources: [], feedback: [], ...over });
const entry = { ...existing[0], id: 'own-2', text: 'Another report.' };

/** One refusal of each kind the options page can meet. */
const refusals = [
  validateOwnSource({ text: '  ' }, [], 'own-3', NOW),
  validateOwnSource({ text: 'x'.repeat(MAX_SOURCE_CHARS + 1) }, [], 'own-3', NOW),
  validateOwnSource({ text: `a${'\u0000'.repeat(40)}` }, [], 'own-3', NOW),
  validateOwnSource({ text: 'A report.', date: '30/09/2023' }, [], 'own-3', NOW),
  validateOwnSource({ text: 'A report.', url: 'javascript:alert(1)' }, [], 'own-3', NOW),
  validateOwnSource({ text: 'A report.', url: `https://a.example/${'x'.repeat(9000)}` }, [], 'own-3', NOW),
  validateOwnSource({ text: 'A report.', title: 'x'.repeat(5000) }, [], 'own-3', NOW),
  validateOwnSource({ text: existing[0]!.text }, existing, 'own-3', NOW),
  parseExport('x'.repeat(5 * 1024 * 1024 + 1)),
  parseExport('{not json'),
  parseExport(JSON.stringify({ format: 'other' })),
  parseExport(file({ version: 99 })),
  parseExport(file({ sources: 'none' })),
  parseExport(file({ sources: [{ ...entry, outlet: 7 }] })),
  parseExport(file({ sources: [entry, entry] })),
  parseExport(file({ feedback: 'none' })),
  parseExport(file({ feedback: Array.from({ length: MAX_IMPORT_FEEDBACK + 1 }, () => ({})) })),
  parseExport(file({ feedback: [{ url: 'https://a.example/' }] })),
].map((r, i) => {
  if (r.ok) throw new Error(`case ${i} was meant to be refused and was taken`);
  return r as SaidRefusal;
});

afterEach(() => useMessages('en', EN, EN));

describe('refusals of own sources and imports', () => {
  it('each names a message every language has', () => {
    const missing = refusals.flatMap((r) => UI_LOCALES.filter((l) => !locale(l)[r.say.id]).map((l) => `${l}: ${r.say.id}`));
    expect(missing).toEqual([]);
    expect(new Set(refusals.map((r) => r.say.id)).size).toBe(refusals.length);
  });

  it('in English, each message reads as the refusal’s own sentence (but an entry’s, whose detail names the file’s fields)', () => {
    const differing = refusals
      .filter((r) => !/^importError_(?:source|feedback)$/.test(r.say.id))
      .filter((r) => formatMessage(EN[r.say.id]!, r.say.args.map((a) => (typeof a === 'number' ? a.toLocaleString('en') : a))) !== r.error)
      .map((r) => r.error);
    expect(differing).toEqual([]);
    for (const r of refusals) expect(sayRefusal(r)).toBe(r.error);
  });

  it('in Russian, the options page says each in Russian', () => {
    useMessages('ru', locale('ru'), EN);
    const english = refusals.map(sayRefusal).filter((said) => /\b(?:the|is|nothing was imported|Nothing was imported)\b/.test(said.replace(/\([^)]*\)/g, '').replace(/«[^»]*»/g, '')));
    expect(english).toEqual([]);
  });
});
