// The exports say how sure each verdict is (docs/VERDICTS.md, rule 8).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { formatMarkdown, formatText, verdictCounts, verdictWords } from '../../lib/report';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const text = 'By Thursday evening 78,300 people had left Nagorno-Karabakh for Armenia. By Saturday some 80 to 86 percent of Nagorno-Karabakh’s population had fled.';
const report = { id: 'page', text, claims: checkText(text, index, { pageDay: parseIsoDate('2023-09-30')! }) };

describe('exports show the strength', () => {
  it('names each strength, and a loose corroboration is never a plain one', () => {
    expect(verdictWords({ verdict: 'corroborated', strength: 'loose' })).toMatch(/^loosely corroborated \(loose: /);
    expect(verdictWords({ verdict: 'corroborated', strength: 'derived' })).toBe('corroborated (derived: it follows by arithmetic)');
    expect(verdictWords({ verdict: 'unverified', strength: null })).toBe('unverified');
  });

  it('Markdown gives the strength and the arithmetic of a derived verdict', () => {
    const md = formatMarkdown(report);
    expect(md).toContain('## loosely corroborated: “78,300”');
    expect(md).not.toContain('## corroborated: “78,300”');
    // Markdown escapes brackets, so page text can never become a link.
    expect(md).toContain('Verdict: corroborated \\(derived: it follows by arithmetic\\)');
    expect(md).toContain('- supports by arithmetic \\(“100,417” of a population of 116,400 to 123,600 is 81% to 86%\\): **RFI');
  });

  it('the terminal report tags a loose corroboration as such', () => {
    const out = formatText(report);
    expect(out).toContain('[LOOSELY CORROBORATED] “78,300”');
    expect(out).toMatch(/\[CORROBORATED\] “80 to 86 percent”: .* \(derived\)/);
  });
});

describe('verdict counts', () => {
  it('counts each verdict once, worst first, leaving out verdicts no claim has', () => {
    const claims = (['unverified', 'corroborated', 'conflicting', 'corroborated', 'unverified', 'unverified'] as const).map((verdict) => ({ verdict }));
    expect(verdictCounts(claims)).toEqual([['conflicting', 1], ['unverified', 3], ['corroborated', 2]]);
    expect(verdictCounts([])).toEqual([]);
  });
});
