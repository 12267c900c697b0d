import type { CheckedClaim } from '../lib/check';
import { arithmeticOf, explanationSteps, listingParts, measureArg, sayArg, saySteps, understoodParts, understoodTail, type EnglishNames, type ExplainedClaim, type StepWords } from '../lib/explanation-steps';
import { englishMessages, sayMessage, uiLocale, t } from '../extension/i18n';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Days, dates, numbers and lists in the user's language, and the extension's messages, for the explanation steps. */
function stepWords(): StepWords {
  const locale = uiLocale();
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    message: sayMessage,
    day: (iso) => (iso ? day.format(utc(iso)) : t('common_undated')),
    partial: (iso) => {
      const span = /^(\d{4})\/(\d{4})$/.exec(iso);
      if (span) return `${span[1]}–${span[2]}`;
      if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return day.format(utc(iso));
      if (/^\d{4}-\d{2}$/.test(iso)) return monthYear.format(utc(`${iso}-01`));
      // A month (and day) of no known year: any year names it.
      if (/^--\d{2}-\d{2}$/.test(iso)) return dayMonth.format(utc(`2000${iso.slice(1)}`));
      if (/^--\d{2}$/.test(iso)) return month.format(utc(`2000${iso.slice(1)}-01`));
      return iso;
    },
    number: (n) => number.format(n),
    and: (items) => list.format(items),
  };
}

/**
 * A claim's explanation in the user's language: each sentence through its message (each source's
 * word, the arithmetic, reports left out, wire copy, the verdict and why); in English, or for a
 * sentence of a shape the steps do not know, the engine's own English sentence.
 */
export function explanationText(claim: ExplainedClaim): string {
  if (uiLocale() === 'en') return claim.explanation;
  const steps = explanationSteps(claim);
  return steps ? saySteps(steps, stepWords()) : claim.explanation;
}

/** The figure or statement as understood ("more than 100,000 — people who left …") in the user's language; the engine's English where it cannot be. */
export function understoodText(claim: Partial<Pick<CheckedClaim, 'kind' | 'understood' | 'statement' | 'text' | 'measure' | 'event' | 'asOf' | 'attribution' | 'figure'>>): string {
  const english = claim.understood ?? '';
  if (uiLocale() === 'en') return english;
  const parts = understoodParts(claim);
  if (!parts) return english;
  const words = stepWords();
  return parts.map((p) => sayArg(p, words)).join('');
}

/** A measure's name ("people who left Nagorno-Karabakh") in the user's language, for lists of measures; `english` where it has no message. */
export function measureName(measure: string, english: string): string {
  if (uiLocale() === 'en') return english;
  const said = sayArg(measureArg(measure), stepWords());
  return /\b(?:measure|group)_/.test(said) ? english : said;
}

/** An event's name ("the 2020 war") in the user's language; the id where it has no message. */
export function eventName(event: string): string {
  const said = sayMessage(`event_${event.replace(/-/g, '_')}`, []);
  return said.startsWith('event_') ? event : said;
}

// The English names of measures, groups and events, read once from the English messages.
let names: EnglishNames | null = null;
function englishNames(): EnglishNames {
  const english = englishMessages();
  if (!names && english) names = Object.entries(english).filter(([id]) => /^(?:measure|group|event)_/.test(id)).map(([id, entry]) => [id, entry.message] as const);
  return names ?? [];
}

/**
 * What a claim is understood as, less the figure ("people who left Nagorno-Karabakh, …, as of
 * 30 Sept 2023"), in the user's language, for lists that carry only the `understood` sentence.
 */
export function understoodTailText(claim: { understood: string; kind?: CheckedClaim['kind'] }): string {
  const english = claim.understood.split(' — ')[1] ?? '';
  if (uiLocale() === 'en') return english;
  const parts = understoodTail(claim, englishNames());
  if (!parts) return english;
  const words = stepWords();
  return parts.map((p) => sayArg(p, words)).join('');
}

/** The arithmetic a derived figure used ("“100,417” of a population of … is 81% to 86%") in the user's language; the engine's English where it cannot be. */
export function arithmeticText(derived: string): string {
  if (uiLocale() === 'en') return derived;
  const sum = arithmeticOf(derived);
  return sum ? sayArg(sum, stepWords()) : derived;
}

/** A report's listed statement (actor, act, object, who says so) in the user's language; each part the listing's English where it cannot be. */
export function listingWords(st: { actor: string | null; action: string; object: string; speaker: string | null }): { actor: string | null; action: string; object: string; speaker: string | null } {
  if (uiLocale() === 'en') return st;
  const parts = listingParts(st);
  const words = stepWords();
  return {
    actor: parts.actor ? sayArg(parts.actor, words) : st.actor,
    action: parts.action ? sayArg(parts.action, words) : st.action,
    object: parts.object ? parts.object.map((p) => sayArg(p, words)).join('; ') : st.object,
    speaker: parts.speaker ? sayArg(parts.speaker, words) : st.speaker,
  };
}
