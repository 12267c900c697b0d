import type { CompactClaim, PageSummary } from './messages';
import { VERDICTS_BY_SEVERITY } from './verdict';

// The popup and the side panel list a page's claims from one reply of the content script. On a
// page of 2 MB with 16,000 claims that reply, as objects with the page's text beside them, is
// about 6 MB of JSON, and the browser serializes extension messages as JSON: most of the
// popup's opening time. Packed, it carries each claim as a row of numbers, each sentence a claim
// stands in once, and the words most claims share (verdict, kind, what it counts) once. The rows
// and the sentences are flat, so the popup parses a few long arrays and strings, not one small
// array per claim and per sentence: parsing and unpacking 13,500 claims cold took about 92 ms of
// CPU with small arrays and 59 ms flat (Node, scripts of the bench's dense page; most of it is the
// garbage collector).

/** A page summary as it crosses from the content script to the popup or the side panel. */
export interface PackedSummary {
  packed: 2;
  id: string;
  title?: string;
  url?: string;
  date?: string | null;
  host: string;
  enabled: boolean;
  scanned: boolean;
  /** The page text's length: the claims' offsets are into it. */
  length: number;
  /** The sentences claims stand in, each once, in the order first met: start and end, flat (two numbers a sentence). */
  sentences: number[];
  /** Those sentences' words, one after another in the same order: each is as long as its end less its start. */
  said: string;
  /** Words many claims share: a verdict, a kind, a strength, the part of `understood` after its figure. */
  words: string[];
  /** Strings only one claim has: an `understood` that does not repeat, a claim's text that is not its sentence's words. */
  strings: string[];
  /**
   * One row of ROW numbers per claim, flat: start, end, its sentence's place in `sentences`, verdict,
   * kind, strength (places in `words`, -1 for none), understood (a place in `words` for what follows
   * the figure, or -2 - k for `strings[k]`), and its own text (-2 - k for `strings[k]`, or -1 when
   * it is its sentence's words at its place).
   */
  claims: number[];
}

/**
 * Numbers in a claim's row. Rows are flat and sentences carry one string between them: a page of
 * 16,000 claims crosses as two arrays of numbers and two strings, not 30,000 small arrays and
 * strings the popup would parse and then collect as garbage while it opens.
 */
export const ROW = 8;

// `understood` is the figure, a dash, then what it was understood to count: the second part repeats.
const DASH = ' — ';
const NONE = -1;

/** Packs a summary for the message to the popup or the side panel. */
export function packSummary(summary: PageSummary): PackedSummary {
  const words: string[] = [];
  const places = new Map<string, number>();
  const word = (w: string | null | undefined): number => {
    if (w === undefined || w === null) return NONE;
    let at = places.get(w);
    if (at === undefined) places.set(w, (at = words.push(w) - 1));
    return at;
  };
  const strings: string[] = [];
  const own = (s: string) => -2 - (strings.push(s) - 1);
  const sentences: number[] = [];
  const said: string[] = [];
  // Claims come in the order of the page, most sharing their sentence with the one before.
  const sentenceAt = new Map<number, number>();
  const { text } = summary;
  const claims: number[] = [];
  for (const c of summary.claims) {
    const key = c.sentence.start * 4_194_304 + c.sentence.end;
    let s = sentenceAt.get(key);
    if (s === undefined) {
      sentenceAt.set(key, (s = sentences.length / 2));
      sentences.push(c.sentence.start, c.sentence.end);
      said.push(text.slice(c.sentence.start, c.sentence.end));
    }
    const understood = packUnderstood(c, word);
    const inSentence = c.sentence.start <= c.start && c.end <= c.sentence.end && c.end - c.start === c.text.length && text.startsWith(c.text, c.start);
    claims.push(c.start, c.end, s, word(c.verdict), word(c.kind), word(c.strength), typeof understood === 'number' ? understood : own(understood), inSentence ? NONE : own(c.text));
  }
  const { id, title, url, date, host, enabled, scanned } = summary;
  return { packed: 2, id, ...(title !== undefined ? { title } : {}), ...(url !== undefined ? { url } : {}), ...(date !== undefined ? { date } : {}), host, enabled, scanned, length: summary.text.length, sentences, said: said.join(''), words, strings, claims };
}

// The figure's words are in the text: only what follows them is kept, as a shared word.
function packUnderstood(c: CompactClaim, word: (w: string) => number): number | string {
  const u = c.understood;
  if (u.startsWith(c.text) && u.startsWith(DASH, c.text.length) && !ODD_SPACE.test(c.text)) return word(u.slice(c.text.length + DASH.length));
  const head = `${c.text.replace(/\s+/g, ' ')}${DASH}`;
  return u.startsWith(head) ? word(u.slice(head.length)) : u;
}
const ODD_SPACE = /\s\s|[^\S ]/;

/** A packed summary that does not fit its own rows (a damaged or foreign reply). */
export class SummaryError extends Error {
  override name = 'SummaryError';
}

