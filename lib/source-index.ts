import { extractClaims, type Claim } from './claims';
import { isoOfDay, isoOfPartial, mondayOffset, parseIsoDate, type PartialDate } from './calendar';
import { boilerplateMask, type Source, type SourceMeta } from './corpus';
import { leavingStartedOn } from './as-of';
import { eventOfDay, type EventId } from './events';
import type { Qualifier, Unit } from './figures';
import { vocabularyFor } from './lexicon/index';
import { detectLocale } from './locale';
import { splitPassages, splitSentences } from './passages';
import { checkReportStatementRow, reportStatementOfRow, reportStatementRow, reportStatementsOf, type ReportStatement, termLists } from './statements/report-statements';

/** The name and version written into every index; loading refuses anything else. */
export const INDEX_FORMAT = 'karabakh-crosscheck-index';
// Version 2 added the reports' statements of who did what (`reportStatements`); version 3 writes
// statements by column with one string table, which loads in about the time of parsing the file.
export const INDEX_VERSION = 3;

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
  /**
   * The report places the event in a span of days without dating it ("a military offensive last
   * week"): `low` and `high` are that span's first and last epoch days. A day inside it fits the
   * report; the report says nothing of a day outside it (see relation.ts, comparePlacement).
   */
  placed?: boolean;
  attribution?: string;
  sentence: [number, number];
}

/** A loaded index: the sources, their statements, and the statements grouped for matching. */
export interface SourceIndex {
  sources: Source[];
  statements: Statement[];
  /** Statements by `measure|event`, each list in order of day: the only ones a claim is ever compared with. */
  byKey: ReadonlyMap<string, Statement[]>;
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
    // "another 23": a report's addition to a count it gave is no point of the count's series.
    if (c.addition) continue;
    // A report's weekday ("on Tuesday") dates what it tells as the as-of reading does (as-of.ts), not as a statement
    // of an event's day: the reports date the events by the calendar, and their weekdays would double those.
    if (c.figure.date?.weekday !== undefined) continue;
    const s = toStatement(c, position);
    // A headline repeated as the first paragraph says one thing, not two.
    if (statements.some((t) => t.measure === s.measure && t.event === s.event && t.value === s.value && t.qualifier === s.qualifier && t.asOf === s.asOf)) continue;
    statements.push(s);
  }
  statements.push(...placementsOf(source, position, passages, mask, pageDay));
  statements.push(...leavingStartsOf(source, position, passages, mask, pageDay));
  // A figure a report gives once as "claimed, and denied" stays disputed wherever the report repeats it.
  for (const s of statements) {
    if (!s.denied && statements.some((t) => t.denied && t.measure === s.measure && t.event === s.event && Math.abs(t.value - s.value) <= 0.1 * Math.max(t.value, s.value))) s.denied = true;
  }
  return statements;
}

/** The distance of the first day of a week from a Monday: weeks are counted Monday to Sunday (ISO 8601). */

// The measures a placed event's days are compared on: an event placed in a week began and ended in it
// (the offensive "last week", whose fighting stopped within a day).
const PLACED_MEASURES = ['date:start', 'date:end'] as const;
// The day a dissolution was decreed, placed by a week that names the dissolution (see placementsOf).
const PLACED_DECREE = ['date:decree'] as const;

/**
 * The report's placements of an event in a week it names by its distance from its own ("a lightning
 * offensive last week"): a sentence with a phrase of the lexicon's `relativeWeeks` and a word that
 * names the event's start (`dateCues.start`, `dateNouns.start`). Each gives one statement per
 * PLACED_MEASURES, its `low` and `high` the week's first and last day (this week's ends at the report's
 * day). The event is the one of the week's last day: the offensive that began on a Tuesday is that of
 * a week whose Monday came before it. A report without a day places nothing.
 */
