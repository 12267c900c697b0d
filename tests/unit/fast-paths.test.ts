// The extraction's fast paths give what the expressions they stand in for give (round 23: speed, output unchanged).
import { describe, expect, it } from 'vitest';
import { findCues } from '../../lib/cues';
import { fieldCount, firstFields, lastFields } from '../../lib/fields';
import { vocabularyFor } from '../../lib/lexicon/index';
import { sentenceCues } from '../../lib/measures';
import { tokenize, tokenizeByExpression } from '../../lib/tokens';

describe('tokenize reads by character codes what its expression reads', () => {
  const texts = [
    'More than 100,417 people have fled Nagorno-Karabakh\'s capital, officials said.',
    'Karabakh’s 120 000 Armenians (a six-week exodus) — 84 770 by 28.09.2023; 2/10 photos!',
    'Ermənistana 100 mindən çox qaçqın gəlib; ASKER YARALI İstanbul\u0131',
    'Բռնի տեղահանված 99 342 մարդ արդեն հաշվառվել է։ «Այս պահին 84․408 է»',
    'Более 100 000 человек покинули Нагорный Карабах, сообщили в Ереване.',
    'no-break\u00a0spaces\u202Fthin\u2009and\u3000ideographic\ufeffBOM\u0085NEL\u2028line',
    'accents: café naïve e\u0301 a\u0308b; astral \u{1F600}\u{1D400}x; lone \ud800 and \udc00 halves',
    'controls\t\v\f\r\n\u0000\u001f\u007f and ASCII @[`{~|\\^_$ and "quotes" \'single\'',
    'glued: abc’def abc\'def x1 1x 12,345.6 12.345,6 1’000 100\u00a0000',
    '',
  ];
  it.each(texts)('%s', (text) => {
    expect(tokenize(text, 11)).toEqual(tokenizeByExpression(text, 11));
  });

  it('keeps word boundaries where an ASCII word runs into a letter outside ASCII or an apostrophe', () => {
    expect(tokenize("Karabakh's Ermənistan café").map((t) => t.text)).toEqual(["Karabakh's", 'Ermənistan', 'café']);
    expect(tokenize('ABC Ереван').map((t) => t.lower)).toEqual(['abc', 'ереван']);
  });
});

describe('firstFields', () => {
  it.each([' 200 ethnic Armenian deaths and more', '200 killed', '', '   ', ' a\u00a0b\tc\n\nd e f ', 'one'])('is split, slice and join for %j', (text) => {
    for (const n of [1, 2, 4]) expect(firstFields(text, n)).toBe(text.split(/\s+/u).slice(0, n).join(' '));
  });
});

describe('lastFields and fieldCount', () => {
  it.each(['the Armenian government spokeswoman Nazeli Baghdasaryan', ' leading space', 'trailing space ', '', '   ', 'one', ' a\u00a0b\tc\n\nd e f g h ', 'a  b'])('are split, slice and join for %j', (text) => {
    for (const n of [1, 2, 6]) expect(lastFields(text, n)).toBe(text.split(/\s+/u).slice(-n).join(' '));
    expect(fieldCount(text)).toBe(text.split(/\s+/u).length);
  });
});

describe('sentenceCues reads the words that mark dates when first asked for', () => {
  const cases: Array<[Parameters<typeof vocabularyFor>[0], string]> = [
    ['en', 'Azerbaijan launched its offensive on 19 September and the separatists surrendered a day later.'],
    ['de', 'Am 24. September begann der Exodus; bis Montag kamen mehr als 6500 Menschen in Armenien an.'],
    ['ru', 'Исход начался 24 сентября, а 28 сентября был подписан указ о роспуске республики.'],
    ['hy', 'Սեպտեմբերի 19-ին Ադրբեջանը սկսեց ռազմական գործողություն։'],
    [null, 'More than 100,000 people have fled since the offensive began.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    const vocab = vocabularyFor(language);
    const cues = sentenceCues(text, 7, vocab);
    const eager = [...findCues(text, vocab.dateCues, 7), ...findCues(text, vocab.dateNouns, 7).map((c) => ({ ...c, weak: true }))];
    // Separable verbs ("kamen … an") mark no date in these sentences: the eager reading is the two scans.
    expect(cues.dates).toEqual(eager);
    expect(cues.dates).toBe(cues.dates);
  });

  it('keeps the separable verbs that mark a date among them, where the eager reading put them', () => {
    const text = 'Aserbaidschan griff Bergkarabach am Dienstag an.';
    const vocab = vocabularyFor('de');
    const dates = sentenceCues(text, 0, vocab).dates;
    const scanned = findCues(text, vocab.dateCues);
    const nouns = findCues(text, vocab.dateNouns).map((c) => ({ ...c, weak: true }));
    // The date cues' scan, then the separable verb read with its particle ("griff … an"), then the nouns.
    expect(dates).toEqual([...scanned, { kind: 'start', start: 14, end: 19, weak: false }, ...nouns]);
  });
});
