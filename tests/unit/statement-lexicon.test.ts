// Every language's statement lexicon has the whole shape; a gap is named, not silently skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATEMENT_LEXICONS } from '../../lib/statements/lexicon';
import { ACTION_IDS, ACTOR_IDS, CONCEPT_IDS, type StatementLexicon } from '../../lib/statements/lexicon/shape';
import { compileLexicon, entrySource, stemEntry } from '../../lib/statements/patterns';

const LISTS = ['anaphors', 'negations', 'rhetorical', 'attributions', 'agents', 'complementizers', 'prepositions', 'auxiliaries', 'coordinators', 'subordinators', 'references', 'passives', 'hedges', 'markers'] as const;

/** Every part of the shape a lexicon leaves empty, by name ("actions.escort"). */
function gaps(lex: StatementLexicon): string[] {
  const out: string[] = [];
  for (const id of ACTOR_IDS) if (!lex.actors[id]?.length) out.push(`actors.${id}`);
  for (const id of ACTION_IDS) if (!lex.actions[id]?.length) out.push(`actions.${id}`);
  for (const id of CONCEPT_IDS) if (!lex.concepts[id]?.length) out.push(`concepts.${id}`);
  for (const list of LISTS) if (!lex[list]?.length) out.push(list);
  return out;
}

describe('statement lexicons', () => {
  it('cover English, Russian, German, French, Italian, Spanish, Portuguese, Dutch, Polish, Turkish, Czech, Azerbaijani and Armenian, one file each', () => {
    expect(STATEMENT_LEXICONS.map((l) => l.lang).sort()).toEqual(['az', 'cs', 'de', 'en', 'es', 'fr', 'hy', 'it', 'nl', 'pl', 'pt', 'ru', 'tr']);
  });

  it.each(STATEMENT_LEXICONS.map((l) => [l.lang, l] as const))('%s fills every part of the shape', (_, lex) => {
    expect(gaps(lex)).toEqual([]);
  });

  it.each(STATEMENT_LEXICONS.map((l) => [l.lang, l] as const))('%s compiles: every entry is a valid pattern', (_, lex) => {
    expect(() => compileLexicon(lex)).not.toThrow();
  });

  it('a language file that lacks a part fails, naming the language and the part', () => {
    const en = STATEMENT_LEXICONS.find((l) => l.lang === 'en')!;
    const broken = { ...en, lang: 'xx', actions: { ...en.actions, escort: [] } } as StatementLexicon;
    expect(gaps(broken)).toEqual(['actions.escort']);
    expect(() => compileLexicon(broken)).toThrow(/statement lexicon xx: actions\.escort/);
    const noHedges = { ...en, lang: 'xx', hedges: undefined } as unknown as StatementLexicon;
    expect(gaps(noHedges)).toEqual(['hedges']);
    expect(() => compileLexicon(noHedges)).toThrow(/statement lexicon xx: hedges/);
  });

  it('an entry that is not a valid pattern is refused with the part it is in', () => {
    const en = STATEMENT_LEXICONS.find((l) => l.lang === 'en')!;
    const broken = { ...en, lang: 'xx', concepts: { ...en.concepts, aid: ['aid(', 'help'] } } as StatementLexicon;
    expect(() => compileLexicon(broken)).toThrow(/statement lexicon xx: concepts\.aid: an entry is not a valid pattern/);
  });

  it('reads entries as words: stems, gaps and word boundaries', () => {
    const re = (entry: string) => new RegExp(entrySource(entry), 'iu');
    expect(re('accus*').test('Yerevan accused Baku')).toBe(true);
    expect(re('aid').test('Baku said nothing')).toBe(false);
    expect(re('asked ~ for').test('Armenia has asked the European Union for help')).toBe(true);
    expect(re('asked ~ for').test('asked one two three four five six seven for')).toBe(false);
    // A date in brackets is an aside, not a word of the gap.
    expect(re('appealed ~ for').test('Armenia appealed to the European Union on Saturday (September 30) for assistance')).toBe(true);
    expect(re('appealed ~ for').test('appealed (to) (the) for')).toBe(false);
  });
});

describe('a suffixing language', () => {
  const tr = STATEMENT_LEXICONS.find((l) => l.lang === 'tr')!;
  const c = compileLexicon(tr);
  const ids = <T,>(table: Array<[T, RegExp]>, text: string) => table.filter(([, re]) => ((re.lastIndex = 0), re.test(text))).map(([id]) => id);

  it('is marked, and its names, verbs and key terms match their suffixed forms', () => {
    expect(tr.suffixing).toBe(true);
    expect(ids(c.actions, 'Paşinyan Azerbaycan’ı suçladı')).toContain('accuse');
    expect(ids(c.actors, "Azerbaycan'ı")).toEqual(['azerbaijan']);
    expect(ids(c.concepts, 'yönetim kendini feshedeceğini duyurdu')).toContain('dissolution');
  });

  it('keeps words of three letters or fewer whole: "ab" is the EU, not the start of every word', () => {
    expect(stemEntry('ab')).toBe('ab');
    expect(stemEntry('suçla')).toBe('suçla*');
    expect(stemEntry('eşlik et')).toBe('eşlik et*');
    expect(ids(c.actions, 'konvoylara eşlik etti')).toContain('escort');
    expect(stemEntry('(?:azerbaycan|azeri) (?:hükümeti|ordusu)')).toBe('(?:azerbaycan|azeri) (?:hükümeti|ordusu)*');
    expect(ids(c.actors, 'abartılı bir açıklama')).toEqual([]);
    expect(ids(c.actors, "AB'den yardım")).toEqual(['eu']);
  });

  it('a language that does not suffix is left as written', () => {
    const en = compileLexicon(STATEMENT_LEXICONS.find((l) => l.lang === 'en')!);
    expect(ids(en.actors, 'the eunuch')).toEqual([]);
  });
});

describe('lib/statements is pure', () => {
  const dir = new URL('../../lib/statements/', import.meta.url).pathname;
  const files = [...readdirSync(dir).filter((f) => f.endsWith('.ts')), ...readdirSync(`${dir}lexicon`).map((f) => `lexicon/${f}`)];
  it.each(files)('%s uses no browser extension API, storage or network', (f) => {
    expect(readFileSync(`${dir}${f}`, 'utf8')).not.toMatch(/\bbrowser\.|\bchrome\.|webextension-polyfill|indexedDB|localStorage|\bfetch\(|XMLHttpRequest|node:fs/);
  });
});
