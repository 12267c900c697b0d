import { useEffect, useRef } from 'preact/hooks';
import type { CheckedClaim, SourceEvidence } from '../lib/check';
import { SourceList } from './source-list';
import { VerdictLabel } from './verdict-label';

/** What the card can ask its host to do. */
export interface CardActions {
  onClose: () => void;
  onStep: (by: 1 | -1) => void;
  onOpenSource: (s: SourceEvidence) => void;
}

/** The card for one claim: its verdict, the figure as understood, the explanation and each source. */
export function SourceCard({ claim, position, total, focus, actions }: { claim: CheckedClaim; position: number; total: number; focus: boolean; actions: CardActions }) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) root.current?.focus();
  }, [claim, focus]);
  return (
    <div class="card" role="dialog" aria-labelledby="crosscheck-card-title" tabIndex={-1} ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          actions.onClose();
        }
      }}>
      <header>
        <VerdictLabel verdict={claim.verdict} />
        <h2 id="crosscheck-card-title">“{claim.text.replace(/\s+/g, ' ')}”</h2>
        <button type="button" class="close" aria-label="Close (Esc)" onClick={actions.onClose}>×</button>
      </header>
      <p class="understood">{claim.understood}</p>
      <SourceList sources={claim.sources} onOpen={actions.onOpenSource} />
      <details>
        <summary>Why this verdict</summary>
        <p class="explanation">{claim.explanation}</p>
      </details>
      <footer>
        <button type="button" onClick={() => actions.onStep(-1)} aria-label="Previous claim">‹ Previous</button>
        <span class="muted">Claim {position + 1} of {total}</span>
        <button type="button" onClick={() => actions.onStep(1)} aria-label="Next claim">Next ›</button>
      </footer>
    </div>
  );
}
