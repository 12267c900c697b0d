// The explanation as message ids: rendered with the English messages, it must read exactly as the
// engine's own English sentence, so a translation says what the engine says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { humanDay, parseIsoDate } from '../../lib/calendar';
import { checkText, type CheckedClaim } from '../../lib/check';
import { explanationSteps } from '../../lib/explanation-steps';
import { formatMessage, type MessageTable } from '../../lib/message-format';
import { buildIndex } from '../../lib/source-index';
import { readVisibleText } from '../../lib/visible-text';
import { loadCorpusDir } from '../../scripts/corpus-files';
import { JSDOM } from 'jsdom';

const EN: MessageTable = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'));
const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));

/** The steps in English, days as the engine writes them, preceded by the "Claimed: …" sentence the steps leave out. */
function english(claim: CheckedClaim): string | null {
  const steps = explanationSteps(claim);
  if (!steps) return null;
  const day = (iso: string) => (iso ? humanDay(parseIsoDate(iso)!) : 'undated');
  const sentences = steps.map((s) => {
    const args = s.id === 'explain_sameWire' ? [s.list!.join(' and '), s.args[1]!] : [s.args[0]!, day(s.args[1]!), s.args[2]!];
    const entry = EN[s.id];
    if (!entry) throw new Error(`en/messages.json has no ${s.id}`);
    return formatMessage(entry, args);
  });
  return [`Claimed: ${claim.understood}.`, ...sentences].join(' ');
}

function claims(): CheckedClaim[] {
  const fixtures = readFileSync(new URL('../fixtures/claims.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; date?: string });
  const demo = new JSDOM(readFileSync(new URL('../../public/demo/article.html', import.meta.url), 'utf8')).window.document;
  const texts = [...fixtures, { text: readVisibleText(demo.body).text, date: '2023-09-30' }];
  return texts.flatMap((c) => checkText(c.text, index, c.date ? { pageDay: parseIsoDate(c.date)! } : {}));
}

describe('explanation steps', () => {
  const all = claims();
  const covered = all.filter((c) => explanationSteps(c) !== null);

  it('rendered in English, read word for word as the engine’s explanation', () => {
    const differing = covered.filter((c) => english(c) !== c.explanation).map((c) => `“${c.text}”\n  engine: ${c.explanation}\n  steps:  ${english(c)}`);
    expect(differing).toEqual([]);
  });

  it('cover most claims, every verdict among them; the rest keep the English sentence', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(covered.length / all.length).toBeGreaterThan(0.6);
    expect(new Set(covered.map((c) => c.verdict))).toEqual(new Set(['corroborated', 'consistent', 'conflicting', 'disputed', 'unverified']));
    // A statement of who did what is explained in words the steps do not carry.
    for (const c of all.filter((x) => x.kind === 'statement')) expect(explanationSteps(c)).toBeNull();
  });

  it('every message id the steps can name is in the English messages', () => {
    const src = readFileSync(new URL('../../lib/explanation-steps.ts', import.meta.url), 'utf8');
    const literal = [...src.matchAll(/'(explain_[A-Za-z]+)'/g)].map((m) => m[1]!);
    const composed = ['Verdict', 'Derived', 'Loose'].flatMap((k) => ['corroborated', 'consistent', 'conflicting', 'disputed', 'unverified'].map((v) => `explain${k}_${v}`));
    expect([...literal, ...composed].filter((id) => !EN[id])).toEqual([]);
  });
});
