import { dayRange, monthOf, type PartialDate } from './calendar';
import { parseDigits, type Locale } from './locale';
import { entries, PhraseTable } from './phrases';
import { tokenize, type Token } from './tokens';

/** What a figure is measured in. Distances are kilometres and durations days, so units compare. */
export type Unit = 'count' | 'percent' | 'km' | 'days' | 'date' | 'money';

/** How the text hedges a figure: "more than" is `gt`, "about" `approx`, "between … and …" `range`. */
export type Qualifier = 'exact' | 'only' | 'gt' | 'ge' | 'almost' | 'approx' | 'le' | 'lt' | 'range';

/** A figure found in text: a value with its qualifier, unit and exact span. */
export interface Figure {
  start: number;
  end: number;
  raw: string;
  /** The stated value (the midpoint for ranges); for dates, the first epoch day it can mean. */
  value: number;
  /** What the text asserts: "more than 100,000" is [100000, Infinity]. */
  low: number;
  high: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Words such as "hundreds" or "tens of thousands": an order of magnitude, not a count. */
  vague: boolean;
  /** Half the step the value is rounded to, in the unit: "78,300" ±50, "three days" ±0.5 day. */
  tolerance: number;
  /** For dates: the parts the text gives. */
  date?: PartialDate;
  /** "three decades ago": a time elapsed until the page's day. */
  ago?: boolean;
  /** Written before a noun as one word: "six-week war", "44-day", "80-kilometre". */
  attributive?: boolean;
  /** Token index range [first, last + 1) the figure covers, in the tokens it was parsed from. */
  tokens: [number, number];
}

const QUALIFIERS = new PhraseTable<Qualifier>(
  entries<Qualifier>({
    gt: [
      'more than', 'over', 'above', 'in excess of', 'upwards of', 'greater than', 'north of', 'topped',
      'passed', 'surpassed', 'exceeded', 'topping', 'exceeding', 'surpassing', 'beyond',
      'plus de', 'au-delà de', 'dépassé les', 'mehr als', 'über', 'oltre', 'più di', 'superato', 'superato quota', 'superato i', 'superado los', 'más de', 'mas de', 'mais de', 'meer dan', 'ruim',
      'более', 'больше', 'свыше',
    ],
    ge: [
      'at least', 'no fewer than', 'no less than', 'a minimum of', 'not less than', 'au moins', 'mindestens', 'wenigstens',
      'almeno', 'al menos', 'por lo menos', 'pelo menos', 'minstens', 'не менее', 'как минимум', 'по меньшей мере',
    ],
    almost: [
      'almost', 'nearly', 'close to', 'just under', 'just shy of', 'just below', 'approaching', 'nearing', 'presque',
      'près de', 'fast', 'beinahe', 'knapp', 'nahezu', 'quasi', 'casi', 'quase', 'bijna', 'почти',
    ],
    approx: [
      'around', 'about', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'circa', 'approx', 'an approximate',
      'environ', 'quelque', 'quelques', 'à peu près', 'etwa', 'rund', 'ungefähr', 'zirka', 'circa', 'intorno a', 'all incirca',
      'alrededor de', 'aproximadamente', 'unos', 'unas', 'cerca de', 'ongeveer', 'около', 'примерно', 'порядка',
    ],
    le: [
      'up to', 'as many as', 'at most', 'no more than', 'a maximum of', 'not more than', "jusqu'à", 'bis zu', 'höchstens',
      'fino a', 'hasta', 'até', 'tot', 'не более', 'до',
    ],
    lt: ['fewer than', 'less than', 'under', 'below', 'moins de', 'weniger als', 'meno di', 'menos de', 'minder dan', 'менее', 'меньше'],
    only: ['only', 'just', 'merely', 'a mere', 'seulement', 'nur', 'lediglich', 'solo', 'soltanto', 'apenas', 'только', 'всего'],
  }),
);

const SCALES = new PhraseTable<number>([
  ...['thousand', 'thousands of', 'mila', 'mille', 'tausend', 'mil', 'тысяч', 'тысячи', 'тыс', 'duizend'].map((w) => [w, 1e3] as [string, number]),
  ...['million', 'millions', 'mn', 'm', 'milioni', 'milione', 'millionen', 'million', 'millones', 'millón', 'milhões', 'milhão', 'miljoen', 'миллиона', 'миллион', 'миллионов', 'млн'].map(
    (w) => [w, 1e6] as [string, number],
  ),
  ...['billion', 'billions', 'bn', 'miliardi', 'milliard', 'milliarden', 'milliards', 'mil millones', 'миллиарда', 'млрд'].map((w) => [w, 1e9] as [string, number]),
]);

