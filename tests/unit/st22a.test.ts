// Round 21a: statements whose doer the reader could not name. A long subject with an aside, a
// prepositional phrase or a possessive before the act; a signed instrument whose content follows a comma;
// a leader's name in another transliteration; an office with its seat ("a spokeswoman in Yerevan"); a
// role after a verb-second verb ("nannte der Präsidentenberater").
import { describe, expect, it } from 'vitest';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { LATIN_NAMES } from '../../lib/statements/lexicon/people';
import type { StatementLexicon } from '../../lib/statements/lexicon/shape';
import { compileLexicon, tableHits } from '../../lib/statements/patterns';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const read = (text: string) => frames(text).map((f) => `${f.actor ?? f.unnamedDoer ?? '-'} ${f.polarity < 0 ? 'not ' : ''}${f.action ?? 'fact'}`);

/** The parts of the doer's vocabulary a language must fill: offices, where the seat follows the office. */
function officeGaps(lex: StatementLexicon): string[] {
  return !lex.suffixing && !lex.offices?.length ? ['offices'] : [];
}

describe('offices are lexicon data (StatementLexicon.offices)', () => {
  it.each(STATEMENT_LEXICONS.map((l) => [l.lang, l] as const))('%s lists offices, unless it puts the seat before them', (_, lex) => {
    expect(officeGaps(lex)).toEqual([]);
  });
  it('a language without them is named with the missing part', () => {
    const en = STATEMENT_LEXICONS.find((l) => l.lang === 'en')!;
    expect(officeGaps({ ...en, offices: [] })).toEqual(['offices']);
  });
});

describe('names in every Latin transliteration (LATIN_NAMES)', () => {
  const names = (lang: string, text: string) => tableHits(compileLexicon(STATEMENT_LEXICONS.find((l) => l.lang === lang)!).actors, text, 0).map((h) => h.id);
  it.each([
    ['en', 'Shahramanian', 'separatists'],
    ['fr', 'Chahramanyan', 'separatists'],
    ['it', 'Szahramanian', 'separatists'],
    ['de', 'Hadschiyev', 'azerbaijan'],
    ['es', 'Alíev', 'azerbaijan'],
    ['nl', 'Paschinjan', 'armenia'],
    ['pt', 'Mirsojan', 'armenia'],
  ])('%s: "%s" is %s', (lang, text, id) => {
    expect(names(lang, text)).toEqual([id]);
  });
  it.each([['en', 'alive'], ['en', 'passion'], ['de', 'Aliens'], ['fr', 'Paris']])('near-miss, %s: "%s" names no one by these patterns', (lang, text) => {
    expect(names(lang, text).filter((id) => id !== 'france')).toEqual([]);
  });
  it('every Latin-script lexicon reads them', () => {
    for (const lex of STATEMENT_LEXICONS.filter((l) => l.script === 'Latin')) for (const [id, list] of Object.entries(LATIN_NAMES)) expect(lex.actors[id as keyof typeof lex.actors], `${lex.lang} ${id}`).toEqual(expect.arrayContaining([...list!]));
  });
});

describe('a subject named before an aside, a prepositional phrase or a possessive', () => {
  it.each([
    'Die separatistische Führung der Enklave, völkerrechtlich ein Gebiet Aserbaidschans, hat am Donnerstag ihre eigene Auflösung bekanntgegeben.',
    'Der Präsident der Republik Arzach (Bergkarabach), Samwel Schahramanjan, hat per Dekret die Auflösung aller staatlichen Institutionen verfügt.',
  ])('is the doer: "%s"', (text) => {
    expect(read(text)).toEqual(['separatists dissolve']);
  });
  it('near-miss: another state named in the first clause dissolves nothing of the region', () => {
    expect(read('Die Führung der Sowjetunion, damals Schutzmacht Armeniens, hatte 1991 ihre eigene Auflösung bekanntgegeben.').filter((r) => r.startsWith('separatists'))).toEqual([]);
  });
});

describe('a signed instrument whose content follows a comma', () => {
  it('the act in it is the signer’s', () => {
    expect(read('Глава Арцаха подписал указ, по которому республика прекращает существование.')).toEqual(['separatists dissolve']);
  });
  it('near-miss: a signer the lexicon cannot name gives no doer', () => {
    expect(read('Горбачёв подписал указ, по которому союзная республика прекращает существование.').filter((r) => !r.startsWith('-'))).toEqual([]);
  });
});

