// The exports (Markdown, JSON, the terminal report) carry statements of who did what as such.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { formatMarkdown, formatText, reportJson } from '../../lib/report';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const text = 'More than 100,000 people have fled Nagorno-Karabakh. Baku has promised to respect the rights of the Armenians who stay in Nagorno-Karabakh.';
const report = { id: 'page', text, claims: checkText(text, index, { pageDay: parseIsoDate('2023-09-30')! }) };

describe('exports with statements', () => {
  it('the page has a figure and a statement to export', () => {
    expect(report.claims.map((c) => [c.kind, c.verdict])).toEqual([['figure', 'corroborated'], ['statement', 'corroborated']]);
  });

  it('JSON gives each claim its kind, with its sources and explanation, and reads a claim with no kind as a figure', () => {
    const out = JSON.parse(JSON.stringify(reportJson(report, [{ comment: 'x' }]))) as { claims: Array<Record<string, unknown>>; feedback: unknown[] };
    expect(out.claims.map((c) => c.kind)).toEqual(['figure', 'statement']);
    const statement = out.claims[1]!;
    expect(statement.text).toBe('Baku has promised to respect the rights of the Armenians');
    expect((statement.sources as Array<{ quote: string }>)[0]!.quote).toContain('Azerbaijan has pledged to respect the rights');
    expect(statement.explanation).toContain('same actor (Azerbaijan), action (pledged)');
    expect(out.feedback).toEqual([{ comment: 'x' }]);
    // A report from a background older than statements: its claims have no kind, and are figures.
    const { kind: _kind, ...old } = report.claims[0]!;
    expect(reportJson({ ...report, claims: [old as never] }).claims[0]!.kind).toBe('figure');
  });

  it('Markdown and the terminal report name a statement as one, and a figure as before', () => {
    const md = formatMarkdown(report);
    expect(md).toContain('## corroborated statement: “Baku has promised to respect the rights of the Armenians”');
    expect(md).toContain('## corroborated: “More than 100,000”');
    const out = formatText(report);
    expect(out).toContain('[CORROBORATED STATEMENT] “Baku has promised to respect the rights of the Armenians”');
    expect(out).toContain('[CORROBORATED] “More than 100,000”');
  });
});
