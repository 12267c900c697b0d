// Round 17b: verdicts on statements (a party's plain saying of what it pledges) and statements in
// Russian, Polish, Czech, Turkish, Azerbaijani and Armenian: the state's adjective before an institution
// in every case, a source named by a pronoun or a noun of saying, ceasing to exist, the region's capital.
import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../lib/passages';
import { judgeFrame } from '../../lib/statements/judge';
import { readFrames } from '../../lib/statements/reader';
import { wireIndex } from './helpers/wire-report';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);

const judge = (sentence: string) => {
  const found = readFrames(sentence, splitPassages(sentence)).map((f) => judgeFrame(f, wireIndex)).filter((j) => j !== null);
  return found.map((j) => ({ verdict: j.verdict, relations: j.relations.map((r) => r.relation) }));
};

describe("a party's plain saying of what the reports give as its pledge is that pledge", () => {
  it.each([
    ['en', 'Aliyev said the rights of Karabakh Armenians would be respected.'],
    ['tr', "Aliyev, Karabağ'daki Ermenilerin haklarına saygı gösterileceğini söyledi."],
  ])('%s', (_, text) => {
    expect(judge(text)).toEqual([{ verdict: 'corroborated', relations: ['supports'] }]);
  });
  it('near-miss: another party saying it is not that party pledging it', () => {
    expect(judge('Armenia said the rights of Karabakh Armenians would be respected.')).toEqual([]);
  });
  it('near-miss: saying is no pledge of an accusation (the families stay apart for other content)', () => {
    // Azerbaijan saying there was ethnic cleansing is not made Armenia's accusation nor a pledge.
    expect(judge('Azerbaijan said ethnic cleansing was under way in Karabakh.').every((j) => j.relations.every((r) => r !== 'supports'))).toBe(true);
  });
});

describe("the state's adjective before an institution, in every case and order (Polish -ńsk-)", () => {
  it.each([
    ['Armeński rząd zaprzeczył, że w Karabachu stacjonują oddziały armii Armenii.', 'armenia'],
    ['Azerbejdżańskie MSZ odrzuciło oskarżenia o czystki etniczne w Karabachu.', 'azerbaijan'],
    ['Rząd azerbejdżański odrzucił oskarżenia o czystki etniczne w Karabachu.', 'azerbaijan'],
  ])('%s', (text, actor) => {
    expect(frames(text).map((f) => f.actor)).toContain(actor);
  });
  it('near-miss: the adjective before people who are no institution', () => {
    expect(frames('Azerbejdżańscy dziennikarze oskarżyli Armenię o czystki etniczne w Karabachu.').map((f) => f.actor)).not.toContain('azerbaijan');
  });
});

describe('a source named by a noun of saying or a pronoun after the attribution is the speaker, not the doer', () => {
  it.each([
    ['pl', 'Według komunikatu azerbejdżańskiego resortu obrony „separatyści skapitulowali”.', 'separatists', 'azerbaijan'],
    ['ru', 'Алиев выступил с обращением. По его словам, права и безопасность армян будут гарантированы.', 'azerbaijan', 'azerbaijan'],
  ])('%s', (_, text, actor, speaker) => {
    expect(frames(text).map((f) => [f.actor, f.speaker])).toContainEqual([actor, speaker]);
  });
  it('cs: the noun of saying lets the name after it be the source (the doer is not Azerbaijan)', () => {
    const f = frames('Podle prohlášení ázerbájdžánského ministerstva obrany separatisté složili zbraně.');
    expect(f.map((x) => x.speaker)).toContain('azerbaijan');
    expect(f.map((x) => x.actor)).not.toContain('azerbaijan');
  });
  it('near-miss (ru): "по их словам" after people who are no party names no speaker', () => {
    expect(frames('Армяне Карабаха покидают дома. По их словам, безопасность и права им никто не гарантирует.').filter((f) => f.actor || f.speaker)).toEqual([]);
  });
});

describe('ceasing to exist, or an end put to the republic, is its dissolution', () => {
  it.each([
    ['ru', 'Непризнанная республика в Карабахе перестанет существовать с 1 января.'],
    ['tr', "Şahramanyan, Karabağ'daki cumhuriyete son veren kararnameyi imzaladı."],
    ['cs', 'Neuznaná republika v Karabachu přestane existovat 1. ledna.'],
  ])('%s', (_, text) => {
    expect(frames(text).map((f) => f.action)).toContain('dissolve');
  });
  it.each([
    ['ru', 'Лачинский коридор перестал существовать как единственная дорога в Карабах.'],
    ['tr', "Azerbaycan, Karabağ'daki askeri operasyona son verdi."],
  ])('near-miss, %s: a road or an operation ended is no dissolution (no key term of it)', (_, text) => {
    expect(frames(text).filter((f) => f.concepts.includes('dissolution'))).toEqual([]);
  });
});

describe("the region's capital speaking or signing is its leadership (as Baku and Yerevan are theirs)", () => {
  it.each([
    ['hy', 'Ստեփանակերտը ստորագրեց Ղարաբաղում կապիտուլյացիայի մասին հայտարարությունը։'],
    ['ru', 'В Степанакерте заявили, что армянские формирования сложат оружие.'],
    ['pl', 'W Stepanakercie ogłosili, że republika przestanie istnieć.'],
  ])('%s', (_, text) => {
    expect(frames(text).some((f) => f.actor === 'separatists' || f.speaker === 'separatists')).toBe(true);
  });
  it.each([
    ['hy', 'Ադրբեջանը գրավեց Ստեփանակերտը և Ղարաբաղը։'],
    ['ru', 'В Степанакерте живут беженцы, которые говорили о роспуске республики.'],
  ])('near-miss, %s: the capital taken, or people living there', (_, text) => {
    expect(frames(text).filter((f) => f.actor === 'separatists' || f.speaker === 'separatists')).toEqual([]);
  });
});
