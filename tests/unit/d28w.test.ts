// Round 28 (d28w): d27a's weekdays as days of the events, at no cost where they give nothing. A weekday that can date
// nothing (no page day, a report, a day outside the autumn's window, a verb of saying beside it) is set aside as the
// passage's figures are read, before any measure rule; the figure parser asks one table per word for what it may
// open. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { extractFigures } from '../../lib/figures';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const weekdayClaims = (text: string, page?: string, mode: 'page' | 'source' = 'page') =>
  extractClaims(text, { ...(page ? { pageDay: day(page) } : {}), mode })
    .filter((c) => c.figure.date?.weekday !== undefined)
    .map((c) => [c.figure.raw, c.measure]);

describe('one look-up per word still finds every figure a word opens', () => {
  it.each([
    ['en', 'The separatists surrendered the next day.', ['the next day']],
    ['pt', 'A região foi disputada durante décadas.', ['décadas']],
    ['en', 'Azerbaijan attacked on Tuesday.', ['on Tuesday']],
    ['en', 'Some 100,000 people fled.', ['Some 100,000']],
    ['pt', 'Na quinta-feira, o parlamento reuniu-se.', ['Na quinta-feira']],
    ['tr', 'Azerbaycan Salı günü operasyon başlattı.', ['Salı günü']],
    ['az', 'Əməliyyat çərşənbə axşamı günü başladı.', ['çərşənbə axşamı günü']],
    ['de', 'Am vergangenen Mittwoch endeten die Kämpfe nach zwei Tagen.', ['Am vergangenen Mittwoch', 'zwei Tagen']],
  ] as const)('%s: %s', (locale, text, raws) => {
    expect(extractFigures(text, locale).map((f) => f.raw)).toEqual(raws);
  });

  it('a word that opens nothing is no figure, and "segunda" alone stays an ordinal', () => {
    expect(extractFigures('On the road to Goris, refugees waited.', 'en')).toEqual([]);
    expect(extractFigures('Na segunda fase da ofensiva, o exército avançou.', 'pt')).toEqual([]);
  });
});

describe('a weekday that can date nothing is set aside before the measure rules', () => {
  const launched = 'Azerbaijan launched its offensive in Nagorno-Karabakh on Tuesday.';

  it('is read with the page\'s day inside the window', () => {
    expect(weekdayClaims(launched, '2023-09-22')).toEqual([['on Tuesday', 'date:start']]);
  });

  it('gives nothing without the page\'s day, in a report, or outside the autumn of 2023', () => {
    expect(weekdayClaims(launched)).toEqual([]);
    expect(weekdayClaims(launched, '2023-09-22', 'source')).toEqual([]);
    // The last Tuesday up to 2024-01-05 is 2 January 2024, past the republic's end.
    expect(weekdayClaims(launched, '2024-01-05')).toEqual([]);
    // "last Monday" on Tuesday 19 September is 11 September, before the offensive.
    expect(weekdayClaims('Azerbaijan shelled Stepanakert in Nagorno-Karabakh last Monday.', '2023-09-19')).toEqual([]);
  });

  it.each([
    ['en, verb before', 'Officials in Stepanakert said on Wednesday that the fighting in Nagorno-Karabakh had ended.'],
    ['en, "announced that"', 'Baku announced on Wednesday that the fighting in Nagorno-Karabakh had ended.'],
    ['tr, verb after', "Dağlık Karabağ'daki çatışmaların sona erdiğini Azerbaycan Savunma Bakanlığı Çarşamba günü açıkladı."],
    ['ru, verb after', 'Во вторник заявили в Баку, что операция в Карабахе завершена.'],
    ['de, verb before', 'Die Kämpfe in Bergkarabach sind beendet, sagte am Mittwoch ein Sprecher der Separatisten.'],
    ['es, verb before', 'Los separatistas de Nagorno Karabaj aceptaron el alto el fuego, dijo el miércoles el Gobierno armenio.'],
    ['pl, verb before', 'Separatyści w Górskim Karabachu złożyli broń, poinformował we wtorek rzecznik rządu w Erywaniu.'],
  ])('beside a verb of saying the weekday dates the saying (%s)', (_, text) => {
    expect(weekdayClaims(text, '2023-09-22')).toEqual([]);
  });

  it('a verb of saying after a comma leaves the weekday to its event', () => {
    expect(weekdayClaims("Azerbaijan launched its offensive in Nagorno-Karabakh on Tuesday, the country's defence ministry said.", '2023-09-22')).toEqual([['on Tuesday', 'date:start']]);
    expect(weekdayClaims('Карабахские сепаратисты сложили оружие в среду, сообщили в Степанакерте.', '2023-09-24')).toEqual([['в среду', 'date:end']]);
  });

  it('the saying\'s own object, right after the weekday, is what the weekday dates', () => {
    expect(weekdayClaims('Azerbaijan announced on Tuesday an anti-terrorist operation in Nagorno-Karabakh.', '2023-09-22')).toEqual([['on Tuesday', 'date:start']]);
    // ... but never the dissolution's day, which lies past the window.
    expect(weekdayClaims("Nagorno-Karabakh's leader announced on Thursday the dissolution of the republic.", '2023-09-29')).toEqual([]);
  });

  it('a count dated by "said on Tuesday" keeps its as-of day from the weekday', () => {
    const [count] = extractClaims('About 9,600 people have fled Nagorno-Karabakh, UNHCR said on Tuesday.', { pageDay: day('2023-09-29') });
    expect(count?.figure.raw).toBe('About 9,600');
    expect(count?.asOf).toBe(day('2023-09-26'));
  });
});
