// Round 16b: dates by the part of their month, compound number-and-unit words, share words in every
// lexicon, and a short page about the region read as a whole. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { dayRange } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';
import { extractFigures } from '../../lib/figures';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const pageDay = day('2023-10-02');
const claims = (text: string) => extractClaims(text, { pageDay }).map((c) => [c.text, c.measure]);
const dates = (text: string, locale: Parameters<typeof extractFigures>[1]) =>
  extractFigures(text, locale)
    .filter((f) => f.unit === 'date')
    .map((f) => [f.raw, f.date]);
const values = (text: string, locale: Parameters<typeof extractFigures>[1]) => extractFigures(text, locale).map((f) => [f.raw, Math.round(f.value), f.unit]);

describe('a part of a month', () => {
  it('is read before the month in the languages that put it there', () => {
    expect(dates('Azerbaijan struck in mid-September.', 'en')).toEqual([['mid-September', { month: 9, part: 'mid' }]]);
    expect(dates('Mitte September griff die Armee an.', 'de')).toEqual([['Mitte September', { month: 9, part: 'mid' }]]);
    expect(dates('a mediados de septiembre', 'es')).toEqual([['mediados de septiembre', { month: 9, part: 'mid' }]]);
    expect(dates('в середине сентября', 'ru')).toEqual([['середине сентября', { month: 9, part: 'mid' }]]);
    expect(dates('v polovině září', 'cs')).toEqual([['polovině září', { month: 9, part: 'mid' }]]);
    expect(dates('fin septembre 2023', 'fr')).toEqual([['fin septembre 2023', { year: 2023, month: 9, part: 'late' }]]);
  });

  it('is read after the month in the languages that put it there', () => {
    expect(dates('Eylül ayının ortasında', 'tr')).toEqual([['Eylül ayının ortasında', { month: 9, part: 'mid' }]]);
    expect(dates('sentyabrın sonlarında', 'az')).toEqual([['sentyabrın sonlarında', { month: 9, part: 'late' }]]);
    expect(dates('սեպտեմբերի կեսին', 'hy')).toEqual([['սեպտեմբերի կեսին', { month: 9, part: 'mid' }]]);
  });

  it('narrows the month to its ten days', () => {
    expect(dayRange({ year: 2023, month: 9, part: 'mid' })).toEqual([day('2023-09-11'), day('2023-09-20')]);
    expect(dayRange({ year: 2023, month: 9, part: 'late' })).toEqual([day('2023-09-21'), day('2023-09-30')]);
  });

  it('leaves a year after the same words alone, and a month with no part as it was', () => {
    expect(dates('since late 2020', 'en')).toEqual([['2020', { year: 2020 }]]);
    expect(dates('in September', 'en')).toEqual([['September', { month: 9 }]]);
  });

  it('gives the date of the offensive (English and Czech)', () => {
    expect(claims('In mid-September Azerbaijan launched an offensive on Nagorno-Karabakh.')).toEqual([['mid-September', 'date:start']]);
    expect(claims('Situace v Náhorním Karabachu se vyhrotila v polovině září, když zaútočila ázerbájdžánská armáda.')).toEqual([['polovině září', 'date:start']]);
  });
});

describe('a number and its unit written as one word', () => {
  it('reads tens and units, in either order, with the joining word', () => {
    expect(values('v čtyřiačtyřicetidenní válce', 'cs')).toEqual([['čtyřiačtyřicetidenní', 44, 'days']]);
    expect(values('czterdziestoczterodniowej wojny', 'pl')).toEqual([['czterdziestoczterodniowej', 44, 'days']]);
    expect(values('сорокачетырехдневной войны', 'ru')).toEqual([['сорокачетырехдневной', 44, 'days']]);
    expect(values('im vierundvierzigtägigen Krieg', 'de')).toEqual([['vierundvierzigtägigen', 44, 'days']]);
  });

  it('reads the adjective of a month after a number word or digits', () => {
    expect(values('po dziewięciomiesięcznym oblężeniu', 'pl')).toEqual([['dziewięciomiesięcznym', 274, 'days']]);
    expect(values('после 9-месячной блокады', 'ru')).toEqual([['9-месячной', 274, 'days']]);
    expect(values('po devítiměsíční blokádě', 'cs')).toEqual([['devítiměsíční', 274, 'days']]);
  });

  it('does not add two number words that are not tens and units', () => {
    expect(values('dvaačtyřicetidenní', 'cs')).toEqual([['dvaačtyřicetidenní', 42, 'days']]);
    expect(extractFigures('dvadesetidenní', 'cs')).toEqual([]);
  });
});

