// The extraction's fast paths give what the expressions they stand in for give (round 23: speed, output unchanged).
import { describe, expect, it } from 'vitest';
import { firstFields } from '../../lib/events';
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
