// Statements met in fresh21 (read from stop 51; sentences written for this test): a pledge after Spanish "si bien"
// (although), which is no condition; a causative with its object pronoun glued on ("obligándolas a capitular",
// "obrigando-as a capitular"); Italian "l'avvio di misure antiterrorismo"; armed forces that "were disarmed" in four
// languages; "les autorités du Karabakh" and "l'autorité non reconnue du Karabakh" as the separatists; the region's
// institutions, named after their noun, as the doer of their own dissolution; an offensive "by" its doer.
// Each with the near miss that keeps the reading narrow.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const on = statementsOn('2023-10-02');
const acts = (rows: Array<Array<string | null>>) => rows.map(([, act]) => act);

describe('a concession is no condition', () => {
  it('reads the pledge after "si bien"', () => {
    expect(on('Si bien Bakú ha prometido respetar los derechos de los armenios de Nagorno Karabaj, la mayoría se ha ido.')).toContainEqual(['azerbaijan', 'pledge', 'rights', 'corroborated']);
  });

  it('near miss: after a plain "si" the pledge stays hypothetical', () => {
    expect(acts(on('Si Bakú promete respetar los derechos de los armenios de Nagorno Karabaj, algunos podrían volver.'))).not.toContain('pledge');
  });
});

describe('a causative with its pronoun glued on', () => {
  it('reads the surrender forced on the region’s forces in Spanish and Portuguese', () => {
    expect(on('El ejército azerbaiyano venció rápidamente a las fuerzas armenias de la región, obligándolas a capitular.')).toEqual([['separatists', 'surrender', 'disarm', 'corroborated']]);
    expect(on('O exército do Azerbaijão venceu as forças arménias da região, obrigando-as a capitular.')).toEqual([['separatists', 'surrender', 'disarm', 'corroborated']]);
  });

  it('near miss: forced to wait, or to give up positions, is no surrender', () => {
    expect(acts(on('El ejército azerbaiyano detuvo a los refugiados de la región, obligándolos a esperar.'))).not.toContain('surrender');
    expect(acts(on('El ejército azerbaiyano atacó a las fuerzas armenias de la región, obligándolas a abandonar sus posiciones.'))).not.toContain('surrender');
  });
});

describe('the offensive launched, the forces disarmed', () => {
  it('reads Italian "l’avvio di misure antiterrorismo" as the offensive', () => {
    expect(on('Il 19 settembre l’Azerbaigian ha annunciato l’avvio di misure antiterrorismo nel Nagorno-Karabakh.').map(([a, act, c]) => [a, act, c])).toEqual([['azerbaijan', 'attack', 'offensive']]);
  });

  it('near miss: the launch of talks is no offensive', () => {
    expect(acts(on('L’Azerbaigian ha annunciato l’avvio di colloqui con i rappresentanti del Nagorno-Karabakh.'))).not.toContain('attack');
  });

  it('reads the region’s forces "were disarmed" in Italian, Spanish, Portuguese and French', () => {
    for (const text of [
      'Le formazioni armate della cosiddetta Repubblica del Nagorno-Karabakh furono disarmate.',
      'Las fuerzas separatistas de Nagorno Karabaj fueron desarmadas.',
      'As forças separatistas de Nagorno-Karabakh foram desarmadas.',
      'Les forces séparatistes du Haut-Karabakh ont été désarmées.',
    ]) expect(on(text), text).toEqual([['separatists', 'surrender', 'disarm', 'corroborated']]);
  });

  it('near miss: soldiers disarmed at a border, with no party named, are nobody’s surrender', () => {
    expect(on('I soldati arrestati al confine sono stati disarmati e poi rilasciati.')).toEqual([]);
  });

  it('near miss: French "sont désarmés" (helpless) is no surrender', () => {
    // The review of this change: "sont" had been among the auxiliaries of the passive.
    expect(on('Les civils arméniens sont désarmés face aux drones azerbaïdjanais au Haut-Karabakh.')).toEqual([]);
  });
});

describe('the region’s authorities and institutions', () => {
  it('reads "l’autorité non reconnue du Karabakh" as the separatists who dissolve their institutions', () => {
    expect(on('Passée sous la coupe de Bakou, l’autorité non reconnue du Karabakh a annoncé hier la dissolution de ses institutions étatiques.')).toContainEqual(['separatists', 'dissolve', 'dissolution', 'corroborated']);
  });

  it('reads the region’s institutions, named after their noun, dissolved, in French and Polish', () => {
    expect(acts(on('Toutes les institutions du Haut-Karabakh seront dissoutes le 1er janvier.'))).toEqual(['dissolve']);
    expect(acts(on('Wszystkie instytucje Karabachu zostaną rozwiązane 1 stycznia.'))).toEqual(['dissolve']);
  });

  it('near miss: another state’s institutions dissolved are not the region’s', () => {
    expect(acts(on('En 1991, les institutions de l’Union soviétique ont été dissoutes et le Haut-Karabakh a proclamé son indépendance.'))).not.toContain('dissolve');
  });
});

describe('an offensive with its doer after it', () => {
  it('reads "a lightning military offensive by Azerbaijan"', () => {
    expect(on('Nagorno-Karabakh has just suffered a lightning military offensive by Azerbaijan.')).toEqual([['azerbaijan', 'attack', 'offensive', 'corroborated']]);
  });

  it('near miss: the 2020 war’s offensive and Armenia’s counter-offensive are no claim of the offensive', () => {
    expect(acts(on('The offensive by Azerbaijan in 2020 lasted 44 days.'))).not.toContain('attack');
    expect(acts(on('A counter-offensive by Armenia was feared in Nagorno-Karabakh.'))).not.toContain('attack');
  });

  it('near miss: an offensive denounced by Armenia stays Armenia’s accusation, its doer a name inside it', () => {
    // French "l'offensive de Bakou" was tried as an offensive with its doer and left out: the accusation around it in
    // the golden held-out statements lost its accuser (tests/cli/statements.test.ts).
    expect(on('L’offensive de Bakou a été dénoncée comme un « nettoyage ethnique » par les autorités arméniennes.')).toEqual([['armenia', 'accuse', 'offensive+expulsion', 'corroborated']]);
  });
});
