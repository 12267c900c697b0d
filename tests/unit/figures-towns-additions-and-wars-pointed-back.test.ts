// Figures of real reporting the engine misread (held-out-22, read from stop 50; every sentence written again for this
// project): a town's inhabitants; a town "située à 20 km" and kilometres that "separan" two places; people who lived
// there inside an aside before the verb of their leaving; fleeing on a page that names the ended blockade; "what
// remains of the 100,000"; a journey that "lasted"; "another 23" added to a count; "that war" after a year of the first
// war; "Oltre metà della popolazione"; German "ist schon fort"; Portuguese "chegadas". Each with the near-miss that keeps it narrow.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict, c.event]);

describe('places that are not the region', () => {
  it('reads no population of the region in a town’s inhabitants', () => {
    expect(figures('Molti profughi del Nagorno-Karabakh arrivano a Goris, cittadina di circa 20.000 abitanti vicino al confine.', '2023-10-03')).toEqual([]);
    expect(figures('Molti profughi approdano a Goris, cittadina che conta poco meno di 40.000 abitanti, a mezz’ora dal Nagorno-Karabakh.', '2023-10-02')).toEqual([]);
    expect(figures('Refugees from Nagorno-Karabakh reach Goris, a town of 20,000 inhabitants.', '2023-10-02')).toEqual([]);
  });

  it('near-miss: the region named as the place, or past a comma that ends an aside, keeps its population', () => {
    expect(figures('Il Nagorno-Karabakh, regione di circa 120.000 abitanti, si è svuotato.', '2023-10-02').map(([t, m]) => [t, m])).toEqual([['circa 120.000', 'population']]);
    const aside = 'El enclave de Nagorno Karabaj, de mayoría armenia pero reconocido como territorio azerbaiyano, tenía aproximadamente 120.000 habitantes.';
    expect(figures(aside, '2023-10-02').map(([t, m]) => [t, m])).toEqual([['aproximadamente 120.000', 'population']]);
  });

  it('near-miss: a country the people fled to, after its preposition, is no town they live in', () => {
    // The regression caught by the claim diff after 302b614: "in Armenia" had taken the count from those who fled. A
    // count of leavers as large as the population is judged as that population (derived.ts, judgedMeasure).
    const text = 'Dal Nagorno-Karabakh sono già fuggiti in Armenia circa 120.000 residenti, cioè quasi tutti.';
    expect(figures(text, '2023-10-02').map(([t, m]) => [t, m])).toEqual([
      ['circa 120.000', 'population'],
      ['quasi tutti', 'share_left'],
    ]);
  });

  it('reads no route in a distance that places a town, or that separates two places', () => {
    expect(figures('Les réfugiés du Haut-Karabakh partent vers Goris, ville de montagne située à 20 km, où le théâtre sert d’abri.', '2023-09-26')).toEqual([]);
    expect(figures('Su pueblo está en la frontera con Nagorno Karabaj. La separan 30 kilómetros de Kordnidzor.', '2023-09-29')).toEqual([]);
  });

  it('near-miss: the refugees’ own kilometres stay the route', () => {
    expect(figures('El viaje de los refugiados de Nagorno Karabaj desde Stepanakert hasta Goris es de 80 kilómetros.', '2023-09-29').map(([t, m]) => [t, m])).toEqual([['80 kilómetros', 'distance']]);
  });
});

