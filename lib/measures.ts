import { findCues, type Action, type Cue, type DateAction, type Thing } from './cues';
import { vocabularyFor, type Vocabulary } from './lexicon/index';
import { pluralMatches, type Figure } from './figures';
import { depotBlastWords, yearOfAWar } from './events';
import { monthIn, type PartialDate } from './calendar';
import { tokenize } from './tokens';
import { namesRegion } from './region-names';

/** How a measure moves over time: counts of people who had left only rise. */
export type Trend = 'up' | 'down' | 'none';

/** What a measure is, for explanations and for the time rules. */
export interface MeasureInfo {
  label: string;
  trend: Trend;
  /** True when the figure is the same whichever day a report describes (a distance, a population before the exodus). */
  timeless: boolean;
  /** True when reports count different occasions (one family's journey, one convoy): they confirm, never refute. */
  varies?: boolean;
}

const BASE: Record<string, MeasureInfo> = {
  left: { label: 'people who left Nagorno-Karabakh', trend: 'up', timeless: false },
  share_left: { label: 'share of the population that left', trend: 'up', timeless: false },
  remaining: { label: 'people remaining in Nagorno-Karabakh', trend: 'down', timeless: false },
  share_remaining: { label: 'share of the population remaining', trend: 'down', timeless: false },
  population: { label: 'population of Nagorno-Karabakh', trend: 'none', timeless: true },
  vehicles: { label: 'vehicles that crossed into Armenia', trend: 'up', timeless: false },
  convoy_vehicles: { label: 'vehicles in escorted convoys', trend: 'none', timeless: true, varies: true },
  killed: { label: 'people killed', trend: 'up', timeless: false },
  wounded: { label: 'people wounded', trend: 'up', timeless: false },
  evacuated: { label: 'civilians evacuated', trend: 'none', timeless: true, varies: true },
  registered: { label: 'refugees registered', trend: 'up', timeless: false },
  housed: { label: 'refugees given housing', trend: 'up', timeless: false },
  detained: { label: 'people detained', trend: 'up', timeless: false },
  missing: { label: 'people missing', trend: 'none', timeless: false },
  troops: { label: 'troops in the region', trend: 'none', timeless: true },
  peacekeepers: { label: 'peacekeepers deployed', trend: 'none', timeless: true },
  distance: { label: 'distance', trend: 'none', timeless: true },
  journey_time: { label: 'time the journey out took', trend: 'none', timeless: true, varies: true },
  duration: { label: 'how long it lasted', trend: 'none', timeless: true },
  // "100,000 fled in the last nine days", "за эти три дня выехала треть": reports count the exodus
  // over different spans (a third in three days, nearly all in a week), so spans confirm, never refute.
  exodus_time: { label: 'time the exodus took', trend: 'none', timeless: true, varies: true },
  left_armenia: { label: 'people from Nagorno-Karabakh who left Armenia again', trend: 'up', timeless: false },
  // "2.000 … über Nacht", "за сутки прибыли": one day's arrivals, which no report counts.
  left_in_a_day: { label: 'people who left Nagorno-Karabakh in one day or night', trend: 'none', timeless: true, varies: true },
  visit_time: { label: 'how long a visit or mission lasted', trend: 'none', timeless: true },
  since_access: { label: 'time since outsiders last had access', trend: 'none', timeless: true },
  detention_time: { label: 'how long someone was held in detention', trend: 'none', timeless: true },
  elapsed: { label: 'time elapsed since', trend: 'none', timeless: true },
  aid: { label: 'aid pledged', trend: 'none', timeless: true, varies: true },
  // Counts of a state programme for the refugees, which no report gives: who applied or were issued its
  // certificate, and who found work (review of held-out-7p and -8p, f22a).
  applied: { label: 'refugees who applied for or were issued state support', trend: 'up', timeless: false },
  employed: { label: 'refugees who found work', trend: 'up', timeless: false },
  wars: { label: 'wars fought over the region', trend: 'none', timeless: true },
  'date:dissolution': { label: 'date of the dissolution', trend: 'none', timeless: true },
  'date:decree': { label: 'date the dissolution was decreed', trend: 'none', timeless: true },
  'date:blockade': { label: 'date of the blockade', trend: 'none', timeless: true },
  'date:end': { label: 'date it ended', trend: 'none', timeless: true },
  'date:start': { label: 'date it began', trend: 'none', timeless: true },
  'date:exodus': { label: 'date the exodus began', trend: 'none', timeless: true },
  'date:arrest': { label: 'date of the arrest', trend: 'none', timeless: true },
  'date:tenure': { label: 'time in office', trend: 'none', timeless: true },
  'date:breakaway': { label: 'date the region broke away', trend: 'none', timeless: true },
};

const SUBGROUP_LABEL: Record<string, string> = { households: 'households', children: 'children', soldiers: 'soldiers', civilians: 'civilians', peacekeepers: 'peacekeepers', province: 'in one province of Armenia' };

/** Describes a measure id such as "left", "killed:soldiers" or "date:dissolution". */
export function measureInfo(id: string): MeasureInfo {
  if (BASE[id]) return BASE[id]!;
  // The id's first two parts, as `id.split(':')` gives them, without its array: every figure's event asks.
  const colon = id.indexOf(':');
  const base = colon < 0 ? id : id.slice(0, colon);
  const next = colon < 0 ? -1 : id.indexOf(':', colon + 1);
  const group = colon < 0 ? undefined : next < 0 ? id.slice(colon + 1) : id.slice(colon + 1, next);
  const info = BASE[base] ?? { label: id, trend: 'none', timeless: false };
  if (!group) return info;
  return { ...info, label: `${info.label} (${SUBGROUP_LABEL[group] ?? group})` };
}

/** The cues of one sentence, found once and shared by all its figures. */
export interface SentenceCues {
  text: string;
  /** The words of the languages the sentence is read in. */
  vocab: Vocabulary;
  start: number;
  actions: Cue<Action>[];
  /** The words that say what a date marks (read on first use: `sentenceCues` defines it as a getter). */
  readonly dates: Cue<DateAction>[];
  /** Bracketed or dashed asides, whose words describe their own figures first. */
  asides: Array<[number, number]>;
  /** Where the sentence's dates stand, when known: a date between a date and its cue takes the cue. */
  dateSpans?: Array<[number, number]>;
  /** The sentence's dates themselves, in the same order, when known. */
  dateFigures?: Figure[];
}

/** Reads the cues of a sentence at absolute offset `start`. */
export function sentenceCues(text: string, start: number, vocab: Vocabulary = vocabularyFor(null)): SentenceCues {
  const split = separableCues(text, vocab, start);
  // The scan finds its cues in text order already: only the separable verbs' need sorting in.
  const found = findCues(text, vocab.actions, start);
  const actions = split.actions.length ? [...found, ...split.actions].sort((a, b) => a.start - b.start) : found;
  return new CuesRead(text, start, vocab, withoutStates(text, start, vocab, withoutAuxiliaries(actions)), findAsides(text, start), split.dates);
}

/**
 * A sentence's cues, the words that mark dates read when first asked for and then kept: most figures are
 * counts, whose reading seldom asks, and the two scans (date cues, date nouns) were a sixth of reading a
 * sentence. A class, so the getter is defined once on its prototype, not on every sentence's object.
 */
class CuesRead implements SentenceCues {
  dateSpans?: Array<[number, number]>;
  dateFigures?: Figure[];
  private found: Cue<DateAction>[] | undefined;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly vocab: Vocabulary,
    readonly actions: Cue<Action>[],
    readonly asides: Array<[number, number]>,
    private readonly separableDates: Cue<DateAction>[],
  ) {}

  get dates(): Cue<DateAction>[] {
    // A noun that names what a date marks is weak: it counts only right beside the date.
    this.found ??= [...findCues(this.text, this.vocab.dateCues, this.start), ...this.separableDates, ...this.stateEnds(), ...findCues(this.text, this.vocab.dateNouns, this.start).map((c) => ({ ...c, weak: true }))];
    return this.found;
  }

  // "La république disparaîtra le 1er janvier", "Mit dem 1. Januar 2024 endet das Bestehen der Republik": a word of
  // ceasing to exist marks the dissolution only in a sentence that names the breakaway state (lexicon `existence.ends`).
  private stateEnds(): Cue<DateAction>[] {
    const { existenceEnds, existenceStates } = this.vocab;
    if (!existenceEnds.dissolution.test(this.text) || !existenceStates.test(this.text)) return [];
    return findCues(this.text, existenceEnds, this.start);
  }
}

/**
 * The verbs of a sentence whose particle closes their clause ("Bis Montag kamen mehr als 6500 Menschen in
 * Armenien an", "Einen Tag später gaben die Separatisten auf"): each is a cue where the verb stands, as
 * strong as a verb written in one piece ("angekommen").
 */
function separableCues(text: string, vocab: Vocabulary, offset: number): { actions: Cue<Action>[]; dates: Cue<DateAction>[] } {
  const actions: Cue<Action>[] = [];
  const dates: Cue<DateAction>[] = [];
  // One scan for any of the verbs first: a pattern per verb and particle over every sentence cost a sixth of judging.
  if (!vocab.separableVerbs?.test(text)) return { actions, dates };
  for (const { re, action, marks } of vocab.separable) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = { start: offset + m.index, end: offset + m.index + m[1]!.length, weak: false };
      if (action) actions.push({ kind: action, ...at });
      if (marks) dates.push({ kind: marks, ...at });
      re.lastIndex = m.index + m[1]!.length;
    }
  }
  return { actions, dates };
}

/** The most characters between an auxiliary verb and the participle it carries ("ficaram feridos"). */
const AUXILIARY_GAP = 2;

/**
 * Drops a "remaining" verb that only carries the participle right after it: "mais de 280 ficaram
 * feridos", "ponad 280 zostało rannych" (were wounded), not "280 stayed". The participle says what
 * the figure counts.
 */
function withoutAuxiliaries(cues: Cue<Action>[]): Cue<Action>[] {
  return cues.filter((c) => c.kind !== 'remaining' || !cues.some((o) => o.kind !== 'remaining' && !o.weak && o.start >= c.end && o.start - c.end <= AUXILIARY_GAP));
}

/**
 * Drops a "remaining" verb that leaves people in a state: "300 families were left without gas", "evsiz
 * kaldı", "ohne Strom geblieben" (lexicon `leftStates`); it says what they lack, not that they stayed (review 21 M5).
 */
function withoutStates(text: string, offset: number, vocab: Vocabulary, cues: Cue<Action>[]): Cue<Action>[] {
  if (!cues.some((c) => c.kind === 'remaining')) return cues;
  return cues.filter(
    (c) =>
      c.kind !== 'remaining' ||
      !(vocab.leftStateAfter.test(text.slice(c.end - offset, c.end - offset + LEFT_STATE_REACH)) || vocab.leftStateBefore.test(text.slice(Math.max(0, c.start - offset - LEFT_STATE_REACH), c.start - offset))),
  );
}
/** Characters looked at on either side of a verb of remaining for the state it leaves people in: a word or two. */
const LEFT_STATE_REACH = 40;

// "(80 kilometers)", " — more than 65% of the population of 120,000 — ".
function findAsides(text: string, offset: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\([^()]{1,300}\)|\s[—–-]\s[^—–]{1,300}?\s[—–-]\s/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([offset + m.index, offset + m.index + m[0].length]);
  return out;
}

function asideOf(asides: Array<[number, number]>, start: number, end: number): number {
  return asides.findIndex(([a, b]) => start >= a && end <= b);
}

/**
 * What a joining word between a verb and the figure after it costs, in characters: as much as a comma,
 * so that the figure's own verb after it ("and 105 are missing") wins over the one it follows.
 */
const CLAUSE_JOIN_PENALTY = 15;

/** How far after an aside (in characters) the verb of the subject it restates may stand. */
const TRANSPARENT_ASIDE_REACH = 40;

/** Characters between a cue and a figure, with penalties for weak cues and cues across an aside. */
function cueDistance(s: SentenceCues, cue: Cue, figure: Figure): number {
  const gap = cue.end <= figure.start ? figure.start - cue.end : cue.start >= figure.end ? cue.start - figure.end : 0;
  const own = asideOf(s.asides, figure.start, figure.end);
  // "Mehr als die Hälfte … – laut armenischer Regierung über 68.300 – sind … geflohen": a count in an
  // aside with no word of its own restates the subject; the verb right after the aside is its verb too.
  const sameAside = asideOf(s.asides, cue.start, cue.end) === own || (own >= 0 && figure.unit === 'count' && cue.start >= s.asides[own]![1] && cue.start - s.asides[own]![1] <= TRANSPARENT_ASIDE_REACH && !s.actions.some((c) => asideOf(s.asides, c.start, c.end) === own));
  // A comma or semicolon between them usually starts another clause: "Of those who arrived, 81,139 had been registered".
  const between = cue.end <= figure.start ? s.text.slice(cue.end - s.start, figure.start - s.start) : s.text.slice(figure.end - s.start, cue.start - s.start);
  const clause = /[,;:]/.test(between) ? 15 : 0;
  return gap + (cue.weak ? 40 : 0) + (sameAside ? 0 : 60) + clause;
}

/**
 * "300 were injured and 105 are missing": a verb before "and" ends the clause before the figure's
 * own, so it costs more than the figure's own verb after it. Only a tie-break: it never takes a cue
 * out of reach ("112 wounded in one hospital, 11 in another and 15 in a third").
 */
function joinCost(s: SentenceCues, cue: Cue, figure: Figure): number {
  if (figure.unit !== 'count' || cue.end > figure.start) return 0;
  return s.vocab.clauseJoin.test(s.text.slice(cue.end - s.start, figure.start - s.start)) ? CLAUSE_JOIN_PENALTY : 0;
}

function nearest<K extends string>(s: SentenceCues, cues: Cue<K>[], figure: Figure, allowed?: readonly K[], limit = Infinity): Cue<K> | null {
  let best: Cue<K> | null = null;
  let bestDistance = limit;
  for (const cue of cues) {
    if (allowed && !allowed.includes(cue.kind)) continue;
    // A cue inside the figure's own words ("44-day war" has none) does not describe it.
    if (cue.start >= figure.start && cue.end <= figure.end) continue;
    const d = cueDistance(s, cue, figure);
    if (d >= limit) continue;
    // A noun such as "refugees" or "exodus" names the figure only right beside it ("an exodus of 100,000"),
    // and never inside a time phrase ("before the exodus").
    if (cue.weak && figure.unit === 'count' && d > 40 + 15) continue;
    if (cue.weak && /(?:before|after|since|during|until|amid|following)\s+(?:the\s+|its\s+|this\s+)?$/iu.test(s.text.slice(Math.max(0, cue.start - s.start - 20), cue.start - s.start))) continue;
    // "fled on 28 September because of the offensive", "wegen der militärischen Eskalation", "из-за наступления": a noun
    // of cause is not what the date marks (lexicon `because`). Nouns only: "as a result of the attack, 1,000 were wounded".
    if (cue.weak && isCause(s, cue)) continue;
    // "ագրեսիայից հետո … սեպտեմբերի 28-ին", "operasyondan sonra": where "after" follows its noun, a date
    // after both is placed after what the noun names; it is not its date.
    if (cue.weak && cue.end <= figure.start && s.vocab.spanPlacesInTime.test(s.text.slice(cue.end - s.start, cue.end - s.start + 14))) continue;
    const cost = d + joinCost(s, cue, figure);
    if (!best || cost < bestDistance) {
      best = cue;
      bestDistance = cost;
    }
  }
  return best;
}

/**
 * Digits, up to three words (a count's noun and verb) and an opening bracket, right before a figure:
 * "400 wounded (", "400 people were wounded (". The digits may as well be a day ("28 September
 * refugees ("): a bare figure opening such a bracket is dropped either way, which costs at most a
 * figure the bracket itself gives (precision first).
 */
