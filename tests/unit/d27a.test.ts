// Round 27 (d27a): a weekday named as the day of an event of the autumn ("on Tuesday", "last Wednesday", "am
// vergangenen Mittwoch", "na terça-feira", "mercredi dernier", "Salı günü"), resolved against the page's day (lexicon `weekdayDates`). Texts written
// for this project.
import { describe, expect, it } from 'vitest';
import { lastWeekday, withYear } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';
import { extractFigures } from '../../lib/figures';
import { LANGUAGES, LEXICONS } from '../../lib/lexicon';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, page?: string) =>
  extractClaims(text, page ? { pageDay: day(page) } : {}).filter((c) => c.figure.unit === 'date').map((c) => [c.text, c.measure, c.event, c.figure.low]);

describe('a weekday after a word of `weekdayDates` is a date the page resolves', () => {
  it('parses the weekday with the word before it, and the long Portuguese form', () => {
    expect(extractFigures('Azerbaijan attacked on Tuesday.', 'en').map((f) => [f.raw, f.date])).toEqual([['on Tuesday', { weekday: 2 }]]);
    expect(extractFigures('It ended last Wednesday.', 'en').map((f) => [f.raw, f.date])).toEqual([['last Wednesday', { weekday: 3, weekdayBefore: true }]]);
    expect(extractFigures('Na quinta-feira, o parlamento reuniu-se.', 'pt').map((f) => f.raw)).toEqual(['Na quinta-feira']);
  });

  it('"on Tuesday" is the last Tuesday up to the page\'s day; "last Tuesday" the one before it', () => {
    const tuesday = day('2023-09-19');
    expect(withYear({ weekday: 2 }, tuesday)).toMatchObject({ year: 2023, month: 9, day: 19 });
    expect(withYear({ weekday: 2, weekdayBefore: true }, tuesday)).toMatchObject({ year: 2023, month: 9, day: 12 });
    expect(withYear({ weekday: 3, weekdayBefore: true }, day('2023-09-27'))).toMatchObject({ year: 2023, month: 9, day: 20 });
    expect(lastWeekday(day('2023-09-24'), 0)).toBe(day('2023-09-24'));
  });

  it.each([
    ['en', 'Azerbaijan launched its offensive in Nagorno-Karabakh on Tuesday.', '2023-09-22', 'on Tuesday', 'date:start', '2023-09-19'],
    ['en', 'The fighting in Nagorno-Karabakh ended last Wednesday with a truce.', '2023-09-27', 'last Wednesday', 'date:end', '2023-09-20'],
    ['de', 'Die Kämpfe in Bergkarabach endeten am vergangenen Mittwoch mit einem Waffenstillstand.', '2023-09-26', 'am vergangenen Mittwoch', 'date:end', '2023-09-20'],
    ['ru', 'Во вторник Азербайджан начал военную операцию в Нагорном Карабахе.', '2023-09-22', 'Во вторник', 'date:start', '2023-09-19'],
    ['es', 'Azerbaiyán lanzó el martes una ofensiva militar contra Nagorno Karabaj.', '2023-09-22', 'el martes', 'date:start', '2023-09-19'],
    ['pl', 'We wtorek Azerbejdżan rozpoczął ofensywę w Górskim Karabachu.', '2023-09-22', 'We wtorek', 'date:start', '2023-09-19'],
    ['fr', 'Les séparatistes du Haut-Karabakh ont accepté un cessez-le-feu mercredi dernier.', '2023-09-26', 'mercredi dernier', 'date:end', '2023-09-20'],
    ['es', 'Azerbaiyán lanzó el martes pasado una ofensiva militar contra Nagorno Karabaj.', '2023-09-26', 'el martes pasado', 'date:start', '2023-09-19'],
    ['tr', "Azerbaycan Salı günü Karabağ'da askeri operasyon başlattı.", '2023-09-22', 'Salı günü', 'date:start', '2023-09-19'],
    ['az', 'Azərbaycan çərşənbə axşamı günü Qarabağda antiterror əməliyyatına başladı.', '2023-09-22', 'çərşənbə axşamı günü', 'date:start', '2023-09-19'],
    ['hy', 'Ադրբեջանը երեքշաբթի օրը Լեռնային Ղարաբաղում ռազմական գործողություն սկսեց.', '2023-09-22', 'երեքշաբթի օրը', 'date:start', '2023-09-19'],
  ])('%s: %s', (_, text, page, figure, measure, iso) => {
    expect(claims(text, page)).toContainEqual([figure, measure, 'exodus-2023', day(iso)]);
  });

  it('near miss: without the page\'s day a weekday names no day', () => {
    expect(claims('Azerbaijan launched its offensive in Nagorno-Karabakh on Tuesday.')).toEqual([]);
  });
  it('near miss: a weekday that the page\'s day puts outside the autumn of 2023 (an anniversary two years on)', () => {
    expect(claims('Azerbaijan marked the anniversary of its offensive in Nagorno-Karabakh on Tuesday with a parade in Baku.', '2025-09-23')).toEqual([]);
  });
  it('near miss: a weekday beside no word of the events', () => {
    expect(claims('On Thursday the foreign ministers met in Brussels to discuss Nagorno-Karabakh.', '2023-09-28')).toEqual([]);
  });
  it('near miss: Portuguese "segunda" without "-feira" is the ordinal', () => {
    expect(extractFigures('Na segunda fase da ofensiva, o Azerbaijão cercou Stepanakert.', 'pt').map((f) => f.raw)).toEqual([]);
  });
  it('near miss: a bare weekday, and Armenian "անցյալ շաբաթ" (last week, not last Saturday), are no weekday date', () => {
    expect(extractFigures('Mercredi, les séparatistes ont accepté le cessez-le-feu.', 'fr').filter((f) => f.date?.weekday !== undefined)).toEqual([]);
    expect(extractFigures('Անցյալ շաբաթ Ադրբեջանը գործողություն սկսեց.', 'hy').map((f) => f.date)).toEqual([{ weekOffset: -1 }]);
    expect(extractFigures("Aileler pazar yerinde battaniye topladı.", 'tr')).toEqual([]);
  });
  it('near miss: "On Thursday, 50,000 had fled" dates the count; the weekday is no date of the exodus', () => {
    const all = extractClaims('On Thursday, more than 50,000 people had fled Nagorno-Karabakh for Armenia.', { pageDay: day('2023-09-29') });
    expect(all.map((c) => [c.text, c.measure, c.asOf])).toEqual([['more than 50,000', 'left', day('2023-09-28')]]);
  });
  it('near miss: "by Thursday" dates a count, not an event', () => {
    expect(extractFigures('By Thursday more than 50,000 had fled.', 'en').filter((f) => f.unit === 'date')).toEqual([]);
  });
  it('a report\'s weekday gives no statement of a day (the index is as before)', async () => {
    const { statementsOf } = await import('../../lib/source-index');
    const report = { id: 'r', title: 't', date: '2023-09-22', text: 'Azerbaijan launched its offensive in Nagorno-Karabakh on Tuesday.' };
    expect(statementsOf(report as never, 0).filter((s) => s.measure.startsWith('date:'))).toEqual([]);
  });
});

describe('lexicon `weekdayDates`', () => {
  it('is filled in every language (lexicon.test.ts names a language that lacks it)', () => {
    expect(LANGUAGES.filter((code) => LEXICONS[code].weekdayDates.length === 0)).toEqual([]);
  });
  it('words after the weekday follow a "…" (tr, az, hy mark the weekday after it)', () => {
    for (const code of ['tr', 'az', 'hy'] as const) expect(LEXICONS[code].weekdayDates.some(([w]) => w.startsWith('…')), code).toBe(true);
  });
});
