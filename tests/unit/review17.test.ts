// Guards for the review of round 17: each sentence below gave a wrong claim on the merged round and a
// right one (or none) after its mend. Texts written for this project (no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const claims = (text: string, date = '2023-10-05') => checkText(text, index, { pageDay: parseIsoDate(date)! });
const figures = (text: string, date?: string) =>
  claims(text, date)
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);
const statements = (text: string) =>
  claims(text)
    .filter((c) => c.kind === 'statement')
    .map((c) => [c.statement?.actor, c.statement?.action, c.verdict]);

describe('the end of a community is not the dissolution of the republic (H1)', () => {
  it('gives no dissolution date to "no longer exists" said of the people, in English and French', () => {
    expect(figures("Since October 2023, the Armenian community of Nagorno-Karabakh no longer exists, after Azerbaijan's offensive.")).toEqual([]);
    expect(figures("Depuis octobre 2023, la communauté arménienne du Haut-Karabakh n'existe plus, après l'offensive de l'Azerbaïdjan.")).toEqual([]);
  });
});

describe('"existence" is no word of the war (H2)', () => {
  it('does not make a span beside the refugees\' existence the length of the offensive', () => {
    const read = figures("Azerbaijan's offensive in Nagorno-Karabakh ended with a ceasefire. For two weeks the refugees' existence in Goris depended on aid, after 100,000 fled.");
    expect(read.filter(([, measure]) => measure === 'duration')).toEqual([]);
  });
});

describe('"the prime minister" after a named Azerbaijani prime minister stays his (H3)', () => {
  it('reads the denial as Azerbaijan\'s, corroborated', () => {
    const read = statements("Azerbaijan's offensive in Nagorno-Karabakh ended with a ceasefire. Azerbaijani Prime Minister Ali Asadov visited Khankendi on Monday. According to Baku, the prime minister rejected claims of ethnic cleansing.");
    expect(read.length).toBeGreaterThan(0);
    for (const [actor, , verdict] of read) expect([actor, verdict]).toEqual(['azerbaijan', 'corroborated']);
  });
});

describe('babies in their arms are no weapons given up (H4)', () => {
  it('reads no surrender where "arms" is the body, across a comma or after "in their"', () => {
    expect(statements("Azerbaijan's offensive in Nagorno-Karabakh ended with a ceasefire. Armenian families gave up everything, babies in their arms, and fled to Armenia.")).toEqual([]);
    expect(statements("Azerbaijan's offensive in Nagorno-Karabakh ended with a ceasefire. The separatists' mothers lay down on the ground with babies in their arms.")).toEqual([]);
  });
});

describe('one evacuation is not a wrong count of the exodus (H5)', () => {
  it('keeps 50,000 evacuated by the Red Cross from conflicting with those who had left', () => {
    const read = figures('By 28 September 2023, around 50,000 residents had been evacuated from Nagorno-Karabakh by the Red Cross and peacekeepers.');
    expect(read).toHaveLength(1);
    expect(read[0]![2]).not.toBe('conflicting');
  });
});

describe('a dissolution dated to a day of the decree\'s week is still a wrong date (H6)', () => {
  it('conflicts "dissolved on 26 September 2023" with the reports\' 1 January 2024', () => {
    expect(figures("Nagorno-Karabakh: the breakaway republic was dissolved on 26 September 2023, weeks after Azerbaijan's offensive.")).toEqual([['26 September 2023', 'date:dissolution', 'conflicting']]);
  });
});

describe('a span before a relative clause is not how long the exodus took (M1)', () => {
  it('reads no exodus time where "who fled" stands between the span and its verb', () => {
    for (const text of [
      'For ten days, 500 families who fled Nagorno-Karabakh have been sleeping in a school gym in Goris, Armenia.',
      'In the last five days, the Armenian government has registered 2,000 refugees who fled Nagorno-Karabakh and need housing.',
    ]) expect(figures(text).filter(([, measure]) => measure === 'exodus_time')).toEqual([]);
  });
});
