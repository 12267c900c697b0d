// Figures of real reporting the engine misread (held-out-23 and statements fresh21, read from stop 51; every sentence
// written again for this project): a child's age read as the conflict's length ("la fillette de 12 ans"); "the exodus
// of 85,000 Armenians, who lived in the enclave" read as the population; "are said to still be in Nagorno Karabakh"
// and "que siguen en Nagorno-Karabaj" read as people who left, or not at all; "que habitaram" not read as living
// there; the noun of one count ("migliaia di feriti") taken by the next ("migliaia di profughi … hanno lasciato");
// "thousands wounded" beside a later report's "around 400" read as consistent; a jam's length read as the route. Each
// with the near miss that keeps the rule narrow.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);
const measures = (text: string, day: string) => figures(text, day).map(([t, m]) => [t, m]);

describe('a person’s age is no span of the events', () => {
  it('reads nothing in "a girl of 12 years" beside the offensive, in French, Spanish, Italian and Portuguese', () => {
    expect(figures('Fuyant l’offensive azerbaïdjanaise au Haut-Karabakh, un garçon de 10 ans a tout perdu.', '2023-10-16')).toEqual([]);
    expect(figures('Huyendo de la ofensiva de Azerbaiyán en Nagorno Karabaj, una niña de 9 años perdió su casa.', '2023-10-16')).toEqual([]);
    expect(figures('In fuga dall’offensiva azera nel Nagorno-Karabakh, un bambino di 7 anni ha perso la casa.', '2023-10-16')).toEqual([]);
    expect(figures('Fugindo da ofensiva do Azerbaijão em Nagorno-Karabakh, uma menina de 11 anos perdeu a casa.', '2023-10-16')).toEqual([]);
  });

  it('near miss: a conflict of 30 years stays the conflict’s length', () => {
    expect(measures('Le conflit de 30 ans autour du Haut-Karabakh s’est achevé avec l’offensive azerbaïdjanaise.', '2023-10-16')).toEqual([['30 ans', 'duration']]);
  });
});

describe('who lived there, who is still there', () => {
  it('reads an exodus of people "who lived" in the enclave as people who left', () => {
    expect(measures('L’esodo di circa 90.000 armeni, che abitavano il Nagorno-Karabakh, ha svuotato la regione.', '2023-09-29')).toEqual([['circa 90.000', 'left']]);
  });

  it('near miss: people who lived there, with no word of leaving governing them, are the population', () => {
    expect(measures('Nel Nagorno-Karabakh abitavano circa 120.000 armeni prima dell’offensiva.', '2023-10-02')).toEqual([['circa 120.000', 'population']]);
    // The whole after the part the exodus governs stays the population ("dei 120.000 … che abitavano").
    expect(measures('L’esodo di 100.000 dei 120.000 armeni che abitavano il Nagorno-Karabakh continua.', '2023-09-30')).toEqual([
      ['100.000', 'left'],
      ['120.000', 'population'],
    ]);
  });

  it('reads those "still in" the region as the people who remain, in English and Spanish', () => {
    expect(figures('Only 50 to 1,000 Armenians are still in Nagorno-Karabakh, a UN team said on Monday.', '2023-10-02')).toEqual([['50 to 1,000', 'remaining', 'consistent']]);
    expect(figures('Los armenios que siguen en Nagorno Karabaj serían entre 50 y 1.000, según la ONU.', '2023-10-03')).toEqual([['entre 50 y 1.000', 'remaining', 'consistent']]);
  });

  it('near miss: wounded still in hospital are no people remaining in the region', () => {
    expect(measures('Twenty wounded from Nagorno-Karabakh are still in hospital in Yerevan.', '2023-10-02')).toEqual([['Twenty', 'wounded']]);
  });

  it('reads Portuguese "que habitaram" as the people living there', () => {
    expect(figures('A ofensiva atingiu os 120.000 armênios que habitaram Nagorno-Karabakh durante séculos.', '2023-09-29')).toEqual([['120.000', 'population', 'corroborated']]);
  });
});

