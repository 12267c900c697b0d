import type { CheckedClaim } from '../lib/check';
import { explanationSteps } from '../lib/explanation-steps';
import { t, uiLocale, type MessageKey } from '../extension/i18n';

/**
 * A claim's explanation in the user's language where its sentences have messages (each source's
 * word, wire copy, the verdict); otherwise, and in English, the engine's own English sentence.
 */
export function explanationText(claim: Pick<CheckedClaim, 'kind' | 'verdict' | 'strength' | 'sources' | 'explanation'>): string {
  const locale = uiLocale();
  if (locale === 'en') return claim.explanation;
  const steps = explanationSteps(claim);
  if (!steps) return claim.explanation;
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return steps
    .map((step) => {
      const args = step.args.map((a, i) => (i === 0 && step.list ? list.format(step.list) : /^\d{4}-\d{2}-\d{2}$/.test(a) ? day.format(new Date(`${a}T00:00:00Z`)) : a));
      // The day of a source's word is its second argument; an empty one is an undated report.
      if (step.id !== 'explain_sameWire' && !args[1]) args[1] = t('common_undated');
      return t(step.id as MessageKey, ...args);
    })
    .join(' ');
}
