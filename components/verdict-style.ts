import type { Verdict } from '../lib/verdict';

/** How each verdict looks: a colour that reads on light and dark pages, and words so colour is never alone. */
export const VERDICT_STYLE: Record<Verdict, { label: string; color: string; mark: string; underline: string; help: string }> = {
  corroborated: { label: 'Corroborated', color: '#1b7f3b', mark: '✓', underline: 'solid', help: 'A report gives this figure and none contradicts it.' },
  consistent: { label: 'Consistent', color: '#1565c0', mark: '≈', underline: 'dotted', help: 'No report gives it, but it fits what they report.' },
  conflicting: { label: 'Conflicting', color: '#c62828', mark: '✗', underline: 'wavy', help: 'Reports give a figure this one cannot match.' },
  disputed: { label: 'Disputed', color: '#a05a00', mark: '⚠', underline: 'dashed', help: 'Reports disagree, or give it as claimed by one side and denied by the other.' },
  unverified: { label: 'Unverified', color: '#5f6368', mark: '?', underline: 'double', help: 'No report in the corpus speaks to this figure.' },
};
