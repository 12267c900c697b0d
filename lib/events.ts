import { epochDay, isoOfDay, type PartialDate } from './calendar';
import { roundness, type Figure } from './figures';
import { firstFields } from './fields';
import { vocabularyFor, type Vocabulary } from './lexicon/index';
import { measureInfo } from './measures';

/** The event or scope a figure belongs to. Figures of different events are never compared. */
export type EventId =
  | 'exodus-2023'
  | 'blockade'
  | 'war-2020'
  | 'war-1990s'
  | 'war-2016'
  | 'conflict'
  | 'fuel-depot'
  | 'azerbaijani-losses'
  | 'genocide-1915';

/** Words for each event, for explanations. */
export const EVENT_LABELS: Record<EventId, string> = {
  'exodus-2023': 'the September 2023 offensive and exodus',
  blockade: 'the blockade of the Lachin corridor (Dec 2022 – Sept 2023)',
  'war-2020': 'the 2020 war',
  'war-1990s': 'the war of the late 1980s and 1990s',
  'war-2016': 'the April 2016 war',
  conflict: 'the decades-long conflict',
  'fuel-depot': 'the fuel-depot explosion near Stepanakert',
  'azerbaijani-losses': "Azerbaijan's own losses",
  'genocide-1915': 'the 1915 Armenian genocide',
};

// A cue stands alone: not inside a word, nor inside a run of digits ("120000" holds no year 2000, "120200" no 2020).
const EDGE = String.raw`[\p{L}\p{M}\d]`;
const cue = (source: string) => new RegExp(String.raw`(?<!${EDGE})(?:${source})(?!${EDGE})`, 'giu');

/**
 * The years of the conflict that no other event holds: 2000 to 2019, but 2016 (the April war). A
 * figure a sentence places in one of them is of that year ("according to the 2015 census, about
 * 145,000 lived there"), not of the 2023 offensive and exodus the reports count.
 */
const OTHER_YEARS = String.raw`(?<!\d)20(?:0\d|1[0-57-9])(?!\d)`;

// What is not a word list stays here: years, and the phrasing of Azerbaijan's own losses. Each
// event's words come from the lexicons of the languages read. Ordered from the most specific
// scope to the broadest: the first cue close enough wins ties.
const EVENT_PATTERNS: Array<[EventId, string]> = [
  ['fuel-depot', ''],
  ['azerbaijani-losses', String.raw`azerbaijani (?:soldiers|servicemen|troops|side|military|army|losses)|its own ranks|own ranks|azerbaijan's (?:own )?losses|azerbaijan[^.;]{0,60}[\s(]its (?:own )?(?:soldiers|servicemen|troops|military)|soldats azerbaïdjanais|aserbaidschanische soldaten|soldati azeri`],
  ['genocide-1915', '1915'],
  ['war-1990s', String.raw`19[89]\d|'90s`],
  ['war-2016', String.raw`2016|april war|four-day war|four-day april war`],
  ['war-2020', '2020|2021'],
  ['blockade', ''],
  ['exodus-2023', '2023'],
  // A year of the long conflict between its wars ("a 2015 census counted about 145,000"): the figure is of
  // that year, which no report of 2023 counts.
  ['conflict', OTHER_YEARS],
];

const CUES = new WeakMap<Vocabulary, Array<[EventId, RegExp]>>();
function eventCues(v: Vocabulary): Array<[EventId, RegExp]> {
  let cues = CUES.get(v);
  if (!cues) {
    cues = EVENT_PATTERNS.map(([event, pattern]) => {
      const words = event in v.events ? v.events[event as keyof Vocabulary['events']] : '';
      return [event, cue([pattern, words].filter(Boolean).join('|'))] as [EventId, RegExp];
    });
    CUES.set(v, cues);
  }
  return cues;
}

// What a page names when its subject is the exodus, and the other events it may be about instead.
const EXODUS_SUBJECT: ReadonlySet<EventId | 'peace'> = new Set(['exodus-2023', 'fuel-depot']);
const OTHER_SUBJECTS: ReadonlyArray<EventId | 'peace'> = ['genocide-1915', 'war-1990s', 'war-2016', 'war-2020', 'blockade', 'peace'];

