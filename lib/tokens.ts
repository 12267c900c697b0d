/** A word, number or punctuation mark of a text, with its UTF-16 offsets. */
export interface Token {
  kind: 'word' | 'number' | 'punct';
  /** The token as written. */
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
}

// Digit groups: "100,417", "85.000", "84 770", "100 000" (no-break and thin spaces too), "100'000",
// and Armenian "84․408" with U+2024 ONE DOT LEADER.
// Each group must be followed by a non-digit so "30 2023" is two numbers, not "30 202" and "3".
const GROUPED = String.raw`\d{1,3}(?:[,.'’\u00A0\u202F\u2009\u2024 ]\d{3}(?!\d))+(?:[.,]\d+)?`;
const PLAIN = String.raw`\d+(?:[.,]\d+)?`;
// Numbered groups, not named ones: a named match allocates its groups object for every token.
const TOKEN = new RegExp(String.raw`(${GROUPED}|${PLAIN})|([\p{L}\p{M}][\p{L}\p{M}'’]*)|[^\s\p{L}\p{M}\d]`, 'gu');

/**
 * Splits text into tokens. Linear in the text's length; words keep inner apostrophes
 * ("Karabakh's"), hyphens are separate tokens so "six-week" is three tokens.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind: Token['kind'] = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
    const raw = m[0];
    // Punctuation and digits have no case: only words are lower-cased.
    tokens.push({ kind, text: raw, lower: kind === 'word' ? raw.toLowerCase() : raw, start: offset + m.index, end: offset + m.index + raw.length });
  }
  return tokens;
}

/** True when nothing but white space separates two adjacent tokens. */
export function spaced(text: string, a: Token, b: Token, offset = 0): boolean {
  return /^[\s\u00A0\u202F\u2009]*$/u.test(text.slice(a.end - offset, b.start - offset));
}
