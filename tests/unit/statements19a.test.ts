// Round 19a: statements read from clause structure (issue 13). Review 18's M4: the genitive links ("of
// the", "de la", "von der", "van de") are each lexicon's data (StatementLexicon.genitiveLinks), not an
// inline list in the reader; Dutch, which the inline list did not cover, reads its genitive act nouns.
import { describe, expect, it } from 'vitest';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { compileLexicon } from '../../lib/statements/patterns';
import { readFrames } from '../../lib/statements/reader';

const frames = (text: string) => readFrames(text, [{ start: 0, end: text.length }]);
const read = (text: string) => frames(text).map((f) => `${f.actor ?? f.unnamedDoer ?? '-'} ${f.polarity < 0 ? 'not ' : ''}${f.action ?? 'fact'} ${f.concepts.join(',')}`);

describe('genitive links are lexicon data (StatementLexicon.genitiveLinks, review 18 M4)', () => {
  it('each of en, de, fr, es, it, pt, nl lists its own; a lexicon without them accepts only a bare genitive', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']) {
      const lex = STATEMENT_LEXICONS.find((l) => l.lang === lang)!;
      expect(lex.genitiveLinks?.length, lang).toBeGreaterThan(0);
      expect(compileLexicon(lex).genitiveBefore, lang).not.toBeNull();
    }
    const bare = compileLexicon({ ...STATEMENT_LEXICONS.find((l) => l.lang === 'ru')!, genitiveLinks: undefined });
    expect(bare.roleOf.test(' ')).toBe(true);
    expect(bare.roleOf.test(' of the ')).toBe(false);
    const en = compileLexicon(STATEMENT_LEXICONS.find((l) => l.lang === 'en')!);
    expect(en.roleOf.test(' of the ')).toBe(true);
    expect(en.genitiveBefore!.test('the offensive of ')).toBe(true);
    // A link of another language is none: Dutch "de" is an article, French "de" no English link.
    expect(en.roleOf.test(' de ')).toBe(false);
    const nl = compileLexicon(STATEMENT_LEXICONS.find((l) => l.lang === 'nl')!);
    expect(nl.roleOf.test(' van de ')).toBe(true);
    expect(nl.roleOf.test(' de ')).toBe(false);
  });
  it.each([
    ['nl', 'Het offensief van Bakoe eindigde met de overgave van de Armeense separatisten.'],
    ['de', 'Die Offensive von Baku endete mit der Kapitulation der Separatisten.'],
  ])('%s: the act noun tied by a genitive link to the region side is its act; the name after a link is no subject', (_, text) => {
    expect(read(text)).toEqual(['separatists surrender offensive,disarm']);
  });
  it.each([
    ['nl', 'Armenië betreurde de overgave van de Armeense separatisten.'],
    ['en', 'Armenia regretted the surrender of the separatists.'],
  ])('near-miss, %s: another party as the subject before keeps the act noun nobody’s act', (_, text) => {
    expect(frames(text).filter((f) => f.action === 'surrender')).toEqual([]);
  });
});

describe("a verb of regret is a criticism, and its 'that' clause is what it criticises", () => {
  it.each([
    ['fr', "Paris a déploré que Bakou n'ait consenti à une mission de l'ONU au Karabakh qu'après l'exode."],
    ['it', 'La Francia si è rammaricata che Baku abbia autorizzato la missione Onu solo a esodo avvenuto.'],
    ['pt', 'A França lamentou que Baku só tenha autorizado a missão da ONU depois do êxodo.'],
    ['en', 'France criticised that Baku agreed to a UN mission only after the exodus.'],
    ['de', 'Frankreich beklagte, Baku habe die UN-Mission erst nach der Flucht der Armenier zugelassen.'],
  ])('%s: France criticises; the content’s act is no act of France’s, its negation no negation of the criticism', (_, text) => {
    expect(read(text)).toEqual(['france criticise mission']);
  });
  it.each([
    ['en', 'France did not regret the UN mission to Karabakh.'],
    ['fr', "Paris n'a pas déploré la mission de l'ONU au Karabakh."],
  ])('near-miss, %s: a negation before the verb still negates it', (_, text) => {
    expect(read(text)).toEqual(['france not criticise mission']);
  });
  it('near-miss: a "that" after a comma is no content of the criticism', () => {
    expect(read('France criticised the offensive, and Baku agreed to a UN mission.').filter((r) => r.startsWith('france agree'))).toEqual([]);
  });
});

describe("a promise's noun tied by a link word to a name right after it is that name's promise", () => {
  it.each([
    ['en', 'The Armenians fled despite the promises from Baku that their rights would be respected.'],
    ['de', 'Die Armenier misstrauen den Zusicherungen aus Baku, ihre Rechte zu achten.'],
    ['fr', 'Les Arméniens doutent des garanties données par Bakou sur leurs droits.'],
    ['it', 'Gli armeni non si fidano delle garanzie date da Baku sul rispetto dei loro diritti.'],
    ['nl', 'De Armeniërs vertrouwen de beloftes van Bakoe over hun rechten niet.'],
  ])('%s: Azerbaijan pledges, whoever the subject, and the governing verb’s negation is not the promise’s', (_, text) => {
    expect(read(text)).toEqual(['azerbaijan pledge rights']);
  });
  it.each([
    ['fr', 'Erevan a exigé de Bakou le respect des droits des Arméniens.', 'armenia demand rights'],
    ['en', 'Armenia asked Russia for aid.', 'armenia ask aid'],
    ['en', 'Baku did not promise to respect their rights.', 'azerbaijan not pledge rights'],
  ])('near-miss, %s: a verb keeps its subject, and its negation', (_, text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('verbless asides after the subject phrase leave the first clause the subject (phase 2)', () => {
  it.each([
    ['de', 'Die Führung der Enklave Bergkarabach, nach internationalem Recht ein Teil Aserbaidschans, hat sich aufgelöst.'],
    ['en', 'The leadership of the Karabakh enclave, a part of Azerbaijan under international law, has dissolved itself.'],
    ['fr', "La direction de l'enclave, une partie de l'Azerbaïdjan, s'est dissoute."],
  ])('%s: the region side dissolves', (_, text) => {
    expect(read(text)).toEqual(['separatists dissolve dissolution']);
  });
  it('near-miss: a first clause of no side of the region gives the act no doer', () => {
    expect(read('The Soviet Union, a state of fifteen republics, dissolved in 1991.')).toEqual(['- dissolve dissolution']);
  });
});
