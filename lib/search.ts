import Fuse from 'fuse.js';
import { boilerplateMask } from './corpus';
import { splitPassages, splitSentences } from './passages';
import type { SourceIndex } from './source-index';

/** A sentence of a source, found by free-text search. */
export interface PassageHit {
  source: string;
  outlet: string;
  date: string | null;
  text: string;
  start: number;
  end: number;
  /** 0 is a perfect match, 1 no match at all (fuse.js's score). */
  score: number;
}

interface Passage {
  source: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Free-text search over every reporting sentence of the corpus, forgiving misspellings
 * ("Hakkari bridge", "Stepankert"). Built once per index; boilerplate is left out.
 */
export class PassageSearch {
  private readonly fuse: Fuse<Passage>;

  constructor(private readonly index: SourceIndex) {
    const passages: Passage[] = [];
    index.sources.forEach((s, i) => {
      const blocks = splitPassages(s.text);
      const mask = boilerplateMask(s.text, blocks);
      blocks.forEach((b, k) => {
        if (mask[k]) return;
        for (const sentence of splitSentences(s.text, b)) passages.push({ source: i, start: sentence.start, end: sentence.end, text: s.text.slice(sentence.start, sentence.end) });
      });
    });
    this.fuse = new Fuse(passages, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.3, minMatchCharLength: 2 });
  }

  /** The best-matching sentences, best first. */
  search(query: string, limit = 10): PassageHit[] {
    const words = query.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
    if (words.length === 0) return [];
    // Every word should match (fuzzily); if none has all of them, any word will do.
    const all = this.fuse.search({ $and: words.map((w) => ({ text: w })) }, { limit });
    const found = all.length ? all : this.fuse.search({ $or: words.map((w) => ({ text: w })) }, { limit });
    return found.map(({ item, score }) => {
      const src = this.index.sources[item.source]!;
      return { source: src.id, outlet: src.outlet, date: src.date, text: item.text, start: item.start, end: item.end, score: score ?? 1 };
    });
  }
}
