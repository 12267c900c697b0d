// Round 16a: what a figure measures, read from the structure of its clause: a date that completes the
// noun phrase of what it marks, a part that counts what its whole counts, a count of wars, and every
// inflection of a verb of leaving. Texts written for this project (paraphrases; no article text).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const pageDay = day('2023-09-30');
/** The claims of a text as [figure, measure] pairs. */
const read = (text: string) => extractClaims(text, { pageDay }).map((c) => [c.text, c.measure]);
const dates = (text: string) => read(text).filter(([, m]) => m!.startsWith('date:'));

describe('a date that completes the phrase of the noun it dates', () => {
  it('reads the offensive named a long phrase before its date, in German and French', () => {
    expect(dates('Tausende Familien kommen seit der großen Militäroffensive Aserbaidschans gegen die Armenier in Bergkarabach am 19. September über die Grenze.')).toEqual([['19. September', 'date:start']]);
    expect(dates("Des familles entières ont fui le Haut-Karabakh, au lendemain de la nouvelle offensive de l'Azerbaïdjan contre la région, le 19 septembre 2023.")).toEqual([['19 septembre 2023', 'date:start']]);
  });

  it('reads a date that opens its sentence with the offensive named in its clause, in Russian and French', () => {
    expect(dates('19 сентября Баку начал в Нагорном Карабахе так называемые антитеррористические мероприятия.')).toEqual([['19 сентября', 'date:start']]);
    expect(dates("Le 19 septembre, l'Azerbaïdjan a déclenché des « mesures anti-terroristes » au Haut-Karabakh.")).toEqual([['19 septembre', 'date:start']]);
  });

  it('gives no date of the offensive to a date that a word of time sets after it (near-misses)', () => {
    expect(dates('Refugees kept arriving in Goris three days after the offensive in Nagorno-Karabakh, on 22 September.')).toEqual([]);
    // The first refugees' arrival is the exodus's first day (round 19 reads a fronted date to its clause's
    // verb), never the offensive's.
    expect(dates('Am 24. September, fünf Tage nach der Offensive in Bergkarabach, kamen die ersten Flüchtlinge in Armenien an.')).toEqual([['24. September', 'date:exodus']]);
  });
});

describe('a part with no noun counts what its whole counts', () => {
  it('reads the whole\'s noun after "of the …" in English and German', () => {
    expect(read('Roughly 90,000 out of the 120,000 people who used to live in Nagorno-Karabakh before the war last week have now fled to Armenia.')).toEqual([
      ['Roughly 90,000', 'left'],
      ['120,000', 'population'],
      // f25a: "the war last week" is the offensive's week, a date of its own (lexicon relativeWeeks).
      ['last week', 'date:start'],
    ]);
    expect(read('Über 90.000 der 120 Tausend Einwohner sind inzwischen aus Bergkarabach nach Armenien gezogen.')[0]).toEqual(['Über 90.000', 'left']);
  });

  it('gives nothing for a part of a whole of things, not people (near-miss)', () => {
    expect(read('In Nagorno-Karabakh, 40 of the 120 villages have been emptied since the offensive.')).toEqual([]);
  });
});

describe('a count of wars', () => {
  it('reads "two wars" as the count of the region\'s wars, corroborated, in Portuguese and English', () => {
    const pt = extractClaims('Armênia e Azerbaijão travaram duas guerras pelo controle de Nagorno-Karabakh, uma nos anos 1990 e outra em 2020.', { pageDay });
    expect(pt.filter((c) => c.measure === 'wars').map((c) => [c.text, c.event])).toEqual([['duas', 'conflict']]);
    const en = extractClaims('Nagorno-Karabakh, which Armenia and Azerbaijan fought two wars over, has now emptied.', { pageDay });
    expect(en.filter((c) => c.measure === 'wars').map((c) => c.text)).toEqual(['two']);
  });

  it('gives no count of wars for "two world wars" or a large count (near-misses)', () => {
    expect(read('Nagorno-Karabakh survived two world wars and the Soviet collapse before the offensive.').filter(([, m]) => m === 'wars')).toEqual([]);
    expect(read('Over 30 wars have been fought in the Caucasus, a historian of Nagorno-Karabakh said.').filter(([, m]) => m === 'wars')).toEqual([]);
  });
});

describe('every inflection of a verb of leaving', () => {
  it('reads the present and imperfect of arriving and fleeing, in French, Spanish, Italian and Russian', () => {
    expect(read("Des milliers d'Arméniens du Haut-Karabakh arrivent chaque jour à Goris.")).toEqual([["Des milliers", 'left']]);
    expect(read('Mientras miles de armenios abandonaban Nagorno Karabaj, la frontera seguía abierta.')).toEqual([['miles de', 'left']]);
    expect(read('Migliaia di armeni del Nagorno-Karabakh arrivano ogni giorno in Armenia.')).toEqual([['Migliaia', 'left']]);
    expect(read('В Армению из Нагорного Карабаха прибывают тысячи человек.')).toEqual([['тысячи', 'left']]);
  });

  it('gives nothing for a count the verb of arriving does not govern (near-miss)', () => {
    expect(read('Aid trucks arrive in Goris, a town of 20,000 near Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('phase 2: every tense of the verbs of living and ceasing to exist, and the last visit', () => {
  it('reads a participle of living and every tense of "cease to exist", in German, Spanish and Italian', () => {
    expect(read('Rund 120.000 Armenier hatten vor der Offensive in Bergkarabach gelebt.')).toEqual([['Rund 120.000', 'population']]);
    expect(dates('La república separatista de Nagorno Karabaj dejó de existir el 1 de enero de 2024.')).toEqual([['1 de enero de 2024', 'date:dissolution']]);
    expect(dates('La repubblica del Nagorno-Karabakh cesserà formalmente di esistere il 1° gennaio 2024.')).toEqual([['1° gennaio 2024', 'date:dissolution']]);
  });

  it('reads "the last time … 30 years ago" of a visit as the time since access, in Russian and English', () => {
    expect(read('В последний раз миссия ООН была в Нагорном Карабахе около 30 лет назад.')).toEqual([['около 30 лет', 'since_access']]);
    expect(read('The UN team has not had access to Nagorno-Karabakh for 30 years, its spokesman said.')).toEqual([['30 years', 'since_access']]);
  });

  it('gives no date of the dissolution to the day a past dissolution was announced (near-miss)', () => {
    expect(dates("Karabağ'daki ayrılıkçı yönetim 28 Eylül'de kendini feshettiğini duyurmuştu.").filter(([, m]) => m === 'date:dissolution')).toEqual([]);
  });
});
