import { describe, expect, it } from 'vitest';
import { extractFigures, roundness, type Figure } from '../../lib/figures';
import { detectLocale, type Locale } from '../../lib/locale';
import { epochDay, isoOfDay, withYear } from '../../lib/calendar';

function only(text: string, locale: Locale = detectLocale(text)): Figure {
  const figures = extractFigures(text, locale);
  expect(figures, `figures in ${JSON.stringify(text)}`).toHaveLength(1);
  const f = figures[0]!;
  expect(text.slice(f.start, f.end)).toBe(f.raw); // offsets slice to the figure
  return f;
}

describe('numbers in every written form', () => {
  it.each([
    ['100,417 people', '100,417', 100417],
    ['some 85.000 persone', 'some 85.000', 85000],
    ['84 770 personnes', '84 770', 84770],
    ['100\u00a0000 personnes', '100\u00a0000', 100000],
    ['100\u202f000 réfugiés', '100\u202f000', 100000],
    ['1.2 million people', '1.2 million', 1_200_000],
    ['over 100k people', 'over 100k', 100000],
    ['one hundred thousand people', 'one hundred thousand', 100000],
    ['five buses', 'five', 5],
    ['a dozen trucks', 'a dozen', 12],
    ['twenty-one people', 'twenty-one', 21],
    ['Более 100 тысяч человек', 'Более 100 тысяч', 100000],
  ])('%s → %s = %d', (text, raw, value) => {
    const f = only(text, text.includes('persone') ? 'it' : text.includes('personnes') || text.includes('réfugiés') ? 'fr' : detectLocale(text));
    expect(f.raw).toBe(raw);
    expect(f.value).toBe(value);
  });

  it('reads orders of magnitude as vague ranges', () => {
    const tens = only('tens of thousands of people');
    expect([tens.low, tens.high, tens.vague]).toEqual([20_000, 99_999, true]);
    const hundreds = only('hundreds of people');
    expect([hundreds.low, hundreds.high]).toEqual([200, 999]);
  });

  it('does not read names, times, ordinals or versions as figures', () => {
    for (const text of ['COVID-19 spread', 'at 16:37 EDT', 'the 19th century', 'an Airbus A320', 'one of the few', 'the 2020 war began', 'Su-25 jets']) {
      expect(extractFigures(text, 'en'), text).toEqual([]);
    }
  });
});

describe('numbers that count nobody', () => {
  it.each([
    ['alle 18.30 erano arrivati 40 feriti', 'it', ['40']],
    ['um 7.45 Uhr kamen 12 Busse', 'de', ['12']],
    ['na quarta-feira (27) chegaram 300 pessoas', 'pt', ['300']],
    ['in die 8.000-Einwohner-Kleinstadt kamen 900 Menschen', 'de', ['900']],
    ['2.45 million people and 7.50 km and 12.50%', 'en', ['2.45 million', '7.50 km', '12.50%']],
  ] as const)('%s', (text, locale, raws) => {
    expect(extractFigures(text, locale).map((f) => f.raw)).toEqual(raws);
  });
});

describe('numbers written with words and digits together', () => {
  it.each([
    ['3 bin 412 kişi geçti', 'tr', '3 bin 412', 3412],
    ['23 тысяч 17 человек', 'ru', '23 тысяч 17', 23017],
    ['Ներկայում 61․207 մարդ', 'hy', '61․207', 61207],
    ['ont capitulé après vingt-trois heures', 'fr', 'vingt-trois heures', 23 / 24],
    ['quasi tremila persone', 'it', 'quasi tremila', 3000],
    ['sechs Millionen Euro', 'de', 'sechs Millionen Euro', 6e6],
    ['knapp zwanzigtausend Menschen', 'de', 'knapp zwanzigtausend', 20_000],
  ] as const)('%s → %s', (text, locale, raw, value) => {
    const f = only(text, locale);
    expect(f.raw).toBe(raw);
    expect(f.value).toBeCloseTo(value);
  });

  it('English words that another language spells as a number stay words when the language is not known', () => {
    expect(extractFigures('only once, due to a quince they seize', null)).toEqual([]);
  });

  it('a day number after thousands starts a date, it does not add to them', () => {
    expect(extractFigures('120 bin 15 Eylül', 'tr').map((f) => f.raw)).toEqual(['120 bin', '15 Eylül']);
  });

  it('a word for one counts only before a unit or a casualty noun', () => {
    expect(extractFigures('ein Zivilist wurde getötet', 'de').map((f) => f.value)).toEqual([1]);
    expect(extractFigures('un civil murió', 'es').map((f) => f.value)).toEqual([1]);
    expect(extractFigures('einen Tag später', 'de').map((f) => [f.unit, f.value])).toEqual([['days', 1]]);
    expect(extractFigures('eine der Personen sagte', 'de')).toEqual([]);
    expect(extractFigures('one of them said', 'en')).toEqual([]);
  });
});

