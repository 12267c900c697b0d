// Round 20a: statements carried by a noun of the act (act-nouns.ts). The doer of a surrender's or a
// dissolution's noun is read from its own genitive when that names the region's side by its words or
// the region's name; a preposition of circumstance before the noun takes the act as done, whoever the
// clause's subject is; a request's or promise's noun has its doer in a link right before it.
import { describe, expect, it } from 'vitest';
import { actNounHits, regionGenitive } from '../../lib/statements/act-nouns';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import type { StatementLexicon } from '../../lib/statements/lexicon/shape';
import { compileLexicon } from '../../lib/statements/patterns';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const read = (text: string) => frames(text).map((f) => `${f.actor ?? f.unnamedDoer ?? '-'} ${f.polarity < 0 ? 'not ' : ''}${f.action ?? 'fact'}`);

/** The acts every language must list nouns for (StatementLexicon.actNouns), by name when missing. */
const NOUN_ACTS = ['surrender', 'dissolve', 'ask', 'pledge'] as const;
function nounGaps(lex: StatementLexicon): string[] {
  return NOUN_ACTS.filter((a) => !lex.actNouns?.[a]?.length).map((a) => `actNouns.${a}`);
}

describe('nouns of acts are lexicon data (StatementLexicon.actNouns)', () => {
  it.each(STATEMENT_LEXICONS.map((l) => [l.lang, l] as const))('%s lists nouns of surrendering, dissolving, asking and pledging', (_, lex) => {
    expect(nounGaps(lex)).toEqual([]);
  });
  it('a language without them is named with the missing part', () => {
    const en = STATEMENT_LEXICONS.find((l) => l.lang === 'en')!;
    expect(nounGaps({ ...en, actNouns: { surrender: ['surrender'] } })).toEqual(['actNouns.dissolve', 'actNouns.ask', 'actNouns.pledge']);
  });
});

describe('the genitive of a noun of an act names its doer (regionGenitive)', () => {
  const genitive = (lang: string, text: string) => {
    const lex = compileLexicon(STATEMENT_LEXICONS.find((l) => l.lang === lang)!);
    const nouns = actNounHits(text, 0, lex);
    return regionGenitive(text, nouns[0]!.end, text.length, lex, [], nouns);
  };
  it.each([
    ['en', 'the surrender of the local units'],
    ['ru', 'капитуляция карабахских отрядов'],
    ['pl', 'rozbrojenie i rozwiązanie lokalnych formacji'],
    ['pt', 'a dissolução das unidades do Exército de Defesa do Karabakh'],
    ['de', 'die Auflösung der örtlichen Behörden'],
  ])('%s: the side is named in the genitive: "%s"', (lang, text) => {
    expect(genitive(lang, text)).toBe('separatists');
  });
  it.each([
    ['en', 'the dissolution Armenian leaders had feared'],
    ['en', 'the surrender in Karabakh'],
    ['fr', "la dissolution de l'URSS a ouvert le conflit du Karabakh"],
    ['fr', 'la dissolution de ce territoire à majorité arménienne'],
  ])('near-miss, %s: no genitive, or one left before the side is named: "%s"', (lang, text) => {
    expect(genitive(lang, text)).toBeNull();
  });
});

describe('a noun of surrender or dissolution with its genitive is the region side’s act', () => {
  it.each([
    ['ru', 'Операция закончилась капитуляцией карабахских формирований.'],
    ['cs', 'Po kapitulaci místních ozbrojených sil začal exodus z Karabachu.'],
    ['fr', 'Les réfugiés affluent en Arménie depuis la capitulation des forces locales du Karabakh.'],
  ])('%s', (_, text) => {
    expect(read(text)).toContain('separatists surrender');
  });
  it.each([
    ['en', 'Baku reopened the border crossing days after the surrender of the separatists.'],
    ['es', 'El ejército azerbaiyano detuvo la ofensiva en Karabaj tras la rendición de los separatistas.'],
  ])('%s: after a preposition of circumstance, the subject before does not own it', (_, text) => {
    expect(read(text)).toContain('separatists surrender');
  });
  it.each([
    ['en', 'Baku called for the surrender of the separatists in Karabakh.'],
    ['en', 'Historians in Yerevan recalled the capitulation of Armenia in Karabakh.'],
    ['ru', 'В Баку вспоминали роспуск советских частей в Карабахе.'],
  ])('near-miss, %s: no act of the region’s side', (_, text) => {
    expect(frames(text).filter((f) => (f.action === 'surrender' || f.action === 'dissolve') && (f.actor ?? f.unnamedDoer) === 'separatists')).toEqual([]);
  });
});

describe('a request’s or promise’s noun with a linked doer right before it', () => {
  it('it: the doer after "dall’" asks, not the subject that receives', () => {
    expect(read("La Commissione europea ha ricevuto dall'Armenia una richiesta di aiuti per i profughi del Karabakh.")).toEqual(['armenia ask']);
  });
  it('near-miss: another doer there is that doer’s promise, not the receiver’s', () => {
    expect(read('Il governo armeno ha ricevuto dalla Russia una promessa di aiuti per i profughi del Karabakh.')).toEqual(['russia pledge']);
  });
});

describe('the owner of a mission’s noun sends it (missionOwner)', () => {
  it.each([
    ['ru', 'В Степанакерт в воскресенье прибыла делегация ООН.'],
    ['pl', 'Do Stepanakertu dotarła w niedzielę misja ONZ.'],
    ['de', 'Am Sonntag ist eine UN-Delegation in Berg-Karabach eingetroffen.'],
  ])('%s: the genitive or compound owner, not the place before the verb', (_, text) => {
    expect(read(text)).toEqual(['un send']);
  });
  it('near-miss: another body’s mission has no owner the lexicon knows', () => {
    expect(frames('В Карабах прибыла миссия ОБСЕ.').filter((f) => f.actor === 'un')).toEqual([]);
  });
});
