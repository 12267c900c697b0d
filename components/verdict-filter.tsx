import { useMemo, useState } from 'preact/hooks';
import type { Verdict } from '../lib/verdict';
import { verdictCounts } from '../lib/report';
import { t } from '../extension/i18n';
import { VerdictLabel } from './verdict-label';

/**
 * The page's verdict counts as toggle buttons: pressing one lists only that verdict's claims,
 * "All" lists every claim again. `shown` is the verdict listed, or null for all.
 */
export function VerdictFilter({ claims, shown, onChange }: { claims: ReadonlyArray<{ verdict: Verdict }>; shown: Verdict | null; onChange: (v: Verdict | null) => void }) {
  return (
    <div class="verdict-filter" role="group" aria-label={t('filter_label')}>
      <button type="button" aria-pressed={shown === null} onClick={() => onChange(null)}>{t('filter_all', claims.length)}</button>
      {verdictCounts(claims).map(([v, n]) => (
        <button key={v} type="button" aria-pressed={shown === v} onClick={() => onChange(shown === v ? null : v)}>
          <VerdictLabel verdict={v} /> {n}
        </button>
      ))}
    </div>
  );
}

/** A list narrowed to one verdict: the claims listed, each with its place in the full list (what the page's messages take). */
export interface FilteredClaims<C> {
  /** The verdict listed, or null for all (a verdict the claims no longer have counts as all). */
  filter: Verdict | null;
  setFilter: (v: Verdict | null) => void;
  listed: Array<{ claim: C; at: number }>;
  /** The claims listed alone, in the same order: the same array until the claims or the filter change. */
  listedClaims: C[];
}

/** The state behind a VerdictFilter: which verdict is listed, and the claims that shows. */
export function useVerdictFilter<C extends { verdict: Verdict }>(claims: readonly C[]): FilteredClaims<C> {
  const [only, setFilter] = useState<Verdict | null>(null);
  const filter = only && claims.some((c) => c.verdict === only) ? only : null;
  // Computed once per list and filter: the popup re-renders as replies arrive, and a page may have 16,000 claims.
  const { listed, listedClaims } = useMemo(() => {
    const listed: Array<{ claim: C; at: number }> = [];
    claims.forEach((claim, at) => (!filter || claim.verdict === filter) && listed.push({ claim, at }));
    return { listed, listedClaims: listed.map(({ claim }) => claim) };
  }, [claims, filter]);
  return { filter, setFilter, listed, listedClaims };
}