export function placementsOf(source: Source, position: number, passages: ReturnType<typeof splitPassages>, mask: boolean[], pageDay: number | undefined): Statement[] {
  if (pageDay === undefined) return [];
  const locale = detectLocale(source.text);
  const vocab = vocabularyFor(locale);
  if (!vocab.relativeWeeks) return [];
  const { pattern: phrase, offsets } = vocab.relativeWeeks;
  const out: Statement[] = [];
  passages.forEach((passage, i) => {
    if (mask[i]) return;
    // Most passages name no week: they are not split into sentences at all.
    phrase.lastIndex = 0;
    if (!phrase.test(source.text.slice(passage.start, passage.end))) return;
    for (const sentence of splitSentences(source.text, passage)) {
      const text = source.text.slice(sentence.start, sentence.end);
      vocab.dateCues.start.lastIndex = 0;
      vocab.dateNouns.start.lastIndex = 0;
      vocab.dateCues.dissolution.lastIndex = 0;
      // A week that names the offensive's start places its first and last days; one that names only
      // the dissolution ("this week also sealed its self-dissolution on 1 January") places the day it
      // was decreed: the dissolution's own day is the date the sentence gives, not the week. Beside the
      // offensive ("an offensive last week, demanding that the government disband") the dissolution is
      // what was demanded, and the week is the offensive's.
      const measures: ReadonlyArray<string> =
        vocab.dateCues.start.test(text) || vocab.dateNouns.start.test(text) ? PLACED_MEASURES : vocab.dateCues.dissolution.test(text) ? PLACED_DECREE : [];
      if (measures.length === 0) continue;
      phrase.lastIndex = 0;
      for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
        const offset = offsets.get(m[0].toLowerCase().replace(/\s+/gu, ' '));
        if (offset === undefined) continue;
        const monday = pageDay - mondayOffset(pageDay) + 7 * offset;
        const low = monday;
        const high = Math.min(monday + 6, pageDay);
        const [y1, m1] = isoOfDay(low).split('-').map(Number) as [number, number];
        const [y2, m2] = isoOfDay(high).split('-').map(Number) as [number, number];
        // The month, or the year, the whole week lies in: what the explanation can name of it.
        const date: PartialDate = y1 === y2 ? (m1 === m2 ? { year: y1, month: m1 } : { year: y1 }) : {};
        const start = sentence.start + m.index;
        for (const measure of measures) {
          out.push({
            source: position,
            start,
            end: start + m[0].length,
            measure,
            event: eventOfDay(high),
            asOf: pageDay,
            asOfExplicit: false,
            raw: m[0],
            qualifier: 'range',
            unit: 'date',
            value: low,
            low,
            high,
            tolerance: 0,
            vague: false,
            ...(date.year !== undefined ? { date } : {}),
            denied: false,
            placed: true,
            sentence: [sentence.start, sentence.end],
          });
        }
      }
    }
  });
  return out;
}

/**
 * The reports' first day of the leaving, dated by a weekday ("The migration began Sunday": as-of.ts
 * `leavingStartedOn`), as statements of `date:exodus`. A report without a day dates nothing.
 */