const SUBJECT_CUES = new WeakMap<Vocabulary, Array<[EventId | 'peace', RegExp]>>();
function subjectCues(v: Vocabulary): Array<[EventId | 'peace', RegExp]> {
  let cues = SUBJECT_CUES.get(v);
  if (!cues) {
    cues = [...eventCues(v), ['peace', cue(v.events.peace || '(?!)')] as [EventId | 'peace', RegExp]].filter(([e]) => EXODUS_SUBJECT.has(e) || OTHER_SUBJECTS.includes(e));
    SUBJECT_CUES.set(v, cues);
  }
  return cues;
}

/**
 * True when a text names another event (the 2016 or 2020 war, the peace talks, …) more often than
 * the 2023 offensive and exodus: a page written after the exodus that recalls it in passing
 * ("the 2023 offensive ended 30 years of self-rule") is about that other event.
 */
export function namesAnotherEventMore(text: string, vocab: Vocabulary): boolean {
  let exodus = 0;
  const other = new Map<EventId | 'peace', number>();
  for (const [event, re] of subjectCues(vocab)) {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(text)) n++;
    if (EXODUS_SUBJECT.has(event)) exodus += n;
    else other.set(event, n);
  }
  return Math.max(0, ...other.values()) > exodus;
}

/**
 * True when a page written after the exodus is about another event (namesAnotherEventMore): the 2020
 * war's fifth anniversary, the 2025 peace declaration. Neither its figures nor its statements are the
 * exodus's, whatever words they share with the reports. An undated page, or one of the exodus's own
 * months, is not judged by this vote.
 */
export function pageAboutAnotherEvent(text: string, pageDay: number | undefined, vocab: () => Vocabulary): boolean {
  // The vocabulary is asked for only when the page's day puts it to the vote: telling a page's language is a read of it.
  return pageDay !== undefined && pageDay >= EXODUS_END && namesAnotherEventMore(text, vocab());
}

/** What repeatedFigureEvents needs of a claim: where it stands, what it counts and where it was placed. */
export interface Placed {
  start: number;
  measure: string;
  event: EventId;
  figure: Pick<Figure, 'value' | 'unit' | 'vague'>;
  sentence: { start: number; end: number };
}

/** A figure that is a multiple of this (100,000, 1,200, 200) is round: many events share it, so a repeat says nothing. */
const REPEATED_ROUNDNESS = 100;

/**
 * A figure a page gives again is the figure it gave before: "Death toll from the fuel-depot blast
 * climbed to 68" and, paragraphs on, "Of the 68 bodies, only 21 have been identified"; "the blast
 * killed 68 and wounded 290" and "the earlier toll was 20 dead and 290 wounded". A precise figure of
 * one measure that an earlier sentence of the page placed in an event other than the exodus takes
 * that event when its own sentence names none (it fell to the exodus only by the page's date), and so
 * do the other tolls its sentence gives with it. A sentence that names an event keeps its own reading.
 * One pass over the claims, a map of the figures placed so far: no work that grows with the page twice.
 */
export function repeatedFigureEvents<C extends Placed>(claims: C[], text: string, vocab: Vocabulary): C[] {
  const placed = new Map<string, EventId>();
  const keyOf = (c: C) => `${c.measure}|${c.figure.unit}|${c.figure.value}`;
  const out = claims.slice();
  // The event a repeated figure takes, per sentence start, for the tolls beside it.
  const bySentence = new Map<number, EventId>();
  const namesNone = new Map<number, boolean>();
  const quiet = (c: C) => {
    let q = namesNone.get(c.sentence.start);
    if (q === undefined) namesNone.set(c.sentence.start, (q = !namesAnyEvent(text.slice(c.sentence.start, c.sentence.end), vocab)));
    return q;
  };
  out.forEach((c, i) => {
    // Only a precise figure is the same figure again: a round one (100,000, 200) is given for many events.
    if (c.figure.vague || c.figure.unit === 'date' || roundness(c.figure.value) >= REPEATED_ROUNDNESS) return;
    const key = keyOf(c);
    const before = placed.get(key);
    if (c.event === 'exodus-2023' && before !== undefined && quiet(c)) {
      out[i] = { ...c, event: before };
      bySentence.set(c.sentence.start, before);
    } else if (c.event !== 'exodus-2023' && !placed.has(key)) placed.set(key, c.event);
  });
  if (!bySentence.size) return out;
  // The tolls given with a repeated one in its sentence ("20 dead and 290 wounded") are of its event.
  return out.map((c) => {
    const event = bySentence.get(c.sentence.start);
    return event !== undefined && c.event === 'exodus-2023' && isCasualty(c.measure) ? { ...c, event } : c;
  });
}

