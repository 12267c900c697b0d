// The thirteenth figures round for en, de, fr, es, it, nl, pt (held-out-2 as tuning): a dissolution's
// day in every verb form, a lead that names the region only by a descriptor, numerals written as one
// word from a digit and a hundred or a thousand, and a casualty word right after a count that a verb
// of leaving governs.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

function claimsOf(text: string, date: string) {
  return extractClaims(text, { pageDay: parseIsoDate(date)! }).map((c) => ({ text: c.text, measure: c.measure }));
}

describe("a dissolution's day", () => {
  it('is read with the verb in any form (fr, nl, es)', () => {
    expect(claimsOf('Au Haut-Karabakh, les institutions seront toutes dissoutes d’ici le 1er janvier 2024.', '2023-09-29')).toContainEqual({ text: '1er janvier 2024', measure: 'date:dissolution' });
    expect(claimsOf('Nagorno-Karabach houdt per 1 januari 2024 op te bestaan, meldt het bestuur.', '2023-09-29')).toContainEqual({ text: '1 januari 2024', measure: 'date:dissolution' });
    expect(claimsOf('Un decreto de Nagorno Karabaj disuelve todas las instituciones a partir del 1 de enero.', '2023-09-29')).toContainEqual({ text: '1 de enero', measure: 'date:dissolution' });
  });

  it('is read in a lead that names the region only as "the unrecognised republic" (fr, en)', () => {
    const fr = 'Le chef de la république non reconnue a signé un décret : la région cessera d’exister à partir du 1er janvier 2024.\n\nLes habitants du Haut-Karabakh fuient vers l’Arménie.';
    expect(claimsOf(fr, '2023-09-29')).toContainEqual({ text: '1er janvier 2024', measure: 'date:dissolution' });
    const en = 'The leader of the unrecognised republic signed a decree: it will cease to exist on 1 January 2024.\n\nResidents of Nagorno-Karabakh keep fleeing to Armenia.';
    expect(claimsOf(en, '2023-09-29')).toContainEqual({ text: '1 January 2024', measure: 'date:dissolution' });
  });
});

describe('a numeral written as one word from a digit and a hundred or a thousand', () => {
  it('is a count in Dutch and German', () => {
    expect(claimsOf('Bij de explosie in Nagorno-Karabach vielen tweehonderd doden.', '2023-09-26')).toContainEqual({ text: 'tweehonderd', measure: 'killed' });
    expect(claimsOf('Dreitausend Flüchtlinge aus Berg-Karabach kamen in Armenien an.', '2023-09-26')).toContainEqual({ text: 'Dreitausend', measure: 'left' });
  });

  it('is listed in the languages that write it so, not made up for the others: an Italian century is no count', () => {
    expect(claimsOf('Nel Novecento il Nagorno-Karabakh contava molti abitanti armeni.', '2023-09-26')).toEqual([]);
  });
});

describe('a casualty word right after a count that a verb of leaving governs', () => {
  it('says what is counted (pt, es, en)', () => {
    expect(claimsOf('A explosão no depósito de combustível em Nagorno-Karabakh deixou 20 feridos.', '2023-09-26')).toContainEqual({ text: '20', measure: 'wounded' });
    expect(claimsOf('La explosión del depósito en Nagorno Karabaj dejó 20 heridos.', '2023-09-26')).toContainEqual({ text: '20', measure: 'wounded' });
    expect(claimsOf('In Nagorno-Karabakh, the fuel depot blast left 20 injured.', '2023-09-26')).toContainEqual({ text: '20', measure: 'wounded' });
  });

  it('leaves a count of people who left as it was', () => {
    expect(claimsOf('Yesterday 2,000 people left Nagorno-Karabakh for Armenia.', '2023-09-26')).toContainEqual({ text: '2,000', measure: 'left' });
  });
});

describe('the German reflexive "sich lösen"', () => {
  it('dissolves only the republic named with it: a shot that went off is no dissolution', () => {
    expect(claimsOf('In Berg-Karabach löste sich am 20. September ein Schuss.', '2023-10-02').map((c) => c.measure)).not.toContain('date:dissolution');
  });
});
