import { useMemo } from 'preact/hooks';
import { t } from '../extension/i18n';
import { ClaimList, type ClaimListProps } from './claim-list';

/** A page's claims split into figures and statements, each with its place in the whole list. */
export function splitByKind<T extends { kind?: string }>(claims: T[]): { figures: Array<{ claim: T; index: number }>; statements: Array<{ claim: T; index: number }> } {
  const figures: Array<{ claim: T; index: number }> = [];
  const statements: Array<{ claim: T; index: number }> = [];
  // A claim with no kind (from an older background) is a figure: that is all the engine found before.
  claims.forEach((claim, index) => (claim.kind === 'statement' ? statements : figures).push({ claim, index }));
  return { figures, statements };
}

/**
 * The claim list in two groups when a page has statements: "Figures" and "Statements", each by
 * verdict. Callbacks get each claim's place in the whole list, as the page and the background count.
 */
export function ClaimGroups({ claims, text, onShow, onOpenSource, onFeedback, loadDetails }: ClaimListProps) {
  // Split once per list (a page may have thousands of claims, and the popup re-renders as replies
  // arrive); most pages have figures only, listed as they are.
  const split = useMemo(() => {
    if (!claims.some((c) => c.kind === 'statement')) return null;
    const { figures, statements } = splitByKind(claims);
    return { figures, statements, figureClaims: figures.map((x) => x.claim), statementClaims: statements.map((x) => x.claim) };
  }, [claims]);
  if (!split) return <ClaimList claims={claims} text={text} onShow={onShow} onOpenSource={onOpenSource} onFeedback={onFeedback} loadDetails={loadDetails} />;
  const group = (kind: 'figures' | 'statements', title: string, list: Array<{ index: number }>, listClaims: ClaimListProps['claims']) => (
    <section class={`kind kind-${kind}`} aria-label={title}>
      <h3 class="kind-title">{title} <span class="muted">({list.length})</span></h3>
      <ClaimList
        claims={listClaims}
        text={text}
        onShow={onShow && ((i) => onShow(list[i]!.index))}
        onOpenSource={onOpenSource}
        onFeedback={onFeedback}
        loadDetails={loadDetails && ((i) => loadDetails(list[i]!.index))}
      />
    </section>
  );
  return (
    <>
      {split.figures.length ? group('figures', t('list_figures'), split.figures, split.figureClaims) : null}
      {group('statements', t('list_statements'), split.statements, split.statementClaims)}
    </>
  );
}
