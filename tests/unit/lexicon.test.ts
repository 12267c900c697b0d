import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/figures';
import { LANGUAGES, LEXICONS, vocabularyFor, type LanguageLexicon } from '../../lib/lexicon/index';
import { namesRegion, pageNamesRegion } from '../../lib/topic';

/** The parts of a lexicon every language must fill, by path, for the engine to read its reporting. */
function gaps(l: LanguageLexicon): string[] {
  const missing: string[] = [];
  const need = (path: string, list: readonly unknown[] | undefined) => {
    if (!list || list.length === 0) missing.push(path);
  };
  need('stopwords', l.stopwords);
  need('numberWords', Object.keys(l.numberWords));
  need('scales', Object.keys(l.scales));
  need('vague', l.vague);
  need('fractions', l.fractions);
  need('percent', l.percent);
  for (const q of ['gt', 'ge', 'almost', 'approx', 'le', 'only'] as const) need(`qualifiers.${q} (before or after)`, [...l.qualifiers[q], ...(l.qualifiersAfter[q] ?? [])]);
  for (const u of ['km', 'hours', 'days', 'weeks', 'months', 'years', 'money'] as const) need(`units.${u}`, l.units[u]);
  if (l.months.length !== 12) missing.push('months (12 lists)');
  l.months.forEach((names, i) => need(`months[${i}]`, names));
  if (l.weekdays.length !== 7) missing.push('weekdays (7 lists)');
  l.weekdays.forEach((names, i) => need(`weekdays[${i}]`, names));
  need('today', l.today);
  need('yesterday', l.yesterday);
  need('relativeYears', l.relativeYears);
  for (const [action, cues] of Object.entries(l.actions)) need(`actions.${action}.strong`, cues.strong);
  for (const [thing, words] of Object.entries(l.things)) need(`things.${thing}`, words);
  for (const [mark, words] of Object.entries(l.dateCues)) need(`dateCues.${mark}`, words);
  for (const [event, words] of Object.entries(l.events)) need(`events.${event}`, words);
  need('places', l.places);
  need('azerbaijan', l.azerbaijan);
  need('context', l.context);
  need('speech', l.speech);
  need('accordingTo', l.accordingTo);
  need('denial', l.denial);
  need('forecast', l.forecast);
  need('ahead', l.ahead);
  return missing;
}

describe('every language fills the whole lexicon shape', () => {
  it.each(LANGUAGES)('%s', (code) => {
    expect(gaps(LEXICONS[code]), `${LEXICONS[code].name} (lib/lexicon/${code}.ts) lacks`).toEqual([]);
  });

  it('names the missing part when a language lacks one', () => {
    const broken: LanguageLexicon = { ...LEXICONS.nl, months: LEXICONS.nl.months.slice(0, 11), things: { ...LEXICONS.nl.things, vehicles: [] }, azerbaijan: [] };
    expect(gaps(broken)).toEqual(['months (12 lists)', 'things.vehicles', 'azerbaijan']);
  });

  // Lists a language may leave empty because its grammar does the work elsewhere; each language that
  // does is named here, so a new language (or a word list filled later) shows up as a change.
  it.each([
    ['against', (l: LanguageLexicon) => l.against, ['hy']],
    ['relatives', (l: LanguageLexicon) => l.relatives, ['es', 'pt', 'nl', 'tr', 'az', 'hy']],
    ['ago', (l: LanguageLexicon) => [...l.ago.before, ...l.ago.after], ['en', 'hy']],
    ['lookingBack', (l: LanguageLexicon) => l.lookingBack, ['fr']],
    ['provinces', (l: LanguageLexicon) => l.provinces, ['fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'tr', 'az']],
  ] as const)('names the languages without %s', (_field, pick, without) => {
    expect(LANGUAGES.filter((code) => pick(LEXICONS[code]).length === 0)).toEqual(without);
  });
});

describe('the page gate lets every language name the region', () => {
  it.each(LANGUAGES.flatMap((code) => LEXICONS[code].places.map((place) => [code, place] as const)))('%s: %s', (_code, place) => {
    const text = `Reports from ${place} today.`;
    expect(namesRegion(text)).toBe(true);
    // The page gate is narrower in Latin script: a page must name the region or its capital.
    if (!/^(?:Lachin|Latchine|Latschin|Laçin|Laçın|Hakari|Goris)$/u.test(place)) expect(pageNamesRegion(text)).toBe(true);
  });
});

describe('a text is read with its own words and English, never a third language', () => {
  it('a Turkish number word is not read on an English page', () => {
    expect(extractFigures('They relied on 2 roads.', 'en').map((f) => f.raw)).toEqual(['2']);
    expect(extractFigures('The convoy moved on ten trucks.', 'en').map((f) => f.raw)).toEqual(['ten']);
    expect(vocabularyFor('en').numberWords.has('on')).toBe(false);
  });

  it('an Azerbaijani unit word does not make an Italian year a duration', () => {
    const figures = extractFigures('Nel 2023 il governo ha detto che oltre 100.000 persone sono fuggite.', 'it');
    expect(figures.map((f) => [f.raw, f.unit])).toEqual([['2023', 'date'], ['oltre 100.000', 'count']]);
    expect(vocabularyFor('it').units.matchAt([{ kind: 'word', text: 'il', lower: 'il', start: 0, end: 2 }], 0)).toBeNull();
  });

  it('reads each new language in its own number formats and words', () => {
    const read = (text: string, code: (typeof LANGUAGES)[number]) => extractFigures(text, code).map((f) => [f.raw, f.low, f.high]);
    expect(read('Ruim 100.000 mensen zijn gevlucht.', 'nl')).toEqual([['Ruim 100.000', 100_000, Infinity]]);
    expect(read('Ponad 100 tys. osób uciekło.', 'pl')).toEqual([['Ponad 100 tys', 100_000, Infinity]]);
    expect(read('Uprchlo přes 100 000 lidí.', 'cs')).toEqual([['přes 100 000', 100_000, Infinity]]);
    expect(read('100 binden fazla kişi göç etti.', 'tr')).toEqual([['100 binden fazla', 100_000, Infinity]]);
    expect(read('100 mindən çox nəfər Qarabağı tərk edib.', 'az')).toEqual([['100 mindən çox', 100_000, Infinity]]);
    expect(read('Ավելի քան 100 հազար մարդ', 'hy')).toEqual([['Ավելի քան 100 հազար', 100_000, Infinity]]);
  });
});

describe('Turkish and Azerbaijani capitals', () => {
  it('a dotless ı reads as I in capitals, as in headlines ("511 ASKER YARALI")', () => {
    const tr = vocabularyFor('tr');
    tr.actions.wounded.strong.lastIndex = 0;
    expect(tr.actions.wounded.strong.test('511 ASKER YARALI')).toBe(true);
    const az = vocabularyFor('az');
    az.actions.wounded.strong.lastIndex = 0;
    expect(az.actions.wounded.strong.test('500 HƏRBÇİ YARALANIB')).toBe(true);
  });
});
