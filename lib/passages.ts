import { vocabularyFor } from './lexicon/index';
import { tokenize } from './tokens';

/** A stretch of text with its UTF-16 offsets in the whole. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Splits text into passages: lines, as block elements of a page or paragraphs of a report. A
 * hard-wrapped line joins the one before it when that one stops mid-sentence and this one goes
 * on in lower case or with a number ("rund" at the end of a line, "100.000 Menschen" on the next).
 */
export function splitPassages(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const span = { start: m.index + lead, end: m.index + lead + trimmed.length };
    const prev = out[out.length - 1];
    if (prev && continues(text, prev, span)) prev.end = span.end;
    else out.push(span);
  }
  return out;
}

/**
 * The shortest line read as hard-wrapped prose whatever follows it: wrapped text fills its lines to a width of
 * sixty to eighty characters. A shorter line that stops mid-sentence is a cell of a list, a table or an
 * infobox ("190+ combatentes mortos e outros 360 feridos" over "5 soldados … mortos"), unless the next line ends
 * the sentence (a narrow column's last line).
 */
const WRAP_MIN = 50;

// A line break inside a sentence: the line before ends on a word or a comma, on the line right
// above (no blank line between), and this line starts in lower case or with a digit.
function continues(text: string, prev: Span, next: Span): boolean {
  if (/\n\s*\n/.test(text.slice(prev.end, next.start))) return false;
  // "zum 1." at the end of a line and "Januar 2024" on the next: one date.
  if (text[prev.end - 1] === '.' && isOrdinalDay(text.slice(prev.start, prev.end), prev.end - prev.start - 1, 0, text.slice(next.start, next.start + 40))) return true;
  // "85" at the end of a line and "Prozent der Bevölkerung" on the next: a number's unit, share or scale word
  // goes on with it, capitalised as German writes every noun ("Prozent", "Millionen", "Kilometer").
  const line = text.slice(Math.max(prev.start, text.lastIndexOf('\n', prev.end - 1) + 1), prev.end);
  const nextLine = text.slice(next.start, next.end);
  const wrapped = line.length >= WRAP_MIN || sameWidth(line, nextLine) || /[.!?…։]["'”’»)\]]*$/u.test(nextLine);
  // Not a label of a table or an infobox under a number ("Days since the offensive began: 20", review 20 H4).
  const label = /:/u.test(nextLine) || /\p{N}$/u.test(nextLine);
  if (wrapped && !label && /\p{N}$/u.test(line) && !YEAR_AT_END.test(line.slice(-5)) && unitStarts(nextLine.slice(0, UNIT_LOOKAHEAD))) return true;
  if (!/[\p{Ll}\p{N},]$/u.test(line) || !/^[\p{Ll}\p{N}]/u.test(nextLine)) return false;
  return wrapped;
}

/**
 * How far two lines' lengths may differ, as a share of the longer, and still be lines of one narrow column wrapped
 * to a width (35-49 characters: a mail, a copied PDF column; review 20 M2). Cells of an infobox differ more.
 */
const SAME_WIDTH = 0.25;
function sameWidth(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= SAME_WIDTH * Math.max(a.length, b.length);
}

/** A year closing a line ("Flüchtlinge 2023" over "Tage der Angst"): a heading's date, never a count with a unit below. */
const YEAR_AT_END = /(?:^|\D)(?:19|20)\d\d$/u;

/** How many characters of a line are enough to read a unit word at its start ("Kilometern", "тысяч человек"). */
const UNIT_LOOKAHEAD = 40;

/** True when a line starts with a word of per cent, a scale ("Millionen", "тысяч") or a unit ("Kilometer", "Tage"). */
function unitStarts(line: string): boolean {
  const v = vocabularyFor(null);
  const tokens = tokenize(line);
  return tokens.length > 0 && (v.percent.matchAt(tokens, 0) !== null || v.scales.matchAt(tokens, 0) !== null || v.units.matchAt(tokens, 0) !== null);
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'no', 'vs', 'etc', 'approx', 'inc', 'ltd', 'co',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'mt', 'ft', 'fig',
]);

// "am 19. September", "zum 1. Januar 2024": a day number with an ordinal point before a month
// name is a date, not the end of a sentence, in every language that writes it so.
function isOrdinalDay(body: string, dot: number, next: number, after = body.slice(next)): boolean {
  if (!/(?:^|[^\p{L}\p{N}.,])\d{1,2}$/u.test(body.slice(Math.max(0, dot - 4), dot))) return false;
  const word = /^[\p{L}\p{M}]+/u.exec(after)?.[0];
  return word !== undefined && vocabularyFor(null).months.has(word.toLowerCase());
}

/** Splits a passage into sentences, keeping offsets. Abbreviations and initials do not end one. */
export function splitSentences(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const body = text.slice(span.start, span.end);
  // Armenian ends a sentence with "։" (U+0589), often typed as a colon before the next capital.
  // French sets a space (often a no-break one) inside its guillemets: "… du Karabakh. » D'après lui", "parti. « Nous".
  const re = /(?:[.!?…։]+|:(?=\s+«?[\u0531-\u0556]))(?:[\u00a0\u202f ]?[»›]|["'”’)\]])*\s+(?=(?:«[\u00a0\u202f ]?|["'“‘(\[])?[\p{Lu}\p{Lo}\d])/gu;
  let from = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const head = body.slice(Math.max(from, m.index - 12), m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(head)?.[1]?.toLowerCase() ?? '';
    if (body[m.index] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    if (body[m.index] === '.' && isOrdinalDay(body, m.index, m.index + m[0].length)) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ start: span.start + from, end: span.start + end });
    from = m.index + m[0].length;
  }
  if (from < body.length) out.push({ start: span.start + from, end: span.end });
  // Nearly every sentence is short: the spans are copied into a new list only when one must be cut.
  return out.some((s) => s.end - s.start > MAX_SENTENCE) ? out.flatMap((s) => capped(text, s)) : out;
}

/** The longest stretch read as one sentence: past it, text with no full stop is cut at a space. */
export const MAX_SENTENCE = 2000;

// A "sentence" of a megabyte (a list, a table, an attack) would make every per-sentence rule
// slow; real sentences are far shorter, so long ones are cut at white space.
function capped(text: string, s: Span): Span[] {
  if (s.end - s.start <= MAX_SENTENCE) return [s];
  const out: Span[] = [];
  let from = s.start;
  while (s.end - from > MAX_SENTENCE) {
    const window = text.slice(from + MAX_SENTENCE / 2, from + MAX_SENTENCE);
    const space = window.lastIndexOf(' ');
    const cut = space >= 0 ? from + MAX_SENTENCE / 2 + space + 1 : from + MAX_SENTENCE;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end: s.end });
  return out;
}

/**
 * The sentence of `sentences` (as splitSentences gives them: in order, none overlapping) that holds
 * `span` whole, found by bisection; undefined when none does. A passage of a one-line page has
 * thousands of sentences: a search from its start for each figure would make reading it quadratic.
 */
export function sentenceHolding(sentences: readonly Span[], span: Span): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  // The last sentence that starts at or before the span: the only one that can hold it.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= span.start) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && span.start >= s.start && span.end <= s.end ? s : undefined;
}