/** True when a text names any event: the blast, the offensive or exodus, a war, a year. */
function namesAnyEvent(text: string, vocab: Vocabulary): boolean {
  return eventCues(vocab).some(([e, re]) => {
    if (e === 'azerbaijani-losses') return false;
    re.lastIndex = 0;
    return re.test(text);
  });
}

/** Five years, in days: a span at least this long is the decades-long conflict's, not the 2023 events'. */
export const DECADES_LONG = 5 * 365;
/** A span of a decade or more: longer than any war of the conflict lasted, and than a mandate or a plan. */
const DECADES_ONLY = 10 * 365;
/** The shortest span (in days) read as the conflict's own length by its word alone: a year. */
const CONFLICT_SPAN_FLOOR = 365;

/** How far (in characters) an event cue may stand from a figure and still scope it. */
const REACH = 90;

/** A count right before a word ("68 refugees"): the word is the noun it counts. */
const COUNTED_NOUN_BEFORE = /\d\s?$/u;

/**
 * The measures a blast has: its dead, injured and missing, and the injured it evacuated. A blast
 * named beside "tens of thousands fled", "hundreds of cars" or a year ("the outbreak of the war,
 * which ended in 1994") does not make them its own.
 */
const DEPOT_MEASURES = /^(?:killed|wounded|missing|evacuated)/;

/** True when a measure counts the harm an event did (its dead, injured and missing). */
export function isCasualty(measure: string): boolean {
  // Asked of every figure, often several times: prefix tests, not an expression.
  return measure.startsWith('killed') || measure.startsWith('wounded') || measure.startsWith('missing');
}

const DEPOT_CUES = new WeakMap<Vocabulary, RegExp>();
/** The blast's expression among the event cues, found once per vocabulary: every sentence of a page is asked whether it names the blast. */
function depotCue(v: Vocabulary): RegExp {
  let re = DEPOT_CUES.get(v);
  if (!re) DEPOT_CUES.set(v, (re = eventCues(v).find(([e]) => e === 'fuel-depot')![1]));
  return re;
}

/** True when a text names the fuel-depot blast ("explosion at a fuel depot", "взрыв на складе"). */
export function namesDepotBlast(text: string, vocab: Vocabulary): boolean {
  const re = depotCue(vocab);
  re.lastIndex = 0;
  return re.test(text);
}

/** Where a text names the fuel-depot blast, at absolute offset `offset`: the words' spans. */
export function depotBlastWords(text: string, vocab: Vocabulary, offset = 0): Array<[number, number]> {
  const re = depotCue(vocab);
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([offset + m.index, offset + m.index + m[0].length]);
    if (!re.global) break;
  }
  return out;
}

/** True when a text names an event other than the blast: the offensive, the exodus, a war, a year. */
export function namesOtherEvent(text: string, vocab: Vocabulary): boolean {
  return eventCues(vocab).some(([e, re]) => {
    if (e === 'fuel-depot' || e === 'azerbaijani-losses') return false;
    re.lastIndex = 0;
    return re.test(text);
  });
}

/**
 * Decides which event a figure belongs to: the nearest event cue in its sentence, else the
 * year of the figure itself (for dates), else the period the page's day falls in. `carried` is
 * the blast a sentence just before it in the same passage named: a toll whose own sentence names
 * no event ("About 300 others were injured and 105 are missing") is that blast's.
 */
