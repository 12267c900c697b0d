// Round 19b: verdicts on statements and statements in Russian, Polish, Czech, Turkish, Azerbaijani and
// Armenian: a term in quotation marks with no act is someone's label, not the page's fact; a noun of fear
// before an allegation is a motive, not the allegation; "did not rule out" is a saying, not a denial; a
// participle is no clause's verb; arriving, accusing and denying in every aspect, tense and participle;
// the negative present of Turkish and Azerbaijani verbs; an abbreviation's case ending after a hyphen.
import { describe, expect, it } from 'vitest';
import { quotedLabel } from '../../lib/statements/check-statements';
import { tr } from '../../lib/statements/lexicon/tr';
import { ru } from '../../lib/statements/lexicon/ru';
import { judgeOnWire } from './helpers/wire-report';

const judge = (text: string) => judgeOnWire(text).map(({ f, j }) => ({ actor: f.actor ?? f.unnamedDoer, action: j.readAs ?? f.action, polarity: f.polarity, verdict: j.verdict }));

describe('a term in quotation marks, with no act, is a label someone applies, not the page stating it', () => {
  it('quoted, no act: a label', () => {
    const text = 'Birçok politikacı olanları “etnik temizlik” olarak tanımladı.';
    const start = text.indexOf('etnik');
    expect(quotedLabel(text, { action: null, start, end: start + 'etnik temizlik'.length }, tr)).toBe(true);
    const headline = 'Ermenistan\'dan yine "Karabağ\'da etnik temizlik" çıkışı';
    expect(quotedLabel(headline, { action: null, start: 0, end: headline.length }, tr)).toBe(true);
  });
  it('near-miss: the same words unquoted, or quoted as the object of an act, are not', () => {
    const plain = 'Karabağ’da etnik temizlik yaşandı.';
    const at = plain.indexOf('etnik');
    expect(quotedLabel(plain, { action: null, start: at, end: at + 'etnik temizlik'.length }, tr)).toBe(false);
    const said = 'Армения говорит об «этнической чистке».';
    expect(quotedLabel(said, { action: 'say', start: 0, end: said.length - 2 }, ru)).toBe(false);
  });
});

describe('a noun of fear before an allegation is the residents\' motive, not the allegation stated as fact', () => {
  it.each([
    ['ru', 'Жители Карабаха уезжают из страха перед этническими чистками.'],
    ['pl', 'Mieszkańcy Karabachu uciekają ze strachu przed czystkami etnicznymi.'],
  ])('%s', (_, text) => {
    expect(judge(text)).toEqual([]);
  });
  it('near-miss: the allegation itself, made by a party, is still read', () => {
    expect(judge('Ереван обвинил Баку в этнических чистках в Карабахе.')).toEqual([{ actor: 'armenia', action: 'accuse', polarity: 1, verdict: 'corroborated' }]);
  });
});

describe('the negative present of a verb-last language negates the key term before it', () => {
  it.each([
    ['tr', "Bakü, Karabağ'da etnik temizlik yapılmıyor dedi."],
    ['az', 'Bakı bildirib ki, Qarabağda etnik təmizləmə aparılmır.'],
  ])('%s: Azerbaijan denies', (_, text) => {
    expect(judge(text)).toEqual([{ actor: 'azerbaijan', action: 'say', polarity: -1, verdict: 'corroborated' }]);
  });
  it('near-miss: the affirmative present is no denial', () => {
    expect(judge("Erivan, Karabağ'da etnik temizlik yapılıyor dedi.").map((j) => j.polarity)).toEqual([1]);
  });
});

describe('accusing and denying in every aspect and participle (Polish)', () => {
  it('the imperfective "obwinia"', () => {
    expect(judge('Erywań obwinia Azerbejdżan o czystki etniczne w Karabachu.')).toEqual([{ actor: 'armenia', action: 'accuse', polarity: 1, verdict: 'corroborated' }]);
  });
  it('the passive participle "odparty", with its agent', () => {
    expect(judge('Zarzut czystek etnicznych został przez Baku odparty.')).toEqual([{ actor: 'azerbaijan', action: 'deny', polarity: 1, verdict: 'corroborated' }]);
  });
  it('near-miss: the same denial by Armenia is not Azerbaijan\'s', () => {
    // Nothing read is right too; what must never come out is Azerbaijan's denial, or any corroborated one (review 19 L1).
    expect(judge('Zarzut czystek etnicznych został przez Erywań odparty.').filter((j) => j.actor !== 'armenia' || j.verdict === 'corroborated')).toEqual([]);
  });
});

describe('an Armenian name in a case that is no subject\'s, and the state\'s adjective, are not the subject', () => {
  it('"Ադրբեջանական լրատվամիջոցները Հայաստանին մեղադրել են": neither Armenia nor Azerbaijan accuses', () => {
    expect(judge('Ադրբեջանական լրատվամիջոցները Հայաստանին մեղադրել են էթնիկ զտման մեջ։')).toEqual([]);
  });
  it('near-miss: Armenia in the nominative still accuses', () => {
    expect(judge('Հայաստանը Ադրբեջանին մեղադրել է էթնիկ զտման մեջ։')).toEqual([{ actor: 'armenia', action: 'accuse', polarity: 1, verdict: 'corroborated' }]);
  });
});
