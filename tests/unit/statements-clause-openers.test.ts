// Two ways a statement got the wrong party (fresh12 kz04, kz26), each fixed by a general rule:
// - "the Russian peacekeepers, who escorted convoys … after the separatist authorities capitulated": a subordinator
//   with a name after it opens a clause of its own; the surrender was read as Russia's and judged conflicting.
// - "Außenministerin Baerbock verurteilte das Vorgehen Aserbaidschans": German "das" before a capitalised noun is
//   that noun's article, not a word for the accusation of the sentence before; the condemnation was read as
//   Azerbaijan accusing itself of ethnic cleansing, and judged conflicting.
// Texts written for this project.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const statements = (text: string) =>
  checkText(text, index, { pageDay: parseIsoDate('2023-10-01')! })
    .filter((c) => c.kind === 'statement')
    .map((c) => [c.statement!.actor, c.statement!.action, c.statement!.concepts.join('+'), c.verdict]);

describe('a subordinate clause with its own subject, after another act', () => {
  it('gives its act to the name after the subordinator', () => {
    const en = statements('In Nagorno-Karabakh, Russian peacekeepers escorted convoys of refugees to Armenia after the separatist authorities capitulated.');
    expect(en).toContainEqual(['separatists', 'surrender', 'disarm', 'corroborated']);
    expect(en.some((s) => s[0] === 'russia' && s[1] === 'surrender')).toBe(false);
    const unrecognised = statements("Residents of Karabakh thanked the Russian peacekeepers, who escorted convoys to Armenia after the unrecognised republic's authorities capitulated.");
    expect(unrecognised).toContainEqual(['separatists', 'surrender', 'disarm', 'corroborated']);
    expect(unrecognised.some((s) => s[3] === 'conflicting')).toBe(false);
  });
});

describe('German "das" before a noun', () => {
  it('is the noun\'s article: a condemnation of "das Vorgehen" takes no accusation from the sentence before', () => {
    const text = 'Armeniens Außenminister sprach von ethnischen Säuberungen in Bergkarabach, sein aserbaidschanischer Amtskollege Bajramow nannte den Einsatz eine Anti-Terror-Maßnahme. Außenministerin Baerbock verurteilte das Vorgehen Aserbaidschans scharf.';
    const said = checkText(text, index, { pageDay: parseIsoDate('2023-10-01')! }).filter((c) => c.kind === 'statement');
    // The sentence before is still read: Armenia's minister speaks of ethnic cleansing.
    expect(said.map((c) => [c.statement!.actor, c.statement!.concepts.join('+')])).toContainEqual(['armenia', 'expulsion']);
    expect(said.filter((c) => text.slice(c.start, c.end).includes('verurteilte'))).toEqual([]);
    expect(said.some((c) => c.verdict === 'conflicting')).toBe(false);
  });

  it('still refers to what was said when it stands alone', () => {
    expect(statements('Armenien wirft Aserbaidschan ethnische Säuberungen in Bergkarabach vor. Baku wies das entschieden zurück.')).toContainEqual(['azerbaijan', 'deny', 'expulsion', 'corroborated']);
  });
});