const BREAKDOWN_BRACKET = /\d[\s\u00A0]+[\p{L}\p{M}]+(?:[\s\u00A0]+[\p{L}\p{M}]+){0,2}[\s\u00A0]*\([\s\u00A0]*$/u;

/** The most words between a noun of the offensive and the verb of ending it is the subject of ("the operation of the army ended"). */
const ENDED_NOUN_WORDS = 4;

/**
 * "20 Eylül'de Azerbaycan ordusunun operasyonu sona erdi", "20 сентября операция завершилась", "əməliyyat
 * sentyabrın 20-də başa çatıb": a noun of the offensive (a weak cue of its start) followed in its clause by a
 * verb of ending is what ended; a day beside the noun is not the noun's own (its start) but the end's, which
 * the nearest cue then gives. Returns that verb's cue, or null.
 */
function endedNoun(s: SentenceCues, open: Cue<DateAction>[], noun: Cue<DateAction>): Cue<DateAction> | null {
  if (!noun.weak || noun.kind !== 'start') return null;
  for (const c of open) {
    if (c.kind !== 'end' || c.weak || c.start < noun.end) continue;
    const between = s.text.slice(noun.end - s.start, c.start - s.start);
    if (!/[,;:.!?()]/u.test(between) && wordsIn(between) <= ENDED_NOUN_WORDS) return c;
  }
  return null;
}

/** Whether a verb of starting stands between a date and the noun after it ("19 Eylül'de başlayan operasyon"): the day is the start's. */
function startedBetween(s: SentenceCues, figure: Figure, noun: Cue<DateAction>): boolean {
  return s.dates.some((c) => c.kind === 'start' && !c.weak && c.start >= figure.end && c.end <= noun.start);
}

/** How far (in characters, penalties included) a word may stand from a date and still say what it marks. */
const DATE_CUE_REACH = 70;

/**
 * The arrests this measure dates (the republic's leaders, from the offensive on) began in 2023: a date
 * that writes an earlier year beside a verb of arresting is another fact of the sentence ("Vardanyan,
 * born in 1968, was detained", "arrested on 3 October 2023, he had been elected in 2020").
 */
const ARRESTS_FROM_YEAR = 2023;
const beforeTheArrests = (date: PartialDate | undefined) => date?.year !== undefined && (date.through ?? date.year) < ARRESTS_FROM_YEAR;

/**
 * The exodus began in September 2023: a leaving that a date writing another year starts is another
 * leaving ("Armenians began fleeing Baku in January 1990", "the deportations began in 1915", "the
 * departure of the Russian peacekeepers began in April 2024"; review 18, H1 and H2).
 */
const EXODUS_YEAR = 2023;
/** The first year after the first war's ceasefire (May 1994): texts signed from then until 2023 date nothing the reports count. */
const AFTER_THE_FIRST_WAR = 1995;
const betweenTheWars = (date: PartialDate | undefined) => date?.year !== undefined && date.year >= AFTER_THE_FIRST_WAR && (date.through ?? date.year) < EXODUS_YEAR;
/**
 * True for a day from the offensive's first (19 September 2023) on, and for September 2023 named as a month ("this
 * month" on a page of late September). Late September with no year is taken as 2023's; a later month with no year
 * may be 2022's ("In December, Azerbaijan blocked the corridor").
 */
export const fromTheOffensive = (date: PartialDate | undefined): boolean => {
  if (date?.month === undefined) return false;
  const lateSeptember = date.month === 9 && (date.day === undefined || date.day >= 19);
  if (date.year === undefined) return lateSeptember;
  return date.year > EXODUS_YEAR || (date.year === EXODUS_YEAR && (date.month > 9 || lateSeptember));
};
const inTheExodusYear = (date: PartialDate | undefined) => date?.year === undefined || (date.year === EXODUS_YEAR && (date.through ?? date.year) === EXODUS_YEAR);
/**
 * The days the offensive took the region (19-20 September 2023, the ceasefire's day, and the day after, when
 * pages report the taking). A verb of taking control ("recaptured", "took control", "взял под контроль")
 * dates the offensive only for a date in those days: a day of them, their month without a day, or 2023
 * without a month. "Armenian forces took Shusha in May 1992", "took control of the checkpoint in April 2023",
 * "recaptured large parts in 2020" are other takings, and a taking after them ("on 1 October the forces took
 * control of Stepanakert") ends the offensive rather than starts it: they date nothing here.
 */
/**
 * Days that on real pages about the region mark one event each, whatever verb the sentence uses, counted on the
 * labels of the measured sets: 19 September (2023) is the offensive's first day ("19 сентября Азербайджан открыл
 * боевые действия", "the situation after September 19, 2023"; 75 of 76 labels of that day); 24 September the
 * day the exodus began (13 of 14); 1 January 2024 the day the republic was to cease to exist ("every institution of
 * the republic to be wound up by January 1, 2024"; all 49). Read only where no word of the sentence marks the day
 * (the caller's last resort, with no cue found), never on a line that holds little but the date (a stamp: "19
 * September 2023, 14:05"), and never in a sentence with another number, whose day it is ("On 19 September, 7,000
 * people were evacuated"). The days of the exodus were also the days of statements about it: there (`alone`) the
 * day is read only with no verb of saying and no verb of what figures count ("On 24 September, Pashinyan said …",
 * "he had to leave on 24 September"). Not 28 September, the decree's day (12 of 13 labels) but also the day of the
 * week's busiest news ("made the announcement on 28 September"). "1 January" must name its year, and its sentence
 * the state (`state`, lexicon `existence.states`): "the bus line stopped running on 1 January 2024" is no republic's.
 */
const EVENT_DAYS: ReadonlyArray<{ year: number; month: number; day: number; yearWritten: boolean; alone: boolean; state: boolean; measure: string }> = [
  { year: EXODUS_YEAR, month: 9, day: 19, yearWritten: false, alone: false, state: false, measure: 'date:start' },
  { year: EXODUS_YEAR, month: 9, day: 24, yearWritten: false, alone: true, state: false, measure: 'date:exodus' },
  { year: EXODUS_YEAR + 1, month: 1, day: 1, yearWritten: true, alone: false, state: true, measure: 'date:dissolution' },
];
/** Words besides the date a sentence must hold to say something of the day, not stamp it. */
const STATES_A_DAY_WORDS = 5;
function eventOfItsDay(s: SentenceCues, figure: Figure): string | null {
  const date = figure.date;
  const known = EVENT_DAYS.find((d) => date?.month === d.month && date.day === d.day && (date.year === undefined ? !d.yearWritten : date.year === d.year && (date.through ?? date.year) === d.year));
  if (!known) return null;
  const rest = s.text.slice(0, figure.start - s.start) + ' ' + s.text.slice(figure.end - s.start);
  // Another number (a count, a time of day that makes the line a stamp) says whose day it is.
  if (wordsIn(rest) < STATES_A_DAY_WORDS || /\p{N}/u.test(rest)) return null;
  if (known.state && !s.vocab.existenceStates.test(s.text)) return null;
  if (known.alone) {
    s.vocab.speech.lastIndex = 0;
    if (s.vocab.speech.test(s.text) || s.actions.some((c) => !c.weak)) return null;
  }
  return known.measure;
}
const OFFENSIVE_MONTH = 9;
const OFFENSIVE_DAYS = { first: 19, last: 21 } as const;
const inTheOffensiveTime = (date: PartialDate | undefined) =>
  inTheExodusYear(date) && (date?.month === undefined || (date.month === OFFENSIVE_MONTH && (date.day === undefined || (date.day >= OFFENSIVE_DAYS.first && date.day <= OFFENSIVE_DAYS.last))));
/**
 * The months of the dissolution decree (signed 28 September 2023, with the exodus under way): a day of those
 * weeks beside the noun "decree" and a word of dissolving is the decree's. A later date beside them is another
 * act on the decree (an annulment, a statement that it is void), and the dissolution's own day (1 January
 * 2024) is no decree's.
 */
const DECREE_MONTHS: readonly number[] = [9, 10];
const inTheDecreeWeeks = (date: PartialDate | undefined) => date?.weekday !== undefined || (inTheExodusYear(date) && (date?.month === undefined ? date?.year !== undefined : DECREE_MONTHS.includes(date.month)));

/** At most this many words before a date that opens its sentence: a preposition, an article, a connective ("Pour rappel, le"). */
const OPENING_WORDS = 3;
const OPENING = new RegExp(String.raw`^[\s"'«“„(\[-]*(?:[\p{L}\p{M}'’]+[\s,]+){0,${OPENING_WORDS}}$`, 'u');

/**
 * "28 сентября президент непризнанной Нагорно-Карабахской Республики Самвел Шахраманян подписал указ …",
 * "19 września prezydent … podpisał dekret": a date that opens its sentence marks the verb of its clause,
 * however long the subject between them. So a verb of the lexicon (a strong cue, never a noun: "On 26
 * September, the UN criticised the offensive") may stand as far as a verb-final language's verb
 * (DATE_CUE_REACH_VERB_FINAL), with no full stop, bracket, other date or verb of saying between ("On 20
 * September, officials said the offensive began on Tuesday" dates the saying) nor a comma that opens another
 * clause (lexicon `clauseJoins`: "…, but dissolution was not discussed"); a dissolution's words, nouns as often
 * as verbs, are not reached so far (review 19 H2).
 */
function openingDateVerb(s: SentenceCues, cues: Cue<DateAction>[], figure: Figure): Cue<DateAction> | null {
  const limit = openingClauseEnd(s, figure);
  if (limit === null) return null;
  // A dissolution is dated by its own verb beside the date (nearest), never from afar: its words are nouns too.
  return cues.find((c) => !c.weak && c.kind !== 'dissolution' && c.start >= figure.end && c.end <= limit) ?? null;
}

/**
 * Where the clause of a date that opens its sentence ends (offset in the page), or null when the date does not
 * open it: a full stop, a bracket, another clause (clauseStop), a verb of saying or the next date, within
 * DATE_CUE_REACH_VERB_FINAL.
 */
function openingClauseEnd(s: SentenceCues, figure: Figure): number | null {
  if (!OPENING.test(s.text.slice(0, figure.start - s.start))) return null;
  const from = figure.end - s.start;
  const after = s.text.slice(from, from + DATE_CUE_REACH_VERB_FINAL + relativeAsideLength(s, from));
  const stop = clauseStop(s, after);
  const clause = stop < 0 ? after : after.slice(0, stop);
  s.vocab.speech.lastIndex = 0;
  const said = s.vocab.speech.exec(clause);
  const end = figure.end + (said ? said.index : clause.length);
  const next = (s.dateSpans ?? []).find(([a]) => a >= figure.end);
  return next && next[0] < end ? next[0] : end;
}

/**
 * "In the 1990s, Nagorno-Karabakh, which lies on Azerbaijani territory but is inhabited by Armenians, was able to
 * break away": a relative clause set off by commas after the opening date's subject describes the subject and
 * does not end the date's clause; its length (commas included) is added to the clause's reach. 0 when there is none.
 */
function relativeAsideLength(s: SentenceCues, from: number): number {
  const head = s.text.slice(from, from + DATE_CUE_REACH_VERB_FINAL);
  for (let i = head.indexOf(','); i >= 0; i = head.indexOf(',', i + 1)) {
    if (!s.vocab.relativeStart.test(head.slice(i + 1))) continue;
    const rest = s.text.slice(from + i + 1, from + i + 1 + RELATIVE_ASIDE_MAX);
    const close = rest.search(/[,.;:!?()]/u);
    return close >= 0 && rest[close] === ',' ? close + 2 : 0;
  }
  return 0;
}
/** The longest relative clause set off by commas that relativeAsideLength passes over: one clause of a dozen words. */
const RELATIVE_ASIDE_MAX = 120;

/** Where the clause after an opening date ends: a full stop or bracket, or a comma and a word that opens another clause ("…, but …", lexicon `clauseJoins`). */
function clauseStop(s: SentenceCues, after: string): number {
  const stop = after.search(/[.;:!?()]/u);
  for (let i = after.indexOf(','); i >= 0 && (stop < 0 || i < stop); i = after.indexOf(',', i + 1)) {
    const join = s.vocab.clauseJoin.exec(after.slice(i + 1, i + 1 + CLAUSE_JOIN_LOOK));
    if (join && join.index === 0) return i;
  }
  return stop;
}
/** How far after a comma a word that opens another clause is looked for: a space and the longest join ("podczas gdy"). */
const CLAUSE_JOIN_LOOK = 16;

/** How far before a year a noun of war may stand and still head the year's phrase: the noun, an adjective and a preposition ("guerra de seis semanas en"). */
const WAR_HEAD_REACH = 40;
/** "una segunda guerra de seis semanas en 2020", "the war in 2020": a noun of war heads the year's own phrase (no comma between). */
function warHeadBefore(s: SentenceCues, figure: Figure): boolean {
  const heads = [...s.actions.filter((c) => c.kind === 'war'), ...s.dates.filter((c) => c.kind === 'start' && c.weak)];
  return heads.some((c) => c.end <= figure.start && figure.start - c.end <= WAR_HEAD_REACH && !/[,.;:!?()]/u.test(s.text.slice(c.end - s.start, figure.start - s.start)));
}

/** Whether a verb of losing ("lost her father", lexicon `losing`) stands within DATE_CUE_REACH of a figure in its clause. */
function lostInItsClause(s: SentenceCues, figure: Figure): boolean {
  return inItsClause(s, figure, s.vocab.losing, DATE_CUE_REACH);
}

/** Whether a word of `re` stands within `reach` characters of a figure, in its clause (no full stop, colon, semicolon or bracket between). */
function inItsClause(s: SentenceCues, figure: Figure, re: RegExp, reach: number): boolean {
  const before = s.text.slice(Math.max(0, figure.start - s.start - reach), figure.start - s.start).split(/[.;:!?()]/u).pop()!;
  const after = s.text.slice(figure.end - s.start, figure.end - s.start + reach).split(/[.;:!?()]/u)[0]!;
  return before.search(re) >= 0 || after.search(re) >= 0;
}

const LEAVING_PEOPLE: readonly Thing[] = ['people', 'residents', 'refugees', 'civilians', 'children'];
/**
 * "The departure of Russian peacekeepers from Nagorno-Karabakh began on 17 April", "La salida de las tropas
 * rusas … comenzó el 17 de abril": where the sentence names troops or peacekeepers and none of the people
 * (nor the Armenians), the leaving it dates is theirs, not the exodus (review 18, H2): a word of leaving,
 * however generic ("departure", "salida", "выезд"), dates the exodus only when no other movers are named.
 */
function othersLeave(s: SentenceCues): boolean {
  const t = s.vocab.things;
  if (s.text.search(t.troops) < 0 && s.text.search(t.peacekeepers) < 0) return false;
  return !LEAVING_PEOPLE.some((k) => s.text.search(t[k]) >= 0) && !s.vocab.sides.armenian.test(s.text);
}

/** The most words between a date and the noun it modifies ("September 2023 military operation"). */
const COMPOUND_WORDS = 2;
// Adjectives only ("military", "askeri"): a short word between is a preposition or an article, and the date
// then stands in a phrase of its own ("depuis mars 2023 à une intervention armée").
/** The relative pronoun and at most one word right before a verb: the verb opens the relative clause ("… who found shelter"). */
const RELATIVE_RIGHT_BEFORE = /[\p{L}]+\s+(?:[\p{L}]+\s+)?$/u;
/** A date written as a possessive: "last month's", "Tuesday's". */
const POSSESSIVE = /\p{L}['’]s$/u;
const COMPOUND_GAP = new RegExp(String.raw`^\s+(?:[\p{L}\p{M}-]{4,}\s+){0,${COMPOUND_WORDS}}$`, 'u');

/**
 * A taking of control is the offensive's only as Azerbaijan's taking of the region, in the offensive's time: the
 * sentence names the region and Azerbaijan (its side will do beside a month or a day; a bare year needs the
 * country by name) (review 19 H1, M2: "In September 2023, the UNHCR took over the registration of refugees", "the separatists
 * took control of a hospital", "In 2023, border guards took control of the bridge" are other takings).
 */
function takenByAzerbaijan(s: SentenceCues, date: PartialDate | undefined): boolean {
  if (!inTheOffensiveTime(date)) return false;
  // "since Azerbaijan took it over last week" after "fled the region", "Letzte Woche hatten aserbaidschanische Truppen die
  // Region eingenommen": on a day of those days, or in the week counted from the page's, a noun of a place ("the region",
  // "the enclave") stands for the region the page is about, as its name would. A month or a year needs the name.
  const day = date?.day !== undefined || date?.weekOffset !== undefined;
  if (!namesRegion(s.text) && !(day && theRegionByItsNoun(s))) return false;
  // A bare year needs the country by name ("Baku recuperar o controlo total em 2023"), not any of its forces; a
  // week named from the page's ("last week") is as close as a day ("the Azerbaijani forces that took it last week").
  if (date?.month === undefined && date?.weekOffset === undefined) return namesAzerbaijan(s.vocab, s.text);
  return s.vocab.azerbaijan.test(s.text) || s.vocab.sides.azerbaijani.test(s.text);
}

/** An expression built from a vocabulary, compiled once per vocabulary rather than once per call. */
function perVocabulary(build: (vocab: Vocabulary) => RegExp): (vocab: Vocabulary) => RegExp {
  const built = new WeakMap<Vocabulary, RegExp>();
  return (vocab) => {
    let re = built.get(vocab);
    if (!re) built.set(vocab, (re = build(vocab)));
    return re;
  };
}

/**
 * Between a noun and the date of its own phrase after it: a space, or the language's "of" (lexicon `unitLinks`,
 * `dateLinks`: "von", "of", "del", "de", "van"). Not "in", "im", "nel": "nach der Offensive im Oktober 2023
 * festgenommen" dates the arrest.
 */
const nounThenDate = perVocabulary((v) => new RegExp(String.raw`^\s+(?:(?:${alternativesOf([...v.unitLinks, ...v.dateLinks])})\s+)?$`, 'iu'));

/** Words as one alternation for an expression, escaped; an empty list matches nothing. */
function alternativesOf(words: Iterable<string>): string {
  return [...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|') || '(?!)';
}

/**
 * "took it over" after "fled the region", "die Region eingenommen", "the enclave": the region's noun as a whole, an
 * article right before it and nothing after that makes it a part or another place ("the region's capital", "the
 * territory of the airbase", "the Tavush region", "the area around Sotk"). Not "area", "Gebiet", "gebied": a local
 * word for any stretch of ground (review of stop 42).
 */
function theRegionByItsNoun(s: SentenceCues): boolean {
  const re = regionNoun(s.vocab);
  re.lastIndex = 0;
  // "the breakaway region", "the mountainous region": an adjective between, written in lower case (not "the Tavush region").
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) if (m[1] === undefined || m[1] === m[1].toLowerCase()) return true;
  return false;
}
const regionNoun = perVocabulary((v) => {
  return new RegExp(String.raw`(?<![\p{L}])(?:the|die|der|den|la|le|l['’]|el|il|o|a|de|het)\s*(?:([\p{L}-]+)\s+)?(?:region|enclave|territory|région|territoire|enclave|regione|territorio|región|região|território|enklave|regio)(?![\p{L}'’])(?!\s+(?:${alternativesOf(v.unitLinks)}|around|near|um|autour|alrededor|intorno|rond)(?![\p{L}]))`, 'giu');
});

/** A singular personal pronoun as a verb's object, as English cues of detaining write it ("seized him"). */
const OBJECT_PRONOUN = /(?<![\p{L}])(?:him|her)(?![\p{L}])/iu;
/** Between a cue's own object and a count joined to it: "seized him and 10 other men", "seized her, 5 others". */
const JOINED_OBJECT = /^\s*(?:,|and|&)\s*(?:some\s+|about\s+|at least\s+)?$/iu;

/** The country by name, not as an adjective of its forces: a name the side's words do not also read ("Azerbaijani"). */
const azerbaijanAll = perVocabulary((v) => new RegExp(v.azerbaijan.source, 'giu'));
function namesAzerbaijan(vocab: Vocabulary, text: string): boolean {
  const all = azerbaijanAll(vocab);
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) if (!vocab.sides.azerbaijani.test(m[0])) return true;
  return false;
}

/**
 * "more than 100,000 Karabakh Armenians who fled to Armenia in September 2023", "im September 2023 … gezwungen, zu
 * verlassen", "в 2023 году покинули": a month of the offensive with its year, or the year alone, beside a verb of
 * leaving is the time of the exodus (a day is a count's day, read as such elsewhere). Not from a date on ("since
 * September 2023"), not another month (those who left later are not the exodus), not others leaving (troops).
 */
function leftInItsTime(s: SentenceCues, figure: Figure, before: string): boolean {
  const date = figure.date;
  if (date?.year !== EXODUS_YEAR || date.through !== undefined || (date.month !== undefined && date.month !== OFFENSIVE_MONTH)) return false;
  if (s.vocab.sinceBefore.test(before) || othersLeave(s)) return false;
  const leaving = s.actions.filter((c) => c.kind === 'left' && !c.weak && !saidBetween(s, c, figure));
  if (nearest(s, leaving, figure, undefined, s.vocab.verbFinal ? DATE_CUE_REACH_VERB_FINAL : DATE_CUE_REACH) !== null) return true;
  // "В 2023 году, после нападения Азербайджана …, около 120 тысяч армян были вынуждены бежать": a date that opens its
  // sentence marks its clause's verb however long the subject and an aside between (as openingDateVerb), up to
  // a full stop, a bracket, another date, a verb of saying or a comma that opens another clause.
  const limit = openingClauseEnd(s, figure);
  return limit !== null && leaving.some((c) => c.start >= figure.end && c.end <= limit);
}

/**
 * "28,120 refugees had arrived since Sunday", "Desde el 24 de septiembre, más de 28.000 personas han huido": a day of
 * the exodus's month after "since" (a weekday or a day of the month) with a verb of leaving near it, none of it others'
 * leaving (troops, peacekeepers). Such a count runs from the day the leaving began or from a later day of a window;
 * only the day, once resolved, tells which (claims.ts keeps the reading on the leaving's first days alone).
 */
function opensALeavingCount(s: SentenceCues, figure: Figure): boolean {
  const date = figure.date;
  if (date?.day === undefined && date?.weekday === undefined) return false;
  if (!inTheExodusYear(date) || (date.month !== undefined && date.month !== OFFENSIVE_MONTH) || othersLeave(s)) return false;
  const leaving = s.actions.filter((c) => c.kind === 'left' && !c.weak && !saidBetween(s, c, figure));
  return nearest(s, leaving, figure, undefined, s.vocab.verbFinal ? DATE_CUE_REACH_VERB_FINAL : DATE_CUE_REACH) !== null;
}

/**
 * Whether a sentence is about the offensive or a war, as a verb of starting needs: a noun of it ("offensive",
 * "operation"), a word of fighting, or Azerbaijan or its side, whose offensive it was.
 */
function namesTheOffensive(s: SentenceCues, cue: Cue): boolean {
  if (s.dates.some((c) => c.kind === 'start' && c.weak) || s.actions.some((c) => c.kind === 'war')) return true;
  // Azerbaijan named is enough only for a verb that is an attack in itself ("On 19 September Azerbaijan attacked") or
  // beside a noun of one ("la agresión que Azerbaiyán lanzó"): "On 1 October Azerbaijan launched a reconstruction
  // programme" starts a programme (review 20 M1).
  const attack = s.vocab.attackStart.test(s.text.slice(cue.start - s.start, cue.end - s.start)) || attackNounOf(s, cue);
  return attack && (s.vocab.azerbaijan.test(s.text) || s.vocab.sides.azerbaijani.test(s.text));
}

/** Whether a text (a sentence, a clause) names the refugees, in the singular too ("every refugee"). */
function namesRefugees(vocab: Vocabulary, text: string): boolean {
  const re = vocab.things.refugees;
  re.lastIndex = 0;
  if (re.test(text)) return true;
  return (text.match(/[\p{L}\p{M}]+/gu) ?? []).some((w) => pluralMatches(re, w.toLowerCase()));
}

/** Words between a verb of starting and a noun of an attack that is its object or the head of its relative clause ("la agresión a gran escala que Azerbaiyán lanzó"). */
const ATTACK_NOUN_WORDS = 6;
/** Words between the noun of an attack and a participle of starting after it: an adjective ("ataque relámpago lanzado"). */
const ATTACK_PARTICIPLE_WORDS = 1;
/** Words between a verb of starting and the noun of an attack that is its object: an article and an adjective or two. */
const ATTACK_OBJECT_WORDS = 3;

// The nouns of an attack as a global expression.
const attackNounsAll = perVocabulary((v) => new RegExp(v.attackNoun.source, 'giu'));

/** Where the sentence names an attack (lexicon `attacks.nouns`), as weak cues of the offensive's start. */
function attackNouns(s: SentenceCues): Cue<'start'>[] {
  const re = attackNounsAll(s.vocab);
  re.lastIndex = 0;
  const out: Cue<'start'>[] = [];
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) out.push({ kind: 'start', start: s.start + m.index, end: s.start + m.index + m[0].length, weak: true });
  return out;
}

/**
 * A noun of an attack that is the verb's own: its object a few words after it ("lanzó un ataque", "launched an
 * attack"), or the noun a relative clause of the verb hangs from, a few words before it ("la agresión que
 * Azerbaiyán lanzó"). Not a noun elsewhere in the sentence: "launched an investigation into the attack on its
 * embassy" starts an investigation (review 21 M2).
 */
function attackNounOf(s: SentenceCues, cue: Cue): boolean {
  const re = attackNounsAll(s.vocab);
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    const between = end <= cue.start ? s.text.slice(end - s.start, cue.start - s.start) : s.text.slice(cue.end - s.start, at - s.start);
    if (/[,.;:!?()]/u.test(between)) continue;
    // After the verb, its object: an article or an adjective between ("launched a full-scale attack").
    if (at >= cue.end) {
      if (wordsIn(between) <= ATTACK_OBJECT_WORDS) return true;
      continue;
    }
    // Right before a participle that is the noun's own ("el ataque relámpago lanzado el 19", "an attack launched on").
    if (wordsIn(between) <= ATTACK_PARTICIPLE_WORDS) return true;
    // Before the verb, a relative word between them, after the noun's own words ("la agresión a gran escala que").
    if (wordsIn(between) <= ATTACK_NOUN_WORDS && [...between.matchAll(/(?<=^|\s)[\p{L}\p{M}]/gu)].some((w) => s.vocab.relativeStart.test(between.slice(w.index)))) return true;
  }
  return false;
}

/** Words between Azerbaijan and the noun of its offensive as its verb's object: an auxiliary, the verb, an article, an adjective or two. */
const SUBJECT_OBJECT_WORDS = 5;
/** The word right after an offensive's noun that ends its clause, a participle of carrying it out ("eine Offensive begonnen"), looked for within the reach after it. */
const PARTICIPLE_AFTER = /^\s+([\p{L}\p{M}]+)(?=\s*[.,;:!?]|\s*$)/u;
const PARTICIPLE_REACH = 30;
/**
 * Words between the date and its clause: after a date that comes first, before the subject ("19 września resort obrony
 * Azerbejdżanu"); after the noun, before a date that comes last ("uma ofensiva relâmpago na semana passada"). Farther, the
 * date is another verb's ("captured him in September 2023 at a checkpoint … amid the Azerbaijani offensive").
 */
const DATE_CLAUSE_WORDS = 3;
// Azerbaijan by name or its side's adjective, as one global expression compiled once per vocabulary (as AZERBAIJAN_ALL).
const azerbaijanOrSideAll = perVocabulary((v) => new RegExp(`${v.azerbaijan.source}|${v.sides.azerbaijani.source}`, 'giu'));

/**
 * "Il 19 settembre l'Azerbaigian ha sferrato un'offensiva", "En septiembre de 2023, Azerbaiyán emprendió una operación
 * militar", "o Azerbaijão realizou uma ofensiva relâmpago na semana passada": Azerbaijan, a verb of carrying it out
 * (lexicon `undertakes`, named: "halted its offensive" on such a day is another act, review 20 H2) and a noun of the
 * offensive as that verb's object, in one clause with a date of the offensive's time, date the offensive. The time keeps other acts out: a day of 19-21 September 2023 or that month, or 2023 alone with the
 * region and the country by name. Not the noun "war" (a war threatened, won or ended is no offensive begun), nor
 * Azerbaijan after the noun ("an offensive against Azerbaijan"), nor a clause of saying between.
 */
function offensiveOfAzerbaijan(s: SentenceCues, figure: Figure): boolean {
  const date = figure.date;
  // A week or day counted from the page's ("last week", "a week ago") is checked against the offensive's days once resolved (claims.ts).
  if (!inTheOffensiveTime(date) || (date?.year === undefined && date?.month === undefined && date?.weekOffset === undefined && date?.dayOffset === undefined)) return false;
  if (date?.month === undefined && !(namesRegion(s.text) && namesAzerbaijan(s.vocab, s.text))) return false;
  const rel = (at: number) => at - s.start;
  const war = warWordOf(s.vocab);
  const nouns: Array<{ start: number; end: number }> = s.dates.filter((c) => c.weak && c.kind === 'start' && !war.test(s.text.slice(rel(c.start), rel(c.end))));
  nouns.push(...attackNouns(s));
  if (nouns.length === 0) return false;
  const side = azerbaijanOrSideAll(s.vocab);
  const opens = OPENING.test(s.text.slice(0, rel(figure.start)));
  // "Vor einer Woche hatte Aserbaidschan in Berg-Karabach eine Offensive begonnen": a participle right after the noun
  // is the verb of carrying it out, where an auxiliary before the object keeps it for the clause's end.
  const participleAfter = (n: { end: number }) => {
    const next = PARTICIPLE_AFTER.exec(s.text.slice(rel(n.end), rel(n.end) + PARTICIPLE_REACH))?.[1] ?? '';
    return next !== '' && s.vocab.undertakes.test(next);
  };
  for (const n of nouns) {
    const first = figure.end <= n.start;
    const between = first ? s.text.slice(rel(figure.end), rel(n.start)) : s.text.slice(rel(n.end), rel(figure.start));
    if (between.length > DATE_CUE_REACH_VERB_FINAL || /[.;:!?()]/u.test(between) || (!first && wordsIn(between) > DATE_CLAUSE_WORDS)) continue;
    // A comma only right after a date that opens its sentence ("Il 19 settembre, l'Azerbaigian …").
    const comma = between.indexOf(',');
    if (comma >= 0 && !(first && opens && between.slice(0, comma).trim() === '' && between.indexOf(',', comma + 1) < 0)) continue;
    s.vocab.speech.lastIndex = 0;
    if (s.vocab.speech.test(between)) continue;
    // "left on 30 September because of Azerbaijan's offensive": the noun is the cause, not what the date marks.
    if (first && isCause(s, n)) continue;
    // Azerbaijan before the noun as its clause's subject, a few words and no punctuation between them, and the verb
    // of carrying out between them or, after a date that comes first, before the subject ("Am 19. September trieb Aserbaidschan …").
    side.lastIndex = 0;
    for (let m = side.exec(s.text); m; m = side.exec(s.text)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      if (end > n.start || (first && (at < figure.end || wordsIn(s.text.slice(rel(figure.end), rel(at))) > DATE_CLAUSE_WORDS))) continue;
      const gap = s.text.slice(rel(end), rel(n.start));
      if (!/[,.;:!?()]/u.test(gap) && wordsIn(gap) <= SUBJECT_OBJECT_WORDS && (s.vocab.undertakes.test(first ? between : gap) || participleAfter(n))) return true;
    }
  }
  return false;
}

