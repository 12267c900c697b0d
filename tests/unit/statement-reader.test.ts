// The reader: who did what in a clause, in the reports' and the pages' words alike.
import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../lib/passages';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { lexiconFor, namesParty, readFrames, type Frame } from '../../lib/statements/reader';

const read = (text: string): Frame[] => readFrames(text, splitPassages(text));
const brief = (f: Frame) => ({ actor: f.actor, action: f.action, concepts: f.concepts, polarity: f.polarity });

describe('reading statements', () => {
  it('takes metonyms and officials for their state', () => {
    expect(read('Baku denied the claim of ethnic cleansing.').map(brief)).toEqual([{ actor: 'azerbaijan', action: 'deny', concepts: ['expulsion'], polarity: 1 }]);
    expect(read('Pashinyan accused Azerbaijan of ethnic cleansing.')[0]).toMatchObject({ actor: 'armenia', action: 'accuse', objects: ['azerbaijan'] });
  });

  it('finds the actor of a passive verb after "by", not the noun before it', () => {
    expect(read('Convoys of residents were escorted by Russian peacekeepers.').map(brief)).toEqual([{ actor: 'russia', action: 'escort', concepts: ['convoys'], polarity: 1 }]);
    expect(read('Shelters were requested from the EU by Armenia.')[0]).toMatchObject({ actor: 'armenia', action: 'ask', objects: ['eu'] });
  });

  it('takes "accusation" for a noun, not the act: the verb after it is the act', () => {
    expect(read('The accusation of ethnic cleansing in Karabakh was rejected by Azerbaijan.').map(brief)).toEqual([{ actor: 'azerbaijan', action: 'deny', concepts: ['expulsion'], polarity: 1 }]);
  });

  it('reads "the same rights" as the residents\' rights, before "as all other citizens" opens a clause', () => {
    expect(read("Baku insisted that Karabakh's Armenians would have the same rights as all other citizens of Azerbaijan.").map(brief)).toEqual([{ actor: 'azerbaijan', action: 'say', concepts: ['rights'], polarity: 1 }]);
  });

  it('ends an act\'s terms where "and that" opens another clause', () => {
    const text = 'The separatist forces agreed to lay down their arms and that Azerbaijan would lift the blockade of the Lachin corridor, officials in Karabakh said.';
    expect(read(text).find((f) => f.action === 'agree')).toMatchObject({ actor: 'separatists', concepts: ['disarm'] });
  });

  it('takes bare "separatists" and their leader by name for the separatist side', () => {
    expect(read('Armenian separatists in Karabakh agreed to disarm after the offensive.').map(brief)).toContainEqual({ actor: 'separatists', action: 'agree', concepts: ['disarm'], polarity: 1 });
    expect(read('Shahramanyan signed a decree dissolving the self-declared republic of Karabakh.')[0]).toMatchObject({ actor: 'separatists', action: 'dissolve' });
  });

  it('reads what a verb of speaking reports, with the speaker as its actor', () => {
    const [f] = read('The United Nations said it would send a mission to the region.');
    expect(f).toMatchObject({ actor: 'un', action: 'send', concepts: ['mission'], speaker: 'un' });
  });

  it('carries "he" and a quotation over to the speaker of the sentence before', () => {
    const text = 'Azerbaijan’s ambassador Vagif Sadigov spoke to reporters. He also compared the conflict to the war in Ukraine.';
    expect(read(text).map(brief)).toEqual([{ actor: 'azerbaijan', action: 'compare', concepts: ['ukraine-war'], polarity: 1 }]);
    const quote = 'Pashinyan accused Azerbaijan of “ethnic cleansing” at a government meeting. “In the coming days there will be no more Armenians in Nagorno-Karabakh.”';
    expect(read(quote).map(brief)).toContainEqual({ actor: 'armenia', action: 'say', concepts: ['no-armenians-left'], polarity: 1 });
  });

  it('gives a denial with no object of its own the object just stated', () => {
    const frames = read('Armenia accused Azerbaijan of ethnic cleansing. But Baku has denied it.');
    expect(frames.map(brief)).toEqual([
      { actor: 'armenia', action: 'accuse', concepts: ['expulsion'], polarity: 1 },
      { actor: 'azerbaijan', action: 'deny', concepts: ['expulsion'], polarity: 1 },
    ]);
    expect(frames[1]!.anaphoric).toBe(true);
  });

  it('reads negation, "denied asking", "refused to" and rhetorical questions as the opposite stance', () => {
    expect(read('Azerbaijan never demanded that the separatists disarm.')[0]).toMatchObject({ action: 'demand', polarity: -1 });
    expect(read('Yerevan denied asking the EU for aid.')[0]).toMatchObject({ actor: 'armenia', action: 'ask', polarity: -1 });
    expect(read('Russian peacekeepers refused to escort the convoys.')[0]).toMatchObject({ actor: 'russia', action: 'escort', polarity: -1 });
    expect(read('The ministry says it has nothing to do with forced relocation.')[0]).toMatchObject({ polarity: -1 });
    expect(read('Azerbaijan’s ambassador spoke. “Why should we tolerate armed people on our territory?”')[0]).toMatchObject({ actor: 'azerbaijan', action: 'tolerate', polarity: -1 });
  });

  it('takes as subject the first name before the verb that is no preposition’s object, after any "as" or "when"', () => {
    expect(read('Most people have left the enclave for Armenia as Azerbaijan retakes control.')[0]).toMatchObject({ actor: 'azerbaijan', action: 'attack' });
    expect(read("Azerbaijan's ambassador to the European Union compared the conflict to the war in Ukraine.")[0]).toMatchObject({ actor: 'azerbaijan', objects: ['eu'] });
    expect(read('Azerbaijan has since repeatedly called on the fighters to lay down their weapons.')[0]).toMatchObject({ actor: 'azerbaijan', action: 'demand' });
  });

  it('gives no actor to a clause whose own subject the lexicon does not know ("most say…")', () => {
    const frames = read('While Azerbaijan has pledged to respect the rights of Armenians, most say they do not trust Azerbaijani authorities to guarantee their language, religion and culture.');
    expect(frames.map(brief)).toEqual([
      { actor: 'azerbaijan', action: 'pledge', concepts: ['rights'], polarity: 1 },
      { actor: null, action: 'say', concepts: ['rights'], polarity: -1 },
    ]);
  });

  it('reads a second act joined by "and" as an act, not as what a verb of speaking denies', () => {
    const frames = read('Yerevan accused Baku of ethnic cleansing. Baku has denied the claim and has called on the residents to stay and reintegrate.');
    expect(frames.map(brief)).toContainEqual({ actor: 'azerbaijan', action: 'demand', concepts: ['stay', 'reintegration'], polarity: 1 });
  });

  it('reads a phrase of the opposite ("left voluntarily") as the concept negated, unless the clause also names the concept', () => {
    expect(read('Baku says the Armenians left voluntarily.').map(brief)).toEqual([{ actor: 'azerbaijan', action: 'say', concepts: ['expulsion'], polarity: -1 }]);
    expect(read('The ministry says it was their personal decision and has nothing to do with forced relocation.')[0]).toMatchObject({ polarity: -1 });
  });

  it('states a fact with no actor when no one acts ("When Baku attacked," does not own the main clause)', () => {
    expect(read("When Baku attacked, soldiers of Armenia's own army were still deployed inside Karabakh.").map(brief)).toEqual([
      { actor: null, action: null, concepts: ['armenia-army-presence'], polarity: 1 },
    ]);
  });

  it('leaves out fears and forecasts, and verbless clauses that state no claim', () => {
    expect(read('Officials warned that the population could face ethnic cleansing.')).toEqual([]);
    expect(read('International assistance')).toEqual([]);
  });

  it('notes the years a sentence names', () => {
    expect(read('Azerbaijan reported losses in the 2020 war.')[0]!.years).toEqual([2020]);
  });

  it('reads Russian, German and French with their own lexicons', () => {
    expect(lexiconFor('Азербайджан отверг обвинения в этнической чистке.').lang).toBe('ru');
    expect(lexiconFor('Russische Friedenstruppen eskortierten Konvois.').lang).toBe('de');
    expect(lexiconFor('Die Regierung hat die Vorwürfe zurückgewiesen und das ist nicht neu.').lang).toBe('de');
    expect(lexiconFor("Le gouvernement a rejeté les accusations et la presse le dit.").lang).toBe('fr');
    expect(read('Азербайджан отверг обвинения в этнической чистке.').map(brief)).toEqual([{ actor: 'azerbaijan', action: 'deny', concepts: ['expulsion'], polarity: 1 }]);
    expect(read('Nach den Kämpfen hat auch Baku Verluste gemeldet.').map(brief)).toEqual([{ actor: 'azerbaijan', action: 'report', concepts: ['losses'], polarity: 1 }]);
    expect(read("L'Arménie a demandé à l'Union européenne des abris temporaires.")[0]).toMatchObject({ actor: 'armenia', action: 'ask', concepts: ['aid'] });
  });

  it('gives a bare role the state named right after it ("Botschafter Aserbaidschans", "посол Азербайджана")', () => {
    expect(read('Der Botschafter Aserbaidschans verglich den Konflikt mit dem Krieg in der Ukraine.')[0]).toMatchObject({ actor: 'azerbaijan', action: 'compare' });
    expect(read('Посол Азербайджана сравнил ситуацию с войной на Украине.')[0]).toMatchObject({ actor: 'azerbaijan', action: 'compare' });
    expect(read('The ambassador said Azerbaijan compared it to the war in Ukraine.')[0]!.actor).toBe('azerbaijan');
  });

  it('reads a sentence of Italian, Spanish, Portuguese, Dutch, Polish or Turkish with its own lexicon, though a short one has few common words', () => {
    expect(lexiconFor('Azerbeidzjan ontkent dat er in Nagorno-Karabach sprake is van etnische zuivering.').lang).toBe('nl');
    expect(lexiconFor('Il governo azero ha respinto le accuse di pulizia etnica nel Nagorno-Karabakh.').lang).toBe('it');
    expect(lexiconFor('Las fuerzas de paz rusas escoltaron los convoyes de refugiados de Nagorno Karabaj.').lang).toBe('es');
    expect(lexiconFor('O Azerbaijão rejeitou as acusações de limpeza étnica em Nagorno-Karabakh.').lang).toBe('pt');
    expect(lexiconFor('Separatyści z Górskiego Karabachu ogłosili samorozwiązanie republiki.').lang).toBe('pl');
    expect(lexiconFor("Paşinyan, Azerbaycan'ı Dağlık Karabağ'da etnik temizlik yapmakla suçladı.").lang).toBe('tr');
    expect(read('Azerbeidzjan ontkent dat er in Nagorno-Karabach sprake is van etnische zuivering.').map(brief)).toEqual([{ actor: 'azerbaijan', action: 'deny', concepts: ['expulsion'], polarity: 1 }]);
    expect(read("Paşinyan, Azerbaycan'ı Dağlık Karabağ'da etnik temizlik yapmakla suçladı.").map(brief)).toEqual([{ actor: 'armenia', action: 'accuse', concepts: ['expulsion'], polarity: 1 }]);
  });

  it('chooses the lexicon by script first, so a short Cyrillic text with no common words is read as Russian', () => {
    expect(lexiconFor('Армянам Карабаха пришлось бежать: это была этническая чистка.').lang).toBe('ru');
  });

  it('lets "he" stand for an actor only a sentence or two after it was named', () => {
    const near = 'Armenia counted the arrivals. He refused medical aid.';
    expect(read(near)[0]).toMatchObject({ actor: 'armenia', action: 'refuse' });
    const far = 'Armenia counted the arrivals. A man sat in the tent. Workers offered him water. He waved them off. He refused medical aid.';
    expect(read(far).map((f) => f.actor)).toEqual([null]);
  });

  it('takes no speaker from "according to" unless a name follows it', () => {
    const text = 'Azerbaijan retook the region. According to the decree, it was decided to dissolve all state institutions.';
    expect(read(text).filter((f) => f.action === 'dissolve').map((f) => f.actor)).toEqual([null]);
  });

  it('leaves out of an act what a clause opened by "as" or "after" says, but not "treated as"', () => {
    expect(read('Azerbaijan announced the arrival as the population fled after its recapture by Baku.')).toEqual([]);
    expect(read("Aliyev said Karabakh's Armenians would be treated as equal citizens.")[0]).toMatchObject({ actor: 'azerbaijan', concepts: ['rights'] });
  });

  it('knows the parties by any of their names', () => {
    const en = STATEMENT_LEXICONS[0]!;
    expect(namesParty('Yerevan has turned down offers of help', en)).toBe(true);
    expect(namesParty('The weather in Paris was mild', en)).toBe(false);
  });
});

