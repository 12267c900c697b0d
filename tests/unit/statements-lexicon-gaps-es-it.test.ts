// Spanish and Italian words of real reporting the statement lexicons lacked (fresh11 kx22, kx24, kx26; written
// again for this project): "ni un solo armenio", "ha fatto sapere che" (a verb of saying), "alcun militare
// armeno" (Armenia's troops), and the perfect "ha cessato di esistere" beside the future the lexicon had.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const statements = (text: string) =>
  checkText(text, index, { pageDay: parseIsoDate('2024-01-02')! })
    .filter((c) => c.kind === 'statement')
    .map((c) => [c.statement!.actor, c.statement!.action, c.statement!.concepts.join('+'), c.statement!.polarity, c.verdict]);

describe('Spanish and Italian statements', () => {
  it('reads "not a single Armenian will remain" as the prediction the reports give', () => {
    expect(statements('Pashinián vaticinó que en los próximos días «no quedará ni un solo armenio en Nagorno Karabaj».')).toEqual([['armenia', 'say', 'no-armenians-left', 1, 'corroborated']]);
  });

  it('reads "ha fatto sapere che … non c\'era alcun militare armeno" as Armenia saying it has no troops there', () => {
    expect(statements("Yerevan ha fatto sapere che in Karabakh non c'era alcun militare armeno.")).toEqual([['armenia', 'say', 'armenia-army-presence', -1, 'corroborated']]);
  });

  it('reads the republic having ceased to exist as its dissolution', () => {
    expect(statements('Il governo separatista ha annunciato che la repubblica del Nagorno-Karabakh ha cessato di esistere.')).toEqual([['separatists', 'dissolve', 'dissolution', 1, 'corroborated']]);
  });

  it('near-miss: a soldier of another army is nothing the reports address', () => {
    expect(statements("Yerevan ha fatto sapere che in Karabakh non c'era alcun militare russo.")).toEqual([]);
  });
});
