// Statements real reporting made that the reader missed (fresh15 ku01-ku30, read from stop 45; every sentence
// written again for this project): an offensive "begun", "started", "led by" or "развернуто", an enclave "attacked"; a reported attack
// whose purpose is an allegation; a passive charge ("Baku has been accused of blocking …"); the blockade
// recalled; the Stepanakert-Goris road; Italian "il blocco attuato da"; a decree putting an end
// to the republic's existence in five languages; sovereignty or territorial integrity restored; a promise in
// the speaker's own words after a colon; the Azerbaijani president's envoy by name. Each with the
// near-miss that keeps the words to what the reports address.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-09-21');
const offensive = [['azerbaijan', 'attack', 'offensive', 'corroborated']];

describe('the offensive begun', () => {
  it('is Azerbaijan beginning or starting an offensive or a military operation', () => {
    expect(statements('Armenian separatist forces in Nagorno-Karabakh stopped fighting on Wednesday, a day after Baku began an offensive to restore control.')).toContainEqual(offensive[0]);
    expect(statements('Am 19. September begann Aserbaidschan in Karabach eine militärische Operation.')).toEqual(offensive);
    expect(statements('Azerbeidzjan begon dinsdag een offensief in Nagorno-Karabach.')).toEqual(offensive);
    expect(statements('Azerbejdżan rozpoczął we wtorek ofensywę w Górskim Karabachu.')).toEqual(offensive);
    expect(statements('Azerbaiyán inició el martes una ofensiva contra Nagorno Karabaj.')).toEqual(offensive);
  });

  it('is an operation led or launched by Azerbaijan’s forces, and Russian "развернул"', () => {
    expect(statements("Bakou a défendu l'opération antiterroriste menée par les forces azerbaïdjanaises dans le Haut-Karabakh.")).toContainEqual(offensive[0]);
    expect(statements('The offensive launched by Azerbaijan in Nagorno-Karabakh lasted a day.')).toEqual(offensive);
    expect(statements('19 сентября Баку развернул «антитеррористические мероприятия» в Карабахе.')).toEqual(offensive);
  });

  it('is the enclave attacked by Azerbaijan’s army', () => {
    expect(statements('El martes, el ejército azerbaiyano atacó el enclave de Nagorno Karabaj.')).toEqual(offensive);
    expect(statements('On Tuesday Azerbaijan attacked the enclave of Nagorno-Karabakh.')).toEqual(offensive);
  });

  it('near-miss: an attack on something else, or a bare attack, is not it', () => {
    expect(statements('In Nagorno-Karabakh, Azerbaijan began a reconstruction programme on Tuesday.')).toEqual([]);
    expect(statements('When Baku attacked, the residents of Nagorno-Karabakh hid in cellars.')).toEqual([]);
  });
});

describe('a reported attack whose purpose is an allegation', () => {
  it('is the speaker’s allegation, as saying it plainly is', () => {
    const read = statements('Pashinyan told reporters that Azerbaijan had begun a ground offensive aimed at ethnically cleansing Nagorno-Karabakh of its Armenians.');
    expect(read.map(([actor, action]) => [actor, action])).toEqual([['armenia', 'say']]);
    expect(read[0]![3]).toBe('corroborated');
  });
});

describe('a passive charge', () => {
  it('makes the one accused the doer of the deed', () => {
    expect(statements('Baku has been accused of blocking the Lachin corridor, the only road between Nagorno-Karabakh and Armenia.')).toEqual([['azerbaijan', 'block', 'corridor', 'corroborated']]);
  });

  it('near-miss: an active charge keeps the accused as doer and the accuser as speaker', () => {
    expect(statements('Yerevan accused Baku of blocking the Lachin corridor to Nagorno-Karabakh.').map(([actor, action]) => [actor, action])).toEqual([['azerbaijan', 'block']]);
  });
});

