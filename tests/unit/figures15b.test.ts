// Round 15b: figures read where they stand and claims on the right span. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { extractFigures } from '../../lib/figures';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const pageDay = day('2023-09-28');
const claims = (text: string) => extractClaims(text, { pageDay }).map((c) => [c.text, c.measure]);
const dates = (text: string, locale: Parameters<typeof extractFigures>[1]) =>
  extractFigures(text, locale)
    .filter((f) => f.unit === 'date')
    .map((f) => [f.raw, f.date]);

describe('a date written in digits', () => {
  it('is read day first with points, slashes or hyphens, in every language', () => {
    expect(dates('am 19.09.2023 um acht Uhr', 'de')).toEqual([['19.09.2023', { year: 2023, month: 9, day: 19 }]]);
    expect(dates('с 20.09.2023.', 'ru')).toEqual([['20.09.2023', { year: 2023, month: 9, day: 20 }]]);
    expect(dates('le 19/09/2023, à Erevan', 'fr')).toEqual([['19/09/2023', { year: 2023, month: 9, day: 19 }]]);
    expect(dates('19-09-2023 tarihinde', 'tr')).toEqual([['19-09-2023', { year: 2023, month: 9, day: 19 }]]);
  });

  it('takes the case ending and year word after the year as a written year does', () => {
    expect(dates('20.09.2023-cü il tarixdə', 'az')).toEqual([['20.09.2023-cü il', { year: 2023, month: 9, day: 20 }]]);
  });

  it('without a year only in brackets, as a dateline after a weekday', () => {
    expect(dates('nesta terça-feira (19/09), o governo', 'pt')).toEqual([['19/09', { month: 9, day: 19 }]]);
    expect(extractFigures('o placar (3/4)', 'pt')).toEqual([]);
  });

  it('in English only when one order alone is a date', () => {
    expect(dates('on 9/19/2023 and 19/9/2023', 'en').map(([, d]) => d)).toEqual([
      { year: 2023, month: 9, day: 19 },
      { year: 2023, month: 9, day: 19 },
    ]);
    expect(dates('on 5/6/2023', 'en')).toEqual([]);
  });

  it('leaves decimals, versions and times alone', () => {
    expect(extractFigures('1.2 million and 12.5 percent', 'en').map((f) => f.unit)).toEqual(['count', 'percent']);
    expect(dates('um 19.30 Uhr', 'de')).toEqual([]);
  });

  it('gives a date claim where the sentence says what began (German and Russian)', () => {
    expect(claims('Am 19.09.2023 startete Aserbaidschan eine Militäroffensive in Bergkarabach.')).toEqual([['19.09.2023', 'date:start']]);
    expect(claims('19.09.2023 Азербайджан начал военную операцию в Нагорном Карабахе.')).toEqual([['19.09.2023', 'date:start']]);
  });
});

describe('number words', () => {
  it('reads a number word that is also an English word when the text is in its language', () => {
    expect(extractFigures('tra cui due bambini', 'it').map((f) => f.value)).toEqual([2]);
    expect(extractFigures('quince familias', 'es').map((f) => f.value)).toEqual([15]);
    expect(extractFigures('due to the war, once again', null)).toEqual([]);
  });

  it('reads the tens and teens the lexicons lacked', () => {
    expect(extractFigures('Šedesát kilometrů', 'cs').map((f) => [f.value, f.unit])).toEqual([[60, 'km']]);
    expect(extractFigures('diciotto feriti', 'it').map((f) => f.value)).toEqual([18]);
  });

  it('gives the children among the dead their own claim (Italian)', () => {
    expect(claims('Nel Nagorno-Karabakh sono morte sette persone, tra cui due bambini.')).toEqual([
      ['sette', 'killed'],
      ['due', 'killed:children'],
    ]);
  });
});

describe('a series of counts under one verb', () => {
  it('gives each count the measure of the series (Italian and English)', () => {
    expect(claims('Rifugiati dal Nagorno-Karabakh: 1.400 persone sono ospitate nella regione di Syunik, 610 nella regione di Lori, 820 nella regione di Kotayk e 290 nella regione di Ararat, ha detto la portavoce.')).toEqual([
      ['1.400', 'housed'],
      ['610', 'housed'],
      ['820', 'housed'],
      ['290', 'housed'],
    ]);
    expect(claims('Refugees from Nagorno-Karabakh: so far 2,100 people have been housed in the province of Syunik, 940 in the province of Lori, 730 in the province of Kotayk and 510 in the province of Ararat, officials said.')).toEqual([
      ['2,100', 'housed'],
      ['940', 'housed'],
      ['730', 'housed'],
      ['510', 'housed'],
    ]);
  });

  it('does not pass the measure to a count that is not built as an item', () => {
    expect(claims('In Nagorno-Karabakh, 2,100 people were housed in Goris, and the town, home to 20,000, asked for help.')).toEqual([['2,100', 'housed']]);
    expect(claims('In Nagorno-Karabakh 20 people were killed and 2 hours later the road was closed.')).toEqual([['20', 'killed']]);
  });
});

