import type { Strength, Verdict } from '../lib/verdict';
import { t } from '../extension/i18n';

/** How each verdict looks: a colour that reads on light and dark pages, and a mark and an underline so colour is never alone. */
export const VERDICT_STYLE: Record<Verdict, { color: string; mark: string; underline: string }> = {
  corroborated: { color: '#1b7f3b', mark: '✓', underline: 'solid' },
  consistent: { color: '#1565c0', mark: '≈', underline: 'dotted' },
  conflicting: { color: '#c62828', mark: '✗', underline: 'wavy' },
  disputed: { color: '#a05a00', mark: '⚠', underline: 'dashed' },
  unverified: { color: '#5f6368', mark: '?', underline: 'double' },
};

/** How each strength is marked (docs/VERDICTS.md, rule 8); its words are in the messages. */
export const STRENGTH_STYLE: Record<Strength, { mark: string }> = {
  direct: { mark: '●' },
  derived: { mark: '∑' },
  loose: { mark: '◌' },
};

/** The verdict's name in the user's language ("Corroborated"). */
export function verdictName(verdict: Verdict): string {
  return t(`verdict_${verdict}`);
}

/** The sentence that says what a verdict means, in the user's language. */
export function verdictHelp(verdict: Verdict): string {
  return t(`verdictHelp_${verdict}`);
}

/** The strength's short word ("derived") in the user's language. */
export function strengthName(strength: Strength): string {
  return t(`strength_${strength}`);
}

/** The sentence that says what a strength means, in the user's language. */
export function strengthHelp(strength: Strength): string {
  return t(`strengthHelp_${strength}`);
}

/** The verdict's label, qualified by its strength: a loose corroboration is never shown as a plain "Corroborated". */
export function verdictLabelText(verdict: Verdict, strength?: Strength | null): string {
  if (verdict === 'corroborated' && strength === 'loose') return t('verdict_looselyCorroborated');
  if (verdict === 'corroborated' && strength === 'derived') return t('verdict_corroboratedDerived');
  if (verdict === 'conflicting' && strength === 'derived') return t('verdict_conflictingDerived');
  return verdictName(verdict);
}