describe('an office with its seat names the seat’s state (StatementLexicon.offices)', () => {
  it.each([
    ['A spokeswoman in Baku denied that any ethnic cleansing had taken place in Karabakh.', 'azerbaijan deny'],
    ['Officials in Yerevan accused Azerbaijan of ethnic cleansing in Karabakh.', 'armenia accuse'],
  ])('as the subject: "%s"', (text, reading) => {
    expect(read(text)).toEqual([reading]);
  });
  it('as the source after an attribution', () => {
    expect(frames('Laut einem Regierungssprecher in Eriwan betreibt Aserbaidschan in Bergkarabach eine ethnische Säuberung.').map((f) => f.speaker)).toEqual(['armenia']);
  });
  it.each([
    'US officials in Baku denied that any ethnic cleansing had taken place in Karabakh.',
    'Western diplomats in Yerevan accused Azerbaijan of ethnic cleansing in Karabakh.',
    'Protesters in Yerevan accused Azerbaijan of ethnic cleansing in Karabakh.',
  ])('near-miss: an office or a noun with words of its own before it is not the seat’s state: "%s"', (text) => {
    expect(frames(text).map((f) => f.actor)).toEqual(frames(text).map(() => null));
  });
  it('near-miss: other states’ diplomats after an attribution name no source', () => {
    expect(frames('Laut westlichen Diplomaten in Eriwan betreibt Aserbaidschan in Bergkarabach eine ethnische Säuberung.').map((f) => f.speaker)).toEqual([]);
  });
});

describe('a role after a verb-second verb stands for the one named before', () => {
  it('and the allegation fronted before the verb, dismissed, is denied', () => {
    expect(read('Hadschijew sprach am Freitag vor Journalisten in Baku. Den von Jerewan erhobenen Vorwurf der ethnischen Säuberung nannte der Präsidentenberater eine Lüge.')).toEqual(['azerbaijan deny']);
  });
  it('near-miss: without a dismissal the fronted allegation is neither made nor denied', () => {
    expect(read('Hadschijew sprach am Freitag vor Journalisten in Baku. Den von Jerewan erhobenen Vorwurf der ethnischen Säuberung nannte der Präsidentenberater eine Frage für Historiker.')).toEqual([]);
  });
});

describe('a quotation’s tag names its speaker after the verb, a title before the name', () => {
  it.each([
    '«Las ciudades de Karabaj fueron bombardeadas sin descanso», declaró el ministro armenio Ararat Mirzoyan en Ginebra, acusando a Azerbaiyán de una limpieza étnica.',
    '«Las ciudades de Karabaj fueron bombardeadas sin descanso», denunció el ministro armenio Ararat Mirzoyan en Ginebra, acusando a Azerbaiyán de una limpieza étnica.',
  ])('and the gerund after the tag takes that speaker: "%s"', (text) => {
    expect(read(text)).toEqual(['armenia accuse']);
  });
  it.each([
    '«Las ciudades de Karabaj fueron bombardeadas sin descanso», denunció un periodista francés ante la ONU, acusando a Azerbaiyán de una limpieza étnica.',
    '«Karabakh a subi des bombardements», a dénoncé un journaliste français devant l’ONU, accusant l’Azerbaïdjan de nettoyage ethnique.',
  ])('near-miss: a body after the tag’s own noun phrase is no speaker: "%s"', (text) => {
    expect(frames(text).map((f) => f.actor)).toEqual([null]);
  });
});

describe('a clause that opens on an act only the region’s side does has its doer after the verb', () => {
  it('named by the side’s words', () => {
    expect(read('Capitulou na quarta-feira o governo não reconhecido de Nagorno-Karabakh.')).toEqual(['separatists surrender']);
  });
  it.each(['Capituló la República Española en 1939 tras tres años de guerra.', 'Se disolvió la Unión Soviética en 1991.', 'Capitulou o exército arménio após um dia de combates.'])('near-miss: another republic, or a key term after the verb: "%s"', (text) => {
    expect(read(text).filter((r) => r.startsWith('separatists'))).toEqual([]);
  });
});
