import type { Comparison, Relation } from './relation';

/** The one-word judgement of a claim against the corpus. */
export type Verdict = 'corroborated' | 'consistent' | 'conflicting' | 'disputed' | 'unverified';

/** Every verdict, from the one that needs a reader's attention most to the least. */
export const VERDICTS_BY_SEVERITY: Verdict[] = ['conflicting', 'disputed', 'unverified', 'consistent', 'corroborated'];

/**
 * How sure a verdict is: `direct` — a report states the figure (or one that rules it out);
 * `derived` — it follows by arithmetic from what reports state; `loose` — only a vague,
 * open-ended or other-day figure speaks to it. An unverified claim has none (null).
 */
export type Strength = 'direct' | 'derived' | 'loose';

/** What the verdict rules need to know of each related statement. */
export interface Judged extends Comparison {
  /** The report gives the figure as one side's claim that the other denies. */
  denied: boolean;
  /** Which voice the statement speaks with: its report, or the wire copy several outlets carry. */
  voice?: string;
  /** How much the statement's figure allows (the width of its interval): the narrower says more. */
  width?: number;
}

/**
 * One voice per report: when a report's (or one wire copy's) own figures both support and
 * contradict a claim ("more than half" and "more than 65%"), the narrower figure is the report's
 * word and the other becomes context, so a report is never in dispute with itself.
 * Returns the relations in the same order.
 */
export function oneVoicePerReport<T extends Judged>(relations: T[]): T[] {
  const byVoice = new Map<string, T[]>();
  for (const r of relations) {
    if (r.voice === undefined || r.relation === 'context') continue;
    const list = byVoice.get(r.voice);
    if (list) list.push(r);
    else byVoice.set(r.voice, [r]);
  }
  const demoted = new Set<T>();
  for (const list of byVoice.values()) {
    const supports = list.filter((r) => r.relation === 'supports');
    const contradicts = list.filter((r) => r.relation === 'contradicts');
    if (!supports.length || !contradicts.length) continue;
    const narrowest = (rs: T[]) => Math.min(...rs.map((r) => r.width ?? Infinity));
    const s = narrowest(supports);
    const c = narrowest(contradicts);
    // Equally precise figures that pull both ways leave the report saying nothing either way.
    for (const r of s < c ? contradicts : c < s ? supports : list) demoted.add(r);
  }
  return relations.map((r) => (demoted.has(r) ? { ...r, relation: 'context' as const, reason: 'same-report' as const, loose: undefined, quoted: undefined } : r));
}

/**
 * Decides a claim's verdict from its relations:
 * corroborated — supported, never contradicted; conflicting — contradicted, never supported;
 * disputed — both (by independent reports, a direct support against a contradiction), or the supporting
 * reports give the figure as claimed and denied;
 * consistent — only context (other days, compatible figures); unverified — nothing related.
 */
export function verdictOf(relations: Judged[], claimDenied = false): Verdict {
  return verdictOfVoiced(oneVoicePerReport(relations), claimDenied);
}

/**
 * A claim's verdict and how sure it is, with its relations after one voice per report: the
 * same as verdictOf and strengthOf, with the voices settled once for both.
 */
export function decide<T extends Judged>(relations: T[], claimDenied = false): { verdict: Verdict; strength: Strength | null; voiced: T[] } {
  const voiced = oneVoicePerReport(relations);
  const verdict = verdictOfVoiced(voiced, claimDenied);
  return { verdict, strength: strengthOfVoiced(verdict, voiced), voiced };
}

function verdictOfVoiced(voiced: Judged[], claimDenied: boolean): Verdict {
  const count = (r: Relation) => voiced.filter((x) => x.relation === r);
  const supports = count('supports');
  const contradicts = count('contradicts');
  // A figure that only sits inside another report's open bound does not stand against one that rules it
  // out: "90,000 by Thursday evening" beside "over 78,300" then and "almost 85,000" on Friday conflicts.
  if (contradicts.some((c) => !c.loose && !c.denied) && supports.length && supports.every((s) => s.loose)) return 'conflicting';
  if (supports.length && contradicts.length) return 'disputed';
  if (supports.length) return claimDenied || supports.some((s) => s.denied) ? 'disputed' : 'corroborated';
  if (contradicts.length) return contradicts.every((c) => c.denied) ? 'disputed' : 'conflicting';
  if (voiced.length) return 'consistent';
  return 'unverified';
}

/**
 * How sure a verdict reached from these relations is (see Strength). A corroboration is direct
 * when one report gives the figure itself, and loose when only open-ended or vague figures do.
 */
export function strengthOf(verdict: Verdict, relations: Judged[]): Strength | null {
  return strengthOfVoiced(verdict, oneVoicePerReport(relations));
}

function strengthOfVoiced(verdict: Verdict, voiced: Judged[]): Strength | null {
  switch (verdict) {
    case 'unverified':
      return null;
    case 'consistent':
      return 'loose';
    case 'corroborated':
      return voiced.some((r) => r.relation === 'supports' && !r.loose) ? 'direct' : 'loose';
    case 'conflicting':
    case 'disputed':
      return voiced.some((r) => r.relation !== 'context' && !r.loose) ? 'direct' : 'loose';
  }
}
