/**
 * Every language's lexicon, and the engine's vocabulary compiled from them. A text is read with
 * its own language's words and English (quotes, names and wire copy are often English); words
 * of a third language never fire on it, so an Italian "il" or a Turkish "on" is not read on an
 * English page.
 */
import { STEM_LETTER } from '../letters';
import { entries, PhraseTable } from '../phrases';
import { az } from './az';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hy } from './hy';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import type { Action, DateAction, EventWord, LanguageCode, LanguageLexicon, MonthPart, QualifierWord, Thing, UnitWord } from './shape';
import { tr } from './tr';

export type { Action, DateAction, EventWord, LanguageCode, LanguageLexicon, QualifierWord, Thing } from './shape';

/** Every lexicon, by language code. */
export const LEXICONS: Readonly<Record<LanguageCode, LanguageLexicon>> = { en, fr, de, it, es, pt, nl, pl, cs, ru, tr, az, hy };

/** The codes of every language the engine reads. */
export const LANGUAGES = Object.keys(LEXICONS) as LanguageCode[];

/** A unit word read into the engine's base units. */
export type UnitValue = ['km' | 'days' | 'money', number];

/** How far each unit word is from the base unit (kilometres, days). */
export const UNIT_FACTORS: Record<UnitWord, UnitValue> = {
  km: ['km', 1],
  miles: ['km', 1.609344],
  hours: ['days', 1 / 24],
  days: ['days', 1],
  weeks: ['days', 7],
  months: ['days', 30.44],
  years: ['days', 365.25],
  decades: ['days', 3652.5],
  money: ['money', 1],
};