describe('sentences read only for their "he" (holdsTerms)', () => {
  // Two sentences with nothing a statement is read from come first, so the third is not read as the follow-up of a key term.
  const lead = 'Queues formed at the checkpoint. Families waited in their cars. ';
  it('reads a departure only beside a causative: "forced the residents to leave" is the expulsion, "have left" is no statement', () => {
    expect(read(`${lead}Yerevan said Azerbaijan forced the residents to leave.`).map((f) => f.concepts)).toContainEqual(['expulsion']);
    expect(read(`${lead}Residents have left their homes for Armenia, Yerevan said.`)).toEqual([]);
  });
  it('reads arms only beside a verb of handing them over', () => {
    expect(read(`${lead}The separatist forces handed over their weapons.`).map(brief)).toContainEqual(expect.objectContaining({ actor: 'separatists', concepts: ['disarm'] }));
    expect(read(`${lead}The separatist forces kept their weapons in a depot.`)).toEqual([]);
  });
});

describe('the sentence after a key term (namesAct)', () => {
  it('is read in full when it names an act, which then takes the key term before it', () => {
    expect(read('Yerevan accused Azerbaijan of ethnic cleansing. Baku denied it.').map(brief)).toContainEqual({ actor: 'azerbaijan', action: 'deny', concepts: ['expulsion'], polarity: 1 });
  });
  it('says nothing of the key term when it names no act', () => {
    expect(read('Yerevan accused Azerbaijan of ethnic cleansing. Baku is the capital.').filter((f) => f.actor === 'azerbaijan')).toEqual([]);
  });
});
