import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Real reporting's sentences in every language the statement lexicons cover, for tests that compare
// two ways of matching the lexicons: the golden fixtures, the statement sets and the bundled reports.

const root = join(__dirname, '..', '..');

const jsonlTexts = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text?: string }).text)
    .filter((t): t is string => typeof t === 'string');

/** The fixtures', statement sets' and seeds' texts, one string per sentence or case. */
export const STATEMENT_TEXTS: readonly string[] = [
  ...jsonlTexts(join(root, 'tests/fixtures/statements.jsonl')),
  ...jsonlTexts(join(root, 'tests/fixtures/statements-held-out.jsonl')),
  ...jsonlTexts(join(root, 'tests/fixtures/claims.jsonl')),
  ...readdirSync(join(root, 'tests/real-articles/statements'))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => jsonlTexts(join(root, 'tests/real-articles/statements', f))),
  ...readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(root, 'seeds', f), 'utf8').split(/\n+/)),
];
