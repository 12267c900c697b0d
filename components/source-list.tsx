import type { SourceEvidence } from '../lib/check';
import { t } from '../extension/i18n';
import { Quote } from './quote';

/** Each source's word on a claim: outlet, date, relation, the quoted passage, and where the report can be read. */
export function SourceList({ sources, onOpen }: { sources: SourceEvidence[]; onOpen?: (s: SourceEvidence) => void }) {
  if (sources.length === 0) return <p class="muted">{t('source_none')}</p>;
  return (
    <ul class="sources">
      {sources.map((s) => {
        // Own sources open their original page at the passage; bundled ones open the offline reading view.
        const action = s.own && s.url ? t('source_openOriginal') : t('source_read');
        return (
          <li class={`source source-${s.relation}`} key={`${s.id}:${s.passage[0]}:${s.figure}`}>
            <div class="source-head">
              <span class={`relation relation-${s.relation}`}>{t(`relation_${s.relation}`)}</span> <strong>{s.outlet}</strong>
              {s.own ? <span class="own" title={t('source_yoursTitle')}>{t('source_yours')}</span> : null}
              {s.date ? <span class="muted">, {s.date}</span> : null}
              {s.asOf && s.asOf !== s.date ? <span class="muted"> {t('source_asOf', s.asOf)}</span> : null}
            </div>
            <blockquote>
              <Quote text={s.quote} mark={s.figureInQuote} />
            </blockquote>
            {onOpen ? (
              <button type="button" class="link" onClick={() => onOpen(s)} aria-label={t('source_buttonLabel', action, `${s.outlet}${s.date ? `, ${s.date}` : ''}`, s.figure)}>
                {action}
              </button>
            ) : null}
            {!s.own && s.url && /^https?:\/\//i.test(s.url) ? (
              <>
                {onOpen ? ' · ' : null}
                <a class="original" href={s.url} target="_blank" rel="noopener noreferrer">{t('source_address')}: {new URL(s.url).host}</a>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