function leavingStartsOf(source: Source, position: number, passages: ReturnType<typeof splitPassages>, mask: boolean[], pageDay: number | undefined): Statement[] {
  if (pageDay === undefined) return [];
  const vocab = vocabularyFor(detectLocale(source.text));
  const out: Statement[] = [];
  passages.forEach((passage, i) => {
    if (mask[i]) return;
    for (const sentence of splitSentences(source.text, passage)) {
      for (const { start, end, day } of leavingStartedOn(source.text.slice(sentence.start, sentence.end), sentence.start, pageDay, vocab)) {
        const [y, m, d] = isoOfDay(day).split('-').map(Number) as [number, number, number];
        out.push({ source: position, start, end, measure: 'date:exodus', event: 'exodus-2023', asOf: pageDay, asOfExplicit: false, raw: source.text.slice(start, end), qualifier: 'exact', unit: 'date', value: day, low: day, high: day, tolerance: 0, vague: false, date: { year: y, month: m, day: d }, denied: false, placed: false, sentence: [sentence.start, sentence.end] });
      }
    }
  });
  return out;
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
    placed: false,
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

/** The statement columns of an index file, in the order they are written. */
const COLUMNS = ['source', 'start', 'end', 'measure', 'event', 'asOf', 'flags', 'qualifier', 'unit', 'value', 'low', 'high', 'tolerance', 'date', 'attribution', 's0', 's1'] as const;
type Column = (typeof COLUMNS)[number];
// A statement's yes/no fields, packed into one number of the `flags` column.
const ASOF_EXPLICIT = 1;
const VAGUE = 2;
const DENIED = 4;
const PLACED = 8;

/**
 * Writes an index as compact JSON with a fixed key order: same corpus, same bytes. Statements
 * are written by column (one array of numbers per field, words as places in one string table),
 * so loading parses a few long arrays of numbers instead of tens of thousands of small mixed
 * ones, and builds each statement in one pass with no date to parse.
 */
export function serializeIndex(index: SourceIndex): string {
  const sources = index.sources.map((s) => [s.id, s.outlet, s.title, s.date, s.dateBasis, s.origin, s.url, s.text]);
  const strings: string[] = [];
  const places = new Map<string, number>();
  const word = (w: string | undefined) => {
    if (w === undefined) return -1;
    let at = places.get(w);
    if (at === undefined) places.set(w, (at = strings.push(w) - 1));
    return at;
  };
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, [] as Array<number | null>])) as Record<Column, Array<number | null>>;
  for (const s of index.statements) {
    columns.source.push(s.source);
    columns.start.push(s.start);
    columns.end.push(s.end);
    columns.measure.push(word(s.measure));
    columns.event.push(word(s.event));
    columns.asOf.push(s.asOf ?? null);
    columns.flags.push((s.asOfExplicit ? ASOF_EXPLICIT : 0) | (s.vague ? VAGUE : 0) | (s.denied ? DENIED : 0) | (s.placed ? PLACED : 0));
    columns.qualifier.push(word(s.qualifier));
    columns.unit.push(word(s.unit));
    columns.value.push(num(s.value));
    columns.low.push(num(s.low));
    columns.high.push(num(s.high));
    columns.tolerance.push(num(s.tolerance));
    columns.date.push(word(s.date ? isoOfPartial(s.date) : undefined));
    columns.attribution.push(word(s.attribution));
    columns.s0.push(s.sentence[0]);
    columns.s1.push(s.sentence[1]);
  }
  const statements = { count: index.statements.length, ...columns };
  // The matching groups as the index holds them (by measure and event, each in order of day), as
  // statement positions: loading then neither builds a key per statement nor sorts.
  const position = new Map(index.statements.map((s, i) => [s, i]));
  const groups = [...index.byKey.values()].map((list) => [word(list[0]!.measure), word(list[0]!.event), list.map((s) => position.get(s)!)]);
  return JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, sources, strings, statements, groups, reportStatements: index.reportStatements.map(reportStatementRow) });
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
  const d = data as { format?: unknown; version?: unknown; sources?: unknown; strings?: unknown; statements?: unknown; groups?: unknown; reportStatements?: unknown };
  if (!d || typeof d !== 'object' || d.format !== INDEX_FORMAT) throw new IndexError(`${where}: not a cross-check index (no "format": "${INDEX_FORMAT}"); rebuild it with \`npm run build-index\``);
  if (d.version !== INDEX_VERSION) throw new IndexError(`${where}: index format version ${String(d.version)} is not supported (this build reads version ${INDEX_VERSION}); rebuild it with \`npm run build-index\``);
  if (!Array.isArray(d.sources) || !Array.isArray(d.strings) || !d.statements || typeof d.statements !== 'object') {
    throw new IndexError(`${where}: damaged index (sources, strings or statements missing); rebuild it with \`npm run build-index\``);
  }
  // Checked now, made into objects on first use: after parsing, every allocation risks a
  // collection that must move the whole freshly parsed file.
  const sourceRows = d.sources;
  for (let i = 0; i < sourceRows.length; i++) checkSource(sourceRows[i], i, where);
  const texts = sourceRows.map((row) => (row as string[])[7]!);
  let sources: Source[] | null = null;
  const table = readStatements(d.statements as Record<string, unknown>, words(d.strings, where), texts, where);
  if (!Array.isArray(d.reportStatements)) throw new IndexError(`${where}: damaged index (the reports' statements are missing); rebuild it with \`npm run build-index\``);
  // Every row is checked on load; the statements are built when a page's statements are first judged.
  const terms = termLists();
  const rows = d.reportStatements;
  for (let i = 0; i < rows.length; i++) {
    const error = checkReportStatementRow(rows[i], texts, terms);
    if (error) throw new IndexError(`${where}: report statement ${i + 1} ${error}; rebuild the index with \`npm run build-index\``);
  }
  let said: ReportStatement[] | null = null;
  const byKey = readGroups(d.groups, table, where, typeof json === 'string');
  let all: Statement[] | null = null;
  return {
    get sources() {
      return (sources ??= sourceRows.map((row) => sourceOf(row as SourceRow)));
    },
    // Every statement, in the file's order: built on first use (the sources view, own sources), not on load.
    get statements() {
      return (all ??= Array.from({ length: table.count }, (_, i) => table.at(i)));
    },
    byKey,
    get reportStatements() {
      return (said ??= rows.map((row) => reportStatementOfRow(row as unknown[], terms)));
    },
  };
}

