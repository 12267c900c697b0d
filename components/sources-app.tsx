import { useEffect, useRef, useState } from 'preact/hooks';
import type { SourceMeta } from '../lib/corpus';
import type { StatementRow } from '../lib/messages';
import type { PassageHit } from '../lib/search';
import type { StatementListing } from '../lib/statements/listing';
import { askBackground } from '../extension/messaging';
import { t, tp } from '../extension/i18n';
import { Quote } from './quote';
import { TimelineChart, type ClaimMark } from './timeline-chart';
import { eventName, listingWords, measureName } from './explanation';

type Listed = SourceMeta & { figures: number; statements?: number };
type Opened = SourceMeta & { text: string; figures: Array<{ start: number; end: number; measure: string }>; statements?: StatementListing[] };

interface Place {
  source: string | null;
  start: number;
  end: number;
  compare: string | null;
  claim: ClaimMark | null;
}

/** Reads the view from the address: `#source=ID&start=N&end=M` or `#compare=MEASURE&claim=…&value=…&asOf=…`. */
function placeFromHash(): Place {
  const p = new URLSearchParams(location.hash.slice(1));
  const int = (k: string) => (Number.isInteger(Number(p.get(k))) ? Number(p.get(k)) : 0);
  const value = Number(p.get('value'));
  return {
    source: p.get('source'),
    start: int('start'),
    end: int('end'),
    compare: p.get('compare'),
    claim: p.get('claim') && Number.isFinite(value) ? { text: p.get('claim')!, value, asOf: p.get('asOf') } : null,
  };
}

/** The sources view: every report, a reading view at a passage, search, and a measure compared across sources over time. */
export function SourcesApp() {
  const [sources, setSources] = useState<Listed[]>([]);
  const [measures, setMeasures] = useState<Array<{ measure: string; label: string; count: number }>>([]);
  const [error, setError] = useState('');
  const [place, setPlace] = useState(placeFromHash());
  const [opened, setOpened] = useState<Opened | null>(null);
  const [rows, setRows] = useState<StatementRow[] | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PassageHit[] | null>(null);
  const marked = useRef<HTMLElement>(null);

  useEffect(() => {
    void askBackground({ type: 'list-sources' }).then((r) => (r.ok ? setSources(r.value) : setError(r.error)));
    void askBackground({ type: 'list-measures' }).then((r) => (r.ok ? setMeasures(r.value) : setError(r.error)));
    const onHash = () => setPlace(placeFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!place.source) return setOpened(null);
    void askBackground({ type: 'get-source', id: place.source }).then((r) => (r.ok ? setOpened(r.value) : setError(r.error)));
  }, [place.source]);
  useEffect(() => {
    if (!place.compare) return setRows(null);
    void askBackground({ type: 'list-statements', measure: place.compare }).then((r) => (r.ok ? setRows(r.value) : setError(r.error)));
  }, [place.compare]);
  useEffect(() => marked.current?.scrollIntoView({ block: 'center' }), [opened, place.start]);

  const measureLabel = place.compare ? measureName(place.compare, measures.find((m) => m.measure === place.compare)?.label ?? place.compare) : '';
  return (
    <div class="sources-page">
      <nav aria-label={t('sources_pageTitle')}>
        <h1>{t('sources_pageTitle')}</h1>
        {error ? <p class="error" role="alert">{error}</p> : null}
        <form role="search" onSubmit={(e) => {
          e.preventDefault();
          void askBackground({ type: 'search-sources', query }).then((r) => (r.ok ? setHits(r.value) : setError(r.error)));
        }}>
          <label for="search">{t('sources_search')}</label>
          <input id="search" type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} placeholder={t('sources_searchPlaceholder')} />
        </form>
        {hits ? (
          <ol class="hits" aria-label={t('sources_results')}>
            {hits.length === 0 ? <li class="muted">{t('sources_noMatch')}</li> : null}
            {hits.map((h) => (
              <li key={`${h.source}:${h.start}`}>
                <a href={`#source=${encodeURIComponent(h.source)}&start=${h.start}&end=${h.end}`}>{h.outlet}</a>: <span class="muted">{h.text}</span>
              </li>
            ))}
          </ol>
        ) : null}
        <label for="measure">{t('sources_compareLabel')}</label>
        <select id="measure" value={place.compare ?? ''} onChange={(e) => { location.hash = `compare=${encodeURIComponent((e.currentTarget as HTMLSelectElement).value)}`; }}>
          <option value="">{t('sources_choose')}</option>
          {measures.map((m) => <option key={m.measure} value={m.measure}>{measureName(m.measure, m.label)} ({m.count})</option>)}
        </select>
        <h2>{t('sources_reports')}</h2>
        <ul class="source-list">
          {sources.map((s) => (
            <li key={s.id}>
              <a href={`#source=${encodeURIComponent(s.id)}`} aria-current={s.id === place.source ? 'page' : undefined}><strong>{s.outlet}</strong></a>
              {s.id.startsWith('own-') ? <span class="own"> {t('source_yours')}</span> : null}
              <div class="muted">{s.date ?? t('common_undated')} ({t(`dateBasis_${s.dateBasis}`)}){s.origin ? ` · ${t('sources_carries', s.origin)}` : ''} · {tp('sources_figures', s.figures)}{s.statements ? `, ${tp('sources_statements', s.statements)}` : ''}</div>
              <div class="title">{s.title}</div>
            </li>
          ))}
        </ul>
      </nav>
      <main aria-live="polite">
        {place.compare && rows ? (
          <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t('sources_compareHeading', measureLabel)}</h2>
            <TimelineChart rows={rows} claim={place.claim} unit={rows[0]?.unit ?? 'count'} label={measureLabel} />
            {/* A narrow window scrolls the table, not the page; the region takes focus so the keyboard can scroll it. */}
            <div class="table-scroll" role="region" aria-label={t('sources_tableLabel', measureLabel)} tabIndex={0}>
            <table class="compare">
              <caption>{t('sources_caption', measureLabel)}</caption>
              <thead><tr><th scope="col">{t('sources_colSource')}</th><th scope="col">{t('sources_colFigure')}</th><th scope="col">{t('sources_colAsOf')}</th><th scope="col">{t('sources_colEvent')}</th><th scope="col">{t('sources_colPassage')}</th></tr></thead>
              <tbody>
                {place.claim ? <tr class="claim-row"><td>{t('sources_claimChecked')}</td><td>{place.claim.text}</td><td>{place.claim.asOf ?? '—'}</td><td /><td /></tr> : null}
                {[...rows].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '')).map((r) => (
                  <tr key={`${r.source}:${r.passage[0]}:${r.raw}`}>
                    <td><a href={`#source=${encodeURIComponent(r.source)}&start=${r.passage[0]}&end=${r.passage[1]}`}>{r.outlet}</a>{r.own ? ` ${t('sources_yoursShort')}` : ''}<div class="muted">{r.date ?? t('common_undated')}</div></td>
                    <td>{r.raw.replace(/\s+/g, ' ')}</td>
                    <td>{r.asOf ?? '—'}</td>
                    <td>{eventName(r.event)}</td>
                    <td><Quote text={r.quote} mark={r.figureInQuote} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </section>
        ) : opened ? (
          <ReadingView source={opened} start={place.start} end={place.end} markRef={marked} />
        ) : (
          <p class="muted">{t('sources_empty')}</p>
        )}
      </main>
    </div>
  );
}

