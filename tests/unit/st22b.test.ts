// Round 21b (st22b): statements whose act the reader did not follow: a party's own troops said of itself,
// a guarantee of what happened, arriving and travelling as sending a mission (and a body that arrives),
// verbs of foretelling as saying, nothing to fear as the assurance that there is no reason to flee.
import { describe, expect, it } from 'vitest';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const read = (text: string) => frames(text).map((f) => `${f.actor ?? f.unnamedDoer ?? '-'} ${f.polarity < 0 ? 'not ' : ''}${f.action ?? 'fact'} ${f.concepts.join(',')}`);
const about = (text: string, concept: string) => frames(text).filter((f) => f.concepts.includes(concept as never));

describe("a party's own troops in the region, said by Armenia, are Armenia's army there (StatementLexicon.ownTroops)", () => {
  it.each([
    ['en', 'Yerevan denies that it has any troops there.', 'armenia deny armenia-army-presence'],
    ['es', 'Ereván rechazó el martes que hubiera soldados suyos en la zona.', 'armenia deny armenia-army-presence'],
    ['ru', 'Ереван в пятницу отверг обвинения в том, что держит свою армию в Нагорном Карабахе.', 'armenia deny armenia-army-presence'],
    ['pl', 'Erywań zaprzecza, że ma swoich żołnierzy w Górskim Karabachu.', 'armenia deny armenia-army-presence'],
  ])('%s', (_, text, want) => {
    expect(read(text)).toEqual([want]);
  });
  it.each([
    ['en: another party', 'Baku said on Monday that it had no troops of its own in Karabakh.'],
    ['en: troops that left, no presence', 'Armenia said its troops left Karabakh long ago.'],
    ['en: another place', 'Armenia says it keeps its troops on the border with Azerbaijan.'],
    ['en: a bare preposition before another place', 'Yerevan denies that it has any troops in Georgia.'],
    ['es: another party', 'Bakú rechazó el martes que hubiera soldados suyos en la zona de Karabaj.'],
  ])('near-miss, %s: no key term', (_, text) => {
    expect(about(text, 'armenia-army-presence')).toEqual([]);
  });
});

describe('a guarantee of what the reports give as an allegation or a fact is a saying, not a promise', () => {
  it('pt: Armenia guaranteed it had no soldiers in the enclave', () => {
    expect(read('A Armênia garantiu na terça-feira não ter soldados no enclave de Karabakh.')).toEqual(['armenia not say armenia-army-presence']);
  });
  it('near-miss, en: a guarantee of rights stays a pledge', () => {
    expect(read('Baku promised to respect the rights of the Armenians of Karabakh.')).toEqual(['azerbaijan pledge rights']);
  });
});

describe('travelling and arriving in a sentence about a mission are its owner sending it (StatementLexicon.arrivals)', () => {
  it.each([
    ['en', 'The United Nations has said a mission of its own will travel to Nagorno-Karabakh over the weekend.'],
    ['en', 'A small UN team will fly into Nagorno-Karabakh this weekend, a UN spokesman said.'],
    ['de', 'Am Sonntag ist eine UN-Delegation nach Berg-Karabach gelangt.'],
  ])('%s', (_, text) => {
    expect(read(text)).toEqual(['un send mission']);
  });
  it('en: "its own will travel" is the modal, no free will (StatementLexicon.choices)', () => {
    expect(about('The United Nations has said a mission of its own will travel to Nagorno-Karabakh.', 'expulsion')).toEqual([]);
  });
  it('near-miss, en: travelling with no mission is nothing', () => {
    expect(frames('The Armenian prime minister will travel to Nagorno-Karabakh over the weekend.')).toEqual([]);
  });
});

describe('an international body that arrives in the region has sent its mission there', () => {
  it.each([
    ['en', 'For the first time in thirty years, the UN has arrived in Karabakh.'],
    ['es', 'Por primera vez en tres décadas, la ONU entra en Nagorno-Karabaj, de donde se han ido casi todos los armenios.'],
  ])('%s', (_, text) => {
    expect(read(text)).toContain('un send mission');
  });
  it.each([
    ['another place', 'For the first time in years, the UN chief has arrived in Baku.'],
    ['a state, no body', 'For the first time in thirty years, Armenia has arrived in Karabakh with aid.'],
    ['the body far from the verb', 'The UN said that the convoy has arrived in Karabakh.'],
  ])('near-miss, en: %s', (_, text) => {
    expect(about(text, 'mission')).toEqual([]);
  });
});

describe('verbs of foretelling are sayings', () => {
  it.each([
    ['es', 'Pashinián vaticinó el jueves que muy pronto no quedará ni un armenio en Karabaj.', 'armenia say no-armenians-left'],
  ])('%s', (_, text, want) => {
    expect(read(text)).toEqual([want]);
  });
  it('near-miss, es: a forecast about another thing is nothing', () => {
    expect(frames('Pashinián vaticinó el jueves que muy pronto la economía de Armenia crecerá.')).toEqual([]);
  });
});

describe('nothing to fear is the assurance that there is no reason to flee (the stay key term, ASSURANCES)', () => {
  it.each([
    ['en', 'Baku assured the Armenians of Karabakh that they had nothing to fear.'],
    ['es', 'Azerbaiyán asegura que los residentes de Karabaj no correrán peligro.'],
    ['it', 'Baku assicura che gli armeni del Karabakh non devono temere nulla.'],
    ['fr', "Bakou a assuré que les Arméniens du Karabakh n'ont rien à craindre."],
    ['de', 'Die Regierung in Baku erklärte, die Armenier in Karabach hätten nichts zu befürchten.'],
    ['nl', 'Volgens Azerbeidzjan hoeven de Armeniërs in Karabach nergens bang voor te zijn.'],
  ])('%s', (_, text) => {
    expect(read(text)).toEqual(['azerbaijan say stay']);
  });
  it.each([
    ['en: fear of something else', 'The Armenians of Karabakh have nothing to fear from the weather, Baku said.'],
    ['nl: a source the lexicon cannot name', 'Volgens de krant hoeven de Armeniërs in Karabach nergens bang voor te zijn.'],
  ])('near-miss, %s: nothing', (_, text) => {
    expect(frames(text)).toEqual([]);
  });
  it('near-miss, en: staying asked of a party after an attribution is still no word on the residents', () => {
    expect(about('According to Baku, Russia urged Yerevan not to leave the talks.', 'stay')).toEqual([]);
  });
});

describe('statement lexicons: own troops', () => {
  it.each(STATEMENT_LEXICONS.filter((l) => !l.suffixing).map((l) => [l.lang, l] as const))('%s has words for a party\'s own troops and for the region as a place', (lang, lex) => {
    expect(lex.ownTroops?.length ? lang : `${lang}: ownTroops missing`).toBe(lang);
    expect(lex.regionPlaces?.length ? lang : `${lang}: regionPlaces missing`).toBe(lang);
  });
});
