import { tokenize, type Token } from './tokens';

/** A multi-word expression matched token by token, case-insensitively. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** A lexicon of phrases indexed by first and last word, so look-ups stay cheap on long texts. */
export class PhraseTable<T> {
  private byFirst = new Map<string, Phrase<T>[]>();
  private byLast = new Map<string, Phrase<T>[]>();

  constructor(entries: Array<[string, T]>) {
    for (const [text, value] of entries) {
      const words = tokenize(text).map((t) => t.lower);
      if (words.length === 0) continue;
      const phrase = { words, value };
      push(this.byFirst, words[0]!, phrase);
      push(this.byLast, words[words.length - 1]!, phrase);
    }
    // Longest phrase first, so "just under" wins over "under".
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token i, with the index after it. */
  matchAt(tokens: Token[], i: number): { value: T; end: number } | null {
    const first = tokens[i];
    if (!first) return null;
    // Asked at nearly every token of every passage: plain loops, no closure or empty list per call.
    const list = this.byFirst.get(first.lower);
    if (list === undefined) return null;
    for (const p of list) if (wordsAt(p.words, tokens, i)) return { value: p.value, end: i + p.words.length };
    return null;
  }

  /** The longest phrase ending at token i - 1, with the index it starts at. */
  matchBefore(tokens: Token[], i: number): { value: T; start: number } | null {
    const last = tokens[i - 1];
    if (!last) return null;
    const list = this.byLast.get(last.lower);
    if (list === undefined) return null;
    for (const p of list) {
      const start = i - p.words.length;
      if (start >= 0 && wordsAt(p.words, tokens, start)) return { value: p.value, start };
    }
    return null;
  }

  /** True when the word starts or ends some phrase (a cheap pre-filter). */
  has(word: string): boolean {
    return this.byFirst.has(word) || this.byLast.has(word);
  }

  /** The words some phrase starts with. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }
}

// The phrase's words are the tokens' from `at` on (lower case).
function wordsAt(words: string[], tokens: Token[], at: number): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.lower !== words[k]) return false;
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds [phrase, value] entries from a record of value → phrases. */
export function entries<T extends string>(record: Partial<Record<T, string[]>>): Array<[string, T]> {
  const out: Array<[string, T]> = [];
  for (const [value, list] of Object.entries(record) as [T, string[]][]) for (const text of list) out.push([text, value]);
  return out;
}
