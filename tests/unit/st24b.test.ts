// Round 24b: who acts, and what the judge makes of it. A negative determiner inside a party's own troops; armed
// bodies disbanded (their disarming, not the republic's end); Armenia's adjective after the region's name (the
// region's side); the one told after a verb of saying is no speaker.
import { describe, expect, it } from 'vitest';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { frames, judged, read } from './statement-probes';

describe("a negative determiner inside a party's own troops negates them", () => {
  it.each([
    ['Yerevan said again that it has no troops in Nagorno-Karabakh.', 'armenia not say armenia-army-presence'],
    ['Armenia insisted it had no soldiers of its own in the enclave.', 'armenia not say armenia-army-presence'],
    ['Yerevan has always said that Armenia kept no troops there.', 'armenia not say armenia-army-presence'],
    ['Eriwan erklärte, es habe keine eigenen Truppen in Berg-Karabach.', 'armenia not say armenia-army-presence'],
  ])('is Armenia denying its army there, as the report has it: "%s"', (text, reading) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)).toEqual(['corroborated 002']);
  });
  it('a denial of having any is still a denial', () => {
    expect(read('Yerevan denies it has any troops there.')).toEqual(['armenia deny armenia-army-presence']);
  });
  it.each(['Turkey insisted it had no soldiers of its own in the enclave.', 'Russia said it had no troops of its own in Karabakh.'])('near-miss: another party’s own troops are no key term: "%s"', (text) => {
    expect(frames(text)).toEqual([]);
  });
  it('near-miss: "no" before another noun negates nothing', () => {
    expect(read('Yerevan said it had no doubt that Azerbaijan was carrying out ethnic cleansing in Karabakh.')).toEqual(['armenia say expulsion']);
  });
});

describe('armed bodies disbanded are disarmed, not the republic dissolved (StatementLexicon.armedBodies)', () => {
  it.each([
    ['Under the truce, the Karabakh defence battalions will be disbanded.', 'separatists surrender disarm'],
    ['The separatist leadership agreed to dissolve its units.', 'separatists agree disarm'],
    ['Les séparatistes ont accepté de dissoudre leurs forces armées.', 'separatists agree disarm'],
    ['По условиям перемирия силы сепаратистов в Нагорном Карабахе будут распущены.', 'separatists surrender disarm'],
    ['Los separatistas se comprometieron a disolver sus fuerzas.', 'separatists pledge disarm'],
  ])('"%s" is read as disarming and cites the report of laying down arms', (text, reading) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)[0]).toMatch(/^corroborated .*000/u);
  });
  it.each([
    ['The separatist government announced it would dissolve itself.', 'separatists dissolve dissolution'],
    ['Under the truce, the Karabakh government will be disbanded.', 'separatists dissolve dissolution'],
  ])('near-miss: the government dissolved stays the dissolution: "%s"', (text, reading) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)).toEqual(['corroborated 004']);
  });
  it('near-miss: forces named before another verb are not what is dissolved', () => {
    expect(read('After Azerbaijani forces retook the region the republic was dissolved.').pop()).toMatch(/ dissolve dissolution$/u);
  });
  it('near-miss: a coordinator between the body and the act leaves the dissolution', () => {
    expect(read('The separatist leadership said its army and its government would be dissolved.')).toEqual(['separatists dissolve dissolution']);
  });
  it('near-miss: another party’s units disbanded are judged on nothing', () => {
    expect(judged('Under the truce, the Russian peacekeeping units in Karabakh will be disbanded.')).toEqual([null]);
  });
  it.each(STATEMENT_LEXICONS.map((l) => [l.lang, l] as const))('%s has words for armed bodies', (lang, lex) => {
    expect(lex.armedBodies?.length ? lang : `${lang}: armedBodies missing`).toBe(lang);
  });
});

describe("Armenia's adjective after the region's name is the region's side", () => {
  it.each([
    ['The Karabakh Armenian leadership said the republic would be dissolved.', 'separatists dissolve dissolution'],
    ['Karabakh Armenian authorities agreed to lay down their arms.', 'separatists agree disarm'],
  ])('"%s"', (text, reading) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)[0]).toMatch(/^corroborated/u);
  });
  it('near-miss: the state after a preposition and the region stays the state', () => {
    expect(read('Azerbaijan claimed that in Karabakh Armenia kept thousands of troops.')).toEqual(['azerbaijan say armenia-army-presence']);
  });
  it('near-miss: the Armenian authorities with no region before them are Armenia', () => {
    expect(read('Armenian authorities asked Brussels for emergency help with the refugees from Karabakh.')).toEqual(['armenia ask aid']);
  });
  it('near-miss: a diaspora is no body of the region', () => {
    expect(judged('The Karabakh Armenian diaspora said the republic would be dissolved.')).toEqual([null]);
  });
});

describe('the one told after a verb of saying is no speaker', () => {
  it('the noun phrase before the verb speaks', () => {
    const text = 'Baku is carrying out ethnic cleansing in Karabakh, the Armenian foreign minister told the UN General Assembly.';
    expect(read(text)).toEqual(['armenia say expulsion']);
    expect(judged(text)[0]).toMatch(/^corroborated/u);
  });
  it('a name right after the verb still speaks', () => {
    expect(read('Baku is carrying out ethnic cleansing in Karabakh, said Pashinyan.')).toEqual(['armenia say expulsion']);
  });
  it('near-miss: a speaker the lexicon cannot name leaves the words no one’s', () => {
    expect(frames('Baku is carrying out ethnic cleansing in Karabakh, a French journalist told the UN General Assembly.')).toEqual([]);
  });
});

describe('a "that" clause after a party that opens the sentence is that party’s words', () => {
  it.each([
    ['Yerevan has long maintained that Azerbaijan is carrying out ethnic cleansing in Karabakh.', 'armenia say expulsion'],
    ['Erevan, de son côté, soutenait qu’aucune force armée arménienne n’était présente au Karabakh.', 'armenia not say armenia-army-presence'],
  ])('"%s"', (text, reading) => {
    expect(read(text)).toEqual([reading]);
    expect(judged(text)[0]).toMatch(/^corroborated/u);
  });
  it('near-miss: another party’s words are judged on nothing (not the page’s fact, disputed)', () => {
    expect(judged('Ankara has long maintained that Azerbaijan is carrying out ethnic cleansing in Karabakh.')).toEqual([null]);
  });
  it.each(['Reports from Yerevan showed that ethnic cleansing was under way in Karabakh.', 'Armenia’s refugees believe that ethnic cleansing took place in Karabakh.'])('near-miss: a party after a preposition or as a possessive does not speak: "%s"', (text) => {
    expect(judged(text).filter((j) => j !== null)).toEqual([]);
  });
});
