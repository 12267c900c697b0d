/**
 * The statements a report makes about who did what, as the index keeps them beside its figures:
 * read at build time, written as compact rows, and loaded back with every row checked.
 */
import { boilerplateMask, type Source } from '../corpus';
import { splitPassages } from '../passages';
import { ACTION_IDS, ACTOR_IDS, CONCEPT_IDS, type ActionId, type ActorId, type ConceptId } from './lexicon/shape';
import { readFrames } from './reader';

/** Who did what, as the engine reads a statement, on a page or in a report. */
export interface StatementReading {
  actor: ActorId | null;
  /** Null for a fact stated in the text's own voice. */
  action: ActionId | null;
  concepts: ConceptId[];
  objects: ActorId[];
  polarity: 1 | -1;
  /** Who the text says it comes from ("Italy has said"), when not the actor. */
  speaker: ActorId | null;
  /** True when the text does not name the actor and the engine read it from the doer's words ("the local authorities"). */
  inferred?: true;
}

/** One statement of a report: actor, action, key terms, polarity, who reports it, the day, and where it stands. */
export interface ReportStatement extends StatementReading {
  /** Position of its source in the index's source list. */
  source: number;
  /** The words that state it. */
  start: number;
  end: number;
  /** The sentence it stands in: the quote a card shows. */
  sentence: [number, number];
  /** The report's day, YYYY-MM-DD, or null. */
  day: string | null;
  /** Key terms of the rest of its sentence ("blocked the corridor, accusing Armenia of weapons shipments"). */
  context: ConceptId[];
}

