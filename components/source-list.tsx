import type { SourceEvidence } from '../lib/check';
import { Quote } from './quote';

const RELATION_WORDS: Record<SourceEvidence['relation'], string> = { supports: 'Supports', contradicts: 'Contradicts', context: 'Context' };

/** Each source's word on a claim: outlet, date, relation and the quoted passage. */
export function SourceList({ sources, onOpen }: { sources: SourceEvidence[]; onOpen?: (s: SourceEvidence) => void }) {
  if (sources.length === 0) return <p class="muted">No report in the corpus gives this measure for this event.</p>;
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li class={`source source-${s.relation}`} key={`${s.id}:${s.passage[0]}:${s.figure}`}>
          <div class="source-head">
            <span class={`relation relation-${s.relation}`}>{RELATION_WORDS[s.relation]}</span> <strong>{s.outlet}</strong>
            {s.own ? <span class="own" title="A source you added">your source</span> : null}
            {s.date ? <span class="muted">, {s.date}</span> : null}
            {s.asOf && s.asOf !== s.date ? <span class="muted"> (figure as of {s.asOf})</span> : null}
          </div>
          <blockquote>
            <Quote text={s.quote} mark={s.figureInQuote} />
          </blockquote>
          {onOpen ? (
            <button type="button" class="link" onClick={() => onOpen(s)} aria-label={`${s.url ? 'Open the original page at this passage' : 'Read the source at this passage'}: ${s.outlet}${s.date ? `, ${s.date}` : ''}, “${s.figure}”`}>
              {s.url ? 'Open the original page at this passage' : 'Read the source at this passage'}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
