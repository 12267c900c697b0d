import { useState } from 'preact/hooks';
import type { CheckedClaim, SourceEvidence } from '../lib/check';
import { verdictCounts } from '../lib/report';
import { VERDICTS_BY_SEVERITY } from '../lib/verdict';
import { FeedbackForm } from './feedback-form';
import { SourceList } from './source-list';
import { VerdictLabel } from './verdict-label';
import { VERDICT_STYLE } from './verdict-style';

/** How many claims of one verdict are listed before "Show all": a page of thousands stays quick to open. */
export const GROUP_PREVIEW = 50;

/** Claims grouped by verdict (worst first) with counts; each claim expands to its sources. */
export function ClaimList({ claims, text, onShow, onOpenSource, onFeedback }: {
  claims: CheckedClaim[];
  /** The text the claims were found in, to quote each claim's sentence. */
  text?: string;
  onShow?: (index: number) => void;
  onOpenSource?: (s: SourceEvidence) => void;
  onFeedback?: (claim: CheckedClaim, comment: string) => Promise<string | null>;
}) {
  const counts = verdictCounts(claims);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  return (
    <div class="claim-list">
      <p class="counts" aria-label="Claims by verdict">
        {counts.map(([v, n]) => (
          <span key={v} class="count">
            <VerdictLabel verdict={v} /> {n}
          </span>
        ))}
      </p>
      {VERDICTS_BY_SEVERITY.filter((v) => claims.some((c) => c.verdict === v)).map((v) => (
        <section key={v} class="group" aria-label={`${VERDICT_STYLE[v].label} claims`}>
          <h3>{VERDICT_STYLE[v].label} <span class="muted">({claims.filter((c) => c.verdict === v).length})</span></h3>
          <ul class="claims">
            {claims.map((c, i) => ({ c, i })).filter(({ c }) => c.verdict === v).slice(0, expanded.has(v) ? undefined : GROUP_PREVIEW).map(({ c, i }) => (c.verdict === v ? (
              <li key={`${i}:${c.start}`} class="claim">
                <details>
                  <summary>
                    <span class="figure">“{c.text.replace(/\s+/g, ' ')}”</span> <span class="muted">{c.understood.split(' — ')[1] ?? ''}</span>
                  </summary>
                  {text ? <p class="in-page"><span class="muted">In the text: </span><q>{text.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').trim()}</q></p> : null}
                  <SourceList sources={c.sources} onOpen={onOpenSource} />
                  <p class="explanation">{c.explanation}</p>
                  {onFeedback ? <FeedbackForm send={(comment) => onFeedback(c, comment)} /> : null}
                </details>
                {onShow ? (
                  <button type="button" class="show" onClick={() => onShow(i)} aria-label={`Show “${c.text.replace(/\s+/g, ' ')}” in the page`}>
                    Show in page
                  </button>
                ) : null}
              </li>
            ) : null))}
          </ul>
          {!expanded.has(v) && claims.filter((c) => c.verdict === v).length > GROUP_PREVIEW ? (
            <button type="button" class="link" onClick={() => setExpanded(new Set([...expanded, v]))}>
              Show all {claims.filter((c) => c.verdict === v).length} {VERDICT_STYLE[v].label.toLowerCase()} claims
            </button>
          ) : null}
        </section>
      ))}
    </div>
  );
}
