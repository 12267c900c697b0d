// The offensive and the dissolution in the words real reporting used (fresh14 kv01-kv28, read from stop 44;
// written again for this project): a start of "anti-terrorist" operations or measures, quoted or not; a taking of
// control in Italian; a decree "ending the existence" of the republic; the capitulation signed; a statement of fact
// beside an act in one sentence. Each with the near-miss that keeps the words to this event.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-09-21');

describe('the start of the offensive', () => {
  it('is a start of operations or measures Baku called anti-terrorist, in quotation marks or not', () => {
    expect(statements('Baku launched what it called "anti-terrorist measures" in Nagorno-Karabakh on Tuesday.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(statements("L'Azerbaïdjan a lancé des « opérations antiterroristes » au Haut-Karabakh.")).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(statements('Aserbaidschan startete in Berg-Karabach eine Militäroffensive.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(statements('Азербайджан начал военную операцию в Нагорном Карабахе.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(statements('O Azerbaijão iniciou a operação contra Nagorno-Karabakh na terça-feira.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
  });

  it('is an Italian taking of control', () => {
    expect(statements("L'Azerbaigian ha preso il controllo del territorio separatista del Nagorno-Karabakh con un'offensiva militare.").map(([a, act]) => [a, act])).toEqual([['azerbaijan', 'attack']]);
  });

  it('near-miss: an operation of another kind, or an attack of another year, is not it', () => {
    expect(statements('In Nagorno-Karabakh, Azerbaijan launched a reconstruction programme on Tuesday.')).toEqual([]);
    expect(statements('In April 2016, Azerbaijan launched a military operation in Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('the end of the republic', () => {
  it('is a decree "ending" or "terminating" its existence', () => {
    expect(statements('Samvel Shahramanyan, the head of Nagorno-Karabakh, signed a decree ending the existence of the unrecognised republic.', )).toEqual([['separatists', 'dissolve', 'dissolution', 'corroborated']]);
    expect(statements('Samvel Shahramanyan, the head of Nagorno-Karabakh, signed on Thursday a decree to terminate the existence of the republic.')).toEqual([['separatists', 'dissolve', 'dissolution', 'corroborated']]);
  });

  it('near-miss: the end of something else’s existence is not the republic’s', () => {
    expect(statements('In Nagorno-Karabakh, the new law ended the existence of the old school.')).toEqual([]);
  });
});

describe('a statement of fact beside an act', () => {
  it('is a statement of its own when it is about another matter', () => {
    expect(statements("When Baku launched its offensive, soldiers of Armenia's own army were still deployed inside Karabakh.").map(([a, act, c]) => [a, act, c])).toEqual([
      ['azerbaijan', 'attack', 'offensive'],
      [null, null, 'armenia-army-presence'],
    ]);
  });
});

describe('the capitulation', () => {
  it('is signed by the region’s authorities', () => {
    expect(statements('Власти непризнанной Нагорно-Карабахской республики решили подписать капитуляцию перед Азербайджаном.').map(([a, act]) => [a, act])).toContainEqual(['separatists', 'surrender']);
  });
});
