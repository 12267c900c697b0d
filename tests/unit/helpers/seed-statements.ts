// The bundled corpus's index, built once per test file, and the page's statements read against it as
// [actor, action, key terms, verdict] rows: the shape most statement tests assert.
import { parseIsoDate } from '../../../lib/calendar';
import { checkText } from '../../../lib/check';
import { buildIndex } from '../../../lib/source-index';
import { loadCorpusDir } from '../../../scripts/corpus-files';

export const seedIndex = buildIndex(loadCorpusDir(new URL('../../../seeds', import.meta.url).pathname));

/** A function giving a text's statements on a page of the given day, one row per statement. */
export function statementsOn(day: string) {
  const pageDay = parseIsoDate(day)!;
  return (text: string) =>
    checkText(text, seedIndex, { pageDay })
      .filter((c) => c.kind === 'statement')
      .map((c) => [c.statement!.actor, c.statement!.action, c.statement!.concepts.join('+'), c.verdict]);
}
