import { useEffect, useRef, useState } from 'preact/hooks';
import articleHtml from '../public/demo/article.html?raw';
import type { CheckedClaim, SourceEvidence } from '../lib/check';
import { rangeOf } from '../lib/page-ranges';
import { publishedDate, readVisibleText } from '../lib/visible-text';
import type { Verdict } from '../lib/verdict';
import { clearHighlights, flash, paintHighlights } from '../extension/highlights';
import { askBackground } from '../extension/messaging';
import { SourceList } from './source-list';
import { VerdictLabel } from './verdict-label';

/** What each verdict teaches, said once per stop of the tour. */
const LESSONS: Record<Verdict, string> = {
  corroborated: 'A report gives the same figure for the same measure, event and day, and none contradicts it. Check whether the agreeing outlets are independent or carry the same wire copy.',
  consistent: 'No report gives this exact figure, but it fits them: a count of people who had left can only rise, so a figure between an earlier and a later count is plausible for its day. An old figure is outdated, not false.',
  conflicting: 'Reports give a figure this one cannot match: for the same day and event the difference is beyond rounding. Ask where the figure came from.',
  disputed: 'The figure is reported as one side’s claim that the other side denies, or the reports disagree among themselves. Say who claims it.',
  unverified: 'The figure belongs to something no report here covers (another event, another measure). It may be right; the corpus cannot tell. Do not compare it with figures of the exodus.',
};

/**
 * What a statement's verdict teaches. A statement of who did what has no figure: the reports are
 * read for the same actor, act and object, and a page that states one side's allegation as fact
 * is told so.
 */
const STATEMENT_LESSONS: Partial<Record<Verdict, string>> = {
  corroborated: 'A report says the same actor did the same thing about the same matter, in other words perhaps. A statement is highlighted only when a report speaks to it; the line over the text marks it as a statement, not a figure.',
  conflicting: 'The reports give this actor the opposite position, or give the act to someone else. Look for the report’s own words before repeating the page’s.',
  disputed: 'The page states as fact what the reports give as one side’s allegation, denied by the other side. Say who alleges it and who denies it.',
};

interface Stop {
  claim: CheckedClaim;
  range: Range;
}

/** The demo article for training, checked in place, with a guided tour through its claims. */
export function DemoApp() {
  const container = useRef<HTMLDivElement>(null);
  const [stops, setStops] = useState<Stop[]>([]);
  const [step, setStep] = useState(-1);
  const [error, setError] = useState('');
  const panel = useRef<HTMLElement>(null);
  // The background opens the demo at #welcome on first install.
  const [welcome] = useState(() => location.hash === '#welcome');

  useEffect(() => {
    const host = container.current!;
    const doc = new DOMParser().parseFromString(articleHtml, 'text/html');
    for (const el of Array.from(doc.body.children)) host.append(document.importNode(el, true));
    const date = publishedDate(doc);
    const page = readVisibleText(host);
    void askBackground({ type: 'check-text', text: page.text, ...(date ? { date } : {}) }).then((r) => {
      if (!r.ok) return setError(r.error);
      const found = r.value.map((claim) => ({ claim, range: rangeOf(page, claim.start, claim.end) })).filter((s): s is Stop => !!s.range);
      setStops(found);
      paintHighlights(found.map((s) => ({ range: s.range, verdict: s.claim.verdict, kind: s.claim.kind })));
    });
    return () => clearHighlights();
  }, []);

  const go = (i: number) => {
    const s = stops[i];
    if (!s) return;
    setStep(i);
    scrollToFigure(s.range, panel.current);
    flash(s.range, 2500);
    requestAnimationFrame(() => panel.current?.focus({ preventScroll: true }));
  };
  const openSource = (src: SourceEvidence) => void askBackground({ type: 'open-source', id: src.id, start: src.passage[0], end: src.passage[1] });
  const current = stops[step];

  return (
    <div class="demo">
      {welcome ? <Welcome onStart={() => go(0)} ready={stops.length > 0} /> : null}
      <main class="article" ref={container} />
      <aside class="tour" aria-labelledby="tour-heading" tabIndex={-1} ref={panel}>
        <h2 id="tour-heading">Guided tour</h2>
        {error ? <p class="error" role="alert">{error}</p> : null}
        {step < 0 ? (
          <>
            <p>This article mixes figures that are corroborated, outdated but true, wrong, disputed, from another event, and off-topic, and statements of who did what that the reports confirm, contradict or give as one side’s allegation. The tour stops at each highlight and explains its verdict and which reports decide it.</p>
            <p class="muted">{stops.length ? `${stops.length} claims are highlighted; the off-topic ones are not.` : 'Checking the article…'}</p>
            <button type="button" class="primary" disabled={!stops.length} onClick={() => go(0)}>Start the tour</button>
          </>
        ) : current ? (
          <div aria-live="polite">
            <p class="muted">Stop {step + 1} of {stops.length}</p>
            <h3><VerdictLabel verdict={current.claim.verdict} /> {current.claim.kind === 'statement' ? <span class="kind-tag">Statement</span> : null} “{current.claim.text.replace(/\s+/g, ' ')}”</h3>
            <p>{current.claim.understood}</p>
            <p class="lesson">{(current.claim.kind === 'statement' && STATEMENT_LESSONS[current.claim.verdict]) || LESSONS[current.claim.verdict]}</p>
            <h4>Which reports decide it</h4>
            <SourceList sources={current.claim.sources.filter((s) => s.relation !== 'context').length ? current.claim.sources.filter((s) => s.relation !== 'context') : current.claim.sources} onOpen={openSource} />
            <details><summary>The full explanation</summary><p>{current.claim.explanation}</p></details>
            <div class="row">
              <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>‹ Previous</button>
              {step + 1 < stops.length ? <button type="button" class="primary" onClick={() => go(step + 1)}>Next ›</button> : <button type="button" class="primary" onClick={() => setStep(-1)}>Finish</button>}
            </div>
          </div>
        ) : null}
      </aside>
    </div>
  );
}

/** The first-run welcome, above the demo article: what the extension does and how to begin. */
function Welcome({ onStart, ready }: { onStart: () => void; ready: boolean }) {
  return (
    <section class="welcome" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">Karabakh Cross-check is installed</h1>
      <p>
        On news pages about the 2023 Nagorno-Karabakh exodus it highlights each figure (“more than 100,000 fled”) and says
        whether the bundled reports corroborate it or conflict with it; hover or focus a highlight for the sources.
        The toolbar button summarises the page, and the side panel keeps the page’s claims open beside it. Nothing you read
        leaves your browser.
      </p>
      <p>Tabs that were open before installing are checked once reloaded. The article below is a training example.</p>
      <button type="button" class="primary" disabled={!ready} onClick={onStart}>Take the guided tour</button>
    </section>
  );
}

/**
 * Scrolls the page so that a figure sits in the middle of what the tour leaves visible: the
 * whole window when the tour is beside the article, the space above it when the tour is a
 * sheet along the bottom (narrow windows). The figure itself is centred, not its paragraph,
 * which on a phone can be taller than the space.
 */
function scrollToFigure(range: Range, tour: HTMLElement | null): void {
  const figure = range.getBoundingClientRect();
  const t = tour?.getBoundingClientRect();
  const tourBelow = !!t && t.left < figure.right && t.right > figure.left;
  const space = tourBelow ? innerHeight - t.height : innerHeight;
  window.scrollBy({ top: figure.top - (space - figure.height) / 2, behavior: 'instant' });
}
