import { useEffect, useRef } from 'preact/hooks';
import type { CheckedClaim, SourceEvidence } from '../lib/check';
import type { SaidClaim } from '../lib/explanation-steps';
import { t, uiLocale } from '../extension/i18n';
import { CiteButton, type CitationSetting } from './cite-button';
import { FeedbackForm } from './feedback-form';
import { SourceList } from './source-list';
import { VerdictLabel } from './verdict-label';
import { VerdictStrength } from './verdict-strength';

/** What the card can ask its host to do. */
export interface CardActions {
  onClose: () => void;
  onStep: (by: 1 | -1) => void;
  onOpenSource: (s: SourceEvidence) => void;
  /** Records "this verdict looks wrong"; resolves to an error message, or null when saved. */
  onFeedback?: (comment: string) => Promise<string | null>;
  /** Opens the measure's timeline with this claim drawn on it. */
  onCompare?: () => void;
}

/**
 * The card for one claim: its verdict, the figure (or statement) as understood, the explanation and
 * each source. A statement has no timeline to compare on.
 * A non-modal dialog named by the claim; Esc closes it, and its controls are in reading order.
 * In a page, the card host stops every click, key and submit a page script makes up before
 * these handlers see it (extension/card-host.tsx).
 */
export function SourceCard({ claim, sentence, position, total, focus, actions, citation }: { claim: CheckedClaim; sentence?: string; position: number; total: number; focus: boolean; actions: CardActions; citation?: CitationSetting }) {
  const root = useRef<HTMLDivElement>(null);
  const text = claim.text.replace(/\s+/g, ' ');
  // The background says the explanation in the user's language (the card carries no parser); the engine's English otherwise.
  const said = (claim as SaidClaim).said ?? { explanation: claim.explanation, understood: claim.understood };
  useEffect(() => {
    if (focus) root.current?.focus();
  }, [claim, focus]);
  return (
    <div class="card" lang={uiLocale()} role="dialog" aria-label={t('card_label', text)} aria-describedby="crosscheck-card-understood" tabIndex={-1} ref={root} popover="manual"
      onKeyDown={(e) => {
        if (e.isTrusted && e.key === 'Escape') {
          e.stopPropagation();
          actions.onClose();
        }
      }}>
      <header>
        <VerdictLabel verdict={claim.verdict} strength={claim.strength} /> <VerdictStrength strength={claim.strength} compact />
        {/* A statement of who did what has no figure: said in words, as the page says it with a line over it. */}
        {claim.kind === 'statement' ? <span class="kind-tag">{t('claim_statementTag')}</span> : null}
        <h2>“{text}”</h2>
        <button type="button" class="close" aria-label={t('card_close')} onClick={actions.onClose}>×</button>
      </header>
      <p class="understood" id="crosscheck-card-understood">{said.understood}</p>
      {sentence ? <p class="in-page"><span class="muted">{t('card_inPage')} </span><q>{sentence.replace(/\s+/g, ' ').trim()}</q></p> : null}
      <SourceList sources={claim.sources} onOpen={actions.onOpenSource} />
      <details>
        <summary>{t('card_why')}</summary>
        <p class="explanation">{said.explanation}</p>
      </details>
      <CiteButton claim={claim} explanation={said.explanation} sentence={sentence} setting={citation ?? { coverage: null }} />
      {actions.onFeedback ? <FeedbackForm key={`${claim.start}:${claim.text}`} send={actions.onFeedback} /> : null}
      {actions.onCompare && claim.sources.length && claim.kind !== 'statement' ? (
        <button type="button" class="link" onClick={actions.onCompare}>{t('card_compare')}</button>
      ) : null}
      <footer>
        <button type="button" onClick={() => actions.onStep(-1)}>{t('common_previous')}</button>
        <span class="muted">{t('card_position', position + 1, total)}</span>
        <button type="button" onClick={() => actions.onStep(1)}>{t('common_next')}</button>
      </footer>
    </div>
  );
}
