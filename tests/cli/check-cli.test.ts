import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, SHARED } from './run';

const tmp = () => mkdtempSync(join(tmpdir(), 'crosscheck-'));

describe('npm run check -- --jsonl', () => {
  it('answers one line per input line, in order, with the contract fields', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'More than 100,000 people have fled Nagorno-Karabakh.', date: '2023-09-30' }),
      'this is not json',
      JSON.stringify({ id: 'b', text: 'Over 100,000 people were evacuated ahead of the hurricane.' }),
      JSON.stringify({ id: 'c', html: '<html><head><meta property="article:published_time" content="2023-09-30T10:00:00Z"></head><body><p>Nagorno-Karabakh: 100,417 people had arrived in Armenia.</p><script>var x = "120,000 people lived in Nagorno-Karabakh";</script></body></html>' }),
      JSON.stringify({ id: 'd', text: 'x', date: '30/09/2023' }),
    ].join('\n');
    const r = run('check', ['--jsonl'], `${input}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0].id).toBe('a');
    const claim = lines[0].claims[0];
    expect(Object.keys(claim)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'verdict', 'figure', 'measure', 'event', 'asOf', 'explanation', 'sources']));
    expect(Object.keys(claim.figure)).toEqual(['raw', 'low', 'high', 'unit']);
    expect(lines[0].text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claim.verdict).toBe('corroborated');
    expect(Object.keys(claim.sources[0])).toEqual(expect.arrayContaining(['id', 'relation', 'outlet', 'date', 'quote']));
    expect(lines[1]).toEqual({ line: 2, error: expect.stringMatching(/not valid JSON/) });
    expect(lines[2]).toEqual({ id: 'b', text: expect.any(String), claims: [] });
    // HTML: visible text only (the script's figure is not read), page date from metadata.
    expect(lines[3].claims.map((c: { text: string }) => c.text)).toEqual(['100,417']);
    expect(lines[3].claims[0].asOf).toBe('2023-09-30');
    expect(lines[3].text.slice(lines[3].claims[0].start, lines[3].claims[0].end)).toBe('100,417');
    expect(lines[4]).toEqual({ line: 5, id: 'd', error: expect.stringMatching(/YYYY-MM-DD/) });
  });

  it('--seeds uses another corpus', () => {
    const input = JSON.stringify({ id: 'x', text: 'By Saturday 21,043 vehicles had crossed the Hakari Bridge.', date: '2023-09-30' });
    const r = run('check', ['--jsonl', '--seeds', `${SHARED}/eval/alt-corpus`], input);
    const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.claims[0].sources.filter((s: { relation: string }) => s.relation === 'supports').map((s: { id: string }) => s.id)).toEqual(['yerevan-briefing-0930']);
  });
});

describe('npm run check -- FILE', () => {
  it('prints a readable report with verdicts, sources and quotes', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Around 400 people were injured in the fighting in Nagorno-Karabakh.');
    const r = run('check', [join(dir, 'a.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\[CORROBORATED\] “Around 400”/);
    expect(r.stdout).toMatch(/✓ supports .*around 400 injured/);
  });

  it('--json prints one object per file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'About 200,000 people lived in Nagorno-Karabakh before the exodus.');
    writeFileSync(join(dir, 'b.html'), '<p>Nothing about the region.</p>');
    const r = run('check', ['--json', join(dir, 'a.txt'), join(dir, 'b.html')]);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.claims.map((c: { verdict: string }) => c.verdict))).toEqual([['conflicting'], []]);
  });

  it.each([
    [['no-such-file.txt'], /no-such-file.txt: no such file/],
    [['--date', '2023-13-45', 'x.txt'], /--date 2023-13-45: not a date; write it as YYYY-MM-DD/],
    [['--bogus'], /unknown option --bogus/],
    [[], /no files given/],
  ])('%j fails with a clear message', (args, message) => {
    const r = run('check', args);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
  });

  it('refuses an empty corpus, a binary corpus file, and a broken manifest', () => {
    const empty = tmp();
    expect(run('check', ['--seeds', empty, '--jsonl'], '').stderr).toMatch(/no \.txt files/);
    const binary = tmp();
    writeFileSync(join(binary, 'a.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    const r = run('check', ['--seeds', binary, '--jsonl'], '');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/a\.txt: not a text file/);
    const broken = tmp();
    writeFileSync(join(broken, 'a.txt'), 'Some report.');
    writeFileSync(join(broken, 'sources.json'), '[{"id": "a",');
    expect(run('check', ['--seeds', broken, '--jsonl'], '').stderr).toMatch(/sources\.json: not valid JSON/);
    const folder = tmp();
    mkdirSync(join(folder, 'x'));
    expect(run('check', ['--seeds', join(folder, 'missing'), '--jsonl'], '').stderr).toMatch(/no such folder/);
  });
});

describe('npm run build-index', () => {
  it('writes an index the checker can use, with the same bytes each time', () => {
    const dir = tmp();
    const a = run('build-index', ['--out', join(dir, 'a.json')]);
    const b = run('build-index', ['--seeds', `${ROOT}/seeds`, '--out', join(dir, 'b.json')]);
    expect([a.status, b.status]).toEqual([0, 0]);
    const r = run('check', ['--jsonl', '--index', join(dir, 'a.json')], JSON.stringify({ id: 'x', text: 'Around 400 people were injured in Nagorno-Karabakh.' }));
    expect(JSON.parse(r.stdout).claims[0].verdict).toBe('corroborated');
    expect(run('build-index', ['--seeds', join(dir, 'nowhere')]).stderr).toMatch(/no such folder/);
  });

  it('refuses a damaged index with a clear message', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.json'), '{"format":"karabakh-crosscheck-index","version":99}');
    const r = run('check', ['--jsonl', '--index', join(dir, 'bad.json')], '');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/version 99 is not supported.*npm run build-index/);
  });
});
