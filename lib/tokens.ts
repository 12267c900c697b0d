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
const TOKEN = new RegExp(
  String.raw`(?<num>${GROUPED}|${PLAIN})|(?<word>[\p{L}\p{M}][\p{L}\p{M}'’]*)|(?<punct>[^\s\p{L}\p{M}\d])`,
  'gu',
);

/**
 * Splits text into tokens. Linear in the text's length; words keep inner apostrophes
 * ("Karabakh's"), hyphens are separate tokens so "six-week" is three tokens.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const groups = m.groups ?? {};
    const kind: Token['kind'] = groups.num !== undefined ? 'number' : groups.word !== undefined ? 'word' : 'punct';
    let raw = m[0];
    // A grouped number never ends on a separator space; trim a trailing one defensively.
    if (kind === 'number') raw = raw.replace(/[\s\u00A0\u202F\u2009]+$/u, '');
    tokens.push({ kind, text: raw, lower: raw.toLowerCase(), start: offset + m.index, end: offset + m.index + raw.length });
  }
  return tokens;
}

/** True when nothing but white space separates two adjacent tokens. */
export function spaced(text: string, a: Token, b: Token, offset = 0): boolean {
  return /^[\s\u00A0\u202F\u2009]*$/u.test(text.slice(a.end - offset, b.start - offset));
}
