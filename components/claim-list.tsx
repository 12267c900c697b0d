import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CheckedClaim, SourceEvidence } from '../lib/check';
import type { CompactClaim, Result } from '../lib/messages';
import { verdictCounts } from '../lib/report';
import { FeedbackForm } from './feedback-form';
import { SourceList } from './source-list';
import { VerdictLabel } from './verdict-label';
import { VerdictStrength } from './verdict-strength';
import { verdictName } from './verdict-style';
import { t } from '../extension/i18n';
import { CiteButton } from './cite-button';
import { explanationText, understoodTailText } from './explanation';
import { VirtualList } from './virtual-list';

/** How many claims of one verdict are listed before "Show all": a page of thousands stays quick to open. */
export const GROUP_PREVIEW = 50;

/** A listed claim: in full, or compact with its evidence fetched by `loadDetails` when opened. */
type Listed = CompactClaim | CheckedClaim;
const isFull = (c: Listed): c is CheckedClaim => 'sources' in c;
// A compact claim from an older page reader may lack its strength.
const strengthOf = (c: Listed) => c.strength;

/** What a list of claims shows and what it can ask for. */
export interface ClaimListProps {
  claims: Listed[];
  /** The text the claims were found in, to quote each claim's sentence. */
  text?: string;
  onShow?: (index: number) => void;
  onOpenSource?: (s: SourceEvidence) => void;
  onFeedback?: (claim: CompactClaim, comment: string) => Promise<string | null>;
  /** A compact claim's full verdict and evidence, by its place in `claims`. */
  loadDetails?: (index: number) => Promise<Result<CheckedClaim>>;
}

/** Claims grouped by verdict (worst first) with counts; each claim expands to its sources. */
export function ClaimList({ claims, text, onShow, onOpenSource, onFeedback, loadDetails }: ClaimListProps) {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  // Each verdict's claims by their place in `claims`, and how many only loose figures support, in
  // one pass when the claims change (a page may have thousands; the list re-renders as it scrolls).
  const { counts, byVerdict, loose } = useMemo(() => {
    const byVerdict = new Map<string, number[]>();
    const loose = new Map<string, number>();
    claims.forEach((c, i) => {
      const list = byVerdict.get(c.verdict);
      if (list) list.push(i);
      else byVerdict.set(c.verdict, [i]);
      // A group heading never passes claims only loose figures support off as plain.
      if (c.verdict === 'corroborated' && strengthOf(c) === 'loose') loose.set(c.verdict, (loose.get(c.verdict) ?? 0) + 1);
    });
    return { counts: verdictCounts(claims), byVerdict, loose };
  }, [claims]);
  // Opened claims stay rendered when scrolled out of the window, with their evidence and focus.
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const markOpened = (i: number) => opened.has(i) || setOpened((o) => new Set([...o, i]));
  return (
    <div class="claim-list">
      <p class="counts" aria-label={t('list_byVerdict')}>
        {counts.map(([v, n]) => (
          <span key={v} class="count">
            <VerdictLabel verdict={v} /> {n}
          </span>
        ))}
      </p>
      {counts.map(([v, n]) => (
        <section key={v} class="group" aria-label={t('list_groupLabel', verdictName(v))}>
          <h3>{verdictName(v)} <span class="muted">({n}{loose.get(v) ? `, ${t('list_loosely', loose.get(v)!)}` : ''})</span></h3>
          <GroupRows places={(byVerdict.get(v) ?? []).slice(0, expanded.has(v) ? undefined : GROUP_PREVIEW)} opened={opened} row={(i, aria) => (
            <ClaimItem key={`${i}:${claims[i]!.start}`} aria={aria} claim={claims[i]!} index={i} text={text} onOpened={markOpened} onShow={onShow} onOpenSource={onOpenSource} onFeedback={onFeedback} loadDetails={loadDetails} />
          )} />
          {!expanded.has(v) && n > GROUP_PREVIEW ? (
            <button type="button" class="link" onClick={() => setExpanded(new Set([...expanded, v]))}>
              {t('list_showAll', n, verdictName(v).toLowerCase())}
            </button>
          ) : null}
        </section>
      ))}
    </div>
  );
}