/**
 * What a date measures by the kind of word that marks it: a taking of control dates the offensive, in its time only.
 * (A beginning after the exodus is refused once its year is resolved from the page's: claims.ts.)
 */
function dateMeasureOf(s: SentenceCues, kind: DateAction, date: PartialDate | undefined, cue: Cue): string | null {
  // The blockade began in December 2022: a word of it dates nothing from the offensive's first day on.
  if (kind === 'blockade' && fromTheOffensive(date)) return null;
  // "Kosovo declared independence in 2008": a verb of breaking away dates the region's only in its years and in a
  // sentence that names the region.
  if (kind === 'breakaway') return inTheBreakawayYears(date) && namesRegion(s.text) && !anotherSubject(s, cue) ? 'date:breakaway' : null;
  if (kind === 'takeover') return takenByAzerbaijan(s, date) ? 'date:start' : null;
  // A verb of starting dates the offensive only in a sentence about it: "On 28 September the government launched
  // a housing programme for the refugees" starts a programme (review 19 M4).
  if (kind === 'start' && !namesTheOffensive(s, cue)) return null;
  if (kind === 'exodus' && (!inTheExodusYear(date) || othersLeave(s))) return null;
  return `date:${kind}`;
}

/**
 * "Abkhazia broke away from Georgia in the 1990s", "Kosovo, which declared independence in 2008": a name right
 * before a verb of breaking away (or before the comma of its relative clause) is what broke away; a name that is
 * neither the region nor its Armenians ("Nagorno-Karabakh split from", "Karabakh's Armenians broke away") is
 * another country's. A lower-case word there (an auxiliary, an adverb) names nothing and is let pass; a capital
 * opening the sentence ("It broke away") is read as a name too, which loses a few true ones, not wrong ones.
 */
