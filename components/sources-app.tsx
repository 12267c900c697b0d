import { useEffect, useRef, useState } from 'preact/hooks';
import type { SourceMeta } from '../lib/corpus';
import type { StatementRow } from '../lib/messages';
import type { PassageHit } from '../lib/search';
import type { StatementListing } from '../lib/statements/listing';
import { askBackground } from '../extension/messaging';
import { Quote } from './quote';
import { TimelineChart, type ClaimMark } from './timeline-chart';

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

  const measureLabel = measures.find((m) => m.measure === place.compare)?.label ?? place.compare ?? '';
  return (
    <div class="sources-page">
      <nav aria-label="Sources">
        <h1>Sources</h1>
        {error ? <p class="error" role="alert">{error}</p> : null}
        <form role="search" onSubmit={(e) => {
          e.preventDefault();
          void askBackground({ type: 'search-sources', query }).then((r) => (r.ok ? setHits(r.value) : setError(r.error)));
        }}>
          <label for="search">Search the reports</label>
          <input id="search" type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} placeholder="e.g. Hakari bridge" />
        </form>
        {hits ? (
          <ol class="hits" aria-label="Search results">
            {hits.length === 0 ? <li class="muted">No sentence matches.</li> : null}
            {hits.map((h) => (
              <li key={`${h.source}:${h.start}`}>
                <a href={`#source=${encodeURIComponent(h.source)}&start=${h.start}&end=${h.end}`}>{h.outlet}</a>: <span class="muted">{h.text}</span>
              </li>
            ))}
          </ol>
        ) : null}
        <label for="measure">Compare a measure across sources</label>
        <select id="measure" value={place.compare ?? ''} onChange={(e) => { location.hash = `compare=${encodeURIComponent((e.currentTarget as HTMLSelectElement).value)}`; }}>
          <option value="">Choose…</option>
          {measures.map((m) => <option key={m.measure} value={m.measure}>{m.label} ({m.count})</option>)}
        </select>
        <h2>Reports</h2>
        <ul class="source-list">
          {sources.map((s) => (
            <li key={s.id}>
              <a href={`#source=${encodeURIComponent(s.id)}`} aria-current={s.id === place.source ? 'page' : undefined}><strong>{s.outlet}</strong></a>
              {s.id.startsWith('own-') ? <span class="own"> your source</span> : null}
              <div class="muted">{s.date ?? 'undated'} ({s.dateBasis}){s.origin ? ` · carries ${s.origin}` : ''} · {s.figures} figure{s.figures === 1 ? '' : 's'}{s.statements ? `, ${s.statements} statement${s.statements === 1 ? '' : 's'}` : ''}</div>
              <div class="title">{s.title}</div>
            </li>
          ))}
        </ul>
      </nav>
      <main aria-live="polite">
        {place.compare && rows ? (
          <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">Compare: {measureLabel}</h2>
            <TimelineChart rows={rows} claim={place.claim} unit={rows[0]?.unit ?? 'count'} label={measureLabel} />
            {/* A narrow window scrolls the table, not the page; the region takes focus so the keyboard can scroll it. */}
            <div class="table-scroll" role="region" aria-label={`Table of ${measureLabel}, by source`} tabIndex={0}>
            <table class="compare">
              <caption>Every source's statement of {measureLabel}, side by side</caption>
              <thead><tr><th scope="col">Source</th><th scope="col">Figure</th><th scope="col">As of</th><th scope="col">Event</th><th scope="col">Passage</th></tr></thead>
              <tbody>
                {place.claim ? <tr class="claim-row"><td>The claim checked</td><td>{place.claim.text}</td><td>{place.claim.asOf ?? '—'}</td><td /><td /></tr> : null}
                {[...rows].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '')).map((r) => (
                  <tr key={`${r.source}:${r.passage[0]}:${r.raw}`}>
                    <td><a href={`#source=${encodeURIComponent(r.source)}&start=${r.passage[0]}&end=${r.passage[1]}`}>{r.outlet}</a>{r.own ? ' (yours)' : ''}<div class="muted">{r.date ?? 'undated'}</div></td>
                    <td>{r.raw.replace(/\s+/g, ' ')}</td>
                    <td>{r.asOf ?? '—'}</td>
                    <td>{r.event}</td>
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
          <p class="muted">Choose a report to read it, or a measure to compare the reports.</p>
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
    if (fig) node = <mark class="figure" title={fig.measure}>{node}</mark>;
    const said = !fig && statements.find((f) => a >= f.start && b <= f.end);
    if (said) node = <mark class="statement" title={statementWords(said)}>{node}</mark>;
    if (e > s && a >= s && b <= e) node = <span class="passage" {...(a === s ? { id: 'passage-start', ref: markRef } : {})}>{node}</span>;
    pieces.push(node);
  }
  return (
    <>
      <h2>{source.title}</h2>
      <p class="muted">{source.outlet} · {source.date ?? 'undated'} ({source.dateBasis}){source.origin ? ` · carries ${source.origin}` : ''} · {source.figures.length} figures marked{statements.length ? `, ${statements.length} statements` : ''} · id {source.id}</p>
      {statements.length ? <StatementTable source={source} statements={statements} /> : null}
      <div class="source-text">{pieces}</div>
      {e > s ? <p class="muted"><a href="#passage-start">The linked passage</a> is outlined.</p> : null}
    </>
  );
}

/** "Azerbaijan denied: forced expulsion …": one statement in a line. */
const statementWords = (st: StatementListing) => `${st.actor ?? 'The report'} ${st.action}: ${st.object}${st.speaker ? ` (according to ${st.speaker})` : ''}`;

/** A report's statements of who did what, beside its figures: actor, action, object and the quote, each linked to its passage. */
function StatementTable({ source, statements }: { source: Opened; statements: StatementListing[] }) {
  return (
    <div class="table-scroll" role="region" aria-label="Statements of this report" tabIndex={0}>
      <table class="compare statements">
        <caption>Statements of who did what in this report</caption>
        <thead><tr><th scope="col">Actor</th><th scope="col">Action</th><th scope="col">Object</th><th scope="col">Quote</th></tr></thead>
        <tbody>
          {statements.map((st) => (
            <tr key={`${st.start}:${st.end}`}>
              <td>{st.actor ?? <span class="muted">the report itself</span>}{st.speaker ? <div class="muted">according to {st.speaker}</div> : null}</td>
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