/** Reads the statements of one report (boilerplate left out); a statement a report repeats is kept once. */
export function reportStatementsOf(source: Source, position: number): ReportStatement[] {
  const passages = splitPassages(source.text);
  const mask = boilerplateMask(source.text, passages);
  const frames = readFrames(source.text, passages.filter((_, i) => !mask[i]));
  const out: ReportStatement[] = [];
  const seen = new Map<string, number>();
  for (const f of frames) {
    // A headline repeated in the text says one thing, not two: the fuller sentence is kept as the quote.
    const key = [f.actor ?? f.speaker, f.action, f.concepts.join('+'), f.polarity].join('|');
    const at = seen.get(key);
    if (at !== undefined) {
      const kept = out[at]!;
      if (f.sentence.end - f.sentence.start <= kept.sentence[1] - kept.sentence[0]) continue;
      out.splice(at, 1);
      for (const [k, i] of seen) if (i > at) seen.set(k, i - 1);
    }
    seen.set(key, out.length);
    out.push({
      source: position,
      start: f.start,
      end: f.end,
      sentence: [f.sentence.start, f.sentence.end],
      actor: f.actor,
      action: f.action,
      concepts: f.concepts,
      objects: f.objects,
      polarity: f.polarity,
      speaker: f.speaker,
      day: source.date,
      context: f.context.filter((c) => !f.concepts.includes(c)),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One statement as a row of the index file. */
export function reportStatementRow(s: ReportStatement): unknown[] {
  return [s.source, s.start, s.end, s.sentence[0], s.sentence[1], s.actor, s.action, s.concepts.join(' '), s.objects.join(' '), s.polarity, s.speaker, s.day, s.context.join(' ')];
}

const ACTORS = new Set<string>(ACTOR_IDS);
const ACTIONS = new Set<string>(ACTION_IDS);
const CONCEPTS = new Set<string>(CONCEPT_IDS);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Lists of key terms already checked while reading one index: most rows repeat a few dozen of them. */
export interface TermLists {
  concepts: Map<string, string[] | string>;
  objects: Map<string, string[] | string>;
  context: Map<string, string[] | string>;
}

/** A fresh set of checked term lists, for the rows of one index. */
export const termLists = (): TermLists => ({ concepts: new Map(), objects: new Map(), context: new Map() });

/**
 * Checks a row written by `reportStatementRow` against the sources' texts: null when it fits, or
 * an error message naming what does not (a damaged or foreign index). `terms`, shared by the rows
 * of one index, checks each distinct list of terms once. Nothing is built.
 */
export function checkReportStatementRow(row: unknown, sourceTexts: readonly string[], terms: TermLists = termLists()): string | null {
  if (!Array.isArray(row) || row.length !== 13) return 'is not a row of 13 fields';
  const source: unknown = row[0];
  if (typeof source !== 'number' || !Number.isInteger(source) || source < 0 || source >= sourceTexts.length) return 'names no source of the index';
  const length = sourceTexts[source]!.length;
  // (Fields read one by one, not destructured: an index holds tens of thousands of rows.)
  const start: unknown = row[1];
  const end: unknown = row[2];
  const s0: unknown = row[3];
  const s1: unknown = row[4];
  if (!isOffset(start, length) || !isOffset(end, length) || !isOffset(s0, length) || !isOffset(s1, length)) return 'points outside its source text';
  if (!(s0 <= start && start < end && end <= s1)) return 'has offsets out of order';
  const actor: unknown = row[5];
  const action: unknown = row[6];
  const concepts: unknown = row[7];
  const objects: unknown = row[8];
  const polarity: unknown = row[9];
  const speaker: unknown = row[10];
  const day: unknown = row[11];
  const context: unknown = row[12];
  if (actor !== null && !ACTORS.has(actor as string)) return `names an unknown actor ${JSON.stringify(actor)}`;
  if (speaker !== null && !ACTORS.has(speaker as string)) return `names an unknown speaker ${JSON.stringify(speaker)}`;
  if (action !== null && !ACTIONS.has(action as string)) return `names an unknown action ${JSON.stringify(action)}`;
  if (typeof concepts !== 'string' || typeof objects !== 'string' || typeof context !== 'string') return 'has no key terms';
  const contextList = termList(terms.context, context, CONCEPTS, unknownContext, true);
  if (typeof contextList === 'string') return contextList;
  const conceptList = termList(terms.concepts, concepts, CONCEPTS, unknownConcepts, false);
  if (typeof conceptList === 'string') return conceptList;
  const objectList = termList(terms.objects, objects, ACTORS, unknownObjects, true);
  if (typeof objectList === 'string') return objectList;
  if (polarity !== 1 && polarity !== -1) return 'has a polarity other than 1 or -1';
  if (day !== null && (typeof day !== 'string' || !ISO_DAY.test(day))) return 'has a day that is not YYYY-MM-DD';
  return null;
}

/** The statement of a row `checkReportStatementRow` passed, with the same `terms`. */
export function reportStatementOfRow(row: unknown[], terms: TermLists): ReportStatement {
  const [source, start, end, s0, s1, actor, action, concepts, objects, polarity, speaker, day, context] = row as [number, number, number, number, number, ActorId | null, ActionId | null, string, string, 1 | -1, ActorId | null, string | null, string];
  return {
    source,
    start,
    end,
    sentence: [s0, s1],
    actor,
    action,
    concepts: terms.concepts.get(concepts) as ConceptId[],
    objects: terms.objects.get(objects) as ActorId[],
    polarity,
    speaker,
    day,
    context: terms.context.get(context) as ConceptId[],
  };
}

/** Checks and reads one row (see `checkReportStatementRow`): the statement, or the error message. */
export function readReportStatementRow(row: unknown, sourceTexts: readonly string[], terms: TermLists = termLists()): ReportStatement | string {
  return checkReportStatementRow(row, sourceTexts, terms) ?? reportStatementOfRow(row as unknown[], terms);
}

const unknownContext = (c: string) => `has unknown context terms ${JSON.stringify(c)}`;
const unknownConcepts = (c: string) => `has unknown key terms ${JSON.stringify(c)}`;
const unknownObjects = (o: string) => `has unknown objects ${JSON.stringify(o)}`;

// One space-separated list of terms, split and checked against `known` once per index (the
// checked list is shared by every row that has it, and never changed by its readers).
function termList(checked: Map<string, string[] | string>, written: string, known: ReadonlySet<string>, unknown: (w: string) => string, mayBeEmpty: boolean): string[] | string {
  let list = checked.get(written);
  if (list === undefined) {
    const split = written.split(' ').filter(Boolean);
    list = (split.length === 0 && !mayBeEmpty) || !split.every((w) => known.has(w)) ? unknown(written) : split;
    checked.set(written, list);
  }
  return list;
}

const isOffset = (x: unknown, length: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= length;
