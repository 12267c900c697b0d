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
  need('relativeMonths', l.relativeMonths);
  need('weekdayDates', l.weekdayDates);
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
  need('listJoins', l.listJoins);
  need('clauseJoins', l.clauseJoins);
  need('war', l.war);
  for (const part of ['from', 'to', 'received'] as const) need(`movement.${part}`, l.movement[part]);
  return missing;
}

describe('every language fills the whole lexicon shape', () => {
  it.each(LANGUAGES)('%s', (code) => {
    expect(gaps(LEXICONS[code]), `${LEXICONS[code].name} (lib/lexicon/${code}.ts) lacks`).toEqual([]);
  });

  // A verb of attacking is read only where it is one of the verbs of starting (measures.ts namesTheOffensive).
  it.each(LANGUAGES)('%s: every verb of attacking is a verb of starting', (code) => {
    const starts = LEXICONS[code].dateCues.start.map((w) => w.split(' … ')[0]);
    expect(LEXICONS[code].attacks.verbs.filter((w) => !starts.includes(w))).toEqual([]);
  });

  it('names the missing part when a language lacks one', () => {
    const broken: LanguageLexicon = { ...LEXICONS.nl, months: LEXICONS.nl.months.slice(0, 11), things: { ...LEXICONS.nl.things, vehicles: [] }, azerbaijan: [] };
    expect(gaps(broken)).toEqual(['months (12 lists)', 'things.vehicles', 'azerbaijan']);
  });

  // Lists a language may leave empty because its grammar does the work elsewhere; each language that
  // does is named here, so a new language (or a word list filled later) shows up as a change.
  it.each([
    ['against', (l: LanguageLexicon) => l.against, ['hy']],
    ['relatives', (l: LanguageLexicon) => l.relatives, ['tr', 'az', 'hy']],
    ['ago', (l: LanguageLexicon) => [...l.ago.before, ...l.ago.after], ['en']],
    ['lookingBack', (l: LanguageLexicon) => l.lookingBack, ['fr']],
    ['phraseEnds', (l: LanguageLexicon) => l.phraseEnds, ['tr', 'az', 'hy']],
    ['nounPhraseEnds', (l: LanguageLexicon) => l.nounPhraseEnds, ['tr', 'az', 'hy']],
    ['spanPlacesInTime', (l: LanguageLexicon) => l.spanPlacesInTime, []],
    ['pageFurniture', (l: LanguageLexicon) => l.pageFurniture, ['az', 'hy']],
    ['visits', (l: LanguageLexicon) => l.visits, []],
    ['leaveVerbs', (l: LanguageLexicon) => l.leaveVerbs, []],
    ['leaveFrom', (l: LanguageLexicon) => l.leaveFrom, ['it', 'nl', 'tr', 'az', 'hy']],
    ['armeniaLeft', (l: LanguageLexicon) => [...l.armeniaLeft.after, ...l.armeniaLeft.before], []],
    ['countryLeft', (l: LanguageLexicon) => [...l.countryLeft.after, ...l.countryLeft.before], []],
    ['weekdayBefore', (l: LanguageLexicon) => [...l.weekdayBefore.asOf, ...l.weekdayBefore.opens], ['tr', 'az', 'hy']],
    ['weekdayArticles', (l: LanguageLexicon) => l.weekdayArticles, ['en', 'nl', 'pl', 'cs', 'ru', 'tr', 'az', 'hy']],
    ['numberNouns', (l: LanguageLexicon) => l.numberNouns, ['tr', 'az', 'hy']],
    ['numberOf', (l: LanguageLexicon) => l.numberOf, ['pl', 'cs', 'ru', 'tr', 'az', 'hy']],
    ['since', (l: LanguageLexicon) => l.since, ['nl', 'pl', 'cs', 'tr', 'az', 'hy']],
    // Azerbaijani reporting names the offensive by its noun ("antiterror tədbirləri"); no verb of attacking starts it.
    ['attacks.verbs', (l: LanguageLexicon) => l.attacks.verbs, ['az']],
    ['attacks.nouns', (l: LanguageLexicon) => l.attacks.nouns, []],
    ['ages', (l: LanguageLexicon) => [...l.ages.before, ...l.ages.after], []],
    ['payments', (l: LanguageLexicon) => l.payments, []],
    ['provinces', (l: LanguageLexicon) => l.provinces, []],
    ['officials', (l: LanguageLexicon) => l.officials, []],
    ['office', (l: LanguageLexicon) => l.office, []],
    ['dateAsOf', (l: LanguageLexicon) => [...l.dateAsOf.before, ...l.dateAsOf.beforeDay], ['pt', 'nl', 'pl', 'cs', 'tr', 'az', 'hy']],
    ['populationOf', (l: LanguageLexicon) => [...l.populationOf.nouns, ...l.populationOf.links], ['nl', 'tr', 'az', 'hy']],
    ['populationBefore', (l: LanguageLexicon) => l.populationBefore, ['pl', 'cs', 'ru', 'tr', 'az', 'hy']],
    ['shareOf', (l: LanguageLexicon) => [...l.shareOf.shares, ...l.shareOf.links], ['cs', 'tr', 'az', 'hy']],
    ['countryNames', (l: LanguageLexicon) => [...l.countryNames.countries, ...l.countryNames.region], []],
    ['movement.purpose', (l: LanguageLexicon) => l.movement.purpose, ['tr', 'az', 'hy']],
    ['placing', (l: LanguageLexicon) => Object.values(l.placing).flat(), ['tr', 'az', 'hy']],
    ['wholeOf', (l: LanguageLexicon) => [...l.wholeOf.words, ...l.wholeOf.articles], ['tr', 'az', 'hy']],
    ['holding', (l: LanguageLexicon) => l.holding, ['nl', 'pl', 'cs', 'tr', 'az', 'hy']],
    ['disputing', (l: LanguageLexicon) => l.disputing, ['tr', 'az', 'hy']],
    // Languages that write no article before a count name their whole people another way.
    ['wholePeople', (l: LanguageLexicon) => [...l.wholePeople.determiners, ...l.wholePeople.regional], ['pl', 'cs', 'ru', 'tr', 'az', 'hy']],
    // A participle of lying or a verb of separating before a distance: the Romance languages and English so far.
    ['placing.before', (l: LanguageLexicon) => l.placing.before, ['de', 'nl', 'pl', 'cs', 'ru', 'tr', 'az', 'hy']],
    // A war pointed back to, and a count added to the one before: every language.
    ['thatWar', (l: LanguageLexicon) => l.thatWar, []],
    ['increments', (l: LanguageLexicon) => l.increments, []],
    // Optional fields: English, French, German, Italian, Spanish, Portuguese and Russian so far.
    ['placeWords', (l: LanguageLexicon) => [...(l.placeWords?.elsewhere ?? []), ...(l.placeWords?.region ?? [])], ['nl', 'pl', 'cs', 'tr', 'az', 'hy']],
    // English only so far: optional fields.
    ['countOf', (l: LanguageLexicon) => l.countOf ?? [], ['fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'ru', 'tr', 'az', 'hy']],
    ['oneVehicle', (l: LanguageLexicon) => Object.values(l.oneVehicle ?? {}).flat(), ['fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'ru', 'tr', 'az', 'hy']],
    ['spanFrom', (l: LanguageLexicon) => [...(l.spanFrom?.before ?? []), ...(l.spanFrom?.after ?? [])], ['fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'ru', 'tr', 'az', 'hy']],
    ['partOf', (l: LanguageLexicon) => [...(l.partOf?.words ?? []), ...(l.partOf?.articles ?? [])], ['fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'cs', 'ru', 'tr', 'az', 'hy']],
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

describe('the words that end a figure\'s own noun phrase come from each lexicon', () => {
  it('a list join and a preposition of the text\'s language end it', () => {
    expect(vocabularyFor('de').itemEnd.exec('200 Soldaten und 50 Zivilisten')?.index).toBe(12);
    expect(vocabularyFor('ru').phraseStop.exec('400 раненых при обстреле')?.index).toBe(11);
    expect(vocabularyFor('cs').itemEnd.exec('200 vojáků a 50 civilistů')?.index).toBe(10);
  });

  it('a join of a third language does not: Czech "a" is an English article', () => {
    expect(vocabularyFor('en').itemEnd.test('200 soldiers a day')).toBe(false);
    expect(vocabularyFor('tr').phraseStop.test('200 asker hayatını kaybetti')).toBe(false);
  });
});

describe('the words around a figure that measures.ts reads come from each lexicon', () => {
  it('a clause join, a noun phrase end and a span placed in time, in the text\'s language', () => {
    expect(vocabularyFor('pl').clauseJoin.test('zginęło, ale 40 zaginęło')).toBe(true);
    expect(vocabularyFor('ru').nounPhraseEnd.exec(' палатки где регистрируют')?.index).toBe(8);
    expect(vocabularyFor('es').spanPlacesInTime.test(' después de la ofensiva')).toBe(true);
    expect(vocabularyFor('de').spanPlacesInTime.test(' lang blockiert')).toBe(false);
  });

  it('a year before a war noun, page furniture and a visit', () => {
    expect(vocabularyFor('pl').yearNamesAWar.test(' roku wojny')).toBe(true);
    expect(vocabularyFor('tr').yearNamesAWar.test(' savaşında')).toBe(true);
    expect(vocabularyFor('en').yearNamesAWar.test(' Krieg')).toBe(false);
    expect(vocabularyFor('cs').pageFurnitureAfter.test(' fotografií')).toBe(true);
    expect(vocabularyFor('es').visits.test('la primera misión en 30 años')).toBe(true);
    expect(vocabularyFor('en').visits.test('the first misión in 30 years')).toBe(false);
  });
});

describe('Armenia as the object of a verb of leaving, from each lexicon', () => {
  it('right after the verb, with the language\'s preposition, or right before it where the verb comes last', () => {
    expect(vocabularyFor('ru').leaveVerb.test('уехали')).toBe(true);
    expect(vocabularyFor('ru').armeniaLeftAfter.test(' из Армении')).toBe(true);
    expect(vocabularyFor('fr').armeniaLeftAfter.test(" la République d'Arménie")).toBe(true);
    expect(vocabularyFor('az').armeniaLeftBefore.test('Ermənistanı ')).toBe(true);
  });

  it('a direction makes Armenia the destination, and a third language\'s verb is not read', () => {
    expect(vocabularyFor('en').armeniaLeftAfter.test(' for Armenia')).toBe(false);
    expect(vocabularyFor('de').armeniaLeftAfter.test(' nach Armenien')).toBe(false);
    expect(vocabularyFor('en').leaveVerb.test('покинули')).toBe(false);
  });
});

describe('the word before a weekday, from each lexicon', () => {
  const before = (code: 'de' | 'es' | 'en', text: string) => {
    const v = vocabularyFor(code);
    v.weekdayWithWordBefore.lastIndex = 0;
    const m = v.weekdayWithWordBefore.exec(text);
    return m ? { word: m[1]?.toLowerCase(), opens: m[1] !== undefined && v.weekdayOpens.has(m[1].toLowerCase()) } : null;
  };

  it('opens a period, an article between', () => {
    expect(before('de', 'seit dem Sonntag')).toEqual({ word: 'seit', opens: true });
    expect(before('es', 'desde el domingo')).toEqual({ word: 'desde', opens: true });
  });

  it('dates a count, or is read bare', () => {
    expect(before('en', 'by Thursday evening')).toEqual({ word: 'by', opens: false });
    expect(before('en', 'seit Sunday')).toEqual({ word: undefined, opens: false });
  });
});

describe('"the number of" and the noun after it, from each lexicon', () => {
  const noun = (code: 'it' | 'ru' | 'en', text: string) => {
    const re = vocabularyFor(code).numberOf;
    re.lastIndex = 0;
    return re.exec(text)?.[1];
  };

  it('with the language\'s preposition, or none where the noun follows bare', () => {
    expect(noun('it', 'il numero dei profughi arrivati')).toBe('profughi arrivati');
    expect(noun('ru', 'количество переселенцев составляет')).toBe('переселенцев составляет');
    expect(noun('en', 'the number of refugees')).toBe('refugees');
  });
});

describe('"since" before a date, from each lexicon', () => {
  it('opens a period in the text\'s language, not in a third one', () => {
    expect(vocabularyFor('de').sinceBefore.test('Kämpfe seit ')).toBe(true);
    expect(vocabularyFor('en').sinceBefore.test('fighting since late ')).toBe(true);
    expect(vocabularyFor('en').sinceBefore.test('fighting seit ')).toBe(false);
  });
});

describe('the words before a date that date a count, from each lexicon', () => {
  it('a word, or a word and another day\'s number (Spanish and Italian "al")', () => {
    expect(vocabularyFor('es').asOfBeforeDate.test('cifra hasta el ')).toBe(true);
    expect(vocabularyFor('es').asOfBeforeDate.test('del 26 al 27 ')).toBe(true);
    expect(vocabularyFor('fr').asOfBeforeDate.test('bilan au ')).toBe(true);
    expect(vocabularyFor('en').asOfBeforeDate.test('count al 27 ')).toBe(false);
  });
});

describe('the words that make a count the region\'s population, from each lexicon', () => {
  it('a population noun and its link, another phrase, or the whole of a share', () => {
    expect(vocabularyFor('pl').populationBefore.test('z populacji Górskiego Karabachu wynoszącej ')).toBe(true);
    expect(vocabularyFor('en').populationBefore.test('z populacji Górskiego Karabachu wynoszącej ')).toBe(false);
    expect(vocabularyFor('en').populationBefore.test("the region's ")).toBe(true);
    expect(vocabularyFor('fr').populationBefore.test('plus de la moitié des ')).toBe(true);
    expect(vocabularyFor('de').populationBefore.test('die Hälfte der ')).toBe(true);
  });

  it('a country named in the clause before, the region in the clause after', () => {
    const groups = (code: 'ru' | 'tr' | 'en', text: string) => {
      const re = vocabularyFor(code).countryNames;
      re.lastIndex = 0;
      return [...text.matchAll(re)].map((m) => (m[1] !== undefined ? 'country' : 'region'));
    };
    expect(groups('ru', 'в Армении и в Карабахе')).toEqual(['country', 'region']);
    expect(groups('tr', "Ermenistan'a ve bölgeye")).toEqual(['country', 'region']);
    expect(groups('en', 'in Armenien')).toEqual([]);
  });

  it('a place that holds its residents, and the whole a part is taken from', () => {
    expect(vocabularyFor('fr').holdingBefore.test('la région comptait ')).toBe(true);
    expect(vocabularyFor('en').holdingBefore.test('la région comptait ')).toBe(false);
    expect(vocabularyFor('cs').wholeBefore.test('obyvatel – ze ')).toBe(true);
    expect(vocabularyFor('en').wholeBefore.test('obyvatel – ze ')).toBe(false);
  });
});

describe('the words that make a distance place something, from each lexicon', () => {
  it('"à 6 km de", "6 km von der Stadt entfernt", "30 km away", "a depot about 5 km"', () => {
    const fr = vocabularyFor('fr');
    expect(fr.placingAt.test('situé à ') && fr.placingFrom.test(' de la ville')).toBe(true);
    expect(vocabularyFor('de').placingAway.test(' von der Stadt entfernt')).toBe(true);
    expect(vocabularyFor('en').placingAway.test(' (20 miles) away')).toBe(true);
    expect(vocabularyFor('en').placingSite.test('a fuel depot located about ')).toBe(true);
    expect(vocabularyFor('en').placingAway.test(' von der Stadt entfernt')).toBe(false);
  });
});

describe('the English-only lists, read from the English lexicon with every language', () => {
  it('one vehicle\'s load, a part of a whole, "the number of", another place', () => {
    const italian = vocabularyFor('it');
    expect(italian.oneVehicleLoad.test('a small minibus carrying about ')).toBe(true);
    expect(italian.partOfAnyWhole.test(' of an estimated 120,000')).toBe(true);
    expect(italian.countOfBefore.test('the number of wounded ')).toBe(true);
    const places = vocabularyFor('en').placeWords;
    places.lastIndex = 0;
    expect([...'Azerbaijan, a country of'.matchAll(places)].map((m) => (m[1] !== undefined ? 'elsewhere' : 'region'))).toEqual(['elsewhere', 'elsewhere']);
  });
});
