// Exports read by people follow the user's language: the Markdown report and the citation, over
// the demo article's claims (figures, arithmetic, statements). In English they are the command
// line's own words; the JSON export is for machines and stays English.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { corpusCoverage, formatCitation } from '../../lib/citation';
import { UI_LOCALES, type MessageTable } from '../../lib/message-format';
import { formatMarkdown, type Report } from '../../lib/report';
import { buildIndex } from '../../lib/source-index';
import { readVisibleText } from '../../lib/visible-text';
import { loadCorpusDir } from '../../scripts/corpus-files';
import { checkedAgainstText, citationWords } from '../../components/cite-button';
import { explanationText } from '../../components/explanation';
import { reportCheckedAgainst, reportWords } from '../../components/report-words';
import { useMessages } from '../../extension/i18n';

const locale = (l: string): MessageTable => JSON.parse(readFileSync(new URL(`../../public/_locales/${l}/messages.json`, import.meta.url), 'utf8'));
const EN = locale('en');
const sources = loadCorpusDir(new URL('../../seeds', import.meta.url).pathname);
const index = buildIndex(sources);
const coverage = corpusCoverage(sources);
const demo = new JSDOM(readFileSync(new URL('../../public/demo/article.html', import.meta.url), 'utf8')).window.document;
// The demo article, and a sentence whose figure follows only by arithmetic.
const text = `${readVisibleText(demo.body).text}\n\nThe blockade of the Lachin corridor, the only road from Armenia into Nagorno-Karabakh, lasted nine months.`;
const report: Report = { id: 'demo', title: 'Demo', url: 'https://news.example/a', date: '2023-09-30', text, claims: checkText(text, index, { pageDay: parseIsoDate('2023-09-30')! }) };
const feedback = [{ claim: 'only 5,000', verdict: 'conflicting', comment: '', at: '2023-10-01' }];

// Words only the English report has: a sentence left in English would carry one.
const ENGLISH = /\b(?:Cross-check:|Page date|agrees|disagrees|Claimed|not listed|people who left|offensive and exodus|according to|by arithmetic|loosely|Verdicts reported as wrong|no comment|Checked against|supports|contradicts)\b|Verdict:/;
// Quotes, outlets and page text are as written.
const ownWords = (md: string) => md.split('\n').filter((l) => !l.startsWith('> ')).join('\n').replace(/[“«„][^”»“]*[”»“]/g, '«»').split(/\*\*[^*]+\*\*/).join('');

afterEach(() => useMessages('en', EN, EN));

describe('the Markdown report in the user’s language', () => {
  it('the page has figures, arithmetic and statements to say', () => {
    expect(report.claims.some((c) => c.kind === 'statement')).toBe(true);
    expect(report.claims.some((c) => c.sources.some((s) => s.derived))).toBe(true);
  });

  it('in English it is the command line’s report, word for word', () => {
    useMessages('en', EN, EN);
    expect(formatMarkdown(report, feedback, reportCheckedAgainst(coverage), reportWords())).toBe(formatMarkdown(report, feedback, reportCheckedAgainst(coverage)));
  });

  it.each(UI_LOCALES.filter((l) => l !== 'en'))('in %s no sentence of its own is left in English', (l) => {
    useMessages(l, locale(l), EN);
    const md = formatMarkdown(report, feedback, reportCheckedAgainst(coverage), reportWords());
    expect(md).toContain(checkedAgainstText(coverage));
    for (const c of report.claims) expect(md).toContain(explanationText(c).slice(0, 40).replace(/[\\`*_{}[\]<>()#+!|]/g, (x) => `\\${x}`));
    const english = ownWords(md).split('\n').filter((line) => ENGLISH.test(line));
    expect(english).toEqual([]);
  });

  it('in Russian, the citation of a claim is Russian too', () => {
    useMessages('ru', locale('ru'), EN);
    const claim = report.claims.find((c) => c.verdict === 'conflicting')!;
    const cited = formatCitation({ claim: { ...claim, explanation: explanationText(claim) }, checkedAgainst: checkedAgainstText(coverage) }, citationWords());
    expect(cited.text).toMatch(/^Утверждение: /);
    expect(ownWords(cited.markdown).split('\n').filter((line) => ENGLISH.test(line))).toEqual([]);
  });
});