function anotherSubject(s: SentenceCues, cue: Cue): boolean {
  const head = s.text.slice(0, cue.start - s.start);
  const relative = /,\s*([\p{L}'’]+)\s*$/u.exec(head);
  const before = relative && s.vocab.relativeStart.test(relative[1]!) ? head.slice(0, relative.index) : head;
  const word = /([\p{L}\p{M}'’-]+)[\s,]*$/u.exec(before)?.[1];
  if (!word || !/^\p{Lu}/u.test(word)) return false;
  return !namesRegion(word) && !s.vocab.sides.armenian.test(word);
}

/**
 * The years the region's breaking away can be dated to: from the regional council's first vote to leave Soviet
 * Azerbaijan (1988) to the end of the decade the reports give ("since the 1990s", "in the 1990s"). Another
 * year beside a verb of seceding is another country's or another time's.
 */
function inTheBreakawayYears(date: PartialDate | undefined): boolean {
  if (date?.year === undefined || date.yearOffset !== undefined) return false;
  return date.year >= BREAKAWAY_FIRST_YEAR && (date.through ?? date.year) <= BREAKAWAY_LAST_YEAR;
}
/** The first and last year a breakaway is read in (inTheBreakawayYears). */
const BREAKAWAY_FIRST_YEAR = 1988;
const BREAKAWAY_LAST_YEAR = 1999;

/**
 * Whether a verb of saying stands between a word and the date: the date is then the saying's, not what the word
 * marks ("the exodus began, officials said on 30 September"; "On 20 September, officials said the offensive began").
 */
function saidBetween(s: SentenceCues, c: Cue, figure: Figure): boolean {
  const [a, b] = c.end <= figure.start ? [c.end, figure.start] : [figure.end, c.start];
  if (b <= a) return false;
  const between = s.text.slice(a - s.start, b - s.start);
  const said = s.vocab.sayingVerbs.exec(between);
  if (!said) return false;
  // "On 19 September, Azerbaijan announced the start of an operation", "annonce sa dissolution": the word is what
  // is said, its object right after the verb (an article or a possessive between), and the day is its day too.
  return !(c.start >= figure.end && wordsIn(between.slice(said.index + said[0].length)) <= SAID_OBJECT_WORDS);
}
/** At most this many words between a verb of saying and the word that is its object: an article or a possessive. */
const SAID_OBJECT_WORDS = 1;

/**
 * Whether a word of dissolving stands in the date's own clause: no stop, bracket or comma between, but for the
 * comma after a date that opens its sentence ("Le 28 septembre, la république annonce sa dissolution").
 */
function dissolutionInItsClause(s: SentenceCues, figure: Figure, reach: number): boolean {
  const head = s.text.slice(0, figure.start - s.start);
  const before = head.slice(-reach).split(/[.;:!?(),]/u).pop()!;
  const rest = s.text.slice(figure.end - s.start, figure.end - s.start + reach);
  const stop = OPENING.test(head) ? clauseStop(s, rest.replace(/^\s*,/u, ' ')) : rest.search(/[.;:!?(),]/u);
  const from = figure.start - before.length;
  const to = figure.end + (stop < 0 ? rest.length : stop);
  return s.dates.some((c) => c.kind === 'dissolution' && c.start >= from && c.end <= to);
}

/**
 * "28 сентября президент … подписал указ о прекращении существования республики", "Shahramanyan hat am 28.
 * September ein Dekret zur Auflösung unterzeichnet", "Արցախը լուծարելու մասին հրամանագիրը" (the decree on
 * dissolving Artsakh): a day of the decree's weeks with the noun "decree" within its reach, no other date
 * nearer that noun, and a word of dissolving in its sentence is the day the dissolution was decreed,
 * whichever of the two words stands nearer (the dissolution took effect later, on its own day).
 */
function decreedOn(s: SentenceCues, figure: Figure, nearerDate: (c: Cue) => boolean): boolean {
  if (!inTheDecreeWeeks(figure.date)) return false;
  const reach = s.vocab.verbFinal ? DATE_CUE_REACH_VERB_FINAL : DATE_CUE_REACH;
  if (!s.dates.some((c) => c.kind === 'dissolution')) return false;
  // "Le 28 septembre, la république annonce sa dissolution", "28 Eylül'de kendini feshettiğini duyurmuştu": a
  // dissolution announced on a day of those weeks was announced by the decree, which took effect later.
  // A year alone is too coarse for that ("2023-ի դեկտեմբերին … հայտարարել էր", a December statement whose month stands apart).
  // The saying must be of the dissolution: "…signed a decree dissolving the republic, officials said on 30
  // September" dates the officials' words (review 19 M1).
  if (figure.date?.month !== undefined && inItsClause(s, figure, s.vocab.speech, reach) && dissolutionInItsClause(s, figure, reach)) return true;
  // Nor a decree across a verb of saying ("a decree …, officials said on 30 September").
  const decree = s.dates.filter((c) => c.kind === 'decree' && !nearerDate(c) && !saidBetween(s, c, figure));
  return decree.length > 0 && (nearest(s, decree, figure, undefined, reach) ?? openingDateVerb(s, decree, figure)) !== null;
}
/**
 * The same where the verb comes last (Turkish, Azerbaijani, Armenian): the place and the purpose
 * stand between the date and its verb ("19 Eylül'de Karabağ'da … operasyonu başlatmıştı").
 */
const DATE_CUE_REACH_VERB_FINAL = 110;

/**
 * The longest span (in days) read as the offensive's length beside a word for the surrender: it lasted
 * about a day; a longer span beside a surrender is another period ("capitulated after 30 years of self-rule").
 */
const OFFENSIVE_SPAN_MAX = 7;
/**
 * Counts of the refugees other than those who left or stayed, whose word near a share makes it theirs. Not
 * registering, whose word often describes the whole ("plus de 80% des 120'000 habitants recensés … ont abandonné").
 */
const SHARE_OTHER_COUNTS = ['housed', 'applied', 'employed'] as const;
/**
 * The longest span read as time held before a verdict (in days): the leaders taken in 2023 were tried in 2025; a
 * longer span beside a word of holding is a prison term handed down ("20 years in custody"), which no report judges.
 */
const DETENTION_SPAN_MAX = 3 * 365;
/**
 * The longest span (in days) read as the journey out: the road to Armenia took hours, at worst three days, for
 * those who queued longest (every labelled journey is within that); a week is past it ("had waited thirty years for
 * this day", "waited more than a month in the queue" are no journey the reports give).
 */
const JOURNEY_SPAN_MAX = 7;
/** How far (in characters) from a span its word of detention may stand: the word and a preposition or two. */
const DETENTION_REACH = 40;
/** The shortest span a verb of disputing the region gives the conflict's length by: five years (the conflict has lasted decades). */
const DISPUTE_SPAN_MIN = 5 * 365;
/** How far after a span its noun of battle may stand: two short words ("of the", "di") and the noun. */
const BATTLE_REACH = 40;
/** The largest number an hour of the day can be ("24 Uhr"). */
const HOURS_IN_DAY = 24;
/**
 * A span "ago" shorter than this (ten years) reaches back at most to the 2020 war from any page about
 * the events: it dates something and measures nothing the reports give as a span ("three decades ago",
 * when the region broke away, is longer and is read as the span).
 */
const AGO_DATES_MAX_DAYS = 3653;
/** How far before a span a word of the usual ("normal travel time of", "normalerweise") may stand: the span's own noun phrase. */
const USUAL_REACH = 40;

/** How far after a counted noun for what dates mark ("two wars, …") its listed dates may stand. */
const DATE_LIST_REACH = 90;

/**
 * "dos guerras, una entre 1988 y 1994 y la última a fines de 2020", "duas guerras, uma no início da
 * década de 1990 e outra em 2020": a plural noun for what a date marks, counted ("two wars"), then its
 * items in one clause: each of the next dates, as many as the count, is one of them. Returns the noun.
 */
function listedDateNoun(s: SentenceCues, figure: Figure): Cue<DateAction> | null {
  for (const c of s.dates) {
    if (!c.weak || c.end > figure.start || figure.start - c.end > DATE_LIST_REACH) continue;
    const count = /(?:^|\s)(\d|[\p{L}]+)\s+$/u.exec(s.text.slice(Math.max(0, c.start - s.start - 20), c.start - s.start));
    const n = count ? (/^\d$/u.test(count[1]!) ? Number(count[1]) : s.vocab.numberWords.get(count[1]!.toLowerCase())) : undefined;
    if (n === undefined || n < 2) continue;
    // One clause: no full stop and no other count between; the dates before this one are the earlier items.
    const between = s.text.slice(c.end - s.start, figure.start - s.start);
    if (/[.;!?]/u.test(between)) continue;
    const earlier = (s.dateSpans ?? []).filter(([a]) => a >= c.end && a < figure.start).length;
    if (earlier < n) return c;
  }
  return null;
}

/**
 * A day, then a word of dissolving after it within DATE_CUE_REACH_VERB_FINAL, and the dissolution's own
 * date nearer that word, after this one: the day the dissolution was decreed. `nearerDate` says a word
 * has another date of the sentence nearer to it than this one.
 */
function decreeDay(s: SentenceCues, figure: Figure, nearerDate: (c: Cue) => boolean): boolean {
  const day = figure.date;
  if (day?.day === undefined || day.month === undefined) return false;
  const later = (s.dateFigures ?? []).filter((d) => d.start > figure.end && d.date !== undefined && before(day, d.date));
  return later.length > 0 && s.dates.some((c) => c.kind === 'dissolution' && c.start > figure.end && c.start - figure.end <= DATE_CUE_REACH_VERB_FINAL && nearerDate(c) && later.some((d) => Math.min(Math.abs(d.start - c.end), Math.abs(c.start - d.end)) < c.start - figure.end));
}

/**
 * Whether words of dissolving reach this date and another of its sentence (the same word or two), each within
 * DATE_CUE_REACH_VERB_FINAL of it with no full stop, semicolon or bracket between (a comma may: "le 28 septembre,
 * la république annonce sa dissolution, prévue le 1er janvier 2024"), and whether that other day is later or
 * earlier in time. Null when there is no such pair.
 */
/** How far before a word of dissolving a word of time may stand and still place against it: the word and an article ("before the "). */
const TIME_WORD_REACH = 14;
/** A date as a machine writes it, year first ("2024-05-20", "2024-05"): a page's dateline or stamp, never the day a dissolution takes effect. */
const MACHINE_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/u;

function dissolvingBetween(s: SentenceCues, figure: Figure): 'later' | 'earlier' | null {
  const reaches = (c: Cue, d: { start: number; end: number }) => {
    const [a, b] = c.end <= d.start ? [c.end, d.start] : [d.end, c.start];
    return b >= a && b - a <= DATE_CUE_REACH_VERB_FINAL && !/[.;!?()]/u.test(s.text.slice(a - s.start, b - s.start));
  };
  // "before the dissolution", "since its dissolution": a word of time makes the dissolution a point others are placed against.
  const words = s.dates.filter((c) => c.kind === 'dissolution' && !c.weak && !s.vocab.timeWordBefore.test(s.text.slice(Math.max(0, c.start - s.start - TIME_WORD_REACH), c.start - s.start)));
  if (!words.some((c) => reaches(c, figure))) return null;
  for (const d of s.dateFigures ?? []) {
    if (d.start === figure.start || d.date?.month === undefined || MACHINE_DATE.test(d.raw) || !words.some((c) => reaches(c, d))) continue;
    // Two days that write no year ("el 20 de septiembre … la disolución para el 1 de enero próximo") have no order the text gives.
    if (figure.date?.year === undefined && d.date.year === undefined) continue;
    if (before(figure.date!, d.date)) return 'later';
    if (before(d.date, figure.date!)) return 'earlier';
  }
  return null;
}

// The first day is before the second: by year where both name one, else by month and day; a day that
// names its year is never before one that does not ("1 January 2024 … 28 September" is not a decree).
function before(a: PartialDate, b: PartialDate): boolean {
  if (a.year !== undefined && b.year === undefined) return false;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return a.year < b.year;
  if (b.year !== undefined && a.year === undefined) return true;
  return b.month !== undefined && (a.month! < b.month || (a.month === b.month && a.day! < (b.day ?? 32)));
}

/**
 * How far (in characters) from a verb of starting the noun it starts may stand: its subject or object with
 * an adjective or a genitive between ("the mass exodus began", "началось насильственное перемещение жителей").
 */
const STARTED_NOUN_REACH = 50;
/** At most this many words between a verb of starting and the verb of leaving it starts: an adverb or "to". */
const LEAVING_VERB_GAP = 1;
/** How many words a stretch of text holds (letters, marks, digits, apostrophes and hyphens make a word). */
const wordsIn = (text: string) => (text.match(/[\p{L}\p{M}\p{N}'’-]+/gu) ?? []).length;
/**
 * A comma and one word right before a verb: the relative pronoun of a clause whose subject is the noun before
 * it. Or the comma alone before a participle: "el éxodo, iniciado el 24 de septiembre" (an apposition).
 */
const RELATIVE_COMMA = /,\s*(?:[\p{L}]+\s+(?:[\p{L}]+\s+)?)?$/u;

/**
 * Whether a verb of starting starts the leaving: the nearest word of its clause that names what starts is a
 * word of leaving (a noun of the exodus, a verb or noun of fleeing and arriving: "began arriving") rather than
 * a noun of the offensive ("launched its offensive"), and no noun of the offensive stands between the verb and
 * the date ("the exodus began after the offensive on 19 September" dates the offensive). Works on any
 * sentence's cues: `verb` is a start cue, `at` the date (or weekday) it governs.
 */
export function startsTheLeaving(s: SentenceCues, verb: Cue, at: { start: number; end: number }): boolean {
  const gapTo = (c: Cue) => (c.end <= verb.start ? verb.start - c.end : c.start >= verb.end ? c.start - verb.end : 0);
  const inClause = (c: Cue) => {
    const [a, b] = c.end <= verb.start ? [c.end, verb.start] : [verb.end, c.start];
    // "kryzys uchodźczy, który rozpoczął się": a comma and the one word of a relative clause keep a noun before the verb its subject.
    const between = s.text.slice(a - s.start, b - s.start).replace(c.end <= verb.start ? RELATIVE_COMMA : /(?!)/u, ' ');
    return b - a <= STARTED_NOUN_REACH && !/[.,;:!?()]/u.test(between);
  };
  // A verb or participle of leaving after the verb is what starts only right after it ("began arriving", "started
  // quickly fleeing"); further on it belongs to another object's phrase ("launched a housing programme for the
  // displaced", review 19 M4). A noun of the exodus may stand further ("began the forced mass exodus of").
  const rightAfter = (c: Cue) => c.start < verb.end || wordsIn(s.text.slice(verb.end - s.start, c.start - s.start)) <= LEAVING_VERB_GAP;
  const leaving = [...s.dates.filter((c) => c.kind === 'exodus'), ...s.actions.filter((c) => c.kind === 'left' && rightAfter(c))].filter(inClause);
  if (leaving.length === 0) return false;
  // A noun of the offensive or of an attack is what the verb starts when it stands nearer ("huyeron tras el ataque
  // relámpago lanzado el 19 de septiembre" dates the attack, not the flight); not when a word of the leaving is the
  // verb's object right after it ("tras el ataque comenzó el éxodo, el 24 de septiembre").
  const offensive: Cue[] = s.dates.filter((c) => c.kind === 'start' && c.weak);
  const leavingObject = leaving.some((c) => c.start >= verb.end && wordsIn(s.text.slice(verb.end - s.start, c.start - s.start)) <= LEAVING_VERB_GAP);
  if (!leavingObject) offensive.push(...attackNouns(s));
  const [from, to] = at.end <= verb.start ? [at.end, verb.start] : [verb.end, at.start];
  if (offensive.some((c) => c.start >= from && c.end <= to)) return false;
  const nearestLeaving = Math.min(...leaving.map(gapTo));
  return !offensive.filter(inClause).some((c) => gapTo(c) <= nearestLeaving);
}

/**
 * How far (in characters) a noun for what a date marks ("offensive", "наступление", "ofensiva") may stand
 * from the date when nothing but the noun's own phrase stands between: its owner, its object, its
 * adjectives ("the offensive of Azerbaijan against Karabakh on 19 September"). A noun right beside the
 * date is read by `nearest` already; this reads the same structure when the phrase is longer.
 */
const NOUN_PHRASE_DATE_REACH = 70;

/**
 * A noun for what a date marks, before the date in the same clause with only its own phrase between:
 * no full stop, bracket, colon or semicolon, no other number, no verb of the lexicon (a verb between
 * would be what the date marks), and at most a comma right before the date's own preposition
 * ("…a ofensiva militar relâmpago das tropas de Baku, no dia 19 de setembro"); not, across such a comma,
 * a noun that a word of time places something against ("three days after the offensive, on 22 September").
 * Not a noun after a date that opens its sentence: there the noun is as often the object of what the
 * date marks ("On 20 September, officials said the offensive had killed 200", "On 26 September, the UN
 * criticised the offensive") as its subject, and the lexicons cannot tell the two apart.
 */
function nounPhraseDateCue(s: SentenceCues, cues: Cue<DateAction>[], figure: Figure): Cue<DateAction> | null {
  for (const c of cues) {
    if (!c.weak || c.end > figure.start || figure.start - c.end > NOUN_PHRASE_DATE_REACH) continue;
    const between = s.text.slice(c.end - s.start, figure.start - s.start);
    // "ագրեսիայից հետո Շահրամանյանը սեպտեմբերի 28-ին": "after" right after the noun places the date after it.
    if (s.vocab.spanPlacesInTime.test(between)) continue;
    // A comma right before the date's own lead words is no clause's end.
    const phrase = between.replace(DATE_APPOSITION, '');
    if (/[.;:!?()[\]\d,]/u.test(phrase)) continue;
    // "seit der Militäroffensive … am 19. September" dates the offensive; "three days after the offensive,
    // on 22 September" dates something else.
    if (phrase !== between && s.vocab.timeWordBefore.test(s.text.slice(Math.max(0, c.start - s.start - 40), c.start - s.start))) continue;
    const [from, to] = [c.end, figure.start];
    if (s.actions.some((a) => !a.weak && a.start >= from && a.end <= to)) continue;
    if (s.dates.some((d) => d !== c && d.start >= from && d.end <= to)) continue;
    return c;
  }
  return null;
}
/** A comma and at most two short words before a date: its preposition and article ("no dia", "le", "am"). */
const DATE_APPOSITION = /,\s*(?:[\p{L}]{1,4}\s+){0,2}$/u;

/** The most wars a count of wars is read for: the region's wars are counted in ones ("two wars"); more is some other tally. */
const WARS_MAX = 5;

/** Counts below this, with no noun, are read only with a casualty word right after them: small numbers are everywhere. */
const SMALL_COUNT = 10;
/** The casualties a word right after a small count may name ("5 mortos", "3 դիակ"). */
const CASUALTY_NOUNS = new Set<Action>(['killed', 'wounded', 'missing']);

/** True when the cue is a casualty word standing right after the figure, nothing but spaces or the word for "of" between ("centenas de feridos"). */
function casualtyNounAfter(s: SentenceCues, cue: Cue<Action>, figure: Figure): boolean {
  return CASUALTY_NOUNS.has(cue.kind) && cue.start >= figure.end && s.vocab.countNounGap.test(s.text.slice(figure.end - s.start, cue.start - s.start));
}

/** Up to three words ("из Нагорного Карабаха") between the word of the refugees and a verb of the population. */
const NUMBERED_AFTER = /^\s+(?:[\p{L}\p{M}'’-]+\s+){0,3}$/u;
const COUNT_ACTIONS = ['left', 'population', 'remaining', 'killed', 'wounded', 'missing', 'evacuated', 'registered', 'housed', 'detained', 'applied', 'employed'] as const;
const THING_ORDER: Thing[] = ['people', 'residents', 'refugees', 'civilians', 'children', 'vehicles', 'troops', 'peacekeepers'];


/** The noun a figure counts: the first thing-word within three words after it, or after "the number of". */
export function countedThing(s: SentenceCues, figure: Figure): Thing | null {
  let after = s.text.slice(figure.end - s.start, figure.end - s.start + 60);
  // "ponad 100 tys. ludzi", "50 тыс. человек": the dot of a scale word's abbreviation, a lower-case word after it, ends no phrase.
  if (/\p{L}$/u.test(s.text.slice(figure.start - s.start, figure.end - s.start)) && /^\.\s+\p{Ll}/u.test(after)) after = after.slice(1);
  const gap = /^(?:\s+(?:[\p{L}\p{M}'’]+|[\p{L}\p{M}]+-[\p{L}\p{M}]+))(?:\s+(?:[\p{L}\p{M}'’]+|[\p{L}\p{M}]+-[\p{L}\p{M}]+)){0,3}/u.exec(after);
  if (gap) {
    // "four white tents where refugees are registered": the figure's own noun phrase ends where a
    // relative clause or a preposition starts; a noun past it counts something else.
    const stop = s.vocab.nounPhraseEnd.exec(gap[0]);
    const own = stop ? gap[0].slice(0, stop.index) : gap[0];
    let best: { thing: Thing; at: number } | null = null;
    for (const thing of THING_ORDER) {
      const re = s.vocab.things[thing];
      re.lastIndex = 0;
      const m = re.exec(own);
      if (m && (!best || m.index < best.at)) best = { thing, at: m.index };
    }
    // "più di 200 vittime fra separatisti e civili", "200 soldiers and civilians": a count whose own words name both
    // fighters and civilians counts people of both, the whole toll.
    // (Up to the next number: "1 sivilin şehit olduğu ve 400 askerin yaralandığı" names each count's own group.)
    if (best && (best.thing === 'troops' || best.thing === 'civilians') && namesBothSides(s, after.slice(0, gap[0].length + BOTH_SIDES_REACH).split(/[.,;:!?()]|\d/u)[0]!)) return 'people';
    if (best) return best.thing;
    // "ein Zivilist", "one civilian", "un civil", "ein Kind": after a one, the casualty noun is singular
    // and the lexicons list plurals; a plural ending added to the first word finds it.
    if (figure.value === 1) {
      const word = /^\s+([\p{L}\p{M}]+)/u.exec(after)?.[1]?.toLowerCase();
      if (word) for (const thing of SINGULAR_THINGS) if (pluralMatches(s.vocab.things[thing], word)) return thing;
    }
  }
  return numberOfThing(s, figure) ?? thingBeforeDash(s, figure);
}

/** How far past a count's own four words the second of two groups may stand ("… separatisti e civili"). */
const BOTH_SIDES_REACH = 20;

/**
 * Whether a count's own words name both fighters and civilians, joined by one short word ("vittime fra separatisti e
 * civili", "soldiers and civilians"): not "plus de 200 militaires ainsi qu'une dizaine de civils", two counts.
 */
function namesBothSides(s: SentenceCues, own: string): boolean {
  const at = (thing: 'troops' | 'civilians') => {
    const re = s.vocab.things[thing];
    re.lastIndex = 0;
    const m = re.exec(own);
    re.lastIndex = 0;
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  };
  const troops = at('troops');
  const civilians = at('civilians');
  if (!troops || !civilians) return false;
  const [first, second] = troops.start < civilians.start ? [troops, civilians] : [civilians, troops];
  return /^\s+\p{L}{1,4}\s+$/u.test(own.slice(first.end, second.start));
}

/** How many words the noun phrase before a colon or dash that a count completes may have ("Refugees from Nagorno-Karabakh: 100,000"). */
const LEAD_NOUN_WORDS = 5;

/**
 * "Refugees from Nagorno-Karabakh: more than 100,000", "Беженцев из Карабаха — более 100 тысяч": a
 * noun phrase that opens its clause, then a colon or dash, then the count: the noun is what it counts.
 */
function thingBeforeDash(s: SentenceCues, figure: Figure): Thing | null {
  const before = s.text.slice(Math.max(0, figure.start - s.start - 80), figure.start - s.start);
  const dash = /[:—–]\s*$/u.exec(before);
  if (!dash) return null;
  const phrase = before.slice(0, dash.index).split(/[.;:!?,()—–]/u).pop()!.trim();
  if (!phrase || phrase.split(/\s+/u).length > LEAD_NOUN_WORDS || /\d/u.test(phrase)) return null;
  // The phrase's head: the first noun of the lexicon in it, at its start (what follows it is its own complement).
  for (const thing of THING_ORDER) {
    const re = s.vocab.things[thing];
    re.lastIndex = 0;
    const m = re.exec(phrase);
    re.lastIndex = 0;
    if (m && m.index === 0) return thing;
  }
  return null;
}

/** The things a one may count by a singular noun: casualties ("ein Zivilist", "one child"). */
const SINGULAR_THINGS = ['civilians', 'children'] as const;
// "the number of refugees … is 100,417", "количество переселенцев … составляет 100 417": the noun after
// a word for "number" before the figure (lexicon `numberNouns`, `numberOf`); Russian, Polish and Czech join them without a preposition.
/** The noun a figure counts when the sentence names it as "the number of …" before the figure, or null. */
function numberOfThing(s: SentenceCues, figure: Figure): Thing | null {
  return numberOfPhrase(s, figure)?.thing ?? null;
}

/**
 * "the number of refugees … reached 13,550", "liczby zabitych … wahają się od kilkudziesięciu do
 * kilkuset", "ich liczba sięgnęła 13 550": the last "number of X" before the figure in its sentence,
 * with what X names (a thing counted, an action cue inside it). When that phrase names nothing and
 * is a possessive that points back ("their number", "ich liczba", "leur nombre": lexicon `anaphora`),
 * the nearest earlier "number of X" of the sentence that names something is the one it points to.
 */
function numberOfPhrase(s: SentenceCues, figure: Figure): { thing: Thing | null; start: number; end: number } | null {
  const before = s.text.slice(0, figure.start - s.start);
  const found: Array<{ thing: Thing | null; start: number; end: number }> = [];
  // "the number of X" and, where the noun comes first, "X sayısı" (group 1 is X either way), in text order.
  const matches: Array<{ words: string; start: number }> = [];
  for (const re of s.vocab.numberAfter ? [s.vocab.numberOf, s.vocab.numberAfter] : [s.vocab.numberOf]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) matches.push({ words: m[1]!, start: s.start + m.index + m[0].indexOf(m[1]!, re === s.vocab.numberOf ? m[0].length - m[1]!.length : 0) });
  }
  matches.sort((a, b) => a.start - b.start);
  for (const { words, start } of matches) {
    let thing: Thing | null = null;
    for (const t of THING_ORDER) {
      const re = s.vocab.things[t];
      re.lastIndex = 0;
      if (re.test(words)) {
        thing = t;
        break;
      }
    }
    found.push({ thing, start, end: start + words.length });
  }
  const last = found.pop();
  if (!last) return null;
  if (last.thing || namesAction(s, last)) return last;
  if (!s.vocab.anaphora.test(`${s.text.slice(0, last.end - s.start)} `)) return last;
  for (let i = found.length - 1; i >= 0; i--) if (found[i]!.thing || namesAction(s, found[i]!)) return found[i]!;
  return last;
}

/** True when a count action cue stands inside the span ("the number of dead", "liczby zabitych"). */
function namesAction(s: SentenceCues, span: { start: number; end: number }): boolean {
  return s.actions.some((c) => c.start >= span.start && c.end <= span.end && (COUNT_ACTIONS as readonly string[]).includes(c.kind));
}

/**
 * The action a "number of X" before the figure names, when no verb near the figure does: "Liczba ofiar
 * śmiertelnych wybuchu … wzrosła do 125" (the number of fatalities … rose to 125). The verb after it
 * (rose, reached, составило, a atteint) only links the count to its noun. Not past another count.
 */
function numberOfAction(s: SentenceCues, cues: Cue<Action>[], figure: Figure): Cue<Action> | null {
  const phrase = numberOfPhrase(s, figure);
  if (!phrase) return null;
  if (/[;\d]/u.test(withoutTimes(s.vocab, s.text.slice(phrase.end - s.start, figure.start - s.start)))) return null;
  return cues.find((c) => c.start >= phrase.start && c.end <= phrase.end && (COUNT_ACTIONS as readonly string[]).includes(c.kind)) ?? null;
}

/**
 * Words with the clock times and days left out: "Число уехавших … к 18.00 28 сентября составило 74 тысячи 400"
 * says when the count stood; no other count stands between the number's noun and its figure.
 */
function withoutTimes(vocab: Vocabulary, words: string): string {
  return words.replace(/(?<!\d)\d{1,2}[.:]\d\d(?!\d)/gu, ' ').replace(/(?<!\d)\d{1,2}\.?\s+([\p{L}\p{M}]+)/gu, (m, word: string) => (monthIn(vocab, word) ? word : m));
}

/** How many words after a whole's number its noun may stand: a scale word and two adjectives ("der 120 Tausend armenischen Einwohner"). */
const WHOLE_NOUN_AFTER_WORDS = 4;

/**
 * "Mehr als einhunderttausend der 120 Tausend Einwohner sind … gezogen", "Almost 100,417 out of 120,000
 * people who lived there have fled": a part with no noun of its own counts what its whole counts, the
 * noun after the whole's number (lexicon `partOf`, else `wholeOf`). Null when the part has no such whole.
 */
function wholesThing(s: SentenceCues, figure: Figure): Thing | null {
  const after = s.text.slice(figure.end - s.start, figure.end - s.start + 80);
  const m = s.vocab.partOfAnyWhole.exec(after);
  if (!m) return null;
  // The whole's number, then its words up to the end of its own noun phrase.
  const words = /^[\d\s\u00a0.,]*((?:[\p{L}\p{M}'’-]+[\s\u00a0]*){1,4})/u.exec(after.slice(m[0].length - 1))?.[1];
  if (!words) return null;
  const stop = s.vocab.nounPhraseEnd.exec(words);
  const own = (stop ? words.slice(0, stop.index) : words).split(/[\s\u00a0]+/u).slice(0, WHOLE_NOUN_AFTER_WORDS).join(' ');
  let best: { thing: Thing; at: number } | null = null;
  for (const thing of THING_ORDER) {
    const re = s.vocab.things[thing];
    re.lastIndex = 0;
    const hit = re.exec(own);
    if (hit && (!best || hit.index < best.at)) best = { thing, at: hit.index };
  }
  return best?.thing ?? null;
}

// "150 soldiers were killed and 400 wounded": the second figure keeps the first one's noun.
const ELIDED_NOUN = /\d[\d.,\u00a0 ]*\s+(?:of\s+(?:its|their|the|his|her)\s+)?([\p{L}-]+)\s+(?:were|was|had been|have been|are|got)\s+[\p{L}]+\s*,?\s*(?:and|while|with|plus)\s+$/u;

/** The noun a figure shares with the figure before it when the text leaves it out ("… and 400 wounded"), or null. */
function elidedThing(s: SentenceCues, figure: Figure): Thing | null {
  if (!/^\s+[\p{L}]/u.test(s.text.slice(figure.end - s.start, figure.end - s.start + 2))) return null;
  const m = ELIDED_NOUN.exec(s.text.slice(Math.max(0, figure.start - s.start - 80), figure.start - s.start));
  if (!m) return null;
  for (const thing of THING_ORDER) {
    const re = s.vocab.things[thing];
    re.lastIndex = 0;
    if (re.test(m[1]!)) return thing;
  }
  return null;
}


// "Azerbaijan, a country of 10 million", "the region's main city with a population of 55,000":
// the place word nearest before the figure says whose population it is (lexicon `placeWords`).
/** The last place word in a text (lexicon `placeWords`): group 1 set for another place, group 2 for the region. */
function lastPlaceWord(vocab: Vocabulary, text: string): RegExpExecArray | null {
  const places = vocab.placeWords;
  let last: RegExpExecArray | null = null;
  places.lastIndex = 0;
  for (let m = places.exec(text); m; m = places.exec(text)) last = m;
  return last;
}

function aboutAnotherPlace(vocab: Vocabulary, before: string): boolean {
  const last = lastPlaceWord(vocab, before);
  // "47,115 have fled to Armenia out of a population put at 120,000": where people went is not whose population it is.
  // Not a destination the words after it describe ("moved to Armenia, whose population is put at 2.8 million").
  if (last && vocab.destinationEnd.test(before.slice(0, last.index + last[0].length)) && !/^\s*[,(–—-]/u.test(before.slice(last.index + last[0].length)) && !vocab.relativeStart.test(before.slice(last.index + last[0].length))) return false;
  return !!last && last[1] !== undefined && before.length - last.index < 60;
}

/** The longest preposition before a place that makes it where people went ("in", "nach", "в"): a short lower-case word. */
const PREPOSITION_LETTERS = 4;

/** How far before a count of inhabitants the name or noun of the town they live in is looked for ("Goris, cittadina di circa "). */
const TOWN_REACH = 40;

/**
 * "Goris, cittadina che conta poco meno di 40.000 abitanti", "a town of 20,000 people": the place word nearest before a
 * population (lexicon `placeWords`) is another place, within TOWN_REACH, with no verb the lexicon knows and no comma between them,
 * and the count's clause after it names no region ("Azerbaijan says 120,000 people lived in Karabakh" is the region's).
 */
function townsPeople(s: SentenceCues, figure: Figure, before: string): boolean {
  const last = lastPlaceWord(s.vocab, before);
  if (!last || last[1] === undefined || before.length - last.index > TOWN_REACH) return false;
  // "sono già fuggiti in Armenia circa 120.000 residenti": where the people went is not where they live.
  if (s.vocab.destinationEnd.test(before.slice(0, last.index + last[0].length))) return false;
  // So is a place after a short preposition past a verb of leaving ("sono già fuggiti in Armenia circa 120.000").
  const lead = /(\S+)\s+$/u.exec(before.slice(0, last.index))?.[1];
  const placeStart = figure.start - before.length + last.index;
  if (lead !== undefined && lead.length <= PREPOSITION_LETTERS && /^\p{Ll}+$/u.test(lead) && s.actions.some((c) => c.kind === 'left' && !c.weak && c.end <= placeStart)) return false;
  const placeEnd = figure.start - before.length + last.index + last[0].length;
  // Not past a comma that closes an aside ("El enclave, … reconocido como territorio azerbaiyano, tenía 120.000 habitantes").
  if (/[,;:()–—]/u.test(before.slice(last.index + last[0].length))) return false;
  if (s.actions.some((c) => !c.weak && c.start >= placeEnd && c.end <= figure.start)) return false;
  const rest = s.text.slice(figure.end - s.start).split(/[,;:.]/u)[0] ?? '';
  const places = s.vocab.placeWords;
  places.lastIndex = 0;
  for (let m = places.exec(rest); m; m = places.exec(rest)) if (m[2] !== undefined) return false;
  return true;
}

// "Armenia liczy około 2,8 mln ludności": the clause before a population figure names another country
// as the place whose people it counts, and the clause after does not name the region ("Azerbaijan
// insists only 40,000 Armenians lived in Karabakh" counts the region's people).
function clauseAboutAnotherPlace(vocab: Vocabulary, before: string, after: string): boolean {
  const clause = before.split(/[,;:]/u).pop() ?? '';
  // Armenia and Azerbaijan by name, and the region's own names (lexicon `countryNames`).
  const names = vocab.countryNames;
  let last: RegExpExecArray | null = null;
  names.lastIndex = 0;
  for (let m = names.exec(clause); m; m = names.exec(clause)) last = m;
  if (!last || last[1] === undefined) return false;
  const join = vocab.clauseJoin.exec(after);
  const rest = after.slice(0, Math.min(join ? join.index : Infinity, after.search(/[,;:.]/u) >= 0 ? after.search(/[,;:.]/u) : Infinity));
  names.lastIndex = 0;
  for (let m = names.exec(rest); m; m = names.exec(rest)) if (m[2] !== undefined) return false;
  return true;
}

/** Between a count and its participle: one noun and spaces ("101.848 rifugiati arrivati"). */
const REFUGEE_NOUN_THEN_VERB = /^\s+[\p{L}-]+\s+$/u;

/** A population this large is a country's: the region had about 120,000 people. */
const COUNTRY_SIZED = 1_000_000;

/** A count with no noun of people below this is never the region's population (it had about 120,000): "houses 20 schools". */
const REGION_POPULATION_FLOOR = 1_000;
/** The smallest definite count read as the region's whole people ("the 120,000 Armenians in the region"): tens of thousands. */
const WHOLE_PEOPLE_FLOOR = 10_000;
/** How far after the count its noun phrase and the region may reach ("ethnic Armenians in Nagorno-Karabakh"). */
const WHOLE_PEOPLE_REACH = 60;

// A capitalised name and a comma right before a number: "Anahit Petrosyan, 47,".
const APPOSITIVE_AGE_BEFORE = /\p{Lu}[\p{L}'’-]+,\s*$/u;
/** Above this no number is a person's age: "older than 100,000" is no age. */
const AGE_MAX = 120;
/** Days in a year, as figures.ts counts a span of years. */
const DAYS_IN_YEAR = 365.25;
/** How far after a distance its jam's word is looked for, in characters (before it: three words, lexicon `jams`). */
const JAM_REACH = 40;
/** "aged 60", "в возрасте 70 лет", "una niña de 12 años", "65 yaş": a figure that is someone's age (lexicon `ages`). */
function isAge(s: SentenceCues, figure: Figure, before: string): boolean {
  const years = figure.unit === 'days' ? figure.value / DAYS_IN_YEAR : figure.value;
  return years < AGE_MAX && (s.vocab.ageBefore.test(before) || s.vocab.ageAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + 20)));
}



// A distance that places something rather than measuring a route: "30 kilometres away", "5 km
// outside the city", "a depot about 5 km from the city". "Stepanakert is 80 km from Goris" is the route.
function locatesAPlace(vocab: Vocabulary, before: string, after: string): boolean {
  // "a (unos) 150 kilómetros de", "à 6 km de", "a 6 km da": "at a distance from" places a thing (lexicon `placing`).
  if (vocab.placingAt.test(before) && vocab.placingFrom.test(after)) return true;
  // "30 km away", "6 km von der Stadt entfernt", "a depot about 5 km from the city".
  // "située à 20 km", "La separan 30 kilómetros": a participle of lying or a verb of separating right before it.
  return vocab.placingAway.test(after) || vocab.placingSite.test(before) || vocab.placingBefore.test(before);
}

/** A verb of losing in the troops' own clause, right before them or (verb-final) right after. */
function lostAround(vocab: SentenceCues['vocab'], before: string, after: string): boolean {
  const head = before.split(/[,;:.]/u).pop()!.slice(-30);
  const tail = after.split(/[,;:.]/u)[0]!.slice(0, 25);
  vocab.losing.lastIndex = 0;
  if (vocab.losing.test(head)) return true;
  vocab.losing.lastIndex = 0;
  return vocab.losing.test(tail);
}

// "ago" in the text's languages (lexicon `ago`): before the span ("hace una semana", "il y a trente
// ans", "vor einer Woche") or after it ("una settimana fa", "tydzień temu", "bir hafta önce").
function agoAround(vocab: Vocabulary, before: string, after: string): boolean {
  return vocab.agoBefore.test(before) || vocab.agoAfter.test(after);
}

/** A count right after a verb, at most one word between: "odjelo 93 000", "размещено 2850", "już 70 tys". */
const COUNT_RIGHT_AFTER_RE = /^\s+(?:[\p{L}\p{M}]+\s+)?\d/u;
// Not one joined by "and": "were killed and 400 were wounded" is another clause's count.
function countRightAfter(vocab: Vocabulary, after: string): boolean {
  const m = COUNT_RIGHT_AFTER_RE.exec(after);
  return m !== null && !vocab.clauseJoin.test(m[0]);
}

/**
 * "Nine in ten Armenians of Nagorno-Karabakh fled": a share written as two numbers is of those who left only
 * when the verb of leaving follows its people in the same clause; the noun right after it ("eight out of 10
 * refugees … are unemployed"), a cue past a comma or a verb of saying ("say the refugees should …") is of
 * another phrase.
 */
function leavingVerbAfterRatio(s: SentenceCues, figure: Figure, cue: Cue): boolean {
  if (cue.start < figure.end) return false;
  const between = s.text.slice(figure.end - s.start, cue.start - s.start);
  if (between.trim() === '') return false;
  if (/[,;:]/u.test(between)) return false;
  s.vocab.speech.lastIndex = 0;
  return !s.vocab.speech.test(between);
}

/** Words of what dates mark that mark a beginning: the first end of a span, never its last. */
const SPAN_OPENING: ReadonlySet<DateAction> = new Set(['blockade', 'start', 'exodus', 'takeover']);

const lastWordOf = (t: string) => (/([\p{L}\p{M}]+)\s*$/u.exec(t)?.[1] ?? '').toLowerCase();

/**
 * The date figure a date makes one span with, and which end of it the date is: "from December 2022 to September
 * 2023", "entre noviembre de 2022 y febrero de 2023", "с декабря 2022 по сентябрь 2023" (an opener before the
 * first, a link between them, lexicon `rangeOpeners` and `rangeLinks`).
 */
function dateRangeOf(s: SentenceCues, figure: Figure): { other: Figure; end: 'first' | 'last' } | null {
  const rel = (at: number) => at - s.start;
  const link = (a: Figure, b: Figure) => s.vocab.rangeLinks.has(s.text.slice(rel(a.end), rel(b.start)).trim().toLowerCase()) && s.vocab.rangeOpeners.has(lastWordOf(s.text.slice(0, rel(a.start))));
  const dates = s.dateFigures ?? [];
  const k = dates.findIndex((f) => f.start === figure.start);
  if (k < 0) return null;
  const next = dates[k + 1];
  const prev = k > 0 ? dates[k - 1] : undefined;
  if (next && link(figure, next)) return { other: next, end: 'first' };
  if (prev && link(prev, figure)) return { other: prev, end: 'last' };
  return null;
}

/**
 * True when a date is a span of someone's time in office: months or years, no day, written as a span ("1997-2007")
 * or as one end of one ("entre noviembre de 2022 y febrero de 2023", "Von November 2022 bis Februar 2023"), with a
 * word of office (lexicon `office`) in its clause ("fue primer ministro … entre", "stand er an der Spitze") and no
 * word of what dates mark nor a war there. A span in brackets right after a name ("Arkadi Ghukasyan (1997-2007)")
 * takes the office from its sentence before it ("tre ex capi dello Stato: …"). Spans of the events have days
 * ("19-20 September") or a word of their own ("blocked from December 2022 to September 2023").
 */
const YEAR_SPAN = /\d{4}\s*[-–—]\s*\d{2,4}/u;
function officeSpan(s: SentenceCues, figure: Figure): boolean {
  const d = figure.date;
  if (!d || d.day !== undefined || d.year === undefined) return false;
  const rel = (at: number) => at - s.start;
  const dayless = (f: Figure) => f.date?.day === undefined && f.date?.year !== undefined;
  const range = dateRangeOf(s, figure);
  let from = figure.start;
  let to = figure.end;
  let oneEnd = false;
  if (range && dayless(range.other) && range.end === 'first') to = range.other.end;
  else if (range && dayless(range.other)) from = range.other.start;
  // One end of a term, its opener right before it ("in office from September 2023", "presidente dal 2022"): a term
  // too, only in an apposition of its own, set off by commas, that holds the word of office (review 21 L2).
  else if (s.vocab.rangeOpeners.has(lastWordOf(s.text.slice(0, rel(figure.start)))) || s.vocab.sinceBefore.test(s.text.slice(0, rel(figure.start)))) oneEnd = true;
  // A written span of years ("1997-2007"), not a decade ("1990-е гг.", "the 1990s"), which names no one's term.
  else if (d.through === undefined || !YEAR_SPAN.test(figure.raw)) return false;
  const bracketAfterName = from === figure.start && /\p{Lu}[\p{L}\p{M}]+\s*\(\s*$/u.test(s.text.slice(0, rel(from))) && /^\s*\)/u.test(s.text.slice(rel(to)));
  // The clause: from the comma, semicolon or colon before the span to the one after it.
  const head = s.text.slice(0, rel(from));
  const clauseStart = bracketAfterName ? 0 : Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const tail = s.text.slice(rel(to));
  const stop = tail.search(/[,;:]/u);
  const clauseEnd = bracketAfterName ? rel(to) : rel(to) + (stop < 0 ? tail.length : stop);
  const clause = s.text.slice(clauseStart, clauseEnd);
  if (oneEnd && (clauseStart === 0 || stop < 0 || tail[stop] !== ',' || s.text[clauseStart - 1] !== ',')) return false;
  // "The president of Armenia said that between September 2023 and January 2024 …": an office that says something
  // is the speaker's, and the span is what is said (review 21 H2).
  if (s.vocab.sayingVerbs.test(clause)) return false;
  if (!s.vocab.office.test(clause) || warWordOf(s.vocab).test(clause)) return false;
  // "The blockade, which Azerbaijan led from December 2022, …": an apposition describes the noun before its comma;
  // when that phrase names what dates mark (the blockade), the span is that event's, not a term (review 22 H4).
  const described = s.text[clauseStart - 1] === ',' ? Math.max(s.text.lastIndexOf(',', clauseStart - 2), s.text.lastIndexOf(';', clauseStart - 2)) + 1 : clauseStart;
  return !s.dates.some((c) => c.start - s.start >= described && c.end - s.start <= clauseEnd);
}

// A figure of digits alone, with no qualifier or unit of its own (see classifyMeasure).
const BARE_DIGITS = /^\d[\d\s.,]*$/u;

/**
 * Time zones a time of day is written for, the same in every language the pages are in ("1600 GMT", "16.00 UTC",
 * "18:00 MSK"; Armenia's and Azerbaijan's AMT and AZT): capitals only, so no word is taken for one.
 */
const TIME_ZONE_AFTER = /^\s*(?:GMT|UTC|CET|CEST|EET|EEST|MSK|AMT|AZT)(?![\p{L}])/u;

/** A time of day ("20.00", "20:00", "20h00") and an opening bracket, an article between at most: "alle 20.00 (le ". */
const CLOCK_THEN_BRACKET = /(?<![\d.,])(?:[01]?\d|2[0-4])[.:h][0-5]\d\s*\(\s*(?:\p{L}{1,4}\s+)?$/u;

/** A number that can be a reading of a 24-hour clock: an hour (0–24), or hours and minutes written together (0000–2359). */
function isClockReading(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && (value <= HOURS_IN_DAY || (value <= 2359 && value % 100 < 60));
}

/** True when nothing but white space stands between the span [start, end) and the line breaks (or text ends) around it. */
function aloneOnItsLine(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('\n', start - 1);
  if (text.slice(open + 1, start).trim() !== '') return false;
  const close = text.indexOf('\n', end);
  return text.slice(end, close < 0 ? text.length : close).trim() === '' && (open >= 0 || close >= 0);
}

/** How far before a year (in characters) the Soviet Union's name and its two words may stand. */
const SOVIET_REACH = 60;

// The noun "war" as a word.
const warWordOf = perVocabulary((v) => new RegExp(String.raw`(?<![\p{L}])(?:${v.war})(?![\p{L}])`, 'iu'));

/**
 * Decides what a figure measures from the words around it in its sentence, or null when it
 * is not a figure the engine can judge (a page number, an age, an unrelated amount).
 */
export function classifyMeasure(s: SentenceCues, figure: Figure): string | null {
  const measure = measureOf(s, figure);
  return measure === 'detained' && detainedHaveTheirObject(s, figure) ? null : measure;
}

/**
 * "had seized him at the border as he was leaving with thousands of Armenians": verbs of detaining that write their own
 * object (the lexicon's "seized him", "captured her") have it; a count elsewhere in the sentence is not who was
 * detained, unless joined to that object ("seized him and 10 other men").
 */
function detainedHaveTheirObject(s: SentenceCues, figure: Figure): boolean {
  const cues = s.actions.filter((c) => c.kind === 'detained' && !c.weak);
  return cues.length > 0 && cues.every((c) => OBJECT_PRONOUN.test(s.text.slice(c.start - s.start, c.end - s.start)) && !(c.end <= figure.start && JOINED_OBJECT.test(s.text.slice(c.end - s.start, figure.start - s.start))));
}

function measureOf(s: SentenceCues, figure: Figure): string | null {
  const before = s.text.slice(Math.max(0, figure.start - s.start - 80), figure.start - s.start);
  switch (figure.unit) {
    case 'percent': {
      const found = nearest(s, s.actions, figure, ['left', 'remaining'] as const);
      if (!found) return null;
      // "Do konce září uprchlo z Karabachu devadesát procent obyvatel a zůstalo tam jen několik starých lidí": a verb
      // that opens the share's own clause, a few words before it, is its predicate; a verb after it is the next clause's.
      const opening = found.start >= figure.end ? s.actions.find((c) => (c.kind === 'left' || c.kind === 'remaining') && !c.weak && c.end <= figure.start && predicateRightBefore(s, c, figure)) : undefined;
      const cue = opening ?? found;
      // "Eight out of 10 refugees … are still unemployed": a share written as two numbers is of what its own
      // verb says, which follows it; a verb of leaving before it governs another phrase (review 19 H4).
      if (figure.ratio && !leavingVerbAfterRatio(s, figure, cue)) return null;
      // "almost all the refugees have found housing", "almost all of the hotels are full of people who fled":
      // a whole named by words is a share of the population only when what follows it names its people.
      // So is "most", "la maggior parte" ("most of the hotels are full").
      if ((isWholeInWords(s, figure) || isMostInWords(figure)) && !wholeOfInhabitants(s, figure)) return null;
      // "most of the people I met had fled once before", "most of the people interviewed in Goris fled": "most" of
      // people in general is of those the writer narrows them to; of the inhabitants, the population or the
      // Armenians ("a maioria dos 120 mil armênios étnicos da região") it is of the region's people.
      if (isMostInWords(figure) && !mostOfTheRegionsPeople(s, figure, cue)) return null;
      // "has helped most of some 105,000 Karabakh Armenians who fled": a verb of leaving in a relative clause on a whole
      // named by its number describes the whole; the share is of what its own verb says.
      if (opensRelativeOnWhole(s, figure, cue, true)) return null;
      // "almost all of them had left Armenia for Russia": leaving Armenia is not the exodus.
      if (cue.kind === 'left' && leavesArmenia(s, figure)) return null;
      // "Most of the republic's population lived there, …, and they fled", "held most of the enclave's people; …
      // they fled": a share whose own verb is one of living, or whose leaving follows after a semicolon, says
      // where the people lived, not how many left.
      if (cue.start >= figure.end && livedBeforeLeaving(s, figure, cue)) return null;
      // "Most of its population lived there, almost all of them Armenians, and they fled": a share set off by a comma
      // whose own words, up to the next comma, are a noun of the Armenian side tells who the people were, not how many left.
      if (describesMakeUp(s, figure, before)) return null;
      // "More than half of the refugees are staying with relatives", "60% of those who fled were women": a share
      // of the people who left says what they are or do, not how much of the population left or stayed.
      if (shareOfMovers(s, figure)) return null;
      // "89.107 de los refugiados ya constan inscritos … y que cerca del 54 % —53.935 personas— ha necesitado viviendas":
      // a share nearer a word of another count of the refugees (housing, applying, work) than its word of leaving is that
      // count's share, never the population's.
      const other = nearest(s, s.actions, figure, SHARE_OTHER_COUNTS);
      if (other && cueDistance(s, other, figure) < cueDistance(s, cue, figure)) return null;
      return `share_${cue.kind}`;
    }
    case 'km':
      // "when he walked the 2 kilometres to his farm": a distance in a sentence with no word of the journey out or of
      // leaving, and no name of the region or its places, is someone's own way, not the route the refugees took.
      if (!s.actions.some((c) => c.kind === 'journey' || c.kind === 'left') && !namesRegion(s.text)) return null;
      // "the route is jammed for 100 kilometres", "a 20-km queue", "ein 20 Kilometer langer Stau": the length of a jam is
      // no route (lexicon `jams`).
      if (s.vocab.jamBefore.test(before) || s.vocab.jamAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + JAM_REACH))) return null;
      // "a depot 5 km from the city", "30 kilometres away": a distance that places something is no claim;
      // "the 80 km from Stepanakert to the border" is the route.
      return locatesAPlace(s.vocab, s.text.slice(Math.max(0, figure.start - s.start - 40), figure.start - s.start), s.text.slice(figure.end - s.start, figure.end - s.start + 80)) ? null : 'distance';
    case 'days': {
      if (figure.ago) return 'elapsed';
      // "la fillette de 12 ans", "una bambina di 12 anni": a person's age, as for a count below (lexicon `ages`; only its words
      // before the number: a span's unit word is inside the figure, so "años de edad" after it is not seen here).
      if (isAge(s, figure, before)) return null;
      // "South Sudan seceded in 2011 after decades of war; the Karabakh Armenians hoped for the same": "decades" with no
      // number, in a part of the sentence that names neither the region nor the two countries where another part does,
      // is another place's span ("Oba państwa spierają się o niego od dekad", naming no one, is the region's from its page).
      if (figure.unnumbered && !partNamesTheParties(s, figure) && namesTheParties(s.text, s.vocab)) return null;
      // "lanzada hace (justo) una semana": a span of days or weeks before the page's day only dates something;
      // "hace tres décadas" (decades ago) is read as before, as the span the reports give ("three decades").
      // "два года назад, 19 сентября 2023 года" (two years ago): a span ago short enough to reach back only
      // to the events or the years just before them dates something too; it is no span the reports give.
      const ago = agoAround(s.vocab, before, s.text.slice(figure.end - s.start, figure.end - s.start + 12));
      if (figure.value < AGO_DATES_MAX_DAYS && ago) return null;
      // "около 30 лет назад", "vor etwa 30 Jahren": a longer span ago is the time elapsed since, as English
      // "about 30 years ago" is read with its unit; never how long something lasted.
      // In a sentence about a visit it is the time since outsiders last got in ("the UN's last mission, 30 years ago").
      // "território disputado há décadas", "un conflicto que empezó hace décadas": a conflict that began decades ago,
      // told with no number, has lasted decades; the span is its length, as "for decades" is.
      if (ago && figure.vague && figure.low >= DECADES_AGO_MIN && nearest(s, s.actions, figure, ['war'] as const, 120)) return 'duration';
      if (ago) return s.vocab.visits.test(s.text) ? 'since_access' : 'elapsed';
      // "the first such visit in decades": "decades" with no number, beside a visit, says only that it was long ago.
      if (figure.unnumbered && s.vocab.visits.test(s.text)) return null;
      // "a normal travel time of 2 hours now taking 20": the usual span is the baseline, not the events'.
      if (s.vocab.usualBefore.test(s.text.slice(Math.max(0, figure.start - s.start - USUAL_REACH), figure.start - s.start))) return null;
      // "we won't reach the border in the next 24 hours": a span ahead of the page's day is an expectation.
      if (isProjection(s.vocab, before)) return null;
      // "874 days in detention", "470 Tagen Untersuchungshaft", "in custody for 600 days": how long someone was held
      // (a longer span is a term handed down, read as nothing: "20 años de prisión"). An open bound ("più di un anno di
      // detenzione", "more than 480 days in custody") is held to its low end, the only one it gives.
      // Beside the blockade, which reports also call a captivity ("held captive for nine months by the blockade",
      // "в плену блокады"), a span of detention may be the blockade's or a person's ("nine months of blockade and
      // two days in custody"): it is read as neither (review 22 H3).
      // "detained within 24 hours of crossing", "arrested two days after the ceasefire": a span that places the
      // event after another is when it happened, never how long someone was held (nor, below, how long anything lasted).
      const afterSpan = s.text.slice(figure.end - s.start, figure.end - s.start + SPAN_PLACING_REACH);
      const measuredFrom = s.vocab.spanFromBefore.test(before) && s.vocab.spanFromAfter.test(afterSpan);
      const placed = (figure.later || measuredFrom || s.vocab.spanPlacesInTime.test(afterSpan)) && !/(?:\bfor|lasting|lasted|lasts)\s*$/iu.test(before);
      const detention = !placed && (Number.isFinite(figure.high) ? figure.high : figure.low) <= DETENTION_SPAN_MAX && (s.vocab.detentionAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + DETENTION_REACH)) || s.vocab.detentionBefore.test(before.slice(-DETENTION_REACH)));
      if (detention) return s.dates.some((c) => c.kind === 'blockade') ? null : 'detention_time';
      // "less than two weeks after the offensive" places an event in time; it is not a duration claim
      // (unless "for" makes it one: "under blockade for nine months before the offensive").
      if (placed) {
        // "laid down arms less than 24 hours after Azerbaijan began its offensive": the span from a
        // start to an end the same sentence names is how long it lasted.
        // "Een dag later kwam er een wapenstilstand", "A day later the separatists surrendered": a span of
        // a few days before the surrender the sentence goes on to name is how long the offensive lasted.
        // "A week earlier, Azerbaijan had started its offensive …": a placing word that closes its phrase with a
        // comma places the sentence from a time said before it; it names no start and end of its own.
        if (placesFromBefore(s, figure)) return null;
        // "plus de 30 ans après sa fondation", "30 years after its proclamation": a span after the founding of what the
        // sentence names (the region or the Armenian side) is how long it had stood, as "30 years of existence" is.
        if (afterItsFounding(s, figure)) return 'duration';
        return startsAndEnds(s) || (figure.high <= OFFENSIVE_SPAN_MAX && endsLater(s, figure)) ? 'duration' : null;
      }
      // "ringen seit Jahrzehnten um Bergkarabach", "se disputent le Haut-Karabakh depuis des décennies": two parties
      // disputing the region for years give the conflict's length (lexicon `disputing`); a span of days beside such a
      // verb is a quarrel or talks, and reads as nothing here.
      if (figure.low >= DISPUTE_SPAN_MIN && s.vocab.disputing.test(s.text)) return 'duration';
      // "its first visit in 30 years": time since outsiders last got in, when the sentence is about a visit.
      const access = s.vocab.visits.test(s.text);
      // "the two-day visit", "its one-day mission": a span written as the adjective of a visit's own noun is how long it lasted.
      if (access && figure.attributive && s.vocab.visitAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + 30))) return 'visit_time';
      // "en misión de un día", "a mission of two days": so is a span right after the visit's noun and its "of".
      if (access && s.vocab.visitOfBefore.test(before)) return 'visit_time';
      // "una giornata di battaglia", "the 24-hour blitz": a span whose own noun is a battle's is how long the fighting lasted.
      if (!access && s.vocab.battleAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + BATTLE_REACH))) return 'duration';
      const cue = nearest(s, s.actions, figure, access ? (['access', 'journey', 'war'] as const) : (['journey', 'war'] as const), 120);
      // "Ordu separatçıları 23 saat 48 dəqiqə ərzində kapitulyasiyaya imza atmağa məcbur etdi": a span of
      // hours or days beside the surrender it ended in is how long the offensive lasted.
      if (!cue) {
        if (figure.high <= OFFENSIVE_SPAN_MAX && nearest(s, s.dates, figure, ['end'] as const, s.vocab.verbFinal ? DATE_CUE_REACH_VERB_FINAL : DATE_CUE_REACH)) return 'duration';
        return exodusSpan(s, figure, before) ? 'exodus_time' : null;
      }
      // "The visit lasted no more than a day": a verb of lasting whose subject is the visit's own noun gives how long
      // the visit lasted, not the offensive.
      if (access && cue.kind === 'war' && s.vocab.visitBefore.test(s.text.slice(Math.max(0, cue.start - s.start - VISIT_SUBJECT_REACH), cue.start - s.start))) return 'visit_time';
      // "In a statement about its one-day trip, the mission said": a span written as the adjective of a journey's noun,
      // in a sentence about a visit or a mission, is how long the visit lasted, never the refugees' way out.
      // The visit's own word stands nearer the span than any word of leaving ("the 30-hour journey of the refugees" is theirs).
      if (access && cue.kind === 'journey' && figure.attributive && cue.start >= figure.end && /^\s*$/u.test(s.text.slice(figure.end - s.start, cue.start - s.start)) && visitNearer(s, figure)) return 'visit_time';
      // "El viaje de Stepanakert a Goris, de 80 kilómetros, duró 30 horas": a verb of lasting whose subject is the journey's
      // own noun (no word of the war between them) gives how long the way out took, not the offensive.
      if (cue.kind === 'war' && cue.end <= figure.start && journeyIsSubject(s, cue)) return 'journey_time';
      // "the town was governed by the same mayor for 12 years": a verb of ruling gives the separatists' rule only where
      // the sentence names the region or their side (lexicon `ruling`).
      if (cue.kind === 'war' && s.vocab.rulingWhole.test(s.text.slice(cue.start - s.start, cue.end - s.start)) && !namesTheRuled(s)) return null;
      // "32 years of existence": a noun of a state's existence gives how long the breakaway state stood only where the
      // sentence names that state (lexicon `existence`); "the school's 30 years of existence" is no figure of these events.
      if (cue.kind === 'war' && s.vocab.existenceWhole.test(s.text.slice(cue.start - s.start, cue.end - s.start)) && !s.vocab.existenceStates.test(s.text)) return null;
      // "the nation had waited more than thirty years for this day": a span of months or years beside a word of the
      // journey is a long wait of some other kind; the way out took hours or days.
      if (cue.kind === 'journey' && figure.low > JOURNEY_SPAN_MAX) return null;
      return cue.kind === 'access' ? 'since_access' : cue.kind === 'journey' ? 'journey_time' : 'duration';
    }
    case 'date': {
      // "the 2020 war", "the 1990s Karabakh war": a bare year that names a war is its name, not a claim.
      if (figure.date?.month === undefined && s.vocab.yearNamesAWar.test(s.text.slice(figure.end - s.start, figure.end - s.start + 40))) return null;
      // "in breach of the November 2020 statement", "the agreement of 10 November 2020": a date of a signed text from
      // the years between the wars' ceasefires and the offensive is the text's; it dates nothing the reports count
      // (lexicon `documents`). Not the texts of the first war's years ("a declaration of 2 September 1991", "the May
      // 1994 ceasefire agreement"): the region's breakaway and the first war's end are dates the reports give.
      // A text that ended the 2020 war ("l'accordo del 2020 sul cessate il fuoco") dates that war's end, which the
      // reports give: a word of a ceasefire near the date leaves it to that word.
      if (betweenTheWars(figure.date) && (s.vocab.documentAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + 40)) || s.vocab.documentBefore.test(before)) && !nearest(s, s.dates, figure, ['end'] as const, DATE_CUE_REACH)) return null;
      // "since the collapse of the Soviet Union in 1991", "с момента распада СССР в 1991 году": the year of the Union's end.
      if (figure.date?.month === undefined && s.vocab.sovietBefore.test(before.slice(-SOVIET_REACH))) return null;
      if (officeSpan(s, figure)) return 'date:tenure';
      // "since late 2020" opens a period; it does not date an event.
      // "On 28 September he signed a decree to dissolve the republic on 1 January": a word marks one
      // date, the one nearest it; the other date of the sentence is not what it marks.
      const gap = (a: number, b: number, c: Cue) => (b <= c.start ? c.start - b : a >= c.end ? a - c.end : 0);
      // "From December 2022 to September 2023 the blockade …": a span's two ends are one date to the word that marks
      // its start; the word is the first end's, and the last end is no start of anything.
      const range = dateRangeOf(s, figure);
      const nearerDate = (c: Cue) => (s.dateSpans ?? []).some(([a, b]) => a !== figure.start && a !== range?.other.start && gap(a, b, c) < gap(figure.start, figure.end, c));
      // A noun of the leaving itself ("exodus", "перемещение") says what a verb of starting starts; alone beside
      // a day it dates no start ("the exodus on 26 September"), so it is no cue of its own. The words that name
      // the leaving's beginning themselves ("the first refugees", "began to flee") are.
      // The noun "decree" marks a date only with a word of dissolving (decreedOn), never alone ("a decree on housing").
      // "nach der Militäroperation vom 19. September, die auf die Auflösung der Republik abzielt": a word inside a
      // relative clause that opens after the date describes the noun before the date; it does not mark the date.
      const inRelative = (c: Cue) => {
        if (c.start < figure.end) return false;
        const between = s.text.slice(figure.end - s.start, c.start - s.start);
        const comma = between.indexOf(',');
        return comma >= 0 && s.vocab.relativeStart.test(between.slice(comma + 1));
      };
      const open = s.dates.filter((c) => !(c.kind === 'exodus' && c.weak) && c.kind !== 'decree' && !nearerDate(c) && !inRelative(c) && !saidBetween(s, c, figure));
      const cue = nearest(s, open, figure, undefined, s.vocab.verbFinal ? DATE_CUE_REACH_VERB_FINAL : DATE_CUE_REACH) ?? openingDateVerb(s, open, figure);
      if (range?.end === 'last' && cue && SPAN_OPENING.has(cue.kind)) return null;
      // "arrested following Azerbaijan's September 2023 military operation", "the 19 Eylül saldırısı": a date
      // right before a noun of what dates mark (at most COMPOUND_WORDS words between, no punctuation) modifies
      // that noun; it is the noun's date whatever verb stands nearer. Not a noun of the leaving (it dates no start).
      const head = s.dates.find((c) => c.weak && c.kind !== 'exodus' && c.start >= figure.end && COMPOUND_GAP.test(s.text.slice(figure.end - s.start, c.start - s.start)) && !isCause(s, c));
      // "Since last month's lightning offensive": a date written as the noun's possessive modifies the noun, and
      // "since" opens the period from the noun's event, not from the date.
      // Not a noun its clause says ended ("20 Eylül'de ordunun operasyonu sona erdi"): the day is the end's (endedNoun).
      if (head && !nearerDate(head) && !(endedNoun(s, open, head) && !startedBetween(s, figure, head)) && (!s.vocab.sinceBefore.test(before) || POSSESSIVE.test(figure.raw))) {
        const m = dateMeasureOf(s, head.kind, figure.date, head);
        if (m) return m;
      }
      // "nach der Offensive von September 2023 festgenommen", "detained after the offensive of September 2023": a date
      // right after a noun of what dates mark, with at most its preposition between, completes that noun's phrase;
      // it is the noun's date whatever verb stands nearer after it (a verb of arresting included).
      const tail = s.dates.find((c) => c.weak && c.kind !== 'exodus' && c.end <= figure.start && nounThenDate(s.vocab).test(s.text.slice(c.end - s.start, figure.start - s.start)));
      // Where the verb comes last, "əməliyyat sentyabrın 20-də başa çatıb" is the noun, the day and the verb of
      // ending of one clause: the day is the end's (endedNoun). Elsewhere "операция 19 сентября" names the noun's day.
      if (tail && !nearerDate(tail) && !(s.vocab.verbFinal && endedNoun(s, open, tail)) && !s.vocab.sinceBefore.test(before)) {
        const m = dateMeasureOf(s, tail.kind, figure.date, tail);
        if (m) return m;
      }
      // "wurde Wardanjan am 27. September 2023 … verhaftet", "was arrested … in September 2023": a date whose nearest
      // word is a verb of arresting dates the arrest, which no report dates (it stays unverified, as a reader would check it).
      const arrest = nearest(s, s.actions.filter((c) => c.kind === 'detained' && !c.weak), figure, undefined, s.vocab.verbFinal ? DATE_CUE_REACH_VERB_FINAL : DATE_CUE_REACH);
      if (arrest && !beforeTheArrests(figure.date) && (!cue || cueDistance(s, arrest, figure) < cueDistance(s, cue, figure)) && !s.vocab.sinceBefore.test(before)) return 'date:arrest';
      // "24 сентября началось насильственное перемещение", "the exodus began on 24 September", "refugees began
      // arriving on Sunday": a verb of starting whose own noun is the leaving dates the exodus's first day.
      if (cue?.kind === 'start' && !cue.weak && startsTheLeaving(s, cue, figure) && inTheExodusYear(figure.date)) return othersLeave(s) ? null : 'date:exodus';
      // ... unless it is the day a dissolution takes effect: "ceases to exist as of (с) 1 January".
      // "Since 19 September, more than 100,000 have fled": a count from a day says the leaving had begun by that
      // day's end at the latest, not that it began then (the offensive's day is the usual start of such counts);
      // read as the exodus's first day it conflicted with true sentences (review 18, H3).
      // Such a day that opens the period of a count of the leaving is kept as the exodus's first day only where it is
      // that day (claims.ts, opensTheLeaving): "28,120 refugees had arrived since Sunday" on 26 September.
      if (cue?.kind !== 'dissolution' && s.vocab.sinceBefore.test(before)) return opensALeavingCount(s, figure) ? 'date:exodus' : null;
      // "annonce ce jeudi 28 septembre son autodissolution … à partir du 1er janvier 2024": of two days with a word
      // of dissolving between them in one clause, the earlier in time is the day it was decided and the later the
      // day it takes effect, whichever of them the word stands nearer.
      const other = figure.date?.month !== undefined ? dissolvingBetween(s, figure) : null;
      if ((cue?.kind === 'dissolution' || !cue) && other !== 'earlier' && decreedOn(s, figure, nearerDate)) return 'date:decree';
      if (other === 'later' && (cue?.kind === 'dissolution' || !cue)) return 'date:decree';
      if (other === 'earlier' && !cue) return 'date:dissolution';
      // A taking of control of another time ("durante una segunda guerra … en 2020, Azerbaiyán recuperó zonas")
      // dates nothing itself; the year's other words may still (yearOfAWar below).
      // "après l'assaut … le 19 septembre et neuf mois de blocus": a word of the blockade dates nothing from the
      // offensive's first day on (the blockade began in December 2022); the day's own phrase may still.
      if (cue && !(cue.kind === 'takeover' && !takenByAzerbaijan(s, figure.date)) && !(cue.kind === 'blockade' && fromTheOffensive(figure.date))) return dateMeasureOf(s, cue.kind, figure.date, cue);
      // "seit der Militäroffensive Aserbaidschans gegen Bergkarabach am 19. September", "após a ofensiva
      // militar relâmpago das tropas de Baku, no dia 19 de setembro": the date completes the noun's own phrase.
      const phrase = nounPhraseDateCue(s, open, figure);
      if (phrase) return dateMeasureOf(s, phrase.kind, figure.date, phrase);
      if (offensiveOfAzerbaijan(s, figure)) return 'date:start';
      // "On 28 September he signed a decree to dissolve the republic on 1 January": the day before the
      // dissolution's own day, in its sentence, is the day it was decreed (or announced).
      if (decreeDay(s, figure, nearerDate)) return 'date:decree';
      const listed = listedDateNoun(s, figure);
      if (listed) return dateMeasureOf(s, listed.kind, figure.date, listed);
      // "An explosion on Sept. 25 at a fuel depot", "25 сентября произошел взрыв": a day beside a word for the
      // fuel-depot blast is the day it happened (a word, not a verb: it counts only close by, as a date noun does).
      // "in 2020, during the Second Nagorno-Karabakh War", "duas guerras, … e outra em 2020": a bare year of a
      // war beside a word of war dates that war (its event is the year's own: classifyEvent).
      if (figure.date?.day === undefined) {
        // Not the year of something else done in the war: "was wounded in 2020, during the Second Karabakh
        // War" dates a wounding, not the war's start (review 18, M3). A verb of the lexicon within DATE_CUE_REACH
        // of the year, other than the words of war themselves ("two wars"), says what the year is the time of.
        if (yearOfAWar(s.text, s.start, figure, s.vocab) && (warHeadBefore(s, figure) || (!nearest(s, s.actions.filter((c) => !c.weak && c.kind !== 'war'), figure, undefined, DATE_CUE_REACH) && !lostInItsClause(s, figure)))) return 'date:start';
        return leftInItsTime(s, figure, before) ? 'date:exodus' : null;
      }
      const blast = depotBlastWords(s.text, s.vocab, s.start).map(([start, end]) => ({ kind: 'start' as const, start, end, weak: true }));
      // Not a dateline: "Tbilisi, Sep 27 (EFE).- Death toll from an explosion …" dates the report, not the blast.
      const between = (c: Cue) => (c.start >= figure.end ? s.text.slice(figure.end - s.start, c.start - s.start) : s.text.slice(c.end - s.start, figure.start - s.start));
      if (nearest(s, blast.filter((c) => !nearerDate(c) && !/[.()]/u.test(between(c))), figure, undefined, s.vocab.verbFinal ? DATE_CUE_REACH_VERB_FINAL : DATE_CUE_REACH)) return 'date:start';
      return cue ? null : eventOfItsDay(s, figure);
    }
    case 'money':
      if (nearest(s, s.actions, figure, ['aid'] as const, 80)) return 'aid';
      // "Every refugee … has been paid 50,000 drams": paid to the refugees; not "teachers were paid" (review 21 M1).
      return s.vocab.payments.test(s.text) && namesRefugees(s.vocab, s.text) ? 'aid' : null;
    case 'count':
      break;
  }
  // "на 29.09 эвакуированы" (by 29 September), "some 4.5 people": a count written with a fractional part
  // and no scale word counts no people, vehicles or dead (a day and month written with a dot, a rate).
  // A range's midpoint may be fractional ("5-6": 5.5); its low end is not.
  if (!Number.isInteger(figure.value) && !Number.isInteger(figure.low)) return null;
  // "two wars", "duas guerras", "две войны": a count whose own noun is "wars" is how many were fought over the region.
  if (figure.value <= WARS_MAX && s.vocab.warsAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + 30))) return 'wars';
  // "Petrosyan, 47, said": an age in apposition to a name, nobody's count.
  if (APPOSITIVE_AGE_BEFORE.test(before) && /^\s*[,)]/u.test(s.text.slice(figure.end - s.start)) && figure.value < 120) return null;
  // "residents aged 60+", "в возрасте 70 лет", "65 yaş üstü": a person's age, nobody's count (lexicon `ages`).
  if (isAge(s, figure, before)) return null;
  // "18 fotografií", "12 photos", "5 comments": page furniture a headline without a full stop runs into the text.
  if (s.vocab.pageFurnitureAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + 30))) return null;
  // "335" on a line of its own between a headline and its dateline: a page's count of views or comments.
  if (BARE_DIGITS.test(figure.raw) && aloneOnItsLine(s.text, figure.start - s.start, figure.end - s.start)) return null;
  // "do godziny 12", "by 12 noon", "a las 8": an hour of the day, nobody's count.
  if (figure.value <= HOURS_IN_DAY && (s.vocab.clockBefore.test(before) || s.vocab.clockAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + 20)))) return null;
  // "by 1600 GMT", "16 UTC": a time of day written for a time zone (the wires' way), nobody's count.
  if (/^\d{1,4}$/u.test(figure.raw) && isClockReading(figure.value) && TIME_ZONE_AFTER.test(s.text.slice(figure.end - s.start, figure.end - s.start + 8))) return null;
  // "alle 20.00 (le 18 in Italia)", "at 20:00 (16 GMT)": an hour in brackets right after a time of day is that time
  // in another zone, nobody's count.
  if (figure.value <= HOURS_IN_DAY && Number.isInteger(figure.value) && CLOCK_THEN_BRACKET.test(before)) return null;
  // "a minibus carrying 12 passengers": the load of one vehicle, not a count of the exodus.
  if (s.vocab.oneVehicleLoad.test(before)) return null;
  // "15 yolcusuyla ayrılan son otobüs", "the last bus left with its 15 passengers": a count of passengers is a vehicle's load.
  if (s.vocab.passengersAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + 30))) return null;
  // "Le migliaia di cose lasciate lungo le vie", "thousands of belongings left behind": things left, not people who left.
  if (s.vocab.belongingsAfter.test(s.text.slice(figure.end - s.start, figure.end - s.start + 40))) return null;
  // "a population of", "home to", the possessive "the region's 120,000", "half of the 120,000" (lexicon `populationOf`, `populationBefore`, `shareOf`).
  // Not when the count's own noun names others than the inhabitants: "toda su población armenia, con la
  // entrada de más de 100.000 refugiados" counts refugees, whatever "population … de" before it says.
  // A population in millions is a country's, never the region's (as below for a population read from its verb).
  // "The region houses 20 schools", "home to three monasteries": a count with no noun of people below a town's size is
  // a count of something else the region holds (b10: the verbs of housing added to `populationBefore`).
  const inhabitants = countedThing(s, figure);
  if (s.vocab.populationBefore.test(before) && INHABITANT_THINGS.has(inhabitants) && (inhabitants !== null || figure.value >= REGION_POPULATION_FLOOR)) {
    return aboutAnotherPlace(s.vocab, before) || figure.value >= COUNTRY_SIZED ? null : 'population';
  }
  // "Goris, a town of 20,000": the size of a place, not a count of what happened.
  if (/(?:town|city|village|country|nation|capital|district)\s+of\s+(?:about\s+|some\s+|around\s+|roughly\s+)?$/iu.test(before)) return null;
  const after = s.text.slice(figure.end - s.start, figure.end - s.start + 40);
  // "plans for up to 120,000", "could climb to", "a target of": a projection, never a count (each lexicon's `projection`).
  // So is each part of a list a colon opens right after a projected count ("soutenir quelque 231 000 personnes : 136 000
  // réfugiés et 95 000 membres des communautés locales").
  if (isProjection(s.vocab, before) || partOfProjectedList(s.vocab, before)) return null;
  // "150 bodies remain to be identified", "quedan por identificar 150 cuerpos": what remains to be done is work, never
  // people who stayed nor a toll (lexicon `remainsToDo`).
  if (remainsToDo(s, figure)) return null;
  // "thousands more", "400 more": an increment, not a total.
  if (/^\s+more\b/iu.test(after)) return null;
  let thing = countedThing(s, figure) ?? elidedThing(s, figure) ?? wholesThing(s, figure);
  // "temporary accommodation for more than 32,000 displaced", "sistemazioni provvisorie per oltre 32mila sfollati": a
  // count of people right after a preposition of purpose whose noun is one of housing is whom the housing is for,
  // never who left. Not others than the people of the events ("alloggi per 300 medici", doctors).
  if (thing && PEOPLE_THINGS.has(thing) && housingFor(s, figure, before)) return s.vocab.forecast.test(clauseOf(s, figure)) ? null : 'housed';
  // "400 wounded (40 …": a bare count that opens a bracket right after a count and its noun breaks that
  // count down; it is never a second total of the same measure.
  if (!thing && BREAKDOWN_BRACKET.test(before)) return null;
  // "the number of refugees is 100,417 people": the subject names what the figure's own "people" are.
  if (thing === 'people' && numberOfThing(s, figure) === 'refugees') thing = 'refugees';
  // "23 wounded patients were evacuated": the adjective describes the people, the verb says what happened.
  const adjective = /^\s+(?:wounded|injured|sick|dead)\s+(?:patients|people|persons|civilians|soldiers|servicemen|children|men|women|refugees)\b/iu.exec(after);
  const ignored = adjective ? figure.end + adjective[0].length : -1;
  // Without a noun, the action word must stand close: "100,000 have fled", not "two countries ... leaving".
  // "almost 90,000 of the 120,000 who lived there have left": a part of a whole takes the clause's verb,
  // not the relative clause that describes the whole.
  // "of the 120,000", "of an estimated 120,000", "de los 120.000": the figure before it is a part of a whole (lexicon `partOf`, else `wholeOf`).
  const partOfWhole = s.vocab.partOfAnyWhole.test(after);
  // "the number of refugees … exceeded 100,000, and a few hundred remain": a verb past a comma is
  // another clause's when the figure's subject already names what it counts.
  // The subject is looked for only when such a verb exists: it scans the sentence before the figure.
  let subject: Thing | null | undefined;
  const otherClause = (c: Cue<Action>) => c.start >= figure.end && /[,;]/u.test(s.text.slice(figure.end - s.start, c.start - s.start)) && (subject ??= numberOfThing(s, figure)) !== null;
  // "85,000 Armenians who did not want to live in the region have left": a relative clause right after
  // the count describes the people; "live" in it is not what the count measures when a verb follows it.
  // Not the whole a part is taken from: "100,417 out of 120,000 people who lived there have fled".
  // Romance articles fuse with "of" ("dos", "das", "des", "del", "dei", "degli", "delle", "della") and
  // German's genitive article does its work ("der"): "80% dos 120 mil armênios que viviam lá".
  const whole = s.vocab.wholeBefore.test(before);
  // A word of leaving right before the count, at most a short preposition and article between ("the exodus of", "l'esodo di").
  const exodusOf = s.actions.some((o) => o.kind === 'left' && o.end <= figure.start && /^\s+[\p{L}]{1,4}\s+(?:[\p{L}]{1,3}\s+)?$/u.test(s.text.slice(o.end - s.start, figure.start - s.start)));
  // "um êxodo de dezenas de milhares de civis que moravam no enclave", "an exodus of 100,000 people who
  // lived there": "of" after a word of leaving names who left, not a whole; the relative clause describes them.
  const leftOf = whole && exodusOf;
  // "plus de 80% des 120'000 habitants recensés officiellement ont abandonné", "half of the 120,000 residents":
  // the whole a share or count is taken from, named by the noun of the inhabitants right after it, is the
  // population; a verb after that noun ("recensés") describes it.
  // Another place counts only between the part and the whole: "giunte in Armenia circa 100.000 persone, su circa
  // 120.000 abitanti" names where the part went, not whose inhabitants the whole are.
  if (whole && !leftOf && /[\d%]/u.test(before.slice(-WHOLE_PART_REACH)) && s.actions.some((c) => c.kind === 'population' && c.weak && c.start >= figure.end && /^\s+$/u.test(s.text.slice(figure.end - s.start, c.start - s.start)))) {
    return aboutAnotherPlace(s.vocab, before.slice(before.search(/[\d%][^\d%]*$/u))) || figure.value >= COUNTRY_SIZED ? null : 'population';
  }
  const describes = (c: Cue<Action>) =>
    (!whole || leftOf) && c.kind === 'population' && c.start >= figure.end && s.vocab.relativeAfter.test(s.text.slice(figure.end - s.start, c.start - s.start)) && (leftOf || s.actions.some((o) => o.kind !== 'population' && o.start > c.end));
  // "obyvatel – ze 120 000 už odjelo 93 000", "of 120,000 residents, 70,000 have left": after a whole of
  // the people living there (the sentence names them), a verb that another count stands beside is that
  // part's, not the whole's. Not "un total de 192 soldados murieron y 511 …", which names no population.
  const ofPopulation = whole && s.actions.some((c) => c.kind === 'population');
  const partsVerb = (c: Cue<Action>) =>
    ofPopulation && c.start >= figure.end && c.kind !== 'population' && (/\d/u.test(s.text.slice(figure.end - s.start, c.start - s.start)) || countRightAfter(s.vocab, s.text.slice(c.end - s.start, c.end - s.start + 30)));
  // "приехали 20 270 человек, размещено 2850 переселенцев": past a comma, a verb with its own count
  // right after it is that count's.
  const nextCountsVerb = (c: Cue<Action>) =>
    c.start >= figure.end && /[,;]/u.test(s.text.slice(figure.end - s.start, c.start - s.start)) && countRightAfter(s.vocab, s.text.slice(c.end - s.start, c.end - s.start + 30));
  // "10 мирных жителей", "10 խաղաղ բնակիչ", "10 dinc sakin": civilians are named by the word for inhabitants,
  // which then counts the civilians, never a place's population.
  const civilianNoun = (c: Cue<Action>) => thing === 'civilians' && c.kind === 'population' && !!c.weak;
  // "only 633 out of the more than 100,000 Armenians who found shelter in Armenia had applied": a verb that opens
  // a relative clause after another count (a number, then a relative pronoun right before the verb) is that count's.
  const describesWhole = (c: Cue<Action>) => opensRelativeOnWhole(s, figure, c);
  // "only 735 people among the more than 100,000 refugees have applied": a programme's verb after a whole is the part's.
  const partsProgramme = (c: Cue<Action>) => whole && (c.kind === 'applied' || c.kind === 'employed') && c.start >= figure.end;
  // "the exodus of 100,000 residents", "l'exode des 100 000 habitants": after a word of leaving, the noun of the
  // inhabitants names who left; it is no population.
  const leavers = (c: Cue<Action>) => leftOf && c.kind === 'population' && !!c.weak && c.start >= figure.end;
  // "вынужденных переселенцев … насчитывалось 88 780 человек": a verb of the population (numbering, living) a few
  // words after the word of the refugees sizes their count; it is no population.
  const refugeesNumbered = (c: Cue<Action>) =>
    c.kind === 'population' && !c.weak && c.end <= figure.start && s.actions.some((o) => o.kind === 'left' && o.end <= c.start && NUMBERED_AFTER.test(s.text.slice(o.end - s.start, c.start - s.start)));
  // "More than 100,000 Karabakh Armenians, practically all who still lived in the region, had fled": a verb of living
  // inside an aside set off by commas after the count describes the people; the verb after the aside is the count's.
  // Not a verb after an aside already closed ("120,000 Armenians, by most estimates, lived there, and …").
  const livingAside = (c: Cue<Action>) => c.kind === 'population' && !c.weak && c.start >= figure.end && insideAside(s, figure, c);
  // "il tragico esodo di circa 85.000 armeni, che abitavano l'enclave", "the exodus of 100,000 Armenians who lived there":
  // after a word of leaving that governs the count, a verb of living in a relative clause on the count's noun
  // describes who left; it is no population.
  const livingRelative = (c: Cue<Action>) => {
    if (!exodusOf || c.kind !== 'population' || c.weak || c.start < figure.end) return false;
    const opening = RELATIVE_RIGHT_BEFORE.exec(s.text.slice(figure.end - s.start, c.start - s.start));
    return opening !== null && s.vocab.relativeAny.test(opening[0]);
  };
  // "che ha fatto 200 morti e migliaia di feriti, migliaia di rifugiati … hanno lasciato": a word right after another
  // count ("migliaia di feriti") is that count's own noun; it is not this one's while a cue stands after this one.
  // Not for a count in brackets or after a colon or dash that opens on it: "200 զոհ (10 խաղաղ բնակիչ …)" is a part of the 200.
  // Only where this count's own noun, a few words on, is a cue itself ("migliaia di rifugiati"): "25 mortos, dos quais dois
  // são civis … juntam-se os feridos" counts two of the 25 dead.
  const laterCue = s.actions.some((c) => c.start >= figure.end && s.text.slice(figure.end - s.start, c.start - s.start).trim().split(/\s+/u).filter(Boolean).length <= OWN_NOUN_WORDS);
  const othersNoun = (c: Cue<Action>) => laterCue && c.end <= figure.start && !/[(\[:–—]/u.test(s.text.slice(c.end - s.start, figure.start - s.start)) && nounOfACount(s, c);
  const candidates = s.actions.filter(
    (c) => !leavers(c) && !livingAside(c) && !livingRelative(c) && !othersNoun(c) && !refugeesNumbered(c) && !partsProgramme(c) && (!adjective || c.end > ignored || c.start < figure.start) && !(partOfWhole && c.kind === 'population') && !describesWhole(c) && !civilianNoun(c) && !otherClause(c) && !describes(c) && !describesPlace(s, c, figure) && !remainsAsCopula(s, c) && !partsVerb(c) && !nextCountsVerb(c),
  );
  const found = predicateAfter(s, candidates, figure) ?? nearest(s, candidates, figure, COUNT_ACTIONS, thing ? Infinity : 90) ?? numberOfAction(s, candidates, figure);
  // "deixou 20 feridos", "left 20 injured", "dejó 20 heridos": a verb of leaving before the count and a
  // casualty word right after it leaves the casualties behind; the casualty word says what is counted.
  const actionCue = found?.kind === 'left' && found.end <= figure.start ? (candidates.find((c) => casualtyNounAfter(s, c, figure)) ?? found) : found;
  // "15 feridos e 5 mortos", "3 դիակ": a small count with no noun is read only when a casualty word is
  // its noun, right after it; otherwise a count under SMALL_COUNT names nothing ("two countries … leaving").
  if (!thing && (!actionCue || (figure.value < SMALL_COUNT && !casualtyNounAfter(s, actionCue, figure)))) return null;
  // "hər iki yaralı" (both wounded): a small number after a word of "both" names people already counted.
  if (figure.value < SMALL_COUNT && s.vocab.bothBefore.test(before)) return null;
  let action: Action | null = actionCue?.kind ?? null;
  // "per 2.550 persone i bisogni restano da valutare", "for 2,550 people needs remain to be assessed": a count after a
  // preposition of purpose is whom something is for; what remains is that thing, never the people (lexicon `movement.purpose`).
  if (action === 'remaining' && s.vocab.purposeBefore.test(before)) return null;
  // "what remains of the 100,000 souls whose home Stepanakert was": a count right after "remains of (the)" is the whole
  // something is left of, not the people who stayed.
  if (action === 'remaining' && actionCue && actionCue.end <= figure.start && remainderOf(s, actionCue, figure)) return null;
  // "risultano registrati 101.848 rifugiati arrivati dall'Alto Karabakh", "registered 100,000 refugees arriving from
  // Karabakh": a count registered whose own noun a participle of arriving or leaving follows counts the arrivals.
  if (action === 'registered' && thing === 'refugees' && s.actions.some((c) => c.kind === 'left' && !c.weak && c.start >= figure.end && REFUGEE_NOUN_THEN_VERB.test(s.text.slice(figure.end - s.start, c.start - s.start)))) action = 'left';
  // "The party expelled 300 members": a verb of driving out counts those who left only with a noun of people (lexicon `expelling`).
  if (action === 'left' && actionCue && s.vocab.expellingWhole.test(s.text.slice(actionCue.start - s.start, actionCue.end - s.start)) && !(thing && PEOPLE_THINGS.has(thing))) return null;
  // "назад приехали 14 871 человек", "10,000 arrived back": those who came back, not those who left (lexicon `returning`).
  if (action === 'left' && actionCue && returnsBeside(s, actionCue)) return null;
  if (actionCue && isForecast(s, figure, actionCue)) return null;
  // "200 doctors are working at the hospital in Stepanakert", "50 people applied for visas": verbs of working
  // and applying count the refugees of a programme only when the count is theirs, by its noun or its clause
  // ("512 people among the 100,000 refugees have applied", "2,150 families from Nagorno-Karabakh") (review 22 H1).
  if ((action === 'applied' || action === 'employed') && thing !== 'refugees') {
    const clause = clauseOf(s, figure);
    if (!namesRefugees(s.vocab, clause) && !s.vocab.movementFrom.test(clause)) return null;
  }
  // "Mehr als 100.000 Armenier … aus Berg-Karabach", "1050 Personen, die aus Berg-Karabach nach Armenien
  // einreisten", "we've received 40,000 people": a count of people whose clause has no verb the lexicon
  // knows left when the clause says where they came from or went (lexicon `movement`).
  if (!action && thing && PEOPLE_THINGS.has(thing) && figure.value >= MOVEMENT_MIN && figure.value < COUNTRY_SIZED && !s.vocab.purposeBefore.test(before)) {
    const clause = clauseOf(s, figure);
    // Where they came from alone says who they are, not what they did ("2,000 people from Karabakh protested
    // in Yerevan"): it reads as the exodus only for a count no gathering of them reaches.
    const moved = s.vocab.movementToward.test(clause) || (figure.value >= FROM_ALONE_MIN && s.vocab.movementFrom.test(clause));
    if (moved && !s.vocab.forecast.test(clause)) action = 'left';
  }
  // "3,000 displaced people from Karabakh have left Armenia": leaving Armenia is not the exodus from Karabakh; it is
  // a count of its own (`left_armenia`), which no report gives.
  // Only Karabakh's people: "Since 2020, about 9,000 people have left Armenia for Russia" is emigration, no figure
  // of these events (review 21 M4).
  // "su 2,8 milioni di abitanti dell'Armenia": a count in millions is a country's people, never those who left a region of 120,000.
  if (action === 'left' && figure.value >= COUNTRY_SIZED) return null;
  // "Allein über Nacht seien 2.000 von ihnen eingetroffen", "10,000 crossed in the past 24 hours": one night's or one
  // day's arrivals, which no report counts; never the exodus's total (lexicon `inADay`).
  // ("Des milliers arrivent chaque jour": thousands a day, with no number, stay a count of the exodus.)
  if (action === 'left' && !figure.vague && s.vocab.inADay.test(clauseOf(s, figure))) return 'left_in_a_day';
  if (action === 'left' && leavesArmenia(s, figure)) return thing === 'refugees' || namesRegion(clauseOf(s, figure)) ? 'left_armenia' : null;
  switch (thing) {
    case 'vehicles':
      return action === 'evacuated' ? 'convoy_vehicles' : 'vehicles';
    case 'troops': {
      if (action === 'killed' || action === 'wounded' || action === 'missing') return `${action}:soldiers`;
      // "20 wounded soldiers were transferred", "20 gewonde militairen": a casualty word right after the count,
      // before the noun, says what the soldiers counted are, whatever the verb.
      const casualty = s.actions.find((c) => (c.kind === 'wounded' || c.kind === 'killed') && c.start >= figure.end && /^\s+$/u.test(s.text.slice(figure.end - s.start, c.start - s.start)));
      if (casualty) return `${casualty.kind}:soldiers`;
      if (action === 'left' || action === 'evacuated') return null;
      // "Baku hat … 192 Soldaten verloren", "Azerbaijan lost 192 soldiers": troops lost are the dead.
      if (lostAround(s.vocab, before, after)) return 'killed:soldiers';
      // "a peacekeeping contingent of about 2,000 troops": the phrase the figure completes names whose troops.
      // "rosyjskie oddziały pokojowe, których 2–3 tys. żołnierzy": a relative pronoun after the comma
      // points back to the noun before it, which then names whose troops.
      const clauses = before.split(/[,;:.]/u);
      let head = clauses.pop() ?? '';
      if (clauses.length && s.vocab.relativeStart.test(head)) head = `${clauses.pop()!} ${head}`;
      const pk = s.vocab.things.peacekeepers;
      pk.lastIndex = 0;
      if (pk.test(head.slice(-50))) return 'peacekeepers';
      // Whose troops: Azerbaijan's own are another count than those it says Armenia kept there.
      return /azerbaijan/iu.test(after.slice(0, 30)) ? 'troops:azerbaijani' : 'troops';
    }
    case 'peacekeepers':
      return action === 'killed' || action === 'wounded' ? `${action}:peacekeepers` : 'peacekeepers';
    case 'children':
      return action && ['left', 'killed', 'wounded', 'evacuated'].includes(action) ? `${action}:children` : null;
    case 'civilians':
      if (action === 'killed' || action === 'wounded') return `${action}:civilians`;
      return action ?? null;
    default:
      // "100,514 of the estimated 120,000 ethnic Armenians", "100.000 de los 120.000 habitantes": the whole a part is taken from.
      // Not a whole its own clause says left: "633 out of the more than 100,000 Karabakh Armenians who found shelter".
      if ((thing === 'people' || thing === 'residents') && s.vocab.wholeAfterPart.test(before) && !leavingClauseAfter(s, figure)) return 'population';
      if (action === 'population' && clauseAboutAnotherPlace(s.vocab, before, s.text.slice(figure.end - s.start))) return null;
      // "Goris, cittadina di circa 20.000 abitanti": inhabitants counted right after a town's name or noun are that town's.
      // So are a town's inhabitants whatever verb the sentence has ("Profughi arrivano a Goris, cittadina di 20.000 abitanti").
      // Not a town's residents whose own verb follows them ("the city, after tens of thousands of its residents had fled").
      if ((action === 'population' || (thing === 'residents' && !(actionCue && actionCue.start >= figure.end))) && townsPeople(s, figure, before)) return null;
      // "In dem Land leben 2,8 Millionen Menschen": a population in millions is a country's, never the region's.
      if (action === 'population' && figure.value >= COUNTRY_SIZED) return null;
      if (action) return action;
      if ((thing === 'people' || thing === 'residents') && wholePeopleOfRegion(s, figure, before)) return 'population';
      // "Nagorno-Karabakh had 120,000 people": the region as subject, the count as what it holds.
      if (thing !== 'refugees' && /(?:karabakh|karabagh|artsakh|enclave|region|territory)\s+(?:had|has|numbered)\s+(?:an?\s+|some\s+|about\s+|around\s+|roughly\s+|estimated\s+|approximately\s+){0,2}$/iu.test(before)) return 'population';
      // "had an estimated 120,000 residents", "a region of 120,000 inhabitants"; not "residents feared".
      if (thing === 'residents' && s.vocab.holdingBefore.test(before)) return aboutAnotherPlace(s.vocab, before) ? null : 'population';
      if (thing === 'refugees') return 'left';
      return null;
  }
}

/**
 * "a large share of the 120,000 ethnic Armenians in the region fear what lies ahead", "les 120 000 habitants du
 * Haut-Karabakh": a definite count of the people (not families, men, citizens) whose noun is followed right away by
 * the region, governed by no verb of leaving, dying or staying, is the whole group, the region's population (lexicon
 * `wholePeople`). Not below tens of thousands ("the 300 Armenians in the region" are some of them), nor where the
 * region's word goes on to another place ("in the region's capital", "in the region of Tavush", "in der Region Sjunik",
 * "Karabakhis in Yerevan's hotels") or a relative clause picks some of them out (review of stop 41: 22 such sentences).
 */
function wholePeopleOfRegion(s: SentenceCues, figure: Figure, before: string): boolean {
  if (figure.value < WHOLE_PEOPLE_FLOOR || !s.vocab.wholePeopleBefore.test(before)) return false;
  const after = s.text.slice(figure.end - s.start, figure.end - s.start + WHOLE_PEOPLE_REACH);
  const m = s.vocab.wholePeopleAfter.exec(after);
  if (!m) return false;
  // Not where a name follows the region's word ("in der Region Sjunik": another region), nor a relative clause
  // that picks some of them out ("the 15,000 residents in the region who hold Russian passports").
  const rest = after.slice(m[0].length);
  return !/^\s+\p{Lu}/u.test(rest) && !s.vocab.relativeStart.test(rest.replace(/^\s*,/u, ''));
}

/** Whether the part of the sentence a figure stands in (between semicolons) names the region, Armenia or Azerbaijan. */
function partNamesTheParties(s: SentenceCues, figure: Figure): boolean {
  const at = figure.start - s.start;
  const from = s.text.lastIndexOf(';', at) + 1;
  const end = s.text.indexOf(';', at);
  return namesTheParties(s.text.slice(from, end < 0 ? s.text.length : end), s.vocab);
}
/** Whether a text names the region, Armenia or Azerbaijan. */
function namesTheParties(text: string, vocab: Vocabulary): boolean {
  vocab.countryNames.lastIndex = 0;
  return namesRegion(text) || vocab.countryNames.test(text);
}

/** How far before a preposition of purpose its noun of housing may stand: the noun and an adjective or two ("sistemazioni provvisorie per"). */
const PURPOSE_NOUN_REACH = 40;

/**
 * Whether a count stands right after a preposition of purpose or of giving (lexicon `movement.purpose`, `givenTo`) that
 * completes a word of housing (`actions.housed`), in its clause: "housing for 30,000 refugees", "alojamiento para 5.000
 * desplazados", "ha dato un alloggio temporaneo a 32.200 sfollati".
 */
function housingFor(s: SentenceCues, figure: Figure, before: string): boolean {
  if (!s.vocab.purposeBefore.test(before) && !s.vocab.givenToBefore.test(before)) return false;
  return s.actions.some((c) => c.kind === 'housed' && !c.weak && c.end <= figure.start && figure.start - c.end <= PURPOSE_NOUN_REACH && !/[.,;:!?()]/u.test(s.text.slice(c.end - s.start, figure.start - s.start)));
}

/**
 * The span (in days) of the exodus a sentence may give: it ran from 24 September to the first days of
 * October, so its reports give it in days and weeks ("in the last nine days", "within two weeks");
 * a longer span beside a verb of leaving is another period ("fled after nine months of blockade").
 */
const EXODUS_SPAN_MAX = 31;
/**
 * The shortest span read as the exodus's: "in the past 24 hours", "over two days" beside a count of
 * arrivals is the window of a daily tally, not how long the exodus took.
 */
const EXODUS_SPAN_MIN = 3;
/** How far (in characters) from the span the verb of leaving of its clause may stand ("Yaklaşık 10 günde Karabağ'dan 100 bin 514 sivil … göç ederken"). */
const EXODUS_SPAN_REACH = 90;

/**
 * "100,000 fled to Armenia in the last nine days", "за эти три дня выехала треть всего населения",
 * "una settimana difficile in cui 100.000 persone sono fuggite": a span of days or weeks in the clause
 * of a verb of leaving (no full stop, colon or semicolon between) is how long the exodus (so far) took.
 * Not a span a word of time opens ("after three days of shelling, they fled", "since two weeks"):
 * that span is of another event, before or after the leaving.
 */
function exodusSpan(s: SentenceCues, figure: Figure, before: string): boolean {
  // "In a few days, more than 100,000 fled": a vague span is held to its upper end, the only one it reaches the minimum by.
  if ((figure.vague ? figure.high : figure.low) < EXODUS_SPAN_MIN || figure.high > EXODUS_SPAN_MAX) return false;
  if (opensTime(s.vocab, before)) return false;
  const verb = s.actions.some((c) => {
    if (c.kind !== 'left' || c.weak) return false;
    const between = c.end <= figure.start ? s.text.slice(c.end - s.start, figure.start - s.start) : c.start >= figure.end ? s.text.slice(figure.end - s.start, c.start - s.start) : null;
    // A relative pronoun between opens another clause: "for ten days, 500 families who fled have slept in
    // a gym" gives how long they slept, not how long the exodus took (review 17, M1).
    return between !== null && between.length <= EXODUS_SPAN_REACH && !endsClause(between) && !s.vocab.relativeAny.test(between);
  });
  return verb && countsWhoLeft(s, figure);
}

/**
 * A word of time opens the span ("since two weeks", "desde hace cinco días"), not one that only says where people came
 * from: "llegaron desde Artsaj en los últimos cinco días" (Spanish "desde" is both "since" and "from").
 */
function opensTime(vocab: Vocabulary, before: string): boolean {
  const m = vocab.timeWordBefore.exec(before);
  return m !== null && !namesRegion(m[0].replace(/^\S+\s+/u, '').split(/\s+/u)[0] ?? '');
}

/** At most this many words of a share's own phrase after it: "almost all of them ethnic Armenians". */
const MAKE_UP_WORDS = 4;
const MAKE_UP_PHRASE = new RegExp(String.raw`^((?:\s+[\p{L}\p{M}'’-]+){1,${MAKE_UP_WORDS}})\s*(?:[,;.!?)—–]|$)`, 'u');

/**
 * A share in apposition, a comma before it and its phrase closed by punctuation, whose words name the Armenian side and
 * hold no word of the lexicon's actions: the make-up of the people just named ("almost all of them Armenians", "99% of
 * them ethnic Armenians"). "Almost all Armenians, fearing reprisals, fled" opens its sentence and is a share who left.
 */
function describesMakeUp(s: SentenceCues, figure: Figure, before: string): boolean {
  if (!/,\s*$/u.test(before)) return false;
  const m = MAKE_UP_PHRASE.exec(s.text.slice(figure.end - s.start, figure.end - s.start + 80));
  if (!m) return false;
  const end = figure.end + m[1]!.length;
  if (s.actions.some((c) => c.start >= figure.end && c.start < end)) return false;
  return s.vocab.sides.armenian.test(m[1]!);
}

/** The sentence names the region (by name or by a word for it) or the Armenian side: whose rule a verb of ruling speaks of. */
function namesTheRuled(s: SentenceCues): boolean {
  const names = s.vocab.countryNames;
  names.lastIndex = 0;
  let region = false;
  for (let m = names.exec(s.text); m && !region; m = names.exec(s.text)) region = m[2] !== undefined;
  names.lastIndex = 0;
  return region || namesRegion(s.text) || s.vocab.sides.armenian.test(s.text);
}

/** A full stop, colon, semicolon or bracket ends a clause; a dot or comma inside a number ("90.000") does not. */
function endsClause(text: string): boolean {
  return /[.;:!?()]/u.test(text.replace(/(\d)[.,](?=\d)/gu, '$1'));
}

/**
 * The span's clause also says how many left: a number of its own ("100.000 persone sono fuggite"), a
 * share ("выехала треть", "jedna trzecia … opuściła") or a vague count in words. A span beside a
 * participle that names people ("una ventina di giorni in Armenia per gli sfollati") says how long
 * something else took.
 */
function countsWhoLeft(s: SentenceCues, figure: Figure): boolean {
  const from = figure.start - s.start;
  const to = figure.end - s.start;
  const lead = s.text.slice(Math.max(0, from - EXODUS_SPAN_REACH), from);
  const tail = s.text.slice(to, to + EXODUS_SPAN_REACH);
  const clause = `${lead.slice(lead.search(/[^.;:!?]*$/u))} ${tail.slice(0, tail.search(/[.;:!?]|$/u))}`;
  if (/\d/u.test(clause.replace(/(\d)[.,](?=\d)/gu, '$1').replace(/[.;:!?]\s*$/u, ''))) return true;
  const tokens = tokenize(clause);
  const v = s.vocab;
  return tokens.some((_, i) => v.fractions.matchAt(tokens, i) !== null || v.allShares.matchAt(tokens, i) !== null || v.mostShares.matchAt(tokens, i) !== null || v.vague.matchAt(tokens, i) !== null);
}

/** The nouns a population may count (or none): a count of refugees, troops or vehicles is never the population. */
const INHABITANT_THINGS = new Set<Thing | null>([null, 'people', 'residents', 'civilians']);

/**
 * How far before a verb of lasting the journey's noun, its subject, is looked for: past the places and an aside of the
 * distance ("El viaje de Stepanakert a Goris, de 80 kilómetros, duró").
 */
const JOURNEY_SUBJECT_REACH = 60;

/** True when a strong word of the journey stands within JOURNEY_SUBJECT_REACH before a verb, with no word of the war between. */
function journeyIsSubject(s: SentenceCues, verb: Cue<Action>): boolean {
  const journey = s.actions.filter((c) => c.kind === 'journey' && !c.weak && c.end <= verb.start).pop();
  return journey !== undefined && verb.start - journey.end <= JOURNEY_SUBJECT_REACH && !s.actions.some((c) => c.kind === 'war' && c.start >= journey.end && c.end <= verb.start);
}

/** True when only a word of "of" and its article stand between a verb of remaining and the count: "remains of the 100,000". */
function remainderOf(s: SentenceCues, cue: Cue<Action>, figure: Figure): boolean {
  const between = s.text.slice(cue.end - s.start, figure.start - s.start);
  return between.trim().split(/\s+/u).length <= 2 && s.vocab.wholeBefore.test(between);
}

/**
 * True when a cue stands inside an aside that opens with a comma after the figure and closes with the next comma, and
 * a verb of another kind follows the closing comma: one comma between the figure and the cue, one between the cue and
 * that verb.
 */
function insideAside(s: SentenceCues, figure: Figure, cue: Cue<Action>): boolean {
  const commas = (from: number, to: number) => s.text.slice(from - s.start, to - s.start).match(/,\s/gu)?.length ?? 0;
  if (commas(figure.end, cue.start) !== 1) return false;
  const next = s.actions.find((o) => o.kind !== cue.kind && !o.weak && o.start >= cue.end);
  return next !== undefined && commas(cue.end, next.start) === 1 && !/[;:]/u.test(s.text.slice(figure.end - s.start, next.start - s.start));
}

/** "200 morti", "migliaia di feriti", "thousands of wounded": a cue right after a number, or a vague one, and at most a short linking word. */
function nounOfACount(s: SentenceCues, c: Cue<Action>): boolean {
  const tokens = tokenize(s.text.slice(Math.max(0, c.start - s.start - NOUN_OF_COUNT_REACH), c.start - s.start));
  let end = tokens.length;
  const last = tokens[end - 1];
  if (last?.kind === 'word' && last.lower.length <= LINK_WORD_MAX && !s.vocab.vague.has(last.lower)) end--;
  const prev = tokens[end - 1];
  return prev !== undefined && (prev.kind === 'number' || s.vocab.vague.matchBefore(tokens, end) !== null);
}
/** How far before a cue its count is looked for, and the longest linking word between ("di", "of", "des"). */
const NOUN_OF_COUNT_REACH = 40;
const LINK_WORD_MAX = 3;
/** How many words may stand between a count and its own noun ("migliaia di rifugiati"). */
const OWN_NOUN_WORDS = 2;

/** How far (in characters) after "almost all" the noun naming whose whole it is is looked for ("nahezu alle der geschätzt 120.000 armenischen Einwohner"). */
const WHOLE_NOUN_REACH = 60;

/**
 * True when a verb of living (a population's), or a semicolon, stands between a share and the verb of leaving after
 * it. Not a verb of living inside a relative clause, which describes the people ("80% of the Armenians who lived
 * there have fled").
 */
function livedBeforeLeaving(s: SentenceCues, figure: Figure, cue: Cue<Action>): boolean {
  if (s.text.slice(figure.end - s.start, cue.start - s.start).includes(';')) return true;
  // (To the verb's end: a verb phrase of living may open with its pronoun, "who lived there".)
  // Not a verb inside an aside set off by commas: "Más de la mitad de la población de Nagorno Karabaj, un territorio …
  // habitado por armenios, ya ha dejado sus casas" describes the territory; the share left.
  // (A comma that separates words, not thousands: "the republic's 100,000-some population lived there" is no aside.)
  const aside = (c: Cue<Action>) => /,\s/u.test(s.text.slice(figure.end - s.start, c.start - s.start)) && /,\s/u.test(s.text.slice(c.end - s.start, cue.start - s.start));
  return s.actions.some((c) => c.kind === 'population' && !c.weak && c.start >= figure.end && c.end <= cue.start && !aside(c) && !s.vocab.relativeAny.test(s.text.slice(figure.end - s.start, c.end - s.start)));
}

/** True when the words between "most" and its verb of leaving name the inhabitants, the population or the Armenians. */
function mostOfTheRegionsPeople(s: SentenceCues, figure: Figure, cue: Cue<Action>): boolean {
  const to = cue.start >= figure.end ? cue.start : figure.end + WHOLE_NOUN_REACH;
  const words = s.text.slice(figure.end - s.start, to - s.start);
  const residents = s.vocab.things.residents;
  residents.lastIndex = 0;
  const named = residents.test(words) || s.vocab.sides.armenian.test(words);
  residents.lastIndex = 0;
  return named || s.actions.some((c) => c.kind === 'population' && c.start >= figure.end && c.end <= to);
}

/** How far before a whole's "of" its part is looked for: "plus de 80% des", "70,000 of the". */
const WHOLE_PART_REACH = 24;

/** "most of", "la maggior parte": a share of more than half written as words (lexicon `mostShares`). */
function isMostInWords(figure: Figure): boolean {
  return figure.most === true;
}

/** "almost all", "nahezu alle": a share of 100 written without a digit (lexicon `allShares`). */
function isWholeInWords(s: SentenceCues, figure: Figure): boolean {
  return figure.value === 100 && !/\d/u.test(s.text.slice(figure.start - s.start, figure.end - s.start));
}

/**
 * At most this many words, from the whole's first word, stand before the noun of whose whole it is:
 * "Nearly all of Karabakh's estimated 120,000 residents", "nahezu alle der geschätzt 120.000 armenischen
 * Einwohner", "almost the entire population"; not "Almost all of the hotels in Goris are full of people".
 */
const WHOLE_NOUN_WORDS = 7;

/**
 * Where a lexicon's (global) noun pattern first matches in a text, or Infinity: read from the start, and left at the
 * start for its next user.
 */
function firstIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const at = re.exec(text)?.index ?? Infinity;
  re.lastIndex = 0;
  return at;
}