const VERDICTS = new Set<string>(VERDICTS_BY_SEVERITY);
const KINDS = new Set(['figure', 'statement']);
const STRENGTHS = new Set(['direct', 'derived', 'loose']);
const isOffset = (x: unknown, max: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;
const isNumbers = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => typeof n === 'number' && Number.isInteger(n));

/**
 * Unpacks a summary. Its `text` holds the sentences the claims stand in, at their places, and
 * blanks between them: what a list needs to quote a claim's sentence, and nothing else of the page.
 * Throws a SummaryError naming what does not fit.
 */
export function unpackSummary(packed: PackedSummary): PageSummary {
  const bad = (what: string) => new SummaryError(`the page's reply is damaged (${what}); reload the page and open this again`);
  if (!packed || packed.packed !== 2 || !isNumbers(packed.sentences) || typeof packed.said !== 'string' || !Array.isArray(packed.words) || !Array.isArray(packed.strings) || !isNumbers(packed.claims) || !isOffset(packed.length, Infinity)) throw bad('not a packed summary');
  const { length, words, strings, sentences, said, claims: rows } = packed;
  if (!words.every((w) => typeof w === 'string') || !strings.every((w) => typeof w === 'string')) throw bad('its words');
  if (sentences.length % 2 || rows.length % ROW) throw bad('its rows');
  // Each sentence's words in `said`, and the sentences at their places in the order of the page.
  // Two that overlap are slices of the same text, so the second adds only what runs past the first.
  const saidAt: number[] = [];
  const order: number[] = [];
  let used = 0;
  let sorted = true;
  for (let i = 0; i < sentences.length; i += 2) {
    const start = sentences[i]!;
    const end = sentences[i + 1]!;
    if (!isOffset(start, length) || !isOffset(end, length) || start > end) throw bad(`sentence ${i / 2 + 1}`);
    saidAt.push(used);
    used += end - start;
    if (i && start < sentences[order[order.length - 1]!]!) sorted = false;
    order.push(i);
  }
  if (used !== said.length) throw bad('its sentences\' words');
  if (!sorted) order.sort((a, b) => sentences[a]! - sentences[b]!);
  const pieces: string[] = [];
  let at = 0;
  for (const i of order) {
    const start = sentences[i]!;
    const end = sentences[i + 1]!;
    if (end <= at) continue;
    const from = saidAt[i / 2]! + Math.max(0, at - start);
    pieces.push(' '.repeat(Math.max(0, start - at)), said.slice(from, saidAt[i / 2]! + end - start));
    at = end;
  }
  pieces.push(' '.repeat(length - at));
  const text = pieces.join('');
  const wordOf = (place: number, allowed: ReadonlySet<string> | null, what: string, i: number): string | undefined => {
    if (place === NONE) return undefined;
    const w = words[place];
    if (w === undefined || (allowed && !allowed.has(w))) throw bad(`the ${what} of claim ${i + 1}`);
    return w;
  };
  const stringOf = (place: number, i: number): string => {
    const s = strings[-2 - place];
    if (s === undefined) throw bad(`claim ${i + 1}`);
    return s;
  };
  const claims: CompactClaim[] = [];
  for (let r = 0, i = 0; r < rows.length; r += ROW, i++) {
    const start = rows[r]!;
    const end = rows[r + 1]!;
    const s = rows[r + 2]!;
    const understood = rows[r + 6]!;
    const own = rows[r + 7]!;
    if (!isOffset(start, length) || !isOffset(end, length) || start > end || !isOffset(s, sentences.length / 2 - 1) || own > NONE || understood === NONE) throw bad(`claim ${i + 1}`);
    const figure = own === NONE ? text.slice(start, end) : stringOf(own, i);
    const spaced = ODD_SPACE.test(figure) ? figure.replace(/\s+/g, ' ') : figure;
    const claim: CompactClaim = {
      start,
      end,
      text: figure,
      verdict: wordOf(rows[r + 3]!, VERDICTS, 'verdict', i) as CompactClaim['verdict'],
      sentence: { start: sentences[2 * s]!, end: sentences[2 * s + 1]! },
      understood: understood < NONE ? stringOf(understood, i) : `${spaced}${DASH}${wordOf(understood, null, 'meaning', i)!}`,
    };
    const k = wordOf(rows[r + 4]!, KINDS, 'kind', i);
    if (k) claim.kind = k as CompactClaim['kind'];
    claim.strength = (wordOf(rows[r + 5]!, STRENGTHS, 'strength', i) ?? null) as CompactClaim['strength'];
    claims.push(claim);
  }
  const { id, title, url, date, host, enabled, scanned } = packed;
  return { id, ...(title !== undefined ? { title } : {}), ...(url !== undefined ? { url } : {}), ...(date !== undefined ? { date } : {}), host, enabled, scanned, text, claims };
}