/** A source's text with every figure it states marked, and the linked passage marked strongly. */
function ReadingView({ source, start, end, markRef }: { source: Opened; start: number; end: number; markRef: { current: HTMLElement | null } }) {
  const text = source.text;
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const pieces: preact.ComponentChildren[] = [];
  const figures = [...source.figures].sort((a, b) => a.start - b.start);
  const statements = [...(source.statements ?? [])].sort((a, b) => a.start - b.start);
  const cuts = new Set<number>([0, text.length, s, e, ...figures.flatMap((f) => [f.start, f.end]), ...statements.flatMap((f) => [f.start, f.end])]);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    let node: preact.ComponentChildren = text.slice(a, b);
    const fig = figures.find((f) => a >= f.start && b <= f.end);
    if (fig) node = <mark class="figure" title={measureName(fig.measure, fig.measure)}>{node}</mark>;
    const said = !fig && statements.find((f) => a >= f.start && b <= f.end);
    if (said) node = <mark class="statement" title={statementWords(said)}>{node}</mark>;
    if (e > s && a >= s && b <= e) node = <span class="passage" {...(a === s ? { id: 'passage-start', ref: markRef } : {})}>{node}</span>;
    pieces.push(node);
  }
  return (
    <>
      <h2>{source.title}</h2>
      <p class="muted">{source.outlet} · {source.date ?? t('common_undated')} ({t(`dateBasis_${source.dateBasis}`)}){source.origin ? ` · ${t('sources_carries', source.origin)}` : ''} · {tp('sources_figuresMarked', source.figures.length)}{statements.length ? `, ${tp('sources_statements', statements.length)}` : ''} · {t('sources_id', source.id)}</p>
      {source.url && /^https?:\/\//i.test(source.url) ? (
        <p class="original">{t('sources_original')} <a href={source.url} target="_blank" rel="noopener noreferrer">{source.url}</a></p>
      ) : null}
      {statements.length ? <StatementTable source={source} statements={statements} /> : null}
      <div class="source-text">{pieces}</div>
      {e > s ? <p class="muted"><a href="#passage-start">{t('sources_passageOutlined')}</a></p> : null}
    </>
  );
}

/** "Azerbaijan denied: forced expulsion …": one statement in a line. */
const statementWords = (listed: StatementListing) => {
  const st = listingWords(listed);
  return `${st.actor ?? t('sources_reportItself')} ${st.action}: ${st.object}${st.speaker ? ` (${t('sources_accordingTo', st.speaker)})` : ''}`;
};

/** A report's statements of who did what, beside its figures: actor, action, object and the quote, each linked to its passage. */
function StatementTable({ source, statements }: { source: Opened; statements: StatementListing[] }) {
  return (
    <div class="table-scroll" role="region" aria-label={t('sources_statementsRegion')} tabIndex={0}>
      <table class="compare statements">
        <caption>{t('sources_statementsCaption')}</caption>
        <thead><tr><th scope="col">{t('sources_colActor')}</th><th scope="col">{t('sources_colAction')}</th><th scope="col">{t('sources_colObject')}</th><th scope="col">{t('sources_colQuote')}</th></tr></thead>
        <tbody>
          {statements.map((listed) => ({ ...listed, ...listingWords(listed) })).map((st) => (
            <tr key={`${st.start}:${st.end}`}>
              <td>{st.actor ?? <span class="muted">{t('sources_reportItself')}</span>}{st.speaker ? <div class="muted">{t('sources_accordingTo', st.speaker)}</div> : null}</td>
              <td>{st.action}</td>
              <td>{st.object}</td>
              <td><a href={`#source=${encodeURIComponent(source.id)}&start=${st.sentence[0]}&end=${st.sentence[1]}`}><Quote text={source.text.slice(st.sentence[0], st.sentence[1])} mark={[st.start - st.sentence[0], st.end - st.sentence[0]]} /></a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
