// Spans met in a read set (held-out-14) and the mechanisms they exercise: the offensive's day written in words
// ("nel giro di ventiquattro ore", "en vingt-quatre heures") or as a German compound ("24-stündigen Angriff"),
// a surrender in the present or an infinitive ("l'enclave rend les armes", "dovuto arrendersi"), and the
// conflict's decades beside two parties disputing the region ("ringen seit Jahrzehnten um", "ruziën al
// tientallen jaren over", "einen jahrzehntelangen Konflikt"). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate('2023-10-01')! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.event]);

describe('the offensive’s length', () => {
  it.each([
    ['it', 'I separatisti armeni del Nagorno-Karabakh erano stati battuti nel giro di ventiquattro ore e avevano dovuto arrendersi.', 'ventiquattro ore'],
    ['fr', "En vingt-quatre heures, l'enclave du Haut-Karabakh rend les armes.", 'vingt-quatre heures'],
    ['de', 'Seit dem 24-stündigen Angriff auf Bergkarabach nimmt Baku das Gebiet in Besitz.', '24-stündigen'],
    ['es', 'Los separatistas de Nagorno Karabaj capitularon en veinticuatro horas.', 'veinticuatro horas'],
  ])('%s: is read from the number in words or the compound', (_lang, text, figure) => {
    expect(figures(text)).toContainEqual([figure, 'duration', 'exodus-2023']);
  });
});

describe('the conflict’s decades beside a verb of disputing the region', () => {
  it.each([
    ['de', 'Die beiden Länder ringen schon seit Jahrzehnten um Bergkarabach.', 'Jahrzehnten'],
    ['nl', 'De twee landen ruziën al tientallen jaren over Nagorno-Karabach.', 'tientallen jaren'],
    ['pl', 'O Górski Karabach oba kraje spierają się od dekad.', 'dekad'],
    ['fr', 'Les deux pays se disputent le Haut-Karabakh depuis des décennies.', 'décennies'],
    ['de', 'Die Schlacht um Bergkarabach beendete einen jahrzehntelangen Konflikt.', 'jahrzehntelangen'],
  ])('%s: span the conflict', (_lang, text, figure) => {
    expect(figures(text)).toEqual([[figure, 'duration', 'conflict']]);
  });

  it.each([
    ['de', 'Die Unterhändler ringen seit zwei Tagen um eine Einigung über Bergkarabach.'],
    ['nl', 'De ministers ruziën al twee dagen over de tekst over Nagorno-Karabach.'],
    ['fr', "Les négociateurs s'affrontent depuis trois jours sur le texte sur le Haut-Karabakh."],
  ])('near-miss (%s): days of talks or a quarrel are no length the reports give', (_lang, text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('decades with no number', () => {
  it('near-miss: decades of another country’s war, before a clause about Karabakh, are not the conflict’s', () => {
    expect(figures('South Sudan seceded in 2011 after decades of war; the Karabakh Armenians hoped for the same.')).toEqual([]);
  });
});
