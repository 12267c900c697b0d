// The real-article set: its committed labels are well formed, and scripts/real-articles.ts joins
// labels with cached texts, scores each language and tells a missing text from a broken label.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresOnly, formatTally, joinLabels, labelProblems, parseSummary, type ArticleLabel } from '../../scripts/real-articles';
import { ROOT, run } from './run';

const LABELS = join(ROOT, 'tests', 'real-articles');
// The tuning set and the held-out batches beside it: every one is held to the same shape, and no
// article may be in two of them (a held-out page that is also tuned on measures nothing).
const SETS = ['.', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6', 'held-out-7', 'held-out-8', 'held-out-9', 'held-out-10', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15', 'held-out-16', 'held-out-17', 'held-out-18', 'held-out-19', 'held-out-20', 'held-out-21', 'held-out-22', 'held-out-23', 'held-out-24', 'held-out-25', 'held-out-26'];
const rows = SETS.flatMap((set) =>
  readdirSync(join(LABELS, set))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(LABELS, set, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({ set, file: f, label: JSON.parse(l) as ArticleLabel })),
    ),
);
/** An address as a reader would type it: no scheme, no `www.`, no trailing slash. */
const address = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

// A paraphrased copy of a set (paraphrased/<set>p.jsonl, README "Paraphrased copies"): scored by the shared scorer.
interface ParaphrasedCase { id: string; url: string; lang: string; date?: string; text: string; expect: ArticleLabel['expect']; offtopic?: boolean }
const PARAPHRASED = join(LABELS, 'paraphrased');
const paraphrased = readdirSync(PARAPHRASED)
  .filter((f) => /^held-out-\d+p\.jsonl$/.test(f))
  .map((f) => ({ set: f.replace(/p\.jsonl$/, ''), cases: readFileSync(join(PARAPHRASED, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ParaphrasedCase) }));

describe('paraphrased copies of a held-out set', () => {
  it('exist, and each case is one of its set\'s pages with that page\'s labels unchanged', () => {
    expect(paraphrased.length).toBeGreaterThan(0);
    for (const { set, cases } of paraphrased) {
      const labels = new Map(rows.filter((r) => r.set === set).map((r) => [r.label.id, r.label]));
      for (const c of cases) {
        const label = labels.get(c.id);
        expect(label, `${set} ${c.id}`).toBeDefined();
        expect(c.url, c.id).toBe(label!.url);
        expect(c.expect, c.id).toEqual(label!.expect);
        expect(Boolean(c.offtopic), c.id).toBe(label!.kind === 'other-event');
      }
    }
  });

  it('every labelled figure occurs in its paraphrase, and no id is written twice, in every paraphrased file', () => {
    const files = readdirSync(PARAPHRASED).filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(paraphrased.length);
    for (const cases of files.map((f) => readFileSync(join(PARAPHRASED, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ParaphrasedCase))) {
      expect(cases.flatMap((c) => c.expect.filter((e) => !c.text.includes(e.figure)).map((e) => `${c.id}: ${e.figure}`))).toEqual([]);
      const ids = cases.map((c) => c.id);
      expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
    }
  });
});

describe('committed real-article labels', () => {
  it('every line has the label shape', () => {
    const wrong = rows.flatMap(({ file, label }) => labelProblems(label).map((p) => `${file} ${label.id}: ${p}`));
    expect(wrong).toEqual([]);
  });

  it('reads every set', () => {
    for (const set of SETS) expect(rows.filter((r) => r.set === set).length, set).toBeGreaterThan(10);
  });

  it('ids and addresses are unique across the sets: one label per article, no page both tuned on and held out', () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(rows.map((r) => r.label.id))).toEqual([]);
    expect(dup(rows.map((r) => address(r.label.url)))).toEqual([]);
  });

  it('a language file holds articles of its language; other*.jsonl hold only other-event pages', () => {
    for (const { file, label } of rows) {
      const lang = file.replace(/\.jsonl$/, '');
      if (lang.startsWith('other')) expect(label.kind, label.id).toBe('other-event');
      else expect(label.lang, label.id).toBe(lang);
    }
  });

  it('a figure citing reports is one the reports decide', () => {
    for (const { label } of rows)
      for (const e of label.expect)
        if (['corroborated', 'conflicting', 'disputed'].includes(e.strict[0]!)) expect(e.sources?.length, `${label.id} ${e.figure}`).toBeGreaterThan(0);
  });
});

const label = (id: string, figure: string, kind: ArticleLabel['kind'] = 'exodus'): ArticleLabel => ({
  id,
  lang: 'en',
  url: `https://example.org/${id}`,
  date: '2023-09-28',
  outlet: 'test',
  kind,
  expect: kind === 'exodus' ? [{ figure, measure: 'left', strict: ['corroborated'], lenient: ['corroborated', 'consistent'], sources: ['003'] }] : [],
});