/** The vocabulary of one reading, compiled once per set of languages. */
export interface Vocabulary {
  languages: LanguageCode[];
  qualifiers: PhraseTable<QualifierWord>;
  /** At the end of the text before an "up to" word, a verb of rising or falling to a value (lexicon `risesTo`): the value is exact. */
  risesToBefore: RegExp;
  qualifiersAfter: PhraseTable<QualifierWord>;
  scales: PhraseTable<number>;
  /** Number words that stand alone, English's compound ones aside. */
  numberWords: Map<string, number>;
  vague: PhraseTable<[number, number]>;
  fractions: PhraseTable<number>;
  halvesAfterNumber: PhraseTable<true>;
  ratioLinks: PhraseTable<true>;
  halvesAfterUnit: PhraseTable<true>;
  allShares: PhraseTable<true>;
  mostShares: PhraseTable<true>;
  percent: PhraseTable<true>;
  units: PhraseTable<UnitValue>;
  rangeOpeners: Set<string>;
  /** Words between a span's number and its unit (lexicon `spanAdjectives`). */
  spanAdjectives: Set<string>;
  /** Articles between a qualifier and its number (lexicon `qualifierArticles`). */
  qualifierArticles: Set<string>;
  /** Per cent written before its number (lexicon `percentBefore`). */
  percentBefore: Set<string>;
  unitLinks: Set<string>;
  rangeLinks: Set<string>;
  dayRepeats: Set<string>;
  datePrepositions: Set<string>;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  /** Weekday names that are also written longer with a hyphen (pt "segunda", beside "segunda-feira"): short, they are ordinals as often. */
  weekdayShortForms: Set<string>;
  today: Set<string>;
  yesterday: Set<string>;
  /** "next year", "the end of the year": the year's distance from the page's, and the month if said. */
  relativeYears: PhraseTable<{ offset: number; month?: number }>;
  /** "last month", "в прошлом месяце": a month counted from the page's, by its distance. */
  relativeMonths: PhraseTable<number>;
  monthPartsBefore: PhraseTable<MonthPart>;
  monthWords: Set<string>;
  monthPartsAfter: PhraseTable<MonthPart>;
  /** Words joining a month to its year or a day to its month ("de", "del", "of"). */
  dateLinks: Set<string>;
  /** Decades: phrases before the number, endings on it and words after it (`*` ends a stem). */
  decadesBefore: PhraseTable<true>;
  decadeEndings: string[];
  decadesAfter: string[];
  /** "a few", "several" before a unit of time, as [low, high]. */
  vagueSpans: PhraseTable<[number, number]>;
  nextDay: PhraseTable<true>;
  /** A word of cause, then at most CAUSE_WORDS words (an article, an adjective), at the end of the text: the noun after it is a cause. */
  causeBefore: RegExp;
  thatWar: RegExp;
  incrementBefore: RegExp;
  decadesBare: PhraseTable<true>;
  /** A verb of disputing the region (lexicon `disputing`), anywhere in a text. */
  disputing: RegExp;
  /** Articles that stand for "one" before a unit of time, and the words before them that make a rate. */
  spanArticles: Set<string>;
  spanArticlesNotAfter: Set<string>;
  /** Articles that stand for "one" only right after the given words (lexicon `spanArticles.onlyAfter`). */
  spanArticlesOnlyAfter: Map<string, Set<string>>;
  /** Lexicon `spanSingles`: "single" between "one" and a unit of time. */
  spanSingles: Set<string>;
  /** "last week", "this week": the week's distance from the page's, by phrase (lower case), and their pattern; null when no language names one. */
  relativeWeeks: { pattern: RegExp; offsets: Map<string, number> } | null;
  /** The same phrases read as a date on a page ("the offensive it waged last week"), by their distance from the page's week. */
  relativeWeekPhrases: PhraseTable<number>;
  /**
   * Words around a weekday that date an event by it (lexicon `weekdayDates`), by the words before it (the empty
   * phrase for entries with words after it only, asked at the weekday itself); each with the words after it and
   * its offset (0 up to the page's day, -1 before it), longest words after first.
   */
  weekdayDates: { before: PhraseTable<WeekdayAround[]>; afterOnly: WeekdayAround[] };
  actions: Record<Action, { strong: RegExp; weak?: RegExp }>;
  things: Record<Thing, RegExp>;
  dateCues: Record<DateAction, RegExp>;
  /** Nouns that say what a date marks only right beside it. */
  dateNouns: Record<DateAction, RegExp>;
  /**
   * The text's own language puts its verb last (Turkish, Azerbaijani, Armenian): the verb that says
   * what a date marks stands further after it ("19 Eylül'de … operasyonu başlatmıştı").
   */
  verbFinal: boolean;
  /** Words that put a count on one side. */
  sides: Record<'armenian' | 'azerbaijani', RegExp>;
  /** Words a side keeps for its own dead ("şehit", "şəhid"): a toll in their clause is Azerbaijan's own. */
  ownDead: RegExp;
  /** Verbs of losing ("lost", "потерял"): their subject is the side whose dead a toll counts. */
  losing: RegExp;
  /** Azerbaijan or Baku by name, anywhere in a text ("Azerbaijan lost", "Азербайджан потерял"). */
  azerbaijan: RegExp;
  /** The same, opening an attribution: "the Azerbaijani Defence Ministry", "Baku". */
  azerbaijanFirst: RegExp;
  /** "against" and up to three words after it: the side fought against ("gegen die Separatisten"). */
  againstSide: RegExp;
  /** A relative pronoun up to two words after a count: "85,000 Armenians who …", "20 000 Armenier, die …". */
  relativeAfter: RegExp;
  /** "ago" before a span, up to its hedge ("hace unos", "il y a près de"), tested on the text before the span. */
  agoBefore: RegExp;
  /** "ago" after a span ("fa", "temu", "назад"), tested on the text after it. */
  agoAfter: RegExp;
  /** The end of a word right before a span that makes the "ago" after it "before that" (lexicon `ago.from`): "tədbirlərindən". */
  agoFromBefore: RegExp;
  /** Words right before a span that make it a window reaching back to now ("last", "letzten", "son"). */
  lookingBack: RegExp;
  /** Phrases that point back at a count already given ("that number", "liczba ta"), right before a figure. */
  anaphora: RegExp;
  /**
   * Verbs with a particle standing apart at the end of their clause (lexicon `separable`): each expression
   * matches the verb (group 1) through its particle, and says what the verb is read as.
   */
  separable: Array<{ re: RegExp; action?: Action; marks?: DateAction }>;
  /**
   * Any separable verb at all, without its particle: one test a sentence before the patterns above, most sentences
   * having none; null where no language of the reading has such verbs, so that nothing is scanned for.
   */
  separableVerbs: RegExp | null;
  /** A phrase that restates the count before as a share, right before the share (at most one word between: "das ist deutlich mehr als die Hälfte"). */
  restatesBefore: RegExp;
  /** Armenia's provinces by name, anywhere in a text (global): the places a count is broken down by. */
  provinces: RegExp;
  /** Each event's words as a regular-expression source, alternatives joined. */
  events: Record<EventWord, string>;
  /** The noun "war", singular and counted (lexicon `war`, `warsCounted`), as alternatives for a pattern. */
  war: string;
  /** The verbs of saying alone, without "according to": what a date beside them dates is the saying. */
  sayingVerbs: RegExp;
  /** A verb of starting that is an attack in itself (lexicon `attacks.verbs`), at the start of a cue's words. */
  attackStart: RegExp;
  /** Verbs of paying in the passive (lexicon `payments`): aid only for the refugees. */
  payments: RegExp;
  /** A noun of an attack (lexicon `attacks.nouns`), anywhere in a sentence. */
  attackNoun: RegExp;
  /** Verbs of carrying out an offensive (lexicon `undertakes`). */
  undertakes: RegExp;
  speech: RegExp;
  accordingTo: RegExp;
  denial: RegExp;
  forecast: RegExp;
  /** Modal phrases that estimate a count as it stands (lexicon `estimates`), blanked before `forecast` is looked for (global). */
  estimates: RegExp;
  /** Words right before a figure that make it a projection or a target ("could reach", "prepares to receive"). */
  projection: RegExp;
  /** The last words of those phrases, whole: a cheap test of the word before a figure comes first. */
  projectionLastWord: RegExp;
  ahead: RegExp;
  weekdayPattern: RegExp;
  relativeDayPattern: RegExp;
  /** Where a figure's own words end: a comma, semicolon or colon, or a word joining list items ("and", "und"). */
  itemEnd: RegExp;
  /** A preposition or verb that ends the noun phrase after a figure ("during", "при"). */
  phraseStop: RegExp;
  /** A word joining two clauses, with a space or the text's start before it ("and", "ale", "ve"). */
  clauseJoin: RegExp;
  /** A relative word or preposition that ends the noun phrase after a figure ("where", "for", "gdzie"). */
  nounPhraseEnd: RegExp;
  /** Right after a span, a word that places something in time ("after", "nach", "après"). */
  spanPlacesInTime: RegExp;
  /** Right after a year, at most one word and then a war noun: "2020 war", "1990s Karabakh war". */
  yearNamesAWar: RegExp;
  /** Right before a year, the Soviet Union's name and at most two words ("the Soviet Union collapsed in", "СССР в"): the year is the Union's (lexicon `sovietUnion`). */
  sovietBefore: RegExp;
  /** Right after a count, the noun "wars" ("two wars", not "two world wars"): the count is of wars (lexicon `warsCounted`). */
  warsAfter: RegExp;
  /** Right after a count, a gallery's or comment thread's noun ("photos", "fotografií"). */
  pageFurnitureAfter: RegExp;
  /** Right after a date, a noun of a signed text ("the November 2020 statement"; lexicon `documents.nouns`). */
  documentAfter: RegExp;
  /** Right before a date, a noun of a signed text and the word that ties the date to it ("agreement of ", "Erklärung vom "). */
  documentBefore: RegExp;
  /** At the end of the text before a count, a noun that names by number ("Article", "Channel No."): the count is part of a name (lexicon `numberedNames`). */
  numberedNameBefore: RegExp;
  /** At the end of the text before a count, a numbered name, its number and a short word ("Photo 3 of", "Фото 3 из"): the count is the series' length. */
  numberedOfBefore: RegExp;
  /**
   * Right after a count, its own noun is a household's ("500 families", "500 семей беженцев"; at most
   * one word between; lexicon `households`): the count is of households, not of people.
   */
  householdsAfter: RegExp;
  /** Right after a count, within one word, another country's people (lexicon `otherNationals`): no count of Karabakh's people. */
  otherNationalsAfter: RegExp;
  /** Right after a count, within one word, office-holders (lexicon `officials`): the leaders on trial, no count of the exodus. */
  officialsAfter: RegExp;
  /** Words of holding high office (lexicon `office`). */
  office: RegExp;
  /** Right after a count, within one word, a noun of the people or things counted or a casualty word (lexicon `things`, `actions`): the count has a noun of its own. */
  thingAfter: RegExp;
  /**
   * Between two tolls, only the first's casualty word and a word that joins a list ("192 tote und 511 verwundete
   * Soldaten", "192 dead and 511 wounded"; lexicon `actions.killed`, `actions.wounded`, `listJoins`).
   */
  tollsJoined: RegExp;
  /** Right after a count, a casualty word (lexicon `actions.killed`, `actions.wounded`): "511 verwundete Soldaten". */
  casualtyAfter: RegExp;
  /** A line holding only digits, separators and a time ("25.09.2023, 21:40", "28 September 2023 | 10h05"; lexicon `hourMarks`): a stamp's line. */
  stampLine: RegExp;
  /** Right after a count, a verb of saying (lexicon `speech`): "France 24 reported", "Россия 24 сообщила". */
  speechAfter: RegExp;
  /** Right before a phrase, a verb of saying (lexicon `speech`): "officials said on Tuesday", "заявил во вторник". */
  speechBefore: RegExp;
  /** Right after a distance, a word of breadth ("-wide", "breit", "de large"): no length travelled (lexicon `breadth.after`). */
  breadthAfter: RegExp;
  /** At the end of the text before a distance, a word of breadth ("шириной"): no length travelled (lexicon `breadth.before`). */
  breadthBefore: RegExp;
  /** Right before or after a span, words of time passing ("have passed", "прошло"): time since, not a duration (lexicon `passing`). */
  passingBefore: RegExp;
  passingAfter: RegExp;
  /** At the start of the text after a count, a noun for passengers (a word may stand between): one vehicle's load. */
  passengersAfter: RegExp;
  /** At the start of the text after a count, a noun for belongings, or the language's "of" and a word before it ("of their"): no count of people. */
  belongingsAfter: RegExp;
  /** At the end of the text before a span, a word of the usual and at most four words: the span is a baseline ("a normal travel time of"). */
  usualBefore: RegExp;
  /** Forms of a counted noun that are its adjective: after a lone "one" they make it an article ("bir askeri operasyon"). */
  attributiveForms: Set<string>;
  /** At the end of the text before a number, words that make it an hour of the day ("do godziny", "a las"). */
  /** Right before a number, words that make it a person's age (lexicon `ages`), one short word allowed between ("aged over"). */
  ageBefore: RegExp;
  /** Right after a number, words that make it a person's age ("years old", "yaşında"). */
  ageAfter: RegExp;
  /** A word of a traffic jam at most three words before a distance, or at most two words after it (lexicon `jams`). */
  jamBefore: RegExp;
  /** The words right after a verb of remaining that make what remains a task (lexicon `remainsToDo`), at the start of the text. */
  remainsToDoAfter: RegExp;
  jamAfter: RegExp;
  clockBefore: RegExp;
  /** At the start of the text after a number, words that make it an hour of the day ("noon", "Uhr", "rano"). */
  clockAfter: RegExp;
  /** A word of a visit or a mission anywhere in a sentence. */
  visits: RegExp;
  /**
   * The offensive's own nouns anywhere in a passage (lexicon `dateNouns.start` and `attacks.nouns`, less the words of
   * war, which name the 2020 war or Ukraine's as readily): "the 24-hour blitz", "əməliyyatda".
   */
  offensiveNouns: RegExp;
  /** The whole of a cue that is a verb of ruling (lexicon `ruling`), to tell it from the other words of war. */
  rulingWhole: RegExp;
  existenceWhole: RegExp;
  existenceStates: RegExp;
  /** Words of a state ceasing to exist, as a cue lexicon of dissolution (one object, so its combined expression is cached). */
  existenceEnds: { dissolution: RegExp };
  /** The whole of a cue that is a verb of driving people out (lexicon `expelling`). */
  expellingWhole: RegExp;
  /** A word of detention right after a span, a preposition or two between ("874 days in detention", "un anno di detenzione"). */
  detentionAfter: RegExp;
  /** Lexicon `battles` right after a span, with at most two short words ("of", "di") between. */
  battleAfter: RegExp;
  /** A word of detention right before a span, a preposition or two between ("in custody for 600 days"). */
  detentionBefore: RegExp;
  /** A word of a visit or mission right after a figure ("two-day visit"). */
  visitAfter: RegExp;
  /** A visit's noun and its "of" (lexicon `visits`, `unitLinks`) at the end of a text: "en misión de ", "a mission of ". */
  visitOfBefore: RegExp;
  /** A visit's noun at the end of a text, as the subject right before its verb: "The visit " (lasted). */
  visitBefore: RegExp;
  /** One word, whole: a verb of leaving a place ("left", "покинули"). */
  leaveVerb: RegExp;
  /** Right after such a verb, Armenia as its object ("left Armenia", "уехали из Армении"). */
  armeniaLeftAfter: RegExp;
  /** Right before it, Armenia in the accusative where the verb comes last ("Ermənistanı tərk"). */
  armeniaLeftBefore: RegExp;
  /** Right after or before such a verb, "the country" as its object ("left the country", "страну покинули"). */
  countryLeftAfter: RegExp;
  countryLeftBefore: RegExp;
  /** A weekday, with the word before it (group 1, an article aside) and the weekday itself (group 2). */
  weekdayWithWordBefore: RegExp;
  /** The words before a weekday that open a period from it ("since", "seit"), lower case. */
  weekdayOpens: Set<string>;
  /** "the number of" and up to three words after it (group 1): the noun a later figure counts. */
  numberOf: RegExp;
  /** What may stand between a count and its noun: space, or the word for "of" ("centenas de feridos", "hundreds of wounded"). */
  countNounGap: RegExp;
  /** Up to three words (group 1) and a word for "number" after them, where the noun comes first ("mülteci sayısı"). */
  numberAfter: RegExp | null;
  /** "since" at the end of the text before a date, with an English "early", "late", "the end of" between. */
  sinceBefore: RegExp;
  /**
   * A word that places something in time ("after", "before", "since", "nach", "après", "после") and at
   * most a few words of its object's phrase, at the end of a text: the noun after it is a point of
   * reference ("three days after the offensive"), not what a date beside it marks.
   */
  timeWordBefore: RegExp;
  /** A word at the end of the text before a date that makes it the day a count describes ("by", "au", "al 27"). */
  asOfBeforeDate: RegExp;
  /**
   * At the end of the text before a count, words that make it the region's population: "a population
   * of", "home to", and the whole a share is taken from ("more than half of the 120,000").
   */
  populationBefore: RegExp;
  /** Armenia or Azerbaijan by name (group 1) or the region (group 2), whole words (global). */
  countryNames: RegExp;
  /** At the end of the text before a distance, "at" ("à", "a") and, at the start of the text after it, "from" ("de", "da"). */
  placingAt: RegExp;
  placingFrom: RegExp;
  /** At the start of the text after a distance, a word that places it ("away", "outside", "von … entfernt"). */
  placingAway: RegExp;
  placingBefore: RegExp;
  /** At the end of the text before a distance, the place it locates ("a depot located about"). */
  placingSite: RegExp;
  /** At the end of the text before a count, the word that makes it the whole a part is taken from ("out of", "ze"). */
  wholeBefore: RegExp;
  /** At the end of the text before a count of residents, a verb or preposition of holding them and up to two words ("had an estimated"). */
  holdingBefore: RegExp;
  /** Another place (group 1) or the region (group 2), as word starts (global). */
  placeWords: RegExp;
  /** Right after a verb of remaining, a state one is left in ("without", "homeless"; lexicon `leftStates.after`). */
  leftStateAfter: RegExp;
  /** Right before a verb of remaining, one word allowed between, a state one is left in ("evsiz", "ohne …"; lexicon `leftStates.before`). */
  leftStateBefore: RegExp;
  /** At the end of the text before a "remains", "the number of" and one word. */
  countOfBefore: RegExp;
  /** At the end of the text before a count, one vehicle and what it carries ("a minibus carrying"). */
  oneVehicleLoad: RegExp;
  /** Right before a span: the word that opens a span measured from what follows it ("within"); see `spanFromAfter`. */
  spanFromBefore: RegExp;
  /** Right after that span: the word that names what it is measured from ("of"). */
  spanFromAfter: RegExp;
  /**
   * At the start of the text after a figure, the whole it is a part of ("of the 120,000"), by the words of `partOf`, or of
   * `wholeOf` where a lexicon lists no `partOf` ("der 120 Tausend", "de los 120.000"): the part never takes the whole's
   * population noun, and its own noun is read from the whole's.
   */
  partOfAnyWhole: RegExp;
  /**
   * At the end of the text before a figure, a part's number and the words that take it from a whole (`partOf`, else
   * `wholeOf`): "100,514 of the estimated", "100.000 de los", "100 тысяч из". The figure after them is the whole.
   */
  wholeAfterPart: RegExp;
  /** Right before a count, a determiner that makes it a whole group (lexicon `wholePeople.determiners`). */
  wholePeopleBefore: RegExp;
  /**
   * Right after a count, its people and the region they are in, the phrase ending there (lexicon `wholePeople`): "ethnic
   * Armenians in the region", "Karabakh Armenians"; not "in the region's capital", "in the region of Tavush", "in der Region Sjunik".
   */
  wholePeopleAfter: RegExp;
  /** At the end of the text before a small number, a word that makes it "both" ("hər iki"), never a count. */
  bothBefore: RegExp;
  /** A word of coming back right before a verb (`returning`), and the same after a unit of time (then it is "ago"). */
  returningBefore: RegExp;
  agoReturningBefore: RegExp;
  /** A word of coming back right after a verb. */
  returningAfter: RegExp;
  /** A word that makes a count one day's (lexicon `inADay`), anywhere in a text. */
  inADay: RegExp;
  /** Where a count of people went ("to Armenia", "Ermənistana") or a verb of taking them in ("received"): lexicon `movement.to` and `movement.received`. */
  movementToward: RegExp;
  /** Armenia as where people went, at the end of a text (lexicon `movement.to`): "… fled to Armenia". */
  destinationEnd: RegExp;
  /** Where a count of people came from ("from Karabakh", "из Карабаха"): lexicon `movement.from`. */
  movementFrom: RegExp;
  /** At the end of the text before a count, a preposition of purpose: the count is whom something is for ("for", "voor", "для"). */
  purposeBefore: RegExp;
  /** At the end of the text before a count, a preposition of whom something was given to ("to", "a"; lexicon `movement.givenTo`). */
  givenToBefore: RegExp;
  /** A relative pronoun opening the text (after a comma): the clause that follows describes the people just counted. */
  relativeStart: RegExp;
  /** A relative pronoun anywhere in a text: a clause of its own begins there ("500 families who fled"). */
  relativeAny: RegExp;
  /** A word joining two clauses, global, to find the last one before a figure. */
  clauseJoinAll: RegExp;
}

