/**
 * The white-space-separated fields of a short text, as `split(/\s+/)` and its slices give them, without
 * the split: a split on an expression is slow in V8, and these run for every figure and every speaker.
 */

/** What `text.split(/\s+/u).slice(0, n).join(' ')` gives: the first `n` fields, joined by one space. */
export function firstFields(text: string, n: number): string {
  const space = /\s+/gu;
  let cut = text.length;
  let count = 0;
  for (let m = space.exec(text); m; m = space.exec(text)) {
    if (++count === n) {
      cut = m.index;
      break;
    }
  }
  return text.slice(0, cut).replace(/\s+/gu, ' ');
}

/** What `text.split(/\s+/u).slice(-n).join(' ')` gives: the last `n` fields, joined by one space. */
export function lastFields(text: string, n: number): string {
  const runs = fieldCount(text) - 1;
  // The fields before the last n end where the (runs + 1 - n)th run of white space does.
  let skip = runs + 1 - n;
  if (skip <= 0) return text.replace(/\s+/gu, ' ');
  const space = /\s+/gu;
  let from = 0;
  for (let m = space.exec(text); m && skip > 0; m = space.exec(text), skip--) from = m.index + m[0].length;
  return text.slice(from).replace(/\s+/gu, ' ');
}

/** What `text.split(/\s+/u).length` gives: the runs of white space, and one. */
export function fieldCount(text: string): number {
  const space = /\s+/gu;
  let count = 1;
  while (space.exec(text)) count++;
  return count;
}