describe('joining labels with texts', () => {
  it('lists a missing text, flags a figure absent from its text, and marks other-event pages off-topic', () => {
    const texts: Record<string, string> = { a: 'Over 78,300 people had left.', b: 'Some 5,000 people left.', c: 'A flood displaced 3,000.' };
    const joined = joinLabels([label('a', '78,300'), label('b', '9,999'), label('c', '', 'other-event'), label('d', '1')], (id) => texts[id]);
    expect(joined.missing).toEqual(['d']);
    expect(joined.problems).toHaveLength(1);
    expect(joined.problems[0]).toMatch(/^b: figure "9,999" is not in the cached text/);
    expect(joined.cases.map((c) => [c.id, c.offtopic ?? false])).toEqual([['a', false], ['c', true]]);
  });

  it('rejects a label without a day or with a strict verdict the lenient list lacks', () => {
    const bad = { ...label('x', '1'), date: '28 Sept' } as ArticleLabel;
    bad.expect[0]!.lenient = ['consistent'];
    const problems = labelProblems(bad);
    expect(problems.some((p) => p.includes('YYYY-MM-DD'))).toBe(true);
    expect(problems.some((p) => p.includes('every strict verdict must also be lenient'))).toBe(true);
  });
});

describe('reading the scorer', () => {
  it('takes the counts back from a summary line and prints them as percentages', () => {
    const line =
      'detection 0.564 (62/110) · verdict strict 0.364 · lenient 0.418 · citation 0.714 (20/28) · off-topic claims 3 in 4 texts · precision 0.786 (66/84 claims on labelled figures) · 17 cases in 2456 ms';
    const t = parseSummary(`  some failure\n${line}\n`)!;
    expect(t).toEqual({ detected: 62, expected: 110, strict: 40, lenient: 46, cite: 20, citeOf: 28, offtopicClaims: 3, offtopicTexts: 4, onLabelled: 66, claims: 84, figureClaims: 84, figuresOnLabelled: 66 });
    expect(formatTally('en', 17, t)).toMatch(/^en\s+17 articles\s+110 figures · detection 56% \(62\/110\) · strict 36% · lenient 42%/);
    expect(parseSummary('command failed')).toBeUndefined();
  });

  it('prints figure precision apart from the precision of all claims', () => {
    const t = { ...parseSummary('detection 0.5 (1/2) · verdict strict 0.5 · lenient 0.5 · citation 1.000 (1/1) · off-topic claims 0 in 0 texts · precision 0.500 (2/4 claims on labelled figures)')!, figureClaims: 3, figuresOnLabelled: 2 };
    expect(formatTally('en', 1, t)).toMatch(/figure precision 67% \(2\/3\) · all claims 50% \(2\/4\)/);
  });

  it('keeps figures and drops statements from the engine output, leaving other lines alone', () => {
    const out = [
      JSON.stringify({ id: 'a', claims: [{ kind: 'figure', text: '100,000' }, { kind: 'statement', text: 'Azerbaijan denied it' }] }),
      'not json',
      '',
    ].join('\n');
    const kept = figuresOnly(out).split('\n');
    expect(JSON.parse(kept[0]!).claims.map((k: { text: string }) => k.text)).toEqual(['100,000']);
    expect(kept.slice(1)).toEqual(['not json', '']);
  });
});

describe('scripts/real-articles.ts', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'real-articles-'));
    const labels = join(dir, 'labels');
    const cache = join(dir, 'cache');
    mkdirSync(labels);
    mkdirSync(cache);
    writeFileSync(join(cache, 'xx-01.txt'), 'By Thursday evening more than 78,300 people had left Nagorno-Karabakh for Armenia, officials said.');
    return { dir, labels, cache };
  };

  it('scores each language, counts a missing text as missing, and exits 0', () => {
    const { labels, cache } = setup();
    writeFileSync(join(labels, 'xx.jsonl'), [label('xx-01', 'more than 78,300'), label('xx-02', '100,000')].map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = run('real-articles', ['--labels', labels, '--cache', cache]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^xx\s+1 articles\s+1 figures · detection \d+% \(\d\/1\)/m);
    expect(r.stdout).toMatch(/^total\s+1 articles\s+1 figures/m);
    expect(r.stdout).toMatch(/^xx .* figure precision 100% \(1\/1\) · all claims 100% \(1\/1\)/m);
    expect(r.stdout).toMatch(/xx: 1 text\(s\) missing .*: xx-02/);
  });

  it('fails, naming the label, when a figure is not in its text', () => {
    const { labels, cache } = setup();
    writeFileSync(join(labels, 'xx.jsonl'), JSON.stringify(label('xx-01', '85,000')) + '\n');
    const r = run('real-articles', ['--labels', labels, '--cache', cache]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/label problem: xx-01: figure "85,000" is not in the cached text/);
  });

  it('says what to pass when the label folder does not exist', () => {
    const r = run('real-articles', ['--labels', '/nonexistent/labels']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no label folder at \/nonexistent\/labels; pass --labels DIR/);
  });
});