describe('one count’s noun is not the next count’s', () => {
  it('reads the thousands who left after "200 dead and thousands wounded" as people who left', () => {
    const text = 'Dopo l’offensiva del 19 settembre, che ha causato 200 morti e migliaia di feriti, migliaia di profughi di origine armena hanno lasciato il Nagorno-Karabakh.';
    expect(measures(text, '2023-09-26')).toEqual([
      ['19 settembre', 'date:start'],
      ['200', 'killed'],
      ['migliaia', 'wounded'],
      ['migliaia', 'left'],
    ]);
  });

  it('near miss: a part of the count before it keeps that count’s noun, in brackets or after "of whom"', () => {
    // Both caught by the claim diff over every set after the rule's first version: the golden claims' Armenian
    // bracket and held-out-21's "dos quais".
    expect(measures('Լեռնային Ղարաբաղում կա 200 զոհ (10 խաղաղ բնակիչ, այդ թվում՝ 5 երեխա)։', '2023-10-01')).toEqual([
      ['200', 'killed'],
      ['10', 'killed:civilians'],
      ['5', 'killed:children'],
    ]);
    const ofWhom = 'Aos 25 mortos, dos quais dois são civis - e um é uma criança, somam-se os feridos: os ataques em Nagorno-Karabakh causaram ainda 138 feridos.';
    expect(measures(ofWhom, '2023-09-19').filter(([t]) => t === '25' || t === 'dois')).toEqual([
      ['25', 'killed'],
      ['dois', 'killed:civilians'],
    ]);
  });

  it('near miss: with no verb after it, the count keeps the noun right after it', () => {
    expect(measures('L’offensiva azera nel Nagorno-Karabakh ha causato 200 morti e migliaia di feriti.', '2023-09-26')).toEqual([
      ['200', 'killed'],
      ['migliaia', 'wounded'],
    ]);
  });
});

describe('a vague count far past a later report of a rising count', () => {
  it('conflicts: "thousands wounded" on the 26th, when a report of the 29th counts around 400', () => {
    expect(figures('The offensive in Nagorno-Karabakh wounded thousands.', '2023-09-26')).toEqual([['thousands', 'wounded', 'conflicting']]);
  });

  it('near miss: "hundreds wounded" fits the later report', () => {
    expect(figures('Hundreds of people were wounded in the offensive in Nagorno-Karabakh.', '2023-09-26')).toEqual([['Hundreds', 'wounded', 'corroborated']]);
  });

  it('near miss: after the report’s day, the report is a floor and "thousands" only imprecise', () => {
    expect(figures('The offensive in Nagorno-Karabakh wounded thousands.', '2023-10-02')).toEqual([['thousands', 'wounded', 'consistent']]);
  });

  it('near miss: thousands who left, below the later counts, are no conflict', () => {
    expect(figures('Thousands of people have fled Nagorno-Karabakh.', '2023-09-26').map(([, , v]) => v)).not.toContain('conflicting');
  });

  it('near miss: before the series’ first report, a count it never covered is not refuted by a later one', () => {
    // The review of this rule: internal displacement on the 20th, read as people who left, had turned conflicting.
    expect(figures('Tens of thousands of people have been displaced inside Nagorno-Karabakh by the fighting.', '2023-09-20').map(([, , v]) => v)).not.toContain('conflicting');
  });
});

