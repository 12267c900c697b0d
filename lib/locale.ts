/** A language whose number grammar the engine knows; 'en' is the fallback. */
export type Locale = 'en' | 'fr' | 'de' | 'it' | 'es' | 'pt' | 'nl' | 'ru';

// Frequent short words of each language. A handful of hits is enough to tell them apart
// on a paragraph; a single sentence may tie, and then English rules apply.
const STOPWORDS: Record<Exclude<Locale, 'ru'>, string[]> = {
  en: ['the', 'and', 'of', 'have', 'has', 'were', 'was', 'that', 'from', 'people', 'with', 'said', 'more', 'than'],
  fr: ['les', 'des', 'est', 'ont', 'une', 'dans', 'personnes', 'plus', 'que', 'du', 'sont', 'selon', 'été'],
  de: ['die', 'der', 'und', 'sind', 'haben', 'mehr', 'als', 'nach', 'ein', 'eine', 'sich', 'wurden', 'das', 'den'],
  it: ['il', 'che', 'della', 'sono', 'hanno', 'persone', 'oltre', 'gli', 'di', 'ha', 'nel', 'delle', 'più'],
  es: ['los', 'las', 'que', 'personas', 'más', 'han', 'del', 'una', 'según', 'por', 'con', 'fueron'],
  pt: ['os', 'as', 'que', 'pessoas', 'mais', 'foram', 'uma', 'segundo', 'pelo', 'não', 'com', 'dos'],
  nl: ['de', 'het', 'een', 'zijn', 'hebben', 'meer', 'dan', 'mensen', 'van', 'werden', 'naar'],
};

/** Guesses the language of a text from its script and common words. */
export function detectLocale(text: string): Locale {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  if (/[\u0400-\u04FF]{3,}/u.test(sample)) {
    const cyr = sample.match(/[\u0400-\u04FF]/gu)?.length ?? 0;
    const lat = sample.match(/[a-z]/giu)?.length ?? 0;
    if (cyr > lat) return 'ru';
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: Locale = 'en';
  let bestScore = 0;
  for (const [locale, list] of Object.entries(STOPWORDS) as [Locale, string[]][]) {
    let score = 0;
    for (const w of list) score += counts.get(w) ?? 0;
    if (score > bestScore) {
      best = locale;
      bestScore = score;
    }
  }
  return best;
}

/** The decimal mark a locale writes: English uses '.', most of continental Europe ','. */
export function decimalMark(locale: Locale): '.' | ',' {
  return locale === 'en' ? '.' : ',';
}

/**
 * Reads a digit string as the given locale writes it. "85.000" is 85000 in Italian and
 * German; "100,417" is 100417 in English; "1,5" is 1.5 in French. `beforeScale` says a
 * scale word follows ("1.2 million", "1,2 milioni"), which makes a lone separator decimal.
 */
export function parseDigits(raw: string, locale: Locale, beforeScale = false): number {
  const compact = raw.replace(/[\s\u00A0\u202F\u2009'’]/gu, '');
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