export function classifyEvent(sentence: string, sentenceStart: number, figure: Figure, measure: string, pageDay: number | undefined, vocab: Vocabulary = vocabularyFor(null), carried?: 'fuel-depot'): EventId {
  // "two wars": a count of the region's wars spans them all; it belongs to no one of them.
  if (measure === 'wars') return 'conflict';
  // The day the corridor was blocked is the blockade's, whatever else its sentence names ("the offensive
  // came after the corridor was blocked in November 2022"): its measure names its event.
  if (measure === 'date:blockade') return 'blockade';
  // The day the leaving began is the exodus's, whatever war or year its sentence recalls beside it.
  if (measure === 'date:exodus' || measure === 'date:arrest') return 'exodus-2023';
  // A leader's time in office ("Arkadi Ghukasyan (1997-2007)") is the republic's, whatever war its years take in:
  // it is read with the events the checker covers, as the leaders' arrests are, and no report dates it.
  if (measure === 'date:tenure') return 'exodus-2023';
  // The region's breaking away is the first war's time, whatever later war its sentence names beside it.
  if (measure === 'date:breakaway') return 'war-1990s';
  // A casualty count whose own words name Azerbaijan's side is Azerbaijan's own loss, in any language.
  // Its side is read once: the losses' cue below asks again.
  const dead = /^(?:killed|wounded)/.test(measure);
  const side = dead ? ownSide(sentence, sentenceStart, figure, vocab) : null;
  if (dead && (side === 'azerbaijani' || (side === null && (ownDeadBefore(sentence, sentenceStart, figure, vocab) || lostBySide(sentence, sentenceStart, figure, vocab))))) return 'azerbaijani-losses';
  // A page dated before the blast cannot tell of it: its "two explosions" are of another day.
  const blastKnown = pageDay === undefined || pageDay >= DEPOT_BLAST_DAY;
  if (!blastKnown) carried = undefined;
  const yearScoped = measureInfo(measure).trend === 'none' || isCasualty(measure);
  let best: EventId | null = null;
  let bestDistance = REACH;
  // Whether the nearest cue is a year ("2023", a page's dateline "2023-09"): a year says when, not which of its events.
  let bestIsYear = false;
  // Whether the sentence names the 2023 events in words ("offensive", "fled"), not only by a year.
  let exodusInWords = false;
  for (const [event, re] of eventCues(vocab)) {
    // Azerbaijan's own losses scope casualty counts only; "Azerbaijani troops" elsewhere is a side, not an event.
    if (event === 'azerbaijani-losses' && !dead) continue;
    // A count whose own words name the Armenian side keeps it ("200 ethnic Armenian dead and dozens of Azerbaijani soldiers").
    if (event === 'azerbaijani-losses' && side === 'armenian') continue;
    // The blast's day ("An explosion on Sept. 25 at a fuel depot") is its own, read as the day it happened.
    if (event === 'fuel-depot' && !blastKnown) continue;
    if (event === 'fuel-depot' && !DEPOT_MEASURES.test(measure) && !(measure === 'date:start' && figure.date?.day !== undefined)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = sentenceStart + m.index;
      const end = start + m[0].length;
      // "killed in the Azerbaijani military offensive": a side's words right before a word of the
      // offensive name who attacked, not whose dead the toll counts.
      if (event === 'azerbaijani-losses' && namesOffensiveNext(sentence, m.index + m[0].length, vocab)) continue;
      if (start >= figure.start && end <= figure.end && figure.unit !== 'days') continue; // a date's own year is read below
      // "between 1988 and 1994 and again in 2020": a date that names its own year is of that year, not of another year beside it.
      if (figure.unit === 'date' && figure.date?.year !== undefined && /^(?:\d|')/u.test(m[0])) continue;
      // "killing at least 68 refugees and injuring hundreds": the noun a count names says who died, not in which event.
      if (event === 'exodus-2023' && isCasualty(measure) && COUNTED_NOUN_BEFORE.test(sentence.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (event === 'exodus-2023' && !/^(?:\d|')/u.test(m[0])) exodusInWords = true;
      const d = end <= figure.start ? figure.start - end : start >= figure.end ? start - figure.end : 0;
      // "conflict" and "exodus" words are broad: a specific cue at a similar distance wins.
      const isYear = /^(?:\d|')/u.test(m[0]);
      // "Counting from the 2015 census, half of the population left": a year of the conflict's long
      // middle scopes a stock (a population, a toll), not the exodus's own movement, whose base it dates.
      if (event === 'conflict' && isYear && !yearScoped) continue;
      const penalty = (event === 'conflict' && !isYear) || event === 'exodus-2023' ? 25 : 0;
      if (d + penalty < bestDistance) {
        best = event;
        bestDistance = d + penalty;
        bestIsYear = isYear;
      }
    }
  }
  // The conflict's words scope only its spans; its years scope every figure of them.
  if (best === 'conflict' && !bestIsYear && measure !== 'duration' && measure !== 'elapsed') best = null;
  // "A truce on 20 September ended 24 hours of conflict": a span of hours or days is no length of the decades-long conflict.
  if (best === 'conflict' && !bestIsYear && figure.unit === 'days' && figure.high < CONFLICT_SPAN_FLOOR) best = null;
  // Nothing of the 2023 offensive and exodus lasted years: "controlled for about 30 years" is the conflict's span,
  // and "created more than three decades ago" counts back to its start, not from the exodus.
  if ((measure === 'duration' || measure === 'elapsed') && (best === null || best === 'exodus-2023') && figure.unit === 'days' && figure.low >= DECADES_LONG) return 'conflict';
  // Nor did the 2016 and 2020 wars (days and weeks): "duas guerras … nas últimas três décadas, a última em 2020"
  // spans the conflict, whatever war's year stands nearer. Only decades: "five years rearming after the 2016 war"
  // and a five-year mandate are spans of their own (review of stop 41).
  if ((measure === 'duration' || measure === 'elapsed') && (best === 'war-2020' || best === 'war-2016') && figure.unit === 'days' && figure.low >= DECADES_ONLY) return 'conflict';
  // A toll in a sentence that names the blast is the blast's, however long the sentence ("at least
  // 20 people have been killed in Nagorno-Karabakh as thousands fled, after a fuel depot exploded"),
  // and so is a toll that names no event right after a sentence about the blast.
  if (best === null && isCasualty(measure) && (carried === 'fuel-depot' || (blastKnown && namesDepotBlast(sentence, vocab)))) return 'fuel-depot';
  // The blast happened in 2023 too: a year nearer a toll than the blast's words ("date 2023-09 At least
  // 68 people were killed … in the explosion of a fuel depot") does not take it from the blast, unless the
  // sentence also names the offensive in words ("at least 200 were killed in the offensive, and 68 more in
  // the fuel depot explosion"): then the year decides nothing and the nearest word does, as before.
  if (best === 'exodus-2023' && bestIsYear && !exodusInWords && isCasualty(measure) && blastKnown && namesDepotBlast(sentence, vocab)) return 'fuel-depot';
  // A page dated before the offensive cannot report it: its "fled" and "refugees" are of another time.
  if (best === 'exodus-2023' && pageDay !== undefined && pageDay < OFFENSIVE_START && !(figure.unit === 'date' && (figure.date?.year ?? 0) >= 2023)) best = eventOfDay(pageDay);
  // The population during the blockade is the population the exodus emptied.
  if (best === 'blockade' && measure === 'population') best = 'exodus-2023';
  // Nobody could leave through the closed corridor: on a page from the offensive on, people leaving in a sentence that
  // names the blockade ("once the blockade had ended, … more than 100,000 people were fleeing") are the exodus's.
  if (best === 'blockade' && (measure === 'left' || measure === 'share_left') && (pageDay === undefined || pageDay >= OFFENSIVE_START)) best = 'exodus-2023';
  // A date that writes its own year is of that year, whatever era a word beside it names ("controlled
  // since the early 1990s, but in September 2023 that autonomy ended"; "the ceasefire accord of 2020").
  // A year no event holds ("the first war began in 1980") moves nowhere: it is the named event's, and wrong.
  // So is one counted back from the page's ("three years ago", "há três anos"): the page's day resolved its year.
  if (best && figure.unit === 'date' && figure.date?.year !== undefined && (figure.raw.includes(String(figure.date.year)) || countedBack(figure.date)) && !yearFits(best, figure.date.year)) {
    const own = eventOfYear(figure.date.year, figure.date.month);
    if (yearFits(own, figure.date.year)) return own;
  }
  if (best) return best;
  if (figure.unit === 'date' && figure.date?.year !== undefined) return eventOfYear(figure.date.year, figure.date.month);
  if (measureInfo(measure).timeless || pageDay === undefined) return 'exodus-2023';
  return eventOfDay(pageDay);
}

/** Whether a date was counted back from the page's day ("three years ago", "last week"): as sure of its year as a written one. */
function countedBack(date: PartialDate): boolean {
  return (date.yearOffset !== undefined && date.yearOffset < 0) || date.days !== undefined;
}

/** How far after a side's words (in characters) a word of the offensive still belongs to them: a space or a hyphen. */
const NEXT_WORD_GAP = 2;

/** Whether a word of the 2023 offensive or exodus starts right at `at` in the sentence ("… military| offensive"). */
function namesOffensiveNext(sentence: string, at: number, vocab: Vocabulary): boolean {
  const re = eventCues(vocab).find(([e]) => e === 'exodus-2023')![1];
  re.lastIndex = at;
  const m = re.exec(sentence);
  return m !== null && m.index - at <= NEXT_WORD_GAP && !/^\d/u.test(m[0]);
}

/** How far before a toll (in characters) a word for one's own dead still describes it. */
const OWN_DEAD_REACH = 80;
/** The most words between a toll and the comma after it for the toll to be an item of a list ("180, … 12 personelin"). */
const LIST_ITEM_WORDS = 1;

/**
 * Where the verb comes last, the words that say whose dead a toll counts stand before it, in its own
 * clause: "şehit olan asker sayısının 198'e yükseldiği" (the number of soldiers martyred rose to 198).
 */
function ownDeadBefore(sentence: string, sentenceStart: number, figure: Figure, vocab: Vocabulary): boolean {
  if (!vocab.verbFinal) return false;
  const at = figure.start - sentenceStart;
  const before = sentence.slice(Math.max(0, at - OWN_DEAD_REACH), at);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (vocab.ownDead.test(clause)) return true;
  // Or after it, where the verb closes a list of tolls: "Savunma Bakanlığından 180, İçişleri
  // Bakanlığından 12 personelin şehit olduğu bildirildi" (180 of the ministry of defence and 12 of the
  // interior were martyred), when the sentence names no Armenian side whose dead the word could be.
  // The span runs to the clause's end; past a comma only where the figure is an item of a list (its
  // own noun at most before the comma), not past a clause of its own ("en az 200 kişi hayatını
  // kaybetti, Azerbaycan ordusundan ise 192 asker şehit oldu": the 200 are not the martyred).
  const after = sentence.slice(figure.end - sentenceStart, figure.end - sentenceStart + OWN_DEAD_REACH);
  const end = after.search(/[.;:]/u) >= 0 ? after.search(/[.;:]/u) : after.length;
  const comma = after.indexOf(',');
  const listItem = comma >= 0 && after.slice(0, comma).trim().split(/\s+/u).filter(Boolean).length <= LIST_ITEM_WORDS;
  const own = after.slice(0, comma >= 0 && comma < end && !listItem ? comma : end);
  if (!vocab.ownDead.test(own)) return false;
  vocab.sides.armenian.lastIndex = 0;
  return !vocab.sides.armenian.test(sentence);
}

/** How far before a toll (in characters) "Azerbaijan lost" still governs it. */
const LOST_REACH = 60;

/**
 * "Азербайджан потерял около 200 человек погибшими", "Azerbaijan lost 192 servicemen": a verb of
 * losing in the toll's own clause, after Azerbaijan's side and with no Armenian side named, makes
 * the dead Azerbaijan's own.
 */
function lostBySide(sentence: string, sentenceStart: number, figure: Figure, vocab: Vocabulary): boolean {
  const at = figure.start - sentenceStart;
  const before = sentence.slice(Math.max(0, at - LOST_REACH), at);
  let clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  let lost = vocab.losing.exec(clause);
  let subject = lost ? clause.slice(0, lost.index) : clause;
  if (!lost) {
    // Verb-final clauses: "Baku hat … 192 Soldaten verloren": the participle right after the toll's noun.
    const after = sentence.slice(figure.end - sentenceStart, figure.end - sentenceStart + LOST_AFTER_REACH);
    const own = after.slice(0, after.search(/[,.;:]/u) >= 0 ? after.search(/[,.;:]/u) : after.length);
    lost = vocab.losing.exec(own);
    if (!lost) return false;
    // The subject stands at the clause's start, which may be further back than a verb before the toll.
    const wide = sentence.slice(Math.max(0, at - LOST_SUBJECT_REACH), at);
    clause = wide.slice(Math.max(wide.lastIndexOf('.'), wide.lastIndexOf(';'), wide.lastIndexOf(':'), wide.lastIndexOf(',')) + 1);
    subject = clause;
    clause += own;
  }
  // The side fought against is not the side that lost: "gegen die Separatisten", "against the separatists".
  const sides = clause.replace(vocab.againstSide, ' ');
  vocab.sides.armenian.lastIndex = 0;
  return (vocab.sides.azerbaijani.test(subject) || vocab.azerbaijan.test(subject)) && !vocab.sides.armenian.test(sides);
}

/** How far after a toll (in characters, within its clause) a verb-final "verloren" still governs it. */
const LOST_AFTER_REACH = 25;
/** How far before such a toll its clause's subject may stand. */
const LOST_SUBJECT_REACH = 120;

/** The side a figure's own words name, if any: "200 Armenian soldiers", "192 of its Azerbaijani servicemen". */
export function ownSide(sentence: string, sentenceStart: number, figure: Figure, vocab: Vocabulary): 'armenian' | 'azerbaijani' | null {
  const after = sentence.slice(figure.end - sentenceStart, figure.end - sentenceStart + 60);
  const end = vocab.itemEnd.exec(after);
  // At most three words: "200 ethnic Armenian deaths", not "200 killed in Azerbaijan's offensive".
  const phrase = end ? after.slice(0, end.index) : after;
  // The noun phrase ends where a verb or a preposition starts: "400 wounded during Azerbaijan's offensive".
  const stop = vocab.phraseStop.exec(phrase);
  const own = firstFields(stop ? phrase.slice(0, stop.index) : phrase, OWN_SIDE_FIELDS);
  if (vocab.sides.azerbaijani.test(own)) return 'azerbaijani';
  if (vocab.sides.armenian.test(own)) return 'armenian';
  if (troopsOfAzerbaijan(own, vocab)) return 'azerbaijani';
  return null;
}

/** How far (in characters) after the count's noun of troops the country's name may start: a space and a short preposition ("of", "de l'", "van"). */
const COUNTRY_AFTER_TROOPS = 7;

/**
 * "192 Soldaten Aserbaidschans", "192 военнослужащих Азербайджана", "192 soldiers of Azerbaijan": the country's
 * name right after the count's own noun of troops (a genitive, or "of" and the name) says whose they were.
 */
function troopsOfAzerbaijan(own: string, vocab: Vocabulary): boolean {
  vocab.things.troops.lastIndex = 0;
  const troops = vocab.things.troops.exec(own);
  if (!troops) return false;
  const rest = own.slice(troops.index + troops[0].length, troops.index + troops[0].length + COUNTRY_AFTER_TROOPS + 40);
  vocab.azerbaijan.lastIndex = 0;
  const country = vocab.azerbaijan.exec(rest);
  return country !== null && country.index <= COUNTRY_AFTER_TROOPS;
}

/** How many white-space-separated fields of the count's phrase name its side (the first may be empty: the space after the count). */
const OWN_SIDE_FIELDS = 4;

/** How far (in characters) from a bare year a word that names a war may stand, in the year's clause, for the year to date that war. */
const WAR_YEAR_REACH = 60;

const WAR_WORDS = new WeakMap<Vocabulary, RegExp>();
function warWords(v: Vocabulary): RegExp {
  let re = WAR_WORDS.get(v);
  if (!re) {
    // A war by its name ("the Second Karabakh War", "the first war"), the noun "war" itself, or the conflict it belongs to.
    re = cue([v.events['war-2020'], v.events['war-1990s'], v.events.conflict, v.war].filter(Boolean).join('|') || '(?!)');
    WAR_WORDS.set(v, re);
  }
  return re;
}

/**
 * Whether a bare year dates a war: "in 2020, during the Second Nagorno-Karabakh War", "duas guerras, uma no
 * início da década de 1990 e outra em 2020", "het conflict laaide in 2020 weer op". The year is one of a war's
 * (its own event, by eventOfYear, is the 2020 war) and a word of war or of the conflict
 * stands within WAR_YEAR_REACH of it in its clause: no full stop, colon, semicolon or bracket between. A year
 * of no war ("in 2017 the name was restored") dates nothing here.
 */
export function yearOfAWar(sentence: string, sentenceStart: number, figure: Figure, vocab: Vocabulary): boolean {
  const year = figure.date?.year;
  if (year === undefined || figure.date?.month !== undefined) return false;
  // Only the 2020 war, which lasted weeks inside its year: the first war ran from 1988 to 1994, and a year or
  // decade of it ("in the early 1990s") is a time within the war, not the day it began, which the reports derive.
  if (eventOfYear(year) !== 'war-2020') return false;
  const re = warWords(vocab);
  const from = Math.max(0, figure.start - sentenceStart - WAR_YEAR_REACH);
  const to = Math.min(sentence.length, figure.end - sentenceStart + WAR_YEAR_REACH);
  const near = sentence.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(near); m; m = re.exec(near)) {
    const start = sentenceStart + from + m.index;
    const end = start + m[0].length;
    if (start < figure.end && end > figure.start) continue;
    const between = end <= figure.start ? sentence.slice(end - sentenceStart, figure.start - sentenceStart) : sentence.slice(figure.end - sentenceStart, start - sentenceStart);
    if (!/[.;:!?()]/u.test(between)) return true;
  }
  return false;
}

/** The years an event's days can fall in, for the events that have them; the others fit any year. */
const EVENT_YEARS: Partial<Record<EventId, [number, number]>> = {
  'genocide-1915': [1914, 1923],
  'war-1990s': [1987, 1994],
  'war-2016': [2016, 2016],
  'war-2020': [2020, 2020],
  blockade: [2022, 2023],
  'exodus-2023': [2023, Infinity],
  'fuel-depot': [2023, 2023],
};

/** Whether a year can be one of an event's (EVENT_YEARS). */
function yearFits(event: EventId, year: number): boolean {
  const span = EVENT_YEARS[event];
  return !span || (span[0] <= year && year <= span[1]);
}

export function eventOfYear(year: number, month?: number): EventId {
  if (year <= 1915 && year >= 1914) return 'genocide-1915';
  if (year >= 1987 && year <= 1994) return 'war-1990s';
  if (year === 2020) return 'war-2020';
  if (year === 2016) return 'war-2016';
  if ((year === 2022 && month === 12) || (year === 2023 && month !== undefined && month < 9)) return 'blockade';
  return 'exodus-2023';
}

const WAR_2020_START = epochDay(2020, 9, 27);
const BLOCKADE_START = epochDay(2022, 12, 12);
/** The day the fuel depot near Stepanakert blew up (25 September 2023): no page dated before it tells of the blast. */
export const DEPOT_BLAST_DAY = epochDay(2023, 9, 25);
/** The day Azerbaijan's offensive began (19 September 2023): no page dated before it reports the exodus. */
export const OFFENSIVE_START = epochDay(2023, 9, 19);
/**
 * The day the Nagorno-Karabakh republic ceased to exist (1 January 2024). A page dated from then on
 * looks back: it may report the exodus, or recall it in passing while it reports something else.
 */
export const EXODUS_END = epochDay(2024, 1, 1);


/** The event a page most likely reports on, from its day alone. */
export function eventOfDay(day: number): EventId {
  if (day >= OFFENSIVE_START) return 'exodus-2023';
  if (day >= BLOCKADE_START) return 'blockade';
  if (day >= WAR_2020_START) return 'war-2020';
  return Number(isoOfDay(day).slice(0, 4)) >= 1987 ? 'conflict' : 'war-1990s';
}