describe('a jam’s length is no route (lexicon jams)', () => {
  it('reads nothing in the length of a jam or a queue, in English, German and Italian', () => {
    expect(figures('People fleeing Nagorno-Karabakh say that behind them the route is jammed for 100 kilometers.', '2023-09-29')).toEqual([]);
    expect(figures('Refugees from Nagorno-Karabakh waited in a 20-km queue at the border.', '2023-09-29')).toEqual([]);
    expect(measures('Aus Bergkarabach fliehen Tausende; an der Grenze bildete sich ein 20 Kilometer langer Stau.', '2023-09-29')).toEqual([['Tausende', 'left']]);
    expect(figures('Dal Nagorno-Karabakh una coda di 15 chilometri di auto verso l’Armenia.', '2023-09-29')).toEqual([]);
  });

  it('reads the Polish "korek" (a jam) in the nominative', () => {
    expect(figures('Na granicy z Górskim Karabachem utworzył się korek długości 20 km.', '2023-09-29')).toEqual([]);
  });

  it('near miss: Russian "в первую очередь" (first of all) is no queue', () => {
    expect(measures('Беженцы из Нагорного Карабаха в первую очередь проехали 80 км от Степанакерта до Гориса.', '2023-09-30')).toEqual([['80 км', 'distance']]);
  });

  it('near miss: the road’s own kilometres stay the route, a queue elsewhere in the sentence notwithstanding', () => {
    expect(measures('Refugees queued for hours on the road from Nagorno-Karabakh, which runs 80 km from Stepanakert to Goris.', '2023-09-29')).toEqual([['80 km', 'distance']]);
  });
});

describe('leaving begun, and a weekday with its day of the month', () => {
  it('reads those who "began to leave" in Portuguese and Spanish', () => {
    expect(measures('Milhares de pessoas começaram a deixar Nagorno-Karabakh no domingo, 24.', '2023-09-25')).toEqual([['Milhares', 'left'], ['no domingo, 24', 'date:exodus']]);
    expect(measures('Miles de armenios comenzaron a salir de Nagorno Karabaj el domingo.', '2023-09-25')).toEqual([['Miles de', 'left'], ['el domingo', 'date:exodus']]);
  });

  it('reads "Sunday, 24" as one date, never a count of 24', () => {
    expect(measures('Thousands of Armenians began to leave Nagorno-Karabakh on Sunday, 24.', '2023-09-25')).toEqual([['Thousands', 'left'], ['on Sunday, 24', 'date:exodus']]);
  });

  it('near miss: a number with its own noun, a percent sign or a bracket after the weekday stays a count', () => {
    expect(measures('Os primeiros refugiados de Nagorno-Karabakh chegaram à Armênia no domingo, 24 pessoas num autocarro.', '2023-09-25').filter(([t]) => t === '24')).toEqual([['24', 'left']]);
    expect(measures('On Sunday, 24% of the population of Nagorno-Karabakh had already left.', '2023-09-30').map(([t, m]) => [t, m])).toEqual([['24%', 'share_left']]);
    expect(measures('No domingo, 24 (incluindo 5 crianças) morreram em Nagorno-Karabakh.', '2023-09-30').filter(([t]) => t === '24')).toEqual([['24', 'killed']]);
  });

  it('near miss: "comenzaron a dejar de" (stopped doing) is no leaving', () => {
    expect(measures('Los 120.000 armenios de Nagorno Karabaj comenzaron a dejar de recibir alimentos en diciembre.', '2023-09-30')).toEqual([['120.000', 'population']]);
  });
});

describe('people driven from their homes', () => {
  it('reads "driving thousands from their homes" as people who left, not as the wounded named before', () => {
    // Found by the claim diff: fresh16's "killing and wounding civilians, driving thousands from their homes" had been
    // read as thousands wounded, which the later report's "around 400" now makes conflicting.
    expect(measures('Drone and artillery fire hit towns across Nagorno-Karabakh, killing and wounding civilians, driving thousands from their homes.', '2023-09-25')).toEqual([['thousands', 'left']]);
  });

  it('near miss: thousands wounded, with no word of homes, stay wounded', () => {
    expect(measures('Drone and artillery fire hit towns across Nagorno-Karabakh, wounding thousands.', '2023-09-25')).toEqual([['thousands', 'wounded']]);
  });
});
