import type { CompactClaim, PageSummary } from './messages';
import { VERDICTS_BY_SEVERITY } from './verdict';

// The popup and the side panel list a page's claims from one reply of the content script. On a
// page of 2 MB with 16,000 claims that reply, as objects with the page's text beside them, is
// about 6 MB of JSON, and the browser serializes extension messages as JSON: most of the
// popup's opening time. Packed, it carries each claim as a row of numbers, each sentence a claim
// stands in once, and the words most claims share (verdict, kind, what it counts) once.

/** A page summary as it crosses from the content script to the popup or the side panel. */
export interface PackedSummary {
  packed: 1;
  id: string;
  title?: string;
  url?: string;
  date?: string | null;
  host: string;
  enabled: boolean;
  scanned: boolean;
  /** The page text's length: the claims' offsets are into it. */
  length: number;
  /** The sentences claims stand in, each once, in order: `[start, end, text]`. */
  sentences: Array<[number, number, string]>;
  /** Words many claims share: a verdict, a kind, a strength, the part of `understood` after its figure. */
  words: string[];
  /**
   * One row per claim: start, end, its sentence's place in `sentences`, verdict, kind, strength
   * (places in `words`, -1 for none), understood (a place in `words` for what follows the figure,
   * or the whole sentence), and the claim's own text when it is not its sentence's words at its place.
   */
  claims: Array<[number, number, number, number, number, number, number | string] | [number, number, number, number, number, number, number | string, string]>;
}

// `understood` is the figure, a dash, then what it was understood to count: the second part repeats.
const DASH = ' — ';

/** Packs a summary for the message to the popup or the side panel. */
export function packSummary(summary: PageSummary): PackedSummary {
  const words: string[] = [];
  const places = new Map<string, number>();
  const word = (w: string | null | undefined): number => {
    if (w === undefined || w === null) return -1;
    let at = places.get(w);
    if (at === undefined) places.set(w, (at = words.push(w) - 1));
    return at;
  };
  const sentences: PackedSummary['sentences'] = [];
  // Claims come in the order of the page, most sharing their sentence with the one before.
  const sentenceAt = new Map<number, number>();
  const { text } = summary;
  const claims = summary.claims.map((c): PackedSummary['claims'][number] => {
    const key = c.sentence.start * 4_194_304 + c.sentence.end;
    let s = sentenceAt.get(key);
    if (s === undefined) {
      sentenceAt.set(key, (s = sentences.length));
      sentences.push([c.sentence.start, c.sentence.end, text.slice(c.sentence.start, c.sentence.end)]);
    }
    const row: PackedSummary['claims'][number] = [c.start, c.end, s, word(c.verdict), word(c.kind), word(c.strength), packUnderstood(c, word)];
    const inSentence = c.sentence.start <= c.start && c.end <= c.sentence.end && c.end - c.start === c.text.length && text.startsWith(c.text, c.start);
    return inSentence ? row : [...row, c.text];
  });
  const { id, title, url, date, host, enabled, scanned } = summary;
  return { packed: 1, id, ...(title !== undefined ? { title } : {}), ...(url !== undefined ? { url } : {}), ...(date !== undefined ? { date } : {}), host, enabled, scanned, length: summary.text.length, sentences, words, claims };
}

// The figure's words are in the text: only what follows them is kept, as a shared word.
function packUnderstood(c: CompactClaim, word: (w: string) => number): number | string {
  const u = c.understood;
  if (u.startsWith(c.text) && u.startsWith(DASH, c.text.length) && !/\s\s|[^\S ]/.test(c.text)) return word(u.slice(c.text.length + DASH.length));
  const head = `${c.text.replace(/\s+/g, ' ')}${DASH}`;
  return u.startsWith(head) ? word(u.slice(head.length)) : u;
}

/** A packed summary that does not fit its own rows (a damaged or foreign reply). */
export class SummaryError extends Error {
  override name = 'SummaryError';
}

const VERDICTS = new Set<string>(VERDICTS_BY_SEVERITY);
const KINDS = new Set(['figure', 'statement']);
const STRENGTHS = new Set(['direct', 'derived', 'loose']);
const isOffset = (x: unknown, max: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;

/**
 * Unpacks a summary. Its `text` holds the sentences the claims stand in, at their places, and
 * blanks between them: what a list needs to quote a claim's sentence, and nothing else of the page.
 * Throws a SummaryError naming what does not fit.
 */
export function unpackSummary(packed: PackedSummary): PageSummary {
  const bad = (what: string) => new SummaryError(`the page's reply is damaged (${what}); reload the page and open this again`);
  if (!packed || packed.packed !== 1 || !Array.isArray(packed.sentences) || !Array.isArray(packed.words) || !Array.isArray(packed.claims) || !isOffset(packed.length, Infinity)) throw bad('not a packed summary');
  const { length, words } = packed;
  if (!words.every((w) => typeof w === 'string')) throw bad('its words');
  for (const [i, row] of packed.sentences.entries()) {
    const [start, end, said] = Array.isArray(row) ? row : [];
    if (!isOffset(start, length) || !isOffset(end, length) || typeof said !== 'string' || said.length !== end - start) throw bad(`sentence ${i + 1}`);
  }
  // The sentences at their places, in the order of the page. Two that overlap are slices of the
  // same text, so the second adds only what runs past the first.
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end, said] of [...packed.sentences].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    pieces.push(' '.repeat(Math.max(0, start - at)), said.slice(Math.max(0, at - start)));
    at = end;
  }
  pieces.push(' '.repeat(length - at));
  const text = pieces.join('');
  const anyWord = new Set(words);
  const wordOf = (place: unknown, allowed: ReadonlySet<string>, what: string, i: number): string | undefined => {
    if (place === -1) return undefined;
    const w = typeof place === 'number' ? words[place] : undefined;
    if (w === undefined || !allowed.has(w)) throw bad(`the ${what} of claim ${i + 1}`);
    return w;
  };
  const claims = packed.claims.map((row, i): CompactClaim => {
    const [start, end, s, verdict, kind, strength, understood, own] = Array.isArray(row) ? row : [];
    const sentence = typeof s === 'number' ? packed.sentences[s] : undefined;
    if (!isOffset(start, length) || !isOffset(end, length) || start > end || !sentence || (own !== undefined && typeof own !== 'string')) throw bad(`claim ${i + 1}`);
    const figure = own ?? text.slice(start, end);
    const said = typeof understood === 'string' ? understood : `${figure.replace(/\s+/g, ' ')}${DASH}${wordOf(understood, anyWord, 'meaning', i) ?? ''}`;
    const claim: CompactClaim = { start, end, text: figure, verdict: wordOf(verdict, VERDICTS, 'verdict', i) as CompactClaim['verdict'], sentence: { start: sentence[0], end: sentence[1] }, understood: said };
    const k = wordOf(kind, KINDS, 'kind', i);
    if (k) claim.kind = k as CompactClaim['kind'];
    claim.strength = (wordOf(strength, STRENGTHS, 'strength', i) ?? null) as CompactClaim['strength'];
    return claim;
  });
  const { id, title, url, date, host, enabled, scanned } = packed;
  return { id, ...(title !== undefined ? { title } : {}), ...(url !== undefined ? { url } : {}), ...(date !== undefined ? { date } : {}), host, enabled, scanned, text, claims };
}
