// A role tied to its state, opening the sentence before an apposition with the person's name: "The ambassador of
// Azerbaijan, Leyla Abdullayeva, denied …". The name between commas hid the subject, and the statement was left with
// no one named and dropped (fresh12 kz31, French, written again for this project). Ambassadors are now offices in
// every lexicon that lists offices, and French elided "d'" is a preposition.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-09-30');

describe('a role and its state before an apposition', () => {
  it('is the subject of the act after the name, in English and French', () => {
    expect(statements('The ambassador of Azerbaijan, Leyla Abdullayeva, denied that there was ethnic cleansing in Karabakh.')).toEqual([['azerbaijan', 'deny', 'expulsion', 'corroborated']]);
    expect(statements("Au journal du soir, l'ambassadrice d'Azerbaïdjan en France, Leyla Abdullayeva, a contesté qu'il s'agisse d'un nettoyage ethnique au Karabakh.")).toEqual([['azerbaijan', 'deny', 'expulsion', 'corroborated']]);
    expect(statements("Le porte-parole de l'Azerbaïdjan, Aykhan Hajizada, a démenti tout nettoyage ethnique au Karabakh.")).toEqual([['azerbaijan', 'deny', 'expulsion', 'corroborated']]);
  });

  it('near-miss: a role with no state, or a crowd in a place, names no one, and no statement is shown', () => {
    expect(statements('In Baku, the ambassador, Leyla Abdullayeva, denied that there was ethnic cleansing in Karabakh.')).toEqual([]);
    expect(statements('In the streets of Yerevan, a crowd of protesters, many of them students, accused Azerbaijan of ethnic cleansing in Karabakh.')).toEqual([]);
  });
});
