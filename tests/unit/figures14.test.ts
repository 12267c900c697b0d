// Round 14: a page about the region as a whole is read beyond the three-passage reach of context
// words; a page that names it in one item is not. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { extractFigures } from '../../lib/figures';
import { detectLocale } from '../../lib/locale';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const pageDay = day('2023-09-28');
const texts = (text: string) => extractClaims(text, { pageDay }).map((c) => [c.text, c.measure]);

// A headline and three paragraphs naming the region, then paragraphs that name neither it nor the
// subject, then the passage to read and a closing one that names the region again.
const CLOSING = 'The exodus has all but emptied Nagorno-Karabakh.';
const page = (head: string, tail: string[], last: string) =>
  [head, 'Families from Nagorno-Karabakh kept driving down the mountain road on Thursday.', 'The authorities of Nagorno-Karabakh said the road out was jammed.', 'Aid workers met the cars at the border with Nagorno-Karabakh.', ...tail, last, CLOSING].join('\n\n');
const far = ['The weather turned cold overnight.', 'Many had not eaten for a day.', 'Volunteers handed out blankets and water.', 'Schools were turned into shelters.'];

describe('a page about the region as a whole', () => {
  it('reads a count far from the passages that name the region, in English and Russian', () => {
    expect(texts(page('Exodus from Nagorno-Karabakh goes on', far, 'A spokeswoman said 28,000 people had been given state housing by Thursday evening.'))).toEqual([['28,000', 'housed']]);
    const ru = [
      'Исход из Нагорного Карабаха продолжается',
      'Жители Нагорного Карабаха в четверг продолжали ехать по горной дороге.',
      'Власти Нагорного Карабаха сообщили, что дорога забита машинами.',
      'Волонтёры встречали машины на границе с Нагорным Карабахом.',
      'Ночью резко похолодало.',
      'Многие не ели целые сутки.',
      'Школы превратили во временные приюты.',
      'По словам представителя правительства, к вечеру четверга 28 000 человек получили временное жильё от государства.',
      'Нагорный Карабах почти опустел.',
    ].join('\n\n');
    expect(extractClaims(ru, { pageDay }).map((c) => [c.text, c.measure])).toEqual([['28 000', 'housed']]);
  });

  it('does not read it when the headline does not name the region (a round-up)', () => {
    const text = ['World news in brief', 'A storm hit the coast of Florida on Thursday.', 'In Nagorno-Karabakh, families kept leaving.', 'Nagorno-Karabakh officials asked for help.', 'The road from Nagorno-Karabakh was jammed.', ...far, 'A spokeswoman said 28,000 people had been given state housing by Thursday evening.', CLOSING].join('\n\n');
    expect(texts(text)).toEqual([]);
  });

  it('does not read past the last passage that names the region (related stories, a footer)', () => {
    const text = page('Exodus from Nagorno-Karabakh goes on', [], 'Already read.').replace(`\n\n${CLOSING}`, '');
    expect(texts(`${text}\n\n${CLOSING}\n\nMore stories\n\n${far.join('\n\n')}\n\nFloods in the north killed 3,000 people.`)).toEqual([]);
  });

  it('does not read it when fewer than three passages name the region', () => {
    const text = ['Exodus from Nagorno-Karabakh goes on', 'Families kept driving on Thursday.', ...far, 'A spokeswoman said 28,000 people had been given state housing by Thursday evening.', CLOSING].join('\n\n');
    expect(texts(text)).toEqual([]);
  });

  it('skips a line that does not end as a sentence (a timestamp, a caption)', () => {
    expect(texts(page('Exodus from Nagorno-Karabakh goes on', far, '4 months ago'))).toEqual([]);
  });

  it('leaves out sums of money and, on a page that tells of the depot blast, tolls it cannot place', () => {
    expect(texts(page('Exodus from Nagorno-Karabakh goes on', far, 'A charity appealed for 20 million euros to help those fleeing.'))).toEqual([]);
    const blast = page('Exodus from Nagorno-Karabakh goes on', ['An explosion at a fuel depot shook the area on Monday.', ...far], 'Local media said more than 200 people had been killed.');
    expect(extractClaims(blast, { pageDay }).filter((c) => c.event === 'exodus-2023' && /^killed/.test(c.measure))).toEqual([]);
  });
});

describe('Swiss francs are money in every lexicon', () => {
  it.each([
    ['The Red Cross appealed for 20 million Swiss francs for the refugees from Karabakh.', '20 million Swiss francs'],
    ['Das Rote Kreuz bat um 20 Millionen Schweizer Franken für die Flüchtlinge aus Berg-Karabach.', '20 Millionen Schweizer Franken'],
    ['Красный Крест запросил 20 миллионов швейцарских франков для беженцев из Карабаха.', '20 миллионов швейцарских франков'],
  ])('%s', (text, raw) => {
    const money = extractFigures(text, detectLocale(text)).filter((f) => f.unit === 'money');
    expect(money.map((f) => f.raw)).toEqual([raw]);
  });
});

describe("Turkic 'etmek/etmək' before a vowel: 'göç eden', 'terk eden', 'köç edən' are verbs of leaving", () => {
  it.each([
    ["Dağlık Karabağ'dan Ermenistan'a göç eden Ermenilerin sayısı 50.000'e yaklaştı.", '50.000'],
    ["Karabağ'ı terk eden 20 bin kişi Ermenistan'a ulaştı.", '20 bin'],
    ['Dağlıq Qarabağdan köç edən ermənilərin sayı 50 minə çatıb.', '50 minə'],
  ])('%s', (text, raw) => {
    expect(extractClaims(text, { mode: 'source' }).map((c) => [c.text, c.measure])).toEqual([[raw, 'left']]);
  });
});
