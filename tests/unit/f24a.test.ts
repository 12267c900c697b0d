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
