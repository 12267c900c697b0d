// Verdicts, fifteenth round: the causes of wrong verdicts on figures the engine already finds, each
// against a small corpus written for the test (paraphrases, never article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { makeSource } from '../../lib/corpus';
import { buildIndex } from '../../lib/source-index';

const report = (id: string, date: string, body: string) =>
  makeSource(id, `${id}\n\n${date}\n\n${body}\n`, { id, outlet: `Outlet ${id}`, title: id, date, dateBasis: 'stated', origin: null, url: null } as never);
const check = (text: string, index: ReturnType<typeof buildIndex>, date: string) => checkText(text, index, { pageDay: parseIsoDate(date)! });
const claimOf = (text: string, figure: string, index: ReturnType<typeof buildIndex>, date: string) => check(text, index, date).find((c) => c.text === figure);

describe('a report that places the dissolution in a week places the day it was decreed', () => {
  const index = buildIndex([
    report('week', '2023-09-29', 'The leaders of the unrecognised republic of Nagorno-Karabakh gave up and this week also sealed its self-dissolution on January 1, 2024.'),
  ]);
  it('a decree day inside the week is consistent, in English and in German', () => {
    expect(claimOf('On September 28, the separatist leader of Nagorno-Karabakh signed a decree to dissolve the republic on January 1, 2024. Over 100,000 people have fled Nagorno-Karabakh.', 'September 28', index, '2023-09-30')).toMatchObject({ measure: 'date:decree', verdict: 'consistent' });
    expect(claimOf('Am 28. September unterzeichnete der Separatistenführer von Berg-Karabach ein Dekret, die Republik zum 1. Januar 2024 aufzulösen. Aus Berg-Karabach sind über 100.000 Menschen geflohen.', '28. September', index, '2023-09-30')).toMatchObject({ measure: 'date:decree', verdict: 'consistent' });
  });
  it('the dissolution’s own day is still the report’s date', () => {
    expect(claimOf('On September 28, the separatist leader of Nagorno-Karabakh signed a decree to dissolve the republic on January 1, 2024. Over 100,000 people have fled Nagorno-Karabakh.', 'January 1, 2024', index, '2023-09-30')).toMatchObject({ verdict: 'corroborated' });
  });
});

describe('arithmetic gives an interval: a figure finer than it, inside it, is consistent', () => {
  const index = buildIndex([
    report('blockade', '2023-09-30', 'In December, Azerbaijan blocked the Lachin corridor, the only road to Armenia.'),
    report('count', '2023-09-30', 'Officials said 100,417 people had arrived in Armenia from Nagorno-Karabakh. Some 120,000 people lived in the region.'),
  ]);
  it('a nine-month blockade (December to late September is nine to ten months), in English and in Spanish', () => {
    expect(claimOf('The region had lived through a nine-month blockade of the Lachin corridor.', 'nine-month', index, '2023-09-28')).toMatchObject({ measure: 'duration', verdict: 'consistent' });
    expect(claimOf('La región sufrió un bloqueo de nueve meses del corredor de Lachin.', 'nueve meses', index, '2023-09-28')).toMatchObject({ measure: 'duration', verdict: 'consistent' });
  });
  it('a precise share inside the share that follows from a count and the population, in English and in German', () => {
    expect(claimOf('By Saturday about 85% of the population of Nagorno-Karabakh had fled to Armenia.', 'about 85%', index, '2023-09-30')).toMatchObject({ verdict: 'consistent' });
    expect(claimOf('Bis Samstag sind etwa 85 Prozent der Bevölkerung aus Berg-Karabach nach Armenien geflohen.', 'etwa 85 Prozent', index, '2023-09-30')).toMatchObject({ verdict: 'consistent' });
  });
  it('a share that takes in the whole interval says what the arithmetic gives', () => {
    expect(claimOf('By Saturday more than 80% of the population of Nagorno-Karabakh had fled to Armenia.', 'more than 80%', index, '2023-09-30')).toMatchObject({ verdict: 'corroborated' });
  });
});

