// Verdicts, seventeenth round: verdicts on figures the engine finds, and the event it puts them in.
// Each sentence below is written for this project (no article text) and was judged wrongly before
// the round's change.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { classifyEvent } from '../../lib/events';
import { agreement, compare } from '../../lib/relation';
import type { Figure } from '../../lib/figures';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const figures = (text: string, date: string) =>
  checkText(text, index, { pageDay: parseIsoDate(date)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.event, c.verdict]);

describe('a year is read only where it stands alone, not inside a run of digits (review 16, L1)', () => {
  it('does not read "2015" inside "1201500" as the year that scopes a population', () => {
    const sentence = 'Form 1201500 lists about 120,000 people living in Nagorno-Karabakh.';
    const at = sentence.indexOf('about 120,000');
    const figure = { start: at, end: at + 'about 120,000'.length, raw: 'about 120,000', value: 120000, low: 116400, high: 123600, unit: 'count', qualifier: 'approx', vague: false, tolerance: 5000 } as unknown as Figure;
    expect(classifyEvent(sentence, 0, figure, 'population', parseIsoDate('2023-09-28')!)).toBe('exodus-2023');
    // A year that stands alone still scopes it.
    const census = 'The 2015 census lists about 120,000 people living in Nagorno-Karabakh.';
    const at2 = census.indexOf('about 120,000');
    expect(classifyEvent(census, 0, { ...figure, start: at2, end: at2 + 13 } as Figure, 'population', parseIsoDate('2023-09-28')!)).toBe('conflict');
  });
});

describe('a toll larger than any report allows is one the reports do not count (labelling rule 4)', () => {
  it('leaves a total of both sides and the blast unverified, on any day (English, Portuguese)', () => {
    expect(figures('In all, nearly 600 people died in Nagorno-Karabakh since the offensive began.', '2023-10-01')).toEqual([['nearly 600', 'exodus-2023', 'unverified']]);
    // A toll a named source gives is that source's count, still read against the reports (the samples' dm04).
    expect(figures("Nagorno-Karabakh's human rights ombudsman said about 1,000 people were wounded in the Azerbaijani attack.", '2023-09-28')[0]![2]).not.toBe('unverified');
    expect(figures('Quase 600 pessoas morreram na ofensiva do Azerbaijão em Nagorno-Karabakh.', '2023-09-29')).toEqual([['Quase 600', 'exodus-2023', 'unverified']]);
  });

  it('still reads a toll within the reports\' reach against them', () => {
    expect(figures('At least 200 people were killed and around 400 wounded in the offensive on Nagorno-Karabakh.', '2023-10-01')).toEqual([
      ['At least 200', 'exodus-2023', 'corroborated'],
      ['around 400', 'exodus-2023', 'corroborated'],
    ]);
  });
});

describe('"contested" denies a figure only as a verb with its object, not as a territory\'s adjective', () => {
  it('does not call a figure disputed in a sentence about a contested region (English, French)', () => {
    expect(figures('The UN will send a mission to the contested region of Nagorno-Karabakh, its first in about 30 years.', '2023-09-30')).toEqual([['about 30 years', 'exodus-2023', 'corroborated']]);
    expect(figures("L'ONU enverra une mission dans le territoire contesté du Haut-Karabakh, la première depuis environ 30 ans.", '2023-09-30')).toEqual([['environ 30 ans', 'exodus-2023', 'corroborated']]);
  });

  it('still reads a figure contested by one side as disputed (English, French)', () => {
    expect(figures('Baku contested the figure of 100,000 refugees from Nagorno-Karabakh.', '2023-09-30')[0]![2]).toBe('disputed');
    expect(figures('Bakou a contesté le chiffre de 100 000 réfugiés du Haut-Karabakh.', '2023-09-30')[0]![2]).toBe('disputed');
  });
});

describe('a share at a strict bound is not the bound\'s figure (review 16, L2: what null means)', () => {
  it('reads "80%" beside "more than 80%" as consistent, neither corroborated nor conflicting', () => {
    const statement = { qualifier: 'gt', unit: 'percent', value: 80, low: 80, high: 80, tolerance: 0.5, vague: false } as const;
    const claim = { qualifier: 'exact', unit: 'percent', value: 80, low: 80, high: 80, tolerance: 0.5, vague: false } as const;
    expect(agreement(claim, statement)).toBeNull();
    expect(compare({ ...claim, asOf: 19630 }, { ...statement, asOf: 19630 }, 'share_left').relation).toBe('context');
  });
});

