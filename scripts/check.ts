// The command-line checker: `npm run check -- FILE…`, `--json`, `--jsonl`. See README.md.
import { readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIsoDate } from '../lib/calendar';
import { checkText } from '../lib/check';
import { CorpusError } from '../lib/corpus';
import { formatText, type Report } from '../lib/report';
import { PassageSearch } from '../lib/search';
import { buildIndex, IndexError, loadIndex, type SourceIndex } from '../lib/source-index';
import { loadCorpusDir, readTextFile } from './corpus-files';
import { readHtml } from './html';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage:
  npm run check -- FILE…              check text or HTML files, print a readable report
  npm run check -- --json FILE…       one JSON object per file
  npm run check -- --jsonl            JSON lines on stdin: {"id","text"|"html","date"?} → one result per line
Options:
  --seeds DIR        use another corpus folder (default: seeds/)
  --index FILE       use a prebuilt index (from npm run build-index) instead of a corpus folder
  --date YYYY-MM-DD  the page's date, for "on Thursday" and for counts that change by the day
  --search "WORDS"   search the corpus's sentences (forgiving misspellings) instead of checking
  --help             this text`;

/** A mistake in how the command was called or in what it was given; exits non-zero with the message. */
class UsageError extends Error {}

interface Args {
  files: string[];
  json: boolean;
  jsonl: boolean;
  seeds: string;
  index?: string;
  date?: string;
  search?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false, jsonl: false, seeds: join(ROOT, 'seeds') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value\n\n${USAGE}`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--seeds') args.seeds = resolve(value());
    else if (a === '--index') args.index = resolve(value());
    else if (a === '--date') args.date = value();
    else if (a === '--search') args.search = value();
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n\n${USAGE}`);
    else args.files.push(a);
  }
  if (args.date !== undefined && parseIsoDate(args.date) === null) throw new UsageError(`--date ${args.date}: not a date; write it as YYYY-MM-DD, e.g. --date 2023-09-30`);
  if (!args.jsonl && args.search === undefined && args.files.length === 0) throw new UsageError(`no files given\n\n${USAGE}`);
  return args;
}

function loadSources(args: Args): SourceIndex {
  if (args.index) return loadIndex(readTextFile(args.index, 'index file'), args.index);
  return buildIndex(loadCorpusDir(args.seeds));
}

function looksLikeHtml(name: string, content: string): boolean {
  const ext = extname(name).toLowerCase();
  return ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(?:!doctype|html|head|body|div|p|article)\b/i.test(content));
}

async function checkFile(path: string, index: SourceIndex, date: string | undefined): Promise<Report> {
  const content = readTextFile(path);
  const page = looksLikeHtml(path, content) ? await readHtml(content) : { text: content, date: null };
  const pageDate = date ?? page.date ?? undefined;
  const pageDay = pageDate ? (parseIsoDate(pageDate) ?? undefined) : undefined;
  return { id: path, date: pageDate ?? null, text: page.text, claims: checkText(page.text, index, { pageDay }) };
}

async function checkLine(line: string, n: number, index: SourceIndex, fallbackDate: string | undefined): Promise<object> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { line: n, error: `not valid JSON: ${(e as Error).message}` };
  }
  const o = input as { id?: unknown; text?: unknown; html?: unknown; date?: unknown };
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { line: n, error: 'expected a JSON object {"id", "text" or "html", "date"?}' };
  if (typeof o.id !== 'string') return { line: n, error: '"id" must be a string' };
  if (o.text !== undefined && typeof o.text !== 'string') return { line: n, id: o.id, error: '"text" must be a string' };
  if (o.html !== undefined && typeof o.html !== 'string') return { line: n, id: o.id, error: '"html" must be a string' };
  if (o.text === undefined && o.html === undefined) return { line: n, id: o.id, error: 'give "text" or "html"' };
  if (o.date !== undefined && (typeof o.date !== 'string' || parseIsoDate(o.date) === null)) return { line: n, id: o.id, error: `"date" must be YYYY-MM-DD, got ${JSON.stringify(o.date)}` };
  const page = typeof o.text === 'string' ? { text: o.text, date: null } : await readHtml(o.html as string);
  const date = (o.date as string | undefined) ?? page.date ?? fallbackDate;
  const pageDay = date ? (parseIsoDate(date) ?? undefined) : undefined;
  return { id: o.id, text: page.text, claims: checkText(page.text, index, { pageDay }) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const index = loadSources(args);
  if (args.search !== undefined) {
    const hits = new PassageSearch(index).search(args.search);
    if (args.json) console.log(JSON.stringify(hits));
    else if (!hits.length) console.log(`No passage matches “${args.search}”.`);
    else for (const h of hits) console.log(`${h.outlet}${h.date ? `, ${h.date}` : ''} [${h.source} ${h.start}-${h.end}]\n  “${h.text.replace(/\s+/g, ' ')}”\n`);
    return;
  }
  if (args.jsonl) {
    const input = readFileSync(0, 'utf8');
    const lines = input.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.trim()) continue;
      out.push(JSON.stringify(await checkLine(line, i + 1, index, args.date)));
    }
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return;
  }
  for (const file of args.files) {
    const report = await checkFile(file, index, args.date);
    if (args.json) console.log(JSON.stringify({ id: report.id, text: report.text, date: report.date, claims: report.claims }));
    else console.log(`${formatText(report)}\n`);
  }
}

main().catch((e: unknown) => {
  if (e instanceof UsageError || e instanceof CorpusError || e instanceof IndexError) {
    console.error(`check: ${e.message}`);
    process.exit(2);
  }
  console.error(e);
  process.exit(1);
});