const ONES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
// Small numbers of other languages, for durations and counts written out ("tre giorni", "drei Tage").
// Words that are also articles ("un", "ein", "una") are left out on purpose.
const FOREIGN: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, vingt: 20, trente: 30,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12, zwanzig: 20, dreißig: 30,
  tre: 3, quattro: 4, cinque: 5, sette: 7, otto: 8, nove: 9, dieci: 10, dodici: 12, venti: 20, trenta: 30,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, veinte: 20, treinta: 30,
  два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10, тридцать: 30,
};
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

// Orders of magnitude written as words: [low, high].
const VAGUE = new PhraseTable<[number, number]>([
  ['tens of thousands', [20_000, 99_999]],
  ['hundreds of thousands', [200_000, 999_999]],
  ['thousands', [2_000, 9_999]],
  ['hundreds', [200, 999]],
  ['dozens', [24, 99]],
  ['a few hundred', [200, 500]],
  ['a few thousand', [2_000, 5_000]],
  ['several hundred', [300, 900]],
  ['several thousand', [3_000, 9_000]],
  ['a couple of hundred', [200, 300]],
  ['des dizaines de milliers', [20_000, 99_999]],
  ['des milliers', [2_000, 9_999]],
  ['des centaines', [200, 999]],
  ['zehntausende', [20_000, 99_999]],
  ['tausende', [2_000, 9_999]],
  ['hunderte', [200, 999]],
  ['decine di migliaia', [20_000, 99_999]],
  ['migliaia', [2_000, 9_999]],
  ['centinaia', [200, 999]],
  ['decenas de miles', [20_000, 99_999]],
  ['miles de', [2_000, 9_999]],
  ['cientos', [200, 999]],
  ['десятки тысяч', [20_000, 99_999]],
  ['тысячи', [2_000, 9_999]],
  ['сотни', [200, 999]],
]);

// Shares written as words, in percent.
const FRACTIONS = new PhraseTable<number>([
  ['half', 50], ['a half', 50], ['one half', 50], ['a third', 100 / 3], ['one third', 100 / 3], ['one-third', 100 / 3],
  ['two thirds', 200 / 3], ['two-thirds', 200 / 3], ['a quarter', 25], ['one quarter', 25], ['one-quarter', 25],
  ['three quarters', 75], ['three-quarters', 75], ['a fifth', 20], ['one fifth', 20], ['one-fifth', 20],
  ['la moitié', 50], ['die hälfte', 50], ['la metà', 50], ['la mitad', 50], ['a metade', 50], ['половина', 50],
  ['deux tiers', 200 / 3], ['due terzi', 200 / 3], ['zwei drittel', 200 / 3], ['dos tercios', 200 / 3],
]);

type UnitHit = { unit: Unit | 'age'; factor: number; step: number; end: number; ago?: boolean };
const AGE: UnitHit = { unit: 'age', factor: 1, step: 1, end: 0 };

const PERCENT = new PhraseTable<true>(
  ['%', 'percent', 'per cent', 'pc', 'pour cent', 'prozent', 'per cento', 'percento', 'por ciento', 'por cento', 'procent', 'процентов', 'процента', 'процент'].map(
    (w) => [w, true] as [string, true],
  ),
);