const L = String.raw`[\p{L}\p{M}]`;

// Each compiled word list keeps its inner alternatives, so lists can be merged into one scan.
const INNER = new WeakMap<RegExp, string>();

/** The alternatives of a compiled word list, for merging several lists into one expression. */
export function innerSource(re: RegExp): string {
  return INNER.get(re) ?? re.source;
}

/** Compiles a word list in the lexicon notation (`*` endings, `…` gaps) into one whole-word expression. */
export function wordPattern(list: readonly string[], flags = 'giu'): RegExp {
  const inner = alternatives(list);
  const re = new RegExp(String.raw`(?<!${L})(?:${inner || NEVER})(?!${L})`, flags);
  INNER.set(re, inner || NEVER);
  return re;
}

/** An expression that matches nothing: what an empty list of words compiles to. */
const NEVER = '(?!)';

function alternatives(list: readonly string[]): string {
  // "called … home": the gap takes the words and the spaces after them, and a quotation mark opening one
  // ('announced "local anti-terrorist measures"').
  return [...new Set(list.map((w) => w.trim().toLowerCase().replace(/\u2026\s+/gu, '\u2026')).filter(Boolean))]
    // Longer first, so "death toll" is tried before "death".
    .sort((a, b) => b.length - a.length)
    // A "*" ends a word anywhere in a phrase: "prepar* to receive".
    // A hyphen is also written as an en dash or a non-breaking hyphen: "44–day", "44‑օրյա".
    .map((w) => w.split('*').map((part) => escape(part).replace(/-/gu, '[-\u2011\u2013]')).join(`${STEM_LETTER}*`).replace(/\u2026/g, String.raw`(?:["“«„]?[\p{L}\p{M}'’-]+\s+){0,3}["“«„]?`))
    // Turkish and Azerbaijani dotless "ı" is "I" in capitals ("511 ASKER YARALI"), which a
    // case-insensitive match alone folds to "i".
    .map((w) => w.replace(/ı/gu, '[ıI]'))
    .join('|');
}

