// Round 27 (d27b): years of the region's history. A verb of breaking away (seceding, proclaiming independence) dates
// the region's breakaway, a measure of its own (`date:breakaway`), not the first war's start: the reports give it as
// a decade (004: "in the 1990s … was able to break away"), which a page's same decade says and a year inside it only
// fits. A report's span of years never refutes a year outside it (a decade places an event loosely, as "last week"
// does). A part of a decade ("the early 1990s", "au début des années 1990") narrows its years.
// Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { checkText } from '../../lib/check';
import { extractFigures } from '../../lib/figures';
import { LANGUAGES, LEXICONS } from '../../lib/lexicon/index';
import { loadCorpusDir } from '../../scripts/corpus-files';
import { buildIndex } from '../../lib/source-index';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-10-12') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);
const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const verdicts = (text: string) => checkText(text, index, { pageDay: day('2023-10-12') }).map((c) => [c.text, c.measure, c.verdict]);

describe('a verb of breaking away dates the breakaway (lexicon `dateCues.breakaway`)', () => {
  it('reads it in several languages, the year before or after the verb', () => {
    expect(claims('Nagorno-Karabakh split from Azerbaijan in the 1990s, backed by Armenia.')).toEqual([['1990s', 'date:breakaway']]);
    expect(claims('Nagorno Karabaj resolvió escindirse de Azerbaiyán en 1988.')).toEqual([['1988', 'date:breakaway']]);
    expect(claims('Le Haut-Karabakh a proclamé son indépendance en 1991.')).toEqual([['1991', 'date:breakaway']]);
  });

  it('reads an opening date across a relative clause set off by commas', () => {
    expect(claims('In the 1990s, Nagorno-Karabakh, which is mostly inhabited by ethnic Armenians and lies inside Azerbaijan’s borders, broke away from Baku.')).toEqual([['1990s', 'date:breakaway']]);
  });

  it('near-miss: another country breaking away, or a year outside the region’s breakaway', () => {
    expect(claims('Abkhazia broke away from Georgia in the 1990s, and Nagorno-Karabakh’s Armenians watched closely.')).toEqual([]);
    expect(claims('Nagorno-Karabakh’s Armenians watched closely as Abkhazia broke away from Georgia in the 1990s.')).toEqual([]);
    expect(claims('Nagorno-Karabakh officials compared their case to Kosovo, which declared independence in 2008.')).toEqual([]);
  });

  it('every language has its verbs', () => {
    for (const code of LANGUAGES) expect(LEXICONS[code].dateCues.breakaway.length, code).toBeGreaterThan(0);
  });
});

describe('the reports’ decade of the breakaway judges a page’s years', () => {
  it('the same decade is corroborated; a year inside it, or the 1988 vote before it, is consistent', () => {
    expect(verdicts('Nagorno-Karabakh split from Azerbaijan in the 1990s, backed by Armenia.')).toEqual([['1990s', 'date:breakaway', 'corroborated']]);
    expect(verdicts('Le Haut-Karabakh a proclamé son indépendance en 1991.')).toEqual([['1991', 'date:breakaway', 'consistent']]);
    expect(verdicts('Nagorno Karabaj resolvió escindirse de Azerbaiyán en 1988.')).toEqual([['1988', 'date:breakaway', 'consistent']]);
  });

  it('the first war’s decade is the breakaway’s; a part of it is narrower, only consistent', () => {
    expect(verdicts('A brutal war in the 1990s gave the Armenians of Nagorno-Karabakh control of the enclave.')).toEqual([['1990s', 'date:start', 'corroborated']]);
    const early = verdicts('Deux guerres ont opposé Bakou et Erevan au Haut-Karabakh, la première au début des années 1990.');
    expect(early).toContainEqual(['début des années 1990', 'date:start', 'consistent']);
  });
});

describe('a part of a decade (lexicon `monthParts.before`) narrows its years', () => {
  it('reads "early", "Anfang der", "au début des" before a decade', () => {
    expect(extractFigures('in the early 1990s', 'en').map((f) => [f.raw, f.date])).toEqual([['early 1990s', { year: 1990, through: 1993 }]]);
    expect(extractFigures('den Krieg Anfang der 1990er Jahre', 'de').map((f) => [f.raw, f.date])).toEqual([['Anfang der 1990er Jahre', { year: 1990, through: 1993 }]]);
    expect(extractFigures('la première au début des années 1990', 'fr').map((f) => [f.raw, f.date])).toEqual([['début des années 1990', { year: 1990, through: 1993 }]]);
    expect(extractFigures('in the late 1980s', 'en').map((f) => [f.raw, f.date])).toEqual([['late 1980s', { year: 1986, through: 1989 }]]);
  });

  it('near-miss: a part before a month is still the month’s part', () => {
    expect(extractFigures('in early September', 'en').map((f) => [f.raw, f.date])).toEqual([['early September', { month: 9, part: 'early' }]]);
  });
});