/** One verdict's claims (their places in the whole list) as a windowed list: only the rows in view are rendered. */
function GroupRows({ places, opened, row }: { places: number[]; opened: ReadonlySet<number>; row: (i: number, aria: RowAria) => ComponentChildren }) {
  const pinned = new Set<number>();
  places.forEach((i, k) => opened.has(i) && pinned.add(k));
  return <VirtualList class="claims" count={places.length} pinned={pinned} row={(k, aria) => row(places[k]!, aria)} />;
}

type RowAria = { 'aria-setsize': number; 'aria-posinset': number };

function ClaimItem({ claim: c, index, text, aria, onOpened, onShow, onOpenSource, onFeedback, loadDetails }: {
  claim: Listed;
  index: number;
  text?: string;
  aria?: RowAria;
  onOpened?: (index: number) => void;
  onShow?: (index: number) => void;
  onOpenSource?: (s: SourceEvidence) => void;
  onFeedback?: (claim: CompactClaim, comment: string) => Promise<string | null>;
  loadDetails?: (index: number) => Promise<Result<CheckedClaim>>;
}) {
  // The evidence is rendered once the entry is first opened, so a long list costs only its summaries.
  const [opened, setOpened] = useState(false);
  const figure = c.text.replace(/\s+/g, ' ');
  return (
    <li class="claim" {...aria}>
      <details onToggle={(e) => {
        if (!(e.currentTarget as HTMLDetailsElement).open) return;
        setOpened(true);
        onOpened?.(index);
      }}>
        <summary>
          <span class="figure">“{figure}”</span> <VerdictStrength strength={strengthOf(c)} compact /> <span class="muted">{understoodTailText(c)}</span>
        </summary>
        {text ? <p class="in-page"><span class="muted">{t('list_inText')} </span><q>{text.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').trim()}</q></p> : null}
        {opened ? (isFull(c) ? <Evidence claim={c} sentence={sentenceOf(c, text)} onOpenSource={onOpenSource} /> : <LazyEvidence load={() => loadDetails?.(index) ?? Promise.resolve(notLoadable())} sentence={sentenceOf(c, text)} onOpenSource={onOpenSource} />) : null}
        {onFeedback ? <FeedbackForm send={(comment) => onFeedback(c, comment)} /> : null}
      </details>
      {onShow ? (
        <button type="button" class="show" onClick={() => onShow(index)} aria-label={t('list_showInPageLabel', figure)}>
          {t('list_showInPage')}
        </button>
      ) : null}
    </li>
  );
}

const notLoadable = (): Result<never> => ({ ok: false, error: t('list_notLoadable') });
// The claim's sentence, for its citation.
const sentenceOf = (c: Listed, text?: string) => (text ? text.slice(c.sentence.start, c.sentence.end) : undefined);

function Evidence({ claim, sentence, onOpenSource }: { claim: CheckedClaim; sentence?: string | undefined; onOpenSource?: (s: SourceEvidence) => void }) {
  const explanation = explanationText(claim);
  return (
    <>
      <p class="how-sure">
        <VerdictLabel verdict={claim.verdict} strength={claim.strength} /> <VerdictStrength strength={claim.strength} />
      </p>
      <SourceList sources={claim.sources} onOpen={onOpenSource} />
      <p class="explanation">{explanation}</p>
      <CiteButton claim={claim} explanation={explanation} sentence={sentence} />
    </>
  );
}

/** A compact claim's evidence, asked for once when it is first shown. */
function LazyEvidence({ load, sentence, onOpenSource }: { load: () => Promise<Result<CheckedClaim>>; sentence?: string | undefined; onOpenSource?: (s: SourceEvidence) => void }) {
  const [state, setState] = useState<Result<CheckedClaim> | null>(null);
  useEffect(() => {
    void load().then(setState, (e: unknown) => setState({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  }, []);
  if (!state) return <p class="muted" role="status">{t('list_loadingSources')}</p>;
  if (!state.ok) return <p class="error" role="alert">{t('list_sourcesFailed', state.error)}</p>;
  return <Evidence claim={state.value} sentence={sentence} onOpenSource={onOpenSource} />;
}