// Unit words: [unit, factor to the base unit, rounding step of the written unit in the base unit].
const UNITS = new PhraseTable<[Unit, number]>([
  ...['mile', 'miles', 'mi'].map((w) => [w, ['km', 1.609344]] as [string, [Unit, number]]),
  ...['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'kilomètres', 'kilomètre', 'chilometri', 'chilometro', 'kilómetros', 'quilômetros', 'км', 'километров'].map(
    (w) => [w, ['km', 1]] as [string, [Unit, number]],
  ),
  ...['hour', 'hours', 'heures', 'stunden', 'ore', 'horas', 'часов', 'часа'].map((w) => [w, ['days', 1 / 24]] as [string, [Unit, number]]),
  ...['day', 'days', 'jours', 'jour', 'tage', 'tagen', 'tag', 'giorni', 'giorno', 'días', 'dias', 'dagen', 'дней', 'дня'].map((w) => [w, ['days', 1]] as [string, [Unit, number]]),
  ...['week', 'weeks', 'semaines', 'semaine', 'wochen', 'woche', 'settimane', 'semanas', 'weken', 'недель', 'недели'].map((w) => [w, ['days', 7]] as [string, [Unit, number]]),
  ...['month', 'months', 'mois', 'monate', 'monaten', 'monat', 'mesi', 'meses', 'maanden', 'месяцев', 'месяца'].map((w) => [w, ['days', 30.44]] as [string, [Unit, number]]),
  ...['year', 'years', 'ans', 'années', 'jahre', 'jahren', 'jahr', 'anni', 'años', 'anos', 'jaar', 'jaren', 'лет', 'года'].map((w) => [w, ['days', 365.25]] as [string, [Unit, number]]),
  ...['decade', 'decades', 'décennies', 'jahrzehnte', 'jahrzehnten', 'decenni', 'décadas', 'decadas', 'decennia', 'десятилетия', 'десятилетий'].map(
    (w) => [w, ['days', 3652.5]] as [string, [Unit, number]],
  ),
  ...['dollars', 'euros', 'pounds', 'manat', 'drams', 'rubles', 'roubles', 'euro', 'dollari'].map((w) => [w, ['money', 1]] as [string, [Unit, number]]),
]);
const CURRENCY_SIGNS = new Set(['$', '€', '£', '₼', '֏', '₽']);

// Words after which a bare year or month is a date: "in 1994", "since December", "by early 2024".
const DATE_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'after', 'before', 'of', 'on', 'during', 'early', 'late', 'mid', 'end', 'last',
  'en', 'depuis', 'dès', 'avant', 'après', 'fin', 'début', 'im', 'seit', 'am', 'bis', 'vor', 'nach', 'ab', 'ende', 'anfang',
  'nel', 'dal', 'al', 'entro', 'fino', 'dopo', 'prima', 'desde', 'hasta', 'antes', 'después', 'em', 'в', 'с', 'до', 'после',
]);
const RANGE_OPENERS = new Set(['between', 'entre', 'zwischen', 'tra', 'fra', 'между', 'from', 'de', 'von', 'da', 'от']);
const RANGE_LINKS = new Set(['and', 'to', 'or', 'et', 'à', 'und', 'bis', 'e', 'a', 'y', 'o', 'ou', 'oder', 'и', 'до', '–', '—', '-']);

/**
 * Finds every figure in a text: counts, shares, distances, durations, dates and amounts,
 * each as an interval with its qualifier and exact UTF-16 span. `locale` decides how digit
 * separators read ("85.000" is 85,000 in Italian).
 */
export function extractFigures(text: string, locale: Locale, tokens: Token[] = tokenize(text)): Figure[] {
  const figures: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const figure = parseFigureAt(text, tokens, i, locale);
    if (figure) {
      figures.push(figure);
      i = figure.tokens[1];
    } else {
      i++;
    }
  }
  return dropConversions(text, figures);
}

// Words that can begin a figure (number words, shares, orders of magnitude); with month names,
// the only words worth parsing further. Everything else is dismissed with one look-up.
const STARTERS = new Set<string>([
  ...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(FOREIGN), 'a', 'an', ...VAGUE.firstWords(), ...FRACTIONS.firstWords(),
]);

