// Judging a page's statements against the reports': by relation and verdict, on a corpus made for it.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/check';
import { makeSource } from '../../lib/corpus';
import { validateOwnSource } from '../../lib/own-sources';
import { splitPassages } from '../../lib/passages';
import { buildIndex, withExtraSources } from '../../lib/source-index';
import { judgeFrame } from '../../lib/statements/judge';
import { readFrames } from '../../lib/statements/reader';

const REPORT = [
  'Armenia asks for help as Karabakh empties',
  '',
  'Armenia has asked the European Union for temporary shelters and medical supplies, the Italian government said.',
  '',
  'Yerevan has accused Azerbaijan of ethnic cleansing in Nagorno-Karabakh. Baku has denied the accusation.',
  '',
  'Russian peacekeepers escorted convoys of residents leaving for Armenia.',
  '',
  'In December, Azerbaijan blocked the Lachin corridor.',
].join('\n');
const index = buildIndex([makeSource('wire-0930', REPORT, { id: 'wire-0930', outlet: 'Wire', date: '2023-09-30' })]);

/** The verdict and the relations of the first statement of a page sentence, or null. */
function judge(sentence: string) {
  const [frame] = readFrames(sentence, splitPassages(sentence));
  if (!frame) return null;
  const j = judgeFrame(frame, index);
  return j && { verdict: j.verdict, relations: j.relations.map((r) => r.relation) };
}

describe('judging statements', () => {
  it('corroborates the same actor, action and object, however phrased', () => {
    expect(judge('Yerevan turned to the EU for help, requesting shelters.')).toEqual({ verdict: 'corroborated', relations: ['supports'] });
    expect(judge('Convoys were escorted by Russian peacekeepers.')).toEqual({ verdict: 'corroborated', relations: ['supports'] });
    expect(judge('Aliyev’s government rejected the charge of ethnic cleansing.')?.verdict).toBe('corroborated');
  });

  it('finds a conflict in the opposite stance of the same actor', () => {
    expect(judge('Armenia turned down offers of help from the European Union.')).toEqual({ verdict: 'conflicting', relations: ['contradicts'] });
    expect(judge('Baku conceded that the Armenians were subjected to ethnic cleansing.')).toEqual({ verdict: 'conflicting', relations: ['contradicts'] });
  });

  it('finds a conflict in another actor for an act only one party does', () => {
    expect(judge('Armenia blocked the Lachin corridor.')).toEqual({ verdict: 'conflicting', relations: ['contradicts'] });
  });

  it('does not take opening the road for the opposite of blocking it: both happened', () => {
    expect(judge('Azerbaijan opened the Lachin corridor in September.')).toBeNull();
  });

  it('does not call another actor a conflict for acts two parties can both do', () => {
    expect(judge('The Red Cross and Armenia escorted convoys of residents.')).toBeNull();
  });

  it('disputes one side’s allegation, denied by the other, stated as fact', () => {
    expect(judge('The Armenians of Karabakh were victims of ethnic cleansing.')).toEqual({ verdict: 'disputed', relations: ['supports', 'contradicts'] });
  });

  it('gives nothing for what no report addresses, or for near-misses', () => {
    expect(judge('Armenia asked Russia to mediate peace talks.')).toBeNull();
    expect(judge('Russian peacekeepers escorted the UN mission.')).toBeNull();
    expect(judge('Azerbaijan blocked the Lachin corridor in 2020.')).toBeNull();
    expect(judge('The weather was mild.')).toBeNull();
  });
});

describe('statements in checkText', () => {
  it('come as kind "statement" beside figures, in text order, with sources and an explanation that names what matched', () => {
    const text = 'More than 100,000 people have fled Nagorno-Karabakh. Armenia has asked the EU for medical supplies.';
    const claims = checkText(text, index);
    expect(claims.map((c) => c.kind)).toEqual(['figure', 'statement']);
    const s = claims[1]!;
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.verdict).toBe('corroborated');
    expect(s.sources.map((x) => [x.id, x.relation, x.outlet, x.date])).toEqual([['wire-0930', 'supports', 'Wire', '2023-09-30']]);
    expect(s.sources[0]!.quote).toContain('Armenia has asked the European Union');
    expect(s.explanation).toMatch(/same actor \(Armenia\), action \(asked for\) and object \(aid/);
  });

  it('are not read on a page dated before the offensive, like figures', () => {
    const page = 'Armenia has asked the EU for medical supplies for Karabakh.';
    expect(checkText(page, index, { pageDay: Date.UTC(2023, 8, 30) / 86_400_000 }).map((c) => c.kind)).toEqual(['statement']);
    expect(checkText(page, index, { pageDay: Date.UTC(2020, 9, 30) / 86_400_000 })).toEqual([]);
  });

  it('leave a stretch a figure claims to the figure', () => {
    const claims = checkText('Azerbaijan blocked the Lachin corridor to Karabakh in December 2022.', index);
    for (const s of claims.filter((c) => c.kind === 'statement')) for (const f of claims.filter((c) => c.kind === 'figure')) expect(s.end <= f.start || f.end <= s.start).toBe(true);
  });

  it('are read from own sources too', () => {
    const page = 'The United Nations said it would send a mission to Nagorno-Karabakh.';
    expect(checkText(page, index)).toEqual([]);
    const own = validateOwnSource({ text: 'UN to visit Karabakh\n\nThe United Nations has said it will send a mission to Nagorno-Karabakh this weekend.', outlet: 'My notes', date: '2023-09-30' }, [], 'own-1', '2026-11-30T10:00:00.000Z');
    if (!own.ok) throw new Error(own.error);
    const claims = checkText(page, withExtraSources(index, [own.value]));
    expect(claims.map((c) => [c.kind, c.verdict, c.sources.map((s) => [s.id, s.own])])).toEqual([['statement', 'corroborated', [['own-1', true]]]]);
  });
});
