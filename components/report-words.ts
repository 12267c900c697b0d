import { checkedAgainst, type CorpusCoverage } from '../lib/citation';
import { ENGLISH_REPORT, type ReportWords } from '../lib/report';
import { VERDICTS_BY_SEVERITY, type Verdict } from '../lib/verdict';
import { t, uiLocale } from '../extension/i18n';
import { checkedAgainstText } from './cite-button';
import { arithmeticText, explanationText, understoodText } from './explanation';
import { strengthHelp, strengthName, verdictLabelText, verdictName } from './verdict-style';

const isVerdict = (v: string): v is Verdict => (VERDICTS_BY_SEVERITY as readonly string[]).includes(v);

/**
 * The Markdown report's words in the user's language: an export is read by people. In English
 * they are the command line's own, so a report reads the same from either. (The JSON export keeps
 * English keys and values for machines.)
 */
export function reportWords(): ReportWords {
  if (uiLocale() === 'en') return ENGLISH_REPORT;
  return {
    title: (name) => t('report_title', name),
    page: t('cite_page'),
    pageDate: t('report_pageDate'),
    noClaims: t('report_noClaims'),
    verdictName,
    heading: (c) => (c.kind === 'statement' ? t('report_statementHeading', verdictLabelText(c.verdict, c.strength)) : verdictLabelText(c.verdict, c.strength)),
    understood: understoodText,
    verdict: t('cite_verdict'),
    // The strength's sentence speaks of figures; a statement gets its name alone.
    verdictWords: (c) => (!c.strength ? verdictLabelText(c.verdict) : c.kind === 'statement' ? t('report_verdictStrengthShort', verdictLabelText(c.verdict, c.strength), strengthName(c.strength)) : t('report_verdictStrength', verdictLabelText(c.verdict, c.strength), strengthName(c.strength), strengthHelp(c.strength))),
    relation: (s) => (s.derived ? t('report_relationArithmetic', t(`relation_${s.relation}`), arithmeticText(s.derived)) : s.loose ? t('report_relationLoose', t(`relation_${s.relation}`)) : t(`relation_${s.relation}`)),
    explanation: explanationText,
    reportedWrong: t('report_reportedWrong'),
    noComment: t('report_noComment'),
    feedbackVerdict: (v) => (isVerdict(v) ? verdictName(v) : v),
    colon: t('common_colon'),
  };
}

/** The Markdown report's "Checked against 5 reports, 25–30 September 2023" in the words of `reportWords`; undefined while the corpus is not known. */
export function reportCheckedAgainst(coverage: CorpusCoverage | null): string | undefined {
  if (!coverage) return undefined;
  return uiLocale() === 'en' ? checkedAgainst(coverage) : checkedAgainstText(coverage);
}