function parseFigureAt(text: string, tokens: Token[], i: number, locale: Locale): Figure | null {
  const t = tokens[i]!;
  if (t.kind === 'punct' && !CURRENCY_SIGNS.has(t.text)) return null;
  if (t.kind === 'word' && !STARTERS.has(t.lower) && !monthOf(t.text)) return null;
  const date = parseDate(text, tokens, i);
  if (date) return date;
  const currency = CURRENCY_SIGNS.has(t.text) ? 1 : 0;
  const q1 = parseQuantity(text, tokens, i + currency, locale);
  if (!q1) return null;
  let first = q1;
  let last = q1;
  let qualifier: Qualifier = 'exact';
  let startIdx = i;
  // Ranges: "between 50 and 1,000", "50–1,000", "from 2 to 3 days", "two or three".
  const link = tokens[q1.end];
  if (link && RANGE_LINKS.has(link.lower) && !q1.fraction) {
    const q2 = parseQuantity(text, tokens, q1.end + 1, locale);
    const opener = tokens[i - 1]?.lower ?? '';
    const dash = link.kind === 'punct';
    const needsOpener = ['and', 'et', 'und', 'e', 'y', 'и'].includes(link.lower);
    if (q2 && !q2.fraction && (!needsOpener || RANGE_OPENERS.has(opener)) && (!dash || (q1.digits && q2.digits))) {
      let low = q1.value;
      if (q2.scale > 1 && q1.scale === 1 && low * q2.scale <= q2.value) low *= q2.scale; // "between 1 and 2 million"
      if (q2.value > low && !(dash && isYearLike(q1) && isYearLike(q2))) {
        first = { ...q1, value: low, low, high: low };
        last = q2;
        qualifier = 'range';
        if (RANGE_OPENERS.has(opener)) startIdx = i - 1;
      }
    }
  }
  let end = last.end;
  // The unit after the (last) number.
  const unit = parseUnit(text, tokens, end);
  if (unit === AGE) return null; // "a 30-year-old man" is nobody's count
  let kind: Unit = currency ? 'money' : first.fraction ? 'percent' : 'count';
  let factor = 1;
  let step = 0;
  let attributive = false;
  let ago = false;
  if (unit && unit.unit !== 'age' && !first.fraction) {
    kind = unit.unit as Unit;
    factor = unit.factor;
    step = unit.step;
    attributive = tokens[end]?.text === '-';
    end = unit.end;
    ago = !!unit.ago;
  }
  // "one" and "a" alone are articles and pronouns, not figures; they count only with a unit.
  if (first.weak && !unit) return null;
  // A bare year-like number with no unit is a year used as a name ("the 2020 war"), not a count.
  if (kind === 'count' && qualifier !== 'range' && isYearLike(first) && !countedNounFollows(tokens, end)) return null;
  // Qualifier before: "more than", "almost", "at least"...
  const before = QUALIFIERS.matchBefore(tokens, startIdx);
  if (qualifier !== 'range' && before) {
    qualifier = before.value;
    startIdx = before.start;
  }
  // Qualifier after: "or more", "-plus", "or so".
  const after = tokens[end];
  if (qualifier === 'exact' && after) {
    if (after.lower === 'or' && ['more', 'so'].includes(tokens[end + 1]?.lower ?? '')) {
      qualifier = tokens[end + 1]!.lower === 'more' ? 'ge' : 'approx';
      end += 2;
    } else if (after.lower === 'plus' || (after.text === '-' && tokens[end + 1]?.lower === 'plus')) {
      qualifier = 'ge';
      end += after.lower === 'plus' ? 1 : 2;
    }
  }
  const value = qualifier === 'range' ? (first.value + last.value) / 2 : first.value;
  const stepTolerance = step ? (step * factor) / 2 : (first.precision * factor) / 2;
  const tolerance = kind === 'count' || kind === 'money' ? Math.min(stepTolerance, 0.05 * value * factor) : stepTolerance;
  const [low, high] = logicalBounds(qualifier, first.low * factor, last.high * factor, value * factor, first.vague);
  const startTok = tokens[startIdx]!;
  const endTok = tokens[end - 1]!;
  return {
    start: startTok.start,
    end: endTok.end,
    raw: text.slice(startTok.start, endTok.end),
    value: value * factor,
    low,
    high: kind === 'percent' ? Math.min(high, 100) : high,
    unit: kind,
    qualifier: first.vague && qualifier === 'exact' ? 'range' : qualifier,
    vague: first.vague,
    tolerance,
    ...(attributive ? { attributive } : {}),
    ...(ago ? { ago } : {}),
    tokens: [startIdx, end],
  };
}

/** The interval a qualifier asserts around a value. */
function logicalBounds(q: Qualifier, low: number, high: number, value: number, vague: boolean): [number, number] {
  if (vague || q === 'range') return [low, high];
  switch (q) {
    case 'gt':
    case 'ge':
      return [value, Infinity];
    case 'almost':
      return [value * 0.8, value];
    case 'approx':
      return [value * 0.9, value * 1.1];
    case 'le':
    case 'lt':
      return [0, value];
    default:
      return [value, value];
  }
}

