// Requests that the residents stay, and a denial whose particle closes a long German clause, read from real
// reporting (fresh12 kz31, kz35, kz40; written again for this project): "avait demandé aux résidents de ne pas
// quitter", "pediu aos armênios que não deixassem o enclave", "asked the Armenians not to leave", "a invité les
// habitants à rester" were read as nothing, and "wies den Vorwurf der ethnischen Säuberung in Bergkarabach zurück"
// lost its verb when more than six words stood between "wies" and "zurück".
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-09-30');

describe('a request not to leave, or to stay', () => {
  it('is a demand that the residents stay, in English, French and Portuguese', () => {
    const stay = [['azerbaijan', 'demand', 'stay', 'corroborated']];
    expect(statements('Azerbaijan asked the Armenians not to leave their homes in Karabakh.')).toEqual(stay);
    expect(statements('Il a ajouté que le gouvernement azerbaïdjanais avait demandé aux résidents arméniens de ne pas quitter leurs foyers au Karabakh.')).toEqual(stay);
    expect(statements('Bakou a invité les habitants du Haut-Karabakh à rester chez eux.')).toEqual(stay);
    expect(statements('O Azerbaijão pediu aos armênios que não deixassem o enclave de Nagorno-Karabakh.')).toEqual(stay);
  });

  it('near-miss: asked for something else, or asked a party not to act, is no word on the residents staying', () => {
    expect(statements('Armenia asked Azerbaijan not to leave the talks on Karabakh.').some((s) => s[2] === 'stay')).toBe(false);
    expect(statements("La France a invité l'Azerbaïdjan à rester à la table des négociations sur le Haut-Karabakh.").some((s) => s[2] === 'stay')).toBe(false);
  });
});

describe('a German verb whose particle closes a long clause', () => {
  it('keeps its denial across the object and the place between', () => {
    expect(statements('Aserbaidschan wies den Vorwurf der ethnischen Säuberung in Bergkarabach entschieden zurück.')).toEqual([['azerbaijan', 'deny', 'expulsion', 'corroborated']]);
  });

  it('near-miss: the particle of another sentence is not its own', () => {
    expect(statements('Aserbaidschan weist die Kritik ab. In Bergkarabach sprechen viele von ethnischer Säuberung und kehren nicht zurück.').some((s) => s[1] === 'deny')).toBe(false);
  });
});