/** A mark that ends a noun phrase: not a comma or point inside a number ("of the 100,000 or so refugees"). */
const CLAUSE_MARK = /(?<!\d)[,.](?!\d)|[,.](?=\s)|[;:!?]/u;

/** The first noun of a whole and the words after it name the region's people or population, not refugees, hotels or another group. */
function wholeOfInhabitants(s: SentenceCues, figure: Figure): boolean {
  const from = figure.start - s.start;
  const words = s.text.slice(from, figure.end - s.start + WHOLE_NOUN_REACH).split(CLAUSE_MARK)[0]!;
  const first = (re: RegExp) => firstIndex(re, words);
  const population = s.actions.find((c) => c.kind === 'population' && c.start >= figure.start)?.start;
  const noun = Math.min(first(s.vocab.things.people), first(s.vocab.things.residents), population === undefined ? Infinity : population - figure.start);
  if (noun === Infinity || first(s.vocab.things.refugees) < noun) return false;
  return words.slice(0, noun).split(/\s+/u).filter(Boolean).length <= WHOLE_NOUN_WORDS;
}

/** At most this many words stand between a relative pronoun after a share and the verb of leaving it opens ("of those who had fled"). */
const MOVERS_RELATIVE_WORDS = 2;

/**
 * True when the whole a share is of is the people who left: a noun of refugees before any noun of the region's
 * people ("more than half of the refugees", "60% of the displaced"), or a relative clause of leaving right after
 * it ("half of those who fled", "la mitad de los que huyeron").
 */
