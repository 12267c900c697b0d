// Verdicts, thirteenth round: the mechanisms found on reporting the engine was not tuned on, each
// against a small corpus written for the test (paraphrases, never article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { makeSource } from '../../lib/corpus';
import { buildIndex } from '../../lib/source-index';

const report = (id: string, date: string, body: string) =>
  makeSource(id, `${id}\n\n${date}\n\n${body}\n`, { id, outlet: `Outlet ${id}`, title: id, date, dateBasis: 'stated', origin: null, url: null } as never);
const check = (text: string, index: ReturnType<typeof buildIndex>, date: string) => checkText(text, index, { pageDay: parseIsoDate(date)! });
const claimOf = (text: string, figure: string, index: ReturnType<typeof buildIndex>, date: string) => check(text, index, date).find((c) => c.text === figure);

describe('a count of leavers as large as the whole population is judged as the population', () => {
  const index = buildIndex([
    report('people', '2023-09-28', 'Nagorno-Karabakh had a population of about 120,000 before the offensive.'),
    report('count', '2023-09-29', 'Almost 85,000 people have fled Nagorno-Karabakh to Armenia, the government said.'),
  ]);
  it('"all 120,000 fled" gives the population the reports give, in English and in Dutch', () => {
    expect(claimOf('All 120,000 Armenians of Nagorno-Karabakh fled to Armenia.', '120,000', index, '2023-09-26')).toMatchObject({ measure: 'population', verdict: 'corroborated' });
    expect(claimOf('Alle 120.000 Armeniërs zijn uit Nagorno-Karabach naar Armenië gevlucht.', '120.000', index, '2023-09-26')).toMatchObject({ measure: 'population', verdict: 'corroborated' });
  });
  it('more leavers than anyone says lived there conflicts with the population', () => {
    expect(claimOf('Aus Berg-Karabach sind 145.000 Menschen nach Armenien geflohen.', '145.000', index, '2023-10-01')).toMatchObject({ measure: 'population', verdict: 'conflicting' });
  });
  it('a smaller count, and an open bound at the population, stay counts of who left', () => {
    expect(claimOf('By Friday 80,000 people had fled Nagorno-Karabakh.', '80,000', index, '2023-09-29')).toMatchObject({ measure: 'left' });
    expect(claimOf('In Nagorno-Karabakh up to 120,000 refugees are expected in Armenia.', 'up to 120,000', index, '2023-09-27')).toMatchObject({ measure: 'left' });
  });
});
