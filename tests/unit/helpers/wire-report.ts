// The short wire report the statement tests of rounds 17b and 18b (and 19b) judge against: Azerbaijan's
// pledge on the residents' rights, Armenia's accusation of ethnic cleansing, Azerbaijan's denial of it,
// and the separatist leaders' decree on the republic's dissolution. One copy, shared by those tests.
import { makeSource } from '../../../lib/corpus';
import { splitPassages } from '../../../lib/passages';
import { buildIndex } from '../../../lib/source-index';
import { promises } from '../../../lib/statements/check-statements';
import { judgeFrame } from '../../../lib/statements/judge';
import { lexiconFor, readFrames } from '../../../lib/statements/reader';

/** The report's text: a headline and four sentences. */
export const WIRE_REPORT = [
  'Baku pledges rights as Karabakh empties',
  '',
  'Azerbaijan has pledged to respect the rights of ethnic Armenians in Nagorno-Karabakh.',
  '',
  'Armenia has accused Azerbaijan of ethnic cleansing in Nagorno-Karabakh.',
  '',
  'Azerbaijan has rejected the accusation of ethnic cleansing.',
  '',
  'The leaders of the breakaway republic signed a decree on its dissolution.',
].join('\n');

/** The report as the only source of an index. */
export const wireIndex = buildIndex([makeSource('wire-0930', WIRE_REPORT, { id: 'wire-0930', outlet: 'Wire', date: '2023-09-30' })]);

/** Each judged statement of a text, as the checker judges it (with the page's promise wording looked at). */
export function judgeOnWire(text: string) {
  const lexicon = lexiconFor(text);
  return readFrames(text, splitPassages(text), lexicon)
    .map((f) => ({ f, j: judgeFrame(f, wireIndex, { promise: promises(text, f, lexicon) }) }))
    .filter((x) => x.j !== null)
    .map(({ f, j }) => ({ f, j: j! }));
}
