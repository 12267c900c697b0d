import { describe, expect, it } from 'vitest';
import { sentenceHolding, splitPassages, splitSentences } from '../../lib/passages';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('a day number with an ordinal point before a month name does not end a sentence', () => {
    const text = 'Die Armee griff am 21. März an, und zum 2. Februar 2025 sollte alles vorbei sein. Danach kam nichts.';
    expect(sentences(text)).toEqual(['Die Armee griff am 21. März an, und zum 2. Februar 2025 sollte alles vorbei sein.', 'Danach kam nichts.']);
  });

  it('a line that ends on a day number with its point runs on into the month on the next line', () => {
    const text = 'Die Führung kündigte an, die Republik zum 2.\nFebruar 2025 aufzulösen.\nNeue Zeile.';
    expect(splitPassages(text).map((s) => text.slice(s.start, s.end))).toEqual(['Die Führung kündigte an, die Republik zum 2.\nFebruar 2025 aufzulösen.', 'Neue Zeile.']);
  });

  it('a number that ends a sentence before a capitalised word that is no month still ends it', () => {
    expect(sentences('Die Zahl stieg auf 12. Neue Busse kamen an.')).toEqual(['Die Zahl stieg auf 12.', 'Neue Busse kamen an.']);
  });

  it('a quotation closed with a space before its guillemet, in the French manner, ends its sentence', () => {
    expect(sentences('Il a affirmé : « Nous garantirons les droits. » D’après lui, tout est prêt.')).toEqual(['Il a affirmé : « Nous garantirons les droits. »', 'D’après lui, tout est prêt.']);
    expect(sentences('Il a affirmé : « Nous garantirons les droits.\u00a0» D’après lui, tout est prêt.')).toHaveLength(2);
  });

  it('near-miss: a guillemet that opens a quotation after a full stop belongs to the next sentence', () => {
    expect(sentences('Il est parti. « Nous restons », dit-elle.')).toEqual(['Il est parti.', '« Nous restons », dit-elle.']);
  });
});

describe('sentenceHolding', () => {
  it('finds the same sentence as a search from the start, for every span of a text', () => {
    const text = 'Mr. Smith said 5,000 left. Then 12 more. Dr. Ada counted 7 (seven)! Last one: 3 cars… and 4 buses? End';
    const split = splitSentences(text);
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= Math.min(text.length, start + 30); end++) {
        const span = { start, end };
        expect(sentenceHolding(split, span)).toBe(split.find((s) => start >= s.start && end <= s.end));
      }
    }
    expect(sentenceHolding([], { start: 0, end: 1 })).toBeUndefined();
  });
});

describe('splitPassages: hard wraps and list cells', () => {
  const passages = (text: string) => splitPassages(text).map((s) => text.slice(s.start, s.end));

  it('a short line that stops mid-sentence over a line of another width is a cell of a list or an infobox, not a wrap', () => {
    const text = '190+ combatentes mortos e outros 360 feridos\n5 soldados da força de paz russa mortos pelas tropas do Azerbaijão';
    expect(passages(text)).toEqual(['190+ combatentes mortos e outros 360 feridos', '5 soldados da força de paz russa mortos pelas tropas do Azerbaijão']);
  });

  it('near-miss: a narrow column\'s last line, which ends the sentence, joins the line above', () => {
    const text = 'Laut Regierung sind rund\n100.000 Menschen geflohen.';
    expect(passages(text)).toEqual([text]);
  });

  it('near-miss: a line as long as wrapped prose joins whatever follows', () => {
    const text = 'Aus Bergkarabach sind nach Angaben der Regierung in Eriwan rund\n100.000 Menschen nach Armenien geflohen, hieß es';
    expect(passages(text)).toEqual([text]);
  });
});
