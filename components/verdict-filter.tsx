import { useState } from 'preact/hooks';
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
}

/** The state behind a VerdictFilter: which verdict is listed, and the claims that shows. */
export function useVerdictFilter<C extends { verdict: Verdict }>(claims: readonly C[]): FilteredClaims<C> {
  const [only, setFilter] = useState<Verdict | null>(null);
  const filter = only && claims.some((c) => c.verdict === only) ? only : null;
  const listed = claims.map((claim, at) => ({ claim, at })).filter(({ claim }) => !filter || claim.verdict === filter);
  return { filter, setFilter, listed };
}
