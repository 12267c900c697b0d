// Round 25 (f25a): dates counted from the page's day ("last week", "three years ago"), the end of an offensive
// read from its noun, and Turkish and Azerbaijani capital İ. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { tokenize } from '../../lib/tokens';
import { LANGUAGES, LEXICONS } from '../../lib/lexicon';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso: string) => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure, c.event]);
const LEAD = 'The ethnic Armenians of Nagorno-Karabakh fled to Armenia after the offensive of Azerbaijan. ';

describe('a week counted from the page\'s is a date of its days (lexicon `relativeWeeks`)', () => {
  it('every language names the last week', () => {
    for (const code of LANGUAGES) expect(LEXICONS[code].relativeWeeks.some(([, offset]) => offset === -1), code).toBe(true);
  });
  it.each([
    [`${LEAD}Azerbaijan's army had launched its lightning offensive on the enclave last week.`, 'last week'],
    [`${LEAD}Last week's offensive by Azerbaijan drove them out.`, "Last week's"],
    ["Ermeniler Karabağ'dan kaçtı. Azerbaycan geçen hafta Dağlık Karabağ'da askeri operasyon başlattı.", 'geçen hafta'],
    ['Армяне бежали из Карабаха. Азербайджан на прошлой неделе начал наступление в Нагорном Карабахе.', 'на прошлой неделе'],
    ['Ermənilər Qarabağdan köçdü. Azərbaycan ordusu keçən həftə Qarabağda antiterror əməliyyatına başladı.', 'keçən həftə'],
    ['Arméni z Náhorního Karabachu utíkají do Arménie, kde je vláda ubytovává v hotelích a školách. Ázerbájdžán minulý týden zahájil ofenzivu.', 'minulý týden'],
  ])('%s', (text, figure) => {
    const found = extractClaims(text, { pageDay: day('2023-09-27') }).find((c) => c.text === figure);
    expect(found?.measure).toBe('date:start');
    // 18 to 24 September 2023, the week before a Wednesday paper's.
    expect(found?.figure.date?.days).toEqual([day('2023-09-18'), day('2023-09-24')]);
  });
  it('near miss: a week beside no word of the events dates nothing', () => {
    expect(claims(`${LEAD}Last week the city council of Gyumri debated a new budget for its schools.`, '2023-09-27')).toEqual([]);
  });
  it('a page that says the same week twice makes one claim of it', () => {
    const text = `${LEAD}Azerbaijan launched its offensive last week. Two hundred people died in the offensive of last week, officials said.`;
    expect(claims(text, '2023-09-27').filter(([, m]) => m === 'date:start')).toHaveLength(1);
  });
});

describe('a span ago shorter than ten years is the time it reaches back to', () => {
  it.each([
    [`${LEAD}In a war three years ago, Azerbaijan took back much of the land around the enclave.`, '2023-10-10', 'three years ago', 2020, 'war-2020'],
    ['Armênios fugiram de Nagorno-Karabakh. Numa guerra há três anos, o Azerbaijão retomou parte do território.', '2023-10-10', 'três anos', 2020, 'war-2020'],
    ['Ermənilər Qarabağdan köçdü. Azərbaycan ordusunun antiterror əməliyyatı iki il bundan əvvəl başladı.', '2025-09-20', 'iki il bundan əvvəl', 2023, 'exodus-2023'],
    ['Армяне бежали из Карабаха. Два года назад Азербайджан начал наступление в Нагорном Карабахе.', '2025-09-19', 'Два года назад', 2023, 'exodus-2023'],
  ])('%s', (text, iso, figure, year, event) => {
    const found = extractClaims(text, { pageDay: day(iso) }).find((c) => c.text === figure);
    expect([found?.measure, found?.figure.date?.year, found?.event]).toEqual(['date:start', year, event]);
  });
  it('near miss: days or weeks ago are no date (they date a return home as readily as the offensive)', () => {
    expect(claims('Qarabağda antiterror tədbirlərində yaralanan əsgər 5 gün öncə evə qayıdıb.', '2023-11-20')).toEqual([]);
    expect(claims(`${LEAD}Azerbaijan attacked the enclave a few weeks ago.`, '2023-10-20').filter(([, m]) => m === 'date:start')).toEqual([]);
  });
  it('near miss: a span ago beside no word of the events dates nothing', () => {
    expect(claims(`${LEAD}Three years ago the town of Goris opened a new library for its children.`, '2023-10-10')).toEqual([]);
  });
  it.each([
    ['Qarabağda yaralanan hər iki hərbçi antiterror tədbirlərindən 3 gün öncə evə qayıdıb.', '2023-11-20'],
    ["Ermeniler Karabağ'dan kaçtı. Saldırıdan iki hafta önce Azerbaycan koridoru kapattı.", '2023-11-20'],
  ])('near miss: after an ablative, "önce" is before that noun, not ago (lexicon `ago.from`): %s', (text, iso) => {
    expect(claims(text, iso).filter(([, m]) => m === 'date:start')).toEqual([]);
  });
  it('near miss: three decades ago is the span, not a date', () => {
    const found = extractClaims(`${LEAD}The Armenians took control of the region three decades ago.`, { pageDay: day('2023-10-10') }).find((c) => /decades/.test(c.text));
    expect(found?.figure.unit).not.toBe('date');
  });
});

describe('a noun of the offensive that its clause says ended gives the end\'s day (endedNoun)', () => {
  it.each([
    ["Ermeniler Karabağ'dan kaçtı. 20 Eylül'de Azerbaycan ordusunun operasyonu sona erdi.", "20 Eylül'de"],
    ['Армяне бежали из Карабаха. 20 сентября операция Азербайджана завершилась.', '20 сентября'],
    ['Ermənilər Qarabağdan köçdü. Azərbaycan ordusunun antiterror əməliyyatı sentyabrın 20-də başa çatdı.', 'sentyabrın 20-də'],
  ])('%s', (text, figure) => {
    expect(claims(text, '2023-10-01').find(([t]) => t === figure)?.[1]).toBe('date:end');
  });
  it.each([
    ["Ermeniler Karabağ'dan kaçtı. 19 Eylül'de başlayan operasyon bir gün sonra sona erdi.", "19 Eylül'de"],
    ['Армяне бежали из Карабаха. Операция 19 сентября завершилась капитуляцией.', '19 сентября'],
    ['Ermənilər Qarabağdan köçdü. Sentyabrın 19-da başlanan antiterror əməliyyatı bir gün sonra başa çatıb.', 'Sentyabrın 19-da'],
  ])('near miss: a verb of starting before the noun, or a day naming the noun (%s), stays the start', (text, figure) => {
    expect(claims(text, '2023-10-01').find(([t]) => t === figure)?.[1]).toBe('date:start');
  });
});

describe('Turkish and Azerbaijani capital İ', () => {
  it('lowers to a plain i', () => {
    expect(tokenize('İki İstanbul').map((t) => t.lower)).toEqual(['iki', 'istanbul']);
  });
  it.each([
    ['İki min erməni Qarabağdan Ermənistana köçdü.', 'İki min'],
    ["İki bin Ermeni Karabağ'dan Ermenistan'a göç etti.", 'İki bin'],
  ])('%s', (text, figure) => {
    expect(claims(text, '2023-09-27').map(([t]) => t)).toContain(figure);
  });
});
