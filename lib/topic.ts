/**
 * Whether text is about Nagorno-Karabakh. Relevance is decided per passage: a page that
 * names Armenia in a country list, or one paragraph of a news round-up, is not about it.
 */
import { LEXICONS } from './lexicon/index';
import { namesRegion } from './region-names';

export { namesRegion, pageNamesRegion } from './region-names';

// Words that keep a neighbouring passage on the subject without naming the region, in every
// language at once: a passage's language is not known before it is read, and these are stems
// distinctive enough not to collide ("armeni", "беженц", "հայաստան"). The page gate lives in
// region-names.ts, so the content script does not carry these.
const CONTEXT = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...new Set(Object.values(LEXICONS).flatMap((l) => l.context.map((w) => w.toLowerCase())))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()[\]\\]/g, '\\$&'))
    .join('|')})`,
  'iu',
);

/** True when the text has words that keep a passage on the subject (Armenia, refugees, Baku...). */
export function hasContext(text: string): boolean {
  return CONTEXT.test(text);
}

/**
 * Marks which passages are about the region. A passage is if it names the region, or if it
 * has context words and a passage within `reach` of it names the region. `named` says which passages
 * name the region, when the caller has read it already.
 */
export function relevantPassages(passages: string[], reach = 3, named: readonly boolean[] = passages.map(namesRegion)): boolean[] {
  const out = new Array<boolean>(passages.length).fill(false);
  let lastNamed = -Infinity;
  for (let i = 0; i < passages.length; i++) {
    if (named[i]) lastNamed = i;
    out[i] = named[i]!;
  }
  // Forward and backward sweeps give each passage its distance to the nearest naming one.
  const near = new Array<number>(passages.length).fill(Infinity);
  lastNamed = -Infinity;
  for (let i = 0; i < passages.length; i++) {
    if (named[i]) lastNamed = i;
    near[i] = i - lastNamed;
  }
  let nextNamed = Infinity;
  for (let i = passages.length - 1; i >= 0; i--) {
    if (named[i]) nextNamed = i;
    near[i] = Math.min(near[i]!, nextNamed - i);
  }
  for (let i = 0; i < passages.length; i++) {
    if (!out[i] && near[i]! <= reach && hasContext(passages[i]!)) out[i] = true;
  }
  return out;
}
