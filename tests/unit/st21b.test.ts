// Round 20b (st21b): statements whose verb the reader did not follow: a departure a causative makes
// someone take, a passive of guaranteeing rights, a past duty, and verbs by meaning.
import { describe, expect, it } from 'vitest';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const read = (text: string) => frames(text).map((f) => `${f.actor ?? f.unnamedDoer ?? '-'} ${f.polarity < 0 ? 'not ' : ''}${f.action ?? 'fact'} ${f.concepts.join(',')}`);

describe('a departure a causative makes someone take is the forced leaving (StatementLexicon.departures)', () => {
  it.each([
    ['en', 'Baku says nobody forced the residents of Karabakh to leave their homes.'],
    ['de', 'Baku erklärt, niemand zwinge die Bewohner Karabachs, ihre Häuser zu verlassen.'],
    ['es', 'Bakú afirma que nadie obligó a los vecinos de Karabaj a abandonar sus casas.'],
    ['nl', 'Bakoe zegt dat niemand de bewoners van Karabach dwingt hun huizen te verlaten.'],
  ])('%s: Baku says no one was forced out', (_, text) => {
    expect(read(text)).toEqual(['azerbaijan not say expulsion']);
  });
  it('de: a causative and its departure across a comma are one key term', () => {
    expect(read('Laut Eriwan wurden die Bewohner von Karabach gezwungen, ihre Dörfer zu verlassen.')).toEqual(['armenia say expulsion']);
  });
  it.each([
    ['en', 'Baku says it forced Armenian troops to leave Karabakh.'],
    ['de', 'Baku erklärt, es habe die armenische Armee gezwungen, Karabach zu verlassen.'],
    ['es', 'Bakú afirma que obligó a las fuerzas armenias a abandonar Karabaj.'],
  ])('near-miss, %s: forcing a party or its troops out is a withdrawal, no expulsion', (_, text) => {
    expect(frames(text).filter((f) => f.concepts.includes('expulsion'))).toEqual([]);
  });
  it.each([
    ['en', 'The shelling pushed the residents of Karabakh to flee towards Armenia.'],
    ['fr', "Les bombardements ont poussé les habitants du Karabakh à fuir vers l'Arménie."],
  ])('near-miss, %s: in the page\'s own voice a push to leave may be only a cause, and is not read', (_, text) => {
    expect(frames(text).filter((f) => f.concepts.includes('expulsion'))).toEqual([]);
  });
  it('near-miss, en: leaving with no causative is no key term', () => {
    expect(frames('Baku says nobody wants the residents of Karabakh to leave their homes.').filter((f) => f.concepts.includes('expulsion'))).toEqual([]);
  });
});

describe("a verbless clause about what a party promises, under an attribution naming its speaker, is the speaker's saying (PROMISED)", () => {
  it.each([
    ['nl', 'Volgens president Alijev worden de rechten van de Armeniërs in Karabach voortaan gegarandeerd.'],
    ['es', 'Según Aliyev, los derechos de los armenios de Karabaj serán plenamente respetados.'],
    ['de', 'Laut Alijew werden die Rechte der Armenier in Karabach künftig geachtet.'],
  ])('%s: Azerbaijan says the rights will be respected', (_, text) => {
    expect(read(text)).toEqual(['azerbaijan say rights']);
  });
  it.each([
    ['en', 'The rights of the Armenians in Karabakh will be fully respected.'],
    ['nl', 'Hopelijk worden de rechten van de Armeniërs in Karabach gerespecteerd.'],
  ])('near-miss, %s: with no speaker named, no one promises anything', (_, text) => {
    expect(frames(text)).toEqual([]);
  });
});

describe('verbs by meaning: urging and exhorting demand, consenting agrees; a negated departure asked of the residents is staying', () => {
  it.each([
    ['en', 'Baku urged the residents of Karabakh not to leave.', 'azerbaijan demand stay'],
    ['es', 'Bakú exhortó a los vecinos de Karabaj a no abandonar sus pueblos.', 'azerbaijan demand stay'],
    ['pt', 'Baku exortou os moradores de Karabakh a não deixar as suas aldeias.', 'azerbaijan demand stay'],
    ['nl', 'Bakoe drong er bij de inwoners van Karabach op aan niet te vertrekken.', 'azerbaijan demand stay'],
    ['en', 'The Karabakh forces consented to a full disarmament.', 'separatists agree disarm'],
  ])('%s: %s', (_, text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
  it.each([
    ['en', 'Baku urged Yerevan not to leave the negotiating table.'],
    ['es', 'Bakú exhortó a sus tropas a no abandonar sus posiciones en Karabaj.'],
  ])('near-miss, %s: staying asked of a party or its troops is not the residents’ staying', (_, text) => {
    expect(frames(text).filter((f) => f.concepts.includes('stay'))).toEqual([]);
  });
});

describe('a duty in a past tense says the act was done: its modal is no hedge (StatementLexicon.pastDuties)', () => {
  it.each([
    ['de', 'Die Separatisten in Bergkarabach hatten nach einem Tag die Waffen niederlegen müssen.'],
    ['nl', 'De separatisten in Karabach hebben na een dag hun wapens moeten neerleggen.'],
  ])('%s: the separatists surrendered', (_, text) => {
    expect(read(text)).toEqual(['separatists surrender disarm']);
  });
  it.each([
    ['de', 'Die Separatisten in Bergkarabach hätten die Waffen niederlegen müssen.'],
    ['de', 'Baku hat erklärt, die Separatisten in Bergkarabach müssen die Waffen niederlegen.'],
  ])('near-miss, %s: a counterfactual, or a present duty after a comma, states nothing done', (_, text) => {
    expect(frames(text).filter((f) => f.action === 'surrender')).toEqual([]);
  });
});

describe('verb-final forms of giving arms up, in a subordinate clause, are the handing over (de, nl)', () => {
  it.each([
    ['nl', 'Azerbeidzjan eiste van de separatisten in Karabach dat ze al hun wapens inleverden.'],
    ['de', 'Baku verlangte von den Separatisten in Karabach, dass sie alle ihre Waffen abgaben.'],
  ])('%s: Baku demanded the disarming', (_, text) => {
    expect(read(text)).toEqual(['azerbaijan demand disarm']);
  });
});

describe('the new classes are filled in every language where they exist', () => {
  it('every language with causatives lists departures (StatementLexicon.departures)', () => {
    const missing = STATEMENT_LEXICONS.filter((l) => l.causatives?.length && !l.departures?.length).map((l) => l.lang);
    expect(missing, `add departures to lib/statements/lexicon/{${missing.join(',')}}.ts`).toEqual([]);
  });
  it('the verb-second languages, which build a past duty with a present auxiliary, list pastDuties', () => {
    const missing = STATEMENT_LEXICONS.filter((l) => l.verbSecond && !l.pastDuties?.length).map((l) => l.lang);
    expect(missing, `add pastDuties to lib/statements/lexicon/{${missing.join(',')}}.ts`).toEqual([]);
  });
});
