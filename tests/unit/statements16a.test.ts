// Round 16a: statements read from structure rather than from listed phrasings (issue 13).
import { describe, expect, it } from 'vitest';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const acts = (text: string) => frames(text).map((f) => [f.actor ?? f.unnamedDoer, f.action, f.concepts.join(',')]);

describe('a verb of saying joined by a coordinator to another act is a second act with its own object', () => {
  it.each([
    ['en', 'Aliyev urged the Armenian residents to stay and said his government would protect their rights.'],
    ['nl', 'De Azerbeidzjaanse president riep de Armeniërs op om te blijven en zei dat hun rechten gewaarborgd worden.'],
  ])('%s: a call to stay, then a statement on rights', (_, text) => {
    expect(acts(text)).toEqual([
      ['azerbaijan', 'demand', 'stay'],
      ['azerbaijan', 'say', 'rights'],
    ]);
  });
  it('near-miss: a second act about nothing the reports speak of adds nothing, and leaves the first its object', () => {
    expect(acts('Aliyev called on the residents to stay and reported to parliament on the budget.')).toEqual([['azerbaijan', 'demand', 'stay']]);
  });
  it('two verbs of saying stay one act ("said and repeated")', () => {
    expect(frames('Baku denied and dismissed the accusations of ethnic cleansing.').map((f) => f.action)).toEqual(['deny']);
  });
});

describe('a role after "according to X" stands for X, not for an earlier sentence’s subject', () => {
  it.each([
    ['nl', 'De separatisten beloofden hun wapens in te leveren. Volgens Azerbeidzjan hoeven de Armeniërs niets te vrezen: de president riep hen op te blijven.'],
    ['en', 'The separatists promised to lay down their arms. According to Baku, nobody is being driven out: the president called on them to stay.'],
  ])('%s: the president is Azerbaijan’s', (_, text) => {
    expect(frames(text).find((f) => f.action === 'demand')?.actor).toBe('azerbaijan');
  });
});

describe('the noun of an act only the separatists do, tied to them by a genitive, is theirs whatever verb governs it', () => {
  it.each([
    ['en', 'Baku welcomed the dissolution of the separatist government as the end of the conflict.', 'dissolve'],
    ['fr', "L'offensive éclair de Bakou a mené à la capitulation des forces séparatistes en moins d'une journée.", 'surrender'],
    ['pt', 'O ataque do Azerbaijão levou à capitulação dos separatistas arménios.', 'surrender'],
  ])('%s: the separatists did it', (_, text, act) => {
    const f = frames(text).find((x) => x.action === act);
    expect(f?.actor).toBe('separatists');
  });
  it('near-miss: a verb takes its object with no link, and stays its subject’s act', () => {
    expect(frames('Azerbaijan dissolved the separatist government.').find((f) => f.action === 'dissolve')?.actor).toBe('azerbaijan');
  });
  it('near-miss: a demand for their capitulation stays a demand', () => {
    expect(frames('Azerbaijan demanded the surrender of the separatists.').map((f) => [f.actor, f.action])).toEqual([['azerbaijan', 'demand']]);
  });
  it('near-miss: the capitulation of another party is not the separatists’', () => {
    expect(frames('Pashinyan accused Baku of seeking the capitulation of Armenia itself.').some((f) => f.actor === 'separatists')).toBe(false);
  });
});

describe('an act only the region’s side does, after an unlisted verb of its subject, is that side’s', () => {
  const doer = (text: string, act: string) => frames(text).filter((f) => f.action === act).map((f) => f.actor ?? f.unnamedDoer);
  it.each([
    // (Disbanding its army is its disarming, st24b: StatementLexicon.armedBodies.)
    ['en', 'Under the ceasefire terms, Karabakh committed itself to disbanding its army.', 'surrender'],
    ['de', 'Nach dem Angriff haben die örtlichen Behörden in Bergkarabach entschieden, sich vollständig aufzulösen.', 'dissolve'],
    ['nl', 'Na de nederlaag hebben de lokale autoriteiten in Nagorno-Karabach besloten, zichzelf volledig te ontbinden.', 'dissolve'],
  ])('%s: the separatist side', (_, text, act) => {
    expect(doer(text, act)).toEqual(['separatists']);
  });
  it.each([
    ['en', 'Karabakh refugees in Goris hoped the hostilities would soon be over and the army disbanded.', 'dissolve'],
    ['en', 'Karabakh residents watched as the army laid down its weapons.', 'surrender'],
    ['en', 'The Armenian refugees were exhausted, the army had laid down its weapons.', 'surrender'],
    ['fr', "Les réfugiés arméniens sont arrivés à Goris, l'armée ayant déposé les armes.", 'surrender'],
    ['de', 'Die Armenier in Bergkarabach flohen, nachdem die Regierung aufgelöst wurde.', 'dissolve'],
    // A suffixing language's name opening a phrase may be in a case that is no subject's (a locative).
    ['az', 'Analitik qeyd edib ki, Qarabağda baş verənlər (separatizmin ləğv edilməsi) bir gün başqa ölkələrin də başına gələ bilər.', 'dissolve'],
  ])('near-miss, %s: a subject of its own, or another clause, is no doer read from the region', (_, text, act) => {
    expect(doer(text, act).filter((d) => d !== null)).toEqual([]);
  });
});

describe('clause ends the reader missed (phase 2, from fresh7)', () => {
  it.each([
    ['fr', "Les combattants séparatistes du Karabakh ont commencé à remettre leurs armes, tandis qu'un convoi humanitaire entrait dans la région."],
    ['fr', "Les séparatistes du Karabakh ont remis leurs armes lorsqu'un convoi humanitaire est arrivé."],
  ])('%s: an elided subordinator opens a clause of its own', (_, text) => {
    expect(frames(text).map((f) => f.concepts)).toEqual([['disarm']]);
  });
  it.each([
    ['es', 'Pashinián, quien ha acusado reiteradamente a Azerbaiyán de una «limpieza étnica», pronosticó el jueves que pronto no quedará ningún armenio en Nagorno Karabaj.'],
    ['en', 'Pashinyan, who has repeatedly accused Azerbaijan of ethnic cleansing, foresaw on Thursday that soon no Armenians would be left in Nagorno-Karabakh.'],
  ])('%s: a relative clause after a name ends at its closing comma', (_, text) => {
    expect(frames(text).find((f) => f.action === 'accuse')?.concepts).toEqual(['expulsion']);
  });
  it('near-miss: the relative clause keeps its own object', () => {
    expect(acts('Azerbaijan, which demanded the disarmament of the Karabakh fighters, the dissolution of their government and talks on reintegration, declared victory.')[0]).toEqual(['azerbaijan', 'demand', 'disarm']);
  });
});