interface Quantity {
  value: number;
  low: number;
  high: number;
  end: number;
  precision: number;
  scale: number;
  digits: boolean;
  vague: boolean;
  weak: boolean;
  fraction: boolean;
  raw: string;
}

function isYearLike(q: Quantity): boolean {
  return q.digits && q.scale === 1 && /^\d{4}$/.test(q.raw) && q.value >= 1800 && q.value <= 2100;
}

const COUNTED_NOUNS = /^(people|persons|refugees|residents|inhabitants|civilians|children|vehicles|cars|troops|soldiers|families|armenians|dead|killed|injured|wounded|homes|houses|buses)$/;
function countedNounFollows(tokens: Token[], i: number): boolean {
  return COUNTED_NOUNS.test(tokens[i]?.lower ?? '');
}

/** Reads a number at token i: digits with scale, number words, orders of magnitude or fractions. */
function parseQuantity(text: string, tokens: Token[], i: number, locale: Locale): Quantity | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') return parseDigitQuantity(text, tokens, i, locale);
  if (t.kind !== 'word') return null;
  const vague = VAGUE.matchAt(tokens, i);
  if (vague) {
    const [low, high] = vague.value;
    return { value: Math.sqrt(low * high), low, high, end: vague.end, precision: low, scale: 1, digits: false, vague: true, weak: false, fraction: false, raw: '' };
  }
  const fraction = FRACTIONS.matchAt(tokens, i);
  if (fraction && !isPartOfWord(text, tokens, i, fraction.end)) {
    const v = fraction.value;
    return { value: v, low: v, high: v, end: fraction.end, precision: 1, scale: 1, digits: false, vague: false, weak: false, fraction: true, raw: '' };
  }
  return parseWordQuantity(tokens, i);
}

// "half-brother", "second half": fraction words that are not shares.
function isPartOfWord(text: string, tokens: Token[], i: number, end: number): boolean {
  const next = tokens[end];
  const prev = tokens[i - 1]?.lower ?? '';
  return (next?.text === '-' && next.start === tokens[end - 1]!.end) || ['first', 'second', 'latter', 'former'].includes(prev);
}

