// A page that states a denial as fact ("the Karabakh Armenians left of their own accord") is disputed: one party
// denies what the other alleges. The explanation said the opposite of the reports: "Azerbaijan alleges forced
// expulsion", "Armenia denies forced expulsion", and "the reports give this as Azerbaijan's allegation, denied by
// Armenia" (fresh12 kz18). Texts written for this project.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';

const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const statement = (text: string) => checkText(text, index, { pageDay: parseIsoDate('2023-10-01')! }).find((c) => c.kind === 'statement')!;

describe('the explanation of a statement the page makes as fact', () => {
  it('says who denies and who alleges as the reports do, when the page states the denial', () => {
    const claim = statement('The Karabakh Armenians left Nagorno-Karabakh of their own accord.');
    expect(claim.verdict).toBe('disputed');
    expect(claim.explanation).toContain('Azerbaijan denies forced expulsion');
    expect(claim.explanation).toContain('Armenia alleges forced expulsion');
    expect(claim.explanation).not.toContain('Azerbaijan alleges');
    expect(claim.explanation).toContain("the reports give this as Azerbaijan's denial of Armenia's allegation; the page states it as fact");
  });

  it('keeps the allegation\'s wording when the page states the allegation', () => {
    const claim = statement('Azerbaijan carried out the ethnic cleansing of Nagorno-Karabakh.');
    expect(claim.verdict).toBe('disputed');
    expect(claim.explanation).toContain('Armenia alleges forced expulsion');
    expect(claim.explanation).toContain('Azerbaijan denies forced expulsion');
    expect(claim.explanation).toContain("the reports give this as Armenia's allegation, denied by Azerbaijan; the page states it as fact");
  });
});
