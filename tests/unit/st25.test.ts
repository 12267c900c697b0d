// Round 25 (st25): statements that transfer. Verbs of maintaining a content clause; an accusation repeated or raised
// as a noun (German "wiederholte den Vorwurf"); readiness to do an act as agreeing to it; relief goods (tents,
// medicines) as aid in every language; an office tied by "for" to the body it speaks for; Armenia's soldiers as its
// troops; not a single Armenian remaining; a launched assault as the offensive.
import { describe, expect, it } from 'vitest';
import { frames, judged, read } from './statement-probes';

describe('a verb of maintaining before a content clause is a saying, not the page stating it as fact', () => {
  it.each([
    ["Azerbaijan's foreign ministry maintained that the Armenians of Karabakh were leaving of their own free will.", 'azerbaijan not say expulsion'],
    ['Dans un communiqué publié jeudi, le ministère azerbaïdjanais des Affaires étrangères maintient que les Arméniens du Karabakh partent de leur plein gré.', 'azerbaijan not say expulsion'],
    ['En un comunicado, el Ministerio de Exteriores de Azerbaiyán mantiene que los armenios de Karabaj se marchan por su propia voluntad.', 'azerbaijan not say expulsion'],
    ['In een verklaring houdt het Azerbeidzjaanse ministerie van Buitenlandse Zaken vol dat de Armeniërs van Karabach uit vrije wil vertrekken.', 'azerbaijan not say expulsion'],
    ['Em comunicado, o Ministério dos Negócios Estrangeiros do Azerbaijão mantém que os arménios de Karabakh partem por vontade própria.', 'azerbaijan not say expulsion'],
  ])('"%s" is Azerbaijan denying a forced exodus, as the reports have it', (text, reading) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)).toEqual(['corroborated 000,001']);
  });
  it.each(['Azerbaijan maintained its checkpoint on the only road out of Karabakh.', 'Azerbaijan maintained that its oil exports rose in 2023.'])('near-miss: maintaining something, or a content with no key term, says nothing: "%s"', (text) => {
    expect(frames(text)).toEqual([]);
  });
});

describe('an accusation repeated or raised, as a noun after its verb, is an accusation', () => {
  it.each([
    ['Vor dem Sicherheitsrat wiederholte Armenien den Vorwurf, Baku wolle die ethnische Säuberung in Karabach vollenden.', 'armenia accuse expulsion'],
    ["At the UN, Armenia's foreign minister repeated the charge that Baku was ethnically cleansing Karabakh.", 'armenia accuse expulsion'],
    ['Arménie zopakovala obvinění, že Baku v Karabachu provádí etnické čistky.', 'armenia accuse expulsion'],
  ])('"%s" is Armenia accusing, not the page stating it', (text, reading) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)).toEqual(['corroborated 000,001,004']);
  });
  it.each(['Vor dem Parlament wiederholte Armenien den Vorwurf, die Opposition sei korrupt.', 'Armenia repeated the charge that the opposition had rigged the vote.'])('near-miss: another charge gives nothing: "%s"', (text) => {
    expect(frames(text)).toEqual([]);
  });
});

describe('declaring oneself ready to do an act is agreeing to it', () => {
  it.each([
    ['Die Separatisten in Berg-Karabach erklärten sich bereit, ihre Waffen niederzulegen.'],
    ['Les séparatistes du Haut-Karabakh se sont dits prêts à déposer les armes.'],
    ['Los separatistas de Karabaj se declararon dispuestos a entregar las armas.'],
    ['Сепаратисты Карабаха выразили готовность сложить оружие.'],
  ])('"%s" is the separatists agreeing to disarm', (text) => {
    expect(read(text)).toEqual(['separatists agree disarm']);
    expect(judged(text)[0]).toMatch(/^corroborated .*000/u);
  });
  it('near-miss: readiness for something no report speaks of gives no verdict', () => {
    expect(judged('Bakou s’est dit prêt à reprendre les pourparlers avec Erevan sur le Haut-Karabakh.').filter(Boolean)).toEqual([]);
  });
});

