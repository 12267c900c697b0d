// Round 28 (b10): the region's population read from a verb of housing after the region's noun ("the contested region
// houses some 120,000 ethnic Armenians", "die Region beherbergt", "la región alberga a"), from an estimate whose object is
// the population ("On estimait la population du Haut-Karabakh à 120 000"), and from "the N people living there"; and
// inhabitants with a verb of leaving the lexicons lacked ("sont partis vers", "partieron", "partiram") counted as those who left.
// Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { vocabularyFor } from '../../lib/lexicon';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string) => extractClaims(text, { pageDay: day('2023-10-12') }).map((c) => [c.text, c.measure]);

describe('lexicon `populationBefore`: verbs of housing after the region\'s noun', () => {
  it.each([
    ['en', 'The contested region houses '],
    ['fr', 'la région abrite '],
    ['de', 'Die Region beherbergt '],
    ['es', 'la región alberga a '],
    ['it', "l'enclave ospitava "],
    ['pt', 'a região abrigava '],
    ['nl', 'de regio herbergde '],
  ] as const)('%s: "%s"', (code, before) => {
    expect(vocabularyFor(code).populationBefore.test(before)).toBe(true);
  });
  it('a verb of housing with another subject is not the region\'s', () => {
    expect(vocabularyFor('en').populationBefore.test('The school houses ')).toBe(false);
    expect(vocabularyFor('fr').populationBefore.test("l'hôtel abrite ")).toBe(false);
  });
});

describe('the region\'s population is read', () => {
  it.each([
    ['Nagorno-Karabakh is emptying. The contested region houses some 120,000 ethnic Armenians, and most have gone.', 'some 120,000'],
    ['Nagorno-Karabakh: antes de la ofensiva, la región albergaba a unos 120.000 armenios.', 'unos 120.000'],
    ['Prima dell\'offensiva azera, l\'enclave del Nagorno-Karabakh ospitava circa 120.000 armeni.', 'circa 120.000'],
    ['Haut-Karabakh. On estimait la population du Haut-Karabakh à 120 000 personnes, en majorité des Arméniens.', '120 000'],
    ['The blockade of Nagorno-Karabakh choked the food supply of the roughly 100,000 people living there.', 'roughly 100,000'],
  ])('%s', (text, figure) => {
    expect(claims(text)).toContainEqual([figure, 'population']);
  });

  it('near miss: a count of things the region holds, with no noun of people, is no population', () => {
    expect(claims('The Nagorno-Karabakh region houses 20 schools and three hospitals.')).toEqual([]);
  });
  it('near miss: an estimate of another town\'s population', () => {
    expect(claims("Haut-Karabakh : on estimait la population de Goris à 20 000 personnes avant l'arrivée des réfugiés.")).toEqual([]);
  });
  it('near miss: a building, not the region, houses the count', () => {
    expect(claims('In Nagorno-Karabakh the region\'s parliament houses 33 deputies.')).toEqual([]);
  });
});

describe('inhabitants with a verb of leaving are those who left, not the population', () => {
  it.each([
    ["Haut-Karabakh. Plus de 78 000 habitants du Haut-Karabakh sont partis vers l'Arménie.", 'Plus de 78 000'],
    ['Nagorno Karabaj. Más de 78.000 habitantes partieron hacia Armenia.', 'Más de 78.000'],
    ['Nagorno-Karabakh. Mais de 78 mil habitantes de Nagorno-Karabakh partiram para a Arménia.', 'Mais de 78 mil'],
  ])('%s', (text, figure) => {
    expect(claims(text)).toEqual([[figure, 'left']]);
  });
  it('near miss: French "partis" as a noun (political parties) is no verb of leaving', () => {
    expect(claims("Haut-Karabakh. Les partis politiques d'Arménie comptent 100 000 membres.")).toEqual([]);
  });
});
