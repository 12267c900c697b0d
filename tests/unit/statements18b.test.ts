// Round 18b: verdicts on statements and statements in Russian, Polish, Czech, Turkish, Azerbaijani and
// Armenian: a plain saying about what a party promises is a promise only in promising words (review 17,
// M2); an allegation against another party than the one a report's denial answers is not that denial's
// subject; a verb-last language's words about an allegation ("… suçlamasını kınadı") deny it; a title
// before a full name ("Премьер-министр Никол Пашинян") is the name's, not a word for someone named
// before; the republic's no longer being ("Арцаха больше не будет") is its dissolution.
import { describe, expect, it } from 'vitest';
import { judgeOnWire } from './helpers/wire-report';

// As the checker judges: with the page's promise wording looked at.
const judge = (text: string) => judgeOnWire(text).map(({ f, j }) => ({ actor: f.actor ?? f.unnamedDoer, action: j.readAs ?? f.action, verdict: j.verdict }));

describe('a plain saying about the residents\' rights is a pledge only in promising words (review 17, M2)', () => {
  it.each([
    ['en', 'Aliyev said the rights of Karabakh Armenians would be respected.'],
    ['ru', 'Алиев заявил, что права армян в Карабахе будут соблюдаться.'],
    ['pl', 'Alijew oświadczył, że prawa Ormian w Karabachu będą szanowane.'],
  ])('%s: a future or a verb of respecting promises', (_, text) => {
    expect(judge(text)).toEqual([{ actor: 'azerbaijan', action: 'say', verdict: 'corroborated' }]);
  });
  it.each([
    ['en', 'Aliyev said that the talk of the rights of Armenians in Karabakh was a Western provocation.'],
    ['ru', 'Алиев заявил, что разговоры о правах армян в Карабахе — западная провокация.'],
    ['pl', 'Alijew oświadczył, że mówienie o prawach Ormian w Karabachu to zachodnia prowokacja.'],
  ])('near-miss %s: a dismissal of the talk of rights promises nothing', (_, text) => {
    expect(judge(text)).toEqual([]);
  });
});

describe('an allegation against another party is not the one a denial answers', () => {
  it.each([
    ['en', 'Azerbaijan accused Armenia of ethnic cleansing in Nagorno-Karabakh.'],
    ['tr', "Azerbaycan, Ermenistan'ı Karabağ'da etnik temizlik yapmakla suçladı."],
  ])('near-miss %s: Azerbaijan accusing Armenia is no conflict with its own denial', (_, text) => {
    expect(judge(text)).toEqual([]);
  });
  it('the accusation against the party the reports name still stands', () => {
    expect(judge('Pashinyan accused Azerbaijan of ethnic cleansing in Nagorno-Karabakh.')).toEqual([{ actor: 'armenia', action: 'accuse', verdict: 'corroborated' }]);
  });
});

describe('in a verb-last language, condemning the allegation after its key term denies it', () => {
  it.each([
    ['tr', "Azerbaycan, Paşinyan'ın \"etnik temizlik\" suçlamasını kınadı."],
    ['az', 'Azərbaycan Paşinyanın etnik təmizləmə ittihamlarını pislədi.'],
  ])('%s', (_, text) => {
    expect(judge(text)).toEqual([{ actor: 'azerbaijan', action: 'deny', verdict: 'corroborated' }]);
  });
  it('near-miss tr: condemning the deed itself is no denial', () => {
    expect(judge("Ermenistan, Karabağ'daki etnik temizliği kınadı.").map((j) => j.action)).not.toContain('deny');
  });
});

describe('a title before a full name is that name\'s', () => {
  it.each([
    ['ru', 'Премьер-министр Никол Пашинян заявил, что в Карабахе идёт этническая чистка.', 'armenia', 'say'],
    ['pl', 'Premier Nikol Paszynian oświadczył, że w Karabachu dochodzi do czystki etnicznej.', 'armenia', 'say'],
    ['cs', 'Ministr Džejhun Bajramov odmítl obvinění z etnických čistek v Karabachu.', 'azerbaijan', 'deny'],
  ])('%s', (_, text, actor, action) => {
    expect(judge(text)).toEqual([{ actor, action, verdict: 'corroborated' }]);
  });
  it('near-miss ru: a bare title still stands for the one named before', () => {
    expect(judge('Пашинян выступил в парламенте в Ереване. Премьер заявил, что в Карабахе идёт этническая чистка.')).toEqual([{ actor: 'armenia', action: 'say', verdict: 'corroborated' }]);
  });
});

describe("the republic's no longer being is its dissolution", () => {
  it.each([
    ['ru', 'Шахраманян подписал указ: непризнанной республики больше не будет.'],
    ['pl', 'Prezydent Samwel Szahramanian podpisał dekret: Republiki Górskiego Karabachu nie będzie już od stycznia.'],
    ['cs', 'Prezident Samvel Šahramanjan podepsal dekret: Republika Arcach už nebude.'],
  ])('%s', (_, text) => {
    expect(judge(text)).toEqual([{ actor: 'separatists', action: 'dissolve', verdict: 'corroborated' }]);
  });
  it.each([
    ['ru', 'Лачинского коридора больше не будет, заявил Алиев о Карабахе.'],
    ['pl', 'Korytarza laczyńskiego nie będzie, powiedział Alijew o Karabachu.'],
    ['cs', 'Lačinský koridor už nebude, řekl Alijev o Karabachu.'],
  ])('near-miss %s: the road no longer being is no dissolution', (_, text) => {
    expect(judge(text).map((j) => j.action)).not.toContain('dissolve');
  });
});

describe('a free choice to leave denies an expulsion', () => {
  it.each([
    ['ru', 'Азербайджан заявил, что отъезд армян из Карабаха — их свободный выбор.'],
    ['az', 'Azərbaycan bildirib ki, erməni sakinlər Qarabağdan getməyi seçiblər və bu, onların sərbəst qərarı olub.'],
  ])('%s', (_, text) => {
    expect(judge(text)).toEqual([{ actor: 'azerbaijan', action: 'say', verdict: 'corroborated' }]);
  });
  it.each([
    ['ru', 'Алиев заявил, что участие в выборах — свободный выбор каждого жителя Карабаха.'],
    ['az', 'Azərbaycan bildirib ki, Qarabağda seçkilərdə iştirak sakinlərin sərbəst seçimidir.'],
  ])('near-miss %s: a free choice of something else than leaving says nothing of an expulsion', (_, text) => {
    expect(judge(text)).toEqual([]);
  });
});

describe('ceasing to exist in the imperfective present is the dissolution too', () => {
  it('ru: "перестаёт существовать" beside "перестанет"', () => {
    expect(judge('Шахраманян подписал указ, по которому непризнанная республика перестаёт существовать.')).toEqual([{ actor: 'separatists', action: 'dissolve', verdict: 'corroborated' }]);
  });
  it('near-miss ru: a road that ceases to exist is no dissolution', () => {
    expect(judge('Лачинский коридор перестаёт существовать как дорога, заявили в Карабахе.').map((j) => j.action)).not.toContain('dissolve');
  });
});
