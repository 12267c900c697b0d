// Round 24 (f24a): figures of English, Armenian, Azerbaijani, Turkish, French, Dutch and Czech pages. Texts written
// for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { LANGUAGES, LEXICONS } from '../../lib/lexicon';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2025-09-19') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);
const LEAD = 'The ethnic Armenians of Nagorno-Karabakh fled to Armenia after the offensive of Azerbaijan. ';

describe('a span of separatist rule read from a verb of ruling (lexicon `ruling`)', () => {
  it.each([
    [`${LEAD}After 30 years of being governed as a secessionist republic, the land went back to Baku.`, '30 years'],
    [`${LEAD}For three decades the enclave was administered by its Armenian majority.`, 'three decades'],
    ["Les Arméniens du Haut-Karabakh ont fui vers l'Arménie après l'offensive de l'Azerbaïdjan. La région a été gouvernée par les séparatistes arméniens pendant trente ans.", 'trente ans'],
    ['De Armeniërs van Nagorno-Karabach vluchtten naar Armenië na het offensief van Azerbeidzjan. De enclave werd dertig jaar lang bestuurd door Armeense separatisten.', 'dertig jaar'],
    ["Azerbaycan'ın saldırısından sonra Ermeniler Karabağ'dan kaçtı. Dağlık Karabağ 30 yıl boyunca Ermeni ayrılıkçılar tarafından yönetildi.", '30 yıl'],
  ])('%s', (text, span) => {
    expect(claims(text)).toContainEqual([span, 'duration']);
  });

  it('near-miss: a span of someone else ruling something else is no figure', () => {
    expect(claims(`${LEAD}The town of Vanadzor was governed by the same mayor for 12 years.`).filter(([t]) => t === '12 years')).toEqual([]);
    expect(claims(`${LEAD}The museum in Yerevan was run by one family for 12 years.`).filter(([t]) => t === '12 years')).toEqual([]);
  });

  it('every language lists its verbs of ruling, each also a word of war', () => {
    expect(LANGUAGES.filter((code) => LEXICONS[code].ruling.length === 0)).toEqual([]);
    const missing = LANGUAGES.flatMap((code) => LEXICONS[code].ruling.filter((w) => !LEXICONS[code].actions.war.strong.includes(w)).map((w) => `${code}:${w}`));
    expect(missing).toEqual([]);
  });
});

describe('"stop existing" dates the dissolution', () => {
  it('the republic that stops existing on a day', () => {
    expect(claims('The self-proclaimed Nagorno-Karabakh Republic will stop existing on January 1, 2024, its leader decided.', '2023-09-29')).toContainEqual(['January 1, 2024', 'date:dissolution']);
    expect(claims('The breakaway Karabakh republic stopped existing on 1 January 2024.', '2024-02-01')).toContainEqual(['1 January 2024', 'date:dissolution']);
  });

  it('near-miss: another thing that stops existing dates nothing', () => {
    expect(claims('In Nagorno-Karabakh, the old bus line to Goris stopped running on 1 January 2024.', '2024-02-01')).toEqual([]);
  });
});

describe('verbs of driving people out count those who left, with a noun of people (lexicon `expelling`)', () => {
  it.each([
    ["Azerbaijan's lightning offensive in Nagorno-Karabakh drove out some 100,000 Armenians within a week.", 'some 100,000'],
    ['In Nagorno-Karabakh, the offensive forced out about 100,000 ethnic Armenians.', 'about 100,000'],
    ["Plus de 100 000 Arméniens ont été chassés du Haut-Karabakh par l'offensive azerbaïdjanaise.", 'Plus de 100 000'],
    ['Meer dan 100.000 Armeniërs werden na het offensief uit Nagorno-Karabach verdreven.', 'Meer dan 100.000'],
  ])('%s', (text, figure) => {
    expect(claims(text, '2024-09-19')).toContainEqual([figure, 'left']);
  });

  it('near-miss: members expelled from a party are no exodus', () => {
    const text = "The offensive in Nagorno-Karabakh shook Armenian politics. A party in Yerevan then expelled 300 members for disloyalty.";
    expect(claims(text, '2024-09-19').filter(([t]) => t === '300')).toEqual([]);
  });

  it('every language lists its verbs of driving out, each also a strong word of leaving', () => {
    expect(LANGUAGES.filter((code) => LEXICONS[code].expelling.length === 0)).toEqual([]);
    const missing = LANGUAGES.flatMap((code) => LEXICONS[code].expelling.filter((w) => !LEXICONS[code].actions.left.strong.includes(w)).map((w) => `${code}:${w}`));
    expect(missing).toEqual([]);
  });
});

describe('a year between a possessive and a noun of what dates mark', () => {
  it.each([
    "Baku's 2023 offensive emptied Nagorno-Karabakh of its Armenian population.",
    'Since Azerbaijan’s 2023 takeover, the emptied Karabakh towns have been resettled by Azerbaijanis.',
    "Families who fled Azerbaijan's 2023 military operation in Nagorno-Karabakh still rent flats in Yerevan.",
  ])('%s', (text) => {
    expect(claims(text)).toContainEqual(['2023', 'date:start']);
  });

  it('near-miss: a possessive year before another noun is no date', () => {
    expect(claims("Armenia's 2023 budget set aside money for the refugees from Nagorno-Karabakh.").filter(([t]) => t === '2023')).toEqual([]);
    expect(claims("Karabakh's 2000 residents fled to Armenia.", '2023-09-28').filter(([, m]) => String(m).startsWith('date'))).toEqual([]);
  });
});

describe('where people went is not whose population the whole is', () => {
  it.each([
    ['In Nagorno-Karabakh, 28,120 residents had fled to Armenia by Wednesday, out of a population officials put at 120,000.', '120,000'],
    ['Nagorno-Karabakh: 70,000 fled into Armenia out of a population of 120,000', '120,000'],
  ])('%s', (text, figure) => {
    expect(claims(text, '2023-09-28')).toContainEqual([figure, 'population']);
  });

  it("near-miss: a destination the words after it describe is another place, and a country's millions are no region's", () => {
    expect(claims('Refugees from Nagorno-Karabakh moved to Armenia, whose population is put at 2,800,000.', '2023-09-28').filter(([t]) => t === '2,800,000')).toEqual([]);
    expect(claims('Thousands of Karabakh refugees moved to Armenia whose population is put at 2,800,000.', '2023-09-28').filter(([t]) => t === '2,800,000')).toEqual([]);
  });
});

describe("a share in apposition that names the people's side is their make-up, not a share who left", () => {
  it.each([
    "Most of the republic's population lived in Stepanakert, almost all of them Armenians, and they fled to Armenia after the offensive.",
    'Around 100,000 people fled Karabakh, 99% of them ethnic Armenians, officials said.',
  ])('%s', (text) => {
    expect(claims(text, '2024-01-15').filter(([, m]) => String(m).startsWith('share'))).toEqual([]);
  });

  it('near-miss: a share that opens its clause, or has its own verb, is still a share who left', () => {
    expect(claims('Almost all Armenians, fearing reprisals, fled Nagorno-Karabakh within a week.', '2024-01-15')).toContainEqual(['Almost all', 'share_left']);
    expect(claims('After the offensive, almost all Armenians left Nagorno-Karabakh.', '2024-01-15')).toContainEqual(['almost all', 'share_left']);
  });
});
