// A word of the region's side that only describes a noun ("local", "местная", "lokale", "lokalna")
// makes a subject the separatists' only beside a party's noun: "the local authorities agreed to lay
// down arms" is their act; "the local newspaper will cease to exist" is no act the reports address,
// and a page that says so must not be told the separatist government dissolved.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const on = statementsOn('2023-09-28');

describe("a word of the region's side that only describes a noun", () => {
  it.each([
    'The local newspaper in Stepanakert will cease to exist next year, its editor said after the offensive in Nagorno-Karabakh.',
    'Местная газета в Степанакерте прекратит существование, сообщил редактор после наступления в Карабахе.',
    'Lokalna gazeta w Stepanakercie zostanie rozwiązana po ofensywie w Górskim Karabachu.',
    // The region's name after a preposition says where, not what is dissolved.
    'Die lokale Zeitung in Stepanakert wird sich auflösen, sagte ihr Redakteur nach der Offensive in Bergkarabach.',
    'The newspaper in Stepanakert was dissolved after the offensive in Nagorno-Karabakh.',
    // The region's name beside the noun, not the adjective; or in another case.
    'Местная газета Карабаха прекратит существование, сообщил редактор после наступления.',
    "Dağlık Karabağ'daki saldırının ardından Stepanakert'teki gazete feshedildi.",
    // The act's noun with the same kind of genitive.
    'After the offensive in Nagorno-Karabakh, the dissolution of the local football club was announced.',
  ])('gives no statement when its noun is no party: %s', (text) => {
    expect(on(text)).toEqual([]);
  });

  it.each([
    'The local authorities in Stepanakert agreed to lay down arms after the offensive in Nagorno-Karabakh.',
    'After the offensive in Nagorno-Karabakh, the dissolution of the local forces was announced.',
    'Местные вооружённые формирования в Карабахе сложили оружие после наступления.',
    'Les forces locales du Haut-Karabakh ont déposé les armes après une journée de combats.',
    "Le Premier ministre a poussé l'Artsakh autoproclamé à capituler après l'offensive azerbaïdjanaise.",
    'Schahramanjan unterschreibt ein Dokument, das die nie anerkannte Republik samt ihren Institutionen für aufgelöst erklärt.',
    'The parliament of Nagorno-Karabakh was dissolved after the offensive.',
    // A noun of the side needs no other: "the separatists", "the self-proclaimed republic".
    'The separatists agreed to disband their army after the Azerbaijani offensive in Nagorno-Karabakh.',
  ])("still reads the side beside a party's noun: %s", (text) => {
    expect(on(text).map((row) => [row[0], row[3]])).toContainEqual(['separatists', 'corroborated']);
  });
});
