// The statement sets (tests/real-articles/statements/held-out-fresh*.jsonl and rephrased-*.jsonl): each is scored
// by the shared scorer, so each passage must be in its shape, and an id may name one passage only across them
// (the scorer's verbose lines and a set's README name passages by id). The labels themselves are not read here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run';

const DIR = join(ROOT, 'tests', 'real-articles', 'statements');
const VERDICTS = new Set(['corroborated', 'conflicting', 'disputed', 'consistent', 'unverified']);
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && f !== 'judged.jsonl');
const passages = files.flatMap((file) =>
  readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => ({ file, line: i + 1, row: JSON.parse(line) as Record<string, unknown> })),
);

/** What is wrong with one passage, in words that say what to fix (empty when nothing is). */
function passageProblems(row: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of ['id', 'lang', 'text']) if (typeof row[key] !== 'string' || !(row[key] as string).trim()) problems.push(`"${key}" must be a non-empty string`);
  if (row.date !== undefined && row.date !== '' && !/^\d{4}-\d{2}-\d{2}$/u.test(String(row.date))) problems.push('"date" must be YYYY-MM-DD or empty');
  if (!Array.isArray(row.expect)) return [...problems, '"expect" must be a list'];
  for (const [i, e] of (row.expect as Array<Record<string, unknown>>).entries()) {
    if (typeof e.figure !== 'string' || !String(row.text).includes(e.figure)) problems.push(`expect[${i}]: "figure" must be a stretch of the passage's text`);
    if (!Array.isArray(e.strict) || e.strict.length === 0 || !e.strict.every((v) => VERDICTS.has(v as string))) problems.push(`expect[${i}]: "strict" must list verdicts`);
  }
  return problems;
}

describe('the statement sets', () => {
  it('has passages in every set', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(passages.filter((p) => p.file === file).length, file).toBeGreaterThan(0);
  });

  it('every passage is in the scorer’s shape, each statement a stretch of its text', () => {
    const wrong = passages.flatMap((p) => passageProblems(p.row).map((m) => `${p.file}:${p.line}: ${m}`));
    expect(wrong).toEqual([]);
  });

  it('no id names two passages, in one set or across sets', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const p of passages) {
      const id = String(p.row.id);
      const where = `${p.file}:${p.line}`;
      if (seen.has(id)) twice.push(`${id} in ${seen.get(id)} and ${where}`);
      else seen.set(id, where);
    }
    expect(twice).toEqual([]);
  });

  it('names what is wrong with a bad passage', () => {
    expect(passageProblems({ id: 'x1', lang: 'en', text: 'Baku denied it.', date: '3 Oct', expect: [{ figure: 'Yerevan', strict: ['maybe'] }] })).toEqual([
      '"date" must be YYYY-MM-DD or empty',
      'expect[0]: "figure" must be a stretch of the passage\'s text',
      'expect[0]: "strict" must list verdicts',
    ]);
  });
});
