// Round 18a: every date and span a reporter writes, read by its shape in every language: a month joined
// to its year by a word, decades, a year word abbreviated with a point, a span of years written short, the
// day after the word for month, an ordinal ending on a day; spans with no digits ("a few days", "lasted a
// day"). Sentences written for this project.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/figures';
import { detectLocale } from '../../lib/locale';

const dates = (text: string) =>
  extractFigures(text, detectLocale(text))
    .filter((f) => f.unit === 'date')
    .map((f) => [f.raw, f.date]);
describe('a month joined to its year by a word', () => {
  it('reads "de", "del" and "of" between them', () => {
    expect(dates('Los acuerdos de noviembre de 2020 fueron firmados por Armenia y Azerbaiyán.')).toEqual([['noviembre de 2020', { year: 2020, month: 11 }]]);
    expect(dates('As tropas do Azerbaijão entraram em setembro de 2023 na região de Nagorno-Karabakh.')).toEqual([['setembro de 2023', { year: 2023, month: 9 }]]);
    expect(dates('Nel settembre del 2023 le truppe azere sono entrate nel Nagorno-Karabakh.')).toEqual([['settembre del 2023', { year: 2023, month: 9 }]]);
    expect(dates('The offensive of September of 2023 emptied Nagorno-Karabakh.')).toEqual([['September of 2023', { year: 2023, month: 9 }]]);
  });
});

describe('decades', () => {
  it('reads a word before the number, in five languages', () => {
    const nineties = { year: 1990, through: 1999 };
    expect(dates('Houve uma guerra no início da década de 1990 na região.')).toEqual([['década de 1990', nineties]]);
    expect(dates('Hubo una guerra en los años noventa en la región.')).toEqual([['años noventa', nineties]]);
    expect(dates('Ci fu una guerra negli anni \'90 nella regione.')).toEqual([["anni '90", nineties]]);
    expect(dates('Er was een oorlog in de jaren 90 in de regio en de mensen zijn gevlucht naar Armenië.')).toEqual([['jaren 90', nineties]]);
    expect(dates('Wojna wybuchła na początku lat 90. w regionie.')).toEqual([['lat 90.', nineties]]);
  });

  it('reads an ending on the number and a word after it', () => {
    const nineties = { year: 1990, through: 1999 };
    expect(dates('Война в регионе шла в 90-е годы.')).toEqual([['90-е годы', nineties]]);
    expect(dates('In den 1990er Jahren gab es Krieg in der Region.')).toEqual([['1990er Jahren', nineties]]);
    expect(dates('Bölgede 1990\'lı yıllarda savaş vardı.')).toEqual([["1990'lı", nineties]]);
    expect(dates('Bölgədə 1990-cı illərdə müharibə olub.')).toEqual([['1990-cı illərdə', nineties]]);
    expect(dates('Válka v regionu vypukla v 90. letech.')).toEqual([['90. letech', nineties]]);
    expect(dates('There was a war in the region in the \'90s.')).toEqual([['90s', nineties]]);
  });

  it('reads no age, no count and no duration as a decade', () => {
    expect(dates('Most of the refugees were in their 30s and 40s.')).toEqual([]);
    expect(dates('Mültecilerin çoğu 30\'lu yaşlarındaydı.')).toEqual([]);
    expect(dates('Ze woonden er al jaren 80 mensen in het dorp.')).toEqual([]);
    expect(dates('Válka trvala 90 let.')).toEqual([]);
    expect(dates('Война длилась 30 лет.')).toEqual([]);
    // "the 20s" may be either century: not read.
    expect(dates('In de jaren 20 kreeg de regio autonomie.')).toEqual([]);
  });

  it('reads a year alone as a year, not a decade', () => {
    expect(dates('Bölgədə 1990-cı ildə müharibə başlayıb.')).toEqual([['1990-cı ildə', { year: 1990 }]]);
    expect(dates('In 1990 the war began in the region.')).toEqual([['1990', { year: 1990 }]]);
  });
});

