// Recomputes the precision of statements on real articles from judgements made by hand: runs the
// engine over every labelled article whose text is cached, takes the statements it shows, and
// joins each with its judgement in tests/real-articles/statements/judged.jsonl (article id and
// address, the statement's span, a paraphrase in our own words, and whether the cited report
// addresses it). Article text never enters the repository: the judgements hold offsets, not words.
//
//   npx tsx scripts/real-statements.ts [--cache DIR] [--json]
//
// Exits 1 when a statement shown has no judgement (judge it and add a line), when one judged not
// addressed is shown (precision comes first), or when one is shown with another verdict or other
// cited reports than it was judged with (the judgement may not hold any more: look again).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIsoDate } from '../lib/calendar';
import { checkText } from '../lib/check';
import { buildIndex, type SourceIndex } from '../lib/source-index';
import { loadCorpusDir } from './corpus-files';
import type { ArticleLabel } from './real-articles';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the judgements are kept. */
export const JUDGED = join(ROOT, 'tests', 'real-articles', 'statements', 'judged.jsonl');
const LABELS = join(ROOT, 'tests', 'real-articles');

/** One statement the engine showed on a real article, judged by hand. */
export interface Judgement {
  id: string;
  url: string;
  /** The statement's span in the cached text (UTF-16 offsets), as the engine gives it. */
  start: number;
  end: number;
  /** The verdict shown, and the reports it cited, when it was judged. */
  verdict: string;
  sources: string[];
  /** What the statement says, in the judge's words (never the article's). */
  paraphrase: string;
  /** Would a reader agree the cited report addresses this statement? */
  addresses: boolean;
  /** Is the verdict shown the one the cited reports support? */
  verdict_right: boolean;
  note?: string;
}

/** Checks one judgement line; returns what is wrong with it, or nothing. */
export function judgementProblems(j: unknown): string[] {
  const out: string[] = [];
  const x = j as Partial<Judgement>;
  if (!x || typeof x !== 'object') return ['not a JSON object'];
  for (const key of ['id', 'url', 'verdict', 'paraphrase'] as const) if (typeof x[key] !== 'string' || !x[key]) out.push(`"${key}" must be a non-empty string`);
  if (!Number.isInteger(x.start) || !Number.isInteger(x.end) || (x.start as number) < 0 || (x.end as number) <= (x.start as number)) out.push('"start" and "end" must be offsets with start < end');
  if (!Array.isArray(x.sources) || x.sources.some((s) => typeof s !== 'string')) out.push('"sources" must list report ids');
  for (const key of ['addresses', 'verdict_right'] as const) if (typeof x[key] !== 'boolean') out.push(`"${key}" must be true or false`);
  return out;
}

/** Reads the judgements file; a malformed line is an error naming the line and what to fix. */
export function readJudgements(path = JUDGED): Judgement[] {
  return readFileSync(path, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const problems = judgementProblems(JSON.parse(line));
    if (problems.length) throw new Error(`${path}:${i + 1}: ${problems.join('; ')}`);
    return [JSON.parse(line) as Judgement];
  });
}

/** A statement the engine shows now on a cached article. */
export interface Shown {
  id: string;
  start: number;
  end: number;
  verdict: string;
  sources: string[];
}

/** Every labelled article (id, date, kind) with its cached text, if the cache has it. */
export function cachedArticles(cache: string): Array<{ label: ArticleLabel; text: string }> {
  const labels = readdirSync(LABELS)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(LABELS, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ArticleLabel));
  return labels.flatMap((label) => {
    const path = join(cache, `${label.id}.txt`);
    return existsSync(path) ? [{ label, text: readFileSync(path, 'utf8') }] : [];
  });
}

/** The statements the engine shows on each article, with the page's date as the scorer passes it. */
export function statementsShown(articles: Array<{ label: ArticleLabel; text: string }>, index: SourceIndex): Shown[] {
  return articles.flatMap(({ label, text }) => {
    const day = parseIsoDate(label.date);
    return checkText(text, index, day === null ? {} : { pageDay: day })
      .filter((c) => c.kind === 'statement')
      .map((c) => ({ id: label.id, start: c.start, end: c.end, verdict: c.verdict, sources: [...new Set(c.sources.map((s) => s.id.slice(0, 3)))] }));
  });
}

/** A statement shown now whose verdict or cited reports are not the ones it was judged with. */
export interface Changed {
  shown: Shown;
  judged: Judgement;
  /** What differs: "verdict", "sources", or both. */
  what: Array<'verdict' | 'sources'>;
}

