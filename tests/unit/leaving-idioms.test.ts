// Idioms of leaving real reporting uses in French, Spanish, German and Italian ("ont pris la fuite", "han
// dejado sus casas", "hinter sich gelassen", "haben Armenien erreicht", "se n'è andata"), "gran parte" as a
// word for most, a relative clause of living before the leaving, and the dissolution's day told as the
// republic no longer existing ("nicht mehr geben", "se extinguirá"). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2023-09-30')! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure]);

// A few sentences of the page's language around the one tested, as a page has: a single short sentence is
// too little to tell Italian from Spanish.
const page = (lead: string, sentence: string) => `${lead}\n\n${sentence}`;
const IT = "Nagorno-Karabakh, l'esodo verso l'Armenia continua. I profughi arrivano a Goris dopo un viaggio di molte ore e vengono accolti dalla Croce Rossa.";
const DE = 'Bergkarabach: der Exodus geht weiter. Die Flüchtlinge kommen nach einer langen Fahrt in Goris an, wo das Rote Kreuz sie empfängt.';

describe('idioms of leaving', () => {
  it('French "ont pris la fuite" is leaving', () => {
    expect(figures('Plus de 40 000 habitants du Haut-Karabakh ont pris la fuite vers l’Arménie, selon Erevan.')).toEqual([['Plus de 40 000', 'left']]);
    expect(figures('Dans le Haut-Karabakh, plus de la moitié de la population a pris la fuite depuis le début de l’offensive.')).toEqual([['plus de la moitié', 'share_left']]);
  });

  it('Spanish "han dejado sus casas" and "ha partido hacia Armenia" are leaving', () => {
    expect(figures('Más de 40.000 personas ya han dejado sus casas en Nagorno Karabaj, según el Gobierno armenio.')).toEqual([['Más de 40.000', 'left']]);
    expect(figures('Más de la mitad de la población de Nagorno Karabaj ya ha partido hacia Armenia, según Ereván.')).toEqual([['Más de la mitad', 'share_left']]);
  });

  it('German "hinter sich gelassen" and "haben Armenien erreicht" are leaving', () => {
    expect(figures(page(DE, 'Mehr als die Hälfte der Armenier aus Bergkarabach hat die Region inzwischen hinter sich gelassen.'))).toEqual([['Mehr als die Hälfte', 'share_left']]);
    expect(figures(page(DE, 'Mehr als 40.000 Menschen aus Bergkarabach haben Armenien bis Mittwoch erreicht.'))).toEqual([['Mehr als 40.000', 'left']]);
  });

  it('Italian "se n\'è andata" is leaving, and "gran parte" is most', () => {
    expect(figures(page(IT, 'Gran parte degli armeni del Nagorno-Karabakh se n’è andata dopo l’offensiva azera.'))).toEqual([['Gran parte', 'share_left']]);
  });

  it('a relative clause of living before the leaving leaves the share to the main verb', () => {
    // (Was read as "those who lived in the enclave and left", a share of the people who left, and dropped.)
    // (And, since stop 43, "in pochi giorni" beside that leaving is how long the exodus took, a vague span read as "in five days" is.)
    expect(figures(page(IT, 'La maggior parte degli armeni che vivevano nell’enclave se n’è andata in pochi giorni.'))).toEqual([['La maggior parte', 'share_left'], ['pochi giorni', 'exodus_time']]);
    expect(figures(page(IT, 'La maggior parte degli armeni che vivevano lì fuggirono in pochi giorni.'))).toEqual([['La maggior parte', 'share_left'], ['pochi giorni', 'exodus_time']]);
  });

  it('a verb phrase of living that opens with its pronoun is a relative clause too', () => {
    // (The lexicon's "who lived there" starts at "who": no pronoun stood before the verb, so the share was
    // read as of where the people lived, and dropped.)
    expect(figures('Most of the Armenians who lived there fled within days, Nagorno-Karabakh officials said.')).toEqual([['Most of', 'share_left']]);
    expect(figures('Most of Nagorno-Karabakh’s people lived in Stepanakert, and they fled within days.')).toEqual([]);
  });

  it('near-miss: a share of those who left is still no share of the population', () => {
    expect(figures(page(IT, 'La maggior parte di quelli che se ne sono andati sono donne e bambini.'))).toEqual([]);
  });

  it('near-miss: reaching Armenia with no count of people is no claim, nor a number that reaches a level', () => {
    expect(figures(page(DE, 'Der erste Konvoi aus Bergkarabach hat Armenien am Sonntagabend erreicht.'))).toEqual([]);
    expect(figures(page(DE, 'Die Temperatur in Goris hat am Mittwoch 25 Grad erreicht.'))).toEqual([]);
  });
});

describe('the day the republic ends, as it no longer existing', () => {
  it('German "soll es … nicht mehr geben" and Spanish "se extinguirá" date the dissolution', () => {
    expect(figures('Zum 1. Januar 2024 soll es die Republik Bergkarabach nicht mehr geben, so das Dekret.')).toEqual([['1. Januar 2024', 'date:dissolution']]);
    expect(figures('La república separatista de Nagorno Karabaj se extinguirá el 1 de enero de 2024, según el decreto.')).toEqual([['1 de enero de 2024', 'date:dissolution']]);
  });

  it('near-miss: "nicht mehr" of something else dates nothing', () => {
    expect(figures(page(DE, 'Seit dem 12. Dezember 2022 gibt es in Bergkarabach kaum noch Benzin, und Brot gibt es nicht mehr.'))).toEqual([]);
  });
});

describe('more ways of saying who left', () => {
  it('German "auf der Flucht" is leaving, of people; not of two suspects', () => {
    expect(figures(page(DE, 'Zehntausende Armenier sind aus Bergkarabach auf der Flucht.'))).toEqual([['Zehntausende', 'left']]);
    expect(figures(page(DE, 'Zwei Verdächtige aus Bergkarabach sind seit Tagen auf der Flucht.'))).toEqual([]);
  });

  it('Russian "число уехавших … составило N": the count of those who left, past the hour and day it stood at', () => {
    expect(figures('Число уехавших в Армению из Нагорного Карабаха к 18.00 28 сентября составило 74 тысячи 400.')).toEqual([['74 тысячи 400', 'left']]);
    // (The clock time and the day between were read as another count, which stopped the noun.)
    expect(figures('Число выехавших из Нагорного Карабаха к 20.00 27 сентября составило 50 тысяч 200.')).toEqual([['50 тысяч 200', 'left']]);
  });
});
