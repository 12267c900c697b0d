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

/** The same expression read at one place (sticky): where it fails, the character is white space. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/**
 * Splits text into tokens. Linear in the text's length; words keep inner apostrophes
 * ("Karabakh's"), hyphens are separate tokens so "six-week" is three tokens.
 *
 * The tokens are TOKEN's matches, in order. ASCII white space, punctuation and words of ASCII letters
 * alone are read by their character codes (most of every text, and the expression's scan was the
 * tokenizer's time); a number, and a word that goes on past its ASCII letters (an apostrophe, a
 * letter or mark outside ASCII), are read by the expression at their first character.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // \s among ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        i++;
        continue;
      }
      if (isAsciiLetter(c)) {
        // A capital anywhere (A–Z sort before a–z): only then is a lower-case copy made.
        let capital = c < 0x61;
        let j = i + 1;
        for (let d = text.charCodeAt(j); j < n && isAsciiLetter(d); d = text.charCodeAt(++j)) if (d < 0x61) capital = true;
        const next = j < n ? text.charCodeAt(j) : 0;
        if (j === n || (next < 0x80 && next !== 0x27)) {
          const raw = text.slice(i, j);
          tokens.push({ kind: 'word', text: raw, lower: capital ? raw.toLowerCase() : raw, start: offset + i, end: offset + j });
          i = j;
          continue;
        }
      } else if (c < 0x30 || c > 0x39) {
        // Any other ASCII character but a digit is a punctuation token of its own.
        const raw = text[i]!;
        tokens.push({ kind: 'punct', text: raw, lower: raw, start: offset + i, end: offset + i + 1 });
        i++;
        continue;
      }
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(text);
    if (!m) {
      // White space outside ASCII (no-break, thin, ideographic spaces): no alternative of TOKEN starts on it.
      i++;
      continue;
    }
    const kind: Token['kind'] = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
    const raw = m[0];
    // Punctuation and digits have no case: only words are lower-cased.
    tokens.push({ kind, text: raw, lower: kind === 'word' ? lowerWord(raw) : raw, start: offset + i, end: offset + i + raw.length });
    i += raw.length;
  }
  return tokens;
}

/**
 * A word in lower case as the lexicons write it. Turkish and Azerbaijani capital "İ" lowers to "i" and a
 * combining dot ("İki" to "i̇ki"), which no lexicon word has: the dot is dropped, so "İki il əvvəl" reads
 * as "iki". Only a word whose length changed can hold it.
 */
function lowerWord(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.length === raw.length ? lower : lower.replace(/\u0307/gu, '');
}

/** A–Z or a–z: the only ASCII characters that are letters (\p{L}) or marks (\p{M}). */
function isAsciiLetter(c: number): boolean {
  const folded = c | 0x20;
  return folded >= 0x61 && folded <= 0x7a;
}

/** The tokens as TOKEN's matches alone give them: the reference the tokenizer's fast paths are tested against. */
export function tokenizeByExpression(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind: Token['kind'] = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
    const raw = m[0];
    tokens.push({ kind, text: raw, lower: kind === 'word' ? lowerWord(raw) : raw, start: offset + m.index, end: offset + m.index + raw.length });
  }
  return tokens;
}

/** True when nothing but white space separates two adjacent tokens. */
export function spaced(text: string, a: Token, b: Token, offset = 0): boolean {
  return /^[\s\u00A0\u202F\u2009]*$/u.test(text.slice(a.end - offset, b.start - offset));
}