describe('"by the end of the year" and 1 January of the next name one turn of the year (labelling rule 3)', () => {
  it('corroborates the dissolution by the end of the year with the report\'s 1 January 2024 (Polish, Portuguese, English)', () => {
    expect(figures('Rząd Górskiego Karabachu ogłosił, że republika przestanie istnieć do końca roku.', '2023-09-28')).toEqual([['końca roku', 'exodus-2023', 'corroborated']]);
    expect(figures('O governo separatista de Nagorno-Karabakh disse que a república deixará de existir até o final do ano.', '2023-09-28')[0]![2]).toBe('corroborated');
    expect(figures('The government of Nagorno-Karabakh said the republic would cease to exist by the end of the year.', '2023-09-28')[0]![2]).toBe('corroborated');
  });

  it('still reads a December that is no end of a year as another month', () => {
    expect(figures('The government of Nagorno-Karabakh said it will dissolve in December.', '2023-09-28')[0]![2]).toBe('conflicting');
  });
});

describe('the exodus called an evacuation is judged as the count of who left', () => {
  it('reads tens of thousands "evacuated" by a day as those who had left by then (Russian, English)', () => {
    expect(figures('В Армению из Нагорного Карабаха эвакуированы почти 89 тысяч человек.', '2023-09-29')).toEqual([['почти 89 тысяч', 'exodus-2023', 'consistent']]);
    expect(figures('Armenia reports that more than 100,000 people have evacuated the Nagorno-Karabakh region.', '2023-09-30')).toEqual([['more than 100,000', 'exodus-2023', 'corroborated']]);
  });

  it('keeps one evacuation, far smaller than who had left, unverified', () => {
    expect(figures('On 19 September, 7,000 people were evacuated from villages in Nagorno-Karabakh.', '2023-09-20')).toEqual([['7,000', 'exodus-2023', 'unverified']]);
    expect(figures('Russian peacekeepers evacuated 5,000 people from Nagorno-Karabakh on Thursday.', '2023-09-29')).toEqual([['5,000', 'exodus-2023', 'unverified']]);
  });
});

describe('the day the corridor was blocked is the blockade\'s, whatever else its sentence names', () => {
  it('compares a wrong month with the report\'s December though the sentence names the offensive (Italian, English)', () => {
    expect(figures("Dopo l'offensiva il bilancio potrebbe salire, poiché il corridoio di Lachin verso l'Armenia è stato bloccato a novembre 2022 dall'Azerbaigian.", '2023-09-20')).toEqual([['novembre 2022', 'blockade', 'conflicting']]);
    expect(figures('The offensive came after Azerbaijan blocked the Lachin corridor in December 2022.', '2023-09-20')).toEqual([['December 2022', 'blockade', 'corroborated']]);
  });
});

describe('a span is rounded to its own unit: "three decades" is 25 to 35 years', () => {
  it('does not call 32 years of self-rule or more than 35 years of conflict a conflict with "three decades" (English, French)', () => {
    expect(figures('For more than 35 years, Armenia and Azerbaijan have fought a bitter conflict over Nagorno-Karabakh.', '2025-08-08')).toEqual([['more than 35 years', 'conflict', 'consistent']]);
    expect(figures("La république du Haut-Karabakh a duré trente-deux ans avant que l'Azerbaïdjan ne la reprenne.", '2023-09-28').map(([, , v]) => v)).not.toContain('conflicting');
  });
});

describe('a date that writes its own year is of that year, whatever era a word beside it names', () => {
  it('reads September 2023 beside "the early 1990s" and the accord of 2020 beside "the offensive" in their own years (English, Italian)', () => {
    expect(figures('Since the early 1990s, Armenians had controlled Nagorno-Karabakh, but in September 2023 that autonomy came to an end.', '2024-03-01')).toEqual([['September 2023', 'exodus-2023', 'corroborated']]);
    const it = figures("L'offensiva arriva dopo l'accordo del 2020 sul cessate il fuoco nel Nagorno-Karabakh, dopo una guerra di 44 giorni.", '2023-09-20');
    expect(it.find(([t]) => t === '2020')?.[1]).toBe('war-2020');
  });
});

describe('a word of the blockade in any case form scopes a span beside it (Armenian)', () => {
  it('puts ten months of blockade in the blockade, not the offensive', () => {
    const claims = figures('Ադրբեջանը Արցախի բնակչությանը 10 ամիս շրջափակման մեջ էր պահում, հետո սկսեց ագրեսիան։', '2023-09-26');
    expect(claims.filter(([t]) => String(t).includes('10')).map(([, e]) => e)).not.toContain('exodus-2023');
  });
});
