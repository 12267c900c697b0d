import type { CheckedClaim, SourceEvidence } from './check';
import { VERDICTS_BY_SEVERITY, type Strength, type Verdict } from './verdict';

/** The claims found in one text or page, with where it came from. */
export interface Report {
  id: string;
  title?: string;
  url?: string;
  date?: string | null;
  text: string;
  claims: CheckedClaim[];
}

const MARK: Record<SourceEvidence['relation'], string> = { supports: '✓ supports', contradicts: '✗ contradicts', context: '· context' };

const STRENGTH_WORDS: Record<Strength, string> = {
  direct: 'direct: a report states it',
  derived: 'derived: it follows by arithmetic',
  loose: 'loose: only an open-ended or vague figure, or another moment’s count, speaks to it',
};

/**
 * The verdict in words with its strength, as reports print it: "corroborated (derived: it follows
 * by arithmetic)". A loose corroboration reads "loosely corroborated", never a plain "corroborated".
 */
export function verdictWords(claim: Pick<CheckedClaim, 'verdict' | 'strength'>): string {
  const strength = claim.strength ?? null;
  if (!strength) return claim.verdict;
  const word = claim.verdict === 'corroborated' && strength === 'loose' ? 'loosely corroborated' : claim.verdict;
  return `${word} (${STRENGTH_WORDS[strength]})`;
}

/** How a source entered the verdict, in English, for the lists: loosely, or through the arithmetic. */
export function relationWords(s: SourceEvidence): string {
  if (s.derived) return `${s.relation} by arithmetic (${s.derived})`;
  return s.loose ? `${s.relation} loosely` : s.relation;
}

/** Counts of claims per verdict, worst first, leaving out verdicts with none. */
export function verdictCounts(claims: ReadonlyArray<Pick<CheckedClaim, 'verdict'>>): Array<[Verdict, number]> {
  // One pass: the popup counts a page of 16,000 claims while it opens.
  const n = new Map<Verdict, number>();
  for (const c of claims) n.set(c.verdict, (n.get(c.verdict) ?? 0) + 1);
  return VERDICTS_BY_SEVERITY.filter((v) => n.has(v)).map((v) => [v, n.get(v)!]);
}

/** A report as plain text for the terminal. */
export function formatText(report: Report): string {
  const lines: string[] = [];
  const counts = verdictCounts(report.claims).map(([v, n]) => `${n} ${v}`).join(', ');
  lines.push(`${report.id}: ${report.claims.length} claim${report.claims.length === 1 ? '' : 's'} about Nagorno-Karabakh${counts ? ` (${counts})` : ''}`);
  if (report.claims.length === 0) lines.push('  Nothing here is about Nagorno-Karabakh, or no figure in it could be read.');
  for (const c of report.claims) {
    lines.push('');
    const tag = c.verdict === 'corroborated' && c.strength === 'loose' ? 'LOOSELY CORROBORATED' : c.verdict.toUpperCase();
    lines.push(`  [${tag}${c.kind === 'statement' ? ' STATEMENT' : ''}] “${c.text}”: ${c.understood}${c.strength ? ` (${c.strength})` : ''}`);
    lines.push(`    in: “${oneLine(report.text.slice(c.sentence.start, c.sentence.end))}”`);
    for (const s of c.sources) {
      lines.push(`    ${MARK[s.relation]}${s.loose ? ' loosely' : ''}${s.derived ? ' by arithmetic' : ''}  ${s.outlet}${s.date ? `, ${s.date}` : ''} [${s.id}]: “${oneLine(s.quote)}”`);
    }
    lines.push(`    ${c.explanation}`);
  }
  return lines.join('\n');
}

/**
 * A report as the JSON export gives it: the command line's `--json` shape (each claim with its
 * `kind`, "figure" or "statement"), plus the "looks wrong" reports for the page. A claim with no
 * kind, from an engine older than statements, is a figure.
 */
export function reportJson<F>(report: Report, feedback: F[] = []) {
  const claims = report.claims.map((c) => ({ ...c, kind: c.kind ?? 'figure' }));
  return { id: report.id, title: report.title ?? null, url: report.url ?? null, date: report.date ?? null, text: report.text, claims, feedback };
}

