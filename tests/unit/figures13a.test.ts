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
    expect(claimsOf('Поток людей из Нагорного Карабаха не прекращается.\n\nВ гористой местности уже зарегистрированы 41 тысяча человек.', '2023-09-29')).toEqual([]);
  });
});

describe('a province list', () => {
  it("takes its item's narrowest word: housing, not the word of leaving that describes the people", () => {
    const text =
      'Լեռնային Ղարաբաղից տեղահանված 52 հազար անձ արդեն կացարանով է ապահովվել։\nԸստ մարզերի՝ կացարանով ապահովվել է Արարատի մարզում՝ 4100, Կոտայքում՝ 3200, Շիրակում՝ 1500, իսկ Տավուշում՝ 900 բռնի տեղահանված անձ։';
    expect(claimsOf(text, '2023-09-29').slice(1).map((c) => c.measure)).toEqual(['housed:province', 'housed:province', 'housed:province', 'housed:province']);
  });
});

describe('a bare count opening a bracket after a count', () => {
  it('breaks that count down; it is no second total (Armenian, English)', () => {
    expect(claimsOf('Ադրբեջանական հարձակման հետևանքով Լեռնային Ղարաբաղում կա 400 վիրավոր (40-ը ծանր վիճակում)։', '2023-10-01').map((c) => c.text)).toEqual(['400']);
    expect(claimsOf('In Nagorno-Karabakh 400 people were wounded (40 of them seriously).', '2023-10-01').map((c) => c.text)).toEqual(['400']);
  });

  it('keeps a bracketed count that names its own people', () => {
    expect(claimsOf('Լեռնային Ղարաբաղում կա 200 զոհ (10 խաղաղ բնակիչ)։', '2023-10-01').map((c) => c.text)).toEqual(['200', '10']);
  });
});

describe('a headline over the body that tells its event', () => {
  it('takes the event of the same figure in the body (English, Azerbaijani)', () => {
    const events = (text: string) => extractClaims(text, { pageDay: parseIsoDate('2023-12-22')! }).map((c) => `${c.text} ${c.event}`);
    expect(events('218 dead, 120 injured in Nagorno-Karabakh - final toll announced\n\nInvestigators said the explosion at the fuel depot near Stepanakert killed 218 people, and at least 120 were injured.').slice(0, 2)).toEqual(['218 fuel-depot', '120 fuel-depot']);
    expect(events('218 ölü, 120 yaralı - Xankəndidə ölənlərin sayı açıqlanıb\n\nXankəndi yaxınlığında yanacaq anbarında baş verən partlayış nəticəsində 218 nəfər həlak olub, ən azı 120 nəfər yaralanıb.').slice(0, 2)).toEqual(['218 fuel-depot', '120 fuel-depot']);
  });

  it('keeps its own event when the body gives another figure', () => {
    const events = extractClaims('More than 100,000 have left Nagorno-Karabakh\n\nInvestigators said the explosion at the fuel depot near Stepanakert killed 218 people.', { pageDay: parseIsoDate('2023-10-01')! }).map((c) => `${c.text} ${c.event}`);
    expect(events[0]).toBe('More than 100,000 exodus-2023');
  });
});

describe('civilians named by the word for inhabitants', () => {
  it('are the counted people, never a population (Russian, Armenian, Azerbaijani)', () => {
    expect(claimsOf('В Нагорном Карабахе погибли 200 человек (10 мирных жителей, в том числе 5 детей).', '2023-10-01')[1]).toEqual({ text: '10', measure: 'killed:civilians' });
    expect(claimsOf('Լեռնային Ղարաբաղում կա 200 զոհ (10 խաղաղ բնակիչ, այդ թվում՝ 5 երեխա)։', '2023-10-01')[1]).toEqual({ text: '10', measure: 'killed:civilians' });
    expect(claimsOf('Dağlıq Qarabağda 200 nəfər həlak olub (10 dinc sakin, o cümlədən 5 uşaq).', '2023-10-01')[1]).toEqual({ text: '10', measure: 'killed:civilians' });
  });
});

describe('taking control of a place', () => {
  it('is no start of the offensive: it usually ends one (2020, or after the 2023 offensive)', () => {
    expect(claimsOf('8 ноября 2020 года Азербайджан восстановил контроль над Шушой в Нагорном Карабахе.', '2023-10-05').map((c) => c.measure)).not.toContain('date:start');
    expect(claimsOf('1 октября 2023 года азербайджанские силы установили контроль над Степанакертом.', '2023-10-05').map((c) => c.measure)).not.toContain('date:start');
  });
});

describe('the active verb of blocking', () => {
  it('dates the blockade in Czech and Polish, as "заблокировал" does in Russian', () => {
    expect(claimsOf('Lačinský koridor do Náhorního Karabachu zablokovala ázerbájdžánská strana 12. prosince 2022.', '2023-10-05')).toEqual([{ text: '12. prosince 2022', measure: 'date:blockade' }]);
    expect(claimsOf('Azerbejdżan zablokował korytarz laczyński do Górskiego Karabachu 12 grudnia 2022 roku.', '2023-10-05')).toEqual([{ text: '12 grudnia 2022', measure: 'date:blockade' }]);
  });
});