describe('a date finer than the report’s is consistent; one as coarse as it is corroborated', () => {
  const index = buildIndex([report('war', '2023-09-30', 'During a six-week war in 2020, Azerbaijan took back parts of Nagorno-Karabakh. In December, Azerbaijan blocked the Lachin corridor.')]);
  it('a month of the 2020 war, in Polish and in English', () => {
    expect(claimOf('Stało się to za zgodą Rosji, choć według podpisanego w listopadzie 2020 r. porozumienia kończącego wojnę 44-dniową rosyjscy żołnierze mieli chronić Ormian w Górskim Karabachu. Z Górskiego Karabachu uciekło ponad 100 tysięcy osób.', 'listopadzie 2020', index, '2023-10-01')).toMatchObject({ event: 'war-2020', verdict: 'consistent' });
    expect(claimOf('Azerbaijan launched a war in November 2020 in Nagorno-Karabakh.', 'November 2020', index, '2023-10-01')).toMatchObject({ measure: 'date:start', verdict: 'consistent' });
  });
  it('the year itself says what the report says', () => {
    expect(claimOf('Azerbaijan launched a war in 2020 in Nagorno-Karabakh.', '2020', index, '2023-10-01')?.verdict).toBe('corroborated');
  });
  it('the day the corridor was blocked, inside the report’s month, in Czech and in English', () => {
    expect(claimOf('Lačinský koridor do Náhorního Karabachu zablokovala ázerbájdžánská strana 12. prosince 2022.', '12. prosince 2022', index, '2023-11-15')?.verdict).toBe('consistent');
    expect(claimOf('Azerbaijan blocked the Lachin corridor to Nagorno-Karabakh on 12 December 2022.', '12 December 2022', index, '2023-11-15')?.verdict).toBe('consistent');
  });
});

describe('a rounded count within its rounding of a report’s count is that count rounded, not a smaller one', () => {
  const index = buildIndex([report('count', '2023-09-30', 'Officials said 100,417 people had arrived in Armenia from Nagorno-Karabakh.')]);
  it('"almost 100,000" on a page of 2 October, in German and in French', () => {
    expect(claimOf('Fast 100.000 Menschen sind aus Berg-Karabach nach Armenien geflohen.', 'Fast 100.000', index, '2023-10-02')?.verdict).toBe('consistent');
    expect(claimOf('Près de 100 000 réfugiés du Haut-Karabakh sont arrivés en Arménie.', 'Près de 100 000', index, '2023-10-02')?.verdict).toBe('consistent');
  });
  it('a count further below than its rounding still conflicts', () => {
    expect(claimOf('Almost 90,000 people have fled Nagorno-Karabakh to Armenia.', 'Almost 90,000', index, '2023-10-02')?.verdict).toBe('conflicting');
  });
});

describe('a year beside a toll does not take it from the fuel-depot blast its sentence names', () => {
  const index = buildIndex([report('toll', '2023-09-29', 'Officials in Nagorno-Karabakh said at least 200 people were killed and around 400 injured in the fighting.')]);
  it('a dateline year before the toll, in Italian and in English', () => {
    expect(claimOf('date 2023-09 Almeno 68 persone sono morte nell’esplosione di un deposito di carburante vicino a Stepanakert.', 'Almeno 68', index, '2023-09-26')).toMatchObject({ event: 'fuel-depot', verdict: 'unverified' });
    expect(claimOf('date 2023-09 At least 68 people died in the explosion at a fuel depot near Stepanakert.', 'At least 68', index, '2023-09-26')).toMatchObject({ event: 'fuel-depot', verdict: 'unverified' });
  });
});

describe('a count dated only by a page months after the reports’ last word, below it, is of another time', () => {
  const index = buildIndex([report('count', '2023-09-30', 'Officials said 100,417 people had arrived in Armenia from Nagorno-Karabakh. More than 100,000 people have now fled Nagorno-Karabakh.')]);
  it('displaced people in the provinces half a year on are unverified, not conflicting, in English and in German', () => {
    expect(claimOf('Six months on, 72,626 displaced people from Nagorno-Karabakh live in the provinces of Armenia.', '72,626', index, '2024-03-18')?.verdict).toBe('unverified');
    expect(claimOf('Ein halbes Jahr später leben 72.626 Vertriebene aus Berg-Karabach in den Provinzen Armeniens.', '72.626', index, '2024-03-18')?.verdict).toBe('unverified');
  });
  it('the reports’ own count repeated as long after still agrees; a smaller count days after still conflicts', () => {
    expect(claimOf('Six months on, the more than 100,000 people who fled Nagorno-Karabakh still live in shelters.', 'more than 100,000', index, '2024-03-18')?.verdict).toBe('corroborated');
    expect(claimOf('By Monday, 72,626 people had fled Nagorno-Karabakh to Armenia.', '72,626', index, '2023-10-02')?.verdict).toBe('conflicting');
  });
});

describe('a blast named as a petrol station is the fuel-depot blast, in Polish and in Russian', () => {
  const index = buildIndex([report('toll', '2023-09-29', 'Officials in Nagorno-Karabakh said at least 200 people were killed and around 400 injured in the fighting.')]);
  it('a toll beside the petrol station is the blast’s, not the offensive’s', () => {
    expect(claimOf('W wybuchu na stacji benzynowej w Stepanakercie w Górskim Karabachu rannych zostało ponad 200 osób.', 'ponad 200', index, '2023-09-26')).toMatchObject({ event: 'fuel-depot', verdict: 'unverified' });
    expect(claimOf('На заправке в Степанакерте в Нагорном Карабахе взорвалась цистерна, пострадали десятки человек.', 'десятки', index, '2023-09-26')).toMatchObject({ event: 'fuel-depot', verdict: 'unverified' });
  });
});
