// Guards for the review of round 16: each sentence below gave a wrong claim on the merged round and
// a right one (or none) after its mend. Texts written for this project (no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const figures = (text: string, date = '2023-10-05') =>
  checkText(text, index, { pageDay: parseIsoDate(date)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.event, c.verdict]);

describe('a rate is not a duration: only the language\'s "of" links a vague number to its unit', () => {
  it('reads "thousands a day", "des milliers par jour", "migliaia al giorno" as people who left', () => {
    for (const text of [
      'Thousands a day crossed into Armenia from Nagorno-Karabakh after the offensive.',
      "Des milliers par jour ont fui le Haut-Karabakh vers l'Arménie après l'offensive.",
      "Migliaia al giorno hanno lasciato il Nagorno-Karabakh dopo l'offensiva.",
    ]) {
      const read = figures(text, '2023-09-26');
      expect(read).toHaveLength(1);
      expect(read[0]!.slice(1, 3)).toEqual(['left', 'exodus-2023']);
    }
  });
});

describe('a date is the start of the offensive only where the offensive\'s own phrase leads to it', () => {
  it('does not make a date that opens the sentence the day the offensive began', () => {
    const read = figures('On 20 September, Armenian officials said the offensive had killed 200 people in Nagorno-Karabakh.');
    expect(read).toEqual([['200', 'killed', 'exodus-2023', 'corroborated']]);
    expect(figures('On 26 September, UN officials criticised the offensive and called for access to Nagorno-Karabakh.')).toEqual([]);
  });

  it('does not make any dated attack the offensive', () => {
    expect(figures('A drone attack in Stepanakert on 21 September wounded a boy, local officials in Nagorno-Karabakh said.')).toEqual([]);
  });
});

describe('a court ruling and a governor are not the rule of a territory', () => {
  it('gives no duration of the offensive for a detention or a wait at the border', () => {
    expect(figures('A court in Baku ruled on Friday that Ruben Vardanyan, the former Nagorno-Karabakh leader, be held for four months.')).toEqual([]);
    expect(figures('El gobernador de Syunik dijo que los refugiados de Nagorno Karabaj esperaron durante tres días en la frontera.')).toEqual([]);
  });
});

describe('a word for one\'s own dead after a toll reaches past a comma only within a list', () => {
  it('keeps the Armenian toll the offensive\'s when the next clause gives Azerbaijan\'s martyrs', () => {
    const read = figures("Dağlık Karabağ'daki operasyonda en az 200 kişi hayatını kaybetti, Azerbaycan ordusundan ise 192 asker şehit oldu.", '2023-09-30');
    expect(read[0]).toEqual(['en az 200', 'killed', 'exodus-2023', 'corroborated']);
    expect(read[1]!.slice(0, 3)).toEqual(['192', 'killed:soldiers', 'azerbaijani-losses']);
  });

  it('still gives every item of a list of martyrs to Azerbaijan', () => {
    const read = figures("Savunma Bakanlığından 180, İçişleri Bakanlığından 12 personelin şehit olduğu bildirildi, Karabağ'daki operasyonda.", '2023-09-30');
    expect(read.map((r) => r[2])).toEqual(['azerbaijani-losses', 'azerbaijani-losses']);
  });
});

describe('a round figure given again is not the earlier event\'s', () => {
  it('keeps 100,000 who left in 2023 the exodus though 2020 also had 100,000', () => {
    const read = figures('During the 2020 war, about 100,000 people fled Nagorno-Karabakh to Armenia.\nBy Saturday, 100,000 people had left Nagorno-Karabakh for Armenia, officials said.', '2023-09-30');
    expect(read.at(-1)).toEqual(['100,000', 'left', 'exodus-2023', 'corroborated']);
  });
});
