// Constructions of real reporting the statement reader missed in fresh13 and the tuning sets before it
// (kw01, kw02, kw03, kw10, kw24, kw25, kx08, kz14; written again for this project), each with the
// near-miss that keeps the rule from reading more than it should.
import { describe, expect, it } from 'vitest';
import { statementsOn } from './helpers/seed-statements';

const statements = statementsOn('2023-09-29');

describe('what a verb of saying takes', () => {
  it('runs on past "because of", a preposition, but stops at "because", which opens a clause of its own', () => {
    expect(statements("In Nagorno-Karabakh, Prime Minister Nikol Pashinyan said Armenians were still leaving because of Azerbaijan's policy of ethnic cleansing.")).toEqual([
      ['armenia', 'say', 'expulsion', 'corroborated'],
    ]);
    expect(statements('In Nagorno-Karabakh, Prime Minister Nikol Pashinyan said Armenians were still leaving because Azerbaijan was lying to them.')).toEqual([]);
  });

  it('is taken by verbs of repeating as by verbs of saying', () => {
    expect(statements('En Nagorno Karabaj, el presidente Ilham Alíev repitió que va a garantizar a los karabajíes sus derechos.')).toEqual([['azerbaijan', 'say', 'rights', 'corroborated']]);
  });
});

describe('a mission going to the region', () => {
  it('is its sending in the conditional of reported speech too', () => {
    expect(statements('The UN said a team would go to Nagorno-Karabakh this weekend.')).toEqual([['un', 'send', 'mission', 'corroborated']]);
  });

  it('near-miss: a team going elsewhere is not the mission to Karabakh', () => {
    expect(statements('In Nagorno-Karabakh, the fighting stopped. The UN said a team would go to Sudan this weekend.')).toEqual([]);
  });

  it("near-miss: German's conditional (Konjunktiv II) is a supposition, not reported speech (review)", () => {
    expect(statements('Bergkarabach: Eine UN-Mission würde nie in die Region reisen, wenn Aserbaidschan es verhindert.')).toEqual([]);
  });
});

describe('an institution owned by a party named before', () => {
  it('speaks for that party when a verb of saying follows it ("its foreign ministry insisted")', () => {
    expect(statements('In Nagorno-Karabakh, Azerbaijan rejected the claim, and its foreign ministry insisted that the departure of the Karabakh Armenians was a personal and individual decision.')).toEqual([
      ['azerbaijan', 'say', 'expulsion', 'corroborated'],
    ]);
    expect(statements('Azerbaiyán rechazó la acusación sobre Nagorno Karabaj, y su Ministerio de Exteriores insistió en que la salida de los karabajíes obedece a una decisión personal e individual.')).toContainEqual([
      'azerbaijan',
      'say',
      'expulsion',
      'corroborated',
    ]);
  });

  it('near-miss: the same words as the object of an act stay its object ("erklärt, ihre Regierung aufzulösen")', () => {
    expect(statements('Schon am Donnerstag hatten sich die Behörden der Karabach-Armenier in Bergkarabach bereit erklärt, ihre Regierung bis zum Jahresende aufzulösen.')).toEqual([
      ['separatists', 'agree', 'dissolution', 'corroborated'],
    ]);
  });
});

describe('a denial of "that claim"', () => {
  it('denies whatever the sentence before said, not only its last clause', () => {
    expect(statements('Pashinyan denounced ethnic cleansing in Nagorno-Karabakh and predicted that no Armenians would remain there. Azerbaijan rejected that claim.')).toEqual([
      ['armenia', 'accuse', 'expulsion', 'corroborated'],
      ['armenia', 'say', 'no-armenians-left', 'corroborated'],
      ['azerbaijan', 'deny', 'expulsion+no-armenians-left', 'corroborated'],
    ]);
  });

  it('denies only the allegations of the sentence before, not the acts beside them (review)', () => {
    expect(statements("The UN said Nagorno-Karabakh's separatists had disarmed, and Armenia accused Baku of ethnic cleansing. Baku rejected that claim.")).toContainEqual([
      'azerbaijan',
      'deny',
      'expulsion',
      'corroborated',
    ]);
  });
});

describe('a free choice', () => {
  it('is read in the plural of individual choices ("their own individual choices")', () => {
    expect(statements('Baku said, speaking of Nagorno-Karabakh, that the Armenians moved to Armenia on the strength of their own individual choices.')).toEqual([
      ['azerbaijan', 'say', 'expulsion', 'corroborated'],
    ]);
  });

  it('near-miss: "their own choices" of anything else is no word on the exodus (review)', () => {
    expect(statements('Nagorno-Karabakh: Armenia said voters make their own choices in elections.')).toEqual([]);
  });
});

