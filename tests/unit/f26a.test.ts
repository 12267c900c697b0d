// Round 26 (f26a): a paragraph that names the offensive by its own noun ("the 24-hour blitz", "əməliyyat"), between two
// paragraphs about the region and after one that named the offensive, goes on with their subject. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { LANGUAGES, vocabularyFor } from '../../lib/lexicon';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string) => extractClaims(text, { pageDay: day('2023-09-27') }).map((c) => [c.text, c.measure, c.event]);
const LEAD = 'Armenians of Nagorno-Karabakh are still crossing into Armenia after the offensive of Azerbaijan.';
const AFTER = 'Aid groups in Armenia are collecting blankets for the families from Karabakh.';

describe('the offensive\'s own nouns (lexicon `dateNouns.start`, `attacks.nouns`, less the words of war)', () => {
  it('every language has some, and none is a bare word of war', () => {
    for (const code of LANGUAGES) {
      const v = vocabularyFor(code);
      expect(v.offensiveNouns.source.length, code).toBeGreaterThan(10);
    }
    expect(vocabularyFor('en').offensiveNouns.test('the war in Ukraine')).toBe(false);
    expect(vocabularyFor('en').offensiveNouns.test('the lightning blitz')).toBe(true);
  });
});

describe('a paragraph naming the offensive between two about the region is read', () => {
  it.each([
    [`${LEAD}\n\nThe whole blitz was over in 24 hours, when the fighters agreed to hand in their guns.\n\n${AFTER}`, '24 hours', 'duration'],
    [`${LEAD}\n\nThe one-day assault left at least 200 people dead, a local rights official said.\n\n${AFTER}`, 'at least 200', 'killed'],
    ['Antiterror əməliyyatından sonra Dağlıq Qarabağdan olan ermənilər Gorus şəhərinə gəlir.\n\nƏməliyyat cəmi 24 saat davam etdi.\n\nErmənistandakı yardım təşkilatları Qarabağdan gələn ailələr üçün yorğan toplayır.', 'cəmi 24 saat', 'duration'],
    ['Arméni z Náhorního Karabachu po ázerbájdžánské ofenzívě dál přicházejí do Goris.\n\nPři ofenzívě zahynulo nejméně 200 lidí, uvedl místní ombudsman.\n\nHumanitární organizace v Arménii sbírají deky pro rodiny z Karabachu.', 'nejméně 200', 'killed'],
  ])('%s', (text, figure, measure) => {
    expect(claims(text)).toContainEqual([figure, measure, 'exodus-2023']);
  });

  it('near miss: no paragraph before named the offensive (a rescue operation is another subject)', () => {
    expect(claims(`Armenians from Nagorno-Karabakh keep arriving in Goris, officials in Yerevan say.\n\nA rescue operation at a coal mine in Kazakhstan freed the miners after two days underground.\n\n${AFTER}`)).toEqual([]);
  });
  it('near miss: a word of war alone (another war) is no noun of the offensive', () => {
    expect(claims(`${LEAD}\n\nRussia's war in Ukraine has killed more than 10,000 civilians, the UN says.\n\n${AFTER}`)).toEqual([]);
  });
  it('near miss: the paragraph after is not about the region', () => {
    expect(claims(`${LEAD}\n\nThe one-day assault on the bank in Lyon left two guards hurt.\n\nThe weather in Paris was mild on Sunday.`)).toEqual([]);
  });
});
