// Verdicts, nineteenth round: the verdict a fact-checker would sign on the figures found (issue 11).
// Every sentence here is a paraphrase written for the test, never an article's text.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const figures = (text: string, date: string) =>
  checkText(text, index, { pageDay: parseIsoDate(date)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);

describe('which of a dissolution\'s two days is the decree\'s is read once, by extraction (the debt of round 18)', () => {
  it('takes no dateline for the later day a dissolution is decreed before (English, French)', () => {
    expect(figures('2024-05-20 The separatist republic of Nagorno-Karabakh ceased to exist on 1 January 2024.', '2024-05-20')).toEqual([['1 January 2024', 'date:dissolution', 'corroborated']]);
    expect(figures("2024-05-20 La république séparatiste du Haut-Karabakh a cessé d'exister le 1er janvier 2024.", '2024-05-20')).toEqual([['1er janvier 2024', 'date:dissolution', 'corroborated']]);
  });

  it('still reads the earlier of two days beside words of dissolving as the decree\'s (English, German)', () => {
    const en = figures('On 28 September the leader of Nagorno-Karabakh signed a decree under which the republic will cease to exist on 1 January 2024.', '2023-10-02');
    expect(en).toContainEqual(['28 September', 'date:decree', 'consistent']);
    expect(en).toContainEqual(['1 January 2024', 'date:dissolution', 'corroborated']);
    const de = figures('Am 28. September kündigte die Führung Berg-Karabachs an, zum 1. Januar 2024 alle staatlichen Institutionen aufzulösen.', '2023-10-02');
    expect(de).toContainEqual(['28. September', 'date:decree', 'consistent']);
  });
});
