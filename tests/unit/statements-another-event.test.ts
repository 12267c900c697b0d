// A page written after the exodus about another event (the 2020 war's fifth anniversary) recalls attacks and
// losses of that war: its statements were matched to the 2023 reports ("Ermenistan'ın saldırıları" read as
// Azerbaijan's offensive, "kayıpların" as Azerbaijan's own losses, both corroborated) though its figures were
// already dropped by the page's vote on its event. Statements now follow the same vote. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const claims = (text: string, date?: string) => checkText(text, index, date ? { pageDay: parseIsoDate(date)! } : {});

const STATEMENT = 'Armenia accused Azerbaijan of ethnic cleansing in Nagorno-Karabakh. Baku rejected the accusation.';
const ANNIVERSARY_EN = [
  'Azerbaijan marks five years since the 44-day war',
  'On 27 September Azerbaijan remembered those who fell in the Second Karabakh War, which began on 27 September 2020 and lasted 44 days.',
  'Ceremonies for the 2020 war were held in Baku, and veterans of the 44-day war laid flowers.',
  STATEMENT,
].join('\n\n');
const ANNIVERSARY_TR = [
  "Azerbaycan, 44 günlük savaşın 5. yılında şehitlerini andı",
  "27 Eylül 2020'de başlayan 2. Karabağ Savaşı'nın yıl dönümünde Bakü'de törenler düzenlendi; 44 günlük savaşta hayatını kaybedenler anıldı.",
  "Ermenistan, Azerbaycan'ı Dağlık Karabağ'da etnik temizlikle suçladı. Bakü suçlamayı reddetti.",
].join('\n\n');

describe('a later page about another event', () => {
  it('gives no statement, as it gives no figure, in English and Turkish', () => {
    expect(claims(ANNIVERSARY_EN, '2025-09-27')).toEqual([]);
    expect(claims(ANNIVERSARY_TR, '2025-09-27')).toEqual([]);
  });

  it('near-miss: the same statement on a page about the exodus is still judged', () => {
    const found = claims(`Tens of thousands flee Nagorno-Karabakh\n\n${STATEMENT}`, '2023-10-01').filter((c) => c.kind === 'statement');
    expect(found.map((c) => [c.statement!.action, c.verdict])).toEqual([['accuse', 'corroborated'], ['deny', 'corroborated']]);
  });

  it('near-miss: an undated page is not judged by the vote, and the anniversary page of the exodus month keeps its statements', () => {
    expect(claims(ANNIVERSARY_EN).filter((c) => c.kind === 'statement').length).toBeGreaterThan(0);
    expect(claims(ANNIVERSARY_EN, '2023-10-01').filter((c) => c.kind === 'statement').length).toBeGreaterThan(0);
  });
});
