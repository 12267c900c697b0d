// Measures the engine on real published articles: joins the committed labels in
// tests/real-articles/*.jsonl with the article texts kept outside the repository, scores each
// language with ../shared/eval/score.mjs, and prints one line per language plus the totals.
//
//   npx tsx scripts/real-articles.ts [--cache DIR] [--labels DIR] [--lang xx[,yy]] [--keep DIR] [-- SCORER FLAGS…]
//
// Third-party text never enters the repository: a label carries the article's address, date and
// figures; the text is `<cache>/<id>.txt`, the excerpt exactly as fetched (tests/real-articles/README.md
// says how to fetch it again). A label whose text is missing is counted as missing, not as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: npx tsx scripts/real-articles.ts [options] [-- SCORER FLAGS…]
  --cache DIR    folder of <id>.txt article texts (default: ../real-articles-cache next to the repository)
  --labels DIR   folder of <lang>.jsonl labels (default: tests/real-articles)
  --lang xx,yy   only these label files (en, ru, …, other)
  --keep DIR     also write each language's joined cases, the engine's claims and its figure claims to DIR/<lang>.*.jsonl
  --scorer FILE  the scorer (default: ../shared/eval/score.mjs)
Flags after -- go to the scorer, e.g. -- --verbose --min-detection 0.9`;

/** A verdict the scorer knows. */
type Verdict = 'corroborated' | 'consistent' | 'conflicting' | 'disputed' | 'unverified';
const VERDICTS = new Set<string>(['corroborated', 'consistent', 'conflicting', 'disputed', 'unverified']);

/** One labelled figure of an article, in the scorer's shape plus a measure and a note. */
export interface Expectation {
  figure: string;
  measure: string;
  strict: Verdict[];
  lenient: Verdict[];
  sources?: string[];
  note?: string;
}

/** One line of a label file: an article's address, date, kind and labelled figures. */
export interface ArticleLabel {
  id: string;
  lang: string;
  url: string;
  date: string;
  outlet: string;
  kind: 'exodus' | 'other-event';
  expect: Expectation[];
}

/** A case as the scorer reads it: the label joined with its text. */
export interface ScorerCase {
  id: string;
  text: string;
  date?: string;
  expect: Expectation[];
  offtopic?: boolean;
}

/** Checks one parsed label line; returns what is wrong with it, or nothing. */
export function labelProblems(label: unknown): string[] {
  const out: string[] = [];
  const l = label as Partial<ArticleLabel>;
  if (!l || typeof l !== 'object') return ['not a JSON object'];
  for (const key of ['id', 'lang', 'url', 'date', 'outlet'] as const) if (typeof l[key] !== 'string' || !l[key]) out.push(`"${key}" must be a non-empty string`);
  if (typeof l.date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(l.date)) out.push(`"date" must be YYYY-MM-DD, not ${JSON.stringify(l.date)}`);
  if (l.kind !== 'exodus' && l.kind !== 'other-event') out.push(`"kind" must be "exodus" or "other-event"`);
  if (!Array.isArray(l.expect)) return [...out, '"expect" must be an array'];
  if (l.kind === 'other-event' && l.expect.length) out.push('an other-event page expects no figures');
  l.expect.forEach((e, i) => {
    const at = `expect[${i}]`;
    if (typeof e?.figure !== 'string' || !e.figure) out.push(`${at}.figure must be a non-empty string`);
    if (typeof e?.measure !== 'string' || !e.measure) out.push(`${at}.measure must be a non-empty string`);
    for (const key of ['strict', 'lenient'] as const) {
      const list = e?.[key];
      if (!Array.isArray(list) || !list.length || list.some((v) => !VERDICTS.has(v))) out.push(`${at}.${key} must list verdicts among ${[...VERDICTS].join(', ')}`);
    }
    if (Array.isArray(e?.strict) && Array.isArray(e?.lenient) && e.strict.some((v) => !e.lenient.includes(v))) out.push(`${at}: every strict verdict must also be lenient`);
  });
  return out;
}

/** The result of joining one label file with the cached texts. */
export interface Joined {
  cases: ScorerCase[];
  missing: string[];
  problems: string[];
}

/** Joins labels with their texts: a missing text is listed, a figure absent from its text is a problem. */
export function joinLabels(labels: ArticleLabel[], readText: (id: string) => string | undefined): Joined {
  const out: Joined = { cases: [], missing: [], problems: [] };
  for (const label of labels) {
    const text = readText(label.id);
    if (text === undefined) {
      out.missing.push(label.id);
      continue;
    }
    const absent = label.expect.filter((e) => !text.includes(e.figure));
    if (absent.length) {
      out.problems.push(...absent.map((e) => `${label.id}: figure ${JSON.stringify(e.figure)} is not in the cached text; fix the label or fetch the text again`));
      continue;
    }
    out.cases.push({ id: label.id, text, date: label.date, expect: label.expect, ...(label.kind === 'other-event' ? { offtopic: true } : {}) });
  }
  return out;
}

/** The numbers of one scorer summary line, so that languages can be added up. */
export interface Tally {
  detected: number;
  expected: number;
  strict: number;
  lenient: number;
  cite: number;
  citeOf: number;
  offtopicClaims: number;
  offtopicTexts: number;
  onLabelled: number;
  claims: number;
  /** Claims of kind "figure" alone, and those of them on a labelled figure (statements are judged by hand). */
  figureClaims: number;
  figuresOnLabelled: number;
}

/** Reads the counts back from score.mjs's summary line; undefined if the line is not there. */
export function parseSummary(output: string): Tally | undefined {
  const line = output.split('\n').find((l) => l.startsWith('detection '));
  const m = line?.match(
    /^detection [\d.]+ \((\d+)\/(\d+)\) · verdict strict ([\d.]+) · lenient ([\d.]+) · citation [\d.]+ \((\d+)\/(\d+)\) · off-topic claims (\d+) in (\d+) texts · precision [\d.]+ \((\d+)\/(\d+) claims/,
  );
  if (!m) return undefined;
  const n = m.slice(1).map(Number) as number[];
  const expected = n[1]!;
  return {
    detected: n[0]!,
    expected,
    strict: Math.round(n[2]! * expected),
    lenient: Math.round(n[3]! * expected),
    cite: n[4]!,
    citeOf: n[5]!,
    offtopicClaims: n[6]!,
    offtopicTexts: n[7]!,
    onLabelled: n[8]!,
    claims: n[9]!,
    figureClaims: n[9]!,
    figuresOnLabelled: n[8]!,
  };
}

/** One printed line of counts, the same for a language and for the totals. */
export function formatTally(name: string, articles: number, t: Tally): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');
  return [
    `${name.padEnd(6)} ${String(articles).padStart(3)} articles ${String(t.expected).padStart(4)} figures`,
    `detection ${pct(t.detected, t.expected)} (${t.detected}/${t.expected})`,
    `strict ${pct(t.strict, t.expected)}`,
    `lenient ${pct(t.lenient, t.expected)}`,
    `citation ${pct(t.cite, t.citeOf)}`,
    `figure precision ${pct(t.figuresOnLabelled, t.figureClaims)} (${t.figuresOnLabelled}/${t.figureClaims})`,
    `all claims ${pct(t.onLabelled, t.claims)} (${t.onLabelled}/${t.claims})`,
    `off-topic claims ${t.offtopicClaims} in ${t.offtopicTexts} pages`,
  ].join(' · ');
}

/** Drops the claims of kind "statement" from the engine's JSON lines, keeping figures (and any line that is not a result). */
export function figuresOnly(output: string): string {
  return output
    .split('\n')
    .map((line) => {
      if (!line.trim().startsWith('{')) return line;
      try {
        const r = JSON.parse(line) as { claims?: Array<{ kind?: string }> };
        if (!Array.isArray(r.claims)) return line;
        return JSON.stringify({ ...r, claims: r.claims.filter((k) => k.kind !== 'statement') });
      } catch {
        return line;
      }
    })
    .join('\n');
}

function parseArgs(argv: string[]) {
  const dash = argv.indexOf('--');
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  const scorerFlags = dash >= 0 ? argv.slice(dash + 1) : [];
  const args = {
    cache: resolve(ROOT, '..', 'real-articles-cache'),
    labels: join(ROOT, 'tests', 'real-articles'),
    scorer: resolve(ROOT, '..', 'shared', 'eval', 'score.mjs'),
    langs: undefined as string[] | undefined,
    keep: undefined as string | undefined,
    scorerFlags,
  };
  for (let i = 0; i < own.length; i++) {
    const a = own[i]!;
    const value = () => {
      const v = own[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value\n\n${USAGE}`);
      return v;
    };
    if (a === '--cache') args.cache = resolve(value());
    else if (a === '--labels') args.labels = resolve(value());
    else if (a === '--scorer') args.scorer = resolve(value());
    else if (a === '--keep') args.keep = resolve(value());
    else if (a === '--lang') args.langs = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n\n${USAGE}`);
  }
  return args;
}

function readLabelFile(file: string): { labels: ArticleLabel[]; problems: string[] } {
  const labels: ArticleLabel[] = [];
  const problems: string[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${basename(file)}:${i + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      problems.push(`${where}: not JSON (${(err as Error).message})`);
      return;
    }
    const wrong = labelProblems(parsed);
    if (wrong.length) problems.push(...wrong.map((w) => `${where}: ${w}`));
    else labels.push(parsed as ArticleLabel);
  });
  return { labels, problems };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.labels)) throw new Error(`no label folder at ${args.labels}; pass --labels DIR`);
  if (!existsSync(args.scorer)) throw new Error(`no scorer at ${args.scorer}; pass --scorer FILE`);
  const files = readdirSync(args.labels)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .filter((f) => !args.langs || args.langs.includes(basename(f, '.jsonl')));
  if (!files.length) throw new Error(`no label files${args.langs ? ` for ${args.langs.join(', ')}` : ''} in ${args.labels}`);
  const work = args.keep ?? mkdtempSync(join(tmpdir(), 'real-articles-'));
  mkdirSync(work, { recursive: true });
  const readText = (id: string) => {
    const path = join(args.cache, `${id}.txt`);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  const total: Tally = { detected: 0, expected: 0, strict: 0, lenient: 0, cite: 0, citeOf: 0, offtopicClaims: 0, offtopicTexts: 0, onLabelled: 0, claims: 0, figureClaims: 0, figuresOnLabelled: 0 };
  let articles = 0;
  let missing = 0;
  let broken = 0;
  for (const file of files) {
    const lang = basename(file, '.jsonl');
    const read = readLabelFile(join(args.labels, file));
    const joined = joinLabels(read.labels, readText);
    for (const p of [...read.problems, ...joined.problems]) console.log(`  label problem: ${p}`);
    broken += read.problems.length + joined.problems.length;
    if (joined.missing.length) console.log(`  ${lang}: ${joined.missing.length} text(s) missing from ${args.cache}: ${joined.missing.join(', ')}`);
    missing += joined.missing.length;
    if (!joined.cases.length) {
      console.log(`${lang.padEnd(6)}   0 articles to score`);
      continue;
    }
    const casesFile = join(work, `${lang}.cases.jsonl`);
    writeFileSync(casesFile, joined.cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
    // The engine reads each language once; the scorer then replays its output twice, with every
    // claim and with figures alone, so that figure precision is measured apart from statements.
    const input = joined.cases.map((c) => JSON.stringify({ id: c.id, text: c.text, ...(c.date ? { date: c.date } : {}) })).join('\n') + '\n';
    const engine = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'check.ts'), '--jsonl'], { input, encoding: 'utf8', cwd: ROOT, maxBuffer: 256 << 20 });
    if (engine.status !== 0) {
      console.log(`${lang}: the engine failed (exit ${engine.status})\n${engine.stderr.slice(-2000)}`);
      broken++;
      continue;
    }
    const allFile = join(work, `${lang}.claims.jsonl`);
    const figuresFile = join(work, `${lang}.figure-claims.jsonl`);
    writeFileSync(allFile, engine.stdout);
    writeFileSync(figuresFile, figuresOnly(engine.stdout));
    const score = (claimsFile: string, flags: string[]) => {
      const replay = [process.execPath, '-e', 'process.stdout.write(require("fs").readFileSync(process.argv[1], "utf8"))', claimsFile];
      return spawnSync(process.execPath, [args.scorer, '--cases', casesFile, ...flags, '--', ...replay], { encoding: 'utf8', cwd: ROOT, maxBuffer: 256 << 20 });
    };
    const r = score(allFile, args.scorerFlags);
    const f = score(figuresFile, []);
    const tally = parseSummary(r.stdout);
    const figureTally = parseSummary(f.stdout);
    const detail = r.stdout.split('\n').filter((l) => l.startsWith('  ')).join('\n');
    if (detail) console.log(detail);
    if (!tally || !figureTally) {
      console.log(`${lang}: the scorer gave no summary (exit ${r.status})\n${r.stdout}${r.stderr}`);
      broken++;
      continue;
    }
    tally.figureClaims = figureTally.claims;
    tally.figuresOnLabelled = figureTally.onLabelled;
    console.log(formatTally(lang, joined.cases.length, tally));
    articles += joined.cases.length;
    for (const k of Object.keys(total) as Array<keyof Tally>) total[k] += tally[k];
  }
  console.log(formatTally('total', articles, total));
  if (missing) console.log(`${missing} article text(s) missing: fetch them again as tests/real-articles/README.md says`);
  if (broken) {
    console.log(`${broken} label problem(s) above`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}