describe('relief goods asked for are aid (tents, medicines), in every language', () => {
  it.each([
    ["L'Armenia ha chiesto all'Ue tende e medicinali per i profughi del Karabakh."],
    ['Armenia asked the EU for tents for the refugees from Karabakh.'],
    ["L'Arménie a demandé à l'UE des tentes et des médicaments pour les réfugiés du Haut-Karabakh."],
    ['Armenia pidió a la UE tiendas de campaña y medicamentos para los refugiados de Karabaj.'],
  ])('"%s" is Armenia asking for aid', (text) => {
    expect(read(text)).toEqual(['armenia ask aid']);
    expect(judged(text)).toEqual(['corroborated 000,001']);
  });
  it('near-miss: another party asking for them for another disaster gives no verdict', () => {
    expect(judged("La Turchia ha chiesto all'Ue tende e medicinali per i terremotati.").filter(Boolean)).toEqual([]);
  });
});

describe('an office tied by "for" to a state\'s body speaks for that state (StatementLexicon.officeLinks)', () => {
  it.each([
    ['A spokeswoman for the Armenian government said that the people of Karabakh had been driven from their homes.', 'armenia say expulsion', 'corroborated 000,001,004'],
    ['A spokesman for the Azerbaijani foreign ministry denied any ethnic cleansing in Karabakh.', 'azerbaijan deny expulsion', 'corroborated 000,001'],
  ])('"%s"', (text, reading, verdict) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)).toEqual([verdict]);
  });
  it.each([
    'A spokesman for the protesters in Yerevan said that the people of Karabakh had been driven from their homes.',
    'A spokesman for the Turkish government said that the people of Karabakh had been driven from their homes.',
  ])('near-miss: a noun of its own after the link, or another state, gives no verdict: "%s"', (text) => {
    expect(judged(text).filter(Boolean)).toEqual([]);
  });
});

describe('more words of the reports’ key terms', () => {
  it("Armenia's soldiers kept in Karabakh are its troops there", () => {
    expect(read("Azerbaijan's envoy alleged that Armenia kept as many as 10,000 soldiers in Karabakh.")).toEqual(['azerbaijan accuse armenia-army-presence']);
    expect(judged("Azerbaijan's envoy alleged that Armenia kept as many as 10,000 soldiers in Karabakh.")).toEqual(['corroborated 002']);
  });
  it('not a single Armenian remaining is no Armenians left', () => {
    expect(judged('Pashinyan predicted that within days not a single Armenian would remain in Karabakh.')).toEqual(['corroborated 004']);
  });
  it('a lightning assault launched is the offensive', () => {
    expect(read('Azerbaijan launched a lightning assault on Nagorno-Karabakh last week.')).toEqual(['azerbaijan attack offensive']);
  });
  it.each(['Russia launched a massive assault on Kyiv.', 'Turkey kept as many as 10,000 soldiers in northern Syria.'])('near-miss: "%s" gives nothing', (text) => {
    expect(frames(text)).toEqual([]);
  });
});