/** The words a Markdown report is written in: English by default (and for the command line); the extension passes the user's language. */
export interface ReportWords {
  /** The report's heading: "Cross-check: " and the page's title. */
  title: (name: string) => string;
  page: string;
  pageDate: string;
  noClaims: string;
  /** A verdict's name in the counts ("corroborated"). */
  verdictName: (verdict: Verdict) => string;
  /** A claim's heading label: its verdict (a loose corroboration as one), and "statement" for a statement of who did what. */
  heading: (claim: Pick<CheckedClaim, 'verdict' | 'strength' | 'kind'>) => string;
  /** What the figure or statement was understood as. */
  understood: (claim: CheckedClaim) => string;
  verdict: string;
  /** The verdict in words with its strength. */
  verdictWords: (claim: Pick<CheckedClaim, 'verdict' | 'strength' | 'kind'>) => string;
  /** How a source entered the verdict ("supports loosely", "supports by arithmetic (…)"). */
  relation: (source: SourceEvidence) => string;
  explanation: (claim: CheckedClaim) => string;
  reportedWrong: string;
  noComment: string;
  /** A stored "looks wrong" report's verdict, as recorded. */
  feedbackVerdict: (verdict: string) => string;
  /** What follows a label ("Verdict: "): French puts a thin space before the colon. */
  colon: string;
}

/** The Markdown report's words in English, as the command line and the JSON-minded reader have always had them. */
export const ENGLISH_REPORT: ReportWords = {
  title: (name) => `Cross-check: ${name}`,
  page: 'Page',
  pageDate: 'Page date',
  noClaims: 'No claims about Nagorno-Karabakh found.',
  verdictName: (v) => v,
  heading: (c) => `${c.verdict === 'corroborated' && c.strength === 'loose' ? 'loosely corroborated' : c.verdict}${c.kind === 'statement' ? ' statement' : ''}`,
  understood: (c) => c.understood,
  verdict: 'Verdict',
  verdictWords,
  relation: relationWords,
  explanation: (c) => c.explanation,
  reportedWrong: 'Verdicts reported as wrong',
  noComment: 'no comment',
  feedbackVerdict: (v) => v,
  colon: ': ',
};

/**
 * A report as Markdown, for fact-checkers to paste or file, with any "looks wrong" reports;
 * `checkedAgainst` says what the check was made against ("Checked against 5 reports, …"), in the
 * language of `words`.
 */
export function formatMarkdown(report: Report, feedback: Array<{ claim: string; verdict: string; comment: string; at: string }> = [], checkedAgainst?: string, words: ReportWords = ENGLISH_REPORT): string {
  const out: string[] = [`# ${escapeMd(words.title(report.title ?? report.id))}`, ''];
  if (report.url) out.push(`${escapeMd(words.page)}${words.colon}<${report.url}>`, '');
  if (report.date) out.push(`${escapeMd(words.pageDate)}${words.colon}${report.date}`, '');
  if (checkedAgainst) out.push(`${escapeMd(checkedAgainst)}.`, '');
  const counts = verdictCounts(report.claims);
  out.push(counts.length ? counts.map(([v, n]) => `**${n}** ${escapeMd(words.verdictName(v))}`).join(' · ') : escapeMd(words.noClaims), '');
  for (const c of report.claims) {
    // A statement of who did what is named as one: it has no figure, and its verdict reads differently.
    out.push(`## ${escapeMd(words.heading(c))}${words.colon}“${escapeMd(c.text)}”`, '', `${escapeMd(words.understood(c))}`, '');
    out.push(`${escapeMd(words.verdict)}${words.colon}${escapeMd(words.verdictWords(c))}`, '', `> ${escapeMd(oneLine(report.text.slice(c.sentence.start, c.sentence.end)))}`, '');
    for (const s of c.sources) out.push(`- ${escapeMd(words.relation(s))}${words.colon}**${escapeMd(s.outlet)}**${s.date ? ` (${s.date})` : ''}${words.colon}“${escapeMd(oneLine(s.quote))}”${s.url && /^https?:\/\/[^\s<>]+$/i.test(s.url) ? ` <${s.url}>` : ''}`);
    if (c.sources.length) out.push('');
    out.push(escapeMd(words.explanation(c)), '');
  }
  if (feedback.length) {
    out.push(`## ${escapeMd(words.reportedWrong)}`, '');
    for (const f of feedback) out.push(`- “${escapeMd(oneLine(f.claim))}” (${escapeMd(oneLine(words.feedbackVerdict(f.verdict)))}), ${escapeMd(oneLine(f.at))}${words.colon}${escapeMd(oneLine(f.comment || words.noComment))}`);
    out.push('');
  }
  return out.join('\n');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// Page text is untrusted: in Markdown it must not become links, images or HTML.
function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`);
}