export function shareOfMovers(s: SentenceCues, figure: Figure): boolean {
  const from = figure.end - s.start;
  const words = s.text.slice(from, from + WHOLE_NOUN_REACH).split(CLAUSE_MARK)[0]!;
  const first = (re: RegExp) => firstIndex(re, words);
  const population = s.actions.find((c) => c.kind === 'population' && c.start >= figure.end)?.start;
  const inhabitants = Math.min(first(s.vocab.things.people), first(s.vocab.things.residents), population === undefined ? Infinity : population - figure.end);
  const refugees = first(s.vocab.things.refugees);
  if (refugees < inhabitants && words.slice(0, refugees).split(/\s+/u).filter(Boolean).length <= WHOLE_NOUN_WORDS) return true;
  return leavingClauseAfter(s, figure, words);
}

/**
 * True when a relative clause of leaving opens within a few words after a figure ("those who fled", "Karabakh
 * Armenians who found shelter in Armenia"): the people the figure stands for are the ones who left.
 */
function leavingClauseAfter(s: SentenceCues, figure: Figure, words = s.text.slice(figure.end - s.start, figure.end - s.start + WHOLE_NOUN_REACH).split(CLAUSE_MARK)[0]!): boolean {
  const relative = s.vocab.relativeAfter.exec(words);
  if (!relative) return false;
  // From the pronoun itself: a verb phrase may begin with it ("who left").
  const pronoun = figure.end + relative[0].trimEnd().search(/[\p{L}-]+$/u);
  const opened = figure.end + relative[0].length;
  // The clause's own verb must be the leaving: "la maggior parte degli armeni che vivevano nell'enclave se n'è andata"
  // opens a clause of living, and the leaving after it is the main clause's.
  const ownVerb = (c: Cue<Action>) => !s.actions.some((o) => o !== c && o.kind !== 'left' && !o.weak && o.start >= pronoun && o.end <= c.start);
  return s.actions.some((c) => c.kind === 'left' && c.start >= pronoun && (c.start <= opened || s.text.slice(opened - s.start, c.start - s.start).split(/\s+/u).filter(Boolean).length <= MOVERS_RELATIVE_WORDS) && ownVerb(c));
}

