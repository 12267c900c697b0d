// Figures of real reporting the engine missed or misread (held-out-17, read from stop 45; every sentence written
// again for this project): the exodus's first day in an apposition ("el éxodo, iniciado el 24 de septiembre");
// "la cifra de refugiados era de …" and its French kin; a decree "ending its existence" from
// a day; a currency's code ("200 000 USD"); a word of the blockade beside the offensive's day; "une belegering",
// "el corredor está cerrado" for ten months; "il ne doit plus y avoir que"; sums of millions "d’euros", "di euro", given to the refugees; Spanish "se ha detenido" (came to a halt), which arrests no one.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-02') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);

describe('the exodus’s first day in an apposition', () => {
  it('is the day of the participle after the comma', () => {
    expect(claims('Antes del éxodo, iniciado el pasado 24 de septiembre, Nagorno Karabaj tenía unos 120.000 habitantes.')).toContainEqual(['24 de septiembre', 'date:exodus']);
    expect(claims('The exodus, which began on 24 September, emptied Nagorno-Karabakh.')).toEqual([['24 September', 'date:exodus']]);
  });

  it('near-miss: a day after a comma that opens another clause is not the exodus’s', () => {
    expect(claims('The exodus from Nagorno-Karabakh went on, and on 26 September the bridge was closed.').map(([, m]) => m)).not.toContain('date:exodus');
  });
});

describe('the figure of a count', () => {
  it('is a count of what its noun names, in Spanish and French', () => {
    expect(claims('La cifra de refugiados de Nagorno Karabaj era de 100.514.')).toEqual([['100.514', 'left']]);
    expect(claims('Le chiffre des réfugiés du Haut-Karabakh était de 100 514.')).toEqual([['100 514', 'left']]);
  });

  it('near-miss: a figure of money is no count of people', () => {
    expect(claims('La cifra de la ayuda a los refugiados de Nagorno Karabaj era de 100.000 euros.').map(([, m]) => m)).not.toContain('left');
  });
});

describe('a sum of millions behind the language’s "of"', () => {
  it('is money given, never a count of people', () => {
    expect(claims('La France versera 7 millions d’euros aux réfugiés du Haut-Karabakh.')).toEqual([['7 millions d’euros', 'aid']]);
    expect(claims('La France versera 7 millions de dollars aux réfugiés du Haut-Karabakh.')).toEqual([['7 millions de dollars', 'aid']]);
    expect(claims("L'Italia verserà 7 milioni di euro ai profughi del Nagorno-Karabakh.")).toEqual([['7 milioni di euro', 'aid']]);
  });

  it('money given to the refugees is aid, by a verb of giving', () => {
    expect(claims('Yerevan has earmarked $100 million for refugees from Nagorno-Karabakh.')).toEqual([['$100 million', 'aid']]);
  });

  it('near-miss: tens of thousands "of" refugees stay a count of people', () => {
    expect(claims('Des dizaines de milliers de réfugiés du Haut-Karabakh sont arrivés en Arménie.')).toEqual([['Des dizaines de milliers', 'left']]);
  });
});

describe('a sum in a currency’s code', () => {
  it('is money: given to the refugees it is aid, never a population', () => {
    expect(claims('Jednocześnie ministerstwo przekazuje 200 000 USD dla ormiańskich uchodźców z Karabachu.')).toEqual([['200 000 USD', 'aid']]);
    expect(claims('« 50.000 dollars débloqués d’emblée » pour les réfugiés du Haut-Karabakh')).toEqual([['50.000 dollars', 'aid']]);
  });
});

describe('a word of the blockade in a sentence of the offensive', () => {
  it('dates nothing of the blockade from the offensive’s first day on', () => {
    expect(claims('Elle verra des Arméniens qui ont quitté le Haut-Karabakh, après l’assaut militaire de l’Azerbaïdjan le 19 septembre et neuf mois de blocus illégal.')).toEqual([
      ['19 septembre', 'date:start'],
      ['neuf mois', 'duration'],
    ]);
  });

  it('nor "this month" once read as September 2023: the action of the sentence is the offensive', () => {
    expect(claims('Nu heeft Azerbeidzjan na een belegering van tien maanden en een snelle militaire actie deze maand de hele regio Nagorno-Karabach in handen.', '2023-09-24')).toEqual([
      ['tien maanden', 'duration'],
      ['deze maand', 'date:start'],
    ]);
  });

  it('near-miss: the blockade’s own first day stays the blockade’s', () => {
    expect(claims('The blockade of the Lachin corridor to Nagorno-Karabakh began on 12 December 2022.')).toEqual([['12 December 2022', 'date:blockade']]);
  });

  it('its length is read from "a siege of ten months" and "the corridor has been closed for ten months"', () => {
    const blockade = (text: string) => extractClaims(text, { pageDay: day('2023-09-26') }).map((c) => [c.text, c.measure, c.event]);
    expect(blockade('Azerbeidzjan heeft na een belegering van tien maanden de hele regio Nagorno-Karabach weer in handen.')).toEqual([['tien maanden', 'duration', 'blockade']]);
    expect(blockade('«Hace diez meses que el Corredor de Lachin está cerrado», dijo Pashinián sobre Nagorno Karabaj.')).toEqual([['diez meses', 'duration', 'blockade']]);
  });
});

describe('French "il ne doit plus y avoir que"', () => {
  it('counts those who remain', () => {
    expect(claims('Selon lui, au Haut-Karabakh, il ne doit plus y avoir que 200-300 personnes là-bas.')).toEqual([['200-300', 'remaining']]);
  });
});

describe('the decree that ends the republic’s existence', () => {
  it('dates the decree and the dissolution', () => {
    expect(claims('On September 28 Samvel Shahramanyan, president of the unrecognised republic of Nagorno-Karabakh, signed a decree ending its existence from January 1, 2024.', '2023-10-13')).toEqual([
      ['September 28', 'date:decree'],
      ['January 1, 2024', 'date:dissolution'],
    ]);
    expect(claims("Le 28 septembre, Samvel Chahramanian a signé un décret mettant fin à l'existence de la république du Haut-Karabakh au 1er janvier 2024.", '2023-10-13')).toEqual([
      ['28 septembre', 'date:decree'],
      ['1er janvier 2024', 'date:dissolution'],
    ]);
  });
});

describe('Spanish "detener"', () => {
  it('near-miss: a flow that "se ha detenido" (came to a halt) dates no arrest', () => {
    expect(claims('Según el Gobierno de Armenia, la llegada de refugiados de Karabaj a su territorio casi se ha detenido este lunes.')).toEqual([]);
  });

  it('a man "fue detenido" on a day is still an arrest', () => {
    expect(claims('Rubén Vardanyan, exjefe del gobierno de Nagorno Karabaj, fue detenido el 27 de septiembre en la frontera.').map(([, m]) => m)).toEqual(['date:arrest']);
  });
});