describe('shares', () => {
  it.each([
    ['80% of', 80],
    ['80 percent of', 80],
    ['80 per cent of', 80],
    ['half of', 50],
    ['a third of', 100 / 3],
    ['two-thirds of', 200 / 3],
    ['a quarter of', 25],
    ['three-quarters of', 75],
  ])('%s is %d%%', (text, value) => {
    const f = only(text);
    expect(f.unit).toBe('percent');
    expect(f.value).toBeCloseTo(value);
  });
});

describe('shares in words, in each language', () => {
  it.each([
    ['presque la totalité des habitants', 'fr', 100],
    ['plus d’un tiers des habitants', 'fr', 100 / 3],
    ['fast drei Vierteln der Einwohner', 'de', 75],
    ['asi třetinu obyvatel', 'cs', 100 / 3],
    ['треть населения', 'ru', 100 / 3],
    ['три четверти жителей', 'ru', 75],
  ] as const)('%s is %d%%', (text, locale, value) => {
    const f = only(text, locale);
    expect(f.unit).toBe('percent');
    expect(f.value).toBeCloseTo(value);
  });
});

describe('durations and distances in comparable units', () => {
  it.each([
    ['a six-week war', 'six-week', 'days', 42],
    ['the 44-day war', '44-day', 'days', 44],
    ['took three days', 'three days', 'days', 3],
    ['three decades of conflict', 'three decades', 'days', 10957.5],
    ['nine months of blockade', 'nine months', 'days', 9 * 30.44],
    ['50 miles away', '50 miles', 'km', 50 * 1.609344],
    ['an 80-kilometre road', '80-kilometre', 'km', 80],
    ['80 km away', '80 km', 'km', 80],
  ])('%s → %s in %s', (text, raw, unit, value) => {
    const f = only(text);
    expect(f.raw).toBe(raw);
    expect(f.unit).toBe(unit);
    expect(f.value).toBeCloseTo(value);
  });

  it.each([
    ['po sedmidenní válce', 'cs', 'sedmidenní', 7],
    ['po birgünlük döyüşdən', 'az', 'birgünlük', 1],
    ['nach dem viertägigen Krieg', 'de', 'viertägigen', 4],
    ['после шестинедельной войны', 'ru', 'шестинедельной', 42],
    ['nach dem Ein-Tages-Krieg', 'de', 'Ein-Tages', 1],
    ['po 24-godzinnej operacji', 'pl', '24-godzinnej', 1],
  ] as const)('%s: a number and a unit in one word (%s)', (text, locale, raw, days) => {
    const f = only(text, locale);
    expect(f.raw).toBe(raw);
    expect(f.unit).toBe('days');
    expect(f.value).toBeCloseTo(days);
  });

  it('an English reading does not split words into a number and a unit', () => {
    expect(extractFigures('the oneday sixweeks', 'en')).toEqual([]);
  });

  it('50 miles and 80 km are within each other’s rounding', () => {
    const miles = only('50 miles');
    const km = only('80 km');
    expect(Math.abs(miles.value - km.value)).toBeLessThanOrEqual(miles.tolerance + km.tolerance);
  });

  it('drops the conversion in brackets: one distance, not two', () => {
    const figures = extractFigures('a distance of about 50 miles (80 kilometers).', 'en');
    expect(figures.map((f) => f.raw)).toEqual(['about 50 miles']);
  });

  it('ages are not durations', () => {
    expect(extractFigures('a 30-year-old man', 'en')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['on January 1, 2024', 'January 1, 2024', { year: 2024, month: 1, day: 1 }],
    ['on 1 January 2024', '1 January 2024', { year: 2024, month: 1, day: 1 }],
    ['on September 24', 'September 24', { month: 9, day: 24 }],
    ['confirmed on Sept. 24', 'Sept. 24', { month: 9, day: 24 }],
    ['In December, they', 'December', { month: 12 }],
    ['ended in 1994', '1994', { year: 1994 }],
    ['le 1er janvier 2024', '1er janvier 2024', { year: 2024, month: 1, day: 1 }],
    ['am 1. Januar 2024', '1. Januar 2024', { year: 2024, month: 1, day: 1 }],
    ['el 1 de enero de 2024', '1 de enero de 2024', { year: 2024, month: 1, day: 1 }],
    // Case endings after an apostrophe or a hyphen (Turkish, Azerbaijani, Armenian).
    ["ordu 3 Mart'ta geri çekildi", "3 Mart'ta", { month: 3, day: 3 }],
    ["şehir 1994'te boşaldı", "1994'te", { year: 1994 }],
    ['2021-ci ilin martın 4-də', '2021-ci ilin martın 4-də', { year: 2021, month: 3, day: 4 }],
    ['2022-ci ilin fevralında', '2022-ci ilin fevralında', { year: 2022, month: 2 }],
    ['2021 թվականի մարտի 6-ին', '2021 թվականի մարտի 6-ին', { year: 2021, month: 3, day: 6 }],
    // Two days of one month are one date, the first day: the second is not a count.
    ['3-4 марта прошли бои', '3-4 марта', { month: 3, day: 3 }],
    ['3 и 4 марта прошли бои', '3 и 4 марта', { month: 3, day: 3 }],
    ['3 i 4 marca trwały walki', '3 i 4 marca', { month: 3, day: 3 }],
    // A year after a season or a "part of" word and a short link word.
    ['a mediados de 2019', '2019', { year: 2019 }],
    ['na podzim 2019 přišla válka', '2019', { year: 2019 }],
  ])('%s → %s', (text, raw, date) => {
    const f = only(text);
    expect(f.raw).toBe(raw);
    expect(f.unit).toBe('date');
    expect(f.date).toEqual(date);
  });

  it.each([
    ['fought from 1975 to 1981', '1975 to 1981'],
    ['fought between 1975 and 1981', '1975 and 1981'],
    ['fought in 1975–1981', '1975–1981'],
    ['luchó entre 1975 y 1981', '1975 y 1981'],
    ['воевали с 1975 по 1981', '1975 по 1981'],
  ])('%s: a span of years is one date from the first year to the last', (text, raw) => {
    const f = only(text);
    expect(f.raw).toBe(raw);
    expect(f.unit).toBe('date');
    expect(f.date).toEqual({ year: 1975, through: 1981 });
    expect([isoOfDay(f.low), isoOfDay(f.high)]).toEqual(['1975-01-01', '1981-12-31']);
  });

  it.each([
    ['the assembly will be dissolved by the end of the year', 'en', 'the end of the year', { yearOffset: 0, month: 12 }],
    ['es soll Anfang nächsten Jahres enden', 'de', 'Anfang nächsten Jahres', { yearOffset: 1, month: 1 }],
    ['se cerrará el año que viene', 'es', 'el año que viene', { yearOffset: 1 }],
    ['закроют 1 марта следующего года', 'ru', '1 марта следующего года', { month: 3, day: 1, yearOffset: 1 }],
  ] as const)('%s: a year counted from the page’s', (text, locale, raw, date) => {
    const f = only(text, locale);
    expect(f.raw).toBe(raw);
    expect(f.unit).toBe('date');
    expect(f.date).toEqual(date);
  });

  it('the page’s day resolves a year counted from it', () => {
    const page = epochDay(2025, 6, 10);
    expect(withYear({ yearOffset: 1, month: 1 }, page)).toMatchObject({ year: 2026, month: 1 });
    expect(withYear({ yearOffset: -1 }, page)).toMatchObject({ year: 2024 });
  });

  it('a decade after a date preposition is its ten years; "the 1970s war" is no date', () => {
    expect(only('in the 1970s and after').date).toEqual({ year: 1970, through: 1979 });
    expect(extractFigures('the 1970s war', 'en')).toEqual([]);
  });

  it('Polish "i" joins two numbers into a range only after "między"', () => {
    expect(extractFigures('zginęło 5 i 7 zostało rannych', 'pl').map((f) => f.raw)).toEqual(['5', '7']);
    expect(extractFigures('między 5 i 7 osób', 'pl').map((f) => f.qualifier)).toEqual(['range']);
  });

  it('a year before a counted noun is a count, whatever the language', () => {
    const f = only('llegaron en 2000 personas', 'es');
    expect(f.unit).toBe('count');
  });

  it('a suffixed day closes the date: the year after the comma is a date of its own', () => {
    expect(extractFigures('oktyabrın 2-də, 2023-cü ildə', 'az').map((f) => f.raw)).toEqual(['oktyabrın 2-də', '2023-cü ildə']);
  });

  it('a language that writes months in lower case has them read, English words aside', () => {
    expect(only('op 3 april begon het', 'nl').date).toEqual({ month: 4, day: 3 });
    expect(only('el 3 de abril', 'es').date).toEqual({ month: 4, day: 3 });
  });

  it('"may" and "march" in lower case are verbs, not months', () => {
    expect(extractFigures('they may 5 times march 3 miles', 'en').map((f) => f.unit)).toEqual(['count', 'km']);
  });
});

describe('reference marks', () => {
  it('a bracketed number glued to the word or stop before it cites a source and counts nothing', () => {
    expect(only('осталось не более 300 человек[4], по данным НКР', 'ru').raw).toBe('не более 300');
    expect(only('more than 100,000 people had left.[12] Officials said', 'en').raw).toBe('more than 100,000');
  });

  it('a number in brackets that stands apart is still read', () => {
    expect(only('the toll rose [to 200] overnight', 'en').raw).toBe('200');
  });
});

describe('qualifiers become intervals', () => {
  it.each([
    ['more than 100', 'gt', 100, Infinity],
    ['over 100', 'gt', 100, Infinity],
    ['above 100', 'gt', 100, Infinity],
    ['topped 100', 'gt', 100, Infinity],
    ['passed 100', 'gt', 100, Infinity],
    ['at least 100', 'ge', 100, Infinity],
    ['no fewer than 100', 'ge', 100, Infinity],
    ['almost 100', 'almost', 80, 100],
    ['nearly 100', 'almost', 80, 100],
    ['close to 100', 'almost', 80, 100],
    ['just under 100', 'almost', 80, 100],
    ['around 100', 'approx', 90, 110],
    ['about 100', 'approx', 90, 110],
    ['some 100', 'approx', 90, 110],
    ['roughly 100', 'approx', 90, 110],
    ['approximately 100', 'approx', 90, 110],
    ['an estimated 100', 'approx', 90, 110],
    ['up to 100', 'le', 0, 100],
    ['as many as 100', 'le', 0, 100],
    ['at most 100', 'le', 0, 100],
    ['only 100', 'only', 100, 100],
    ['just 100', 'only', 100, 100],
    ['between 50 and 1,000', 'range', 50, 1000],
    ['50–1,000', 'range', 50, 1000],
    ['from 2,900 to 3,000', 'range', 2900, 3000],
    ['oltre 100', 'gt', 100, Infinity],
    ['plus de 100', 'gt', 100, Infinity],
    ['mehr als 100', 'gt', 100, Infinity],
  ])('%s → %s [%d, %d]', (text, qualifier, low, high) => {
    const f = only(text);
    expect(f.raw).toBe(text);
    expect(f.qualifier).toBe(qualifier);
    expect(f.low).toBeCloseTo(low);
    expect(f.high === Infinity ? Infinity : Math.round(f.high * 1000) / 1000).toBe(high);
  });

  it('"between 1 and 2 million" scales both ends', () => {
    const f = only('between 1 and 2 million');
    expect([f.low, f.high]).toEqual([1e6, 2e6]);
  });
});

describe('roundness', () => {
  it.each([
    [120000, 10000],
    [78300, 100],
    [311, 1],
    [100417, 1],
  ])('%d is rounded to %d', (value, step) => expect(roundness(value)).toBe(step));
});

describe('a plus sign glued to a number', () => {
  it('is "or more", as infoboxes and headlines write it', () => {
    const f = only('190+ combatentes mortos');
    expect([f.raw, f.qualifier, f.low, f.high]).toEqual(['190+', 'ge', 190, Infinity]);
    expect(only('100+ people fled').qualifier).toBe('ge');
  });

  it('near-miss: a sign between two numbers or before a number is no hedge', () => {
    expect(extractFigures('2+2 soldiers', 'en').map((f) => [f.raw, f.qualifier])).toEqual([['2', 'exact'], ['2', 'exact']]);
    expect(extractFigures('190 + 5 soldiers', 'en').map((f) => f.qualifier)).not.toContain('ge');
  });
});
