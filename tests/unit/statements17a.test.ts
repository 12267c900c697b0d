// Round 17a: statements read from clause structure (issue 13): arms handed over in any phrasing,
// agentless passives of the region's own acts, causatives with a pronoun or after the act.
import { describe, expect, it } from 'vitest';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const acts = (text: string) => frames(text).map((f) => [f.actor ?? f.unnamedDoer ?? f.undergoer, f.action, f.concepts.join(',')]);
const surrenders = (text: string) => frames(text).filter((f) => f.action === 'surrender').map((f) => f.actor ?? f.unnamedDoer ?? f.undergoer);

describe('arms and a verb of giving them up, in either order, are a surrender', () => {
  it.each([
    ['en', 'The Karabakh separatists handed over to the peacekeepers all their heavy artillery.'],
    ['pt', 'Os separatistas do Karabakh entregaram aos militares russos tanques, blindados e munições.'],
    ['it', 'Secondo Mosca, i separatisti del Karabakh hanno consegnato ai militari russi i loro blindati e le munizioni.'],
    ['fr', 'Les séparatistes du Karabakh ont remis aux soldats russes leurs blindés et leurs munitions.'],
  ])('%s: the separatists', (_, text) => {
    expect(surrenders(text)).toEqual(['separatists']);
  });
  it.each([
    ['es', 'Según Moscú, el armamento de las fuerzas de Karabaj ha empezado a ser entregado.'],
    ['en', 'According to Moscow, the armoured vehicles of the Karabakh army have been handed over.'],
  ])('%s: arms as the subject of a passive with no agent: the region’s side, not the source', (_, text) => {
    expect(surrenders(text)).toEqual(['separatists']);
  });
  it.each([
    ['en', 'Russia handed over weapons to Armenia in 2020, the report on Karabakh says.'],
    ['es', 'Rusia entregó armas a Armenia antes de la guerra de Karabaj.'],
    ['de', 'Aserbaidschan hat von Israel Waffen übergeben bekommen, heißt es in Berg-Karabach.'],
  ])('near-miss, %s: arms given by another party are no surrender', (_, text) => {
    expect(surrenders(text)).toEqual([]);
  });
  it('near-miss: arms and the verb in different clauses are no pair', () => {
    expect(surrenders('The separatists kept their weapons; the convoys were handed over to the Red Cross in Karabakh.')).toEqual([]);
  });
});

describe('an agentless passive of an act only the region’s side does is that side’s, not the source’s', () => {
  it.each([
    ['en', 'According to Moscow, the weapons have been surrendered in Karabakh.', 'surrender'],
    ['es', 'Según Rusia, las armas de Karabaj ya han sido entregadas.', 'surrender'],
  ])('%s', (_, text, act) => {
    expect(frames(text).filter((f) => f.action === act).map((f) => [f.actor, f.unnamedDoer ?? f.undergoer])).toEqual([[null, 'separatists']]);
  });
  it('near-miss: an auxiliary of another verb phrase makes no passive', () => {
    expect(surrenders('Refugees from Karabakh hoped the fighting would be over and the weapons handed over soon.').filter((d) => d !== null)).toEqual([]);
  });
});

describe('a causative whose forced party is a pronoun, or that follows the act', () => {
  it.each([
    ['fr', "L'armée azerbaïdjanaise a encerclé les combattants arméniens du Karabakh et les a forcés à capituler."],
    ['en', 'The Azerbaijani army encircled the Armenian fighters in Karabakh and forced them to surrender.'],
    ['de', 'Vergangene Woche hatte Aserbaidschan die örtlichen Behörden in Karabach mit einem schnellen, harten Angriff zur Kapitulation gezwungen.'],
    ['nl', 'Vorige week had Azerbeidzjan de separatisten in Karabach met een snelle aanval tot overgave gedwongen.'],
  ])('%s: the separatist side surrenders, not the forcer', (_, text) => {
    expect(surrenders(text)).toEqual(['separatists']);
  });
  it.each([
    ['en', 'The Azerbaijani army forced them to surrender, the report on Karabakh says.'],
    ['de', 'Die Aufgabe der Beobachter in Berg-Karabach sei schwer, sagte Aserbaidschan.'],
  ])('near-miss, %s: no one of the region named for the pronoun, or no causative', (_, text) => {
    expect(surrenders(text).filter((d) => d !== null)).toEqual([]);
  });
});

