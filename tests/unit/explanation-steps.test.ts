// The explanation as message ids: every explanation the engine gives, over the golden fixtures
// and the shared samples, has its messages, and rendered with the English messages it reads
// exactly as the engine's own English sentence, so a translation says what the engine says.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText, type CheckedClaim, type CheckOptions } from '../../lib/check';
import { arithmeticOf, englishDay, englishPartial, explanationSteps, listingParts, messageIds, saySteps, sayArg, understoodParts, understoodTail, type StepWords } from '../../lib/explanation-steps';
import { formatMessage, pluralName, UI_LOCALES, type MessageTable } from '../../lib/message-format';
import { buildIndex, type SourceIndex } from '../../lib/source-index';
import { readVisibleText } from '../../lib/visible-text';
import { loadCorpusDir } from '../../scripts/corpus-files';
import { listingOf } from '../../lib/statements/listing';
import { explanationText, understoodTailText, understoodText } from '../../components/explanation';
import { useMessages } from '../../extension/i18n';

const locale = (l: string): MessageTable => JSON.parse(readFileSync(new URL(`../../public/_locales/${l}/messages.json`, import.meta.url), 'utf8'));
const EN = locale('en');
const seedSources = loadCorpusDir(new URL('../../seeds', import.meta.url).pathname);
const seeds = buildIndex(seedSources);
// The seeds carry no two outlets with one agency's copy; here Sky News's report is also carried by a second outlet, both as AFP copy.
const wire = buildIndex([...seedSources.map((s, i) => (i === 0 ? { ...s, origin: 'AFP' } : s)), { ...seedSources[0]!, id: 'copy', outlet: 'Another Outlet', origin: 'AFP' }]);
const SHARED = new URL('../../../shared/eval/', import.meta.url);

/** The English messages, with days, dates and numbers as the engine writes them. */
const ENGLISH: StepWords = {
  message: (id, args, count) => {
    const entry = EN[count === undefined ? id : pluralName(id, count, 'en', EN)];
    if (!entry) throw new Error(`en/messages.json has no ${id}`);
    return formatMessage(entry, args);
  },
  day: englishDay,
  partial: englishPartial,
  number: (n) => n.toLocaleString('en-US'),
  and: (items) => items.join(' and '),
};

function english(claim: CheckedClaim): string | null {
  const steps = explanationSteps(claim);
  const understood = understoodParts(claim);
  if (!steps || !understood) return null;
  return [`Claimed: ${understood.map((p) => sayArg(p, ENGLISH)).join('')}.`, saySteps(steps, ENGLISH)].join(' ');
}