function parseDigitQuantity(text: string, tokens: Token[], i: number, locale: Locale): Quantity | null {
  const t = tokens[i]!;
  const prevChar = text[t.start - 1] ?? ' ';
  const prevPrev = text[t.start - 2] ?? ' ';
  // "COVID-19", "G20", "A320", URLs and versions: digits glued to letters or slashes are names.
  if (/[\p{L}/_\\@#.:]/u.test(prevChar) || (prevChar === '-' && /\p{L}/u.test(prevPrev))) return null;
  // "1988-94": the second half of a span of years.
  if (/[-–]/.test(prevChar) && /^\d{2}$/.test(t.text) && /(?:^|\D)\d{4}$/.test(text.slice(Math.max(0, t.start - 6), t.start - 1))) return null;
  const next = tokens[i + 1];
  const glued = next && next.start === t.end;
  if (glued && next.kind === 'punct' && [':', '/'].includes(next.text) && tokens[i + 2]?.kind === 'number') return null; // 16:37, 9/11
  let end = i + 1;
  let scale = 1;
  let decade = false;
  if (glued && next.kind === 'word') {
    if (next.lower === 'k' || next.lower === 'mila' || next.lower === 'mil') {
      scale = 1e3; // "100k", Italian "120mila"
      end++;
    } else if (next.lower === 'mln' || next.lower === 'млн') {
      scale = 1e6;
      end++;
    } else if (['bn', 'mn', 'm'].includes(next.lower) && /[.,]/.test(t.text)) {
      scale = next.lower === 'bn' ? 1e9 : 1e6;
      end++;
    } else if (next.lower === 's' && /^\d{4}$/.test(t.text)) {
      decade = true;
    } else {
      return null; // "19th", "3rd", "5G", "2x"
    }
  }
  if (decade) return null; // "the 1990s" is an era, read by the event rules
  if (scale === 1) {
    const s = SCALES.matchAt(tokens, end);
    // "m" alone is a scale only glued to a decimal ("1.2m"); spaced it is a metre or a name.
    if (s && !(tokens[end]!.lower === 'm')) {
      scale = s.value;
      end = s.end;
    }
  }
  const value = parseDigits(t.text, locale, scale > 1);
  if (!Number.isFinite(value)) return null;
  const decimals = /[.,](\d+)$/.exec(t.text.replace(/[\s\u00A0\u202F\u2009'’]/gu, ''));
  const isDecimal = decimals && value !== Math.round(value);
  const precision = isDecimal ? 10 ** -decimals[1]!.length * scale : roundness(value) * scale;
  const v = value * scale;
  return { value: v, low: v, high: v, end, precision, scale, digits: true, vague: false, weak: false, fraction: false, raw: t.text };
}

/** The rounding step of an integer: 120000 → 10000, 78300 → 100, 311 → 1. */
export function roundness(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

function parseWordQuantity(tokens: Token[], i: number): Quantity | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let articleScale = false;
  const first = tokens[i]!.lower;
  // "a dozen", "a hundred", "a thousand"
  if ((first === 'a' || first === 'an') && tokens[i + 1]) {
    const w = tokens[i + 1]!.lower;
    if (w === 'dozen') return wordQuantity(12, i + 2, 1);
    if (w in WORD_SCALES) {
      current = 1;
      j = i + 1;
      seen = true;
      articleScale = true;
    }
  }
  if (first === 'dozen' || first === 'dozens') return null;
  if (!articleScale && FOREIGN[first] !== undefined && !(first in ONES)) return wordQuantity(FOREIGN[first]!, i + 1, 1);
  while (j < tokens.length) {
    const w = tokens[j]!.lower;
    if (w in ONES) {
      current += ONES[w]!;
      j++;
      seen = true;
    } else if (w in TENS) {
      current += TENS[w]!;
      j++;
      seen = true;
      if (tokens[j]?.text === '-' && tokens[j + 1] && tokens[j + 1]!.lower in ONES && ONES[tokens[j + 1]!.lower]! < 10) {
        current += ONES[tokens[j + 1]!.lower]!;
        j += 2;
      }
    } else if (w === 'hundred' && seen) {
      current = (current || 1) * 100;
      j++;
    } else if ((w === 'thousand' || w === 'million' || w === 'billion') && seen) {
      total += (current || 1) * WORD_SCALES[w]!;
      current = 0;
      j++;
    } else if (w === 'and' && seen && tokens[j + 1] && (tokens[j + 1]!.lower in ONES || tokens[j + 1]!.lower in TENS) && total + current >= 100) {
      j++;
    } else {
      break;
    }
  }
  if (!seen) return null;
  const value = total + current;
  if (value === 0) return null;
  const q = wordQuantity(value, j, value >= 100 ? roundness(value) : 1);
  // "one" alone reads as a pronoun ("one of the"); it is a figure only with a scale or unit.
  q.weak = value === 1 && j === i + 1;
  return q;
}

function wordQuantity(value: number, end: number, precision: number): Quantity {
  return { value, low: value, high: value, end, precision, scale: 1, digits: false, vague: false, weak: false, fraction: false, raw: '' };
}

/** Reads a unit word at token i: "%", "per cent", "miles", "-kilometre", "days", "years ago". */
function parseUnit(text: string, tokens: Token[], i: number): UnitHit | null {
  let j = i;
  if (tokens[j]?.text === '-' && tokens[j]!.start === tokens[j - 1]?.end) j++; // "six-week", "44-day"
  const pct = PERCENT.matchAt(tokens, j);
  if (pct && j === i) return { unit: 'percent', factor: 1, step: 1, end: pct.end };
  const u = UNITS.matchAt(tokens, j);
  if (!u) return null;
  const [unit, factor] = u.value;
  let end = u.end;
  if (tokens[end]?.text === '-' && ['long', 'old'].includes(tokens[end + 1]?.lower ?? '')) {
    if (tokens[end + 1]!.lower === 'old') return AGE; // ages are not durations of events
    end += 2;
  }
  if (unit === 'days' && tokens[end]?.lower === 'old') return AGE;
  const ago = unit === 'days' && tokens[end]?.lower === 'ago';
  return { unit, factor, step: 1, end: ago ? end + 1 : end, ago };
}

/** Reads a calendar date at token i: "1 January 2024", "January 1, 2024", "September 24", "in December", "in 1994". */
function parseDate(text: string, tokens: Token[], i: number): Figure | null {
  const t = tokens[i]!;
  const make = (date: PartialDate, endIdx: number): Figure => {
    const range = dayRange(date);
    const last = tokens[endIdx - 1]!;
    return {
      start: t.start,
      end: last.end,
      raw: text.slice(t.start, last.end),
      value: range ? range[0] : NaN,
      low: range ? range[0] : NaN,
      high: range ? range[1] : NaN,
      unit: 'date',
      qualifier: 'exact',
      vague: false,
      tolerance: 0,
      date,
      tokens: [i, endIdx],
    };
  };
  const dayNumber = (tok: Token | undefined) => (tok && tok.kind === 'number' && /^\d{1,2}$/.test(tok.text) && Number(tok.text) >= 1 && Number(tok.text) <= 31 ? Number(tok.text) : 0);
  const yearNumber = (tok: Token | undefined) => (tok && tok.kind === 'number' && /^\d{4}$/.test(tok.text) && Number(tok.text) >= 1800 && Number(tok.text) <= 2100 ? Number(tok.text) : 0);
  // ISO 2023-09-30
  if (yearNumber(t) && tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'number' && tokens[i + 3]?.text === '-' && tokens[i + 4]?.kind === 'number') {
    const iso = text.slice(t.start, tokens[i + 4]!.end);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (m) return make({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, i + 5);
  }
  // Month first: "January 1, 2024", "Sept. 24", "September 2023", "in December".
  const month = t.kind === 'word' ? monthOf(t.text) : 0;
  if (month) {
    let j = i + 1;
    if (tokens[j]?.text === '.' && tokens[j]!.start === t.end) j++;
    const day = dayNumber(tokens[j]);
    if (day && !(tokens[j + 1] && tokens[j + 1]!.start === tokens[j]!.end && tokens[j + 1]!.kind === 'word' && !/^(st|nd|rd|th)$/.test(tokens[j + 1]!.lower))) {
      j++;
      if (/^(st|nd|rd|th)$/.test(tokens[j]?.lower ?? '')) j++;
      let k = j;
      if (tokens[k]?.text === ',') k++;
      const year = yearNumber(tokens[k]);
      return year ? make({ year, month, day }, k + 1) : make({ month, day }, j);
    }
    const year = yearNumber(tokens[j]);
    if (year) return make({ year, month }, j + 1);
    const prev = tokens[i - 1]?.lower ?? '';
    if (DATE_PREPOSITIONS.has(prev)) return make({ month }, i + 1);
    return null;
  }
  // Day first: "1 January 2024", "24 September", "1er janvier", "1. Januar", "1 de enero de 2024", "24th September".
  const day = dayNumber(t);
  if (day) {
    let j = i + 1;
    if (tokens[j] && tokens[j]!.start === t.end && /^(st|nd|rd|th|er|e|º)$/.test(tokens[j]!.lower)) j++;
    else if (tokens[j]?.text === '.' && tokens[j]!.start === t.end) j++;
    if (tokens[j]?.lower === 'de' || tokens[j]?.lower === 'of') j++;
    const m = tokens[j] && tokens[j]!.kind === 'word' ? monthOf(tokens[j]!.text) : 0;
    if (m) {
      j++;
      let k = j;
      if (tokens[k]?.lower === 'de' || tokens[k]?.text === ',') k++;
      const year = yearNumber(tokens[k]);
      return year ? make({ year, month: m, day }, k + 1) : make({ month: m, day }, j);
    }
    return null;
  }
  // A bare year after a date preposition: "in 1994", "since late 2020", "by 2024". Not "the 2020 war".
  const year = yearNumber(t);
  if (year && !(tokens[i + 1] && tokens[i + 1]!.start === t.end && tokens[i + 1]!.kind === 'word')) {
    const prev = tokens[i - 1]?.lower ?? '';
    const next = tokens[i + 1]?.lower ?? '';
    if (DATE_PREPOSITIONS.has(prev) && !COUNTED_NOUNS.test(next) && tokens[i + 1]?.text !== '-') return make({ year }, i + 1);
  }
  return null;
}

/** Drops a unit conversion in brackets right after a figure: "50 miles (80 kilometers)" is one figure. */
function dropConversions(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const prev = out[out.length - 1];
    if (prev && prev.unit === f.unit && f.unit !== 'count' && f.unit !== 'date' && /^\s*\(\s*$/.test(text.slice(prev.end, f.start)) && Math.abs(prev.value - f.value) <= 0.1 * Math.max(prev.value, f.value)) continue;
    out.push(f);
  }
  return out;
}
