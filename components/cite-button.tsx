import { createContext } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
import type { CheckedClaim } from '../lib/check';
import { dayRange, formatCitation, type CitationWords, type CorpusCoverage } from '../lib/citation';
import { t, tp, uiLocale } from '../extension/i18n';
import { copyText } from './clipboard';
import { strengthName, verdictLabelText } from './verdict-style';

/** What a citation needs besides its claim: the page it is on and what the check was made against. */
export interface CitationSetting {
  page?: { title?: string | undefined; url?: string | undefined } | undefined;
  coverage: CorpusCoverage | null;
}

/** The page and corpus every citation button below it cites (the popup and side panel provide it; the card passes its own). */
export const CitationContext = createContext<CitationSetting>({ coverage: null });

/** "Checked against 5 reports, 25–30 September 2023" in the user's language; empty while the corpus is not known. */
export function checkedAgainstText(c: CorpusCoverage | null): string {
  if (!c) return '';
  const own = c.own ? ` (${tp('checked_own', c.own)})` : '';
  if (!c.first || !c.last) return tp('checked_againstUndated', c.reports) + own;
  return tp('checked_against', c.reports, dayRange(c.first, c.last, uiLocale())) + own;
}

/** The citation's words in the user's language. */
export function citationWords(): CitationWords {
  return {
    claim: t('cite_claim'),
    inText: t('cite_inText'),
    page: t('cite_page'),
    verdict: t('cite_verdict'),
    sources: t('cite_sources'),
    explanation: t('cite_explanation'),
    checkedWith: t('cite_checkedWith'),
    verdictName: (v, s) => verdictLabelText(v, s),
    strength: (s) => strengthName(s),
    relation: (r) => t(`relation_${r}`),
    asOf: (d) => t('source_asOf', d).replace(/^\((.*)\)$/, '$1'),
    colon: t('common_colon'),
  };
}

/**
 * Two buttons that copy a claim's check (claim, sentence, verdict, strength, each source with
 * outlet, dates, quote and address, the explanation as shown, what it was checked against) as
 * plain text or as Markdown, and say so.
 */
export function CiteButton({ claim, explanation, sentence, setting }: { claim: CheckedClaim; explanation: string; sentence?: string | undefined; setting?: CitationSetting }) {
  const fromContext = useContext(CitationContext);
  const { page, coverage } = setting ?? fromContext;
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const figure = claim.text.replace(/\s+/g, ' ');
  const copy = async (as: 'text' | 'markdown', e: Event) => {
    if (!e.isTrusted || !box.current) return;
    const cited = formatCitation({ claim: { ...claim, explanation }, sentence, page, checkedAgainst: checkedAgainstText(coverage) }, citationWords());
    const error = await copyText(as === 'text' ? cited.text : cited.markdown, box.current);
    setSaid(error ? { ok: false, text: t('cite_failed', error) } : { ok: true, text: t(as === 'text' ? 'cite_copiedText' : 'cite_copiedMarkdown') });
  };
  return (
    <div class="cite" ref={box}>
      {coverage ? <p class="checked-against muted">{checkedAgainstText(coverage)}</p> : null}
      <button type="button" class="link cite-text" aria-label={t('cite_textLabel', figure)} onClick={(e) => void copy('text', e)}>{t('cite_copyText')}</button>{' '}
      <button type="button" class="link cite-markdown" aria-label={t('cite_markdownLabel', figure)} onClick={(e) => void copy('markdown', e)}>{t('cite_copyMarkdown')}</button>
      {said ? <span class={said.ok ? 'muted' : 'error'} role="status">{' '}{said.text}</span> : null}
    </div>
  );
}
