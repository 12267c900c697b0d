import { describe, expect, it } from 'vitest';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import type { StatementLexicon } from '../../lib/statements/lexicon/shape';
import { entrySource, hitsOf, listExpression, stemEntry } from '../../lib/statements/patterns';
import { STATEMENT_TEXTS } from './statement-texts';

// listExpression joins a list's entries into one expression and tests "the entry ends a word" once
// per run of entries instead of once per entry (a Unicode-class test per entry made the lexicons
// slow to compile and to scan). It must match exactly what trying the entries one by one matches:
// at each place, the first entry in the list's order (longest first) that matches there.

const texts = [
  ...STATEMENT_TEXTS,
  'Azerbaijan’s army and Azerbaijan’s; the Armenians’ homes, Armenia 𝒜 and Armenians fled 🏳 forcibly displaced.',
].join('\n');

/** Every word list of a lexicon, as the compiler reads it (a suffixing language's entries as stems). */
function listsOf(lex: StatementLexicon): string[][] {
  const lists: string[][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      if (v.every((e) => typeof e === 'string') && v.length) lists.push(lex.suffixing ? v.map(stemEntry) : [...v]);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(lex);
  return lists;
}

/** The entries tried one by one, each with its own expression, in the list's order (longest first). */
function oneEntryAtATime(entries: string[], text: string): Array<{ start: number; end: number }> {
  const sorted = [...entries].sort((a, b) => b.length - a.length);
  const sticky = sorted.map((e) => new RegExp(entrySource(e), 'iuy'));
  // Only where some entry matches at all can the list match.
  const starts = [...new Set(sorted.flatMap((e) => hitsOf(0, new RegExp(entrySource(e), 'giu'), text).map((h) => h.start)))].sort((a, b) => a - b);
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    for (const re of sticky) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        out.push({ start: at, end: at + m[0].length });
        from = at + m[0].length;
        break;
      }
    }
  }
  return out;
}

const found = (list: string[], text: string) => hitsOf(0, listExpression(list, 'test'), text).map(({ start, end }) => ({ start, end }));

describe('a statement lexicon list compiled to one expression', () => {
  for (const lex of STATEMENT_LEXICONS) {
    it(`matches what its entries match one by one, in every list of the ${lex.lang} lexicon`, () => {
      let matched = 0;
      for (const list of listsOf(lex)) {
        const expected = oneEntryAtATime(list, texts);
        expect(found(list, texts)).toEqual(expected);
        matched += expected.length;
      }
      expect(matched).toBeGreaterThan(0);
    });
  }

  it('keeps the order of entries that end a word, run on past an apostrophe, or end in a stem', () => {
    // Entries of every kind compete at the same places: the first in the list's order wins, as one by one.
    const list = ['armenia’', 'armenian*', 'armenia', 'arm* ~ forces', 'azerbaijan’s', 'azerbaijan', 'azerbaijani*', 'baku’', 'baku'];
    const text = 'Armenia’s leaders and Armenian forces; Azerbaijan’s army, Azerbaijani troops and Baku’s envoy met in Baku. Armed Azerbaijani forces.';
    const expected = oneEntryAtATime(list, text);
    expect(expected.map((h) => text.slice(h.start, h.end))).toEqual(['Armenia’', 'Armenian forces', 'Azerbaijan’s', 'Azerbaijani', 'Baku’', 'Baku', 'Armed Azerbaijani forces']);
    expect(found(list, text)).toEqual(expected);
  });

  it('reads a starred entry to the end of its word in every script the lexicons are written in', () => {
    const hits = (entry: string, text: string) => hitsOf(0, listExpression([entry], 'test'), text).map((h) => text.slice(h.start, h.end));
    expect(hits('déplac*', 'des déplacements forcés')).toEqual(['déplacements']);
    expect(hits('suçla*', 'Paşinyan suçladı.')).toEqual(['suçladı']);
    expect(hits('təmizl*', 'etnik təmizləmə')).toEqual(['təmizləmə']);
    expect(hits('выдворени*', 'о выдворении армян')).toEqual(['выдворении']);
    expect(hits('Ղարաբաղ*', 'Լեռնային Ղարաբաղից')).toEqual(['Ղարաբաղից']);
    expect(hits('deport*', 'DEPORTATIONS')).toEqual(['DEPORTATIONS']);
    // Combining accents belong to the word ("deportace" written with a separate háček stays whole).
    expect(hits('vyhn*', 'vyhna\u0301ni')).toEqual(['vyhna\u0301ni']);
  });

  it('does not match a word that runs on into another script (the limit of a starred entry)', () => {
    expect(hitsOf(0, listExpression(['deport*'], 'test'), 'deport中文')).toEqual([]);
  });
});
