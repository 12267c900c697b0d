import type { Strength, Verdict } from '../lib/verdict';

/** How each verdict looks: a colour that reads on light and dark pages, and words so colour is never alone. */
export const VERDICT_STYLE: Record<Verdict, { label: string; color: string; mark: string; underline: string; help: string }> = {
  corroborated: { label: 'Corroborated', color: '#1b7f3b', mark: '✓', underline: 'solid', help: 'A report gives this figure and none contradicts it.' },
  consistent: { label: 'Consistent', color: '#1565c0', mark: '≈', underline: 'dotted', help: 'No report gives it, but it fits what they report.' },
  conflicting: { label: 'Conflicting', color: '#c62828', mark: '✗', underline: 'wavy', help: 'Reports give a figure this one cannot match.' },
  disputed: { label: 'Disputed', color: '#a05a00', mark: '⚠', underline: 'dashed', help: 'Reports disagree, or give it as claimed by one side and denied by the other.' },
  unverified: { label: 'Unverified', color: '#5f6368', mark: '?', underline: 'double', help: 'No report in the corpus speaks to this figure.' },
};

/** How each strength reads: a short word for lists and a sentence for cards (docs/VERDICTS.md, rule 8). */
export const STRENGTH_STYLE: Record<Strength, { label: string; mark: string; help: string }> = {
  direct: { label: 'direct', mark: '●', help: 'A report states this figure, or one that rules it out.' },
  derived: { label: 'derived', mark: '∑', help: 'It follows by arithmetic from figures the reports state.' },
  loose: { label: 'loose', mark: '◌', help: 'Only an open-ended or vague figure, or a count of another moment, speaks to it.' },
};

/** The verdict's label, qualified by its strength: a loose corroboration is never shown as a plain "Corroborated". */
export function verdictLabelText(verdict: Verdict, strength?: Strength | null): string {
  if (verdict === 'corroborated' && strength === 'loose') return 'Loosely corroborated';
  if ((verdict === 'corroborated' || verdict === 'conflicting') && strength === 'derived') return `${VERDICT_STYLE[verdict].label} by arithmetic`;
  return VERDICT_STYLE[verdict].label;
}