describe('in a verb-second clause opened by a prepositional phrase, a name inside the phrase is not the subject', () => {
  it.each([
    ['Vor dem eilig einberufenen UN-Sicherheitsrat warf Armeniens Außenminister Ararat Mirsojan Baku ethnische Säuberung vor.'],
    ['Vor dem eilig einberufenen UN-Sicherheitsrat wiederholte Armeniens Außenminister den Vorwurf, Baku wolle die ethnische Säuberung abschließen.'],
    ['Tijdens de haastig bijeengeroepen VN-Veiligheidsraad beschuldigde Armenië Bakoe van etnische zuivering in Karabach.'],
  ])('"%s" is Armenia accusing, not the UN', (text) => {
    expect(read(text)).toEqual(['armenia accuse expulsion']);
    expect(judged(text)).toEqual(['corroborated 000,001,004']);
  });
  it('near-miss: after an auxiliary the name is the subject again', () => {
    expect(read('Vor dem Sicherheitsrat hat Armenien Baku ethnische Säuberung in Karabach vorgeworfen.')).toEqual(['armenia accuse expulsion']);
  });
  it('near-miss: a name in a "dass" clause after a fronted phrase and a passive is that clause\'s subject', () => {
    expect(read('Am Montag wurde bekanntgegeben, dass die selbst ernannte Republik Karabach zum Jahresende aufgelöst wird.')).toEqual(['separatists dissolve dissolution']);
  });
  it('near-miss: a name opening the clause stays its subject', () => {
    expect(read('Die UN warf Baku vor, die Mission nach Karabach verzögert zu haben.')).not.toContain('armenia accuse expulsion');
  });
});

describe('a reproach of conduct is one act, accused or criticised (judge.ts reproach)', () => {
  it.each([
    ["La France a reproché à l'Azerbaïdjan de n'avoir laissé entrer la mission de l'ONU au Haut-Karabakh qu'après le départ de la population.", 'france accuse mission', 'corroborated 001'],
    ['Azerbaijan accused France of interference in Karabakh.', 'azerbaijan accuse interference', 'corroborated 001'],
  ])('"%s" is the report\'s criticism', (text, reading, verdict) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)).toEqual([verdict]);
  });
  it.each([
    ['Russia accused France of interference in Karabakh.', 'russia accuse interference'],
    ['France accused Azerbaijan of ethnic cleansing in Karabakh.', 'france accuse expulsion'],
  ])('near-miss: another party, or an allegation of fact, gets no verdict: "%s"', (text, reading) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)).toEqual([null]);
  });
  it('near-miss: "ne … pas … que" stays a negation', () => {
    expect(read("La France n'a pas dit que l'Azerbaïdjan avait bloqué la mission de l'ONU au Haut-Karabakh.")[0] ?? '').not.toMatch(/^france (?:accuse|criticise) mission$/u);
  });
});

describe("the UN let in, or access for it, is the mission (StatementLexicon.concepts.mission)", () => {
  it.each([
    ["Paris a reproché à Bakou d'avoir attendu que la plupart des habitants du Haut-Karabakh soient partis avant d'ouvrir l'accès à l'ONU.", 'france accuse mission'],
    ['Paris faulted Baku for letting the UN in only after Karabakh had emptied.', 'france criticise mission'],
  ])('"%s" is France criticising the late mission', (text, reading) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)).toEqual(['corroborated 001']);
  });
  it('near-miss: another party faulting it gets no verdict', () => {
    expect(judged('Moscow faulted Baku for letting the UN in only after Karabakh had emptied.').filter(Boolean)).toEqual([]);
  });
});

describe("another breakaway region's separatists are not Karabakh's (StatementLexicon.otherRegions)", () => {
  it.each([
    'The separatists in Donbas agreed to lay down their arms.',
    'Donbas separatists agreed to lay down their arms.',
    'Die Separatisten im Donbass erklärten sich bereit, ihre Waffen niederzulegen.',
    'Сепаратисты Донбасса согласились сложить оружие.',
    'Les séparatistes de Transnistrie ont accepté de déposer les armes.',
  ])('"%s" gives nothing', (text) => {
    expect(frames(text)).toEqual([]);
  });
  it.each([
    'Unlike the separatists in Donbas, the Karabakh separatists agreed to lay down their arms.',
    'The separatists agreed to lay down their arms, a week after Crimea was mentioned.',
    'Die Separatisten in Berg-Karabach erklärten sich bereit, ihre Waffen niederzulegen.',
  ])('near-miss: Karabakh\'s separatists, or another region named apart from them, stay read: "%s"', (text) => {
    expect(read(text)).toEqual(['separatists agree disarm']);
  });
});
