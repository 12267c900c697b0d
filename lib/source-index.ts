import { extractClaims, type Claim } from './claims';
import { isoOfDay, isoOfPartial, parseIsoDate, type PartialDate } from './calendar';
import { boilerplateMask, type Source, type SourceMeta } from './corpus';
import type { EventId } from './events';
import type { Qualifier, Unit } from './figures';
import { splitPassages } from './passages';
import { readReportStatementRow, reportStatementRow, reportStatementsOf, type ReportStatement } from './statements/report-statements';

/** The name and version written into every index; loading refuses anything else. */
export const INDEX_FORMAT = 'karabakh-crosscheck-index';
// Version 2 added the reports' statements of who did what (`reportStatements`).
export const INDEX_VERSION = 2;

/** What a source says about one measure: a figure, its scope, its day and where it stands. */
export interface Statement {
  /** Position of its source in the index's source list. */
  source: number;
  start: number;
  end: number;
  measure: string;
  event: EventId;
  asOf?: number;
  asOfExplicit: boolean;
  raw: string;
  qualifier: Qualifier;
  unit: Unit;
  value: number;
  low: number;
  high: number;
  tolerance: number;
  vague: boolean;
  date?: PartialDate;
  denied: boolean;
  attribution?: string;
  sentence: [number, number];
}

/** A loaded index: the sources, their statements, and the statements grouped for matching. */
export interface SourceIndex {
  sources: Source[];
  statements: Statement[];
  /** Statements by `measure|event`: the only ones a claim is ever compared with. */
  byKey: Map<string, Statement[]>;
  /** What the reports say who did (accused, denied, asked for, blocked…), matched against a page's statements. */
  reportStatements: ReportStatement[];
}

/** A damaged, foreign or outdated index file. */
export class IndexError extends Error {
  override name = 'IndexError';
}

/** The key under which a claim finds the statements it can be compared with. */
export function matchKey(measure: string, event: string): string {
  return `${measure}|${event}`;
}

/** Reads the statements of one source with the same extractor pages go through. */
export function statementsOf(source: Source, position: number): Statement[] {
  const passages = splitPassages(source.text);
  const mask = boilerplateMask(source.text, passages);
  const pageDay = source.date ? (parseIsoDate(source.date) ?? undefined) : undefined;
  const claims = extractClaims(source.text, { mode: 'source', pageDay, include: (_, i) => !mask[i] });
  const statements: Statement[] = [];
  for (const c of claims) {
    const s = toStatement(c, position);
    // A headline repeated as the first paragraph says one thing, not two.
    if (statements.some((t) => t.measure === s.measure && t.event === s.event && t.value === s.value && t.qualifier === s.qualifier && t.asOf === s.asOf)) continue;
    statements.push(s);
  }
  // A figure a report gives once as "claimed, and denied" stays disputed wherever the report repeats it.
  for (const s of statements) {
    if (!s.denied && statements.some((t) => t.denied && t.measure === s.measure && t.event === s.event && Math.abs(t.value - s.value) <= 0.1 * Math.max(t.value, s.value))) s.denied = true;
  }
  return statements;
}

function toStatement(c: Claim, source: number): Statement {
  const f = c.figure;
  return {
    source,
    start: c.start,
    end: c.end,
    measure: c.measure,
    event: c.event,
    ...(c.asOf !== undefined ? { asOf: c.asOf } : {}),
    asOfExplicit: c.asOfExplicit,
    raw: c.text,
    qualifier: f.qualifier,
    unit: f.unit,
    value: f.value,
    low: f.low,
    high: f.high,
    tolerance: f.tolerance,
    vague: f.vague,
    ...(f.date ? { date: f.date } : {}),
    denied: c.denied,
    ...(c.attribution ? { attribution: c.attribution } : {}),
    sentence: [c.sentence.start, c.sentence.end],
  };
}

