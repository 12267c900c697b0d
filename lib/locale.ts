import { LEXICONS, type LanguageCode } from './lexicon/index';

/** A language the engine reads, or null when a text does not tell (it is then read with every lexicon). */
export type Locale = LanguageCode | null;

// Stopword hits below this tell nothing: a headline or a short selection is read with every lexicon.
const MIN_EVIDENCE = 2;

const LATIN = Object.values(LEXICONS).filter((l) => l.script === 'latin');

// How many Latin-script lexicons list each stopword.
const SHARED = new Map<string, number>();
for (const l of LATIN) for (const w of new Set(l.stopwords)) SHARED.set(w, (SHARED.get(w) ?? 0) + 1);

/**
 * Guesses the language of a text from its script and common words. A handful of stopword hits
 * is enough to tell Latin-script languages apart on a paragraph; a single sentence may tie, and
 * then every lexicon reads it.
 */
export function detectLocale(text: string): Locale {
  // A page's text is asked for by its figures and its statements, each claim's sentence by extraction and judging:
  // the last few answers are kept (the service worker judges while the page waits; see BENCHMARKS.md, stop 46).
  const known = RECENT.get(text);
  if (known !== undefined) return known;
  const locale = guessLocale(text);
  if (RECENT.size >= RECENT_TEXTS) RECENT.delete(RECENT.keys().next().value!);
  RECENT.set(text, locale);
  return locale;
}

// The texts whose language was guessed last, oldest first.
const RECENT = new Map<string, Locale>();
const RECENT_TEXTS = 8;

function guessLocale(text: string): Locale {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const { lat, cyr, arm } = scripts(sample);
  if (cyr > lat && cyr >= arm && cyr >= 3) return 'ru';
  if (arm > lat && arm >= 3) return 'hy';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: LanguageCode | null = null;
  let bestScore = MIN_EVIDENCE - 1;
  let tied = false;
  for (const lexicon of LATIN) {
    let score = 0;
    // A word several languages share ("de", "la", "en") counts as a fraction for each of them.
    for (const w of lexicon.stopwords) score += (counts.get(w) ?? 0) / (SHARED.get(w) ?? 1);
    // Letters only one language writes settle a close call ("ə" is Azerbaijani, "ř" Czech).
    score += distinctiveLetters(sample, lexicon.code);
    if (score > bestScore + TIE) {
      best = lexicon.code;
      bestScore = score;
      tied = false;
    } else if (best !== null && Math.abs(score - bestScore) <= TIE) tied = true;
  }
  // Two languages with the same evidence ("que … de … en la", Spanish or French): the text does
  // not tell, and every lexicon reads it rather than the one that happens to come first.
  return tied ? null : best;
}

// Scores are sums of fractions: two within this are the same evidence.
const TIE = 1e-9;

// How many letters of each script a text has: counted in one pass, without a match array of
// thousands of one-letter strings (this runs on every page the gate lets through, twice).
function scripts(text: string): { lat: number; cyr: number; arm: number } {
  let lat = 0;
  let cyr = 0;
  let arm = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20; // ASCII capitals fold onto small letters; other ranges are tested wide
    if (c >= 0x61 && c <= 0x7a) lat++;
    else {
      const u = text.charCodeAt(i);
      if (u >= 0x0400 && u <= 0x04ff) cyr++;
      else if (u >= 0x0531 && u <= 0x0587) arm++;
    }
  }
  return { lat, cyr, arm };
}

// Portuguese alone writes the nasal vowels "ã" and "õ" ("não", "milhões"), which tells it from Spanish.
const DISTINCTIVE: Partial<Record<LanguageCode, RegExp>> = { az: /ə/gu, cs: /[řůě]/gu, pl: /[łęąśźż]/gu, tr: /[ığş]/gu, pt: /[ãõ]/gu };

function distinctiveLetters(text: string, code: LanguageCode): number {
  // Azerbaijani writes Turkish's "ı", "ğ" and "ş" too: in a text with "ə" they tell nothing.
  if (code === 'tr' && /ə/u.test(text)) return 0;
  const re = DISTINCTIVE[code];
  return re ? Math.min(5, text.match(re)?.length ?? 0) : 0;
}

/** The decimal mark a locale writes: English uses '.', most of continental Europe ','. */
export function decimalMark(locale: Locale): '.' | ',' {
  return locale === null ? '.' : LEXICONS[locale].decimalMark;
}

/**
 * Reads a digit string as the given locale writes it. "85.000" is 85000 in Italian and
 * German; "100,417" is 100417 in English; "1,5" is 1.5 in French. `beforeScale` says a
 * scale word follows ("1.2 million", "1,2 milioni"), which makes a lone separator decimal.
 */
export function parseDigits(raw: string, locale: Locale, beforeScale = false): number {
  const compact = raw.replace(/[\s\u00A0\u202F\u2009\u2024'’]/gu, ''); // U+2024 groups digits in Armenian text ("84․408")
  const marks = compact.match(/[.,]/g) ?? [];
  if (marks.length === 0) return Number(compact);
  const dec = decimalMark(locale);
  const lastMark = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ',';
  const lastIdx = compact.lastIndexOf(lastMark);
  const tail = compact.slice(lastIdx + 1);
  const distinct = new Set(marks);
  let decimal: string | null;
  if (distinct.size === 2) {
    decimal = lastMark; // "1,234.5" or "1.234,5": the last mark is the decimal one
  } else if (marks.length > 1) {
    decimal = null; // "1,234,567" or "1.234.567": every mark groups
  } else if (tail.length !== 3) {
    decimal = lastMark; // "1.5", "2,25": only decimals have other than three digits
  } else if (beforeScale) {
    decimal = lastMark; // "1.250 million"
  } else if (lastMark === dec) {
    // "85.000" in English is ambiguous; reporting writes counts, not thousandths, so
    // a three-digit tail after a non-zero integer part groups thousands.
    decimal = /^0+$/.test(compact.slice(0, lastIdx)) ? lastMark : null;
  } else {
    decimal = null; // "100,417" in English, "85.000" in Italian
  }
  const normalised =
    decimal === null
      ? compact.replace(/[.,]/g, '')
      : compact.replace(new RegExp(`[${decimal === '.' ? ',' : '.'}]`, 'g'), '').replace(decimal, '.');
  return Number(normalised);
}
