// Statements met in fresh20 and held-out-22 (read from stop 50; sentences written for this test): an offensive
// "conducted", "iniziò", "lanzó una campaña militar", "levou a cabo", an operation named before its Russian verb, the
// "launch of" anti-terror measures, the region "ripreso con la forza"; the region's name as the subject of a
// surrender; forces that "pull out", which are no expulsion; a region "emptying of" Armenians, which is the flight, not
// an allegation; "exode forcé", "բռնի տեղահանվել"; the dissolution "aufgehört zu existieren"; a document that
// envisages no dissolution. Each with the near-miss that keeps the reading narrow.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const on = statementsOn('2023-09-30');
const later = statementsOn('2024-04-17');

describe('the offensive, in the words real reporting uses', () => {
  it('reads an offensive conducted, begun, launched or carried out in five languages', () => {
    expect(later('In September 2023 Azerbaijan conducted a military operation in Karabakh.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(later("L'anno passato Baku iniziò l'offensiva contro il Nagorno-Karabakh.")).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(later('Azerbaiyán lanzó una campaña militar relámpago en Karabaj.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(later('O Azerbaijão levou a cabo uma nova ofensiva no Nagorno-Karabakh.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
    expect(on('Военную операцию в Карабахе Азербайджан начал 19 сентября.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
  });

  it('reads the "launch of" anti-terror measures and a region "ripreso con la forza"', () => {
    expect(later('Azerbaijan’s Ministry of Defense announced the launch of "local anti-terrorist measures" in Karabakh.').map(([a, act, c]) => [a, act, c])).toEqual([['azerbaijan', 'attack', 'offensive']]);
    expect(later("Lo scorso settembre l'Azerbaigian ha ripreso con la forza il Nagorno-Karabakh.")).toEqual([['azerbaijan', 'attack', 'takeover', 'corroborated']]);
  });

  it('near-miss: an operation not begun, or a town taken back, is not the offensive', () => {
    expect(on('Azerbaijan conducted talks with the Karabakh Armenians in Yevlakh.').map(([, act]) => act)).not.toContain('attack');
    expect(later("L'Azerbaigian ha ripreso i colloqui con i rappresentanti del Nagorno-Karabakh.").map(([, act]) => act)).not.toContain('attack');
  });
});

describe('who surrendered, and what is no expulsion', () => {
  it('reads the region’s name as the subject of a surrender as its side', () => {
    expect(on('Нагорный Карабах капитулировал уже на следующий день после начала операции.')).toEqual([['separatists', 'surrender', 'disarm', 'corroborated']]);
    expect(on('On 20 September Nagorno-Karabakh surrendered.')).toEqual([['separatists', 'surrender', 'disarm', 'corroborated']]);
  });

  it('near-miss: the region’s name after a preposition is a place, and after a noun its genitive', () => {
    expect(on('Armenia surrendered nothing in talks about Nagorno-Karabakh.').map(([a]) => a)).not.toContain('separatists');
    expect(on('Местная газета Карабаха прекратит существование, сообщил редактор.')).toEqual([]);
  });

  it('reads no expulsion in forces that "pull out", nor in a region "emptying of" its Armenians', () => {
    expect(on('Under the ceasefire terms, Armenian forces in Nagorno-Karabakh have to pull out and stand down.')).toEqual([]);
    expect(on('What can be seen at the border suggests Nagorno-Karabakh is emptying of ethnic Armenians.')).toEqual([]);
  });

  it('near-miss: people forced out, or a region emptied of them by someone, is still the allegation', () => {
    expect(on('Azerbaijan forced the Armenians out of Nagorno-Karabakh.').map(([, , c, v]) => [c, v])).toEqual([['expulsion', 'disputed']]);
    expect(on('Azerbaijan is emptying Nagorno-Karabakh of its Armenians.').map(([, , c, v]) => [c, v])).toEqual([['expulsion', 'disputed']]);
  });

  it('reads "exode massif forcé" and "բռնի տեղահանվել է" as the allegation', () => {
    expect(on('Un exode massif forcé de la population arménienne du Haut-Karabakh a eu lieu.').map(([, , c, v]) => [c, v])).toEqual([['expulsion', 'disputed']]);
    expect(on('Արցախի գրեթե ամբողջ բնակչությունը բռնի տեղահանվել է։').map(([, , c, v]) => [c, v])).toEqual([['expulsion', 'disputed']]);
  });

  it('near-miss: the official name of the displaced, "բռնի տեղահանված", is no allegation', () => {
    expect(on('Կառավարությունը օգնություն է տրամադրում Արցախից բռնի տեղահանված ընտանիքներին։')).toEqual([]);
  });
});

describe('the dissolution, said and unsaid', () => {
  it('reads the republic that "aufgehört zu existieren" as dissolved', () => {
    const text = 'Mit Beginn dieses Jahres hat Berg-Karabach auf Beschluss der Behörden der nicht anerkannten Republik aufgehört zu existieren.';
    expect(later(text).map(([a, act, , v]) => [a, act, v])).toEqual([['separatists', 'dissolve', 'corroborated']]);
  });

  it('reads a document that envisages no dissolution as a dissolution denied, never corroborated', () => {
    const text = 'Shahramanyan stressed that no document in the legal field of the Republic of Artsakh envisages the dissolution of state institutions.';
    expect(statementsOn('2023-12-22')(text).map(([, act, , v]) => [act, v])).toEqual([['dissolve', 'conflicting']]);
  });

  it('near-miss: a decree that envisages the dissolution is the dissolution', () => {
    const text = 'Shahramanyan signed a decree that envisages the dissolution of all state institutions of the Republic of Artsakh.';
    expect(on(text).map(([, act, , v]) => [act, v])).toEqual([['dissolve', 'corroborated']]);
  });
});
