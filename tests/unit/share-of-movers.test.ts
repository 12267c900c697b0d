// A share of the people who left ("half of the refugees", "60% of those who fled") says what they are or
// do; it is no share of the population that left or stayed. Texts written for this project (no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const figures = (text: string) =>
  checkText(text, index, { pageDay: parseIsoDate('2023-10-05')! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure]);

describe('a share of the people who left', () => {
  it('gives nothing for a share of the refugees, in words or digits, in several languages', () => {
    expect(figures('More than half of the refugees from Nagorno-Karabakh are staying with relatives in Armenia.')).toEqual([]);
    expect(figures('By 11 October, 40 percent of the refugees from Nagorno-Karabakh had been put in temporary housing.')).toEqual([]);
    expect(figures('Plus de la moitié des réfugiés du Haut-Karabakh sont hébergés par des proches.')).toEqual([]);
    expect(figures('Die Hälfte der Geflüchteten aus Bergkarabach sind Kinder.')).toEqual([]);
  });

  it('gives nothing for a share of those who fled, the relative clause right after it', () => {
    expect(figures('More than half of those who fled Nagorno-Karabakh were women and children.')).toEqual([]);
    expect(figures('Some 60% of those who left Nagorno-Karabakh are children.')).toEqual([]);
    expect(figures('Half of those who had fled Nagorno-Karabakh were children.')).toEqual([]);
  });

  it('still reads a share of the population or of the residents that left', () => {
    expect(figures("More than half of Nagorno-Karabakh's residents have left their homes.")).toEqual([['More than half', 'share_left']]);
    expect(figures('More than 80% of the population of Nagorno-Karabakh has left for Armenia.')).toEqual([['More than 80%', 'share_left']]);
    expect(figures('Más de la mitad de los habitantes de Nagorno Karabaj ha huido a Armenia.')).toEqual([['Más de la mitad', 'share_left']]);
    // The relative clause of a population noun is the population's: "the population, who fled in days".
    expect(figures('More than 80% of the population, who fled Nagorno-Karabakh in days, are now in Armenia.')).toEqual([['More than 80%', 'share_left']]);
  });
});