describe('what a count of people counts', () => {
  it('reads those who "lived" there inside an aside as the people who fled, not a population', () => {
    const text = 'More than 100,000 Karabakh Armenians, practically all who still lived in the region, had fled into Armenia within a week.';
    expect(figures(text, '2024-07-10').filter(([t]) => t === 'More than 100,000').map(([t, m]) => [t, m])).toEqual([['More than 100,000', 'left']]);
  });

  it('near-miss: a verb of living after an aside already closed is the count’s own', () => {
    expect(figures('120,000 Armenians, by most estimates, lived in Karabakh, and most of them fled.', '2023-10-02').map(([t, m]) => [t, m])).toEqual([['120,000', 'population']]);
  });

  it('reads no one who stayed in "what remains of the 100,000"', () => {
    expect(figures('They are what remains of the 100,000 souls whose home Stepanakert was only weeks before.', '2023-10-05')).toEqual([]);
  });

  it('near-miss: a count that remains is still those who stayed', () => {
    expect(figures('About 1,000 people remain in Stepanakert.', '2023-10-05').map(([t, m]) => [t, m])).toEqual([['About 1,000', 'remaining']]);
  });

  it('reads "another 23" added to a count of the same measure as a part no report gives', () => {
    const text = 'Cerca de 30 pessoas do Nagorno-Karabakh chegaram a Syunik, segundo o governador, e outras 23 entraram no país feridas.';
    expect(figures(text, '2023-09-24').map(([t, m, v]) => [t, m, v])).toEqual([
      ['Cerca de 30', 'left', 'consistent'],
      ['23', 'left', 'unverified'],
    ]);
  });

  it('near-miss: "another" before a count of another measure is a count of its own', () => {
    const text = 'In Nagorno-Karabakh 192 Azerbaijani soldiers died and another 511 were wounded.';
    expect(figures(text, '2023-09-22').map(([t, m]) => [t, m])).toEqual([
      ['192', 'killed:soldiers'],
      ['511', 'wounded'],
    ]);
  });

  it('reads leaving in "Oltre metà della popolazione", "ist schon fort" and "chegadas"', () => {
    expect(figures('Oltre metà della popolazione armena ha già lasciato il Nagorno-Karabakh.', '2023-09-28').map(([t, m]) => [t, m])).toEqual([['Oltre metà della popolazione', 'share_left']]);
    expect(figures('Mehr als die Hälfte aller Bewohner von Berg-Karabach ist schon fort.', '2023-09-28').map(([t, m]) => [t, m])).toEqual([['Mehr als die Hälfte', 'share_left']]);
    expect(figures('O governo armênio reportou mais de 115.257 chegadas do Karabakh.', '2023-10-15').map(([t, m]) => [t, m])).toEqual([['mais de 115.257', 'left']]);
  });

  it('near-miss: the middle of a week or a month is no share', () => {
    expect(figures('A metà della settimana erano arrivati 50.000 profughi dal Nagorno-Karabakh.', '2023-09-28').map(([t, m]) => [t, m])).toEqual([['50.000', 'left']]);
  });

});

describe('what event and what span', () => {
  it('gives people fleeing in a sentence that names the ended blockade to the exodus', () => {
    const text = 'She came to Armenia once the blockade had ended, at a moment when more than 100,000 people of Artsakh were fleeing their homes.';
    expect(figures(text, '2023-10-05')).toEqual([['more than 100,000', 'left', 'corroborated', 'exodus-2023']]);
  });

  it('near-miss: the population during the blockade was already the exodus’s, and a blockade’s own day stays its', () => {
    const text = 'The blockade of the Lachin corridor began in December 2022.';
    expect(figures(text, '2023-10-05').map(([t, m, , e]) => [t, m, e])).toEqual([['December 2022', 'date:blockade', 'blockade']]);
  });

  it('gives "that war" the war the sentence before dated', () => {
    const text = 'Fighting over Nagorno-Karabakh escalated in 1992, around the self-declared republic. That war left thousands of deaths and refugees on both sides.';
    expect(figures(text, '2023-09-29').filter(([t]) => t === 'thousands')).toEqual([['thousands', 'killed', 'unverified', 'war-1990s']]);
  });

  it('near-miss: with no earlier war dated before it, a toll stays the offensive’s', () => {
    const text = 'Azerbaijan attacked Nagorno-Karabakh in September 2023. That war left more than 200 dead.';
    expect(figures(text, '2023-09-29').filter(([t]) => t === 'more than 200').map(([t, m, , e]) => [t, m, e])).toEqual([['more than 200', 'killed', 'exodus-2023']]);
  });

  it('reads a journey that "duró" as the time the way out took, not the offensive’s length', () => {
    expect(figures('El viaje de Stepanakert a Goris, de 80 kilómetros, duró 30 horas para los refugiados de Nagorno Karabaj.', '2023-09-29').filter(([t]) => t === '30 horas').map(([t, m]) => [t, m])).toEqual([['30 horas', 'journey_time']]);
    expect(figures('The journey of the refugees from Stepanakert lasted 30 hours.', '2023-09-29').map(([t, m]) => [t, m])).toEqual([['30 hours', 'journey_time']]);
  });

  it('near-miss: the offensive that lasted a day stays its length', () => {
    expect(figures('The offensive in Nagorno-Karabakh lasted 24 hours.', '2023-09-29').map(([t, m]) => [t, m])).toEqual([['24 hours', 'duration']]);
  });
});
