import type { CheckedClaim, SourceEvidence } from './check';
import type { Strength, Verdict } from './verdict';

/** What a check was made against: how many reports (how many of them the user's own) and the days they span. */
export interface CorpusCoverage {
  reports: number;
  own: number;
  /** The earliest and latest publication day (YYYY-MM-DD) among dated reports; null when none is dated. */
  first: string | null;
  last: string | null;
}

/** Counts the reports in use (bundled and the user's own, whose ids start with `own-`) and the days they were published. */
export function corpusCoverage(sources: ReadonlyArray<{ id: string; date: string | null }>): CorpusCoverage {
  const days = sources.map((s) => s.date).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return { reports: sources.length, own: sources.filter((s) => s.id.startsWith('own-')).length, first: days[0] ?? null, last: days[days.length - 1] ?? null };
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The span of days in a language's own words ("25–30 September 2023", "25.–30. September 2023");
 * one day when both ends are the same. `locale` is a BCP 47 tag (English reads British: day first).
 */
export function dayRange(first: string, last: string, locale = 'en-GB'): string {
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return first === last ? format.format(utcDay(first)) : format.formatRange(utcDay(first), utcDay(last));
}

/** "Checked against 5 reports, 25–30 September 2023" (and how many are the user's own), in English, for exports and the command line. */
export function checkedAgainst(c: CorpusCoverage): string {
  const reports = `${c.reports} report${c.reports === 1 ? '' : 's'}`;
  const own = c.own ? ` (${c.own} of them yours)` : '';
  return `Checked against ${reports}${own}${c.first && c.last ? `, ${dayRange(c.first, c.last)}` : ''}`;
}

/** The words a citation is written in: English by default; the extension passes the user's language. */
export interface CitationWords {
  claim: string;
  inText: string;
  page: string;
  verdict: string;
  sources: string;
  explanation: string;
  checkedWith: string;
  verdictName: (verdict: Verdict, strength: Strength | null) => string;
  strength: (strength: Strength) => string;
  relation: (relation: SourceEvidence['relation']) => string;
  asOf: (day: string) => string;
  /** What follows a label ("Verdict: "); French puts a thin space before the colon. ': ' when not given. */
  colon?: string;
}

/** The citation's words in English. */
export const ENGLISH_CITATION: CitationWords = {
  claim: 'Claim',
  inText: 'In the text',
  page: 'Page',
  verdict: 'Verdict',
  sources: 'Sources',
  explanation: 'Why',
  checkedWith: 'Checked with Karabakh Cross-check',
  verdictName: (v, s) => (v === 'corroborated' && s === 'loose' ? 'loosely corroborated' : s === 'derived' && v !== 'consistent' ? `${v} by arithmetic` : v),
  strength: (s) => s,
  relation: (r) => r,
  asOf: (d) => `figure as of ${d}`,
};

/** One claim's check to cite: the claim in full, its sentence, the page it is on and what it was checked against. */
export interface CitationInput {
  claim: Pick<CheckedClaim, 'text' | 'verdict' | 'strength' | 'explanation' | 'sources'>;
  sentence?: string | undefined;
  page?: { title?: string | undefined; url?: string | undefined } | undefined;
  /** The "checked against" line, already in the citation's language. */
  checkedAgainst: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
// Claim and quotes come from pages and reports: in Markdown they must not turn into links, images or HTML.
const escapeMd = (s: string) => s.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`);
// Only web addresses are printed as links; anything else (javascript:, data:) is left out.
const webAddress = (url: string | null | undefined): string | null => (url && /^https?:\/\/[^\s<>]+$/i.test(url) ? url : null);

/**
 * A claim's check as plain text and as Markdown, to paste into an article, a ticket or a chat:
 * the claim, its sentence, the page, the verdict and how sure it is, each source with outlet,
 * date, the day its figure describes, the quote and where the report can be read, the
 * explanation, and what the check was made against.
 */
export function formatCitation(input: CitationInput, words: CitationWords = ENGLISH_CITATION): { text: string; markdown: string } {
  const { claim } = input;
  const colon = words.colon ?? ': ';
  const strength = claim.strength ?? null;
  const verdict = `${words.verdictName(claim.verdict, strength)}${strength ? ` (${words.strength(strength)})` : ''}`;
  const pageUrl = webAddress(input.page?.url);
  const pageTitle = input.page?.title ? oneLine(input.page.title) : '';
  const text: string[] = [`${words.claim}${colon}“${oneLine(claim.text)}”`];
  const md: string[] = [`**${escapeMd(words.claim)}${colon.trimEnd()}** “${escapeMd(oneLine(claim.text))}”`, ''];
  if (input.sentence) {
    text.push(`${words.inText}${colon}“${oneLine(input.sentence)}”`);
    md.push(`> ${escapeMd(oneLine(input.sentence))}`, '');
  }
  if (pageTitle || pageUrl) {
    text.push(`${words.page}${colon}${[pageTitle, pageUrl].filter(Boolean).join(' ')}`);
    md.push(`**${escapeMd(words.page)}${colon.trimEnd()}** ${pageTitle ? escapeMd(pageTitle) : ''}${pageTitle && pageUrl ? ' ' : ''}${pageUrl ? `<${pageUrl}>` : ''}`, '');
  }
  text.push(`${words.verdict}${colon}${verdict}`);
  md.push(`**${escapeMd(words.verdict)}${colon.trimEnd()}** ${escapeMd(verdict)}`, '');
  if (claim.sources.length) {
    text.push(`${words.sources}${colon.trimEnd()}`);
    md.push(`**${escapeMd(words.sources)}${colon.trimEnd()}**`, '');
    for (const s of claim.sources) {
      const when = [s.date, s.asOf && s.asOf !== s.date ? `(${words.asOf(s.asOf)})` : ''].filter(Boolean).join(' ');
      const url = webAddress(s.url);
      text.push(`- ${words.relation(s.relation)}${colon}${oneLine(s.outlet)}${when ? `, ${when}` : ''}${colon}“${oneLine(s.quote)}”${url ? ` ${url}` : ''}`);
      md.push(`- ${escapeMd(words.relation(s.relation))}${colon}**${escapeMd(oneLine(s.outlet))}**${when ? `, ${escapeMd(when)}` : ''}${colon}“${escapeMd(oneLine(s.quote))}”${url ? ` <${url}>` : ''}`);
    }
    md.push('');
  }
  text.push(`${words.explanation}${colon}${oneLine(claim.explanation)}`);
  md.push(`**${escapeMd(words.explanation)}${colon.trimEnd()}** ${escapeMd(oneLine(claim.explanation))}`, '');
  text.push(`${input.checkedAgainst}. ${words.checkedWith}.`);
  md.push(`*${escapeMd(input.checkedAgainst)}. ${escapeMd(words.checkedWith)}.*`);
  return { text: text.join('\n'), markdown: md.join('\n') };
}
