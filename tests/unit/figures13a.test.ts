// The thirteenth figures round (Azerbaijani, Armenian, Russian, Turkish, Czech, Polish): number words in
// their oblique cases, "ceases to exist" in every tense, a case ending after an en dash, the refugees'
// arrival town in Armenian and Cyrillic script, and a province list's measure read from its narrowest word.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

function claimsOf(text: string, date: string) {
  return extractClaims(text, { pageDay: parseIsoDate(date)! }).map((c) => ({ text: c.text, measure: c.measure }));
}

describe('a number word in an oblique case', () => {
  it('counts in Russian, Polish and Czech', () => {
    expect(claimsOf('Власти Нагорного Карабаха сообщили о гибели семи мирных жителей.', '2023-09-21')).toEqual([{ text: 'семи', measure: 'killed:civilians' }]);
    expect(claimsOf('Azerbejdżan przejął Górski Karabach; zginęło tam siedmiu cywilów.', '2023-09-21')).toEqual([{ text: 'siedmiu', measure: 'killed:civilians' }]);
    expect(claimsOf('Z Náhorního Karabachu odešlo přes sta tisíc Arménů.', '2023-10-02')).toEqual([{ text: 'přes sta tisíc', measure: 'left' }]);
  });

  it('reads "двухсот" and "ста" with their scale', () => {
    expect(extractClaims('Из Нагорного Карабаха выехали более ста тысяч армян.', { pageDay: parseIsoDate('2023-10-01')! }).map((c) => c.figure?.value)).toEqual([100_000]);
  });
});

describe('"ceases to exist" in every tense', () => {
  it('dates the dissolution in Russian, Polish and Azerbaijani', () => {
    const measures = (text: string) => claimsOf(text, '2023-09-29').map((c) => c.measure);
    expect(measures('Указ гласит, что республика Нагорный Карабах прекращает свое существование с 1 января 2024 года.')).toEqual(['date:dissolution']);
    expect(measures('Górski Karabach przestaje istnieć 1 stycznia 2024 roku, zgodnie z dekretem jego przywódcy.')).toEqual(['date:dissolution']);
    expect(measures('Qarabağdakı separatçı qurum 2024-cü il yanvarın 1-dək fəaliyyətini dayandıracaq.')).toEqual(['date:dissolution']);
  });
});

describe('a case ending after an en dash', () => {
  it('belongs to the date in Armenian and Azerbaijani', () => {
    expect(claimsOf('Ադրբեջանը սեպտեմբերի 19–ին հարձակում սկսեց Լեռնային Ղարաբաղի վրա։', '2023-09-29').map((c) => c.text)).toEqual(['սեպտեմբերի 19–ին']);
    expect(claimsOf('Qarabağdakı separatçı qurum 2024-cü il yanvarın 1–dək ləğv ediləcək.', '2023-09-29').map((c) => c.text)).toEqual(['2024-cü il yanvarın 1–dək']);
  });
});

describe('Goris, where the refugees arrive', () => {
  it('keeps its passage on the subject in Armenian and Russian script, as in Latin', () => {
    expect(claimsOf('Լեռնային Ղարաբաղից տեղահանվածների հոսքը շարունակվում է։\n\nԳորիսի կենտրոնում արդեն 41 հազար 200 անձ է հաշվառվել։', '2023-09-29')).toEqual([{ text: '41 հազար 200', measure: 'registered' }]);
    expect(claimsOf('Поток людей из Нагорного Карабаха не прекращается.\n\nВ Горисе уже зарегистрированы 41 тысяча человек.', '2023-09-29')).toEqual([{ text: '41 тысяча', measure: 'registered' }]);
  });

  it('is not the Russian adjective "mountainous"', () => {
    expect(claimsOf('В гористой местности у Карабаха пропали 12 туристов.', '2023-09-29').length).toBeLessThanOrEqual(1);
    expect(claimsOf('Поток людей не прекращается.\n\nВ гористой местности уже зарегистрированы 41 тысяча человек.', '2023-09-29')).toEqual([]);
  });
});

describe('a province list', () => {
  it("takes its item's narrowest word: housing, not the word of leaving that describes the people", () => {
    const text =
      'Լեռնային Ղարաբաղից տեղահանված 52 հազար անձ արդեն կացարանով է ապահովվել։\nԸստ մարզերի՝ կացարանով ապահովվել է Արարատի մարզում՝ 4100, Կոտայքում՝ 3200, Շիրակում՝ 1500, իսկ Տավուշում՝ 900 բռնի տեղահանված անձ։';
    expect(claimsOf(text, '2023-09-29').slice(1).map((c) => c.measure)).toEqual(['housed:province', 'housed:province', 'housed:province', 'housed:province']);
  });
});