type SourceRow = [string, string, string, string | null, SourceMeta['dateBasis'], string | null, string | null, string];

function checkSource(row: unknown, i: number, where: string): void {
  if (!Array.isArray(row) || row.length !== 8 || typeof row[0] !== 'string' || typeof row[7] !== 'string') throw new IndexError(`${where}: source ${i + 1} is damaged; rebuild the index with \`npm run build-index\``);
}

function sourceOf([id, outlet, title, date, dateBasis, origin, url, text]: SourceRow): Source {
  return { id, outlet, title, date, dateBasis, origin, url, text };
}

const damagedPart = (where: string, what: string) => new IndexError(`${where}: ${what} is damaged; rebuild the index with \`npm run build-index\``);

// The string table, checked once (not once per statement that uses a word of it).
const checkedWords = new WeakMap<unknown[], string[]>();
function words(strings: unknown[], where: string): string[] {
  let out = checkedWords.get(strings);
  if (!out) {
    out = strings.map((w, i) => {
      if (typeof w !== 'string') throw damagedPart(where, `string ${i + 1}`);
      return w;
    });
    checkedWords.set(strings, out);
  }
  return out;
}

/**
 * The matching groups, checked on load (every statement in exactly one group, its own: one left
 * out would never be matched), each built into statements the first time a claim asks for it.
 */
function readGroups(groups: unknown, table: StatementTable, where: string, owned: boolean): ReadonlyMap<string, Statement[]> {
  if (!Array.isArray(groups)) throw damagedPart(where, 'the matching groups');
  const positions = new Map<string, number[]>();
  const seen = new Uint8Array(table.count);
  let listed = 0;
  // (Index loops, not for-of: this runs once per wake, before the optimizer has seen it.)
  for (let g = 0; g < groups.length; g++) {
    const group: unknown = groups[g];
    const [m, e, ids] = (Array.isArray(group) ? group : []) as [number, number, unknown];
    const measure = table.words[m];
    const event = table.words[e];
    const key = matchKey(measure ?? '', event ?? '');
    if (!Array.isArray(ids) || measure === undefined || event === undefined || positions.has(key)) throw damagedPart(where, `matching group ${g + 1}`);
    for (let k = 0; k < ids.length; k++) {
      const i: unknown = ids[k];
      if (typeof i !== 'number' || !(i >= 0 && i < table.count) || seen[i] || table.measureAt(i) !== m || table.eventAt(i) !== e) throw damagedPart(where, `matching group ${g + 1}`);
      seen[i] = 1;
    }
    // A file this call parsed itself is ours to reuse: the list of positions becomes the list of statements in place.
    positions.set(key, (owned ? ids : ids.slice()) as number[]);
    listed += ids.length;
  }
  if (listed !== table.count) throw damagedPart(where, 'the matching groups (they do not list every statement)');
  return new LazyGroups(positions, table);
}

/**
 * Groups of statements by key, each list built from its positions on first `get`. Loading then
 * costs little more than parsing the file, and a page's claims build only the groups they meet.
 */
class LazyGroups implements ReadonlyMap<string, Statement[]> {
  private readonly built = new Set<string>();
  constructor(
    private readonly lists: Map<string, Array<number | Statement>>,
    private readonly table: StatementTable,
  ) {}

  get(key: string): Statement[] | undefined {
    const list = this.lists.get(key);
    if (list && !this.built.has(key)) {
      for (let k = 0; k < list.length; k++) list[k] = this.table.at(list[k] as number);
      this.built.add(key);
    }
    return list as Statement[] | undefined;
  }
  has(key: string): boolean {
    return this.lists.has(key);
  }
  get size(): number {
    return this.lists.size;
  }
  *entries(): MapIterator<[string, Statement[]]> {
    for (const key of this.lists.keys()) yield [key, this.get(key)!];
  }
  keys(): MapIterator<string> {
    return this.lists.keys();
  }
  *values(): MapIterator<Statement[]> {
    for (const key of this.lists.keys()) yield this.get(key)!;
  }
  [Symbol.iterator](): MapIterator<[string, Statement[]]> {
    return this.entries();
  }
  forEach(callback: (value: Statement[], key: string, map: ReadonlyMap<string, Statement[]>) => void): void {
    for (const [key, list] of this.entries()) callback(list, key, this);
  }
}

