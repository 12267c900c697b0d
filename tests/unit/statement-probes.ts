// What the statement tests read off a text: each frame in a line, and the verdict on each with the reports it cites.
import { loadCorpusDir } from '../../scripts/corpus-files';
import { splitPassages } from '../../lib/passages';
import { buildIndex } from '../../lib/source-index';
import { judgeFrame } from '../../lib/statements/judge';
import { readFrames } from '../../lib/statements/reader';

export const index = buildIndex(loadCorpusDir(new URL('../../seeds', import.meta.url).pathname));
export const frames = (text: string) => readFrames(text, splitPassages(text));
/** Each frame as "actor [not ]action concepts". */
export const read = (text: string) => frames(text).map((f) => `${f.actor ?? f.unnamedDoer ?? f.undergoer ?? '-'} ${f.polarity < 0 ? 'not ' : ''}${f.action ?? 'fact'} ${f.concepts.join(',')}`);
/** The verdict on each frame and the reports it cites (their ids' first three digits). */
export const judged = (text: string) =>
  frames(text).map((f) => {
    const j = judgeFrame(f, index);
    return j ? `${j.verdict} ${[...new Set(j.relations.map((r) => index.sources[r.statement.source]!.id.slice(0, 3)))].sort().join(',')}` : null;
  });
