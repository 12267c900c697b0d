/**
 * Cue words that say what a figure counts and what happened: "fled", "killed", "lived",
 * "vehicles". The words themselves are data, one file per language in `lexicon/`; this module
 * finds them in a sentence.
 */
import { innerSource } from './lexicon/index';

export type { Action, DateAction, Thing } from './lexicon/index';

const L = String.raw`[\p{L}\p{M}]`;

/** Where a cue word stands in a text. */
export interface Cue<K extends string = string> {
  kind: K;
  start: number;
  end: number;
  weak: boolean;
}

type Lexicon<K extends string> = Record<K, RegExp | { strong: RegExp; weak?: RegExp }>;
const COMBINED = new WeakMap<object, { re: RegExp; groups: Array<{ kind: string; weak: boolean }> }>();

// One regular expression for a whole lexicon, a capture group per class: a sentence is scanned
// once instead of once per class. Where two classes match at the same place, the longer
// alternative wins, as it would be read.
function combined<K extends string>(lexicon: Lexicon<K>) {
  let c = COMBINED.get(lexicon);
  if (!c) {
    const groups: Array<{ kind: string; weak: boolean }> = [];
    const parts: string[] = [];
    for (const [kind, entry] of Object.entries(lexicon) as [K, RegExp | { strong: RegExp; weak?: RegExp }][]) {
      const pairs: Array<[RegExp | undefined, boolean]> = entry instanceof RegExp ? [[entry, false]] : [[entry.strong, false], [entry.weak, true]];
      for (const [re, weak] of pairs) {
        if (!re) continue;
        groups.push({ kind, weak });
        parts.push(`(${innerSource(re)})`);
      }
    }
    c = { re: new RegExp(String.raw`(?<!${L})(?:${parts.join('|')})(?!${L})`, 'giu'), groups };
    COMBINED.set(lexicon, c);
  }
  return c;
}

/** Finds every cue of a lexicon in a text, with offsets shifted by `offset`. */
export function findCues<K extends string>(text: string, lexicon: Lexicon<K>, offset = 0): Cue<K>[] {
  const out: Cue<K>[] = [];
  const { re, groups } = combined(lexicon);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The class is the first group that took part (a loop: a closure per match showed in profiles).
    let g = 1;
    while (m[g] === undefined && g < m.length) g++;
    const { kind, weak } = groups[g - 1]!;
    out.push({ kind: kind as K, start: offset + m.index, end: offset + m.index + m[0].length, weak });
  }
  return out;
}