/** The people a movement out of the region is read for, when their clause has no verb of its own. */
const PEOPLE_THINGS = new Set<Thing>(['people', 'residents', 'refugees', 'civilians', 'children']);
/**
 * The least count read as a movement with no verb: below it, people "from Karabakh" are one group (the
 * wounded one ambulance brought, a bus, a village), not the exodus's running total, which the reports
 * give in thousands from its first day on.
 */
const MOVEMENT_MIN = 1000;
/**
 * The least count of people "from Karabakh" read as the exodus when the clause names no destination or
 * verb of taking them in: a protest, a concert or a town's intake counts thousands of them; only the
 * exodus itself counts tens of thousands (the reports' first-day count was 6,650, their last 100,417).
 */
const FROM_ALONE_MIN = 50_000;
/** How far (in characters) either side of a count its clause is read for where the people went: a clause, not the sentence. */
const MOVEMENT_REACH = 100;

/**
 * The clause a count stands in, up to MOVEMENT_REACH either side: from the last comma, semicolon,
 * colon or clause-joining word before it to the first after it. A comma that opens a relative clause
 * does not end it: "1050 Personen, die aus Berg-Karabach nach Armenien einreisten" describes the people.
 */
function clauseOf(s: SentenceCues, figure: Figure): string {
  let before = s.text.slice(Math.max(0, figure.start - s.start - MOVEMENT_REACH), figure.start - s.start);
  before = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const joins = s.vocab.clauseJoinAll;
  joins.lastIndex = 0;
  let lastJoin = -1;
  for (let m = joins.exec(before); m; m = joins.exec(before)) lastJoin = m.index + m[0].length;
  if (lastJoin >= 0) before = before.slice(lastJoin);
  let after = s.text.slice(figure.end - s.start, figure.end - s.start + MOVEMENT_REACH);
  // A separator of thousands ("100,000", "3.000") ends no clause.
  const stop = after.search(/[;:!?()]|\.(?!\d)/u);
  if (stop >= 0) after = after.slice(0, stop);
  const comma = after.search(/,(?!\d)/u);
  if (comma >= 0) {
    const rest = after.slice(comma + 1);
    const next = rest.search(/,(?!\d)/u);
    after = s.vocab.relativeStart.test(rest) ? after.slice(0, comma + 1 + (next >= 0 ? next : rest.length)) : after.slice(0, comma);
  }
  const join = s.vocab.clauseJoin.exec(after);
  if (join) after = after.slice(0, join.index);
  return `${before} # ${after}`;
}