describe("the region's armed bodies", () => {
  it('are the region\'s own side when the region\'s name is their genitive, quoted or not ("формирования «армии обороны Нагорного Карабаха» распустят")', () => {
    expect(statements('По соглашению в Нагорном Карабахе формирования «армии обороны Нагорного Карабаха» распустят.')).toEqual([['separatists', 'surrender', 'disarm', 'corroborated']]);
    expect(statements('В Нагорном Карабахе армия обороны Карабаха будет расформирована.')).toEqual([['separatists', 'surrender', 'disarm', 'corroborated']]);
  });

  it("near-miss: another state's army, or a body the region's name only locates, is not the region's", () => {
    expect(statements('По соглашению в Нагорном Карабахе формирования «армии обороны Азербайджана» распустят.')).toEqual([]);
    expect(statements('В Нагорном Карабахе солдат в армии Карабаха расформируют.')).toEqual([]);
  });

  it('near-miss: a party disbanding its own units or posts is no dissolution of the republic (review)', () => {
    expect(statements('Нагорный Карабах: российские миротворцы расформировали свои посты.')).toEqual([]);
  });
});

describe('a report month named with no year', () => {
  const later = statementsOn('2023-10-18');
  it('is the last such month before the report: the blockade "from 12 December 2022" is the reports\' "In December"', () => {
    expect(later('In Nagorno-Karabakh, already from 12 December 2022, Azerbaijan had physically blocked the Lachin Corridor.')).toEqual([['azerbaijan', 'block', 'corridor', 'corroborated']]);
  });

  it('near-miss: a December of another year is not that December', () => {
    expect(later('In Nagorno-Karabakh, in December 2021, Azerbaijan had physically blocked the Lachin Corridor.')).toEqual([]);
  });
});

describe('words of real reporting the lexicons lacked', () => {
  it('reads taking the territory (es), a decree dissolving the state\'s structures (fr, tr) and being forcibly exiled (en)', () => {
    expect(statements('El primer ministro habló de Nagorno Karabaj después de que Azerbaiyán tomó el territorio la semana pasada.')).toEqual([['azerbaijan', 'attack', 'takeover', 'corroborated']]);
    expect(statements('Samvel Chahramanyan a signé un décret dissolvant toutes les structures étatiques du Haut-Karabakh.')).toEqual([['separatists', 'dissolve', 'dissolution', 'corroborated']]);
    expect(statements("Karabağ'da Samvel Şahramanyan, bütün devlet kurumlarının kapatılmasına dair kararı imzaladı.")).toEqual([['separatists', 'dissolve', 'dissolution', 'corroborated']]);
    expect(statements('In Nagorno-Karabakh, all residents were forcibly exiled to Armenia.')).toEqual([[null, null, 'expulsion', 'disputed']]);
  });

  it('near-miss: taking a stance, a count of "forcibly displaced persons", police removing protesters, a feared taking and a demand to close other bodies are none of these', () => {
    expect(statements('Aserbaidschan hat im Streit um Bergkarabach eine harte Haltung eingenommen.')).toEqual([]);
    expect(statements('In Nagorno-Karabakh, officials registered 2,906 forcibly displaced persons.')).toEqual([]);
    expect(statements('Nagorno-Karabakh: police forcibly removed protesters in Yerevan.')).toEqual([]);
    expect(statements('Alto Karabaj: Azerbaiyán tomara la región, temía Armenia.')).toEqual([]);
    expect(statements('Dağlık Karabağ: Bakü, Ermeni kurumlarının kapatılmasını talep etti.')).toEqual([]);
  });

  it('keeps a key term an occasion governs ("bei ihrer Eingliederung") as when, not what', () => {
    expect(statements('Hajiyev hob am Freitag hervor, dass man die Rechte der Armenier Karabachs bei ihrer Eingliederung achten werde.')).toEqual([['azerbaijan', 'say', 'rights', 'corroborated']]);
  });
});

describe('"no" before the people an act is done to (review)', () => {
  it('negates the act: Baku saying no one was forced out is its denial, which the reports give', () => {
    expect(statements('Nagorno-Karabakh: Baku said no residents were forced to leave.')).toEqual([['azerbaijan', 'say', 'expulsion', 'corroborated']]);
    expect(statements('Nagorno-Karabakh: Baku said that no Armenians had been forced out.')).toEqual([['azerbaijan', 'say', 'expulsion', 'corroborated']]);
  });

  it('near-miss: "no Armenians will remain" is the prediction itself, not its negation', () => {
    expect(statements('Nagorno-Karabakh: Pashinyan said no Armenians will remain in Nagorno-Karabakh.')).toEqual([['armenia', 'say', 'no-armenians-left', 'corroborated']]);
  });
});
