// Figures of real reporting the engine misread (held-out-24, read from stop 52; every sentence written again for this
// project): "more than half of the 100,000 or so refugees" read as the share of the population that left (the comma
// inside the number ended the whole's phrase); "30mila sono minorenni" read as people who left ("minorenni" unknown);
// "deixando centenas de feridos" read as people who left; a fuel tank that "explodiu" not read as the depot blast;
// "три года с начала 44-дневной войны" (three years since its start) read as the war's length, conflicting; "an exodus
// that began two weeks ago" on 9 October read as 25 September exactly and called conflicting beside "Sunday" (the 24th).
// Words not known: Armenian "անցակետով անցել է" (crossed through the checkpoint), German "Zwangsmigranten". An appeal's target ("soutenir quelque 231 000 personnes : 136 000
// réfugiés et 95 000 membres des communautés locales") read as the population and as people who left. Work still to do
// ("150 bodies remain to be identified", "quedan por identificar 150 cuerpos") read as a toll or as people who stayed.
// Each with the near miss that keeps the rule narrow.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);
const measures = (text: string, day: string) => figures(text, day).map(([t, m]) => [t, m]);

describe('a share of a counted group is no share of the population', () => {
  it('reads nothing for "more than half of the 100,000 or so refugees" housed, whatever separator the number has', () => {
    expect(measures('The government says it has put up more than half of the 100,000 or so refugees from Nagorno-Karabakh in hotels.', '2023-10-09')).toEqual([['100,000 or so', 'left']]);
    expect(measures('La moitié des 100.000 réfugiés du Haut-Karabakh vivent chez des proches.', '2023-10-09')).toEqual([['100.000', 'left']]);
  });

  it('near miss: more than half of the population still left', () => {
    expect(measures('More than half of the population of Nagorno-Karabakh has fled to Armenia.', '2023-09-27')).toEqual([['More than half', 'share_left']]);
  });
});

describe('what a part of the refugees is', () => {
  it('reads "30mila sono minorenni" as children among those who left', () => {
    expect(measures('Secondo l’Unicef, tra le oltre 100mila persone scappate dal Nagorno-Karabakh, 30mila sono minorenni.', '2023-10-03')).toEqual([
      ['oltre 100mila', 'left'],
      ['30mila', 'left:children'],
    ]);
  });

  it('reads the wounded a blast left behind, "deixando centenas de feridos", as wounded', () => {
    expect(measures('A explosão de um depósito de combustível em Nagorno-Karabakh deixou centenas de feridos.', '2023-09-27')).toEqual([['centenas', 'wounded']]);
  });

  it('near miss: a verb of leaving with its own people still counts those who left', () => {
    expect(measures('Centenas de refugiados deixaram Nagorno-Karabakh esta manhã.', '2023-09-27')).toEqual([['Centenas', 'left']]);
  });
});

describe('a fuel tank that exploded is the depot blast, not the offensive', () => {
  it('reads the dead and wounded of a tank that "explodiu" as the blast’s, which no report counts', () => {
    expect(figures('Enquanto milhares de arménios fugiam de Nagorno-Karabakh, um tanque de combustível explodiu, matando pelo menos 68 refugiados e deixando centenas de feridos.', '2023-09-27')).toEqual([
      ['milhares', 'left', 'consistent'],
      ['pelo menos 68', 'killed', 'unverified'],
      ['centenas', 'wounded', 'unverified'],
    ]);
  });
});

describe('time since a start is no length', () => {
  it('reads nothing for "three years since the start of the 44-day war" in Russian, as in English', () => {
    const claims = figures('Исполняется три года с начала 44-дневной войны в Нагорном Карабахе.', '2023-09-26');
    expect(claims.map(([t]) => t)).not.toContain('три года');
    expect(figures('It is three years since the start of the 44-day war in Nagorno-Karabakh.', '2023-09-26').map(([t]) => t)).not.toContain('three years');
    expect(figures('Trois ans depuis le début de la guerre de 44 jours, plus de 100 000 personnes ont fui le Haut-Karabakh.', '2023-09-30').map(([t]) => t)).not.toContain('Trois ans');
  });

  it('near miss: a war of three years still has its length', () => {
    expect(measures('Война в Нагорном Карабахе длилась три года.', '2023-09-26')).toEqual([['три года', 'duration']]);
  });
});

describe('a day counted back in weeks is loose', () => {
  it('does not refute "Sunday" (24 September) with "two weeks ago" on 9 October', () => {
    const [claim] = figures('The exodus of Armenians from Nagorno-Karabakh began two weeks ago.', '2023-10-09');
    expect(claim?.[0]).toBe('two weeks ago');
    expect(claim?.[2]).not.toBe('conflicting');
  });

  it('near miss: two weeks ago on 20 October is no day of the exodus’s start', () => {
    expect(figures('The exodus of Armenians from Nagorno-Karabakh began two weeks ago.', '2023-10-20')).toContainEqual(['two weeks ago', 'date:exodus', 'conflicting']);
  });
});

