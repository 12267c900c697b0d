// Words of real reporting the statement lexicons lacked (fresh11 kx07, kx09, kx10, kx35, kx37; fresh12 kz19;
// written again for this project): taking control and moving troops in Russian, taking or regaining control in
// English, beginning an attack in Dutch, the Czech locative of "ethnic cleansing" and its object-first denial,
// and a call to merge into Azerbaijan.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';
import { readFrames } from '../../lib/statements/reader';

const statements = statementsOn('2023-09-30');

describe('the offensive and the takeover', () => {
  it('is read from taking control and moving troops (Russian, English, Dutch)', () => {
    expect(statements('Азербайджан взял под контроль Нагорный Карабах.')).toEqual([['azerbaijan', 'attack', 'takeover', 'corroborated']]);
    expect(statements('Азербайджан двинул войска на Нагорный Карабах.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(statements('Azerbaijan regained control of Nagorno-Karabakh.')).toEqual([['azerbaijan', 'attack', 'takeover', 'corroborated']]);
    expect(statements('Azerbaijan took control of Nagorno-Karabakh within a day.')).toEqual([['azerbaijan', 'attack', 'takeover', 'corroborated']]);
    expect(statements('Dinsdag begon Azerbeidzjan een aanval op Nagorno-Karabach.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
  });

  it('near-miss: control taken by no party the reports name, or elsewhere, is nothing', () => {
    expect(statements('In Syria, the rebels took control of the town.')).toEqual([]);
    expect(statements('Местные власти взяли под контроль цены на хлеб.')).toEqual([]);
  });
});

describe('accusation and denial in Czech', () => {
  it('reads the locative "o etnické čistce" and the object-first "obvinění odmítá"', () => {
    expect(statements('Arménský premiér Nikol Pašinjan hovoří o etnické čistce v Náhorním Karabachu. Baku obvinění odmítá.')).toEqual([
      ['armenia', 'say', 'expulsion', 'corroborated'],
      ['azerbaijan', 'deny', 'expulsion', 'corroborated'],
    ]);
  });
});

describe('reintegration in Russian', () => {
  it('reads a call to merge into Azerbaijan, and a return into its composition as the same key term', () => {
    expect(statements('Алиев призвал армян Карабаха влиться в Азербайджан.')).toEqual([['azerbaijan', 'demand', 'reintegration', 'corroborated']]);
    const text = 'Баку заявил, что стремится вернуть карабахских армян в состав страны.';
    expect(readFrames(text, [{ start: 0, end: text.length }]).map((f) => [f.actor, f.concepts.join('+')])).toEqual([['azerbaijan', 'reintegration']]);
  });
});