type Line = { text: string; date?: string };
const lines = (url: URL): Line[] => readFileSync(url, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
const check = (l: Line, index: SourceIndex, options: CheckOptions = {}) => checkText(l.text, index, { ...(l.date ? { pageDay: parseIsoDate(l.date)! } : {}), ...options });

/** Every claim the engine finds in the golden fixtures, the shared samples and the demo article; once as the extension lists sources, once with one of each kind, so "not listed" counts appear too. */
function claims(): CheckedClaim[] {
  const demo = new JSDOM(readFileSync(new URL('../../public/demo/article.html', import.meta.url), 'utf8')).window.document;
  const texts: Line[] = [
    ...lines(new URL('../fixtures/claims.jsonl', import.meta.url)),
    ...lines(new URL('../fixtures/statements.jsonl', import.meta.url)),
    ...['dev.jsonl', 'dev-multilingual.jsonl', 'dev-statements.jsonl'].flatMap((f) => lines(new URL(f, SHARED))),
    { text: readVisibleText(demo.body).text, date: '2023-09-30' },
  ];
  const alt = buildIndex(loadCorpusDir(new URL('alt-corpus', SHARED).pathname));
  return [
    ...texts.flatMap((l) => [...check(l, seeds), ...check(l, seeds, { maxCited: 1, maxContext: 1 })]),
    ...lines(new URL('dev.jsonl', SHARED)).flatMap((l) => check(l, wire)),
    ...lines(new URL('dev-alt.jsonl', SHARED)).flatMap((l) => check(l, alt)),
  ];
}

describe('explanation steps', () => {
  const all = claims();

  it('the engine gives explanations of every kind here: each verdict, statements, arithmetic, reports left out, a denial in the page, wire copy', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all.map((c) => c.verdict))).toEqual(new Set(['corroborated', 'consistent', 'conflicting', 'disputed', 'unverified']));
    expect(all.some((c) => c.kind === 'statement')).toBe(true);
    expect(all.some((c) => c.sources.some((s) => s.derived))).toBe(true);
    expect(all.some((c) => / not listed\./.test(c.explanation))).toBe(true);
    expect(all.some((c) => c.explanation.includes('The text itself reports the figure as claimed'))).toBe(true);
    expect(all.some((c) => c.explanation.includes('carry the same AFP copy: not independent confirmation.'))).toBe(true);
  });

  it('every explanation and every "figure as understood" has message ids, and in English reads word for word as the engine’s', () => {
    const differing = all.filter((c) => english(c) !== c.explanation).map((c) => `“${c.text}”\n  engine: ${c.explanation}\n  steps:  ${english(c)}`);
    expect(differing).toEqual([]);
  });

  it('the figure as understood, read back from its sentence alone (as the popup’s compact list has it), reads in English as the engine wrote it', () => {
    const names = Object.entries(EN).filter(([id]) => /^(?:measure|group|event)_/.test(id)).map(([id, e]) => [id, e.message] as const);
    const differing = all.filter((c) => {
      const tail = understoodTail({ understood: c.understood, kind: c.kind }, names);
      return !tail || !c.understood.endsWith(` — ${tail.map((p) => sayArg(p, ENGLISH)).join('')}`);
    });
    expect(differing.map((c) => c.understood)).toEqual([]);
  });

  it('every report statement the sources view lists has messages for its actor, act, object and speaker, which read in English as listed', () => {
    const listed = seeds.reportStatements.map(listingOf);
    expect(listed.length).toBeGreaterThan(10);
    const say = (a: Parameters<typeof sayArg>[0] | null) => (a === null ? null : sayArg(a, ENGLISH));
    const differing = listed.filter((l) => {
      const p = listingParts(l);
      return say(p.actor) !== l.actor || say(p.action) !== l.action || p.object?.map((x) => sayArg(x, ENGLISH)).join('; ') !== l.object || say(p.speaker) !== l.speaker;
    });
    expect(differing).toEqual([]);
  });

  it('every message the steps name is in every language, in each of its plural forms', () => {
    const ids = new Map<string, boolean>();
    const names = Object.entries(EN).filter(([id]) => /^(?:measure|group|event)_/.test(id)).map(([id, e]) => [id, e.message] as const);
    for (const c of all) for (const { id, counted } of messageIds([...(explanationSteps(c) ?? []), ...(understoodParts(c) ?? []), ...(understoodTail(c, names) ?? [])])) ids.set(id, counted || ids.get(id) === true);
    expect(ids.size).toBeGreaterThan(60);
    const missing: string[] = [];
    for (const l of UI_LOCALES) {
      const table = locale(l);
      for (const [id, counted] of ids) {
        const names = counted ? new Intl.PluralRules(l).resolvedOptions().pluralCategories.map((c) => `${id}_${c}`) : [id];
        for (const n of names) if (!table[n]) missing.push(`${l}: ${n}`);
      }
    }
    expect(missing).toEqual([]);
  });

  // The samples do not reach every sum lib/derived.ts can write: these are written as it writes them.
  it.each([
    '“8,000” soldiers and “200” civilians make 8,200 (7,950 to 8,450 with their rounding)',
    '“about 3,800” soldiers and “more than 100” civilians make at least 3,900',
    '“2,900” soldiers and “100” civilians make 3,000',
    '12 Dec 2022 plus “nine months” is Aug 2023 to Oct 2023',
    'Sept 2023 less “three days” is Sept 2023 to Sept 2023',
    '1988 to 1994 is 5 to 7 years',
    '19 Sept 2023 to 20 Sept 2023 is about 1 days',
    '1 Jan 2024 to 1 Jan 2026 is about 2 years',
    '“100,417” of a population of 120,000 is 84% to 84%',
  ])('the sum “%s” reads back word for word', (sum) => {
    const arg = arithmeticOf(sum);
    expect(arg).not.toBeNull();
    // The engine writes “about 1 days”; the English message, counted, says “about 1 day”.
    expect(sayArg(arg!, ENGLISH).replace('about 1 day', 'about 1 days')).toBe(sum);
  });

  it('a passive that names no doer is read as done by no one named, in the engine and in the cards, never by an invented "someone"', () => {
    const claim = check({ text: 'All the institutions of the breakaway republic were dissolved.', date: '2023-09-30' }, seeds).find((c) => c.kind === 'statement')!;
    expect(claim.understood).toBe('dissolved — no one named dissolved: dissolving the separatist government');
    expect(english(claim)).toMatch(/^Claimed: dissolved — no one named dissolved: dissolving the separatist government\. /);
    expect(claim.explanation).not.toMatch(/someone/);
  });

  it('an explanation of a shape it does not know gives null, so the caller shows the engine’s sentence rather than a wrong one', () => {
    const claim = all.find((c) => c.kind === 'statement')!;
    expect(explanationSteps({ ...claim, explanation: claim.explanation.replace(/Verdict: \w+ — .*$/, 'Verdict: corroborated — for a reason no one wrote.') })).toBeNull();
    const derived = all.find((c) => c.sources.some((s) => s.derived))!;
    expect(explanationSteps({ ...derived, sources: derived.sources.map((s) => (s.derived ? { ...s, derived: 'a sum of a new kind' } : s)) })).toBeNull();
  });

  // The engine's own words; a sentence left in English would carry one. Quotes, outlets and the
  // page's own attribution are as written, so they are taken out first.
  const ENGLISH_WORDS = /\b(?:agrees?|disagrees|Derived|Claimed|not listed|same actor|same action|alleges|denies|according to|as of|people who|population of|offensive and exodus|undated|corroborated|conflicting|disputed)\b|Verdict:/;
  const asWritten = (c: CheckedClaim, said: string) => {
    let out = said.replace(/[“«„][^”»“]*[”»“]/g, '«»');
    for (const s of c.sources) out = out.split(s.outlet).join('');
    return c.attribution ? out.split(c.attribution).join('') : out;
  };

  it.each(UI_LOCALES.filter((l) => l !== 'en'))('in %s, no explanation and no figure as understood is left in the engine’s English', (l) => {
    try {
      useMessages(l, locale(l), EN);
      const english = all.flatMap((c) => [explanationText(c), understoodText(c).slice(c.text.length), understoodTailText(c)].map((said) => asWritten(c, said)).filter((said) => ENGLISH_WORDS.test(said)));
      expect(english).toEqual([]);
    } finally {
      useMessages('en', EN, EN);
    }
  });
});