/** The most characters between a separable verb and its particle: a clause, not a paragraph. */
const SEPARABLE_REACH = 160;

/**
 * A separable verb (group 1) and, later in the same clause, its particle closing that clause: "kamen … in
 * Armenien an." A point or comma between digits ("6.500") does not end the clause; any other does.
 */
function separablePattern(verbs: readonly string[], particle: string): RegExp {
  const clause = String.raw`(?:[^.,;:!?\n]|(?<=\d)[.,](?=\d))`;
  return new RegExp(String.raw`(?<!${L})(${alternatives(verbs)})(?!${L})${clause}{0,${SEPARABLE_REACH}}?\s${escape(particle.toLowerCase())}(?=\s*(?:[.,;:!?)»«“”"–—]|$))`, 'giu');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/ /g, String.raw`[\s\u00A0]+`).replace(/['’]/g, "['’]");
}

const CACHE = new Map<string, Vocabulary>();
/** The same vocabularies by the language asked for (null: every lexicon). */
const BY_LANGUAGE = new Map<LanguageCode | null, Vocabulary>();

/**
 * The vocabulary for reading a text in `language`: its lexicon and English's. `null` (the
 * language is not known) reads with every lexicon.
 */
export function vocabularyFor(language: LanguageCode | null): Vocabulary {
  // Asked for every passage, sentence and figure: the language's vocabulary found without building its key.
  const known = BY_LANGUAGE.get(language);
  if (known) return known;
  const codes: LanguageCode[] = language === null ? LANGUAGES : language === 'en' ? ['en'] : [language, 'en'];
  const key = codes.join(',');
  let v = CACHE.get(key);
  if (!v) {
    v = compile(codes.map((c) => LEXICONS[c]));
    CACHE.set(key, v);
  }
  BY_LANGUAGE.set(language, v);
  return v;
}

// The word lists a suffixing language writes as stems; number words, scales, units and
// qualifiers are matched as whole tokens elsewhere and keep their listed forms.
function withEndings(l: LanguageLexicon): LanguageLexicon {
  if (!l.suffixing) return l;
  const stem = (list: string[]) => list.map((w) => (w.endsWith('*') || w.includes('\u2026') ? w : `${w}*`));
  const each = <K extends string>(r: Record<K, string[]>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, stem(v as string[])])) as Record<K, string[]>;
  return {
    ...l,
    actions: Object.fromEntries(Object.entries(l.actions).map(([k, v]) => [k, { strong: stem(v.strong), weak: stem(v.weak) }])) as LanguageLexicon['actions'],
    things: each(l.things),
    dateCues: each(l.dateCues),
    dateNouns: each(l.dateNouns),
    events: each(l.events),
    sides: each(l.sides),
    ownDead: stem(l.ownDead),
    azerbaijan: stem(l.azerbaijan),
    losing: stem(l.losing),
    speech: stem(l.speech),
    accordingTo: stem(l.accordingTo),
    denial: stem(l.denial),
    forecast: stem(l.forecast),
    projection: stem(l.projection),
    ahead: stem(l.ahead),
    provinces: stem(l.provinces),
  };
}