describe('the blockade recalled', () => {
  it('is read on a page of the offensive’s days', () => {
    expect(statements('Azerbaiyán bloqueó el 12 de diciembre la ruta Stepanakert-Goris, único enlace entre Nagorno Karabaj y Armenia.')).toEqual([['azerbaijan', 'block', 'corridor', 'corroborated']]);
    expect(statements("Secondo Erevan, il blocco attuato dall'Azerbaigian lungo il Corridoio di Lachin ha isolato il Nagorno-Karabakh.")).toEqual([['azerbaijan', 'block', 'corridor', 'corroborated']]);
  });

  it('near-miss: a page of the blockade’s own months is about that event, and gets nothing', () => {
    expect(statementsOn('2023-01-20')('Azerbaijan has blocked the Lachin corridor to Nagorno-Karabakh since December.')).toEqual([]);
  });

  it('near-miss: "in blocco" (wholesale) is no blockade', () => {
    expect(statements("Baku ha respinto in blocco l'accusa di pulizia etnica nel Nagorno-Karabakh.").map(([, action]) => action)).not.toContain('block');
  });
});

describe('the end of the republic', () => {
  it('is a decree putting an end to its existence, in French, Spanish, Italian and Portuguese', () => {
    const dissolved = [['separatists', 'dissolve', 'dissolution', 'corroborated']];
    expect(statements("Samvel Chahramanian a signé un décret mettant fin à l'existence de la république du Haut-Karabakh.")).toEqual(dissolved);
    expect(statements('Samvel Shahramanián firmó un decreto que pone fin a la existencia de la república de Nagorno Karabaj.')).toEqual(dissolved);
    expect(statements("Samvel Shahramanyan ha firmato un decreto che pone fine all'esistenza della repubblica del Nagorno-Karabakh.")).toEqual(dissolved);
  });
});

describe('sovereignty restored', () => {
  it('is the taking of control, done or announced', () => {
    const took = (rows: unknown[][]) => rows.map(([actor, , concepts, verdict]) => [actor, concepts, verdict]);
    expect(took(statements('Азербайджан восстановил свою территориальную целостность в Нагорном Карабахе.'))).toEqual([['azerbaijan', 'takeover', 'corroborated']]);
    expect(took(statements('Aserbaidschan hat seine Souveränität über Berg-Karabach wiederhergestellt.'))).toEqual([['azerbaijan', 'takeover', 'corroborated']]);
    expect(took(statements("L'Azerbaïdjan a rétabli sa souveraineté sur le Haut-Karabakh."))).toEqual([['azerbaijan', 'takeover', 'corroborated']]);
    expect(statements('Глава Азербайджана Ильхам Алиев заявил о восстановлении территориальной целостности страны в Нагорном Карабахе.').map(([actor, , , verdict]) => [actor, verdict])).toEqual([['azerbaijan', 'corroborated']]);
  });

  it('near-miss: sovereignty restored in the 2020 war is another event', () => {
    expect(statements('In 2020, Azerbaijan restored its sovereignty over seven districts around Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('a promise in the speaker’s own words', () => {
  it('is the speaker’s promise, after an opening clause and a colon', () => {
    expect(statements('Lors de son discours du 29 septembre, Ilham Aliev a affirmé : « Nous garantirons les droits de la population arménienne du Karabakh. » D’après lui, tout est prêt.')).toEqual([['azerbaijan', 'pledge', 'rights', 'corroborated']]);
  });
});

describe('the Azerbaijani president’s envoy', () => {
  it('speaks for Azerbaijan', () => {
    expect(statements('Presidential envoy Elchin Amirbayov said the departure of the Armenians from Karabakh was their voluntary and individual decision.').map(([actor, action]) => [actor, action])).toEqual([['azerbaijan', 'say']]);
  });
});

describe('local Armenian troops', () => {
  it('near-miss: are the region’s forces, not Armenia’s army', () => {
    expect(statements('Em 19 de setembro, as forças azerbaijanas venceram as tropas armênias locais em Nagorno-Karabakh.').map(([, , concept]) => concept)).not.toContain('armenia-army-presence');
  });
});