/** What the judgements say of the statements shown now. */
export interface Precision {
  articles: { exodus: number; other: number; withStatements: number };
  shown: number;
  judged: number;
  addressed: number;
  verdictRight: number;
  /** Shown and not judged yet: each needs a line in the judgements. */
  unjudged: Shown[];
  /** Shown although judged not addressed: a precision failure. */
  wrong: Judgement[];
  /**
   * Shown with another verdict or other reports than when judged: the judgement may no longer
   * hold, so each needs a look (and its line updated) before the figures above can be trusted.
   */
  changed: Changed[];
  /**
   * Judged at other offsets of the same article: the same words at another place, as when a page is
   * cached anew with a line more or less above them. Counted as judged; update the offsets.
   */
  moved: Array<{ shown: Shown; judged: Judgement }>;
  /** Judged once, not shown any more (after a change to the engine, or on a text cached anew). */
  gone: Judgement[];
  /** Of `gone`, those whose article has no cached text this time: not a change of the engine. */
  uncached: Judgement[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Joins the statements shown with the judgements by article and span. A statement with no judgement
 * at its offsets takes one of the same article, left unmatched, whose span has the same length: a
 * page cached again shifts its words, it does not change them (the judgements hold no text to
 * compare, so the length stands for it).
 */
export function precisionOf(shown: Shown[], judgements: Judgement[], articles: Array<{ label: ArticleLabel }>): Precision {
  const key = (x: { id: string; start: number; end: number }) => `${x.id}:${x.start}:${x.end}`;
  const byKey = new Map(judgements.map((j) => [key(j), j]));
  const exact = new Map(shown.flatMap((s) => (byKey.has(key(s)) ? [[s, byKey.get(key(s))!] as const] : [])));
  const used = new Set<Judgement>(exact.values());
  const moved: Precision['moved'] = [];
  for (const s of shown) {
    if (exact.has(s)) continue;
    const j = judgements.find((x) => !used.has(x) && x.id === s.id && x.end - x.start === s.end - s.start);
    if (!j) continue;
    used.add(j);
    moved.push({ shown: s, judged: j });
  }
  const pairs = [...exact, ...moved.map((m) => [m.shown, m.judged] as const)];
  const judged = pairs.map(([, j]) => j);
  const changed = pairs.flatMap(([s, j]): Changed[] => {
    const what: Changed['what'] = [];
    if (s.verdict !== j.verdict) what.push('verdict');
    if (!sameSet(s.sources, j.sources)) what.push('sources');
    return what.length ? [{ shown: s, judged: j, what }] : [];
  });
  const cached = new Set(articles.map((a) => a.label.id));
  const gone = judgements.filter((j) => !used.has(j));
  return {
    articles: {
      exodus: articles.filter((a) => a.label.kind === 'exodus').length,
      other: articles.filter((a) => a.label.kind !== 'exodus').length,
      withStatements: new Set(shown.map((s) => s.id)).size,
    },
    shown: shown.length,
    judged: judged.length,
    addressed: judged.filter((j) => j.addresses).length,
    verdictRight: judged.filter((j) => j.verdict_right).length,
    unjudged: shown.filter((s) => !exact.has(s) && !moved.some((m) => m.shown === s)),
    wrong: judged.filter((j) => !j.addresses),
    changed,
    moved,
    gone: gone.filter((j) => cached.has(j.id)),
    uncached: gone.filter((j) => !cached.has(j.id)),
  };
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');

function main(argv: string[]): number {
  const at = argv.indexOf('--cache');
  const cache = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : resolve(ROOT, '..', 'real-articles-cache');
  if (!existsSync(cache)) {
    console.error(`${cache}: no article texts here; fetch them as tests/real-articles/README.md says, or pass --cache DIR`);
    return 2;
  }
  const articles = cachedArticles(cache);
  const index = buildIndex(loadCorpusDir(join(ROOT, 'seeds')));
  const p = precisionOf(statementsShown(articles, index), readJudgements(), articles);
  if (argv.includes('--json')) console.log(JSON.stringify(p, null, 2));
  else {
    console.log(`${p.articles.exodus} exodus articles and ${p.articles.other} about other events read; statements shown on ${p.articles.withStatements}`);
    console.log(`${p.shown} statements shown, ${p.judged} judged: ${p.addressed} addressed by the cited report (precision ${pct(p.addressed, p.judged)}), verdict right on ${p.verdictRight} (${pct(p.verdictRight, p.judged)})`);
    for (const s of p.unjudged) console.log(`  not judged yet: ${s.id} ${s.start}-${s.end} (${s.verdict}, cites ${s.sources.join(',')})`);
    for (const j of p.wrong) console.log(`  shown but not addressed: ${j.id} ${j.start}-${j.end}: ${j.paraphrase}`);
    for (const c of p.changed) {
      const was = `${c.judged.verdict}, cited ${c.judged.sources.join(',')}`;
      const now = `${c.shown.verdict}, cites ${c.shown.sources.join(',')}`;
      console.log(`  ${c.what.join(' and ')} changed since judged: ${c.shown.id} ${c.shown.start}-${c.shown.end} (judged ${was}; now ${now}): ${c.judged.paraphrase}`);
    }
    for (const m of p.moved) console.log(`  judged at other offsets: ${m.shown.id} ${m.judged.start}-${m.judged.end} is now ${m.shown.start}-${m.shown.end}: ${m.judged.paraphrase}`);
    for (const j of p.gone) console.log(`  judged, no longer shown: ${j.id} ${j.start}-${j.end}: ${j.paraphrase}`);
    if (p.uncached.length) console.log(`  ${p.uncached.length} judged statements are on articles with no cached text this time (${[...new Set(p.uncached.map((j) => j.id))].join(', ')})`);
    if (p.changed.length) console.log(`${p.changed.length} statements shown with another verdict or other reports than judged: look at each, and update its line (verdict, sources, verdict_right)`);
  }
  return p.unjudged.length || p.wrong.length || p.changed.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