function compile(lexicons: LanguageLexicon[]): Vocabulary {
  lexicons = lexicons.map(withEndings);
  // Read with several languages at once, a number, scale or unit word that is a frequent word of
  // another of them (Turkish "on" is ten, Azerbaijani "il" a year) would fire on ordinary text.
  const common = new Set(lexicons.flatMap((l) => l.stopwords));
  const own = (l: LanguageLexicon, word: string) => lexicons.length <= 2 || !common.has(word) || l.stopwords.includes(word);
  const all = <T>(pick: (l: LanguageLexicon) => readonly T[]): T[] => lexicons.flatMap(pick);
  // English read beside the text's own language leaves out its entries that are that language's words
  // (`falseFriends`); with every language at once (the text's not known), none is the text's own.
  const friends = new Set(lexicons.length === 2 ? lexicons.flatMap((l) => (l.code === 'en' ? [] : (l.falseFriends ?? []))) : []);
  const phrases = <T>(pick: (l: LanguageLexicon) => ReadonlyArray<readonly [string, T]>): Array<[string, T]> =>
    lexicons.flatMap((l) => pick(l).filter(([w]) => l.code !== 'en' || !friends.has(w)) as Array<[string, T]>);
  // Every language's words for one part, as one alternation; an alternation that never matches when no language has any.
  const anyOf = (pick: (l: LanguageLexicon) => readonly string[]): string => alternatives(all(pick)) || NEVER;
  const keyed = <K extends string>(pick: (l: LanguageLexicon) => Partial<Record<K, readonly string[]>>): Array<[string, K]> =>
    lexicons.flatMap((l) => Object.entries(pick(l)).flatMap(([k, words]) => (words as string[]).map((w) => [w, k as K] as [string, K])));
  const byIndex = (pick: (l: LanguageLexicon) => string[][], first: number): Map<string, number> =>
    new Map(lexicons.flatMap((l) => pick(l).flatMap((names, i) => names.map((n) => [n.toLowerCase(), i + first] as [string, number]))));
  const perKey = <K extends string>(pick: (l: LanguageLexicon) => Record<K, string[]>): Record<K, RegExp> => {
    const keys = Object.keys(pick(lexicons[0]!)) as K[];
    return Object.fromEntries(keys.map((k) => [k, wordPattern(all((l) => pick(l)[k]))])) as Record<K, RegExp>;
  };
  const actionKeys = Object.keys(lexicons[0]!.actions) as Action[];
  const eventKeys = Object.keys(lexicons[0]!.events) as EventWord[];
  const weekdays = byIndex((l) => l.weekdays, 0);
  const relative = [...all((l) => l.today), ...all((l) => l.yesterday)];
  return {
    languages: lexicons.map((l) => l.code),
    qualifiers: new PhraseTable(keyed((l) => l.qualifiers)),
    risesToBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.risesTo)})[\s\u00A0]+$`, 'iu'),
    qualifiersAfter: new PhraseTable(keyed((l) => l.qualifiersAfter)),
    scales: new PhraseTable(lexicons.flatMap((l) => Object.entries(l.scales).filter(([w]) => own(l, w)))),
    numberWords: new Map(
      lexicons
        .filter((l) => l.code !== 'en')
        .flatMap((l) => [...Object.entries(l.numberWords).filter(([w]) => own(l, w)), ...(lexicons.length <= 2 ? Object.entries(l.numberWordsOwnText ?? {}) : [])]),
    ),
    vague: new PhraseTable(phrases((l) => l.vague)),
    fractions: new PhraseTable(phrases((l) => l.fractions)),
    halvesAfterNumber: new PhraseTable(all((l) => l.halves?.afterNumber ?? []).map((w) => [w, true] as [string, true])),
    ratioLinks: new PhraseTable(all((l) => l.ratioLinks ?? []).map((w) => [w, true] as [string, true])),
    allShares: new PhraseTable(all((l) => l.allShares ?? []).map((w) => [w, true] as [string, true])),
    mostShares: new PhraseTable(all((l) => l.mostShares ?? []).map((w) => [w, true] as [string, true])),
    halvesAfterUnit: new PhraseTable(all((l) => l.halves?.afterUnit ?? []).map((w) => [w, true] as [string, true])),
    percent: new PhraseTable(['%', ...all((l) => l.percent)].map((w) => [w, true] as [string, true])),
    units: new PhraseTable(
      lexicons.flatMap((l) => Object.entries(l.units).flatMap(([k, words]) => words.filter((w) => own(l, w)).map((w) => [w, UNIT_FACTORS[k as UnitWord]] as [string, UnitValue]))),
    ),
    rangeOpeners: new Set(all((l) => l.rangeOpeners)),
    spanAdjectives: new Set(all((l) => l.spanAdjectives)),
    qualifierArticles: new Set(all((l) => l.qualifierArticles ?? [])),
    percentBefore: new Set(all((l) => l.percentBefore ?? [])),
    unitLinks: new Set(all((l) => l.unitLinks)),
    rangeLinks: new Set(['–', '—', '-', ...all((l) => l.rangeLinks)]),
    dayRepeats: new Set(all((l) => l.dayRepeats)),
    datePrepositions: new Set(all((l) => l.datePrepositions)),
    months: byIndex((l) => l.months, 1),
    weekdays,
    weekdayShortForms: new Set([...weekdays.keys()].filter((w) => [...weekdays.keys()].some((k) => k.startsWith(`${w}-`)))),
    today: new Set(all((l) => l.today)),
    yesterday: new Set(all((l) => l.yesterday)),
    relativeMonths: new PhraseTable(all((l) => l.relativeMonths)),
    relativeYears: new PhraseTable(all((l) => l.relativeYears).map(([phrase, offset, month]) => [phrase, month === undefined ? { offset } : { offset, month }])),
    monthWords: new Set(all((l) => l.monthWords ?? []).map((w) => w.toLowerCase())),
    monthPartsBefore: new PhraseTable(lexicons.flatMap((l) => entries<MonthPart>(l.monthParts?.before ?? {}))),
    monthPartsAfter: new PhraseTable(lexicons.flatMap((l) => entries<MonthPart>(l.monthParts?.after ?? {}))),
    dateLinks: new Set(all((l) => l.dateLinks ?? [])),
    decadesBefore: new PhraseTable(all((l) => l.decades?.before ?? []).map((w) => [w, true] as [string, true])),
    decadeEndings: all((l) => l.decades?.endings ?? []).map((w) => w.toLowerCase()),
    decadesAfter: all((l) => l.decades?.after ?? []).map((w) => w.toLowerCase()),
    vagueSpans: new PhraseTable(all((l) => l.vagueSpans ?? [])),
    nextDay: new PhraseTable(all((l) => l.nextDay).map((w) => [w, true] as [string, true])),
    incrementBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.increments)})[\s\u00A0]+$`, 'iu'),
    thatWar: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.thatWar)})(?!${L})`, 'iu'),
    causeBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.because)})(?:[\s\u00A0]+|(?<=['’]))(?:[\p{L}\p{M}-]+['’]|[\p{L}\p{M}'’-]+[\s\u00A0]+){0,2}$`, 'iu'),
    disputing: wordPattern(all((l) => l.disputing), 'iu'),
    decadesBare: new PhraseTable(all((l) => l.decadesBare).map((w) => [w, true] as [string, true])),
    // Another language's article ("ein", "eine") is a frequent word of its own texts: read only there, English's
    // everywhere, as `numberWordsOwnText`. (Romance and Dutch articles are read as their number words "un", "uma", "een".)
    spanArticles: new Set(lexicons.flatMap((l) => (lexicons.length <= 2 || l.code === 'en' ? (l.spanArticles?.articles ?? []) : []))),
    spanArticlesNotAfter: new Set(all((l) => l.spanArticles?.notAfter ?? [])),
    spanArticlesOnlyAfter: new Map(lexicons.flatMap((l) => Object.entries(l.spanArticles?.onlyAfter ?? {}).map(([a, before]) => [a, new Set(before)] as [string, Set<string>]))),
    spanSingles: new Set(all((l) => l.spanSingles)),
    relativeWeeks: ((weeks) => (weeks.length ? { pattern: wordPattern(weeks.map(([w]) => w)), offsets: new Map(weeks.map(([w, offset]) => [w.toLowerCase(), offset])) } : null))(
      all((l) => l.relativeWeeks ?? []),
    ),
    relativeWeekPhrases: new PhraseTable(all((l) => l.relativeWeeks ?? [])),
    weekdayDates: weekdayDatesOf(all((l) => l.weekdayDates)),
    actions: Object.fromEntries(
      actionKeys.map((k) => {
        const weak = all((l) => l.actions[k].weak);
        return [k, { strong: wordPattern(all((l) => l.actions[k].strong)), ...(weak.length ? { weak: wordPattern(weak) } : {}) }];
      }),
    ) as Vocabulary['actions'],
    things: perKey((l) => l.things),
    dateCues: perKey((l) => l.dateCues),
    dateNouns: perKey((l) => l.dateNouns),
    verbFinal: lexicons.length <= 2 && lexicons[0]!.suffixing,
    sides: { armenian: wordPattern(all((l) => l.sides.armenian), 'iu'), azerbaijani: wordPattern(all((l) => l.sides.azerbaijani), 'iu') },
    ownDead: wordPattern(all((l) => l.ownDead), 'iu'),
    losing: wordPattern(all((l) => l.losing), 'iu'),
    azerbaijan: wordPattern(all((l) => l.azerbaijan), 'iu'),
    azerbaijanFirst: new RegExp(String.raw`^(?:the\s+)?(?:${anyOf((l) => l.azerbaijan)})(?!${L})`, 'iu'),
    againstSide: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.against)})\s+(?:[\p{L}-]+\s+){0,3}`, 'giu'),
    // Up to three words: the noun and its adjective, and the Romance "de" between ("dezenas de milhares de civis armênios que").
    relativeAfter: new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,3},?\s*(?:${anyOf((l) => l.relatives)})\s`, 'iu'),
    agoBefore: new RegExp(
      String.raw`(?:^|\s)(?:${anyOf((l) => l.ago.before)})\s+(?:(?:${alternatives(all((l) => [...l.qualifiers.approx, ...l.qualifiers.almost]))})\s+)?$`,
      'iu',
    ),
    agoAfter: new RegExp(String.raw`^\s*(?:${anyOf((l) => l.ago.after)})(?!${L})`, 'iu'),
    agoFromBefore: new RegExp(String.raw`(?:${anyOf((l) => l.ago.from ?? [])})[\s\u00A0]+$`, 'iu'),
    lookingBack: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.lookingBack)})\s+$`, 'iu'),
    anaphora: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.anaphora)})(?!${L})(?:\s+[\p{L}\p{M}]+){0,3}\s+$`, 'iu'),
    separable: lexicons.flatMap((l) => l.separable.map((e) => ({ re: separablePattern(e.verbs, e.particle), ...(e.action ? { action: e.action } : {}), ...(e.marks ? { marks: e.marks } : {}) }))),
    separableVerbs: all((l) => l.separable).length ? wordPattern(all((l) => l.separable.flatMap((e) => e.verbs)), 'iu') : null,
    restatesBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.restates)})(?!${L})(?:\s+[\p{L}\p{M}]+)?\s+$`, 'iu'),
    events: Object.fromEntries(eventKeys.map((k) => [k, alternatives(all((l) => l.events[k]))])) as Record<EventWord, string>,
    war: alternatives(all((l) => [...l.war, ...l.warsCounted])),
    provinces: wordPattern(all((l) => l.provinces)),
    speech: wordPattern([...all((l) => l.speech), ...all((l) => l.accordingTo)]),
    sayingVerbs: wordPattern(all((l) => l.speech), 'iu'),
    attackStart: new RegExp(String.raw`^(?:${anyOf((l) => l.attacks.verbs)})(?!${L})`, 'iu'),
    attackNoun: wordPattern(all((l) => l.attacks.nouns), 'iu'),
    undertakes: wordPattern(all((l) => l.undertakes), 'iu'),
    payments: wordPattern(all((l) => l.payments), 'iu'),
    accordingTo: wordPattern(all((l) => l.accordingTo), 'iu'),
    denial: wordPattern(all((l) => l.denial), 'iu'),
    forecast: wordPattern(all((l) => l.forecast), 'iu'),
    estimates: wordPattern(all((l) => l.estimates), 'giu'),
    projection: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.projection)})\s+$`, 'iu'),
    projectionLastWord: new RegExp(String.raw`^(?:${alternatives(all((l) => l.projection).map((p) => p.trim().split(/\s+/u).pop()!)) || NEVER})$`, 'iu'),
    ahead: wordPattern(all((l) => l.ahead), 'iu'),
    weekdayPattern: wordPattern([...weekdays.keys()]),
    relativeDayPattern: wordPattern(relative),
    itemEnd: new RegExp(String.raw`,|;|:|\s(?:${anyOf((l) => l.listJoins)})\s`, 'iu'),
    phraseStop: new RegExp(String.raw`\s(?:${anyOf((l) => l.phraseEnds)})\s`, 'iu'),
    clauseJoin: new RegExp(String.raw`(?:^|\s)(?:${anyOf((l) => l.clauseJoins)})\s`, 'iu'),
    nounPhraseEnd: new RegExp(String.raw`\s(?:${anyOf((l) => l.nounPhraseEnds)})(?=\s|['’])`, 'iu'),
    spanPlacesInTime: new RegExp(String.raw`^,?\s+(?:${anyOf((l) => l.spanPlacesInTime)})(?![\p{L}])`, 'iu'),
    sovietBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.sovietUnion)})(?!${L})(?:[\s,]+[\p{L}\p{M}'’]{1,12}){0,2}[\s,]*$`, 'iu'),
    yearNamesAWar: new RegExp(String.raw`^(?:['’]?s)?\s+(?:[\p{L}'’-]+\s+)?(?:${anyOf((l) => l.war)})(?![\p{L}])`, 'iu'),
    warsAfter: new RegExp(String.raw`^\s+(?:${anyOf((l) => l.warsCounted)})(?!${L})`, 'iu'),
    pageFurnitureAfter: new RegExp(String.raw`^\s+(?:${anyOf((l) => l.pageFurniture)})(?![\p{L}])`, 'iu'),
    documentAfter: new RegExp(String.raw`^(?:['’]?s)?\s+(?:${anyOf((l) => l.documents.nouns)})(?!${L})`, 'iu'),
    documentBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.documents.nouns)})\s+(?:${anyOf((l) => l.documents.links)})\s+$`, 'iu'),
    numberedNameBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.numberedNames)})\.?\s*(?:(?:${anyOf((l) => l.numberSigns)})\.?\s*)?$`, 'iu'),
    numberedOfBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.numberedNames)})\.?\s*(?:(?:${anyOf((l) => l.numberSigns)})\.?\s*)?\d{1,4}\s+${L}{1,4}\s+$`, 'iu'),
    householdsAfter: new RegExp(String.raw`^[\s\u00a0]+(?:[\p{L}\p{M}'’-]+[\s\u00a0]+)?(?:${anyOf((l) => l.households)})(?!${L})`, 'iu'),
    otherNationalsAfter: new RegExp(String.raw`^[\s\u00a0]+(?:[\p{L}\p{M}'’-]+[\s\u00a0]+)?(?:${anyOf((l) => l.otherNationals)})(?!${L})`, 'iu'),
    office: wordPattern(all((l) => l.office), 'iu'),
    officialsAfter: new RegExp(String.raw`^[\s\u00a0]+(?:[\p{L}\p{M}'’-]+[\s\u00a0]+)?(?:${anyOf((l) => l.officials)})(?!${L})`, 'iu'),
    thingAfter: new RegExp(String.raw`^[\s\u00a0]+(?:[\p{L}\p{M}'’-]+[\s\u00a0]+)?(?:${anyOf((l) => [...Object.values(l.things).flat(), ...(['killed', 'wounded', 'missing', 'detained'] as const).flatMap((k) => l.actions[k].strong)])})(?!${L})`, 'iu'),
    tollsJoined: new RegExp(String.raw`^[\s\u00a0]+(?:${anyOf((l) => [...l.actions.killed.strong, ...l.actions.wounded.strong])})[\s\u00a0]+(?:${anyOf((l) => l.listJoins)})[\s\u00a0]+$`, 'iu'),
    casualtyAfter: new RegExp(String.raw`^[\s\u00a0]+(?:${anyOf((l) => [...l.actions.killed.strong, ...l.actions.wounded.strong])})(?!${L})`, 'iu'),
    speechAfter: new RegExp(String.raw`^[\s\u00a0]+(?:${anyOf((l) => l.speech)})(?!${L})`, 'iu'),
    speechBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.speech)})[\s\u00a0]+$`, 'iu'),
    stampLine: new RegExp(String.raw`^[\s\d.,:;|/()\-–—${all((l) => l.hourMarks).map((m) => m.replace(/[\\\]^-]/gu, '\\$&')).join('')}]*$`, 'iu'),
    breadthAfter: new RegExp(String.raw`^[\s-]*(?:${anyOf((l) => l.breadth.after)})(?!${L})`, 'iu'),
    breadthBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.breadth.before)})\s+(?:[\p{L}\p{M}]+\s+)?$`, 'iu'),
    passingBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.passing.before)})\s+$`, 'iu'),
    passingAfter: new RegExp(String.raw`^\s*(?:${anyOf((l) => l.passing.after)})(?!${L})`, 'iu'),
    passengersAfter: new RegExp(String.raw`^\s+(?:[\p{L}\p{M}-]+\s+)?(?:${anyOf((l) => l.passengers)})(?!${L})`, 'iu'),
    belongingsAfter: new RegExp(String.raw`^\s+(?:(?:${anyOf((l) => l.unitLinks)})\s+(?:[\p{L}\p{M}'’-]+\s+)?)?(?:${anyOf((l) => l.belongings)})(?!${L})`, 'iu'),
    // At most four words between: the span's own phrase ("normal travel time of", "обычно занимает").
    usualBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.usual)})(?:\s+[\p{L}\p{M}'’-]+){0,4}\s+$`, 'iu'),
    attributiveForms: new Set(all((l) => l.attributiveForms).map((w) => w.toLowerCase())),
    ageBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.ages.before)})(?:\s+[\p{L}\p{M}]{1,8})?\s+$`, 'iu'),
    ageAfter: new RegExp(String.raw`^\s*-?\s*(?:${anyOf((l) => l.ages.after)})(?!${L})`, 'iu'),
    remainsToDoAfter: new RegExp(String.raw`^\s+(?:${anyOf((l) => l.remainsToDo) || NEVER})(?!${L})`, 'iu'),
    jamBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.jams)})(?!${L})(?:\s+\S+){0,3}\s+$`, 'iu'),
    jamAfter: new RegExp(String.raw`^[\s-]*(?:[\p{L}\p{M}-]+\s+){0,2}(?:${anyOf((l) => l.jams)})(?!${L})`, 'iu'),
    clockBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.clockTime.before)})\s+$`, 'iu'),
    clockAfter: new RegExp(String.raw`^\s*(?:${anyOf((l) => l.clockTime.after)})(?!${L})`, 'iu'),
    detentionAfter: new RegExp(String.raw`^[\s-]*(?:[\p{L}\p{M}]{1,4}\s+){0,2}(?:${anyOf((l) => l.detention)})(?!${L})`, 'iu'),
    battleAfter: new RegExp(String.raw`^[\s-]*(?:[\p{L}\p{M}]{1,4}\s+){0,2}(?:${anyOf((l) => l.battles)})(?!${L})`, 'iu'),
    detentionBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.detention)})(?:\s+[\p{L}\p{M}]{1,8}){0,2}\s+$`, 'iu'),
    visits: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf((l) => l.visits)})(?![\p{L}])`, 'iu'),
    offensiveNouns: wordPattern(all((l) => [...l.dateNouns.start, ...l.attacks.nouns].filter((w) => !l.war.some((war) => war.replace(/\*$/u, '') === w.replace(/\*$/u, '')))), 'iu'),
    rulingWhole: new RegExp(String.raw`^(?:${anyOf((l) => l.ruling)})$`, 'iu'),
    existenceWhole: new RegExp(String.raw`^(?:${anyOf((l) => l.existence.nouns)})$`, 'iu'),
    existenceStates: wordPattern(all((l) => l.existence.states), 'iu'),
    existenceEnds: { dissolution: wordPattern(all((l) => l.existence.ends), 'iu') },
    expellingWhole: new RegExp(String.raw`^(?:${anyOf((l) => l.expelling)})$`, 'iu'),
    visitAfter: new RegExp(String.raw`^\s+(?:${anyOf((l) => l.visits)})(?![\p{L}])`, 'iu'),
    visitOfBefore: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf((l) => l.visits)})\s+(?:${anyOf((l) => l.unitLinks)})\s+$`, 'iu'),
    visitBefore: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf((l) => l.visits)})\s+$`, 'iu'),
    leaveVerb: new RegExp(String.raw`^(?:${anyOf((l) => l.leaveVerbs)})$`, 'iu'),
    armeniaLeftAfter: new RegExp(
      String.raw`^\s+(?:(?:${anyOf((l) => l.leaveFrom)})\s*)?(?:${anyOf((l) => l.armeniaLeft.after)})(?![\p{L}]|['’]s(?![\p{L}]))`,
      'iu',
    ),
    armeniaLeftBefore: new RegExp(String.raw`(?:${anyOf((l) => l.armeniaLeft.before)})\s+$`, 'iu'),
    countryLeftAfter: new RegExp(String.raw`^\s+(?:${anyOf((l) => l.countryLeft.after)})(?![\p{L}])`, 'iu'),
    // One adverb may stand between the object and the verb ("das Land bereits verlassen", "страну уже покинули").
    countryLeftBefore: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf((l) => l.countryLeft.before)})(?:\s+[\p{L}\p{M}]+)?\s+$`, 'iu'),
    weekdayWithWordBefore: new RegExp(
      String.raw`(?<![\p{L}])(?:(${anyOf((l) => [...l.weekdayBefore.asOf, ...l.weekdayBefore.opens])})\s+(?:(?:${anyOf((l) => l.weekdayArticles)})\s+)?)?(${alternatives([...weekdays.keys()]) || NEVER})(?![\p{L}])`,
      'giu',
    ),
    weekdayOpens: new Set(all((l) => l.weekdayBefore.opens)),
    numberOf: new RegExp(
      String.raw`(?:${anyOf((l) => l.numberNouns)})\s+(?:(?:${anyOf((l) => l.numberOf)})\s+)?((?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+)`,
      'giu',
    ),
    countNounGap: new RegExp(String.raw`^\s+(?:(?:${anyOf((l) => l.numberOf)})\s+)?$`, 'iu'),
    // Null where no language of the reading puts "number" after its noun: nothing to scan for.
    numberAfter: all((l) => l.numberNounsAfter).length
      ? new RegExp(String.raw`((?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+)\s+(?:${anyOf((l) => l.numberNounsAfter)})(?!${L})`, 'giu')
      : null,
    timeWordBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => [...l.spanPlacesInTime, ...l.since])})(?!${L})[\s\p{L}\p{M}'’-]{0,25}$`, 'iu'),
    sinceBefore: new RegExp(String.raw`(?:${anyOf((l) => l.since)})\s+(?:(?:early|late|mid|the end of|the start of)\s+)?$`, 'iu'),
    asOfBeforeDate: new RegExp(
      // A whole word: Italian "al" ("by") is the end of "dal" ("since"), Russian "на" of many a word (review 21: "since <date>").
      String.raw`(?<!${L})(?:${anyOf((l) => l.dateAsOf.before)}|(?:${anyOf((l) => l.dateAsOf.beforeDay)})[\s\u00A0]+\d+)\s*$`,
      'iu',
    ),
    populationBefore: new RegExp(
      [
        // "население Арцаха составляло, согласно официальным источникам, 120 тысяч", "the population was, according to
        // the census, 120,000": an attribution set off by commas may stand between the link and the count.
        String.raw`(?:${anyOf((l) => l.populationOf.nouns)})[^.;]{0,40}?\s(?:${anyOf((l) => l.populationOf.links)})(?:\s*,\s*(?:${anyOf((l) => l.accordingTo)})[^,.;:]{0,40},)?\s*$`,
        String.raw`(?:${anyOf((l) => l.populationBefore)})\s*$`,
        String.raw`(?:${anyOf((l) => l.shareOf.shares)})\s+(?:${anyOf((l) => l.shareOf.links)})\s+$`,
      ].join('|'),
      'iu',
    ),
    countryNames: new RegExp(
      String.raw`(?<![\p{L}])(?:(${anyOf((l) => l.countryNames.countries)})|(${anyOf((l) => l.countryNames.region)}))(?![\p{L}])`,
      'giu',
    ),
    placingAt: new RegExp(String.raw`(?:^|\s)(?:${anyOf((l) => l.placing.at)})\s*$`, 'iu'),
    placingFrom: new RegExp(String.raw`^\s*(?:${anyOf((l) => l.placing.from)})(?![\p{L}\p{N}_])`, 'iu'),
    placingAway: new RegExp(
      String.raw`^\s*(?:\(\s*[^)]*\)\s*)?(?:(?:${anyOf((l) => l.placing.awayFrom)})\s+[^,.;]{1,40}\s+)?(?:${anyOf((l) => l.placing.away)})(?![\p{L}\p{N}_])`,
      'iu',
    ),
    placingBefore: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf((l) => l.placing.before)})\s+(?:(?:${anyOf((l) => l.placing.hedges)})\s+)?$`, 'iu'),
    placingSite: new RegExp(
      String.raw`(?:${anyOf((l) => l.placing.sites)})\s+(?:(?:${anyOf((l) => l.placing.siteVerbs)})\s+)?(?:(?:${anyOf((l) => l.placing.siteHedges)})\s+)?$`,
      'iu',
    ),
    wholeBefore: new RegExp(
      String.raw`(?:^|\s)(?:${anyOf((l) => l.wholeOf.words)})\s+(?:(?:${anyOf((l) => l.wholeOf.articles)})\s+)?$`,
      'iu',
    ),
    holdingBefore: new RegExp(String.raw`(?:${anyOf((l) => l.holding)})\s+(?:[\p{L}'’-]+\s+){0,2}$`, 'iu'),
    placeWords: new RegExp(
      // Whole words: "Armenia" is another place, the people's "Armenian population" is not (the lexicon writes stems with `*`).
      String.raw`(?<![\p{L}])(?:(${anyOf((l) => l.placeWords?.elsewhere ?? [])})|(${anyOf((l) => l.placeWords?.region ?? [])}))(?![\p{L}])`,
      'giu',
    ),
    leftStateAfter: new RegExp(String.raw`^\s+(?:${anyOf((l) => l.leftStates.after)})(?![\p{L}])`, 'iu'),
    leftStateBefore: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf((l) => l.leftStates.before)})(?:\s+[\p{L}\p{M}]+)?\s+$`, 'iu'),
    countOfBefore: new RegExp(String.raw`(?:${anyOf((l) => l.countOf ?? [])})\s+[\p{L}-]+\s+$`, 'iu'),
    spanFromBefore: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf((l) => l.spanFrom?.before ?? [])})\s+$`, 'iu'),
    spanFromAfter: new RegExp(String.raw`^\s+(?:${anyOf((l) => l.spanFrom?.after ?? [])})(?![\p{L}])`, 'iu'),
    oneVehicleLoad: new RegExp(
      String.raw`(?:^|\s)(?:${anyOf((l) => l.oneVehicle?.determiners ?? [])})\s+(?:[\p{L}-]+\s+)?(?:${anyOf((l) => l.oneVehicle?.vehicles ?? [])})\s+(?:${anyOf((l) => l.oneVehicle?.carrying ?? [])})\s+(?:(?:${anyOf((l) => l.oneVehicle?.hedges ?? [])})\s+)?$`,
      'iu',
    ),
    wholePeopleBefore: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf((l) => l.wholePeople.determiners)})\s+$`, 'iu'),
    wholePeopleAfter: new RegExp(
      String.raw`^\s+(?:[\p{L}\p{M}'’-]+\s+)?(?:(?:${anyOf((l) => l.wholePeople.nouns)})\s+(?:${anyOf((l) => l.wholePeople.regional)})|(?:${anyOf((l) => l.wholePeople.demonyms)}))(?![\p{L}\p{M}])(?![’']s)(?!\s+(?:${anyOf((l) => [...l.unitLinks, ...(l.dateLinks ?? []), ...l.wholeOf.words, ...l.nounPhraseEnds])})(?![\p{L}\p{M}]))`,
      'iu',
    ),
    wholeAfterPart: new RegExp(
      String.raw`\d(?:\s+\p{L}+\.?)?\s+(?:${anyOf((l) => (l.partOf ?? l.wholeOf).words)})\s+(?:(?:${anyOf((l) => (l.partOf ?? l.wholeOf).articles)})\s+)*$`,
      'iu',
    ),
    partOfAnyWhole: new RegExp(
      String.raw`^\s+(?:\p{L}+\s+){0,1}(?:${anyOf((l) => (l.partOf ?? l.wholeOf).words)})\s+(?:(?:${anyOf((l) => (l.partOf ?? l.wholeOf).articles)})\s+)*\d`,
      'iu',
    ),
    bothBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.both)})\s+$`, 'iu'),
    returningBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.returning)})\s+$`, 'iu'),
    agoReturningBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => Object.values(l.units).flat())})\s+(?:${anyOf((l) => l.returning)})\s+$`, 'iu'),
    returningAfter: new RegExp(String.raw`^\s+(?:${anyOf((l) => l.returning)})(?!${L})`, 'iu'),
    inADay: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.inADay)})(?!${L})`, 'iu'),
    movementToward: wordPattern(all((l) => [...l.movement.to, ...l.movement.received]), 'iu'),
    destinationEnd: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.movement.to)})$`, 'iu'),
    movementFrom: wordPattern(all((l) => l.movement.from), 'iu'),
    purposeBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.movement.purpose)})\s+$`, 'iu'),
    givenToBefore: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.movement.givenTo)})\s+$`, 'iu'),
    relativeStart: new RegExp(String.raw`^\s*(?:${anyOf((l) => l.relatives)})(?!${L})`, 'iu'),
    relativeAny: new RegExp(String.raw`(?<!${L})(?:${anyOf((l) => l.relatives)})(?!${L})`, 'iu'),
    clauseJoinAll: new RegExp(String.raw`(?:^|\s)(?:${anyOf((l) => l.clauseJoins)})\s`, 'giu'),
  };
}

/** An entry of `weekdayDates` once split at its "…": the words after the weekday and the offset. */
export interface WeekdayAround {
  after: string[];
  offset: number;
}

// "on", "el … pasado", "… günü": the words before the "…" (all of an entry without one) and those after it.
function weekdayDatesOf(list: Array<[string, number]>): { before: PhraseTable<WeekdayAround[]>; afterOnly: WeekdayAround[] } {
  const groups = new Map<string, WeekdayAround[]>();
  for (const [entry, offset] of list) {
    const [before, after = ''] = entry.includes('…') ? entry.split('…').map((w) => w.trim()) : [entry.trim(), ''];
    const words = after ? after.toLowerCase().split(/\s+/u) : [];
    const key = before!.toLowerCase();
    const group = groups.get(key) ?? [];
    group.push({ after: words, offset });
    groups.set(key, group);
  }
  for (const g of groups.values()) g.sort((a, b) => b.after.length - a.after.length);
  const afterOnly = groups.get('') ?? [];
  groups.delete('');
  return { before: new PhraseTable([...groups]), afterOnly };
}