describe('a half joined to a count', () => {
  const read = (text: string, locale: Parameters<typeof extractFigures>[1]) => extractFigures(text, locale).map((f) => [f.raw, f.unit, f.value]);

  it('adds a half after the number or after its unit, in every language that writes it so', () => {
    expect(read('two and a half years of blockade', 'en')).toEqual([['two and a half years', 'days', 2.5 * 365.25]]);
    expect(read('два с половиной года блокады', 'ru')).toEqual([['два с половиной года', 'days', 2.5 * 365.25]]);
    expect(read('dos años y medio de bloqueo', 'es')).toEqual([['dos años y medio', 'days', 2.5 * 365.25]]);
    expect(read('deux ans et demi de blocus', 'fr')).toEqual([['deux ans et demi', 'days', 2.5 * 365.25]]);
  });

  it('reads the words for one and a half and two and a half written as one word', () => {
    expect(read('vor anderthalb Wochen', 'de')).toEqual([['anderthalb Wochen', 'days', 10.5]]);
    expect(read('anderhalve week geleden', 'nl')).toEqual([['anderhalve week', 'days', 10.5]]);
    expect(read('полтора миллиона человек', 'ru')).toEqual([['полтора миллиона', 'count', 1.5e6]]);
  });

  it('never reads that half as a share', () => {
    // Round 18a: the article reads as one week, so the whole phrase is a span of ten and a half days ago.
    expect(read('a week and a half ago', 'en')).toEqual([['a week and a half ago', 'days', 10.5]]);
    expect(read('half of the population fled', 'en')).toEqual([['half', 'percent', 50]]);
  });
});

describe('"almost all" as a share', () => {
  const shares = (text: string, locale: Parameters<typeof extractFigures>[1]) =>
    extractFigures(text, locale)
      .filter((f) => f.unit === 'percent')
      .map((f) => [f.raw, f.low, f.high]);

  it('reads the word for all after an "almost" qualifier as four in five and up, in every lexicon that has one', () => {
    expect(shares('almost all of the 120,000 residents have fled', 'en')).toEqual([['almost all', 80, 100]]);
    expect(shares('nahezu alle der 120.000 Einwohner sind geflohen', 'de')).toEqual([['nahezu alle', 80, 100]]);
    expect(shares('почти все жители покинули регион', 'ru')).toEqual([['почти все', 80, 100]]);
    expect(shares('Ermenilerin neredeyse tamamı bölgeden ayrıldı', 'tr')).toEqual([['neredeyse tamamı', 80, 100]]);
  });

  it('gives a share of those who left where the sentence says they left (English and German)', () => {
    expect(claims('Almost all of the Armenians of Nagorno-Karabakh have fled to Armenia.')).toEqual([['Almost all', 'share_left']]);
    expect(claims('Nahezu alle Armenier haben Bergkarabach verlassen.')).toEqual([['Nahezu alle', 'share_left']]);
  });

  it('leaves "all" alone, and "almost all" that counts nobody leaving', () => {
    expect(shares('all of them fled', 'en')).toEqual([]);
    expect(claims('In Nagorno-Karabakh almost all shops were closed on Thursday.')).toEqual([]);
    expect(claims('Man gehe davon aus, dass fast alle Armenier die Krisenregion Bergkarabach verlassen würden, sagte ein Sprecher.')).toEqual([]);
    expect(claims('Officials in Yerevan said almost all of the Armenians of Nagorno-Karabakh would leave.')).toEqual([]);
  });
});

describe('number words in other shapes', () => {
  it('reads Russian collective numerals and German compounds of thousands', () => {
    expect(extractFigures('среди них двое мирных жителей', 'ru').map((f) => f.value)).toEqual([2]);
    expect(extractFigures('mehr als einhunderttausend Menschen', 'de').map((f) => f.value)).toEqual([100_000]);
    expect(extractFigures('das Schicksal Zehntausender Armenier', 'de').map((f) => [f.low, f.high])).toEqual([[20_000, 99_999]]);
  });
});
