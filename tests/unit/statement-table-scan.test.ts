import { describe, expect, it } from 'vitest';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { compileLexicon, groupsIn, hitsOf, rowsOf, tableHits, type CompiledLexicon, type Hit } from '../../lib/statements/patterns';
import type { ActorId } from '../../lib/statements/lexicon/shape';
import { STATEMENT_TEXTS } from './statement-texts';

// tableHits scans a table of expressions in one pass, trying each expression only where some
// entry starts. It must find exactly what scanning the text once per expression finds.

/** The plain way: every expression over the whole text, then the longest of overlapping matches (then the earliest). */
function oneScanPerExpression<T>(table: Array<[T, RegExp]>, text: string, offset: number): Array<Hit<T>> {
  const all = table.flatMap(([id, re]) => hitsOf(id, re, text, offset));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Array<Hit<T>> = [];
  for (const h of all) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

// Real reporting's sentences in every language the statement lexicons cover.
const texts = [
  ...STATEMENT_TEXTS,
  // Entries inside entries, astral characters between them, and an empty text.
  'Azerbaijani forces 🇦🇿 and Azerbaijan’s army; the Armenian government, Armenia 𝒜 and Armenians fled 🏳 forcibly displaced.',
  '',
];

const TABLES = ['actors', 'actions', 'agentAfter', 'concepts', 'opposites'] as const satisfies ReadonlyArray<keyof CompiledLexicon>;

describe('the table scan of the statement reader', () => {
  it('has real text in every language to compare on', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  for (const source of STATEMENT_LEXICONS) {
    it(`finds what one scan per expression finds, in every table of the ${source.lang} lexicon`, () => {
      const lex = compileLexicon(source);
      let matched = 0;
      for (const table of TABLES) {
        const expressions = lex[table] as Array<[string, RegExp]>;
        for (const text of texts) {
          const expected = oneScanPerExpression(expressions, text, 7);
          expect(tableHits(expressions, text, 7)).toEqual(expected);
          matched += expected.length;
        }
      }
      // The comparison means something only where the tables match at all.
      expect(matched).toBeGreaterThan(0);
    });
  }
});

describe('a part of a table scanned alone (rowsOf)', () => {
  const lex = compileLexicon(STATEMENT_LEXICONS.find((l) => l.lang === 'en')!);
  const bodies: ReadonlySet<ActorId> = new Set<ActorId>(['un', 'eu']);

  it('holds exactly the rows with those ids, in the table\'s order', () => {
    const rows = rowsOf(lex.actors, bodies);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(lex.actors.filter(([id]) => bodies.has(id)));
  });

  it('is the same array on every call, so its scan is compiled once, and another set gets its own', () => {
    const first = rowsOf(lex.actors, bodies);
    expect(rowsOf(lex.actors, bodies)).toBe(first);
    const other = rowsOf(lex.actors, new Set<ActorId>(['armenia']));
    expect(other).not.toBe(first);
    expect(other.every(([id]) => id === 'armenia')).toBe(true);
  });
});

describe('the capturing groups of an expression, counted from its source (groupsIn)', () => {
  /** What the engine says: an expression that also matches "" has a result with one slot per group. */
  const compiledCount = (re: RegExp) => new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, '')).exec('')!.length - 1;

  it('counts what the engine counts on escapes, classes, look-arounds and named groups', () => {
    const cases: Array<[RegExp, number]> = [
      [/a\(b\)/u, 0],
      [/[(](x)[)\]]/u, 1],
      [/(?:a)(?=b)(?!c)(?<=d)(?<!e)/u, 0],
      [/(?<name>a)(b(c))/u, 3],
      [/[\\](a)/u, 1],
      [/\\\((a)/u, 1],
    ];
    for (const [re, n] of cases) {
      expect(groupsIn(re)).toBe(n);
      expect(compiledCount(re)).toBe(n);
    }
  });

  it('agrees with the engine on every table expression of every lexicon (none holds a group today; one added later must be counted right)', () => {
    let checked = 0;
    for (const source of STATEMENT_LEXICONS) {
      const lex = compileLexicon(source);
      for (const value of Object.values(lex)) {
        if (!Array.isArray(value)) continue;
        for (const row of value) {
          if (!Array.isArray(row) || !(row[1] instanceof RegExp)) continue;
          expect(groupsIn(row[1]), `${source.lang}: ${row[1].source.slice(0, 80)}`).toBe(compiledCount(row[1]));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