/** Builds an index from sources: they are sorted by id so the same corpus gives the same bytes. */
export function buildIndex(sources: Source[]): SourceIndex {
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const statements = sorted.flatMap((s, i) => statementsOf(s, i));
  return withKeys(sorted, statements, sorted.flatMap((s, i) => reportStatementsOf(s, i)));
}

/** The index with more sources appended (a fact-checker's own), read with the same extractor. */
export function withExtraSources(index: SourceIndex, extra: Source[]): SourceIndex {
  if (extra.length === 0) return index;
  const start = index.sources.length;
  const statements = extra.flatMap((s, i) => statementsOf(s, start + i));
  const said = extra.flatMap((s, i) => reportStatementsOf(s, start + i));
  return withKeys([...index.sources, ...extra], [...index.statements, ...statements], [...index.reportStatements, ...said]);
}

function withKeys(sources: Source[], statements: Statement[], reportStatements: ReportStatement[]): SourceIndex {
  const byKey = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = matchKey(s.measure, s.event);
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  // Each list in order of the day it describes (undated last), so a claim finds its days by bisection.
  const day = (s: Statement) => s.asOf ?? Number.MAX_SAFE_INTEGER;
  for (const list of byKey.values()) list.sort((a, b) => day(a) - day(b) || a.source - b.source || a.start - b.start);
  return { sources, statements, byKey, reportStatements };
}

/** How many statements of one measure and event a claim is compared with, at most. */
export const MAX_CANDIDATES = 256;

/**
 * The statements a claim is compared with: all of them in a corpus of ordinary size; in a very
 * large one, the MAX_CANDIDATES nearest the claim's day (an undated claim gets an even sample).
 * Counts that move by the day are decided by their nearest reports, so little is lost, and
 * matching stays fast whatever the corpus's size.
 */
export function candidatesFor(list: Statement[], asOf: number | undefined): Statement[] {
  if (list.length <= MAX_CANDIDATES) return list;
  if (asOf === undefined) {
    const step = list.length / MAX_CANDIDATES;
    return Array.from({ length: MAX_CANDIDATES }, (_, i) => list[Math.floor(i * step)]!);
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]!.asOf ?? Number.MAX_SAFE_INTEGER) < asOf) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(lo - MAX_CANDIDATES / 2, list.length - MAX_CANDIDATES));
  return list.slice(from, from + MAX_CANDIDATES);
}

const num = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);

/** Writes an index as compact JSON with a fixed key order: same corpus, same bytes. */
export function serializeIndex(index: SourceIndex): string {
  const sources = index.sources.map((s) => [s.id, s.outlet, s.title, s.date, s.dateBasis, s.origin, s.url, s.text]);
  const statements = index.statements.map((s) => [
    s.source, s.start, s.end, s.measure, s.event, s.asOf !== undefined ? isoOfDay(s.asOf) : null, s.asOfExplicit ? 1 : 0, s.qualifier, s.unit,
    num(s.value), num(s.low), num(s.high), num(s.tolerance), s.vague ? 1 : 0, s.date ? isoOfPartial(s.date) : null, s.denied ? 1 : 0,
    s.attribution ?? null, s.sentence[0], s.sentence[1],
  ]);
  return JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, sources, statements, reportStatements: index.reportStatements.map(reportStatementRow) });
}

/**
 * Loads an index written by `serializeIndex`. A file of another format or version, or one
 * whose rows do not fit, is refused with an error that says how to rebuild it.
 */