describe('a causative across an aside between commas, or after a verb that takes content, still governs the act', () => {
  it.each([
    ['en', 'Baku secured a quick victory in Karabakh, forcing the separatists, shelled for a day and abandoned by Yerevan, to capitulate.'],
    ['it', 'Baku ha ottenuto in poche ore una vittoria in Karabakh, costringendo i separatisti, isolati da Erevan, a capitolare.'],
    ['pt', 'Baku garantiu em poucas horas uma vitória no Karabakh, obrigando os separatistas, cercados e sem apoio de Erevan, a capitular.'],
  ])('%s: the separatists capitulate, not Baku', (_, text) => {
    expect(surrenders(text)).toEqual(['separatists']);
  });
  it('near-miss: a causative in another clause joined by "and" does not reach the act', () => {
    expect(surrenders('Baku forced Yerevan to accept talks, and the separatists in Karabakh capitulated.')).toEqual(['separatists']);
  });
});

describe('an agentless passive is the region’s side’s only when what undergoes it is that side’s', () => {
  const dissolvers = (text: string) => frames(text).filter((f) => f.action === 'dissolve').map((f) => f.actor ?? f.unnamedDoer ?? f.undergoer);
  it.each([
    ['en', 'The separatist republic was dissolved, the Kremlin said.'],
    ['es', 'La república separatista de Karabaj fue disuelta, según el Kremlin.'],
  ])('%s: the separatists, not the source', (_, text) => {
    expect(dissolvers(text)).toEqual(['separatists']);
  });
  it.each([
    ['fr', "Quand l'Union soviétique a été dissoute, le Karabakh a proclamé son indépendance."],
    ['es', 'Cuando la Unión Soviética fue disuelta, Karabaj proclamó su independencia.'],
  ])('near-miss, %s: another state’s dissolution has no doer read from the region', (_, text) => {
    expect(dissolvers(text).filter((d) => d !== null)).toEqual([]);
  });
});

describe('the noun of an act tied by a genitive to the region’s side is that side’s act, whatever verb governs it', () => {
  it.each([
    ['pt', 'A ofensiva de Baku terminou com a rendição da república separatista.'],
    ['fr', "L'offensive de Bakou s'est achevée par la capitulation des autorités séparatistes du Karabakh."],
    ['en', 'The offensive ended within a day in the surrender of the Nagorno-Karabakh Republic.'],
  ])('%s: the separatists surrendered', (_, text) => {
    expect(surrenders(text)).toEqual(['separatists']);
  });
  it.each([
    ['en', 'The offensive ended with the capitulation of Armenia, Karabakh residents said.'],
    ['en', 'Baku demanded the surrender of the separatist forces in Karabakh.'],
  ])('near-miss, %s: another party’s capitulation, or a demand for it, is no surrender read as done', (_, text) => {
    expect(surrenders(text)).toEqual([]);
  });
});

describe('a causative whose forced party only names the region', () => {
  it('en: Karabakh’s army is the region’s side', () => {
    expect(surrenders('The offensive that forced Karabakh’s small army to give up its weapons lasted a day.')).toEqual(['separatists']);
  });
  it('near-miss: "no guns to put down" is no surrender', () => {
    expect(surrenders('Armenian refugees from Karabakh said they had no guns to put down.')).toEqual([]);
  });
});

describe('an act read from a genitive lends its doer to no act after it', () => {
  it('es: the dissolution of "their armed forces" after the republic’s capitulation is no one’s we can name', () => {
    const read = frames('La ofensiva azerbaiyana acabó con la capitulación de la autoproclamada República de Artsaj y la disolución de sus fuerzas armadas.');
    expect(read.filter((f) => f.action === 'surrender' && f.actor !== null).map((f) => f.actor)).toEqual(['separatists']);
    // (The dissolution of armed forces is their disarming, st24b: StatementLexicon.armedBodies; still no one's.)
    expect(read.slice(1).map((f) => f.actor ?? f.unnamedDoer).filter((d) => d !== null)).toEqual([]);
  });
});
