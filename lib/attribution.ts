/** Who a sentence says a figure comes from, and whether the sentence reports it as denied. */
import { fieldCount, lastFields } from './fields';
import { vocabularyFor, type Vocabulary } from './lexicon/index';

const ROLE = /(?:posts?|outlets?|media|newspapers?|channels?|websites?|bloggers?|accounts?|broadcaster|television|officials?|government|ministry|minister|spokes(?:person|man|woman)|agency|authorities|ambassador|commissioner|president|office|UN|UNHCR|ICRC|TASS|Reuters|AP|AFP|Kremlin|Baku|Yerevan|police|leader|leadership|source|sources|military)/u;

/** The words before a verb of saying read as its speaker: "the Armenian government's spokeswoman". */
const SPEAKER_WORDS = 6;
/** The most words a speaker's name has: more is a clause, not a name. */
const SPEAKER_MAX_WORDS = 8;

/**
 * The speaker a sentence names for a figure ("UNHCR", "the Armenian government"), if any:
 * of several, the one whose verb stands nearest the figure at `at` (an offset in the sentence).
 */
export function attributionOf(sentence: string, at = 0, vocab: Vocabulary = vocabularyFor(null)): string | undefined {
  const speech = vocab.speech;
  speech.lastIndex = 0;
  const matches: RegExpExecArray[] = [];
  for (let m = speech.exec(sentence); m; m = speech.exec(sentence)) matches.push(m);
  matches.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at));
  for (const m of matches) {
    const forward = vocab.accordingTo.test(m[0]);
    let phrase: string;
    if (forward) {
      phrase = /^[^,.;:()]{2,80}/u.exec(sentence.slice(m.index + m[0].length))?.[0] ?? '';
    } else {
      const before = sentence.slice(0, m.index);
      const clause = before.split(/[,;:()“”"—–]|\bthat\b/u).pop() ?? '';
      phrase = lastFields(clause.trim(), SPEAKER_WORDS).replace(/^(?:although|though|while|whereas|but|and|as|so|yet)\s+/iu, '');
      if (!phrase) {
        // "…, said the Armenian government on Saturday."
        phrase = /^\s+(?:the\s+)?[^,.;:]{2,60}/u.exec(sentence.slice(m.index + m[0].length))?.[0] ?? '';
      }
    }
    phrase = phrase
      .replace(/\s+(?:on|in|at|this|last)\s+\p{L}+$/u, '')
      .replace(/(?:\s+(?:has|have|had|was|were|is|are|also|again|repeatedly|previously|earlier|later|then|had\s+earlier))+$/iu, '')
      .replace(/\s+/g, ' ')
      .trim();
    const sentenceStart = m.index > 0 && sentence.trimStart().startsWith(phrase);
    const named = ROLE.test(phrase) || (sentenceStart ? /\s\p{Lu}/u.test(phrase) : /^(?:the\s+)?\p{Lu}/u.test(phrase));
    if (phrase && named && !/\d/.test(phrase) && fieldCount(phrase) <= SPEAKER_MAX_WORDS) return phrase;
  }
  return undefined;
}

/** True when the sentence reports a figure as claimed by one side and denied by the other. */
export function isDenied(sentence: string, vocab: Vocabulary = vocabularyFor(null)): boolean {
  return vocab.denial.test(sentence);
}

/**
 * True when a sentence gives its figures in someone's words, named or not: a verb of saying or an
 * "according to" ("the ombudsman said", "deaths have been reported", "X-ի խոսքով"). A page's own
 * tally has none (relation.ts, tollBeyondReports).
 */
export function givesASource(sentence: string, attribution: string | undefined, vocab: Vocabulary = vocabularyFor(null)): boolean {
  if (attribution) return true;
  vocab.speech.lastIndex = 0;
  return vocab.speech.test(sentence);
}
