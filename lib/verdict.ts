import type { Comparison, Relation } from './relation';

/** The one-word judgement of a claim against the corpus. */
export type Verdict = 'corroborated' | 'consistent' | 'conflicting' | 'disputed' | 'unverified';

/** Every verdict, from the one that needs a reader's attention most to the least. */
export const VERDICTS_BY_SEVERITY: Verdict[] = ['conflicting', 'disputed', 'unverified', 'consistent', 'corroborated'];

/** What the verdict rules need to know of each related statement. */
export interface Judged extends Comparison {
  /** The report gives the figure as one side's claim that the other denies. */
  denied: boolean;
}

/**
 * Decides a claim's verdict from its relations:
 * corroborated — supported, never contradicted; conflicting — contradicted, never supported;
 * disputed — both, or the supporting reports give the figure as claimed and denied;
 * consistent — only context (other days, compatible figures); unverified — nothing related.
 */
export function verdictOf(relations: Judged[], claimDenied = false): Verdict {
  const count = (r: Relation) => relations.filter((x) => x.relation === r);
  const supports = count('supports');
  const contradicts = count('contradicts');
  if (supports.length && contradicts.length) return 'disputed';
  if (supports.length) return claimDenied || supports.some((s) => s.denied) ? 'disputed' : 'corroborated';
  if (contradicts.length) return contradicts.every((c) => c.denied) ? 'disputed' : 'conflicting';
  if (relations.length) return 'consistent';
  return 'unverified';
}
