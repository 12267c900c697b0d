import type { CheckedClaim, SourceEvidence } from './check';

/** One sentence of an explanation as a message id and its arguments, for the extension to say in the user's language. */
export interface ExplanationStep {
  id: string;
  /** Outlets and figures as written; days as YYYY-MM-DD (the caller writes them its language's way), or '' when undated. */
  args: string[];
  /** For a list of outlets: the names, which the caller joins its language's way into the first argument. */
  list?: string[];
}

const CONTEXT_IDS: Record<NonNullable<SourceEvidence['reason']>, string> = {
  earlier: 'explain_contextEarlier',
  later: 'explain_contextLater',
  'same-day': 'explain_contextSameDay',
  undated: 'explain_contextUndated',
  compatible: 'explain_contextCompatible',
  'same-report': 'explain_contextSameReport',
};

// What the engine says that its claim does not carry as data (how many reports it left out, a
// denial in the page's own text): an explanation saying it is left in English, whole.
const BEYOND_THE_DATA = /\bmore related reports? (?:is|are) not listed\b|\bThe text itself reports the figure as claimed\b/;

/**
 * The explanation of a figure's verdict as message ids and arguments, rebuilt from the claim's
 * verdict, strength and sources: each source's word on the claim, wire copy counted once, and the
 * verdict's sentence ("Claimed: …" is left out: the card and list show the figure as understood).
 * Null when the engine's English sentence says more than that data carries (a statement of who
 * did what, arithmetic, reports not listed, a denial in the page): show `explanation` then.
 */
export function explanationSteps(claim: Pick<CheckedClaim, 'kind' | 'verdict' | 'strength' | 'sources' | 'explanation'>): ExplanationStep[] | null {
  if (claim.kind === 'statement' || claim.sources.some((s) => s.derived) || BEYOND_THE_DATA.test(claim.explanation)) return null;
  const steps: ExplanationStep[] = claim.sources.map((s) => ({
    id: s.relation === 'supports' ? (s.loose ? 'explain_supportsLoosely' : 'explain_supports') : s.relation === 'contradicts' ? 'explain_contradicts' : CONTEXT_IDS[s.reason ?? 'compatible'],
    args: [s.outlet, s.asOf ?? s.date ?? '', s.figure.replace(/\s+/g, ' ')],
  }));
  // Wire copy: two outlets carrying the same agency's story are one source, not two.
  const byOrigin = new Map<string, Set<string>>();
  for (const s of claim.sources) if (s.origin && s.relation !== 'context') byOrigin.set(s.origin, (byOrigin.get(s.origin) ?? new Set()).add(s.outlet));
  for (const [origin, outlets] of byOrigin) if (outlets.size > 1) steps.push({ id: 'explain_sameWire', args: ['', origin], list: [...outlets] });
  const strength = claim.strength ?? null;
  const kind = strength === 'derived' ? 'Derived' : strength === 'loose' && claim.verdict !== 'consistent' ? 'Loose' : 'Verdict';
  steps.push({ id: `explain${kind}_${claim.verdict}`, args: [] });
  return steps;
}
