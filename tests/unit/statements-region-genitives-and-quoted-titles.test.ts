// Statements met in fresh22 (read from stop 52; sentences written for this test): a body named by Armenia's adjective
// whose genitive is the region ("as autoridades arménias do Nagorno-Karabakh", "les autorités arméniennes du
// Haut-Karabakh", "die armenischen Behörden Bergkarabachs") read as the state of Armenia, and its surrender called
// conflicting; an outlet's quoted name with a case ending glued to the quote ("Sputnik Ermənistan"a deyib) read as
// Armenia speaking; Portuguese "recuperou o controlo" (European spelling), "lançou um bombardeamento", "promoveu uma
// ofensiva" and "conquistaram partes de Nagorno-Karabakh" not read; a surrender to Azerbaijan named in the dative with
// no preposition ("сдались Азербайджану", "se vzdaly Ázerbájdžánu") not read; "the never-recognised republic dissolved"
// read as a dissolution denied (the "never" of the adjective taken for the verb's). Each with the near miss that keeps the reading narrow.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const on = statementsOn('2023-10-02');
const actors = (rows: Array<Array<string | null>>) => rows.map(([actor]) => actor);
const acts = (rows: Array<Array<string | null>>) => rows.map(([, act]) => act);

describe('a body of Armenians whose genitive is the region is the region’s', () => {
  it('reads the surrender of "the Armenian authorities of Karabakh" as the separatists’ in five languages', () => {
    const surrender = ['separatists', 'surrender', 'disarm', 'corroborated'];
    expect(on('O Azerbaijão lançou uma ofensiva, forçando as autoridades arménias do Nagorno-Karabakh a capitular.')).toContainEqual(surrender);
    expect(on('L’Azerbaïdjan a lancé une offensive, forçant les autorités arméniennes du Haut-Karabakh à capituler.')).toContainEqual(surrender);
    expect(on('Azerbaiyán lanzó una ofensiva, obligando a las autoridades armenias de Nagorno Karabaj a capitular.')).toContainEqual(surrender);
    expect(on('O Azerbaijão lançou uma ofensiva, forçando os dirigentes arménios do Alto Carabaque a capitular.')).toContainEqual(surrender);
    expect(on('Aserbaidschan startete eine Offensive und zwang die armenischen Behörden Bergkarabachs zur Kapitulation.').map(([a, act]) => [a, act])).toContainEqual(['separatists', 'surrender']);
  });

  it('near miss: Armenia’s government named with its leader stays Armenia', () => {
    expect(actors(on('The Armenian government of Nikol Pashinyan accused Azerbaijan of ethnic cleansing in Nagorno-Karabakh.'))).toEqual(['armenia']);
    expect(actors(on('Le gouvernement arménien a accusé l’Azerbaïdjan de nettoyage ethnique au Haut-Karabakh.'))).toEqual(['armenia']);
  });
});

describe('a quoted title is no party', () => {
  it('reads no statement of Armenia’s in what a spokeswoman told "Sputnik Ermənistan"', () => {
    expect(actors(on('Zara Amatuni "Sputnik Ermənistan"a deyib ki, bu insanlar öz istəkləri ilə Qarabağdan köçürülüblər.'))).not.toContain('armenia');
  });

  it('near miss: a name with its ending after an apostrophe, as Turkish writes names, is still the party', () => {
    expect(on("Ermenistan'ın Başbakanı Paşinyan, Azerbaycan'ı Karabağ'da etnik temizlik yapmakla suçladı.")).toContainEqual(['armenia', 'accuse', 'expulsion', 'corroborated']);
  });
});

describe('Portuguese words of the offensive and the takeover', () => {
  it('reads "recuperou o controlo", "lançou um bombardeamento", "promoveu uma ofensiva" and "conquistaram partes de"', () => {
    const on24 = statementsOn('2024-04-18');
    expect(on24('No ano passado, o Azerbaijão recuperou o controlo total desta região de Nagorno-Karabakh.')).toContainEqual(['azerbaijan', 'attack', 'takeover', 'corroborated']);
    expect(on24('O Azerbaijão lançou um bombardeamento relâmpago em setembro de 2023 contra Nagorno-Karabakh.')).toContainEqual(['azerbaijan', 'attack', 'offensive', 'corroborated']);
    expect(on24('Baku promoveu uma ofensiva relâmpago para tomar os territórios de Nagorno-Karabakh.')).toContainEqual(['azerbaijan', 'attack', 'offensive', 'corroborated']);
    expect(on24('Em setembro, as forças azeris conquistaram partes de Nagorno-Karabakh.')).toContainEqual(['azerbaijan', 'attack', 'takeover', 'corroborated']);
  });

  it('near miss: conquering a market or a title is no takeover', () => {
    expect(on('A empresa arménia conquistou o mercado do Azerbaijão, disse o ministro em Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('a surrender to Azerbaijan in the dative', () => {
  it('reads "сдались Азербайджану" and "se vzdaly Ázerbájdžánu" as the separatists’ surrender', () => {
    const surrender = ['separatists', 'surrender', 'disarm', 'corroborated'];
    expect(on('Карабахские сепаратисты сдались Азербайджану.')).toContainEqual(surrender);
    expect(on('Síly arménských separatistů v Náhorním Karabachu se vzdaly Ázerbájdžánu.')).toContainEqual(surrender);
  });

  it('near miss: giving oneself up to the police is no surrender of the forces', () => {
    expect(acts(on('В Нагорном Карабахе двое сепаратистов сдались полиции.'))).not.toContain('surrender');
  });
});

describe('a "never" inside the region’s adjective negates nothing', () => {
  it('reads "the never-recognised republic dissolved itself" as the dissolution, in English and Spanish', () => {
    const on24 = statementsOn('2024-01-02');
    expect(on24('The never-recognised republic of Nagorno-Karabakh dissolved itself on 1 January 2024.')).toContainEqual(['separatists', 'dissolve', 'dissolution', 'corroborated']);
    expect(on24('La república nunca reconocida de Nagorno Karabaj se disolvió el 1 de enero de 2024.')).toContainEqual(['separatists', 'dissolve', 'dissolution', 'corroborated']);
  });

  it('near miss: a "never" before the verb still negates it', () => {
    const on24 = statementsOn('2024-01-02');
    expect(on24('The separatist republic of Nagorno-Karabakh never dissolved itself, its former leaders said.').map(([, , , verdict]) => verdict)).not.toContain('corroborated');
  });
});
