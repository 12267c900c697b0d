// A statement whose doer the page does not name ("the local forces laid down their arms") is shown
// as the party the engine read it as, and its "as understood" line says so in every language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText, type CheckedClaim } from '../../lib/check';
import { UI_LOCALES, type MessageTable } from '../../lib/message-format';
import { buildIndex } from '../../lib/source-index';
import { loadCorpusDir } from '../../scripts/corpus-files';
import { understoodTailText, understoodText } from '../../components/explanation';
import { useMessages } from '../../extension/i18n';

const locale = (l: string): MessageTable => JSON.parse(readFileSync(new URL(`../../public/_locales/${l}/messages.json`, import.meta.url), 'utf8'));
const EN = locale('en');
const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
const statementOf = (text: string): CheckedClaim | undefined => checkText(text, index, { pageDay: parseIsoDate('2023-10-01')! }).find((c) => c.kind === 'statement');

describe('a doer the page does not name', () => {
  const inferred = statementOf('Les forces locales du Haut-Karabakh ont déposé les armes après une journée de combats.');
  const named = statementOf('Les séparatistes du Haut-Karabakh ont déposé les armes après une journée de combats.');

  it('is marked as read by the engine, in English and in the claim', () => {
    expect(inferred?.statement).toMatchObject({ actor: 'separatists', inferred: true });
    expect(inferred?.understood).toContain('— (the page does not name who; read as the Karabakh separatist authorities) surrendered: disarming');
    // A doer the page names is not marked.
    expect(named?.statement?.inferred).toBeUndefined();
    expect(named?.understood).not.toContain('does not name who');
  });

  it.each(UI_LOCALES.filter((l) => l !== 'en'))('is marked in %s, in the full line and in the compact one', (l) => {
    const table = locale(l);
    const mark = table['actor_inferred']!.message.split('$actor$')[0]!;
    expect(mark.length).toBeGreaterThan(3);
    try {
      useMessages(l, table, EN);
      expect(understoodText(inferred!)).toContain(mark);
      expect(understoodTailText(inferred!)).toContain(mark);
      expect(understoodText(named!)).not.toContain(mark);
    } finally {
      useMessages('en', EN, EN);
    }
  });
});
