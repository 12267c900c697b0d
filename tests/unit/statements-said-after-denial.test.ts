// "Baku weist das entschieden zurück und betont, den Bewohnern stehe es frei, zu bleiben": a verb of saying joined to a
// denial, with its own content after a comma or a complementizer, says that content; the denial keeps its own object
// (the accusation the sentence before made). It was read as Baku denying that residents may stay, and judged
// conflicting against the report in which Baku said there was no reason to flee. Texts written for this project.
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

describe('a verb of saying after a denial, with its own content', () => {
  it('is its own statement, and the denial keeps the accusation of the sentence before as its object', () => {
    const de = statements('Armeniens Premier Nikol Paschinjan hat Aserbaidschan wiederholt ethnische Säuberung in Bergkarabach vorgeworfen. Baku weist das entschieden zurück und betont, den Bewohnern stehe es frei, zu bleiben oder fortzugehen.');
    expect(de).toContainEqual(['azerbaijan', 'deny', 'expulsion', 'corroborated']);
    expect(de.filter((s) => s[1] === 'deny')).toHaveLength(1);
    expect(de.some((s) => s[3] === 'conflicting')).toBe(false);
  });

  it('still shares one object between two verbs of denial joined with nothing between', () => {
    const en = statements('Armenia accused Azerbaijan of ethnic cleansing in Nagorno-Karabakh. Baku condemned and dismissed the accusation.');
    expect(en.filter((s) => s[0] === 'azerbaijan')).toEqual([['azerbaijan', 'deny', 'expulsion', 'corroborated']]);
  });
});
