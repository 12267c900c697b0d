// Round 18 (b): a read date is placed in the event its own clause names. Texts written for this
// project (paraphrases, no article text).
import { describe, expect, it } from 'vitest';
import { leavingStartedOn } from '../../lib/as-of';
import { epochDay, parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { vocabularyFor } from '../../lib/lexicon/index';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const figures = (text: string, date = '2023-10-05') =>
  checkText(text, index, { pageDay: parseIsoDate(date)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.event, c.verdict]);

describe('the first day of the leaving (date:exodus)', () => {
  it('dates the exodus where a verb of starting starts the leaving, in English and Russian', () => {
    expect(figures('In Nagorno-Karabakh, the exodus of the Armenians began on 24 September, days after the ceasefire.')).toContainEqual(['24 September', 'date:exodus', 'exodus-2023', 'corroborated']);
    expect(figures('24 сентября началось массовое перемещение жителей Нагорного Карабаха в Армению.')).toContainEqual(['24 сентября', 'date:exodus', 'exodus-2023', 'corroborated']);
  });
  it('contradicts another first day, and in French reads "began to arrive"', () => {
    expect(figures('In Nagorno-Karabakh, the mass exodus began on 26 September.')).toContainEqual(['26 September', 'date:exodus', 'exodus-2023', 'conflicting']);
    expect(figures('Les premiers réfugiés du Haut-Karabakh ont commencé à arriver en Arménie le 24 septembre.')).toContainEqual(['24 septembre', 'date:exodus', 'exodus-2023', 'corroborated']);
  });
  it('keeps the offensive\'s day where the offensive is what begins, or stands between the verb and the day', () => {
    const launched = figures("In Nagorno-Karabakh, Azerbaijan began its offensive on 19 September, and thousands of refugees fled.");
    expect(launched.map(([, m]) => m)).not.toContain('date:exodus');
    const after = figures('In Nagorno-Karabakh, the exodus began after the offensive of 19 September.');
    expect(after.map(([, m]) => m)).not.toContain('date:exodus');
  });
  it('gives no start to a day the exodus merely went on', () => {
    expect(figures('In Nagorno-Karabakh, the exodus went on on 26 September as cars queued at the Hakari bridge.').map(([, m]) => m)).not.toContain('date:exodus');
  });
  it('reads a report that dates the first day by a weekday', () => {
    const v = vocabularyFor('en');
    const thursday = epochDay(2023, 9, 28);
    expect(leavingStartedOn('The migration began Sunday.', 0, thursday, v)).toEqual([{ start: 20, end: 26, day: epochDay(2023, 9, 24) }]);
    expect(leavingStartedOn('The offensive began Tuesday.', 0, thursday, v)).toEqual([]);
    expect(leavingStartedOn('Refugees arrived on Sunday.', 0, thursday, v)).toEqual([]);
  });
});

describe('a bare year of the 2020 war beside a word of war', () => {
  it('dates the 2020 war, in English and Portuguese', () => {
    expect(figures('Nagorno-Karabakh saw two wars, one in the early 1990s and another in 2020.')).toContainEqual(['2020', 'date:start', 'war-2020', 'corroborated']);
    expect(figures('O enclave de Nagorno-Karabakh foi palco de duas guerras, uma nos anos noventa e outra em 2020.')).toContainEqual(['2020', 'date:start', 'war-2020', 'corroborated']);
  });
  it('dates nothing for a year of no war, or a year across a full stop', () => {
    expect(figures('In Nagorno-Karabakh, the authorities restored the old name in 2017, long after the war.')).toEqual([]);
    expect(figures('Nagorno-Karabakh was rebuilt in 2020. The war left it ruined.')).toEqual([]);
  });
});

describe('a count of leaving from a day counts from the exodus\'s first day', () => {
  // Review 18, H3: a count from a day says the leaving had begun by then, not that it began that day ("Since
  // 19 September, more than 100,000 have fled" is true); read as the first day it conflicted. Since stop 42 such a
  // day is read as the first day only where it is that day, the 24th (tests/unit/counts-since-a-day.test.ts).
  it('reads "since <day> … left" as the first day only on the 24th, in Russian and English', () => {
    expect(figures('С 24 сентября из Нагорного Карабаха в Армению переехали 100 417 человек.').filter(([, m]) => m === 'date:exodus').map(([, , , v]) => v)).toEqual(['corroborated']);
    expect(figures('Since 19 September, more than 100,000 Armenians have fled Nagorno-Karabakh.').map(([, , , v]) => v)).not.toContain('conflicting');
    expect(figures('Since 19 September, more than 100,000 Armenians have fled Nagorno-Karabakh.').map(([, m]) => m)).not.toContain('date:exodus');
  });
  it('leaves a day the offensive is nearer alone', () => {
    expect(figures('Since 19 September, when Azerbaijan launched its offensive on Nagorno-Karabakh, 100,000 have fled.').map(([, m]) => m)).not.toContain('date:exodus');
  });
});

describe('the day of an arrest', () => {
  it('dates the arrest, unverified, in German and French', () => {
    expect(figures('In Bergkarabach wurde der frühere Staatsminister am 27. September 2023 an der Grenze verhaftet.', '2024-01-10')).toContainEqual(['27. September 2023', 'date:arrest', 'exodus-2023', 'unverified']);
    expect(figures("Les anciens dirigeants du Haut-Karabakh avaient été arrêtés en septembre 2023, après l'offensive.", '2025-01-10')).toContainEqual(['septembre 2023', 'date:arrest', 'exodus-2023', 'unverified']);
  });
});

describe('of two days beside words of dissolving, the earlier is the decree and the later the dissolution', () => {
  it('reads both, whichever the word stands nearer, in French and Spanish', () => {
    const fr = figures("Au Haut-Karabakh, la république séparatiste a annoncé ce jeudi 28 septembre son autodissolution et celle de ses institutions à partir du 1er janvier 2024.", '2023-09-29');
    expect(fr).toContainEqual(['28 septembre', 'date:decree', 'exodus-2023', 'consistent']);
    expect(fr).toContainEqual(['1er janvier 2024', 'date:dissolution', 'exodus-2023', 'corroborated']);
    const es = figures('Nagorno Karabaj dejará de existir a partir del 1 de enero de 2024, anunció su presidente el 28 de septiembre, tras firmar un decreto para disolver sus instituciones.', '2023-09-29');
    expect(es).toContainEqual(['28 de septiembre', 'date:decree', 'exodus-2023', 'consistent']);
    expect(es).toContainEqual(['1 de enero de 2024', 'date:dissolution', 'exodus-2023', 'corroborated']);
  });
});