describe('other shapes', () => {
  it('reads an ordinal ending on a day before its month (ru "19-го сентября")', () => {
    expect(dates('Наступление началось 19-го сентября, и беженцы бежали в Армению.')).toEqual([['19-го сентября', { month: 9, day: 19 }]]);
    expect(dates('Наступление шло 19-20 сентября, и беженцы бежали в Армению.')).toEqual([['19-20 сентября', { month: 9, day: 19 }]]);
  });

  it('reads a year word abbreviated with a point and a case ending after it (hy "2020 թ.-ի")', () => {
    expect(dates('2020 թ.-ի պատերազմից առաջ այստեղ ապրում էր 150 հազար մարդ։')).toEqual([['2020 թ.-ի', { year: 2020 }]]);
    expect(dates('2023 թ. սեպտեմբերի 19-ին Ադրբեջանը հարձակում սկսեց։')).toEqual([['2023 թ. սեպտեմբերի 19-ին', { year: 2023, month: 9, day: 19 }]]);
  });

  it('reads a month or year after the words that place it (de "von 1994", pl "na przełomie września")', () => {
    expect(dates('Experten betonen, dass Bergkarabach von 1994 bis zur Offensive von 1000 Menschen bewohnt war.')).toEqual([['1994', { year: 1994 }]]);
    expect(dates('Mówiąc o upadku Górskiego Karabachu na przełomie września i października 2023 roku.')).toEqual([
      ['września', { month: 9 }],
      ['października 2023', { year: 2023, month: 10 }],
    ]);
  });

  it('reads a span of years written short ("1923-91"), never a score', () => {
    expect(dates('Fue la capital de la región autónoma soviética (1923-91).')).toEqual([['1923-91', { year: 1923, through: 1991 }]]);
    expect(dates('El partido terminó 19-20 en la capital.')).toEqual([]);
  });

  it('reads the day after the word for month (az "sentyabr ayının 19-da", tr "Eylül ayının 19\'unda")', () => {
    expect(dates('Mina sentyabr ayının 19-da partlayıb və nəticədə iki nəfər həlak olub.')).toEqual([['sentyabr ayının 19-da', { month: 9, day: 19 }]]);
    expect(dates("Operasyon Eylül ayının 19'unda başladı.")).toEqual([["Eylül ayının 19'unda", { month: 9, day: 19 }]]);
  });
});

const spans = (text: string) =>
  extractFigures(text, detectLocale(text))
    .filter((f) => f.unit === 'days')
    .map((f) => [f.raw, Math.round(f.low * 24) / 24, Math.round(f.high * 24) / 24]);

describe('spans with no digits', () => {
  it('reads "a few" and "several" before a unit of time, in five languages', () => {
    expect(spans('Almost all the refugees fled Nagorno-Karabakh in just a few days.')).toEqual([['just a few days', 2, 5]]);
    expect(spans('Dopo diversi giorni di combattimenti il governo si è arreso.')).toEqual([['diversi giorni', 2, 9]]);
    expect(spans('Azerowie wcześniej przez kilka miesięcy blokowali wszelki kontakt Karabachu ze światem.')).toEqual([['kilka miesięcy', Math.round(2 * 30.44 * 24) / 24, Math.round(9 * 30.44 * 24) / 24]]);
    expect(spans('Несколько часов спустя власти Карабаха капитулировали перед Азербайджаном.')).toEqual([['Несколько часов', 2 / 24, 9 / 24]]);
    expect(spans('Z Karabachu odjelo během několika málo dnů prakticky všechno arménské obyvatelstvo.')).toEqual([['několika málo dnů', 2, 5]]);
  });

  it('reads "a few" where the language\'s word for one opens it (nl "een paar"), and ru "считанные дни"', () => {
    expect(spans('De militairen geven zich over en duizenden Armeniërs ontvluchten de regio. Een paar maanden duurde de blokkade van de regio.')).toEqual([
      ['Een paar maanden', Math.round(2 * 30.44 * 24) / 24, Math.round(5 * 30.44 * 24) / 24],
    ]);
    expect(spans('Около ста тысяч жителей региона в считанные дни были вынуждены покинуть свои дома и переехать в Армению.')).toEqual([['считанные дни', 2, 9]]);
  });

  it('leaves a vague distance from another event unread ("quelques jours seulement après", "poucos dias após")', () => {
    expect(spans("Bakou a rouvert la route entre le Haut-Karabakh et l'Arménie, quelques jours seulement après la reddition des séparatistes.")).toEqual([]);
    expect(spans('A explosão em Nagorno-Karabakh aconteceu poucos dias após o anúncio da rendição das forças separatistas.')).toEqual([]);
    expect(spans('A few months later the unrecognised republic of Nagorno-Karabakh was dissolved.')).toEqual([]);
  });

  it('leaves "a few" and "several" before anything else unread', () => {
    expect(extractFigures('Several people were killed and a few residents were wounded in Stepanakert.', 'en')).toEqual([]);
  });

  it('reads an article or "one" before a unit of time as one, in four languages', () => {
    expect(spans('The war lasted a day before the government in Nagorno-Karabakh surrendered.')).toEqual([['a day', 1, 1]]);
    expect(spans('Après une journée, les groupes sont parvenus à une trêve au Haut-Karabakh.')).toEqual([['une journée', 1, 1]]);
    expect(spans('Jedna doba walk wystarczyła, by uświadomić wszystkim, że Karabach upadnie.')).toEqual([['Jedna doba', 1, 1]]);
    expect(spans('Arménští separatisté se vzdali po jednom dni bojů v Náhorním Karabachu.')).toEqual([['jednom dni', 1, 1]]);
  });

  it('reads no rate and no part of a day as a span', () => {
    expect(spans('About 3,000 people a day crossed the border into Armenia.')).toEqual([]);
    expect(spans('Thousands of refugees a day crossed the border into Armenia.')).toEqual([]);
    expect(spans('Buses came twice a day from the Lachin corridor.')).toEqual([]);
    expect(spans('Jeden z uchodźców powiedział, że jedna kobieta zginęła w Karabachu.')).toEqual([]);
  });
});
