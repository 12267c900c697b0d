import { useEffect, useRef, useState } from 'preact/hooks';
import articleHtml from '../public/demo/article.html?raw';
import type { CheckedClaim, SourceEvidence } from '../lib/check';
import { rangeOf } from '../lib/page-ranges';
import { publishedDate, readVisibleText } from '../lib/visible-text';
import type { Verdict } from '../lib/verdict';
import { clearHighlights, flash, paintHighlights } from '../extension/highlights';
import { askBackground } from '../extension/messaging';
import { SourceList } from './source-list';
import { t, tp } from '../extension/i18n';
import { explanationText, understoodText } from './explanation';
import { VerdictLabel } from './verdict-label';

/** What each verdict teaches, said once per stop of the tour. */
const lesson = (v: Verdict) => t(`demo_lesson_${v}`);

/**
 * What a statement's verdict teaches. A statement of who did what has no figure: the reports are
 * read for the same actor, act and object, and a page that states one side's allegation as fact
 * is told so. (A statement is shown only when a report speaks to it: never unverified or consistent.)
 */
const statementLesson = (v: Verdict) =>
  v === 'corroborated' || v === 'conflicting' || v === 'disputed' ? t(`demo_statementLesson_${v}`) : lesson(v);

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
      {/* The article is English whatever the extension's language: screen readers read it so. */}
      <main class="article" lang="en" ref={container} />
      <aside class="tour" aria-labelledby="tour-heading" tabIndex={-1} ref={panel}>
        <h2 id="tour-heading">{t('demo_tour')}</h2>
        {error ? <p class="error" role="alert">{error}</p> : null}
        {step < 0 ? (
          <>
            <p>{t('demo_intro')}</p>
            <p class="muted">{stops.length ? tp('demo_highlighted', stops.length) : t('demo_checking')}</p>
            <button type="button" class="primary" disabled={!stops.length} onClick={() => go(0)}>{t('demo_start')}</button>
          </>
        ) : current ? (
          <div aria-live="polite">
            <p class="muted">{t('demo_stop', step + 1, stops.length)}</p>
            <h3><VerdictLabel verdict={current.claim.verdict} /> {current.claim.kind === 'statement' ? <span class="kind-tag">{t('claim_statementTag')}</span> : null} “{current.claim.text.replace(/\s+/g, ' ')}”</h3>
            <p>{understoodText(current.claim)}</p>
            <p class="lesson">{current.claim.kind === 'statement' ? statementLesson(current.claim.verdict) : lesson(current.claim.verdict)}</p>
            <h4>{t('demo_decide')}</h4>
            <SourceList sources={current.claim.sources.filter((s) => s.relation !== 'context').length ? current.claim.sources.filter((s) => s.relation !== 'context') : current.claim.sources} onOpen={openSource} />
            <details><summary>{t('demo_fullExplanation')}</summary><p>{explanationText(current.claim)}</p></details>
            <div class="row">
              <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>{t('common_previous')}</button>
              {step + 1 < stops.length ? <button type="button" class="primary" onClick={() => go(step + 1)}>{t('common_next')}</button> : <button type="button" class="primary" onClick={() => setStep(-1)}>{t('demo_finish')}</button>}
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
      <h1 id="welcome-heading">{t('welcome_heading')}</h1>
      <p>{t('welcome_body')}</p>
      <p>{t('welcome_reload')}</p>
      <button type="button" class="primary" disabled={!ready} onClick={onStart}>{t('welcome_start')}</button>
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
