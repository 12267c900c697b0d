// Guards for the review of round 15: each sentence below gave a wrong claim on the merged round and
// a right one (or none) after its mend. Texts written for this project (no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { readFrames } from '../../lib/statements/reader';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const check = (text: string, date = '2023-10-05') => checkText(text, index, { pageDay: parseIsoDate(date)! });
const figures = (text: string) => check(text).filter((c) => c.kind === 'figure').map((c) => [c.text, c.measure, c.verdict]);

describe('a count of people "from Karabakh" with no verb of leaving is not the exodus', () => {
  it('gives nothing for a protest, a gathering or a concert of people from the region', () => {
    expect(figures('About 2,000 people from Karabakh protested in Yerevan on Sunday against the government.')).toEqual([]);
    expect(figures('Rund 5.000 Menschen aus Berg-Karabach demonstrierten am Sonntag in Jerewan.')).toEqual([]);
    expect(figures('Yerevan hosted 3,000 people at a concert for the refugees from Nagorno-Karabakh.')).toEqual([]);
  });

  it('still reads a count that only the exodus reaches, or one the clause sends to Armenia', () => {
    expect(figures('More than 100,000 Armenians out of Nagorno-Karabakh in a week, officials said.')).toEqual([['More than 100,000', 'left', 'corroborated']]);
    expect(figures('Over 50,000 people from Nagorno-Karabakh to Armenia since Sunday.').map((f) => f[1])).toEqual(['left']);
  });
});

describe('"almost all" is the share who left only when it is the region\'s people', () => {
  it('gives nothing for almost all of the refugees or of the hotels', () => {
    expect(figures('Almost all the refugees from Nagorno-Karabakh have found housing in Armenia, the government said.')).toEqual([]);
    expect(figures('Almost all of the hotels in Goris are full of people who fled Nagorno-Karabakh, a reporter said.')).toEqual([]);
  });

  it('reads almost all of the residents, in English and German', () => {
    expect(figures("Nearly all of Karabakh's estimated 120,000 residents fled the territory.")[0]).toEqual(['Nearly all', 'share_left', 'corroborated']);
    expect(figures('Inzwischen haben nahezu alle der geschätzt 120.000 armenischen Einwohner Berg-Karabach verlassen.')[0]).toEqual(['nahezu alle', 'share_left', 'corroborated']);
  });
});

describe('a toll beside the blast keeps the offensive its sentence names', () => {
  it('files the offensive\'s dead under the offensive, not the fuel-depot blast', () => {
    const claim = check('In September 2023, at least 200 people were killed in the offensive on Nagorno-Karabakh, and 68 more died in the fuel depot explosion.').find((c) => c.text === 'at least 200');
    expect([claim?.event, claim?.verdict]).toEqual(['exodus-2023', 'corroborated']);
  });
});

describe('statements: a false attribution is not read as a demand', () => {
  it('does not corroborate Azerbaijan dissolving the republic as its demand when nobody is said to say it', () => {
    const statements = check('Azerbaijan dissolved the breakaway republic of Nagorno-Karabakh.').filter((c) => c.kind === 'statement');
    expect(statements.map((c) => c.verdict)).not.toContain('corroborated');
  });

  it('does not take "the agency" for the UN named before (it is as often the wire agency)', () => {
    const text = 'The UN said its mission reached Stepanakert on Sunday. The agency said Azerbaijan had expelled the Armenians.';
    const second = text.indexOf('The agency');
    const later = readFrames(text, [{ start: 0, end: text.length }]).filter((f) => f.start >= second);
    expect(later.length).toBeGreaterThan(0);
    expect(later.map((f) => f.actor ?? f.speaker)).not.toContain('un');
  });
});