describe('words of crossing and of forced migrants', () => {
  it('reads them as people who left', () => {
    expect(measures('Լեռնային Ղարաբաղից Կոռնիձորի անցակետով անցել է 19 հազար մարդ։', '2023-09-26')).toEqual([['19 հազար', 'left']]);
    expect(measures('Über 93 000 Zwangsmigranten aus Bergkarabach brauchen jetzt ein Dach über dem Kopf.', '2023-10-09')).toEqual([['Über 93 000', 'left']]);
  });

  it('near miss: years that passed are no crossing', () => {
    expect(measures('Լեռնային Ղարաբաղի պատերազմից անցել է 30 տարի։', '2023-09-26').map(([, m]) => m)).not.toContain('left');
  });
});

describe('whom an appeal means to support is its target, not a count', () => {
  it('reads nothing in a target or the parts a colon lists after it', () => {
    expect(figures('Le HCR lance un appel pour le Haut-Karabakh : l’objectif est de soutenir quelque 231 000 personnes : 136 000 réfugiés et 95 000 membres des communautés locales qui les reçoivent.', '2023-10-07')).toEqual([]);
    expect(figures('The UN appeal for Nagorno-Karabakh aims to support 136,000 refugees.', '2023-10-07')).toEqual([]);
  });

  it('near miss: helping the refugees who arrived is no target, and they are still the people who left', () => {
    expect(measures('Armenia struggled to help 100,000 refugees who arrived from Nagorno-Karabakh in a week.', '2023-10-05')).toContainEqual(['100,000', 'left']);
    expect(measures('L’Arménie a dû aider 100 000 réfugiés arrivés du Haut-Karabakh.', '2023-10-05')).toContainEqual(['100 000', 'left']);
  });

  it('near miss: the parts a colon lists after a count of people who fled are counts of their own', () => {
    expect(measures('Jusqu’ici, 100 000 personnes ont fui le Haut-Karabakh : 60 000 femmes et 40 000 hommes.', '2023-10-01')).toEqual([
      ['100 000', 'left'],
      ['60 000', 'left'],
      ['40 000', 'left'],
    ]);
  });
});

describe('what remains to be done is work, not people', () => {
  it('reads nothing in bodies that remain to be identified, in English, Spanish and Italian', () => {
    expect(figures('In Nagorno-Karabakh 150 bodies remain to be identified after the offensive.', '2023-10-02')).toEqual([]);
    expect(figures('En Nagorno Karabaj quedan por identificar 150 cuerpos tras la ofensiva.', '2023-10-02')).toEqual([]);
    expect(figures('A Nagorno-Karabakh restano da identificare 150 corpi dopo l’offensiva.', '2023-10-02')).toEqual([]);
  });

  it('near miss: people who stayed "in" a town, "for now" or "at home" stayed (the bare preposition is no task)', () => {
    expect(measures('D’après l’ONU, environ 1 000 Arméniens du Haut-Karabakh sont restés à Stepanakert.', '2023-10-02')).toEqual([['environ 1 000', 'remaining']]);
    expect(measures('Según la ONU, unos 1.000 armenios quedan por ahora en Stepanakert, en Nagorno Karabaj.', '2023-10-02')).toEqual([['unos 1.000', 'remaining']]);
  });

  it('near miss: people who remain, whatever is to be done with them after a comma, are still there', () => {
    expect(measures('Aún quedan en Nagorno Karabaj unos 1.000 armenios.', '2023-10-02')).toEqual([['unos 1.000', 'remaining']]);
    expect(measures('In Nagorno-Karabakh only 50 people remain, to be evacuated next week.', '2023-10-02')).toEqual([['only 50', 'remaining']]);
  });
});

describe('a share of a whole whose relative clause is the leaving', () => {
  it('reads nothing for "most of" those helped, when "who fled" describes the whole (the comma in 105,000 no longer hides it)', () => {
    expect(measures('The aid programme has helped most of some 105,000 Karabakh Armenians who fled their homeland after Azerbaijan retook it.', '2024-02-18').map(([t]) => t)).not.toContain('most of');
  });

  it('near miss: nearly all of the region’s 120,000 have fled is the share that left, and so is a German third whose "die" is an article', () => {
    expect(measures('Nearly all of Nagorno-Karabakh’s 120,000 ethnic Armenians have fled.', '2023-10-01')).toContainEqual(['Nearly all', 'share_left']);
    expect(measures('Schon jetzt habe ein Drittel der auf 120.000 Bewohner geschätzten Bevölkerung die Region Bergkarabach verlassen.', '2023-09-27')).toContainEqual(['ein Drittel', 'share_left']);
  });
});
