// "Azerbaijan denied blocking the Lachin corridor": the gerund of blocking is the act a denial takes, as "blocked"
// is the act a statement states. The reports give the blockade as Azerbaijan's, so the denial conflicts with them.
// Texts written for this project.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-09-25');

describe('a denial of blocking the corridor', () => {
  it('is read with the gerund, and conflicts with the reports', () => {
    expect(statements('Azerbaijan denied blocking the Lachin corridor.')).toEqual([['azerbaijan', 'block', 'corridor', 'conflicting']]);
  });

  it('near-miss: blocking a road elsewhere is not the corridor', () => {
    expect(statements('Azerbaijan denied blocking a road to the Caspian port.')).toEqual([]);
  });
});

// The noun of the blockade with a verb of imposing it is the act of blocking (fresh13: "L'Azerbaïdjan conteste
// avoir instauré un blocus de l'enclave"); other languages name the blockade by its noun as English does.
describe('a blockade imposed, said or denied', () => {
  it('is the act of blocking in English', () => {
    expect(statements('Azerbaijan imposed a blockade on Nagorno-Karabakh in December.')).toEqual([['azerbaijan', 'block', 'corridor', 'corroborated']]);
    expect(statements('Azerbaijan denied imposing a blockade on Nagorno-Karabakh.')).toEqual([['azerbaijan', 'block', 'corridor', 'conflicting']]);
  });

  it('is the act of blocking in French, and its denial conflicts', () => {
    expect(statements("L'Azerbaïdjan a imposé un blocus au Haut-Karabakh.")).toEqual([['azerbaijan', 'block', 'corridor', 'corroborated']]);
    expect(statements("L'Azerbaïdjan conteste avoir instauré un blocus de l'enclave du Haut-Karabakh.")).toEqual([['azerbaijan', 'block', 'corridor', 'conflicting']]);
  });

  it('near-miss: a blockade imposed by another party, on another place, is nothing the reports address', () => {
    expect(statements('On Nagorno-Karabakh, Pashinyan spoke after Israel imposed a blockade on Gaza.')).toEqual([]);
    expect(statements('Пашинян сравнил положение Нагорного Карабаха с блокадой Ленинграда.')).toEqual([]);
    expect(statements('Россия осудила блокаду Газы, заявили в Москве, говоря о Нагорном Карабахе.')).toEqual([]);
  });
});