describe('share words', () => {
  it('reads the forms the lexicons lacked', () => {
    expect(values('una tercera parte de la población', 'es')).toEqual([['una tercera parte', 33, 'percent']]);
    expect(values('ponad połowy mieszkańców', 'pl')).toEqual([['ponad połowy', 50, 'percent']]);
    expect(values('nüfusun dörtte üçü', 'tr')).toEqual([['dörtte üçü', 75, 'percent']]);
    expect(values('drie kwart van de inwoners', 'nl')).toEqual([['drie kwart', 75, 'percent']]);
  });
});

describe('approximate numbers and hundreds in words', () => {
  it('reads "about twenty" as a range around twenty, in four languages', () => {
    for (const [text, locale] of [['une vingtaine de morts', 'fr'], ['una ventina di morti', 'it'], ['una veintena de muertos', 'es'], ['een twintigtal doden', 'nl']] as const) {
      const [f] = extractFigures(text, locale);
      expect([f?.low, f?.high, f?.unit]).toEqual([15, 25, 'count']);
    }
  });

  it('reads the unit behind a short linking word: days, not people', () => {
    expect(extractFigures('una ventina di giorni', 'it').map((f) => f.unit)).toEqual(['days']);
    expect(extractFigures('une dizaine de jours', 'fr').map((f) => f.unit)).toEqual(['days']);
  });

  it('reads the hundreds of Spanish and French (not Italian, whose "Novecento" is a century)', () => {
    expect(values('trescientos heridos', 'es')).toEqual([['trescientos', 300, 'count']]);
    expect(values('deux cents blessés', 'fr')).toEqual([['deux cents', 200, 'count']]);
  });
});

describe('more date shapes', () => {
  it('a month with the word for month (Turkish, Azerbaijani, Armenian)', () => {
    expect(dates('Eylül ayında', 'tr')).toEqual([['Eylül ayında', { month: 9 }]]);
    expect(dates('sentyabr ayında', 'az')).toEqual([['sentyabr ayında', { month: 9 }]]);
    expect(dates('սեպտեմբեր ամսին', 'hy')).toEqual([['սեպտեմբեր ամսին', { month: 9 }]]);
  });

  it('"last September" (Italian, Spanish)', () => {
    expect(dates('Lo scorso settembre', 'it')).toEqual([['settembre', { month: 9 }]]);
    expect(dates('el pasado septiembre', 'es')).toEqual([['septiembre', { month: 9 }]]);
  });

  it('"almost the entire population" in the genitive is a share (Russian, German)', () => {
    expect(values('практически всего населения', 'ru')).toEqual([['практически всего населения', 100, 'percent']]);
    expect(values('nahezu der gesamten Bevölkerung', 'de')).toEqual([['nahezu der gesamten Bevölkerung', 100, 'percent']]);
  });
});

describe('the whole a share is of', () => {
  it('is no share of its own (Russian, Spanish, English)', () => {
    expect(values('выехала треть всего населения', 'ru')).toEqual([['треть', 33, 'percent']]);
    expect(values('la mitad de toda la población', 'es')).toEqual([['la mitad', 50, 'percent']]);
    expect(values('half of the entire population', 'en')).toEqual([['half', 50, 'percent']]);
  });
});
