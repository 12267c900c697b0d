/**
 * The doer of an act stated by its noun ("the capitulation of the local forces", "капитуляция Карабаха",
 * "rozbrojenie oddziałów separatystów", "a dissolução das unidades do Exército de Defesa do Karabakh"),
 * read from the noun's own phrase: a genitive right after it that names the region's own side by the
 * words of that side (StatementLexicon.regionSide) or the region's name. The reader (reader.ts) asks it
 * for the acts only that side does (surrendering, dissolving), whose noun the lexicon lists
 * (StatementLexicon.actNouns); another party in the genitive ("the capitulation of Armenia") is a charge
 * or another event, and gives no doer.
 */
import { namesRegion } from '../region-names';
import type { ActionId, ActorId } from './lexicon/shape';
import { describes, hitsOf, sideWordsIn, tableHits, type CompiledLexicon, type Hit } from './patterns';

// How many words a noun's genitive may run before it names the region's side: a link, an article and
// the head, or a longer title ("das unidades do Exército de Defesa do Karabakh" names it in its 8th word).
const GENITIVE_WORDS = 8;
// How far past a genitive's word a side's words are looked for: the longest entry ("nieuznawane przez żadne państwo") fits.
const GENITIVE_SLICE = 40;

// What ends a noun's phrase: a punctuation mark, a bracket, a quotation mark or a dash.
const PHRASE_BREAK = /[,.;:!?()«»"“”„]|\s[–—-]\s/u;

// A word of a phrase, with the apostrophes and hyphens inside it ("Nagorno-Karabakh's", "dell'Esercito").
const WORD = /[\p{L}\p{M}\p{N}'’-]+/gu;

const SIDE: ActorId = 'separatists';

// A lower-case word, no name: an adjective of the act between its noun and the genitive's link.
const ACT_ADJECTIVE = /^\p{Ll}[\p{L}\p{M}-]*$/u;

/** A name the reader found, for the genitive to be told by. */
export interface NamedActor {
  start: number;
  end: number;
  id: ActorId;
}

/** Where the nouns of acts stand in a sentence (StatementLexicon.actNouns), as hits of their act. */
export function actNounHits(body: string, at: number, lex: CompiledLexicon): Array<Hit<ActionId>> {
  return lex.actNouns.length ? tableHits(lex.actNouns, body, at) : [];
}

/** True when a hit of an act lies on a noun of that act. */
export function onActNoun(hit: { id: ActionId; start: number; end: number }, nouns: ReadonlyArray<Hit<ActionId>>): boolean {
  return nouns.some((n) => n.id === hit.id && n.start < hit.end && hit.start < n.end);
}

function whole(re: RegExp | null, word: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  const m = re.exec(word);
  return !!m && m.index === 0 && m[0].length === word.length;
}

// True when a word of the region's side starts at `at`: a noun of it, or an adjective with a party's noun
// after it before `end` ("of the local forces"; not "of the local newspaper", see sideWordsIn).
function sideWordAt(text: string, at: number, end: number, lex: CompiledLexicon): boolean {
  const re = lex.regionSide;
  if (!re) return false;
  // Matched in the text itself, not a slice, so a lookbehind sees the word before ("Чешской республики" is no side's).
  re.lastIndex = at;
  const m = re.exec(text.slice(0, at + GENITIVE_SLICE));
  if (!m || m.index !== at) return false;
  return !describes(m[0], lex) || sideWordsIn(text.slice(at, Math.max(end, at + m[0].length)), lex);
}

/**
 * The region's side when the words right after a noun of an act, up to `to`, are its genitive and name
 * that side: a name of the separatists, a word of the region's side ("local", "séparatistes", "армянских"),
 * or the region's name ("Карабаха", "do Karabakh"). Null when they name another party first, or leave
 * the genitive before naming the side: a preposition that is no genitive link ("à majorité arménienne",
 * "the Minsk group on Karabakh"), a coordinator, a word that opens a clause. A language with genitive
 * links (StatementLexicon.genitiveLinks) must open the genitive with one ("of", "des", "van de"); one
 * without (Russian, Polish, Czech) writes it bare. Not for a suffixing language, whose genitive stands
 * before its noun. A word of the side inside a key term (`terms`: "the Armenian army") names no doer.
 */
export function regionGenitive(text: string, from: number, to: number, lex: CompiledLexicon, named: readonly NamedActor[], nouns: ReadonlyArray<Hit<ActionId>> = [], terms: ReadonlyArray<{ start: number; end: number }> = []): ActorId | null {
  if (lex.suffixing) return null;
  // "rozwiązanie i rozbrojenie oddziałów separatystów", "the disarmament and dissolution of the local
  // units": a noun of an act joined to the next one shares its genitive.
  const joined = nouns.find((n) => n.start >= from && n.start < to && coordinated(text.slice(from, n.start), lex));
  if (joined) return regionGenitive(text, joined.end, to, lex, named, nouns, terms);
  const rest = text.slice(from, to);
  const cut = PHRASE_BREAK.exec(rest);
  const phrase = cut ? rest.slice(0, cut.index) : rest;
  const words = [...phrase.matchAll(WORD)].map((m) => ({ word: m[0], start: from + m.index!, end: from + m.index! + m[0].length }));
  const linked = lex.genitiveBefore !== null;
  for (let i = 0; i < Math.min(words.length, GENITIVE_WORDS); i++) {
    const w = words[i]!;
    const name = named.find((n) => n.start <= w.start && w.start < n.end);
    if (name) return name.id === SIDE && (i > 0 || !linked) ? SIDE : null;
    // A link must open the genitive where the language has links: "the dissolution Armenians feared" has none.
    // One adjective of the act may stand before the link: "a rendição incondicional dos separatistas".
    if (i === 0 && linked && !lex.roleOf.test(` ${w.word} `)) {
      const next = words[1];
      if (next && ACT_ADJECTIVE.test(w.word) && lex.roleOf.test(` ${next.word} `) && !opensClause(w.word, lex) && !whole(lex.prepositions, w.word)) continue;
      return null;
    }
    if (i > 0 || !linked) {
      // Not a word inside a key term: "the Armenian army" is what a statement is about (Armenia's troops), no doer.
      const inTerm = terms.some((t) => t.start <= w.start && w.end <= t.end);
      if (!inTerm && (sideWordAt(text, w.start, from + phrase.length, lex) || namesRegion(w.word))) return SIDE;
    }
    if (whole(lex.prepositions, w.word) && !lex.roleOf.test(` ${w.word} `)) return null;
    // A coordinator, a word that opens a clause, or an auxiliary (the next verb: "la dissolution de l'URSS a
    // ouvert le conflit du Haut-Karabakh") ends the genitive.
    // (Not a genitive link that is also a relative pronoun: German "der".)
    const link = lex.roleOf.test(` ${w.word} `) && lex.genitiveBefore !== null;
    if (!link && opensClause(w.word, lex)) return null;
  }
  return null;
}

// A coordinator, a word that opens a clause, or an auxiliary: a word that ends a genitive's phrase.
function opensClause(word: string, lex: CompiledLexicon): boolean {
  return [lex.coordinators, lex.complementizers, lex.subordinators, lex.relatives, lex.auxiliaries, lex.passives].some((re) => whole(re, word));
}

// True when the words between two nouns are only a coordinator and at most a short article ("и", "and the", "e a").
function coordinated(between: string, lex: CompiledLexicon): boolean {
  const words = between.trim().split(/\s+/u).filter(Boolean);
  return words.length >= 1 && words.length <= 2 && whole(lex.coordinators, words[0]!) && (words.length === 1 || [...words[1]!].length <= 3);
}

/**
 * True when a preposition of circumstance stands right before a noun (at most an article between):
 * "après la reddition des séparatistes", "gezien de overgave van …", "despite the assurances from
 * Baku". The noun phrase is then an adverbial that takes the act as done, not the object of the
 * clause's verb, so the clause's subject neither wants nor owns it.
 */
export function afterCircumstance(text: string, at: number, lineStart: number, lex: CompiledLexicon): boolean {
  if (!lex.circumstances) return false;
  const before = text.slice(Math.max(lineStart, at - 40), at);
  return hitsOf(0, lex.circumstances, before, 0).some((h) => /^\s+(?:\p{L}{1,4}['’]?\s*)?$/u.test(before.slice(h.end)));
}

// What may stand between a doer named before a noun and the noun: an article, or the comma closing an
// aside ("da parte della Repubblica di Armenia, una richiesta").
const DOER_GAP = /^[\s,]*(?:\p{L}{1,4}['’]?\s*)?$/u;
// How far before the name its link may stand, in characters ("da parte della Repubblica di ").
const LINK_REACH = 40;
// What may stand between the link and the name: nothing, or a title and a genitive link ("Repubblica di").
const TITLE = /^\s*\p{Lu}[\p{L}\p{M}-]*/u;

/**
 * The doer named right before the noun of a request or a promise through an agent or doer link ("ha
 * ricevuto dall'Armenia una richiesta", "è giunta, da parte della Repubblica di Armenia, una richiesta",
 * "received from Baku assurances"): the name after the link asks or promises, not the clause's subject,
 * who receives. Undefined when no such name stands there.
 */
export function linkedDoerBefore<T extends NamedActor>(text: string, noun: { start: number }, from: number, lex: CompiledLexicon, named: readonly T[]): T | undefined {
  const name = named.filter((n) => n.end <= noun.start && n.start >= from).pop();
  if (!name || !DOER_GAP.test(text.slice(name.end, noun.start))) return undefined;
  const before = text.slice(Math.max(from, name.start - LINK_REACH), name.start);
  const links = [lex.agents, lex.doerLinks].flatMap((re) => (re ? hitsOf(0, re, before, 0) : []));
  const tied = links.some((l) => {
    const tail = before.slice(l.end);
    if (tail.trim() === '' || /^['’]/u.test(tail)) return true;
    const title = TITLE.exec(tail);
    return !!title && lex.roleOf.test(tail.slice(title[0].length));
  });
  return tied ? name : undefined;
}

// What may join a name to the noun of a mission it owns, written before it: a space or a hyphen ("UN team",
// "UN-Delegation", "BMT missiyası").
const OWNER_BEFORE = /^[\s-]?$/u;
// How many words a genitive owner may stand after the noun of a mission ("a delegation of the United Nations").
const OWNER_AFTER_WORDS = 3;

/**
 * The owner of a mission's noun, named as its compound or its genitive ("UN-Delegation", "a UN team",
 * "миссия ООН", "une mission des Nations unies", "BMT missiyası"): the one who sent it, whatever the
 * clause's grammatical subject ("В Степанакерт прибыла миссия ООН": the UN's mission arrived). Undefined
 * when the mission's noun names no owner the lexicon knows.
 */
export function missionOwner<T extends NamedActor>(text: string, missions: ReadonlyArray<{ start: number; end: number }>, lex: CompiledLexicon, named: readonly T[]): T | undefined {
  for (const k of missions) {
    const before = named.find((n) => n.end <= k.start && OWNER_BEFORE.test(text.slice(n.end, k.start)));
    if (before) return before;
    const after = named.find((n) => n.start >= k.end && lex.roleOf.test(text.slice(k.end, n.start)) && text.slice(k.end, n.start).trim().split(/\s+/u).filter(Boolean).length <= OWNER_AFTER_WORDS);
    if (after) return after;
  }
  return undefined;
}