// A verb of leaving (not of arriving or crossing: "entered Armenia" is the exodus) in each language.

/** True when a "remains" cue is the copula of "the number of X remains N", not people who stayed. */
function remainsAsCopula(s: SentenceCues, c: Cue<Action>): boolean {
  // "The number of wounded remains 290": after "the number of …", "remains" only links the count to its noun (lexicon `countOf`).
  return c.kind === 'remaining' && s.vocab.countOfBefore.test(s.text.slice(Math.max(0, c.start - s.start - 40), c.start - s.start));
}

// The noun of an appositive that describes a place: "Nagorno-Karabakh, a region primarily inhabited by Armenians,".
const PLACE_NOUN = /(?<![\p{L}])(?:region|area|territory|enclave|région|territoire|regione|territorio|región|região|território|gebiet|region|regio|gebied|регион\p{L}*|территори\p{L}*|obszar\p{L}*|oblast\p{L}*|bölge\p{L}*|ərazi\p{L}*)(?![\p{L}])/iu;

/**
 * True when a population word before the figure stands in an appositive that describes a place and
 * is closed by a comma before the figure: "the death toll in Nagorno-Karabakh, a region primarily
 * inhabited by Armenians, climbed to 68" counts the dead, not the inhabitants.
 */
function describesPlace(s: SentenceCues, c: Cue<Action>, figure: Figure): boolean {
  if (c.kind !== 'population' || c.end > figure.start) return false;
  const before = s.text.slice(0, c.start - s.start);
  const opened = before.lastIndexOf(',');
  if (opened < 0 || !PLACE_NOUN.test(before.slice(opened))) return false;
  return s.text.slice(c.end - s.start, figure.start - s.start).includes(',');
}

/** A verb a few words before a figure with no mark of another clause between: "uprchlo z Karabachu devadesát procent". */
function predicateRightBefore(s: SentenceCues, c: Cue<Action>, figure: Figure): boolean {
  const gap = s.text.slice(c.end - s.start, figure.start - s.start);
  return !/[,;:.!?()\d]/u.test(gap) && wordsIn(gap) <= LEAVE_BEFORE_WORDS;
}

/** How far after a count (in characters) its verb of leaving may stand ("3,000 displaced people from Karabakh have left Armenia"). */
const LEAVE_REACH = 80;

/** True when a verb of leaving beside the figure has Armenia as its object: people leaving Armenia, not Karabakh. */
function leavesArmenia(s: SentenceCues, figure: Figure): boolean {
  return leaveVerbWordAfter(s, figure) || leaveVerbBefore(s, figure) || s.actions.some((c) => {
    if (c.kind !== 'left' || c.start < figure.end || c.start - figure.end > LEAVE_REACH) return false;
    // In the count's own clause: "Meer dan 100.000 mensen vluchtten …; 1.500 gezinnen verlieten Armenië" leaves
    // Armenia with the 1,500, not the 100,000 (review 21 H1). No clause mark and no other number between.
    if (/[;:.!?\d]/u.test(s.text.slice(figure.end - s.start, c.start - s.start))) return false;
    const left = placeLeft(s, c);
    return left === 'armenia' || (left === 'country' && refugeesLeaveTheCountry(s, figure.end, c.start));
  });
}

/**
 * What a verb of leaving has as its object: Armenia by name, "the country" (Armenia only for people already out
 * of the region: the caller decides), or neither. The verb's own word may stand first in its phrase: "tərk edib",
 * "terk etti" (leaving-make).
 */
function placeLeft(s: SentenceCues, c: Cue<Action>): 'armenia' | 'country' | null {
  const words = s.text.slice(c.start - s.start, c.end - s.start).split(/\s+/u);
  if (!words.some((w) => s.vocab.leaveVerb.test(w))) return null;
  const after = s.text.slice(c.end - s.start, c.end - s.start + 40);
  const before = s.text.slice(Math.max(0, c.start - s.start - 30), c.start - s.start);
  if (s.vocab.armeniaLeftAfter.test(after) || s.vocab.armeniaLeftBefore.test(before)) return 'armenia';
  return s.vocab.countryLeftAfter.test(after) || s.vocab.countryLeftBefore.test(before) ? 'country' : null;
}

// How far before and after a verb its word of return is looked for: the word itself and its spaces.
const RETURN_REACH = 20;

/** True when a word of coming back stands right beside a verb of leaving or arriving, and is not "ago" ("два дня назад"). */
function returnsBeside(s: SentenceCues, cue: { start: number; end: number }): boolean {
  const before = s.text.slice(Math.max(0, cue.start - s.start - RETURN_REACH), cue.start - s.start);
  const after = s.text.slice(cue.end - s.start, cue.end - s.start + RETURN_REACH);
  return (s.vocab.returningBefore.test(before) && !s.vocab.agoReturningBefore.test(s.text.slice(Math.max(0, cue.start - s.start - 2 * RETURN_REACH), cue.start - s.start))) || s.vocab.returningAfter.test(after);
}

// How many words may stand between a verb of leaving and the count after it ("покинули страну более 26 397").
const LEAVE_BEFORE_WORDS = 3;
// How far after the count its own noun phrase is read for the people it counts, in characters.
const COUNTED_NOUN_CHARS = 60;

/**
 * A verb of leaving right before the count, the order of "страну покинули 26 397 насильственно перемещённых жителей
 * Арцаха" (the country [Armenia] was left by 26,397 forcibly displaced people of Artsakh): Armenia as its object, or
 * "the country" with the count's own noun naming refugees, who are already out of the region.
 */
function leaveVerbBefore(s: SentenceCues, figure: Figure): boolean {
  return s.actions.some((c) => {
    if (c.kind !== 'left' || c.end > figure.start) return false;
    const gap = s.text.slice(c.end - s.start, figure.start - s.start);
    if (/[,;:.!?()\d]/u.test(gap) || wordsIn(gap) > LEAVE_BEFORE_WORDS) return false;
    const left = placeLeft(s, c);
    if (left !== 'country') return left === 'armenia';
    const noun = s.text.slice(figure.end - s.start, figure.end - s.start + COUNTED_NOUN_CHARS);
    return namesRefugees(s.vocab, noun.slice(0, noun.search(/[,;:.!?()]|$/u)));
  });
}

/**
 * "10,000 refugees from Nagorno-Karabakh have already left the country": people the count's own words call
 * refugees are out of the region; the country they leave is Armenia, where they are.
 */
function refugeesLeaveTheCountry(s: SentenceCues, from: number, verb: number): boolean {
  return namesRefugees(s.vocab, s.text.slice(from - s.start, verb - s.start));
}

/** A word, as a run of letters (global: read word by word, without `matchAll`'s copy of the expression per call). */
const WORD_RUN = /[\p{L}\p{M}]+/gu;

/**
 * A verb of leaving written as one word in the count's own clause after it, with Armenia as its object: "1,500 of
 * them have since left Armenia for Russia". The lexicon's cues of leaving are phrases ("have left", "left the"), so
 * a bare "left" after an adverb is no cue, and the sentence's other verb ("fled") was read instead (review 21 L1).
 */
function leaveVerbWordAfter(s: SentenceCues, figure: Figure): boolean {
  const from = figure.end - s.start;
  // "10,000 of the 100,000 who fled … left Armenia": a whole's verb is its part's, not its own (review 22 H2).
  if (s.vocab.wholeBefore.test(s.text.slice(Math.max(0, figure.start - s.start - 30), figure.start - s.start))) return false;
  let tail = s.text.slice(from, from + LEAVE_REACH);
  // The count's own clause: no clause mark, comma, joining word, relative pronoun or other number between
  // ("100,000 arrived …, and hardly any left Armenia"; "100,000 who fled … left Armenia") (review 22 H2).
  const stop = tail.search(/[,;:.!?\d]/u);
  if (stop >= 0) tail = tail.slice(0, stop);
  const join = s.vocab.clauseJoin.exec(tail);
  if (join) tail = tail.slice(0, join.index);
  const relative = s.vocab.relativeAny.exec(tail);
  if (relative) tail = tail.slice(0, relative.index);
  const words = WORD_RUN;
  words.lastIndex = 0;
  for (let m = words.exec(tail); m; m = words.exec(tail)) {
    if (!s.vocab.leaveVerb.test(m[0])) continue;
    const at = from + m.index + m[0].length;
    const after = s.text.slice(at, at + 40);
    if (s.vocab.armeniaLeftAfter.test(after)) return true;
    if (s.vocab.countryLeftAfter.test(after) && refugeesLeaveTheCountry(s, figure.end, s.start + from + m.index)) return true;
  }
  return false;
}

/** How far after a count (in characters) the verb of its own clause stands where the verb comes last. */
const PREDICATE_REACH = 40;

/**
 * Where the verb comes last (Turkish, Azerbaijani, Armenian), the verb right after a count in its own
 * clause says what it counts, not the participle before it that describes the people: "բռնի
 * տեղահանված 99 342 մարդ արդեն հաշվառվել է" (99,342 forcibly displaced people have been registered).
 */
function predicateAfter(s: SentenceCues, cues: Cue<Action>[], figure: Figure): Cue<Action> | null {
  if (!s.vocab.verbFinal || figure.unit !== 'count') return null;
  for (const c of cues) {
    if (c.weak || c.start < figure.end || c.start - figure.end > PREDICATE_REACH) continue;
    if (!(COUNT_ACTIONS as readonly string[]).includes(c.kind)) continue;
    if (/[,;:.]|\s(?:ve|və|և|ու)\s/u.test(s.text.slice(figure.end - s.start, c.start - s.start))) return null;
    return c;
  }
  return null;
}

// The sentence names both what began and what ended: "laid down arms a day after the offensive began".
/**
 * The sentence names the end of the fighting (a surrender, a ceasefire) past the word that places the
 * span in time, within DATE_CUE_REACH, as what happened then: not as that word's object ("a day after
 * the ceasefire" places something after the end; at most one short word, an article, stands between).
 */
function endsLater(s: SentenceCues, figure: Figure): boolean {
  const placing = figure.later ? null : s.vocab.spanPlacesInTime.exec(s.text.slice(figure.end - s.start, figure.end - s.start + 14));
  if (!placing && !figure.later) return false;
  // "the next day" holds its placing word: what ends may follow it at once ("На следующий день стороны договорились о прекращении огня").
  const from = figure.end + (placing ? placing[0].length : 0);
  // "a day after the surrender" places the day by the surrender: the end is the placing word's object. A verb right
  // after "the next day" is what happened on it ("Tags darauf kapitulierten die Separatisten").
  const object = (between: string) => PLACING_OBJECT.test(between) && !(figure.later && between.trim() === '');
  return s.dates.some((c) => c.kind === 'end' && !c.weak && c.start >= from && c.start - from <= DATE_CUE_REACH && !object(s.text.slice(from - s.start, c.start - s.start)));
}
/** What stands between "after" and its object: nothing, or one short word ("the", "la", "de"). */
const PLACING_OBJECT = /^\s*(?:[\p{L}]{1,4}\s+)?$/u;

/** How far before a verb of lasting its subject, a visit's noun, is looked for ("The UN mission's visit "). */
const VISIT_SUBJECT_REACH = 30;

/** A word of a visit or mission stands nearer the figure than any word of leaving (lexicon `visits`, `actions.left`). */
const visitsAll = perVocabulary((v) => new RegExp(v.visits.source, 'giu'));
function visitNearer(s: SentenceCues, figure: Figure): boolean {
  const all = visitsAll(s.vocab);
  const gap = (start: number, end: number) => (end <= figure.start ? figure.start - end : start >= figure.end ? start - figure.end : 0);
  let visit = Infinity;
  all.lastIndex = 0;
  for (let m = all.exec(s.text); m; m = all.exec(s.text)) visit = Math.min(visit, gap(s.start + m.index, s.start + m.index + m[0].length));
  const leaving = Math.min(Infinity, ...s.actions.filter((c) => c.kind === 'left').map((c) => gap(c.start, c.end)));
  return visit < leaving;
}

/** How far before a noun its word of cause is looked for: the word, an article and an adjective ("wegen der militärischen "). */
const CAUSE_REACH = 40;

/** A word of cause stands right before the cue, an article and an adjective at most between (lexicon `because`). */
function isCause(s: SentenceCues, cue: { start: number }): boolean {
  return s.vocab.causeBefore.test(s.text.slice(Math.max(0, cue.start - s.start - CAUSE_REACH), cue.start - s.start));
}

/** Two decades in days: a vague span ago this long or longer, beside a word of conflict, is the conflict's length. */
const DECADES_AGO_MIN = 2 * 10 * 365;

/** The most characters from a span to the noun of founding its placing word governs ("ans après sa fondation"). */
const FOUNDING_REACH = 30;
/** The placing word, then at most two short words (its "of" and a possessive: "its", "sa", "seiner", "de su", "da sua"), then the noun. */
const PLACING_THEN_NOUN = /^\s*(?:[\p{L}]{1,6}['’]?\s*){0,2}$/u;

// A noun of a state's existence or founding (lexicon `existence`) right after the span's placing word, in a sentence
// that names the state.
function afterItsFounding(s: SentenceCues, figure: Figure): boolean {
  const after = s.text.slice(figure.end - s.start, figure.end - s.start + FOUNDING_REACH);
  const placing = s.vocab.spanPlacesInTime.exec(after);
  if (!placing) return false;
  const from = figure.end + placing[0].length;
  return s.actions.some((c) => c.kind === 'war' && c.start >= from && c.start - figure.end <= FOUNDING_REACH && PLACING_THEN_NOUN.test(s.text.slice(from - s.start, c.start - s.start)) && s.vocab.existenceWhole.test(s.text.slice(c.start - s.start, c.end - s.start))) && s.vocab.existenceStates.test(s.text);
}

/** The span's placing word ends its phrase: a comma right after it ("A week earlier, …", "Einen Tag später, …"). */
function placesFromBefore(s: SentenceCues, figure: Figure): boolean {
  const after = s.text.slice(figure.end - s.start, figure.end - s.start + 16);
  // "The next day, the separatists surrendered": the placing word is the figure's own.
  if (figure.later) return /^\s*,/u.test(after);
  const placing = s.vocab.spanPlacesInTime.exec(after);
  return placing !== null && /^\s*,/u.test(after.slice(placing.index + placing[0].length));
}

function startsAndEnds(s: SentenceCues): boolean {
  return s.dates.some((c) => c.kind === 'start') && s.dates.some((c) => c.kind === 'end');
}

// Scanning ~200 phrases at every offset of the words before each figure is costly; the word right
// before the figure must first end one of them.
const WORD_CHAR = /[\p{L}\p{M}'’]/u;
function isProjection(v: Vocabulary, before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  let i = trimmed.length;
  while (i > 0 && WORD_CHAR.test(trimmed[i - 1]!)) i--;
  return i < trimmed.length && v.projectionLastWord.test(trimmed.slice(i)) && v.projection.test(before.slice(-60));
}

/**
 * True when a verb after the figure opens a relative clause on another count after it (a number, then a relative
 * pronoun right before the verb): "only 633 out of the more than 100,000 Armenians who found shelter", "most of some
 * 105,000 Karabakh Armenians who fled". The verb describes that whole, not the figure.
 */
function opensRelativeOnWhole(s: SentenceCues, figure: Figure, c: Cue<Action>, tight = false): boolean {
  if (c.start < figure.end) return false;
  const between = s.text.slice(figure.end - s.start, c.start - s.start);
  const whole = between.search(/\d[^\d]*$/u);
  const opening = whole >= 0 ? (tight ? RELATIVE_TIGHT_BEFORE : RELATIVE_RIGHT_BEFORE).exec(between.slice(whole)) : null;
  return opening !== null && s.vocab.relativeAny.test(opening[0]);
}

/** The relative pronoun right before a verb, nothing between: "who fled", not German "die Region verlassen", whose "die" is an article. */
const RELATIVE_TIGHT_BEFORE = /[\p{L}]+\s+$/u;

/** How far (in characters) after a span its placing words are looked for: the longest is " depuis le déclenchement". */
const SPAN_PLACING_REACH = 26;

/** At most this many words stand between a count and the verb of remaining that makes it a task ("150 bodies remain"). */
const TO_DO_WORDS = 3;
/** How far (in characters) after a verb of remaining its task's words are looked for (" por identificar", " to be identified"). */
const TO_DO_REACH = 24;

/** True when a verb of remaining right beside the count is followed by the words of a task ("remain to be identified"). */
function remainsToDo(s: SentenceCues, figure: Figure): boolean {
  return s.actions.some((c) => {
    if (c.kind !== 'remaining' || !s.vocab.remainsToDoAfter.test(s.text.slice(c.end - s.start, c.end - s.start + TO_DO_REACH))) return false;
    const between = c.end <= figure.start ? s.text.slice(c.end - s.start, figure.start - s.start) : s.text.slice(figure.end - s.start, c.start - s.start);
    // After the verb: past its task's words ("quedan por identificar 150"), a few words on.
    return !/[,;:.!?]/u.test(between) && between.trim().split(/\s+/u).filter(Boolean).length <= TO_DO_WORDS + (c.end <= figure.start ? 3 : 0);
  });
}

/** How far (in characters) before a count the colon that opens its list may stand. */
const LIST_PART_REACH = 80;
/** A count and at most two words of its noun right before a colon: the head of a list of parts. */
const LIST_HEAD = /(?:[\p{L}\p{M}]+\s+)?\d[\d\s\u00a0.,]*\d?(?:\s+[\p{L}\p{M}'’-]+){0,2}\s*:\s*$/u;

/** True when a count stands in a list a colon opens right after a count that is a projection or a target. */
function partOfProjectedList(v: Vocabulary, before: string): boolean {
  const colon = before.lastIndexOf(':');
  if (colon < 0 || before.length - colon > LIST_PART_REACH || /[.;!?]/u.test(before.slice(colon))) return false;
  const head = LIST_HEAD.exec(before.slice(0, colon + 1));
  if (!head) return false;
  // The head count's qualifier ("quelque", "about") may stand between it and the projection's words.
  const upTo = before.slice(0, head.index);
  const number = head[0].search(/\d/u);
  return isProjection(v, upTo + head[0].slice(0, number)) || isProjection(v, upTo);
}

// A modal or "expects" between the figure and its verb, or just before the verb, makes a forecast.
function isForecast(s: SentenceCues, figure: Figure, cue: Cue): boolean {
  if (cue.kind !== 'left' && cue.kind !== 'remaining' && cue.kind !== 'killed') return false;
  const from = Math.min(figure.start, cue.start) - s.start;
  const to = Math.max(figure.end, cue.start) - s.start;
  // The words before both stand in their clause: "everything she could carry, fleeing along with 100,000 others".
  const lead = s.text.slice(Math.max(0, from - 30), from);
  const window = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1) + s.text.slice(from, to);
  // "может составлять от 50 до 1000" estimates the count as it stands; "может составить" forecasts it.
  return s.vocab.forecast.test(window.replace(s.vocab.estimates, ' '));
}