/** The statement columns of a loaded index, checked, with each statement built on demand (once). */
interface StatementTable {
  count: number;
  words: string[];
  measureAt(i: number): number;
  eventAt(i: number): number;
  /** Statement `i`, built the first time it is asked for; the same object after. */
  at(i: number): Statement;
}

/** Checks every row of the statement columns (numbers only: nothing is built yet) and returns the table. */
function readStatements(table: Record<string, unknown>, words: string[], texts: string[], where: string): StatementTable {
  const count = table.count;
  const damaged = (what: string) => damagedPart(where, what);
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw damaged('the statement table');
  const col = {} as Record<Column, Array<number | null>>;
  for (const c of COLUMNS) {
    const values = table[c];
    if (!Array.isArray(values) || values.length !== count) throw damaged(`the statement column "${c}"`);
    col[c] = values as Array<number | null>;
  }
  const isWord = (at: unknown) => typeof at === 'number' && at >= 0 && at < words.length;
  for (let i = 0; i < count; i++) {
    const source = col.source[i];
    if (typeof source !== 'number' || !(source >= 0 && source < texts.length) || !isWord(col.measure[i]) || !isWord(col.event[i]) || !isWord(col.qualifier[i]) || !isWord(col.unit[i])) {
      throw damaged(`statement ${i + 1}`);
    }
    const start = col.start[i]!;
    const end = col.end[i]!;
    if (!(start >= 0 && start < end && end <= texts[source]!.length)) throw new IndexError(`${where}: statement ${i + 1} points outside its source text; rebuild the index with \`npm run build-index\``);
  }
  const partials = new Map<number, PartialDate>();
  // Made on first use: an array as long as the table, allocated on load, would cost a collection.
  let built: Array<Statement | undefined> | null = null;
  const build = (i: number): Statement => {
    const source = col.source[i]!;
    const start = col.start[i]!;
    const end = col.end[i]!;
    const unit = words[col.unit[i]!] as Unit;
    const flags = col.flags[i]!;
    const dateAt = col.date[i]!;
    let date: PartialDate | undefined;
    if (dateAt >= 0) {
      date = partials.get(dateAt);
      if (!date) partials.set(dateAt, (date = parsePartial(words[dateAt] ?? '')));
    }
    const attribution = col.attribution[i]! >= 0 ? words[col.attribution[i]!] : undefined;
    const value = col.value[i];
    const low = col.low[i];
    const high = col.high[i];
    // Every statement gets the same fields in the same order (absent ones undefined): tens of
    // thousands of objects of one shape match faster than a mix of shapes.
    return {
      source,
      start,
      end,
      measure: words[col.measure[i]!]!,
      event: words[col.event[i]!] as EventId,
      asOf: col.asOf[i] ?? undefined,
      asOfExplicit: (flags & ASOF_EXPLICIT) !== 0,
      raw: texts[source]!.slice(start, end),
      qualifier: words[col.qualifier[i]!] as Qualifier,
      unit,
      value: value ?? NaN,
      low: low ?? (unit === 'date' ? NaN : -Infinity),
      high: high ?? (unit === 'date' ? NaN : Infinity),
      tolerance: col.tolerance[i] ?? 0,
      vague: (flags & VAGUE) !== 0,
      date,
      denied: (flags & DENIED) !== 0,
      placed: (flags & PLACED) !== 0,
      attribution: attribution || undefined,
      sentence: [col.s0[i]!, col.s1[i]!],
    } as Statement;
  };
  return {
    count,
    words,
    measureAt: (i) => col.measure[i]!,
    eventAt: (i) => col.event[i]!,
    at: (i) => ((built ??= [])[i] ??= build(i)),
  };
}

function parsePartial(iso: string): PartialDate {
  // A span of years ("1990/1999", a report's "in the 1990s"), as isoOfPartial writes it.
  const span = /^(\d{4})\/(\d{4})$/.exec(iso);
  if (span) return { year: Number(span[1]), through: Number(span[2]) };
  const m = /^(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return {};
  return {
    ...(m[1] ? { year: Number(m[1]) } : {}),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    ...(m[3] ? { day: Number(m[3]) } : {}),
  };
}