export function loadIndex(json: string | unknown, where = 'index'): SourceIndex {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new IndexError(`${where}: not valid JSON (${(e as Error).message}); rebuild it with \`npm run build-index\``);
    }
  }
  const d = data as { format?: unknown; version?: unknown; sources?: unknown; statements?: unknown; reportStatements?: unknown };
  if (!d || typeof d !== 'object' || d.format !== INDEX_FORMAT) throw new IndexError(`${where}: not a cross-check index (no "format": "${INDEX_FORMAT}"); rebuild it with \`npm run build-index\``);
  if (d.version !== INDEX_VERSION) throw new IndexError(`${where}: index format version ${String(d.version)} is not supported (this build reads version ${INDEX_VERSION}); rebuild it with \`npm run build-index\``);
  if (!Array.isArray(d.sources) || !Array.isArray(d.statements)) throw new IndexError(`${where}: damaged index (sources or statements missing); rebuild it with \`npm run build-index\``);
  const sources = d.sources.map((row, i) => readSource(row, `${where}: source ${i + 1}`));
  const days = new Map<string, number | null>();
  const statements = d.statements.map((row, i) => {
    const s = readStatement(row, sources.length, where, i, days);
    const text = sources[s.source]!.text;
    if (!(s.start >= 0 && s.start < s.end && s.end <= text.length)) throw new IndexError(`${where}: statement ${i + 1} points outside its source text; rebuild the index with \`npm run build-index\``);
    s.raw = text.slice(s.start, s.end);
    return s;
  });
  const texts = sources.map((s) => s.text);
  if (!Array.isArray(d.reportStatements)) throw new IndexError(`${where}: damaged index (the reports' statements are missing); rebuild it with \`npm run build-index\``);
  const reportStatements = d.reportStatements.map((row, i) => {
    const s = readReportStatementRow(row, texts);
    if (typeof s === 'string') throw new IndexError(`${where}: report statement ${i + 1} ${s}; rebuild the index with \`npm run build-index\``);
    return s;
  });
  return withKeys(sources, statements, reportStatements);
}

function readSource(row: unknown, at: string): Source {
  if (!Array.isArray(row) || row.length !== 8 || typeof row[0] !== 'string' || typeof row[7] !== 'string') throw new IndexError(`${at} is damaged; rebuild the index with \`npm run build-index\``);
  const [id, outlet, title, date, dateBasis, origin, url, text] = row as [string, string, string, string | null, SourceMeta['dateBasis'], string | null, string | null, string];
  return { id, outlet, title, date, dateBasis, origin, url, text };
}

function readStatement(row: unknown, sourceCount: number, where: string, i: number, days: Map<string, number | null>): Statement {
  if (!Array.isArray(row) || row.length !== 19 || typeof row[0] !== 'number' || row[0] < 0 || row[0] >= sourceCount) {
    throw new IndexError(`${where}: statement ${i + 1} is damaged; rebuild the index with \`npm run build-index\``);
  }
  const [source, start, end, measure, event, asOf, asOfExplicit, qualifier, unit, value, low, high, tolerance, vague, date, denied, attribution, s0, s1] = row;
  let day: number | null | undefined = null;
  if (typeof asOf === 'string') {
    day = days.get(asOf);
    if (day === undefined) days.set(asOf, (day = parseIsoDate(asOf)));
  }
  // Every statement gets the same fields in the same order (absent ones undefined): tens of
  // thousands of objects of one shape load and match faster than a mix of shapes.
  return {
    source,
    start,
    end,
    measure,
    event,
    asOf: day ?? undefined,
    asOfExplicit: asOfExplicit === 1,
    raw: '',
    qualifier,
    unit,
    value: value ?? NaN,
    low: low ?? (unit === 'date' ? NaN : -Infinity),
    high: high ?? (unit === 'date' ? NaN : Infinity),
    tolerance: tolerance ?? 0,
    vague: vague === 1,
    date: typeof date === 'string' && date ? parsePartial(date) : undefined,
    denied: denied === 1,
    attribution: attribution || undefined,
    sentence: [s0, s1],
  } as Statement;
}

function parsePartial(iso: string): PartialDate {
  const m = /^(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return {};
  return {
    ...(m[1] ? { year: Number(m[1]) } : {}),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    ...(m[3] ? { day: Number(m[3]) } : {}),
  };
}
