import { useEffect, useRef, useState } from 'preact/hooks';
import type { SourceMeta } from '../lib/corpus';
import type { PassageHit } from '../lib/search';
import { askBackground } from '../extension/messaging';

type Listed = SourceMeta & { figures: number };

/** Reads `#source=ID&start=N&end=M` from the page address. */
function passageFromHash(): { id: string; start: number; end: number } | null {
  const p = new URLSearchParams(location.hash.slice(1));
  const id = p.get('source');
  const start = Number(p.get('start'));
  const end = Number(p.get('end'));
  return id ? { id, start: Number.isInteger(start) ? start : 0, end: Number.isInteger(end) ? end : 0 } : null;
}

/** The sources view: every report of the corpus, and a reading view that opens at a quoted passage. */
export function SourcesApp() {
  const [sources, setSources] = useState<Listed[]>([]);
  const [error, setError] = useState('');
  const [open, setOpen] = useState(passageFromHash());
  const [text, setText] = useState<{ id: string; body: string } | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PassageHit[] | null>(null);
  const marked = useRef<HTMLElement>(null);

  useEffect(() => {
    void askBackground({ type: 'list-sources' }).then((r) => (r.ok ? setSources(r.value) : setError(r.error)));
    const onHash = () => setOpen(passageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!open) return;
    void askBackground({ type: 'get-source', id: open.id }).then((r) => (r.ok ? setText({ id: open.id, body: r.value.text }) : setError(r.error)));
  }, [open?.id]);
  useEffect(() => setError(''), [open?.id, query]);
  useEffect(() => marked.current?.scrollIntoView({ block: 'center' }), [text, open?.start]);

  const meta = sources.find((s) => s.id === open?.id);
  const body = text && open && text.id === open.id ? text.body : null;
  const start = open ? Math.max(0, Math.min(open.start, body?.length ?? 0)) : 0;
  const end = open ? Math.max(start, Math.min(open.end, body?.length ?? 0)) : 0;

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
        <ul>
          {sources.map((s) => (
            <li key={s.id}>
              <a href={`#source=${encodeURIComponent(s.id)}`} aria-current={s.id === open?.id ? 'page' : undefined}>
                <strong>{s.outlet}</strong>
              </a>
              <div class="muted">
                {s.date ?? 'undated'} ({s.dateBasis}){s.origin ? ` · carries ${s.origin}` : ''} · {s.figures} figure{s.figures === 1 ? '' : 's'}
              </div>
              <div class="title">{s.title}</div>
            </li>
          ))}
        </ul>
      </nav>
      <article aria-live="polite">
        {body !== null && meta ? (
          <>
            <h2>{meta.title}</h2>
            <p class="muted">{meta.outlet} · {meta.date ?? 'undated'} ({meta.dateBasis}) · id {meta.id}</p>
            <div class="source-text">
              {body.slice(0, start)}
              {end > start ? <mark ref={marked} id="passage">{body.slice(start, end)}</mark> : null}
              {body.slice(end)}
            </div>
          </>
        ) : (
          <p class="muted">Choose a source to read it.</p>
        )}
      </article>
    </div>
  );
}
