/**
 * Reads who did what in a text: for each clause that names something the reports speak of
 * (a concept of the lexicon), its actor, action, objects, polarity and speaker. The same reader
 * serves the reports (at index time) and pages (at check time), so both sides are described
 * in the same terms.
 */
import { monthOf } from '../calendar';
import { detectLocale } from '../locale';
import { splitSentences, type Span } from '../passages';
import { namesRegion } from '../region-names';
import { ABSENCES, ACTIONS, ACTS_AS_TERMS, ASSURANCES, BODIES, PROMISED, PROPOSITIONS, TAKES_CONTENT, type ActionId, type ActorId, type ConceptId, type StatementLexicon } from './lexicon/shape';
import { STATEMENT_LEXICONS } from './lexicon';
import { compileDetector, compileLexicon, hitsOf, rowsOf, sideWordsIn, tableHits, type CompiledLexicon, type Hit, type LanguageDetector } from './patterns';
import { actNounHits, afterCircumstance, linkedDoerBefore, missionOwner, onActNoun, regionGenitive } from './act-nouns';

/** One statement read from a clause: who (actor), did what (action), about what (concepts). */
export interface Frame {
  /** The words that state it: from the actor or verb to the last key term. */
  start: number;
  end: number;
  sentence: Span;
  /** Who acts; null when the clause states a fact with no one's act ("Armenians were forced to leave"). */
  actor: ActorId | null;
  /** The verb's action; null for a fact. */
  action: ActionId | null;
  /** The verb as written, for explanations, and where it starts (null for a fact). */
  verb: string;
  verbAt: number | null;
  concepts: ConceptId[];
  /** Other actors the clause names (the EU in "asked the EU for aid"). */
  objects: ActorId[];
  /** −1 when the clause is negated ("did not", "has nothing to do with", "why should we"). */
  polarity: 1 | -1;
  /** Who says it, when that is another clause's actor ("…, Italy has said"; "according to Yerevan"). */
  speaker: ActorId | null;
  /**
   * For a passive that names no doer, the party it is done to ("the breakaway republic was
   * dissolved": the separatists); null otherwise. `actor` is then at most a guess.
   */
  undergoer: ActorId | null;
  /**
   * When the act's doer is a noun phrase the lexicon cannot name but that belongs to the region's own
   * side ("the local authorities", "los armenios del enclave", "Нагорный Карабах", the one a
   * causative forces): the party it stands for (the separatist authorities). `actor` is then null.
   */
  unnamedDoer: ActorId | null;
  /** True when the key terms come from an earlier clause ("Baku rejected the accusation"). */
  anaphoric: boolean;
  /** True when the act is a noun of someone's words that names no one ("claims that Azerbaijan was …"). */
  wordsNoun?: boolean;
  /** Years the sentence names ("in 2020"): a statement about another year is another event. */
  years: number[];
  /** Months the sentence names with their year ("in January 2023", "1 January 2024"), as year × 12 + month − 1. */
  months: number[];
  /** Every key term of the sentence, its other clauses' too: what the statement is said beside. */
  context: ConceptId[];
}

// What stands between a title and the name it goes with: one capitalised given name ("Nikol").
const TITLE_GAP = /^\s+\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u;

const COMPILED = new Map<string, CompiledLexicon>();
function compiled(lex: StatementLexicon): CompiledLexicon {
  let c = COMPILED.get(lex.lang);
  if (!c) COMPILED.set(lex.lang, (c = compileLexicon(lex)));
  return c;
}

// Telling the language needs four expressions of each lexicon; only the one chosen is compiled whole.
const DETECTORS = new Map<string, LanguageDetector>();
function detector(lex: StatementLexicon): LanguageDetector {
  let d = DETECTORS.get(lex.lang);
  if (!d) DETECTORS.set(lex.lang, (d = COMPILED.get(lex.lang) ?? compileDetector(lex)));
  return d;
}

// Below this length the figures' guess at the language is not trusted (see lexiconFor).
const SHORT_TEXT = 400;

// How much of a text is sampled to decide its language: enough for several sentences.
const LANGUAGE_SAMPLE = 20_000;
// How much of it is searched for each language's names, verbs and key terms, which cost more than its common words.
const TERMS_SAMPLE = 2_000;
// Common words of one language that settle it, when no other language of the script has half as many.
const CLEAR_MARKERS = 12;

/** The lexicon that reads a text: of the languages in its main script, the one whose words occur most in it (the first on a tie). */
export function lexiconFor(text: string, lexicons: readonly StatementLexicon[] = STATEMENT_LEXICONS): StatementLexicon {
  // The figures' guess at the language (common words and letters, one cheap pass) settles most
  // texts; counting every lexicon's names, verbs and terms, below, is for the texts it cannot tell.
  // A sentence or two has too few common words for it ("Azerbeidzjan ontkent dat…" looks English to
  // it): a short text is counted below, which costs little at that length.
  const guess = text.length >= SHORT_TEXT ? detectLocale(text) : null;
  const known = guess === null ? undefined : lexicons.find((l) => l.lang === guess);
  if (known) return known;
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  // The script most of the letters are in, then the language of that script whose words occur most.
  const letters = new Map<string, number>();
  for (const lex of lexicons) if (!letters.has(lex.script)) letters.set(lex.script, sample.match(new RegExp(`\\p{Script=${lex.script}}`, 'gu'))?.length ?? 0);
  const script = [...letters].sort((a, b) => b[1] - a[1])[0]?.[0];
  const candidates = lexicons.filter((l) => l.script === script);
  if (candidates.length === 0) return lexicons[0]!;
  // Common words first: on a page of some length they decide, and they are cheap to count.
  // A language's own letters count as its common words do (see StatementLexicon.letters).
  const markers = candidates.map((lex) => {
    const d = detector(lex);
    return hitsOf(0, d.markers, sample).length + (d.letters ? hitsOf(0, d.letters, sample).length : 0);
  });
  const ranked = [...markers].sort((a, b) => b - a);
  if (ranked[0]! >= CLEAR_MARKERS && ranked[0]! >= 2 * (ranked[1] ?? 0)) return candidates[markers.indexOf(ranked[0]!)]!;
  // A long text in a language with no statement lexicon (Czech, Azerbaijani) is read with the one
  // whose common words it has most; searching it for every lexicon's names and verbs finds nothing better.
  if (text.length >= SHORT_TEXT) return candidates[markers.indexOf(ranked[0]!)]!;
  // A short or mixed text: the lexicon's own names, verbs and key terms decide too (one expression per
  // part, and only in the text's opening: the first search with each is slow).
  const opening = sample.slice(0, TERMS_SAMPLE);
  let best = candidates[0]!;
  let bestCount = 0;
  candidates.forEach((lex, i) => {
    const d = detector(lex);
    const count = markers[i]! + [d.anyActor, d.anyAction, d.anyConcept].reduce((n, re) => n + hitsOf(0, re, opening).length, 0);
    if (count > bestCount) [best, bestCount] = [lex, count];
  });
  return best;
}

// The parties to the conflict: a passage naming one can state what the reports speak of without naming the region.
const PARTIES: readonly ActorId[] = ['azerbaijan', 'armenia', 'separatists'];

/** True when the text names Azerbaijan, Armenia or the separatist authorities (by any name the lexicon knows). */
export function namesParty(text: string, lexicon: StatementLexicon = lexiconFor(text)): boolean {
  return compiled(lexicon).actors.some(([id, re]) => PARTIES.includes(id) && ((re.lastIndex = 0), re.test(text)));
}

interface Mention {
  start: number;
  end: number;
  /** The actor named, or null for a word that stands for one named before ("he", "the country"). */
  actor: ActorId | null;
  /** For a bare role, the state named right after it ("the ambassador of Azerbaijan", "посол Азербайджана"). */
  of?: ActorId | null;
}

interface Clause {
  start: number;
  end: number;
  leadingSubordinate: boolean;
}

/** What the reader carries from sentence to sentence: who spoke last, who acted, what was said. */
interface Carry {
  subject: ActorId | null;
  /** Sentences since the subject was last named: "he" three sentences on is someone else. */
  subjectAge: number;
  speaker: ActorId | null;
  concepts: ConceptId[];
  /** The allegations (PROPOSITIONS) among the key terms of every clause of the sentence that set `concepts`. */
  allegations: ConceptId[];
  conceptsAge: number;
  /** The international body last named (the UN, the EU), for "the organisation", and sentences since. */
  body: ActorId | null;
  bodyAge: number;
}

/** Reads the statements of the given passages of a text, in order. */
export function readFrames(text: string, passages: Span[], lexicon: StatementLexicon = lexiconFor(text)): Frame[] {
  const lex = compiled(lexicon);
  const carry: Carry = { subject: null, subjectAge: 0, speaker: null, concepts: [], allegations: [], conceptsAge: 0, body: null, bodyAge: 0 };
  const frames: Frame[] = [];
  for (const passage of passages) {
    for (const sentence of splitSentences(text, passage)) {
      const closer = speakerAfterQuote(text, sentence, lex);
      if (closer) carry.speaker = closer;
      const read = readSentence(text, sentence, lex, carry);
      frames.push(...(read.some(bySeparatists) && otherSeparatists(text, sentence, lex) ? read.filter((f) => !bySeparatists(f)) : read));
    }
  }
  return frames;
}

// The closing mark of each opening quotation mark.
const CLOSING_QUOTE: Record<string, string> = { '«': '»', '“': '”', '„': '“”', '‘': '’', '"': '"', "'": "'" };
// How far a quotation that opens a sentence may run on, over later sentences, to its closing mark.
const QUOTE_REACH = 600;
// How far after the closing mark its tag ("», afirmou Nikol Pachynian") may name the speaker and the verb.
const CLOSING_TAG_REACH = 80;

/**
 * "«Os arménios continuam a sair … já não haverá arménios no Nagorno-Karabakh. É um ato de limpeza étnica»,
 * afirmou Nikol Pachynian": a quotation that opens a sentence and closes in a later one is the words of the
 * speaker its closing tag names, with a verb of saying or warning; every sentence of it is theirs. Null where the
 * quotation closes in its own sentence (the sentence's own reading has the tag) or its tag names no one.
 */
function speakerAfterQuote(text: string, sentence: Span, lex: CompiledLexicon): ActorId | null {
  const body = text.slice(sentence.start, sentence.end);
  const open = /^\s*(["“«„‘'])/u.exec(body);
  if (!open) return null;
  const from = sentence.start + open[0].length;
  const closers = CLOSING_QUOTE[open[1]!]!;
  const window = text.slice(from, from + QUOTE_REACH);
  // (An index in UTF-16 units, as the offsets are: an emoji inside the quotation is two.)
  let close = -1;
  for (let i = 0; i < window.length && close < 0; i++) if (closers.includes(window[i]!)) close = i;
  if (close < 0 || from + close < sentence.end) return null;
  const rest = text.slice(from + close + 1, from + close + 1 + CLOSING_TAG_REACH);
  const tag = /^\s*[,–—-]?\s*([^.!?\n«»"“”]*)/u.exec(rest)?.[1] ?? '';
  lex.anyActor.lastIndex = 0;
  const named = lex.anyActor.exec(tag);
  if (!named) return null;
  // The tag is the verb and the speaker, side by side, in either order ("afirmou Nikol Pachynian", "Pashinyan said"):
  // at most a given name or a title between them, no noun of another speaker ("dijo una mujer armenia", "an
  // Azerbaijani student said", review of stop 41).
  const verb = [actionOf(lex, 'say'), actionOf(lex, 'warn')].map((re) => (re ? ((re.lastIndex = 0), re.exec(tag)) : null)).find((m) => m !== null);
  if (!verb) return null;
  const verbEnd = verb.index + verb[0].length;
  const named0 = named.index;
  const named1 = named.index + named[0].length;
  const between = named0 >= verbEnd ? tag.slice(verbEnd, named0) : tag.slice(named1, verb.index);
  if (named0 >= verbEnd ? verb.index > TAG_LEAD_CHARS : named0 > TAG_LEAD_CHARS) return null;
  if (!/^\s*(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}$/u.test(between)) return null;
  return lex.actors.find(([, re]) => ((re.lastIndex = 0), re.exec(named[0])?.index === 0))?.[0] ?? null;
}
// How far into a quotation's tag its first word (the verb or the speaker) may start: a dash or a comma and spaces.
const TAG_LEAD_CHARS = 3;

// The parts of the lexicon's tables a few readings scan alone (see rowsOf).
const PLEDGE: ReadonlySet<ActionId> = new Set(['pledge']);
const ESCORT: ReadonlySet<ActionId> = new Set(['escort']);
const ARMY_PRESENCE: ReadonlySet<ConceptId> = new Set(['armenia-army-presence']);

const bySeparatists = (f: Frame) => f.actor === 'separatists' || (!f.actor && f.unnamedDoer === 'separatists');

// True when a word for separatists in the sentence has another breakaway region's name right after or right before
// it ("the separatists in Donbas", "Donbas separatists", "Separatisten im Donbass"): those are not Karabakh's
// (StatementLexicon.otherRegions). Looked at only for a sentence that gave the separatists a statement.
function otherSeparatists(text: string, sentence: Span, lex: CompiledLexicon): boolean {
  if (!lex.otherRegions) return false;
  const body = text.slice(sentence.start, sentence.end);
  const regions = hitsOf(0, lex.otherRegions, body);
  if (regions.length === 0) return false;
  // Every word for separatists must be another region's: "Unlike the separatists in Donbas, the Karabakh separatists
  // agreed …" still has Karabakh's.
  const tied = (w: { start: number; end: number }) =>
    regions.some((r) => (r.start >= w.end && !/[,;:()]/u.test(body.slice(w.end, r.start)) && wordsBetween(body, w.end, r.start) <= OTHER_REGION_WORDS) || (r.end <= w.start && /^[\s-]*$/u.test(body.slice(r.end, w.start))));
  const words = hitsOf(0, lex.separatistWords, body);
  return words.length > 0 && words.every(tied);
}
// The most words between a word for separatists and another region's name after it that make them that region's ("in the", "im").
const OTHER_REGION_WORDS = 2;

// How many sentences on a "he" or "the country" can still mean the actor last named.
const SUBJECT_REACH = 2;

// How far a verb of saying may follow an owned institution for it to be that verb's subject: a body's name
// of a few words ("su Ministerio de Asuntos Exteriores insistió").
const OWN_BODY_VERB_WORDS = 4;
const OWN_BODY_VERB_CHARS = 60;

// What may stand between a name and an attribution after it that makes the name its source: spaces,
// or an apostrophe and a case ending ("Moskau zufolge", "Bakü'ye göre").
const POSTPOSED_SOURCE = /^(?:['’]\p{L}{1,4})?\s+$/u;

// Quotation marks that open a sentence continuing someone's words.
const OPENING_QUOTE = /^\s*["“«„‘']/u;

// What may stand before a source frame that opens a sentence: nothing, or an opening quotation mark or bracket.
const OPENS = /^[\s"“«„‘'(]*$/u;

// A source frame's name runs to a comma within a few words ("para Pashinyan,", "nach Ansicht Eriwans,").
const FRAME_TO_COMMA = /^\s*[^,.;:!?]{1,50},/u;

/**
 * Whether a sentence holds words a statement's key term is read from: a key term itself, or words that
 * make one only beside others (arms beside a verb of handing them over, a departure or a caused act
 * beside a causative, goods beside a pledge, residents carried away beside an escort, an arrival in a
 * sentence naming the region). A sentence without them, which follows none that had them, is read only
 * for who its "he" is: most sentences of a page ("18,900 people have fled", without a causative).
 */
function holdsTerms(body: string, lex: CompiledLexicon): boolean {
  const has = (re: RegExp | null | undefined) => occurs(re, body);
  return (
    has(lex.anyConcept) ||
    has(lex.ownTroops) ||
    (has(lex.arms) && has(lex.handOver)) ||
    ((has(lex.anyCaused) || has(lex.departures)) && has(lex.causatives)) ||
    (has(lex.pledgedGoods) && has(actionOf(lex, 'pledge'))) ||
    (has(lex.escorted) && [lex.actions, lex.agentAfter, lex.agentBefore].some((table) => has(actionIn(table, 'escort')))) ||
    (!!lex.arrivals && namesRegion(body) && has(lex.arrivals))
  );
}
/**
 * Whether a sentence names an act (a verb or a noun of one): right after a sentence with a key term, only such a
 * sentence can say something of it ("Baku denied it"); one without is read, like any other, for its "he" alone.
 */
function namesAct(body: string, lex: CompiledLexicon): boolean {
  const has = (re: RegExp) => occurs(re, body);
  return has(lex.anyAction) || [lex.agentAfter, lex.agentBefore, lex.actNouns].some((table) => table.some(([, re]) => has(re)));
}
/** A noun of someone's words (not a pronoun: "it", "that") a few words after an act, in its clause: "condemned Pashinyan's claim". */
function wordsAfter(act: { end: number }, words: ReadonlyArray<{ start: number; end: number }>, text: string): boolean {
  return words.some((r) => r.start >= act.end && r.end - r.start >= WORDS_NOUN_MIN && wordsBetween(text, act.end, r.start) <= WORDS_AFTER_REACH && !/[,;:.]/u.test(text.slice(act.end, r.start)));
}
// The shortest noun of words ("claim"; the pronouns are shorter), and how many words may stand before it ("Prime Minister Nikol Pashinyan's").
const WORDS_NOUN_MIN = 5;
const WORDS_AFTER_REACH = 5;
/** Whether a reference is a noun's article: one of the lexicon's nounArticles, a capitalised word right after it ("das Vorgehen"). */
function articleOfNoun(text: string, r: { start: number; end: number }, lex: CompiledLexicon): boolean {
  if (!lex.nounArticles || !/^\s+\p{Lu}/u.test(text.slice(r.end, r.end + 3))) return false;
  lex.nounArticles.lastIndex = 0;
  return lex.nounArticles.exec(text.slice(r.start, r.end))?.[0].length === r.end - r.start;
}
/** Whether a lexicon's (global) expression, if the language has it, matches anywhere in a text. */
const occurs = (re: RegExp | null | undefined, text: string) => !!re && ((re.lastIndex = 0), re.test(text));
const actionIn = (table: Array<[ActionId, RegExp]>, id: ActionId) => table.find(([a]) => a === id)?.[1];
const actionOf = (lex: CompiledLexicon, id: ActionId) => actionIn(lex.actions, id);

function readSentence(text: string, sentence: Span, lex: CompiledLexicon, carry: Carry): Frame[] {
  // (Each helper below resets its expression's lastIndex: the lexicon's expressions are global.)
  const body = text.slice(sentence.start, sentence.end);
  const at = sentence.start;
  carry.conceptsAge++;
  if (++carry.subjectAge > SUBJECT_REACH) carry.subject = null;
  if (++carry.bodyAge > SUBJECT_REACH) carry.body = null;
  // "the organisation" two sentences on still means the body last named (see StatementLexicon.bodies).
  const lastBody = (upTo: number) => {
    const hits = tableHits(rowsOf(lex.actors, BODIES), body.slice(0, upTo - at), at);
    return hits.length ? hits[hits.length - 1]!.id : carry.body;
  };
  const sentenceBody = lastBody(sentence.end);
  lex.anyConcept.lastIndex = 0;
  // Most sentences name nothing the reports speak of and follow none that did ("Baku denied it"):
  // they only say who the next "he" is.
  if (sentenceBody !== carry.body) {
    carry.body = sentenceBody;
    carry.bodyAge = 0;
  }
  if (!holdsTerms(body, lex) && (carry.conceptsAge > 1 || !namesAct(body, lex))) {
    lex.anyActor.lastIndex = 0;
    const named = lex.anyActor.exec(body);
    const actor = named ? (lex.actors.find(([, re]) => ((re.lastIndex = 0), re.exec(named[0])?.index === 0))?.[0] ?? null) : null;
    if (actor) {
      carry.subject = carry.speaker = actor;
      carry.subjectAge = 0;
    }
    else if (!OPENING_QUOTE.test(body)) carry.speaker = null;
    return [];
  }
  // "entregaram blindados e armas ligeiras", "the weapons were handed over": arms and a verb of giving
  // them up, in any order, are the act of surrendering and its key term (see StatementLexicon.arms).
  const handed = armsHandedOver(text, body, at, lex);
  // "urged Yerevan not to leave the talks": staying asked of a party is not the residents' (see stayAskedOfParty).
  const listed = tableHits(lex.concepts, body, at).filter((k) => k.id !== 'stay' || !stayAskedOfParty(text, at, k, lex));
  // (The key term is the noun alone: a name between it and the verb stays a name.)
  const handedTerms = handed.filter((h) => !listed.some((k) => (k.start < h.end && h.start < k.end) || (k.start < h.verbEnd && h.verbStart < k.end)));
  // "zur Aufgabe gezwungen", "forced into capitulation": an act a causative makes someone do names its
  // own object as the act's verb does (ACTS_AS_TERMS), where no key term reads those words already.
  // (Only beside a causative, as for the act itself: see caused below.)
  const causativeHits = lex.causedActs.length && lex.causatives ? hitsOf(0, lex.causatives, body, at) : [];
  const causativeNear = (h: { start: number; end: number }) =>
    causativeHits.some((c) => (c.end <= h.start && wordsOutsideAsides(text, c.end, h.start) <= CAUSED_REACH) || (!!lex.verbSecond && c.start >= h.end && wordsBetween(text, h.end, c.start) <= CAUSATIVE_AFTER_WORDS));
  const causedTerms = causativeHits.length
    ? tableHits(lex.causedActs, body, at).flatMap((h) => {
        const id = ACTS_AS_TERMS[h.id];
        return id && !listed.some((k) => k.start < h.end && h.start < k.end) && causativeNear(h) ? [{ id, start: h.start, end: h.end }] : [];
      })
    : [];
  // "se ha comprometido a proteger los derechos de quienes decidan quedarse": a noun of what a pledge
  // guarantees, a few words after a verb of pledging, is the rights the reports' pledges name (see
  // StatementLexicon.pledgedGoods), where no key term reads those words already.
  const goods = lex.pledgedGoods ? hitsOf('rights' as ConceptId, lex.pledgedGoods, body, at) : [];
  const pledges = goods.length ? tableHits(rowsOf(lex.actions, PLEDGE), body, at) : [];
  // The reach counts from the promise's owner when a link ties one to its noun ("gli impegni assunti da
  // Baku a tutela dei loro diritti", "the guarantees given by Baku on their rights"): see linkOnly.
  const owners = pledges.length ? tableHits(lex.actors, body, at) : [];
  const pledgeEnd = (p: Hit<ActionId>) => owners.find((n) => n.start >= p.end && n.start - p.end <= OWNER_LINK_CHARS && linkOnly(text.slice(p.end, n.start), lex))?.end ?? p.end;
  const pledgedTerms = goods.filter((g) => !listed.some((k) => k.start < g.end && g.start < k.end) && pledges.some((p) => p.end <= g.start && pledgeEnd(p) <= g.start && wordsBetween(text, pledgeEnd(p), g.start) <= PLEDGE_REACH && !/[.;:!?()]/u.test(text.slice(p.end, g.start))));
  // "nobody forces them to leave": a departure a causative makes someone take is the forced leaving (see forcedDepartures).
  const departedTerms = forcedDepartures(text, body, at, lex, listed);
  // "Yerevan denies it has any troops there": a party's own troops in the region (see ownTroopsIn), Armenia's army only where Armenia is the doer (below).
  const ownTroopTerms = ownTroopsIn(text, body, at, lex, listed);
  // "la ONU entra en Nagorno-Karabaj": a body arriving in the region is its mission arriving (see bodyArrivals).
  const arrivalTerms = listed.some((k) => k.id === 'mission') ? [] : bodyArrivals(text, body, at, lex);
  // "Die Evakuierung erfolgt unter dem Geleit russischer Friedenstruppen": the residents carried away beside an escort are the convoys escorted (see escortedTerms).
  const escortTerms = escortedTerms(text, body, at, lex, listed);
  const extra = [...handedTerms.map((h) => ({ id: 'disarm' as ConceptId, start: h.start, end: h.end })), ...causedTerms, ...pledgedTerms, ...departedTerms, ...ownTroopTerms, ...arrivalTerms, ...escortTerms];
  const plain = extra.length ? [...listed, ...extra].sort((a, b) => a.start - b.start) : listed;
  // "Their own decision" states there was no expulsion: the concept, counted as one negation.
  const opposed = tableHits(lex.opposites, body, at).filter((o) => !plain.some((p) => p.start < o.end && o.start < p.end));
  const terms = [...plain, ...opposed].sort((a, b) => a.start - b.start);
  // "\"Sputnik Ermənistan\"a deyib": a name that closes a quotation its case ending is glued to is a title (an outlet's), no party.
  const named = tableHits(lex.actors, body, at).filter((h) => !terms.some((c) => c.start <= h.start && h.end <= c.end) && !QUOTED_TITLE_END.test(text.slice(h.end, h.end + 2)));
  // "the Karabakh Armenian leadership", "карабахские армянские власти": Armenia's adjective right after the region's name is the region's side.
  // "les autorités arméniennes du Haut-Karabakh", "die armenischen Behörden Bergkarabachs": so is a body of Armenia whose genitive is the region.
  for (const h of named) if (h.id === 'armenia' && (regionQualified(text, at, h.start, lex) || regionOwned(text, h, lex))) h.id = REGION_SIDE;
  // A key term inside a longer name is part of the name: "l'entité indépendantiste" names the separatists, not independence.
  const inNames = terms.filter((c) => !named.some((n) => n.start <= c.start && c.end <= n.end && n.end - n.start > c.end - c.start));
  // "push out Armenian military units", "expulsar o que descreve como tropas arménias": driving out troops is no expulsion of the people (see troopsDrivenOut).
  const troopsOut = troopsDrivenOut(text, body, at, lex, inNames);
  const concepts = troopsOut.length ? inNames.filter((c) => !troopsOut.includes(c)) : inNames;
  // "dissolve its units", "силы сепаратистов … будут распущены": the disbanding of armed bodies is their disarming (see disbandedBodies).
  const disbanded = disbandedBodies(text, body, at, lex, concepts, named);
  const inConcept = (h: { start: number; end: number }) => concepts.some((c) => c.start <= h.start && h.end <= c.end);
  // "the foreign ministry in Baku": a body followed by its seat is that seat's state (see seatOf), not one named before.
  const seated = (h: { start: number; end: number }) => named.some((n) => n.start >= h.end && n.start - h.end <= SEAT_REACH && seatOf(text, h.start, n.start, lex, n.end) && afterPreposition(text, h.end, n.start, lex));
  // "Премьер-министр Никол Пашинян", "Premiér Nikol Pašinjan": a role before a given name and the name is
  // the name's title, not a word for someone named before. (Not in a verb-second language, whose
  // capitalised nouns the subject after the verb is told by: there the role stays the subject's word.)
  const titled = (h: { end: number }) => !lex.verbSecond && named.some((n) => n.start >= h.end && TITLE_GAP.test(text.slice(h.end, n.start)));
  // "…, and its foreign ministry insisted that …", "y su Ministerio de Exteriores insistió en que …": an
  // institution owned by a possessive stands for its owner named before, as "the ministry" does, when a verb
  // of saying follows it at once; elsewhere it is an object ("erklärt, ihre Regierung aufzulösen").
  const saysNext = (h: { end: number }) => tableHits(lex.actions, text.slice(h.end, Math.min(at + body.length, h.end + OWN_BODY_VERB_CHARS)), h.end).some((a) => ACTIONS[a.id].family === 'claim' && wordsBetween(text, h.end, a.start) <= OWN_BODY_VERB_WORDS);
  const ownBodies = lex.ownBodies ? hitsOf(null, lex.ownBodies, body, at).filter(saysNext) : [];
  const anaphors = [...hitsOf(null, lex.anaphors, body, at), ...ownBodies].filter((h) => !inConcept(h) && !named.some((n) => n.start < h.end && h.start < n.end) && !seated(h) && !titled(h)).sort((a, b) => a.start - b.start);
  // A role followed at once by a state ("Botschafter Aserbaidschans", "ambassador of Azerbaijan") is that state's.
  const ofState = (h: { end: number }) => named.find((n) => n.start >= h.end && lex.roleOf.test(text.slice(h.end, n.start)))?.id ?? null;
  // "l'organisation enverra une mission": a word for a body stands for the body last named, or for no one.
  const bodyWords = lex.bodies ? hitsOf(null, lex.bodies, body, at).filter((h) => !inConcept(h) && !named.some((n) => n.start < h.end && h.start < n.end)) : [];
  const bodies = bodyWords.flatMap((h) => {
    const id = lastBody(h.start);
    return id ? [{ start: h.start, end: h.end, actor: id as ActorId | null }] : [];
  });
  const mentions: Mention[] = [
    ...named.map((h) => ({ start: h.start, end: h.end, actor: h.id as ActorId | null })),
    ...bodies,
    ...anaphors.map((h) => ({ start: h.start, end: h.end, actor: null, of: ofState(h) })),
  ].sort((a, b) => a.start - b.start);
  // Noun forms whose doer follows them ("under the escort of Russian peacekeepers") win over a verb in the same words.
  const nominal = tableHits(lex.agentAfter, body, at);
  // Noun forms whose doer stands right before them ("a Russian peacekeeping escort").
  const nominalBefore = tableHits(lex.agentBefore, body, at);
  const routes = lex.routes ? hitsOf(0, lex.routes, body, at) : [];
  // "through the Lachin corridor", "по Лачинскому коридору": a key term right after a route preposition.
  // "would respect their rights during their reintegration", "entegrasyonu sürecinde": a key term an
  // occasion governs says when, not what (StatementLexicon.occasions); a suffixing language puts it after.
  const occasions = lex.occasions ? hitsOf(0, lex.occasions, body, at) : [];
  const routed = (k: { start: number; end: number }) =>
    routes.some((r) => r.end <= k.start && wordsBetween(text, r.end, k.start) <= 2) ||
    occasions.some((o) => (lex.suffixing ? o.start >= k.end && OCCASION_AFTER.test(text.slice(k.end, o.start)) : o.end <= k.start && wordsBetween(text, o.end, k.start) <= OCCASION_WORDS));
  // Not inside a name: "ethnic Armenian forces" is no "force".
  const causatives = lex.causatives ? hitsOf(0, lex.causatives, body, at).filter((c) => !named.some((n) => n.start < c.end && c.start < n.end)) : [];
  // "Los enviados de la ONU pisaron …": a verb's form inside a longer noun of a mission ("enviados de",
  // envoys) is that noun, not the act of sending.
  const references = hitsOf(0, lex.references, body, at).filter((r) => !articleOfNoun(text, r, lex));
  // "Armenia's claims of ethnic cleansing were branded unacceptable": a word of saying that is also a noun
  // for words said ("claims", "charges"), right after a possessive ("Armenia's", "their"), is that noun,
  // the subject or object of another verb, not a verb of its own.
  const possessiveHits = lex.possessives ? hitsOf(0, lex.possessives, body, at) : [];
  // Only with a verb of its own clause after it, which the noun is the subject or object of: "Yerevan's claims
  // that … are absurd, the ministry said" has none there, and its "claims" carries the words the tag dismisses.
  const actionHits = tableHits(lex.actions, body, at);
  const ownedWords = (a: { start: number; end: number }) =>
    references.some((r) => r.start <= a.start && a.end <= r.end) &&
    (POSSESSIVE_NAME.test(text.slice(Math.max(at, a.start - 4), a.start)) || possessiveHits.some((p) => p.end <= a.start && /^\s+$/u.test(text.slice(p.end, a.start)))) &&
    actionHits.some((v) => v.start >= a.end && !/[,;:]/u.test(text.slice(a.end, v.start)));
  const listedVerbs = actionHits.filter((a) => !nominal.some((n) => n.start < a.end && a.start < n.end) && !concepts.some((k) => k.id === 'mission' && k.start <= a.start && a.end <= k.end && k.end - k.start > a.end - a.start) && !ownedWords(a));
  // The verb of a handing over of arms is the act, where no listed verb reads those words already.
  const handedActs: Array<Hit<ActionId>> = handed
    .filter((h) => !listedVerbs.some((v) => v.start < h.verbEnd && h.verbStart < v.end))
    .map((h) => ({ id: 'surrender' as ActionId, start: h.verbStart, end: h.verbEnd }));
  const verbs = [...listedVerbs, ...handedActs].sort((a, b) => a.start - b.start);
  // "hatte Aserbaidschan die Führung … zur Aufgabe gezwungen", "tot overgave gedwongen": a verb-final
  // causative stands right after the act it makes someone do.
  // Only in a verb-second language, whose participles and infinitives close their clause: elsewhere a
  // causative after an act ("surrendered, forced by the offensive") says why, not who.
  const causativeAfter = (h: { end: number }) => (lex.verbSecond ? causatives.find((c) => c.start >= h.end && wordsBetween(text, h.end, c.start) <= CAUSATIVE_AFTER_WORDS && !/[,.;:!?()]/u.test(text.slice(h.end, c.start))) : undefined);
  // "forced the government in Karabakh to surrender": an infinitive is an act only as what a causative
  // before it makes someone do, a few words on.
  const caused = lex.causedActs.length
    ? tableHits(lex.causedActs, body, at).filter((h) => !verbs.some((v) => v.start < h.end && h.start < v.end) && (causatives.some((c) => c.end <= h.start && wordsOutsideAsides(text, c.end, h.start) <= CAUSED_REACH) || !!causativeAfter(h)))
    : [];
  // "A UN team reached Karabakh", "una misión de Naciones Unidas ha llegado a …": in a sentence about a
  // mission, its arrival is its owner's sending it (see StatementLexicon.arrivals).
  const arrived: Array<Hit<ActionId>> =
    lex.arrivals && concepts.some((k) => k.id === 'mission')
      ? hitsOf(0, lex.arrivals, body, at)
          .filter((h) => !verbs.some((v) => v.start < h.end && h.start < v.end) && !arrivesElsewhere(text, h, at + body.length, lex))
          .map((h) => ({ id: 'send' as ActionId, start: h.start, end: h.end }))
      : [];
  // "Baku is weighing an amnesty for the fighters", "zieht in Betracht, … zu amnestieren": considering what a
  // party promises (PROMISED) is its offer, a pledge (see StatementLexicon.considerations). Only there:
  // "is considering sending a mission" says nothing that happened.
  const considered: Array<Hit<ActionId>> =
    lex.considerations && concepts.some((k) => PROMISED.has(k.id))
      ? hitsOf(0, lex.considerations, body, at)
          .filter((h) => !verbs.some((v) => v.start < h.end && h.start < v.end) && concepts.some((k) => PROMISED.has(k.id) && k.start >= h.end && wordsBetween(text, h.end, k.start) <= CONSIDERED_REACH && !/[.;:!?()]/u.test(text.slice(h.end, k.start))))
          .map((h) => ({ id: 'pledge' as ActionId, start: h.start, end: h.end }))
      : [];
  // "a signé un décret mettant fin à l'État séparatiste", "signed a decree on the dissolution": a signed
  // instrument followed at once by the dissolution, with no verb of its own for it, is its signer's
  // dissolving. Only there: "an offensive putting an end to the breakaway state" says what ended it, not who.
  const instrumentHits = lex.instruments ? hitsOf(0, lex.instruments, body, at) : [];
  const decreed: Array<Hit<ActionId>> = instrumentHits
    .filter(
      (d) =>
        !verbs.some((v) => v.start >= d.end && v.start - d.end <= 40 && wordsBetween(text, d.end, v.start) <= DECREE_REACH) &&
        concepts.some(
          (k) =>
            k.id === 'dissolution' &&
            ((k.start >= d.end && wordsBetween(text, d.end, k.start) <= DECREE_REACH) ||
              // "… sona ermesini öngören kararnameyi imzaladı": a verb-final language names the content first.
              (!!lex.suffixing && k.end <= d.start && wordsBetween(text, k.end, d.start) <= DECREE_REACH && !verbs.some((v) => v.start >= k.end && v.end <= d.start))),
        ),
    )
    .map((d) => ({ id: 'dissolve' as ActionId, start: d.start, end: d.end }));
  // "announced their surrender", "ihre Kapitulation verkündet", "aceptó su propio desarme": a key term
  // that names an act, right after a possessive, is that act, its owner's, whatever verb governs it (see
  // StatementLexicon.possessives). Only the region's side can own it (see ownedBySide below).
  const actNouns = actNounHits(body, at, lex);
  // The verb or noun of a disbanding of armed bodies is the act of giving up arms (surrendering), as its key term is disarming.
  const disbanding = (a: Hit<ActionId>) => a.id === 'dissolve' && disbanded.some((k) => k.start < a.end && a.start < k.end);
  if (disbanded.length) for (const a of [...verbs, ...actNouns]) if (disbanding(a)) a.id = 'surrender';
  const possessed: Array<Hit<ActionId>> = concepts.flatMap((k) => {
    const act = ACT_OF_TERM.get(k.id);
    // (Arms a verb gives up are that verb's object: the verb is the act.)
    if (!act || verbs.some((v) => v.start < k.end && k.start < v.end) || handedTerms.some((h) => h.start === k.start) || !possessiveHits.some((p) => p.end <= k.start && /^\s+$/u.test(text.slice(p.end, k.start)))) return [];
    return [{ id: act, start: k.start, end: k.end }];
  });
  // "terminou com a rendição da república separatista", "the surrender of the Nagorno-Karabakh Republic":
  // a key term that names an act, tied by a genitive link to a name of the region's side right after it,
  // is that act, that side's (see the genitive complement below), whatever verb governs it. Only that
  // side: "the capitulation of Armenia" is a charge, and stays a key term.
  const sourceWords = hitsOf(0, lex.attributions, body, at);
  const sourceNamed = (n: { start: number }) => sourceWords.some((a) => a.end <= n.start && n.start - a.end <= SOURCE_NAME_GAP);
  const genitived: Array<Hit<ActionId>> = concepts.flatMap((k) => {
    const act = ACT_OF_TERM.get(k.id);
    if (!act || possessed.some((p) => p.start === k.start) || verbs.some((v) => v.start < k.end && k.start < v.end) || handedTerms.some((h) => h.start === k.start)) return [];
    const owner = named.find((n) => n.start >= k.end && wordsBetween(text, k.end, n.start) <= COMPLEMENT_WORDS);
    const link = owner ? text.slice(k.end, owner.start) : '';
    // Only where no other party is the sentence's subject before it: "Baku called for the capitulation of
    // the separatists" is Baku's wish, whatever unlisted verb says it; "the offensive of Baku ended with …",
    // "Baku's offensive ended in …" name Baku only in a genitive.
    // (Nor a source the sentence opens with: "De acordo com o Governo arménio, …" names who tells, not who acts.)
    const subjectBefore = named.some((n) => n.end <= k.start && n.id !== REGION_SIDE && !sourceNamed(n) && !lex.genitiveBefore?.test(text.slice(Math.max(at, n.start - GENITIVE_LOOKBACK), n.start)) && !POSSESSIVE_AFTER.test(text.slice(n.end, n.end + 3)) && !/['’]s$/iu.test(text.slice(n.start, n.end)));
    // Nor under a negation before it: "declarou que não pretende parar até a rendição dos separatistas"
    // waits for the surrender; it does not report it.
    // "капитуляцией Карабаха", "the disarmament of the local units": a noun of the act (StatementLexicon.actNouns)
    // whose genitive names that side by its words or the region's name is that side's too (see act-nouns.ts).
    const ownerNamed = owner?.id === REGION_SIDE && link.trim() !== '' && lex.roleOf.test(link);
    const sideNamed = !ownerNamed && onActNoun({ id: act, start: k.start, end: k.end }, actNouns) && regionGenitive(text, k.end, sentence.end, lex, named, actNouns, concepts) === REGION_SIDE;
    // "après la reddition des séparatistes", "gezien de overgave van …": after a preposition of
    // circumstance the noun phrase takes the act as done; the subject before neither wants nor owns it.
    // "Azerbaijani forces forced the capitulation of the Karabakh Armenians": a causative right before the noun (an
    // article between) says the subject made it happen; the act is done, and the region's side's.
    const forced = causatives.some((c) => c.end <= k.start && /^\s+(?:\p{L}{1,4}['’]?\s*)?$/u.test(text.slice(c.end, k.start)));
    if (!(ownerNamed || sideNamed) || (subjectBefore && !forced && !afterCircumstance(text, k.start, at, lex))) return [];
    lex.negations.lastIndex = 0;
    return lex.negations.test(body.slice(0, k.start - at)) ? [] : [{ id: act, start: k.start, end: k.end }];
  });
  const actions = [...verbs, ...nominal, ...caused, ...arrived, ...considered, ...decreed, ...possessed, ...genitived].sort((a, b) => a.start - b.start);
  if (disbanded.length) for (const a of actions) if (disbanding(a)) a.id = 'surrender';
  // "Nicht anerkannte Karabach-Republik": a negation inside a name is part of the name.
  // Nor one that shares words with a key term: "there was no reason to flee" states the reason's absence, which the key term holds.
  // "Bakou ne cherche qu'à achever …": a restrictive "ne … que" means "only", no negation.
  const restricted = lex.restrictives ? hitsOf(0, lex.restrictives, body, at) : [];
  // "o exército da república não reconhecida", "die nicht anerkannte Republik": a negation inside a
  // word of the region's side is an adjective of a noun phrase, not the clause's negation.
  const sideWords = lex.regionSide ? hitsOf(0, lex.regionSide, body, at) : [];
  // "insisted it had no forces of its own in Karabakh", "Armenia kept no troops there", "keine eigenen Truppen",
  // "aucune troupe": a negative determiner inside a party's own troops (see ownTroopsIn) or Armenia's army says
  // it has none, unlike one inside another key term, which is part of what the term states ("no reason to flee").
  const ownTroopNegation = (h: { start: number; end: number }) => concepts.some((t) => t.id === 'armenia-army-presence' && t.start <= h.start && h.end <= t.end);
  const negations = hitsOf(0, lex.negations, body, at).filter((h) => !restricted.some((r) => r.start === h.start) && ((!inConcept(h) && !concepts.some((c) => c.start < h.end && h.start < c.end)) || ownTroopNegation(h)) && !named.some((n) => n.start <= h.start && h.end <= n.end) && !sideWords.some((w) => w.start <= h.start && h.end <= w.end));
  // "etnik temizlik yapılmadı": a verb negated by its suffix counts only right after a key term (see trailing below).
  const verbNegations = lex.verbNegations ? hitsOf(0, lex.verbNegations, body, at).filter((h) => !inConcept(h)) : [];
  const rhetorical = hitsOf(0, lex.rhetorical, body, at);
  // "Para Pashinyan, …", "for Yerevan, …": a source frame that opens the sentence and ends at a comma;
  // elsewhere the same word is a preposition of purpose ("asked for aid para los refugiados").
  const leading = lex.leadingAttributions
    ? hitsOf(0, lex.leadingAttributions, body, at).filter((a) => OPENS.test(text.slice(at, a.start)) && FRAME_TO_COMMA.test(text.slice(a.end, a.end + 64)))
    : [];
  const attributions = [...sourceWords, ...leading].sort((a, b) => a.start - b.start);
  const agents = hitsOf(0, lex.agents, body, at);
  // A decree that is itself the act (see decreed) is no instrument before another verb.
  const instruments = instrumentHits.filter((d) => !decreed.some((a) => a.start === d.start));
  // "Why should we tolerate…" asks; its "should" is no duty.
  // "nada tiene que ver con…" denies; its "tiene que" is no duty either.
  // "hatten die Waffen strecken müssen": the modal of a past duty says the act was done (StatementLexicon.pastDuties).
  const pastDuties = lex.pastDuties ? hitsOf(0, lex.pastDuties, body, at) : [];
  // "non devono temere nulla", "no need to fear": a modal inside a key term is part of what it states, as a negation there is.
  const hedges = hitsOf(0, lex.hedges, body, at).filter((h) => !rhetorical.some((r) => r.start <= h.start && h.end <= r.end) && !negations.some((n) => n.start < h.end && h.start < n.end) && !pastDuties.some((d) => d.start <= h.start && h.end <= d.end) && !inConcept(h));
  const reversals = lex.reversals ? hitsOf(0, lex.reversals, body, at) : [];
  const halts = lex.halts ? hitsOf(0, lex.halts, body, at) : [];
  const subordinators = hitsOf(0, lex.subordinators, body, at);
  const passives = hitsOf(0, lex.passives, body, at);
  const years = [...body.matchAll(YEAR)].map((m) => Number(m[0]));
  const months = monthsNamed(body);

  const coordinators = hitsOf(0, lex.coordinators, body, at);
  const complementizers = hitsOf(0, lex.complementizers, body, at);
  // "…, ma funzionari armeni temono una pulizia etnica": a clause opened by a coordinator that holds a
  // hedge has a subject and a fear of its own; merged into the clause before, it would silence that one.
  // So has any clause that holds a fear of its own as a key term ("…, but tens of thousands of residents feared
  // reprisals", "…, diese fürchten aber Verfolgung", "…, que aun así temen represalias"): the fear is a statement apart.
  const ownsHedge = (c: Clause) => (coordinators.some((k) => k.start === c.start) && hedges.some((h) => h.start >= c.start && h.end <= c.end)) || concepts.some((k) => k.id === 'fear' && k.start >= c.start && k.end <= c.end);
  // "Pashinián, quien ha acusado … a Azerbaiyán de …, vaticinó que …": a relative clause between commas,
  // right after a name, ends at its closing comma; what follows is the name's own predicate, not more of
  // what the relative clause's verb governs.
  // "подписал указ, по которому …", "wydał dekret, który …": a comma inside a signed instrument leaves its
  // content in the signer's clause (see StatementLexicon.instruments).
  const split = splitClauses(body, at, lex, instrumentHits.length ? [...concepts, ...instrumentHits] : concepts);
  const relativeClauses = new Set(
    lex.relatives
      ? split.filter((c, i) => {
          const prev = split[i - 1];
          if (!prev || !mentions.some((m) => m.actor !== null && m.end <= prev.end && /^[\s"”»’']*$/u.test(text.slice(m.end, prev.end)))) return false;
          lex.relatives!.lastIndex = 0;
          const rel = lex.relatives!.exec(text.slice(c.start, c.start + 20));
          return !!rel && rel.index === 0 && !/[\p{L}\p{M}]/u.test(text[c.start + rel[0].length] ?? '');
        })
      : [],
  );
  // (Only while it is still itself: merged with what follows, it no longer ends at its comma.)
  // "Viele fürchten nun, aus ihrer Heimat vertrieben zu werden": a clause that ends on a hedge (a fear, a risk) with
  // nothing it governs after it in its own words governs the clause after its comma, which is what is feared.
  const endsOnHedge = (c: Clause) => {
    const last = hedges.filter((h) => h.start >= c.start && h.end <= c.end).pop();
    return !!last && !concepts.some((k) => k.start >= last.end && k.end <= c.end) && !actions.some((a) => a.start >= last.end && a.end <= c.end);
  };
  const clauses = mergeClauses(split, actions, concepts, ownsHedge, (prev) => [...relativeClauses].some((r) => r.start === prev.start && r.end === prev.end), endsOnHedge);
  const within = <T extends { start: number; end: number }>(list: T[], c: { start: number; end: number }) => list.filter((h) => h.start >= c.start && h.end <= c.end);
  const isQuote = OPENING_QUOTE.test(body);

  // The sentence's speaker: "according to X", or a clause that is only "X said".
  let speaker: ActorId | null = null;
  let sourceUnnamed = false;
  // "Moskau zufolge …", "Bakü'ye göre …": an attribution right after a name (or its case ending) is a
  // postposition, and that name its source; the name after it is the clause's own.
  const sourceBefore = (a: { start: number }) => mentions.find((m) => m.end <= a.start && resolve(m, carry.subject) !== null && POSTPOSED_SOURCE.test(text.slice(m.end, a.start)));
  const postposed = new Set(attributions.filter((a) => sourceBefore(a)));
  const sources = new Set(attributions.map(sourceBefore).filter((m): m is Mention => !!m));
  let lastSource: Mention | null = null;
  for (const a of attributions) {
    const before = sourceBefore(a);
    if (before) {
      speaker = resolve(before, carry.subject);
      continue;
    }
    // "according to the Armenian government": a name must follow; "according to the decree, it…" names no speaker.
    // "according to the decree, Armenia…": a name past the frame's comma is not its source. A word that
    // stands for the actor named before counts ("Według resortu", "по словам министра"): that actor speaks.
    // "laut einer Regierungssprecherin in Eriwan", "according to officials in Baku": an office and its seat.
    const next = mentions.find((m) => m.start >= a.end && (m.start - a.end < 12 || (m.start - a.end <= SOURCE_SEAT_REACH && seatOf(text, a.end, m.start, lex, m.end))) && resolve(m, carry.subject) !== null && !text.slice(a.end, m.start).includes(','));
    // "Volgens de regering in Bakoe en ook volgens Moskou …", "according to Baku and also according to
    // Moscow": attributions joined by a coordinator give one saying two sources; the one named first speaks.
    const joined = !!lastSource && speaker !== null && coordinators.some((k) => k.start >= lastSource!.end && k.end <= a.start) && onlyFunctionWords(text, lastSource.end, a.start, lex);
    if (next && !joined) speaker = resolve(next, carry.subject);
    if (next) lastSource = next;
    // "…, according to a legal scholar", "volgens rechtsgeleerde …": a source the lexicon cannot name
    // still makes the sentence someone's words, not the page's (see unnamedSpeaker below).
    else sourceUnnamed = true;
  }
  const attributionClauses = new Set<Clause>();
  // "…, wrote a photographer on Facebook": the sentence names its speaker, one the lexicon does not
  // know; its words are not those of whoever spoke before.
  let unnamedSpeaker = false;
  // "Según Mirzoyán, …", "nach Ansicht eines Beraters, …": a source frame opening the sentence makes what
  // follows someone's words even when the lexicon cannot name that someone.
  if (!speaker && (sourceUnnamed || attributions.some((a) => OPENS.test(text.slice(at, a.start)) && FRAME_TO_COMMA.test(text.slice(a.end, a.end + 64))))) unnamedSpeaker = true;
  for (const c of clauses.slice(1)) {
    const acts = within(actions, c);
    // "…, Pashinyan warned" attributes what precedes as "…, Pashinyan said" does.
    if (acts.length === 1 && (acts[0]!.id === 'say' || acts[0]!.id === 'warn') && within(concepts, c).length === 0) {
      // "…, declaró el ministro armenio Ararat Mirzoyan": a role before the name is its title; the name speaks.
      // "…, the Armenian foreign minister told the UN": a name after the verb is its subject only when nothing
      // but function words stands before the verb ("…, said Pashinyan"); after a noun phrase of its own it is the
      // one told, and the speaker is that phrase, one the lexicon cannot name.
      const act = acts[0]!;
      const ahead = within(mentions, c).filter((m) => m.end <= act.start);
      // (Not in a suffixing language, whose word order this does not follow, nor past a subordinator: "…, if they decide to stay, said Hajiyev".)
      const ownPhrase = !lex.suffixing && !onlyFunctionWords(text, c.start, act.start, lex) && !subordinators.some((w) => w.start >= c.start && w.end <= act.start);
      const pool = ahead.length ? ahead : ownPhrase ? [] : within(mentions, c);
      const who = pool.find((m) => m.actor !== null) ?? pool[0];
      if (who) {
        speaker ??= resolve(who, carry.subject);
        attributionClauses.add(c);
      } else if (text.slice(c.start, c.end).replace(text.slice(acts[0]!.start, acts[0]!.end), '').trim().length > 0) unnamedSpeaker = true;
    }
  }

  // "Pashinyan: Baku is carrying out ethnic cleansing", "Alijew: Niemand wird vertrieben": a first clause
  // that is only a name (a role and a name at most), ended by a colon, gives the speaker of what follows.
  const label = clauses[0];
  if (label && clauses.length > 1 && text[label.end] === ':' && within(actions, label).length === 0 && within(concepts, label).length === 0 && wordsBetween(text, label.start, label.end) <= LABEL_WORDS) {
    const who = within(mentions, label).find((m) => (m.actor ?? m.of) !== null && !afterPreposition(text, label.start, m.start, lex));
    if (who) {
      speaker ??= resolve(who, carry.subject);
      attributionClauses.add(label);
    }
  }

  // The name a clause opened by a relative pronoun ("…, Bakou, qui …") is about: the one right before its comma.
  const relativeTo = (from: number): Mention | undefined => {
    if (!lex.relatives) return undefined;
    lex.relatives.lastIndex = 0;
    const rel = lex.relatives.exec(text.slice(from, from + 20));
    if (!rel || rel.index !== 0 || /[\p{L}\p{M}]/u.test(text[from + rel[0].length] ?? '')) return undefined;
    return mentions.filter((m) => m.actor !== null && m.end <= from && /^[\s,]*$/u.test(text.slice(m.end, from))).pop();
  };
  // The source an attribution named before a point of the sentence ("according to Baku, …").
  const speakerBefore = (upTo: number): ActorId | null => (speaker && attributions.some((a) => a.end <= upTo && !postposed.has(a)) ? speaker : null);
  const frames: Frame[] = [];
  let sentenceSubject: ActorId | null = null;
  // A verb of saying or criticism whose own clause names nothing the reports speak of ("firmly rejected
  // that characterisation"), and its clause: a participle of saying right after its comma says what it
  // meant (see joinedClaim below).
  let openClaim: { start: number; actor: ActorId | null; clause: number } | null = null;
  const firstNamed = mentions.find((m) => m.actor !== null) ?? null;
  // "The Azerbaijani government and Russia, which…, had declared": a verbless first clause names the subject of a later verb.
  // A name after a preposition there is no subject ("Uma semana após a vitória do Azerbaijão, …"), unless
  // a role stands before it ("El primer ministro de Armenia, …").
  const ofRole = (m: Mention) => mentions.some((r) => r.actor === null && r.of === m.actor && r.end <= m.start && lex.roleOf.test(text.slice(r.end, m.start)));
  const firstLead = clauses[0] && within(actions, clauses[0]).length === 0 ? (within(mentions, clauses[0]).find((m) => m.actor !== null && !sources.has(m) && (ofRole(m) || (!afterPreposition(text, clauses[0]!.start, m.start, lex) && !keepsCompany(text, clauses[0]!.start, m.start, lex))))?.actor ?? null) : null;
  // "Il presidente della regione, Shahramanyan, ha firmato …": a second verbless clause that is only a
  // name, in apposition to a first that names no one, names the subject.
  const apposed = !firstLead && clauses[0] && clauses[1] && within(actions, clauses[0]).length === 0 && within(actions, clauses[1]).length === 0 ? within(mentions, clauses[1]).find((m) => m.actor !== null && m.start === clauses[1]!.start && m.end === clauses[1]!.end) : undefined;
  const lead = firstLead ?? apposed?.actor ?? null;
  // "Azerbaycan Cumhurbaşkanı Aliyev, Ermenilerin … söz verdi": a first clause that is only its subject, ending on the name.
  const leadIsSubject = !!lead && !!clauses[0] && within(mentions, clauses[0]).some((m) => m.actor !== null && /^[\s"”»’']*$/u.test(text.slice(m.end, clauses[0]!.end)) && !afterPreposition(text, clauses[0]!.start, m.start, lex));
  for (const clause of clauses) {
    if (attributionClauses.has(clause)) continue;
    const acts = within(actions, clause);
    const ms = within(mentions, clause);
    // "Aliyev, … ülke mevzuatı … belirtti": after a first clause that is only its subject, "the country"
    // and "he" stand for that subject, not for one named in an earlier sentence.
    // "Volgens Azerbeidzjan …: de president riep hen op …": a role in a later clause stands for the
    // source the sentence named before it sooner than for the subject of an earlier sentence.
    const antecedent: ActorId | null = clause === clauses[0] ? carry.subject : (sentenceSubject ?? (leadIsSubject ? lead : null) ?? speakerBefore(clause.start) ?? carry.subject);
    for (const unit of unitsOf(clause, acts, coordinators, ms, text, within(causatives, clause), within(complementizers, clause), within(subordinators, clause), within(references, clause))) {
      const action = unit.action;
      // "announced the arrival as the population fled after its recapture": what follows "as" is not what was announced.
      // Only a subordinator that opens a clause counts ("as the majority fled"), not "treated as equal citizens":
      // a name or a short word (an article) must follow it.
      // An elided "qu'" is followed by its word with no space ("tandis qu'un premier convoi").
      const opensClause = (w: { end: number }) =>
        mentions.some((m) => m.start >= w.end && m.start - w.end <= 1) || (/['’]$/u.test(text.slice(w.end - 1, w.end)) ? /^\p{L}{1,3}\s/u : /^\s+\p{L}{1,3}\s/u).test(text.slice(w.end, w.end + 6));
      // "agreed to lay down arms and that Azerbaijan lifted the blockade": "and that" opens another
      // clause with a subject of its own, so the act's terms stop there too.
      const nextClause = (w: { end: number }) => {
        const after = text.slice(w.end, w.end + 12);
        lex.complementizers.lastIndex = 0;
        const m = lex.complementizers.exec(after);
        return !!m && m.index > 0 && /^\s+$/u.test(after.slice(0, m.index));
      };
      // "afirma que integrará … y que la constitución protegerá sus derechos": after a verb of saying
      // followed by its "that", a second "and that" is more of what is said, not another clause's.
      const saysThat = !!action && ACTIONS[action.id].family === 'claim' && nextClause(action);
      const cut = action
        ? Math.min(
            subordinators.find((w) => w.start >= action.end && w.end <= unit.to && opensClause(w))?.start ?? unit.to,
            saysThat ? unit.to : (coordinators.find((w) => w.start >= action.end && w.end <= unit.to && nextClause(w))?.start ?? unit.to),
          )
        : unit.to;
      const stretch = concepts.filter((k) => k.start >= unit.from && k.end <= cut);
      // Where the act went is not what it is about, when it is about something else too.
      const own = stretch.some((k) => !routed(k)) ? stretch.filter((k) => !routed(k)) : stretch;
      // "колонны …, выезжавшими в Армению, шли в сопровождении российских военнослужащих": a noun form
      // of an act is said of what the sentence named before it, when its own stretch names nothing.
      // "Лачинский коридор, единственная дорога …, по-прежнему перекрыт …", "Misja ONZ, która dotarła …":
      // so is a verb whose sentence opens on verbless clauses (a noun and its apposition) that name them.
      const ci = clauses.indexOf(clause);
      const opening = ci > 0 && !unit.prev && clauses.slice(0, ci).every((c) => within(actions, c).length === 0 && !c.leadingSubordinate) ? clauses.slice(0, ci) : [];
      let keys =
        own.length === 0 && action && nominal.includes(action)
          ? concepts.filter((k) => k.end <= action.start && !PROPOSITIONS.has(k.id))
          : own.length === 0 && action && opening.length
            ? concepts.filter((k) => opening.some((c) => k.start >= c.start && k.end <= c.end) && !PROPOSITIONS.has(k.id))
            : own;
      // An opposite counts only where the unit does not also name the concept itself ("a personal decision, nothing to do with forced relocation").
      const opposite = opposed.filter((o) => keys.includes(o) && !keys.some((k) => k.id === o.id && !opposed.includes(k))).length;
      let actor: ActorId | null = null;
      let subjectMention: Mention | undefined;
      let contentSpeaker: ActorId | null = null;
      let undergoer: ActorId | null = null;
      let unnamedDoer: ActorId | null = null;
      // True for the noun of a request or a promise whose doer is the name after it (see doerLink): a
      // negation before the noun is its governing verb's ("did not trust the promises from Baku").
      let ownedNoun = false;
      if (action && unit.claim) {
        // "X told reporters that his country would…": X speaks; the deed's subject follows the verb of speaking.
        const claim = unit.claim;
        const claimer = ms.find((m) => m.start < claim.start);
        contentSpeaker = claimer ? resolve(claimer, antecedent) : (unit.prev?.actor ?? sentenceSubject ?? speaker);
        // "сообщили, что беженцев вывезут в Армению в сопровождении российских миротворцев": a noun form
        // whose doer follows it (StatementLexicon.agentAfter) has that doer in the content too, not a name before it.
        subjectMention = nominal.includes(action) ? ms.find((m) => m.start >= action.end && m.start - action.end < NOMINAL_REACH) : ms.find((m) => m.start > claim.end && m.start < action.start);
        // "обвиняют премьера в капитуляции", "accused the premier of capitulating": the deed an accusation
        // charges is the accused's, never the accuser's; with the accused unnamed it is no one's we know.
        const charge = CHARGES.has(claim.id) && ACTIONS[action.id].family !== 'claim';
        actor = subjectMention ? (subjectMention.actor ?? (charge ? null : contentSpeaker)) : charge ? null : contentSpeaker;
        // "Baku has been accused of blocking the corridor", "Bakou est accusé de bloquer la route": in a
        // passive charge the name before it is the accused, the doer of the deed; the accuser is unnamed.
        if (charge && !subjectMention && claimer?.actor && passives.some((p) => p.start >= claimer.end && p.end <= claim.start && wordsBetween(text, p.end, claim.start) === 0)) {
          actor = claimer.actor;
          contentSpeaker = null;
        }
      } else if (action && nominal.includes(action)) {
        // "The evacuation goes ahead under the escort of Russian peacekeepers": the doer is the name after the noun.
        subjectMention = ms.find((m) => m.start >= action.end && m.start - action.end < NOMINAL_REACH);
        actor = subjectMention ? resolve(subjectMention, antecedent) : null;
      } else if (action && nominalBefore.some((n) => n.id === action.id && n.start <= action.start && action.end <= n.end) && ms.some((m) => m.actor !== null && m.end <= action.start && wordsBetween(text, m.end, action.start) <= 1)) {
        // "travelled with a Russian peacekeeping escort": the name (or its adjective) right before the noun is its doer.
        subjectMention = ms.filter((m) => m.actor !== null && m.end <= action.start && wordsBetween(text, m.end, action.start) <= 1).pop();
        actor = subjectMention!.actor;
      } else if (action) {
        // "Convoys were escorted by Russian peacekeepers": the noun before a passive verb is not its actor.
        // "the separatists were forced to surrender": an infinitive after the passive is the named
        // subject's own act ("it was decided to dissolve" names none, and stays passive).
        const infinitive = isPreposition(text.slice(unit.from, action.start).trim().split(/\s+/u).pop(), lex) && ms.some((m) => m.actor !== null && m.start >= unit.from && m.end <= action.start);
        // "Ethnic cleansing is what Pashinyan has charged Azerbaijan with", "c'est ce que Bakou a nié": a
        // party named between the auxiliary and the verb, not after a preposition nor in an aside, is the
        // verb's own subject; the auxiliary belongs to the clause that frames it (a pseudo-cleft), no passive.
        const subjectInside = (p: { end: number }) => ms.some((m) => m.actor !== null && m.start >= p.end && m.end <= action.start && !afterPreposition(text, p.end, m.start, lex) && !/[,()]/u.test(text.slice(p.end, action.start)));
        const passive =
          passives.some((p) => p.start >= unit.from && p.end <= action.start && wordsBetween(text, p.end, action.start) <= 4 && !subjectInside(p)) &&
          !/ing$/iu.test(text.slice(action.start, action.end)) &&
          !infinitive;
        // "Azerbaijan forced the separatists to lay down their arms", "costretto alla resa le autorità
        // locali": the one forced does the act, named between the two verbs or right after the act. A
        // passive before the causative ("were forced to") leaves the subject the doer (see infinitive).
        const trailingCausative = causativeAfter(action) && !passives.some((p) => p.start >= unit.from && p.end <= action.start) ? causativeAfter(action) : undefined;
        // "costringendo i separatisti, isolati da Erevan, a capitolare": an aside between commas may have
        // cut the causative's clause off; it still governs the act, with no other act between them.
        const causative = causatives
          .filter(
            (c) =>
              c.end <= action.start &&
              (c.start >= unit.from ||
                (!actions.some((a) => a.start >= c.end && a.end <= action.start && !asideAt(text, c.end, a.start)) &&
                  wordsOutsideAsides(text, c.end, action.start) <= CAUSED_REACH &&
                  // Only across an aside: "forced Yerevan to talk, and the separatists capitulated" joins another clause.
                  !/[,;:]/u.test(text.slice(c.end, action.start).replace(ASIDE, ' ')) &&
                  !coordinators.some((k) => k.start >= c.end && k.end <= action.start && !asideAt(text, c.end, k.start)))) &&
              !passives.some((p) => p.end <= c.start && wordsBetween(text, p.end, c.start) <= 1 && p.start >= Math.min(unit.from, c.start)),
          )
          .pop();
        // The subject is the first name before the verb that is not a preposition's object ("Azerbaijan's
        // ambassador to the EU insisted"), after any "as", "when" ("left for Armenia as Azerbaijan retakes control").
        const opener = subordinators.filter((w) => w.start >= unit.from && w.end <= action.start).pop();
        // "Volgens Azerbeidzjan …", "according to Baku …": the name after an attribution is the speaker, not the subject.
        const all = ms.filter((m) => m.start >= unit.from && m.start < action.start && !sources.has(m) && !attributions.some((a) => !postposed.has(a) && a.end <= m.start && /^\s*(?:\p{L}{1,4}\s+)?$/u.test(text.slice(a.end, m.start))));
        const afterOpener = opener ? all.filter((m) => m.start >= opener.end) : [];
        const before = afterOpener.length ? afterOpener : all;
        // In a suffixing language a name with a case ending ("Azerbaycan'ı", "Ermenistan'a") is not the
        // subject either: with none other, the subject is the clause before's ("Paşinyan, Azerbaycan'ı … suçladı").
        const unmarked = lex.suffixing ? before.filter((m) => !CASE_ENDING.test(text.slice(m.end, m.end + 5)) && !(lex.caseEndings?.test(text.slice(m.start, m.end)) && !heads(text, m.end, lex))) : before;
        const caseMarkedOnly = before.length > 0 && unmarked.length === 0;
        // A name after a preposition is the subject only when nothing but function words stand before
        // it ("В Ереване заявили"): after a noun of its own ("Протестующие в Ереване капитулировали",
        // "the protesters in Yerevan") it says where that noun is, and the subject is the noun.
        // In a verb-second main clause opened by a prepositional phrase ("Vor dem eilig einberufenen UN-Sicherheitsrat
        // wiederholte Armeniens Außenminister den Vorwurf …"), a name inside that phrase, before any auxiliary, is
        // not the subject however many adjectives part it from the preposition: the subject follows the verb.
        const fronted = (m: Mention) => !!lex.verbSecond && !unit.prev && !opener && clause === clauses[0] && frontedPhrase(text, unit.from, m.start, lex);
        const first = unmarked.find((m) => !afterPreposition(text, unit.from, m.start, lex) && !keepsCompany(text, unit.from, m.start, lex) && !fronted(m));
        // "… poté, co ázerbájdžánské síly prolomily obranu a karabašské úřady kapitulovaly": a name right after a
        // coordinator that follows words of another predicate is the subject of the second conjunct, the verb's own;
        // "Azerbaijan and Russia agreed" joins two names with nothing between them and keeps the first.
        const conjunct = first && coordinators.filter((k) => k.start >= first.end && k.end <= action.start && wordsBetween(text, first.end, k.start) >= CONJUNCT_WORDS).flatMap((k) => unmarked.filter((m) => m.start >= k.end && wordsBetween(text, k.end, m.start) <= 1 && !afterPreposition(text, k.end, m.start, lex))).pop();
        const free = conjunct ?? first;
        // A genitive is no place: "une mission des Nations unies est arrivée", "la capitulación de la
        // autoproclamada República" are the name's own mission and capitulation.
        const owned = (m: Mention) => {
          const words = text.slice(unit.from, m.start).trim().split(/\s+/u);
          return words.length >= 2 && [1, 2].some((n) => words.length > n && lex.roleOf.test(words.slice(-n).join(' ')) && words.slice(-n).join(' ') !== '');
        };
        // In a verb-second language a prepositional phrase before the verb leaves the subject after it
        // ("Vor der UN-Debatte versicherte Außenminister Bajramow, …").
        const placed =
          unmarked[0] &&
          ((onlyFunctionWords(text, unit.from, unmarked[0].start, lex) && !(afterPreposition(text, unit.from, unmarked[0].start, lex) && (wordsBetween(text, unmarked[0].end, action.start) > PLACE_VERB_WORDS || afterPreposition(text, unmarked[0].end, action.start, lex)))) || owned(unmarked[0]) || seatOf(text, unit.from, unmarked[0].start, lex, unmarked[0].end) || officeFor(text, unit.from, unmarked[0].start, lex)) &&
          !(lex.verbSecond && !unit.prev && !opener && clause === clauses[0] && verbSecondPlace(text, unit.from, action.start, false, lex))
            ? unmarked[0]
            : undefined;
        subjectMention = passive || caseMarkedOnly ? undefined : (free ?? placed);
        // "ռուս խաղաղապահների կողմից ուղեկցվել", "Rus barış güçleri tarafından", "Bakı tərəfindən": a
        // suffixing language puts its agent word after the name, so the doer is the name right before it,
        // wherever the verb stands and whether or not an auxiliary marks it passive (Armenian and
        // Azerbaijani mark the passive inside the verb).
        const postAgent = lex.suffixing
          ? agents.filter((g) => g.start >= unit.from && g.end <= unit.to).map((g) => ms.filter((m) => m.start >= unit.from && m.end <= g.start && wordsBetween(text, m.end, g.start) === 0).pop()).find((m) => m !== undefined)
          : undefined;
        if (postAgent) {
          subjectMention = postAgent;
          actor = resolve(postAgent, antecedent);
        } else if (passive) {
          const marker = agents.find((g) => g.start >= unit.from && g.end <= unit.to && ms.some((m) => m.start >= g.end && m.start - g.end < 8));
          const agent = marker ? ms.find((m) => m.start >= marker.end && m.start - marker.end < 8) : undefined;
          subjectMention = agent;
          actor = agent ? resolve(agent, antecedent) : (unit.prev?.actor ?? sentenceSubject ?? speaker);
          // "All the institutions of the unrecognised republic will be dissolved": the name before the verb undergoes it.
          if (!agent) undergoer = before.find((m) => m.actor !== null)?.actor ?? null;
          // "Según las fuerzas rusas, el armamento … ha empezado a ser entregado", "the republic was
          // dissolved": an act only one party does that names its own object, in a passive with no agent,
          // is not the speaker's or the subject before's. Its doer is the one the reports give it to: the
          // region's own side, the only one that does it (the judge then finds it only in a report of that
          // side's act, and gives it to no one else).
          // Only with its auxiliary right before it ("was dissolved", "ha empezado a ser entregado", "was
          // formally disbanded"): "hoped the fighting would be over and the army disbanded" has no passive of it.
          const tight = passives.some((p) => p.start >= unit.from && p.end <= action.start && wordsBetween(text, p.end, action.start) <= TIGHT_PASSIVE_WORDS && !coordinators.some((k) => k.start >= p.end && k.end <= action.start));
          // What undergoes it must be the region's own: its name, a word of its side ("the breakaway
          // republic"), or the arms it gives up. "When the Soviet Union was dissolved" is another state's end.
          const undergone = text.slice(unit.from, action.start);
          const own = undergoer !== null || handed.some((h) => h.start >= unit.from && h.end <= action.start) || regionUndergoes(undergone, lex) || sideOf(text, unit.from, action.start, lex) !== null;
          if (!agent && tight && own && ACTIONS[action.id].singleAgent && ACTS_AS_TERMS[action.id] && !unit.prev) {
            actor = null;
            if (undergoer === null) unnamedDoer = REGION_SIDE;
          }
        } else if (!causative && trailingCausative) {
          // "Aserbaidschan hatte die Führung der Republik Arzach mit einem kurzen, harten Angriff zur
          // Aufgabe gezwungen": the subject forces; the one forced is named between it and the act (the
          // last name there), or is the region's side that words there name ("die örtlichen Behörden").
          // From the sentence's last act before it: a comma between adjectives may have cut the clause.
          const since = Math.max(at, ...actions.filter((a) => a.end <= action.start).map((a) => a.end));
          const named = mentions.filter((m) => m.start >= since && m.end <= action.start && !sources.has(m));
          const forcer = named.find((m) => (m.actor ?? m.of) !== null && !afterPreposition(text, since, m.start, lex));
          const forced = forcer ? named.filter((m) => m.start >= forcer.end && (m.actor ?? m.of) !== null).pop() : undefined;
          subjectMention = forced;
          actor = forced ? (forced.actor ?? forced.of ?? null) : null;
          if (actor === null && forcer) unnamedDoer = sideOf(text, forcer.end, action.start, lex);
        } else if (causative) {
          const forced =
            mentions.find((m) => m.start >= causative.end && m.end <= action.start) ??
            ms.find((m) => m.start >= action.end && wordsBetween(text, action.end, m.start) <= 2 && !afterPreposition(text, action.end, m.start, lex));
          subjectMention = forced;
          // A forced party the lexicon cannot name ("the local authorities") is no one we know: not the forcer.
          actor = forced ? (forced.actor ?? forced.of ?? null) : null;
          // "obligó a los armenios del enclave a capitular", "costretto alla resa le autorità locali": the
          // forced party's words, between the two verbs or right after the act.
          if (actor === null) unnamedDoer = sideOf(text, causative.end, Math.min(unit.to, action.end + FORCED_AFTER), lex);
          // "compelled Karabakh's small army to put down its weapons": a short forced phrase that names the
          // region is its side, for an act only that side does.
          // Its head must be a body of the region ("army", "authorities"), not anyone in it ("the protesters in Karabakh").
          if (actor === null && unnamedDoer === null && !forced && ACTIONS[action.id].singleAgent && ACTS_AS_TERMS[action.id] && wordsBetween(text, causative.end, action.start) <= FORCED_WORDS && namesRegion(text.slice(causative.end, action.start)) && !!lex.institutions && ((lex.institutions.lastIndex = 0), lex.institutions.test(text.slice(causative.end, action.start))))
            unnamedDoer = REGION_SIDE;
          // "… a balayé les combattants arméniens du Karabakh et les a contraints à capituler": a forced
          // party given only by a pronoun is the one the sentence named before the causative. For an act
          // only the region's side does, words of that side there say it is that side.
          if (actor === null && unnamedDoer === null && (!forced || (forced.actor === null && forced.of === null)) && ACTIONS[action.id].singleAgent && ACTS_AS_TERMS[action.id]) unnamedDoer = sideOf(text, at, causative.start, lex);
        } else if (subjectMention) actor = resolve(subjectMention, antecedent);
        else if (caseMarkedOnly) actor = unit.prev?.actor ?? sentenceSubject ?? lead ?? speaker ?? antecedent;
        else if (leadIsSubject && clause !== clauses[0] && !unit.prev && !sentenceSubject) actor = lead;
        else if (relativeTo(unit.from)) {
          // "…, malgré Bakou, qui les exhorte à rester": the name before the relative pronoun is the subject.
          subjectMention = relativeTo(unit.from)!;
          actor = resolve(subjectMention, antecedent);
        }
        else {
          // "convoys escorted by Russian peacekeepers": an agent right after the verb; "blockierte es die Straße von Armenien" has none.
          const by = agents.find((g) => g.start >= action.end && g.start - action.end <= 2);
          const agent = by ? ms.find((m) => m.start >= by.end && m.start - by.end < 8) : undefined;
          // "Volgens Azerbeidzjan leggen de separatisten hun wapens neer": after a leading "according to X"
          // the subject follows the verb (or stands inside a verb in two parts). Only there: in "Los
          // armenios … disolverán su república" the subject is a noun the lexicon does not know, and the
          // name after the verb is its object.
          const attributed = attributions.find((a) => a.start >= unit.from && onlyFunctionWords(text, unit.from, a.start, lex));
          const speakerAt = attributed ? ms.find((m) => m.start >= attributed.end && /^\s*(?:\p{L}{1,4}\s+)?$/u.test(text.slice(attributed.end, m.start))) : undefined;
          const leadsIn = !!speakerAt && onlyFunctionWords(text, speakerAt.end, action.start, lex);
          const inverted = by || !leadsIn ? undefined : ms.find((m) => m.start >= action.start && (m.start < action.end || /^\s*(?:\p{L}{1,4}\s+)?$/u.test(text.slice(action.end, m.start))) && !afterPreposition(text, action.start, m.start, lex));
          // "Ook beschuldigde Jerevan Bakoe …", "Nach einem Tag ergaben sich die Separatisten": in a
          // verb-second language a clause opened by an adverb or a prepositional phrase has its subject
          // right after the verb.
          const previous = clauses[clauses.indexOf(clause) - 1];
          // A verb in two parts holds its subject between them ("warf die Regierung … vor"): look after its first word.
          const verbWordEnd = action.start + (/^\S+/u.exec(text.slice(action.start, action.end))?.[0].length ?? 0);
          const second =
            !by && !inverted && lex.verbSecond && !unit.prev && !opener && (clause === clauses[0] || !!previous?.leadingSubordinate) && verbSecondPlace(text, unit.from, action.start, !!previous?.leadingSubordinate, lex)
              ? ms.find(
                  (m) =>
                    m.start >= verbWordEnd &&
                    // "nannte der Präsidentenberater …", "kapituliert sie": a word for the one named before
                    // is a subject after the verb as before it.
                    resolve(m, antecedent) !== null &&
                    ((wordsBetween(text, verbWordEnd, m.start) <= 2 && !/\p{Lu}/u.test(text.slice(verbWordEnd, m.start)) && !afterPreposition(text, verbWordEnd, m.start, lex)) ||
                      // "warf die Regierung in Jerewan Aserbaidschan … vor": a state's body and its seat.
                      (wordsBetween(text, verbWordEnd, m.start) <= SEATED_SUBJECT_WORDS && seatOf(text, verbWordEnd, m.start, lex, m.end))),
                )
              : undefined;
          // "Aus Baku verlautete, …", "Aus Baku hieß es, …": a verb-second clause whose verb has no subject
          // after it (at most a short "es" before its comma or colon) is said from the place fronted before
          // it: that place's government speaks, as "В Ереване заявили" does.
          const impersonal =
            !second && lex.verbSecond && !unit.prev && !opener && clause === clauses[0] && unmarked[0] && onlyFunctionWords(text, unit.from, unmarked[0].start, lex) && afterPreposition(text, unit.from, unmarked[0].start, lex) && onlyFunctionWords(text, unmarked[0].end, action.start, lex) && IMPERSONAL_AFTER.test(text.slice(action.end, action.end + IMPERSONAL_REACH))
              ? unmarked[0]
              : undefined;
          if (second || impersonal) {
            subjectMention = (second ?? impersonal)!;
            actor = resolve(subjectMention, antecedent);
          } else {
          subjectMention = agent ?? inverted;
          // A clause whose verb follows only "and has", "arguing", "before" shares the subject before it; one
          // with a subject of its own the lexicon does not know ("most say…") has no actor we can name.
          // "ha firmato un decreto che scioglie …": the act a signed instrument does is its signer's.
          const instrument = instruments.filter((d) => d.start >= unit.from && d.end <= action.start).pop();
          const bare = onlyFunctionWords(text, unit.from, action.start, lex) || (!!instrument && onlyFunctionWords(text, unit.from, instrument.start, lex) && onlyFunctionWords(text, instrument.end, action.start, lex));
          // A verbless first clause that names the subject comes before an "according to" further on.
          actor = agent ? resolve(agent, antecedent) : !bare && inverted ? resolve(inverted, antecedent) : bare ? (unit.prev?.actor ?? sentenceSubject ?? (isQuote && !unnamedSpeaker ? carry.speaker : null) ?? lead ?? speaker) : null;
          // "Rechazó Bakú las acusaciones", "Ha negato Baku ogni pulizia etnica", "Obvinil Jerevan
          // Ázerbájdžán z …": a clause that opens on its verb, with no subject before it or in the
          // sentence, has it right after the verb.
          // So is one with only an adverb before its verb ("по-прежнему перекрыт азербайджанской стороной").
          // "Per il ministero degli Esteri azero, che ha respinto …": a relative pronoun inside the
          // clause, right after a name and its comma, with only function words on to the verb, makes
          // that name the verb's subject, as at a clause's start (relativeTo).
          if (!agent && actor === null && lex.relatives) {
            const rel = hitsOf(0, lex.relatives, text.slice(unit.from, action.start), unit.from).filter((r) => onlyFunctionWords(text, r.end, action.start, lex)).pop();
            const antecedentName = rel ? relativeTo(rel.start) : undefined;
            if (antecedentName) {
              subjectMention = antecedentName;
              actor = resolve(antecedentName, antecedent);
            }
          }
          // "«…», denunció el canciller armenio Ararat Mirzoyan": a clause right after a closing quotation
          // mark is the quotation's tag, its speaker after the verb with a title before the name.
          const tag = QUOTE_TAG.test(text.slice(Math.max(at, unit.from - QUOTE_TAG_REACH), unit.from));
          const postposed: Mention | undefined = !agent && (bare || !nounPhrase(text, unit.from, action.start)) && actor === null ? postposedSubject(text, action, unit.to, ms, lex, tag) : undefined;
          if (postposed) {
            subjectMention = postposed;
            actor = postposed.actor;
          }
          // "Capitula a república não reconhecida de Nagorno-Karabakh": a clause that opens on an act only the
          // region's side does, with no one named before it, has its doer right after the verb, as a noun
          // phrase the lexicon cannot name: the side its words name (sideOf), up to the phrase's end. Not one
          // that holds a key term ("el ejército armenio", Armenia's troops) or names another party.
          if (bare && actor === null && !postposed && !unit.prev && !lex.suffixing && ACTIONS[action.id].singleAgent && ACTS_AS_TERMS[action.id] && onlyFunctionWords(text, clause.start, action.start, lex)) {
            const rest = text.slice(action.end, unit.to);
            const phraseEnd = action.end + (/[,.;:!?()«»"“”]/u.exec(rest)?.index ?? rest.length);
            const phrase = { start: action.end, end: phraseEnd };
            if (!concepts.some((k) => k.start < phrase.end && phrase.start < k.end && k.start >= action.end) && !ms.some((m) => m.start >= phrase.start && m.end <= phrase.end && m.actor !== null && m.actor !== REGION_SIDE))
              unnamedDoer = sideOf(text, phrase.start, phrase.end, lex);
          }
          // Words of its own before the verb and no name among them: a subject the lexicon cannot name.
          // Not a lone lower-case word ("…, entretanto dissolvida"): an adverb, not a noun phrase.
          // After a leading "when", "nachdem", the subject starts past it ("Nachdem Berg-Karabach seine Selbstauflösung …").
          // "Karabakh committed itself to disbanding its forces": for an act only the region's side does,
          // a phrase that opens on the region's name has it as its subject, however long the unlisted
          // verb before the act ("committed itself to", "decided to").
          // Not in a suffixing language, where a name opening the phrase may be in a case that is no
          // subject's ("Qarabağda baş verənlər …": what happened in Karabakh).
          const ownAct = ACTIONS[action.id].singleAgent && !!ACTS_AS_TERMS[action.id] && !lex.suffixing;
          if (!agent && !bare && !inverted && !all.length && nounPhrase(text, unit.from, action.start)) unnamedDoer = sideOf(text, opener && onlyFunctionWords(text, unit.from, opener.start, lex) ? opener.end : unit.from, action.start, lex, ownAct);
          // "hat die nicht anerkannte Regierung Arzachs entschieden, bis zum Jahresende sämtliche Behörden
          // aufzulösen", "Moskau zufolge haben die armenischen Kämpfer begonnen, ihre Waffen abzugeben": an
          // act only the region's side does, in a clause that follows a first clause with no act and no
          // name of a party but the region's side's own words (its subject and an unlisted verb: "decided",
          // "begun"), is that side's. Not after a passive ("nachdem die Regierung aufgelöst wurde").
          // A clause opened by a subordinator or "that" has a subject of its own ("nachdem die Regierung …").
          // So does one with a noun phrase before its act that is no adverbial ("the army had laid down its
          // weapons"); "bis zum Jahresende sämtliche Behörden aufzulösen" opens on a preposition.
          // Adverbs and function words aside ("sich vollständig aufzulösen", "zichzelf volledig te ontbinden").
          const preWords = text.slice(unit.from, action.start).replace(/[^\p{L}\p{M}'’\s-]/gu, ' ').trim().split(/\s+/u).filter(Boolean);
          // "hat per Erlass … angeordnet", "hat ihre eigene Auflösung verkündet": a prepositional phrase and a
          // possessive are no subject of the clause's own (see subjectWords).
          const content = subjectWords(preWords, lex);
          const ownSubject = !!opener || complementizerAt(text, unit.from, lex) || (!isPreposition(preWords[0], lex) && (content.length >= 2 || (content.length === 1 && /^\p{Lu}/u.test(content[0]!))));
          // "Die abtrünnige Führung der Enklave Bergkarabach, nach internationalem Recht ein Teil
          // Aserbaidschans, hat ihre eigene Auflösung verkündet", "Der Präsident der Republik Arzach, Samwel
          // Schachramanjan, hat … angeordnet": verbless clauses between commas after the first are its
          // appositions and asides; the subject is the first clause's, or, when it names none, an apposition's.
          const ci = clauses.indexOf(clause);
          const opening = ci >= 1 && ci <= 1 + APPOSITIONS && within(actions, clauses[0]!).length === 0 && clauses.slice(1, ci).every((c) => within(actions, c).length === 0 && !c.leadingSubordinate) ? clauses.slice(0, ci) : [];
          if (actor === null && unnamedDoer === null && !agent && !ownSubject && !unit.prev && opening.length) {
            for (const lead of opening) {
              // Its names: none but the region's side's own ("die örtlichen Behörden in Bergkarabach"), and that not after a preposition.
              const named = within(mentions, lead).filter((m) => (m.actor ?? m.of) !== null && !sources.has(m));
              // "The ambassador of Azerbaijan, Leyla Abdullayeva, denied …", "l'ambassadrice d'Azerbaïdjan en France,
              // Leyla Abdullayeva, a contesté …": a role tied to its state (Mention.of) opening the clause is that
              // state's, whatever the act.
              // (The role may be a mention of its own, or the state's name read as the seat or the office it follows; a place
              // after the name is where the role serves: "l'ambassadrice d'Azerbaïdjan en France".)
              const role = named.find((m) => (m.actor === null ? !!m.of && onlyFunctionWords(text, lead.start, m.start, lex) : seatOf(text, lead.start, m.start, lex) || officeFor(text, lead.start, m.start, lex)));
              if (role) {
                subjectMention = role;
                actor = role.actor ?? role.of!;
                break;
              }
              if (!ownAct) {
                if (named.length) break;
                continue;
              }
              const side = named.find((m) => m.actor === REGION_SIDE && !afterPreposition(text, lead.start, m.start, lex));
              if (named.length === 0) unnamedDoer = sideOf(text, lead.start, lead.end, lex, true);
              else if (side && named.every((m) => m.actor === REGION_SIDE)) {
                subjectMention = side;
                actor = REGION_SIDE;
              }
              // A clause that names a party or a side ends the search: an aside after it is no subject.
              if (actor !== null || unnamedDoer !== null || named.length) break;
            }
          }
          // "The dissolution of the breakaway republic followed …", "la capitulation des séparatistes": an
          // act only one party does and that names its own object (surrendering, dissolving), with no doer
          // found before it, is done by the separatist side when that side is what its complement names.
          // Not in a suffixing language, whose complement stands before its noun ("qurumun ləğvi"): a name
          // after the act there opens the next clause.
          if (actor === null && unnamedDoer === null && !agent && !lex.suffixing && ACTIONS[action.id].singleAgent && ACTS_AS_TERMS[action.id]) {
            const complement = ms.find((m) => m.start >= action.end && m.end <= unit.to && wordsBetween(text, action.end, m.start) <= COMPLEMENT_WORDS);
            if (complement?.actor === 'separatists') {
              subjectMention = complement;
              actor = 'separatists';
            }
          }
          // "une exigence absolue de Bakou", "auf Ersuchen Armeniens", "the demands from Baku": the noun of
          // a request or a promise, with no doer found before it, is the act of the name tied to it right
          // after (a genitive, "of", "from", "da parte di"). Not of other acts: "the condemnation of Baku"
          // has Baku as its object.
          // "Die Auflösung aller Behörden ist von der Regierung der nicht anerkannten Republik beschlossen
          // worden", "the surrender was signed by the separatist leaders": an act's noun as the subject of
          // a passive has its doer in the passive's agent, further on.
          if (actor === null && unnamedDoer === null && !agent && ACTS_AS_TERMS[action.id] && ACTIONS[action.id].singleAgent) {
            // To the clause's end: the passive's own verb ("beschlossen worden") may be read as a second act.
            const marker = agents.find((g) => g.start >= action.end && g.end <= clause.end && passives.some((p) => p.start >= action.end && p.end <= clause.end));
            const doer = marker ? ms.find((m) => m.start >= marker.end && m.start - marker.end < 8) : undefined;
            // Only the region's side, as for a possessed act: "the dissolution was welcomed by Baku" is no dissolving by Baku.
            if (doer?.actor === REGION_SIDE) {
              subjectMention = doer;
              actor = REGION_SIDE;
            } else if (marker && !doer) unnamedDoer = sideOf(text, marker.end, Math.min(clause.end, marker.end + PASSIVE_AGENT_REACH), lex);
          }
          if (actor === null && unnamedDoer === null && !agent && SUBJECTIVE_ACTS.has(action.id)) {
            const owner = ms.find((m) => m.actor !== null && m.start >= action.end && m.end <= unit.to && wordsBetween(text, action.end, m.start) <= OWNER_WORDS);
            if (owner && doerLink(text.slice(action.end, owner.start), lex)) {
              subjectMention = owner;
              actor = owner.actor;
              ownedNoun = true;
            }
          }
          // "Aliyev si è detto certo … . In conferenza stampa con Erdogan, ha rimarcato di aver ripristinato la
          // sovranità": in a language that leaves a known subject unsaid, a clause with nothing but function words
          // before its verb and no subject found anywhere in the sentence is the last sentence's subject's.
          if (actor === null && unnamedDoer === null && !agent && bare && !isQuote && !unit.prev && !sentenceSubject && !lead && !speaker && auxiliaryOpens(text, unit.from, action.start, lex)) actor = carry.subject;
          }
        }
      }
      // "levou à capitulação das forças separatistas", "welcomed the dissolution of the separatist
      // government": the noun of an act only the region's side does, tied by a genitive link ("of", "das",
      // "des", "der") to a name of that side, is that side's act, whoever the clause's subject is (the
      // subject led to it, welcomed it, announced it). Only the separatists: "the capitulation of Armenia"
      // is a charge, and a verb ("dissolved the republic") takes its object with no link.
      if (action && !lex.suffixing && ACTIONS[action.id].singleAgent && ACTS_AS_TERMS[action.id] && actor !== REGION_SIDE && !unit.flip) {
        const complement = ms.find((m) => m.start >= action.end && m.end <= unit.to);
        const link = complement ? text.slice(action.end, complement.start) : '';
        if (complement?.actor === REGION_SIDE && link.trim() !== '' && lex.roleOf.test(link) && wordsBetween(text, action.end, complement.start) <= COMPLEMENT_WORDS) {
          subjectMention = complement;
          actor = REGION_SIDE;
          unnamedDoer = null;
        } else if (unnamedDoer !== REGION_SIDE && onActNoun(action, actNouns) && regionGenitive(text, action.end, clause.end, lex, named, actNouns, concepts) === REGION_SIDE) {
          // "прекращение существования республики Арцах", "rozbrojenie oddziałów separatystów": the noun's
          // genitive names the region's side by its words, not by a name: the act is that side's, unnamed.
          subjectMention = undefined;
          actor = null;
          unnamedDoer = REGION_SIDE;
        }
      }
      // "Уже на следующий день Нагорный Карабах капитулировал", "Nagorno-Karabakh surrendered": the region's name as the
      // subject right before a verb of an act only its side does (surrendering, dissolving) names that side, unnamed.
      if (action && actor === null && unnamedDoer === null && !lex.suffixing && ACTIONS[action.id].singleAgent && ACTS_AS_TERMS[action.id] && !onActNoun(action, actNouns) && regionSubjectBefore(text, unit.from, action.start, lex)) unnamedDoer = REGION_SIDE;
      // "The Armenians fled despite the promises from Baku that …", "misstrauen den Zusicherungen aus Baku":
      // the noun of a promise tied by a link word right after it ("from", "de", "van", "aus") to a name
      // is that name's promise, whoever the clause's subject is. Only with a link word and nothing else
      // between: a verb of promising takes no "from" before a name, while "asked Russia for" and
      // "exigé de Bakou" (demanded of Baku) have the asker as subject, so requests and demands stay as they are.
      if (action?.id === 'pledge' && !unit.claim && !(subjectMention && subjectMention.start >= action.end)) {
        const owner = ms.find((m) => m.actor !== null && m.start >= action.end && m.end <= unit.to && wordsBetween(text, action.end, m.start) <= OWNER_WORDS);
        const link = owner ? text.slice(action.end, owner.start) : '';
        if (owner && owner.actor !== actor && link.trim() !== '' && linkOnly(link, lex)) {
          subjectMention = owner;
          actor = owner.actor;
          unnamedDoer = null;
          ownedNoun = true;
        }
      }
      // "ha ricevuto dall'Armenia una richiesta di assistenza", "è giunta, da parte della Repubblica di
      // Armenia, una richiesta": the noun of a request or a promise with its doer tied to it by a link right
      // before it is that doer's, not the subject's that receives it (see act-nouns.ts).
      if (action && SUBJECTIVE_ACTS.has(action.id) && !unit.claim && onActNoun(action, actNouns)) {
        const doer = linkedDoerBefore(text, action, at, lex, named);
        if (doer && doer.id !== actor) {
          subjectMention = mentions.find((m) => m.start === doer.start);
          actor = doer.id;
          unnamedDoer = null;
          ownedNoun = true;
        }
      }
      // "В Степанакерт прибыла миссия ООН", "eine UN-Delegation ist eingetroffen": a mission's arrival is
      // its owner's sending it, and the owner is the name its noun is compounded with or the genitive after
      // it, not whatever stands before the verb (see act-nouns.ts).
      if (action && arrived.includes(action)) {
        const owner = missionOwner(text, keys.filter((k) => k.id === 'mission'), lex, named);
        if (owner) {
          subjectMention = mentions.find((m) => m.start === owner.start);
          actor = owner.id;
          unnamedDoer = null;
        }
      }
      // A party's own troops are Armenia's army in Karabakh only when Armenia is the one who has them (see ownTroopsIn).
      if (actor !== TROOPS_OWNER && keys.some((k) => ownTroopTerms.includes(k as Hit<ConceptId>))) keys = keys.filter((k) => !ownTroopTerms.includes(k as Hit<ConceptId>));
      let conceptIds = unique(keys.map((k) => k.id));
      let anaphoric = false;
      if (conceptIds.length === 0 && action && carry.concepts.length && carry.conceptsAge <= 1) {
        // "Baku has denied the claim", "why should we tolerate that?": the object is what was just said.
        const refers = action.id === 'deny' || action.id === 'concede' || references.some((r) => r.start >= action.end && r.end <= unit.to);
        // "Pashinyan denounced ethnic cleansing and predicted that no Armenian would remain. Baku rejected
        // that claim": a claim denied is the allegations the sentence before made, in any of its clauses;
        // with none, what its last clause named.
        // "Armenia's ministry said … ethnic cleansing. The ministry dismissed Baku's argument …": no party denies
        // the allegation its last sentence made; its denial is of someone else's words. (An allegation earlier in
        // this sentence is someone else's: "Armenians dreaded ethnic cleansing, a charge Baku has brushed aside".)
        const ownWords = action.id === 'deny' && carry.conceptsAge > 0 && actor !== null && actor === carry.speaker;
        if (refers && !ownWords) {
          conceptIds = carry.allegations.length ? [...carry.allegations] : [...carry.concepts];
          anaphoric = true;
        }
      }
      if (keys.length) {
        const alleged = conceptIds.filter((c) => PROPOSITIONS.has(c));
        carry.allegations = carry.conceptsAge === 0 ? unique([...carry.allegations, ...alleged]) : alleged;
        carry.concepts = conceptIds;
        carry.conceptsAge = 0;
      }
      // An act read from a noun's genitive ("la capitulación de la República … y la disolución de sus
      // fuerzas armadas") has its doer in that genitive, not as a subject: the acts after it do not share it.
      if (action && !genitived.includes(action)) {
        unit.actor = actor;
        sentenceSubject ??= contentSpeaker ?? actor;
      }
      // "Azerbaijan welcomed their surrender": the owner of a possessed act is not the subject of an
      // unlisted verb; only the side that can do the act (surrendering, dissolving) owns it.
      if (action && (possessed.includes(action) || genitived.includes(action)) && !ownedBySide(actor, unnamedDoer)) continue;
      // "Russia handed over weapons to Armenia": giving arms up is the region's side's act; handing arms
      // to someone by another party is another event (see StatementLexicon.arms).
      if (action && handedActs.includes(action) && !ownedBySide(actor, unnamedDoer) && undergoer !== REGION_SIDE) continue;
      if (conceptIds.length === 0) {
        if (action && !unit.claim && OPEN_CLAIMS.has(ACTIONS[action.id].family)) openClaim = { start: action.start, actor, clause: clauses.indexOf(clause) };
        continue;
      }
      // "could face ethnic cleansing", "concerns of a possible…": a fear or a forecast states nothing that happened.
      // Not one past a comma after the last key term: "rejected claims that it set out to empty the
      // enclave, telling AFP that residents could stay" hedges what it tells, not what it rejects.
      const keysEnd = Math.max(...keys.map((k) => k.end));
      // "warned of the risk of ethnic cleansing", "ha messo in guardia dal rischio di": the risk a warning
      // names right after its verb is what it warns of, no hedge of the warning (see warnedRisk).
      // A hedge inside the verb's own words ("voiced concern over") is the verb, not a hedge of what it says.
      if (hedges.some((h) => h.start >= unit.from && h.end <= unit.to && !(action && h.start >= action.start && h.end <= action.end) && !(h.start >= keysEnd && /[,;:]/u.test(text.slice(keysEnd, h.start))) && !(action?.id === 'warn' && warnedRisk(text, action, h, complementizers)))) continue;
      // "declared his decree on the dissolution invalid": undoing an act is another event than the act.
      if (reversals.some((r) => r.start >= unit.from && r.end <= unit.to)) continue;
      let fact = !action;
      let frameActor = actor;
      let frameAction: ActionId | null = action?.id ?? null;
      // "denounced the exodus as ethnic cleansing", "condemned the expulsion": to criticise what the
      // reports give as an allegation is to allege it.
      // But "condemned the premier's remarks about ethnic cleansing" aims at someone's words about it: a denial.
      // "garantiu não ter soldados no enclave", "assured there was no ethnic cleansing": to guarantee what the
      // reports give as an allegation or a fact is to state it; a promise is of what a party will do.
      if (frameAction === 'pledge' && conceptIds.every((c) => PROPOSITIONS.has(c))) frameAction = 'say';
      if (frameAction === 'criticise' && conceptIds.some((c) => PROPOSITIONS.has(c))) frameAction = action && aimsAtWords(text, action, keys, references, lex) ? 'deny' : 'accuse';
      // "the separatist leader ordered all government bodies disbanded", "ordenó por decreto clausurar todos los
      // organismos": the region's side ordering an act only it does (dissolving, disarming) does that act
      // (StatementLexicon.orders). Another party's order stays a demand, and so does an order to halt, put off or
      // not do the act ("ordered a halt to the dissolution", "приказал не сдавать оружие"; review 22 H6).
      // A demand to halt an act a party does (dissolving, disarming) is no demand of that act: the reports address
      // neither. A demand to halt the offensive ("exigence de Bakou pour stopper l'opération") stays a demand.
      if (frameAction === 'demand' && conceptIds.some((c) => ACT_OF_TERM.has(c)) && halts.some((h) => h.start >= unit.from && h.end <= unit.to)) continue;
      const ordersNot = () => negations.some((h) => h.start >= unit.from && h.end <= unit.to);
      if (frameAction === 'demand' && action && frameActor === REGION_SIDE && lex.orders && ((lex.orders.lastIndex = 0), lex.orders.exec(text.slice(action.start, action.end))?.index === 0) && !ordersNot()) {
        const ordered = conceptIds.map((c) => ACT_OF_TERM.get(c)).find((a): a is ActionId => !!a);
        if (ordered) frameAction = ordered;
      }
      // "warned of ethnic cleansing", "ostrzegł przed czystką etniczną": to warn of what the reports give
      // as an allegation is to allege it (a warning of someone's words about it is not: it stays a warning).
      if (frameAction === 'warn' && !unit.claim && conceptIds.some((c) => PROPOSITIONS.has(c)) && action && !aimsAtWords(text, action, keys, references, lex)) frameAction = 'accuse';
      // "described the allegation of ethnic cleansing as an insult": words about someone's allegation,
      // dismissing it, deny it; without a dismissal ("said the claims of ethnic cleansing were heard in
      // Brussels") they neither make nor deny it.
      // (A passive one aims at its subject: "Armenia's claims of ethnic cleansing were branded unacceptable by Hajiyev".)
      const passiveSaying = !!action && passives.some((p) => p.start >= unit.from && p.end <= action.start && wordsBetween(text, p.end, action.start) <= TIGHT_PASSIVE_WORDS + 1);
      if ((frameAction === 'say' || frameAction === 'report') && !unit.claim && action && conceptIds.some((c) => PROPOSITIONS.has(c)) && aimsAtWords(text, action, keys, references, lex, true, passiveSaying)) {
        if (!lex.dismissals || hitsOf(0, lex.dismissals, text.slice(unit.from, unit.to), unit.from).length === 0) continue;
        frameAction = 'deny';
      }
      const quoted = isQuote && !unnamedSpeaker ? carry.speaker : null;
      // A clause with no one's verb is read only when it states what happened, in the page's own
      // voice: "…, a photographer wrote" gives someone's words, not the page's.
      // "Volgens Alijev worden de rechten … gerespecteerd", "según Aliyev, los derechos … serán respetados":
      // a verbless clause about what a party promises, under an attribution that names its speaker, is
      // that speaker's saying, as "Aliyev said the rights would be respected" is (the judge still wants
      // promise wording in it). With no speaker named ("the rights will be respected") it is no one's.
      // So is one that assures the residents ("Volgens Azerbeidzjan hoeven de Armeniërs nergens bang voor te zijn"): see ASSURANCES.
      const promisedBySpeaker = fact && speaker !== null && conceptIds.some((c) => PROMISED.has(c) || ASSURANCES.has(c));
      if (fact && ((!conceptIds.some((c) => PROPOSITIONS.has(c)) && !promisedBySpeaker) || unnamedSpeaker)) continue;
      // A forced departure read from a causative ("the offensive pushed the residents to flee") is read
      // only in someone's words, said or denied: in the page's own voice the push may be only a cause.
      if (fact && !speaker && !quoted && keys.filter((k) => PROPOSITIONS.has(k.id)).every((k) => departedTerms.includes(k as Hit<ConceptId>))) continue;
      // "the accusation of ethnic cleansing came from Yerevan" names the allegation; it does not make it.
      if (fact && keys.some((k) => references.some((r) => r.end <= k.start && /^\s*(?:\p{L}{1,3}\s+)?["“«„‘']?\s*$/u.test(text.slice(r.end, k.start))))) continue;
      // "Erevan, de son côté, soutenait qu'aucune force armée arménienne n'était présente": a "that" clause stating the
      // key term, after a party that opens the sentence and a verb the lexicon does not list, is that party's words,
      // not the page's fact (see complementSpeaker).
      const thatSpeaker = fact && !speaker && !quoted && !unnamedSpeaker ? complementSpeaker(text, at, keys, mentions, actions, complementizers, lex) : null;
      if (thatSpeaker) {
        frameActor = thatSpeaker;
        frameAction = 'say';
        fact = false;
      }
      // "Pashinyan told reporters that Azerbaijan had begun an offensive aimed at ethnically cleansing the
      // region": a reported attack whose key terms hold an allegation (PROPOSITIONS) is the speaker's
      // allegation, as the plain saying of it is; the attack is the setting of the charge.
      let sayerAt: number | null = null;
      if (action && unit.claim && contentSpeaker && ACTIONS[action.id].family === 'attack' && conceptIds.some((c) => PROPOSITIONS.has(c))) {
        const claim = unit.claim;
        sayerAt = ms.find((m) => m.start < claim.start)?.start ?? claim.start;
        frameActor = contentSpeaker;
        frameAction = 'say';
        contentSpeaker = null;
      }
      if (fact && (speaker || quoted)) {
        // Words in quotation marks, or a clause "…, the ministry said": the speaker says it.
        frameActor = speaker ?? quoted;
        frameAction = 'say';
        fact = false;
      }
      // "non resterà più nessun armeno": with negative concord the "non" agrees with the absence the key term states.
      const absence = lex.negativeConcord ? keys.find((k) => ABSENCES.has(k.id)) : undefined;
      // Negation counts up to the last key term: "amnesty as long as they are not listed" is not a refusal.
      // But a negation right after it, in the same stretch, is its own clause's ("этнической чистки не
      // было", "ethnic cleansing did not take place"): see trailingNegation. Not "without", a
      // preposition ("depusessem as armas sem demora": without delay).
      const lastKey = keys.reduce<Hit<ConceptId> | null>((a, k) => (!a || k.end > a.end ? k : a), null);
      // Not after a promise's noun phrase: "the promises of Baku to respect their rights convinced nobody"
      // negates the verb the phrase is the subject of, not the promise.
      const trailing = lastKey && !ownedNoun && !keys.some((k) => ABSENCES.has(k.id)) ? [...negations, ...verbNegations].find((n) => n.start >= lastKey.end && n.end <= unit.to && !isPreposition(text.slice(n.start, n.end), lex) && trailingNegation(text, lastKey.end, n.start, lex)) : undefined;
      const scopeEnd = Math.max(action?.end ?? 0, ...keys.map((k) => k.end), trailing?.end ?? 0);
      // "rejected the claim, stressing it was a personal decision and had nothing to do with forced
      // relocation": what a denial says in its own words agrees with it, as negative concord does;
      // only a negation before the verb ("did not deny") turns it.
      const denial = !!action && !unit.claim && ACTIONS[action.id].family === 'claim' && ACTIONS[action.id].sign < 0;
      // So does a criticism: "deplored that Baku had not let the mission in until …", "criticised Baku for
      // not allowing …" criticise; the negation is in what they criticise, not in the criticism.
      const criticism = !!action && !unit.claim && ACTIONS[action.id].family === 'criticise';
      // "…, von einer Säuberung könne keine Rede sein; die Armenier seien aus eigenem Willen weggegangen":
      // a verbless clause merged into this unit keeps its own negation when it holds neither the act nor
      // a key term: it negates words we do not read, not the opposite the next clause states.
      // Only across a semicolon, a colon or a dash: "Baku did not, on Friday, deny it" keeps its negation.
      const across = (a: { start: number; end: number }, b: { start: number; end: number }) => STRONG_BREAK.test(a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start));
      // Not one before the act ("Baku did not say: …"), which negates it.
      const idleNegation = (n: { start: number; end: number }) => split.length > 1 && keys.length > 0 && (!action || n.start >= action.end) && keys.every((k) => across(n, k));
      // "par crainte de représailles ou de ne plus pouvoir pratiquer …": a negation after a fear is in what is
      // feared, not of the fear.
      const fearEnd = keys.find((k) => k.id === 'fear')?.end;
      const negated =
        (unit.flip ? 1 : 0) +
        (denial ? 0 : opposite) +
        concord(
          negations.filter((n) => n.start >= (ownedNoun ? action!.start : unit.from) && n.end <= scopeEnd && !(action && n.start >= action.start && n.end <= action.end) && !(absence && n.end <= absence.end) && !((denial || criticism) && n.start >= action!.end) && !(fearEnd !== undefined && n.start >= fearEnd) && !idleNegation(n)).length +
            (trailing && verbNegations.includes(trailing) && !(denial && trailing.start >= action!.end) ? 1 : 0),
          lex,
        ) +
        rhetorical.filter((r) => r.start >= unit.from && r.end <= unit.to).length;
      const objects = unique(ms.filter((m) => m !== subjectMention && m.actor !== null && m.actor !== frameActor).map((m) => m.actor!));
      // "rejected that characterisation, saying the departures were a personal choice", "a condamné ces
      // propos, affirmant que …": a clause that opens on a participle of saying, with no subject of its
      // own, right after a clause whose verb of saying or criticism named nothing, is what that verb
      // meant: the statement runs from that verb. Only the same party's (its actor read through the
      // clause before), and only the clause right after it.
      const joinedClaim =
        openClaim && action && !unit.claim && ACTIONS[action.id].family === 'claim' && openClaim.actor !== null && openClaim.actor === frameActor && clauses.indexOf(clause) === openClaim.clause + 1 && unit.from === clause.start && onlyFunctionWords(text, clause.start, action.start, lex)
          ? openClaim.start
          : null;
      const parts: Array<{ start: number; end: number }> = [...keys, ...(joinedClaim !== null ? [{ start: joinedClaim, end: joinedClaim }] : []), ...(action ? [action] : []), ...(subjectMention && subjectMention.start >= unit.from ? [subjectMention] : []), ...(trailing && !(fearEnd !== undefined && trailing.start >= fearEnd) ? [trailing] : []), ...(sayerAt !== null ? [{ start: sayerAt, end: sayerAt }] : [])];
      const start = parts.length ? Math.min(...parts.map((p) => p.start)) : clause.start;
      const end = parts.length ? Math.max(...parts.map((p) => p.end)) : clause.end;
      frames.push({
        start,
        end,
        sentence,
        actor: frameActor,
        action: frameAction,
        verb: action ? text.slice(action.start, action.end) : '',
        verbAt: action ? action.start : null,
        concepts: conceptIds,
        objects,
        polarity: negated % 2 === 1 ? -1 : 1,
        speaker: contentSpeaker ?? speaker ?? (fact ? null : quoted),
        undergoer,
        unnamedDoer: frameActor === null ? unnamedDoer : null,
        anaphoric,
        ...(frameActor === null && action && references.some((r) => r.start <= action.start && action.end <= r.end && r.end - r.start >= WORDS_NOUN_LETTERS) ? { wordsNoun: true } : {}),
        years,
        months,
        context: unique(concepts.map((k) => k.id)),
      });
    }
  }
  // "there would be a ceasefire only if the separatists laid down their arms", "nur wenn sich die
  // Regierung auflöst": a surrender or dissolution after a condition is not done; it is what the party
  // that sets the condition demands (see StatementLexicon.conditions).
  const conditionHits = lex.conditions ? hitsOf(0, lex.conditions, body, at) : [];
  if (conditionHits.length) {
    const cond = conditionHits[0]!;
    const conditioned = concepts.filter((k) => k.start >= cond.end && CONDITION_TERMS.has(k.id));
    const setter = mentions.find((m) => m.end <= cond.start && m.actor !== null && m.actor !== REGION_SIDE && !sources.has(m) && !afterPreposition(text, at, m.start, lex));
    // "Analysts said Baku would not halt … until the separatists surrendered": a setter inside someone else's words
    // (another speaker, or a verb of saying before it) is a forecast about it, not its demand (review 22 L9).
    const othersWords = !!setter && (speaker !== null ? speaker !== setter.actor : unnamedSpeaker || actions.some((a) => a.end <= setter.start && ACTIONS[a.id].family === 'claim'));
    const demander = othersWords ? null : (setter?.actor ?? (speaker !== REGION_SIDE ? speaker : null));
    // The acts the condition holds are no longer read as done, by anyone.
    // (By its verb: "no talks with the Karabakh authorities until the fighters disarmed" has the act after the condition and a key term before it.)
    const held = (f: Frame) => (f.verbAt ?? f.start) >= cond.end && f.action !== null && ACTS_AS_TERMS[f.action] !== undefined;
    for (let i = frames.length - 1; i >= 0; i--) if (conditioned.length && held(frames[i]!)) frames.splice(i, 1);
    // "Pashinyan said Azerbaijan would not rest until no Armenians were left": what the condition holds is
    // neither said nor denied by a verb before it, and the condition's "not" is the resting's. A frame that
    // reaches into the condition for a term is dropped: its terms and its polarity cannot be told apart.
    const heldTerms = new Set(concepts.filter((k) => k.start >= cond.end).map((k) => k.id));
    for (const k of concepts) if (k.end <= cond.start) heldTerms.delete(k.id);
    for (let i = frames.length - 1; i >= 0 && heldTerms.size; i--) {
      const f = frames[i]!;
      if ((f.verbAt ?? f.start) < cond.start && f.concepts.some((id) => heldTerms.has(id))) frames.splice(i, 1);
    }
    if (conditioned.length && demander) {
      const last = conditioned[conditioned.length - 1]!;
      frames.push({
        start: cond.start,
        end: last.end,
        sentence,
        actor: demander,
        action: 'demand',
        verb: text.slice(cond.start, cond.end),
        verbAt: cond.start,
        concepts: unique(conditioned.map((k) => k.id)),
        objects: unique(mentions.filter((m) => m.start >= cond.end && m.actor !== null && m.actor !== demander).map((m) => m.actor!)),
        polarity: 1,
        speaker: speaker ?? null,
        undergoer: null,
        unnamedDoer: null,
        anaphoric: false,
        years,
        months,
        context: unique(concepts.map((k) => k.id)),
      });
    }
  }
  // "The Azerbaijani government and Russia, which …, had declared that there was no reason to flee": two
  // parties joined by a plain "and" before the verb, no other verb between, are one subject; what it says
  // or does, each of them says or does (b11s). Not after a preposition ("talks between Baku and Yerevan").
  if (lex.joiners) {
    for (const [a, b] of joinedNames(text, mentions, lex)) {
      if (afterPreposition(text, at, a.start, lex)) continue;
      for (const f of frames.slice()) {
        if (!f.action || f.verbAt === null || b.end > f.verbAt || (f.actor !== a.actor && f.actor !== b.actor)) continue;
        if (actions.some((h) => h.start >= b.end && h.start < f.verbAt!)) continue;
        const other = f.actor === a.actor ? b.actor! : a.actor!;
        if (frames.some((g) => g.actor === other && g.action === f.action && g.verbAt === f.verbAt)) continue;
        frames.push({ ...f, actor: other });
      }
    }
  }
  // Who the next sentence's "he" or "the country" is, and whose words a following quotation continues.
  const subject = speaker ?? sentenceSubject ?? firstNamed?.actor ?? null;
  if (subject) {
    carry.subject = subject;
    carry.subjectAge = 0;
  }
  const claimant = frames.find((f) => f.action && ACTIONS[f.action].family === 'claim')?.actor ?? null;
  carry.speaker = speaker ?? claimant ?? (isQuote || sentenceSubject ? (sentenceSubject ?? carry.speaker) : null);
  return frames;
}

// Most letters of a short word between a joiner and the second name ("and the Kremlin", "et la Russie"): an article.
const JOINED_ARTICLE_LETTERS = 3;

/** Pairs of names of two parties side by side with only a plain "and" between (StatementLexicon.joiners). */
function joinedNames(text: string, mentions: readonly Mention[], lex: CompiledLexicon): Array<[Mention, Mention]> {
  const out: Array<[Mention, Mention]> = [];
  const named = mentions.filter((m) => m.actor !== null);
  for (let i = 0; i + 1 < named.length; i++) {
    const a = named[i]!;
    const b = named[i + 1]!;
    if (a.actor === b.actor || b.start < a.end) continue;
    const between = text.slice(a.end, b.start).trim();
    if (!between || /[^\p{L}\p{M}\s]/u.test(between)) continue;
    lex.joiners!.lastIndex = 0;
    const j = lex.joiners!.exec(between);
    if (!j || j.index !== 0) continue;
    const rest = between.slice(j[0].length).trim();
    if (rest && (/\s/u.test(rest) || rest.length > JOINED_ARTICLE_LETTERS)) continue;
    out.push([a, b]);
  }
  return out;
}

/** A stretch of a clause with one act: its verb, the verb of speaking it reports, and the span its key terms come from. */
interface Unit {
  action: Hit<ActionId> | null;
  claim: Hit<ActionId> | null;
  from: number;
  to: number;
  /** The act before it in the same clause ("attacked and ordered"), whose actor it shares when it names none. */
  prev: Unit | null;
  /** Its actor, once read. */
  actor: ActorId | null;
  /** True when the act is denied or refused rather than done ("denied asking", "refused to escort"). */
  flip: boolean;
}

// A clause can hold several acts ("Azerbaijan attacked and ordered the militants to disarm"); an act
// after a verb of speaking is what was said ("said it will send a mission"); an act after one that
// takes an object ("told them to disband") is that object, not a second act.
function unitsOf(
  clause: Clause,
  acts: Array<Hit<ActionId>>,
  coordinators: Array<Hit<number>>,
  names: ReadonlyArray<{ start: number; end: number }>,
  text: string,
  causatives: ReadonlyArray<{ start: number; end: number }> = [],
  complementizers: ReadonlyArray<{ start: number; end: number }> = [],
  subordinators: ReadonlyArray<{ start: number; end: number }> = [],
  words: ReadonlyArray<{ start: number; end: number }> = [],
): Unit[] {
  const units: Unit[] = [];
  const add = (action: Hit<ActionId> | null, from: number) => {
    const prev = units[units.length - 1] ?? null;
    if (prev) prev.to = from;
    units.push({ action, claim: null, from, to: clause.end, prev, actor: null, flip: false });
  };
  // "Baku retook the region and the separatists capitulated": the second act's stretch begins after the
  // "and", so a subject of its own ("the separatists") is read as its subject.
  // Only when a name stands there: "and this week also sealed its self-dissolution" shares the subject before.
  // "escorted the convoys to Armenia after the separatists capitulated": a subordinator with a name after it opens
  // a clause of its own too; its stretch begins at the subordinator, whose subject is the name after it.
  const afterCoordinator = (prev: Hit<ActionId>, act: Hit<ActionId>) => {
    const named = (w: { end: number }) => names.some((m) => m.start >= w.end && m.end <= act.start);
    const and = coordinators.filter((c) => c.start >= prev.end && c.end <= act.start).pop();
    const opener = subordinators.filter((c) => c.start >= prev.end && c.end <= act.start).pop();
    if (opener && named(opener) && (!and || opener.start > and.start)) return opener.start;
    return and && named(and) ? and.end : act.start;
  };
  if (acts.length === 0) add(null, clause.start);
  for (const act of acts) {
    const head = units[units.length - 1];
    if (!head) {
      add(act, clause.start);
      continue;
    }
    const headAction = head.action!;
    // "condemned and dismissed the remarks": two verbs joined by a bare "and" share one object, and a
    // denial among them makes the pair a denial.
    if (ACTIONS[act.id].sign < 0 && ACTIONS[act.id].family === 'claim' && !head.claim && bareJoin(headAction, act, coordinators, text)) {
      head.action = { id: act.id, start: headAction.start, end: act.end };
      continue;
    }
    // "flatly rejected and condemned Pashinyan's claim that …": the denial first, a verb of condemning after it, both
    // aimed at someone's words (a noun of them follows); "rejected and condemned the offensive as …" condemns an act.
    if (ACTIONS[headAction.id].sign < 0 && ACTIONS[headAction.id].family === 'claim' && (act.id === 'accuse' || ACTIONS[act.id].family === 'criticise') && !head.claim && bareJoin(headAction, act, coordinators, text) && wordsAfter(act, words, text)) {
      head.action = { id: headAction.id, start: headAction.start, end: act.end };
      continue;
    }
    const joined = coordinators.some((c) => c.start >= headAction.end && c.end <= act.start);
    // "riep hen op te blijven en zei dat hun rechten …", "called on them to stay and said their rights
    // would be respected": a verb of saying joined by a coordinator to an act that is no claim is a
    // second act of the same subject, with what it says as its own object, not more of the first act's.
    if (ACTIONS[act.id].family === 'claim' && joined && ACTIONS[headAction.id].family !== 'claim' && !head.claim && bareJoin(headAction, act, coordinators, text, true)) {
      add(act, afterCoordinator(headAction, act));
      continue;
    }
    // "Baku weist das entschieden zurück und betont, den Bewohnern stehe es frei, zu bleiben": a verb of saying joined
    // to a denial or a saying, with its own content after a comma, says that content; it is not what the first verb took.
    if (ACTIONS[act.id].family === 'claim' && joined && ACTIONS[headAction.id].family === 'claim' && !head.claim && opensContent(act, text)) {
      add(act, afterCoordinator(headAction, act));
      continue;
    }
    if (ACTIONS[act.id].family === 'claim') continue;
    if (ACTIONS[headAction.id].family === 'claim' && !head.claim && joined) {
      // "Baku denied the claim and called on the residents to stay": a second act, not what was denied.
      add(act, afterCoordinator(headAction, act));
      continue;
    }
    if (ACTIONS[headAction.id].family === 'claim' && !head.claim && !joined) {
      head.claim = headAction;
      head.action = act;
      // "Yerevan denied asking for aid": what is denied is not done.
      if (ACTIONS[headAction.id].sign < 0) head.flip = !head.flip;
      continue;
    }
    if (headAction.id === 'refuse' && act.id !== 'refuse' && !head.claim) {
      // "refused to escort the convoys" is the act, not done.
      head.action = act;
      head.flip = !head.flip;
      continue;
    }
    // "garantiu … uma vitória, obrigando os separatistas … a capitular": a causative between them makes
    // the act another party's, forced, not what the first verb takes: its stretch starts at the causative.
    const forcing = causatives.filter((c) => c.start >= headAction.end && c.end <= act.start).pop();
    if (forcing) {
      add(act, forcing.start);
      continue;
    }
    // "urge them to stay in their homes and promise to respect their rights": a pledge right after a coordinator that
    // follows a demand and its content is the same subject's second act, not more of what it demanded.
    if (headAction.id === 'demand' && act.id === 'pledge' && !head.claim && bareJoin(headAction, act, coordinators, text, true)) {
      add(act, afterCoordinator(headAction, act));
      continue;
    }
    if (TAKES_CONTENT.has(headAction.id)) continue;
    // "Paris a déploré que Bakou n'ait consenti à une mission qu'après …", "France criticised that Baku
    // agreed to a mission only after …": what a verb of criticism takes as its "that" clause is what it
    // criticises, the criticised party's act its object, not another statement of the critic's.
    if (ACTIONS[headAction.id].family === 'criticise' && !joined && complementizers.some((c) => c.start >= headAction.end && c.end <= act.start && wordsBetween(text, headAction.end, c.start) <= CRITICISED_CONTENT_GAP && !/[,;:]/u.test(text.slice(headAction.end, c.start)))) continue;
    add(act, afterCoordinator(headAction, act));
  }
  return units;
}

// Verbless clauses after a sentence's first that may stand between it and its verb as appositions or asides (", nach internationalem Recht ein Teil Aserbaidschans,", ", Samwel Schachramanjan,").
const APPOSITIONS = 2;
// Words between a verb of criticism and the "that" of what it criticises: an adverb or a day ("deplored on Saturday that").
const CRITICISED_CONTENT_GAP = 2;
// How many words may stand between a causative and the infinitive it makes someone do: the one
// forced, with its article and a short qualifier ("forced the government in Nagorno-Karabakh to").
const CAUSED_REACH = 8;
// Words between a passive's auxiliary and its verb, for the act to be read as that passive's: an adverb ("was formally dissolved").
const TIGHT_PASSIVE_WORDS = 1;
// How many words may stand between an act and a verb-final causative after it: "zur Aufgabe gezwungen"
// (none), "zur Kapitulation zu zwingen" ("zu"), "tot overgave hadden gedwongen" (an auxiliary).
const CAUSATIVE_AFTER_WORDS = 1;

// Words that may stand between arms and the verb that gives them up: "handed over to the Russian
// peacekeepers all their heavy weapons" (6: a recipient, then determiners), "the weapons of the army have
// been handed over" (5), "entregaram às forças russas vário equipamento militar" (4). Further on, the
// verb is rarely about those arms.
const ARMS_REACH = 6;
// Arms that are a passive's subject, before its verb ("the weapons of the breakaway republic's army have
// begun to be handed over"): 9 words there; more, and the verb belongs to another clause.
const ARMS_SUBJECT_REACH = 10;
// A pair must not straddle a clause's end, another sentence part or a comma ("gave up everything,
// babies in their arms": the arms of an aside are no weapons given up).
const ARMS_BREAK = /[.,;:!?()«»"“”]/u;

/** Arms and a verb of giving them up near each other (StatementLexicon.arms, handOver): the noun's span and the verb's. */
interface HandedArms {
  start: number;
  end: number;
  verbStart: number;
  verbEnd: number;
}

function armsHandedOver(text: string, body: string, at: number, lex: CompiledLexicon): HandedArms[] {
  if (!lex.arms || !lex.handOver) return [];
  const arms = hitsOf(0, lex.arms, body, at);
  if (arms.length === 0) return [];
  const out: HandedArms[] = [];
  for (const v of hitsOf(0, lex.handOver, body, at)) {
    const near = (a: Hit<number>) => {
      const after = a.start >= v.end;
      const [from, to] = after ? [v.end, a.start] : [a.end, v.start];
      if (to < from || ARMS_BREAK.test(text.slice(from, to))) return false;
      const words = wordsBetween(text, from, to);
      // "el armamento del Ejército de Defensa de Artsaj ha empezado a ser entregado": arms as the subject
      // of a passive may carry their owner and auxiliaries, with no comma, before the verb.
      return words <= ARMS_REACH || (!after && words <= ARMS_SUBJECT_REACH && !text.slice(from, to).includes(','));
    };
    // The arms after the verb first ("handed over their weapons"), then before it ("weapons were handed over").
    const noun = arms.find((a) => a.start >= v.end && near(a)) ?? arms.filter((a) => a.end <= v.start && near(a)).pop();
    if (noun && !out.some((o) => o.start === noun.start)) out.push({ start: noun.start, end: noun.end, verbStart: v.start, verbEnd: v.end });
  }
  return out;
}

// How many words may stand between a departure and a verb-final causative after it: "zum Verlassen
// Karabachs zu zwingen" (the place left, then "zu").
const DEPARTURE_BEFORE_CAUSATIVE = 2;
// Words before a verb-final causative's departure, or before a passive's auxiliary, that name the one forced
// ("die ethnischen Armenier zum Verlassen", "Armenian troops were forced to leave").
const FORCED_PARTY_WORDS = 5;
// What a causative and its departure may not straddle: a sentence part's end.
const DEPARTURE_BREAK = /[.;:!?()«»]/u;

/**
 * The words of the clause a party stands in, up to `limit` in `words` (what follows may complete a verb
 * in parts, "appelle les Arméniens à"): after its last break, the first word of its last verb, or "that".
 */
function clauseTail(words: string, lex: CompiledLexicon, limit = words.length): string {
  const cut = Math.max(0, ...[...words.slice(0, limit).matchAll(/[,;:.!?«»"“”]/gu)].map((m) => m.index! + 1));
  const tail = words.slice(cut);
  const end = limit - cut;
  let from = 0;
  for (const re of [lex.anyAction, lex.complementizers]) {
    const verb = re === lex.anyAction;
    re.lastIndex = 0;
    for (let m = re.exec(tail); m && m.index < end; m = re.exec(tail)) from = Math.max(from, m.index + (verb ? /^\S+/u.exec(m[0])![0].length : m[0].length));
  }
  return tail.slice(from, end);
}

// How far before a key term of staying its addressee is looked for ("urged Yerevan not to leave").
const ADDRESSEE_CHARS = 60;

/**
 * True when a key term of staying is asked of a party the lexicon names ("urged Yerevan not to leave the
 * talks", "told its peacekeepers to stay"): that is no word on the residents' staying.
 */
function stayAskedOfParty(text: string, at: number, k: { start: number; end: number }, lex: CompiledLexicon): boolean {
  const from = Math.max(at, k.start - ADDRESSEE_CHARS);
  const before = clauseTail(text.slice(from, k.end), lex, k.start - from);
  // A party by name, or a force or body of one ("its troops", "the army"); not the source an attribution
  // names ("Volgens Azerbeidzjan hoeven de Armeniërs nergens bang voor te zijn": Azerbaijan says it).
  const sources = hitsOf(0, lex.attributions, before, 0);
  const source = (start: number) => sources.some((a) => a.end <= start && SOURCE_GAP.test(before.slice(a.end, start)));
  return [lex.anyActor, lex.institutions].some((re) => !!re && hitsOf(0, re, before).some((m) => !source(m.start)));
}

// What may stand between an attribution and the name of its source: a space, an article or a short title word ("volgens de regering").
const SOURCE_GAP = /^\s+(?:\p{L}{1,4}\s+)?$/u;

/**
 * Departures a causative makes someone take (StatementLexicon.departures): the forced leaving the reports
 * call expulsion, as key terms spanning the causative and the departure. Not when the one forced is a
 * party, a force or a body ("forced Armenian troops to leave", "the army was forced to leave its
 * positions"): that is a withdrawal, not the residents' expulsion.
 */
function forcedDepartures(text: string, body: string, at: number, lex: CompiledLexicon, listed: ReadonlyArray<{ start: number; end: number }>): Array<Hit<ConceptId>> {
  if (!lex.departures || !lex.causatives) return [];
  const departures = hitsOf('expulsion' as ConceptId, lex.departures, body, at).filter((d) => !listed.some((k) => k.start < d.end && d.start < k.end));
  if (departures.length === 0) return [];
  const causatives = hitsOf(0, lex.causatives, body, at);
  const passives = hitsOf(0, lex.passives, body, at);
  const ownWords = (words: string) => clauseTail(words, lex);
  const wordsBefore = (to: number) => {
    const before = text.slice(at, to);
    const words = before.split(/\s+/u);
    return at + Math.max(0, before.length - words.slice(-FORCED_PARTY_WORDS - 1).join(' ').length);
  };
  const out: Array<Hit<ConceptId>> = [];
  for (const d of departures) {
    const before = causatives.filter((c) => c.end <= d.start && wordsOutsideAsides(text, c.end, d.start) <= CAUSED_REACH && !DEPARTURE_BREAK.test(text.slice(c.end, d.start))).pop();
    // Not an infinitive causative ("keinerlei Pläne, … zum Verlassen zu zwingen"): its clause is another's
    // complement, whose negation the comma cuts off.
    const after =
      !before && lex.verbSecond
        ? causatives.find((c) => c.start >= d.end && wordsBetween(text, d.end, c.start) <= DEPARTURE_BEFORE_CAUSATIVE && !/[,.;:!?()]/u.test(text.slice(d.end, c.start)) && !isPreposition(text.slice(d.end, c.start).trim().split(/\s+/u).pop(), lex))
        : undefined;
    const c = before ?? after;
    if (!c) continue;
    // The one forced: between the two, before a verb-final causative's departure, a passive's subject, or
    // in a verb-second language the object before a participle ("es habe die Armee gezwungen").
    const aux = passives.filter((p) => p.end <= c.start && wordsBetween(text, p.end, c.start) <= 1).pop();
    const party = [before ? text.slice(c.end, d.start) : text.slice(wordsBefore(d.start), d.start)];
    if (aux || lex.verbSecond) party.push(text.slice(wordsBefore((aux ?? c).start), c.start));
    const armed = rowsOf(lex.concepts, ARMY_PRESENCE).map(([, re]) => re);
    if (party.map(ownWords).some((words) => occurs(lex.anyActor, words) || occurs(lex.institutions, words) || occurs(lex.arms, words) || armed.some((re) => occurs(re, words)))) continue;
    out.push({ id: 'expulsion' as ConceptId, start: Math.min(c.start, d.start), end: Math.max(c.end, d.end) });
  }
  return out;
}

// The word right before a name, joined to it by a space, a hyphen or a possessive ("Karabakh Armenian", "Karabach-armenische", "Karabakh's Armenian").
const QUALIFIER_BEFORE = /([\p{L}\p{M}'’-]+?)(?:['’]s)?[\s-]+$/u;
// How far back the qualifier of a name is looked for.
const QUALIFIER_CHARS = 30;

/**
 * True when a name of Armenia stands right after the region's name that qualifies it ("the Karabakh Armenian
 * leadership", "Nagorno-Karabakh Armenian fighters", "карабахские армянские власти"): the Armenians of the region,
 * its own side, not the state. Not after a preposition ("in Karabakh Armenia has no troops") nor across punctuation.
 */
function regionQualified(text: string, at: number, start: number, lex: CompiledLexicon): boolean {
  const before = text.slice(Math.max(at, start - QUALIFIER_CHARS), start);
  const m = QUALIFIER_BEFORE.exec(before);
  if (!m || !namesRegion(m[1]!)) return false;
  // The name must be an adjective: "Karabakh Armenia" joins two places.
  if (/^\p{Lu}/u.test(text.slice(start, start + 1)) && !/^\S+(?:an|ian|sk\p{L}*|isch\p{L}*)\b/iu.test(text.slice(start, start + 20))) return false;
  return !afterPreposition(text, at, start - m[0].length, lex);
}

/** A closing quotation mark with a case ending glued to it, right after a name: the name ends a quoted title. */
const QUOTED_TITLE_END = /^["»”“]\p{L}/u;

/** The most words of a genitive link ("of the", "von der") looked through between a body and the region's name after it. */
const OWNER_LINK_WORDS = 2;

/**
 * True when a body named by Armenia's adjective ("arméniennes", "armenischen") has the region's name right after it
 * as its genitive, bare or with a link of the lexicon ("les autorités arméniennes du Haut-Karabakh", "die armenischen
 * Behörden Bergkarabachs", "as autoridades arménias do Alto Carabaque"): the region's own authorities, not the state's.
 */
function regionOwned(text: string, hit: { start: number; end: number }, lex: CompiledLexicon): boolean {
  if (!lex.institutions || ((lex.institutions.lastIndex = 0), !lex.institutions.test(text.slice(hit.start, hit.end)))) return false;
  const words = text.slice(hit.end, hit.end + QUALIFIER_CHARS * 2).split(/[,.;:!?()]/u)[0]!.trim().split(/\s+/u);
  for (let k = 0; k <= OWNER_LINK_WORDS && k < words.length; k++) {
    const link = ` ${words.slice(0, k).join(' ')} `;
    if (!((lex.roleOf.lastIndex = 0), lex.roleOf.test(link))) continue;
    // A name of two words may open with one that is not the region's alone ("Alto Carabaque", "Dağlıq Qarabağ").
    if (namesRegion(words[k]!) || (/^\p{Lu}/u.test(words[k]!) && words[k + 1] !== undefined && namesRegion(words[k + 1]!))) return true;
  }
  return false;
}

// The most words outside asides between a party opening the sentence and the "that" of its words: its verb and an adverb or auxiliary ("soutenait", "has long maintained").
const COMPLEMENT_VERB_WORDS = 3;

/**
 * The party whose words a verbless statement is, when it stands in a "that" clause ("qu'aucune force … n'était
 * présente") after a party that opens the sentence (only function words or a quotation mark before it, not after
 * a preposition nor a possessive) and at most a few words of a verb the lexicon does not list ("soutenait", "kept
 * maintaining"): that party's saying. Null when another act or key term stands between, or none opens the sentence.
 */
function complementSpeaker(text: string, at: number, keys: ReadonlyArray<{ start: number; end: number }>, mentions: readonly Mention[], actions: ReadonlyArray<{ start: number; end: number }>, complementizers: ReadonlyArray<{ start: number; end: number }>, lex: CompiledLexicon): ActorId | null {
  if (!keys.length) return null;
  const first = Math.min(...keys.map((k) => k.start));
  const that = complementizers.filter((c) => c.end <= first).pop();
  if (!that) return null;
  const party = mentions.find((m) => m.actor !== null && m.end <= that.start);
  if (!party || !onlyFunctionWords(text, at, party.start, lex) || afterPreposition(text, at, party.start, lex) || POSSESSIVE_AFTER.test(text.slice(party.end, party.end + 3)) || /['’]s$/iu.test(text.slice(party.start, party.end))) return null;
  if (wordsOutsideAsides(text, party.end, that.start) > COMPLEMENT_VERB_WORDS || mentions.some((m) => m !== party && m.start >= party.end && m.end <= that.start && !asideAt(text, party.end, m.start))) return null;
  if (actions.some((a) => a.start >= party.end && a.end <= first) || keys.some((k) => k.start < that.start)) return null;
  return party.actor;
}

// How many words may stand between a word of dissolving and the armed body after it that is its object ("dissolve its units", "the disbanding of the armed units").
const ARMED_OBJECT_WORDS = 3;
// How many words may stand between an armed body and a word of dissolving after it in the same clause ("the units are to disband", "силы сепаратистов в Нагорном Карабахе будут распущены").
const ARMED_SUBJECT_WORDS = 6;
// Verbs by which an armed body commits to its own disbanding ("agreed to disband", "согласились самораспуститься").
const OWN_COMMITMENTS: ReadonlySet<ActionId> = new Set<ActionId>(['agree', 'pledge']);
// What ends the stretch between an armed body and the word of dissolving: a clause's punctuation.
const ARMED_BREAK = /[.,;:!?()«»"“”–—]/u;

/** The shortest noun of someone's words ("claims"), longer than a pronoun that refers back ("that", "this"). */
const WORDS_NOUN_LETTERS = 5;

/** Words between a key term of driving out and the armed body it drives out: "expulsar o que descreve como tropas". */
const EXPELLED_BODY_WORDS = 4;

/**
 * The expulsion key terms whose object is an armed body (StatementLexicon.armedBodies) a few words after it, in its
 * clause, with no agent word between: "Baku said it had to push out Armenian military units" drives out troops, which is
 * no charge of ethnic cleansing ("driven out by Azerbaijani troops" names who drove the people out, and stays).
 */
function troopsDrivenOut(text: string, body: string, at: number, lex: CompiledLexicon, concepts: Array<Hit<ConceptId>>): Array<Hit<ConceptId>> {
  if (!lex.armedBodies || !concepts.some((k) => k.id === 'expulsion')) return [];
  const bodies = hitsOf(0, lex.armedBodies, body, at);
  if (!bodies.length) return [];
  const agents = hitsOf(0, lex.agents, body, at);
  return concepts.filter(
    (k) =>
      k.id === 'expulsion' &&
      bodies.some((b) => b.start >= k.end && wordsBetween(text, k.end, b.start) <= EXPELLED_BODY_WORDS && !ARMED_BREAK.test(text.slice(k.end, b.start)) && !agents.some((g) => g.start >= k.end && g.end <= b.start)),
  );
}

/**
 * The dissolution key terms whose object is an armed body (StatementLexicon.armedBodies): its name a few words after
 * the term, or a few words before it with no verb, coordinator or punctuation between ("the army and the government
 * were dissolved" dissolves both; "after Azerbaijani forces retook the region the republic was dissolved" has a verb).
 * The body must not be another party's named force ("Russian forces", "Azerbaijani troops"). Each is turned, in
 * place, into the `disarm` key term: disbanding units is their disarming, which the reports give as the
 * separatists' agreeing to lay down arms, not the republic's self-dissolution.
 */
function disbandedBodies(text: string, body: string, at: number, lex: CompiledLexicon, concepts: Array<Hit<ConceptId>>, named: ReadonlyArray<Hit<ActorId>>): Array<Hit<ConceptId>> {
  if (!lex.armedBodies || !concepts.some((k) => k.id === 'dissolution')) return [];
  const bodies = hitsOf(0, lex.armedBodies, body, at).filter((b) => !named.some((n) => n.id !== REGION_SIDE && n.start < b.end && b.start < n.end));
  if (!bodies.length) return [];
  // A verb of agreeing or promising between them is the body's own ("the units agreed to disband"); another verb has another subject.
  // A body's name in quotation marks ("формирования «армии обороны Нагорного Карабаха» распустят") closes them before the verb.
  const clear = (from: number, to: number, opened = false) => {
    const between = opened ? text.slice(from, to).replace(/^([^«»"“”]*)[»"”]/u, '$1') : text.slice(from, to);
    if (ARMED_BREAK.test(between)) return false;
    lex.coordinators.lastIndex = 0;
    return !lex.coordinators.test(between) && tableHits(lex.actions, between, from).every((a) => OWN_COMMITMENTS.has(a.id));
  };
  const out: Array<Hit<ConceptId>> = [];
  for (const k of concepts) {
    if (k.id !== 'dissolution') continue;
    const object = bodies.some((b) => b.start >= k.end && wordsBetween(text, k.end, b.start) <= ARMED_OBJECT_WORDS && !ARMED_BREAK.test(text.slice(k.end, b.start)));
    const subject = bodies.some((b) => b.end <= k.start && wordsBetween(text, b.end, k.start) <= ARMED_SUBJECT_WORDS && clear(b.end, k.start, /[«"“„]\s*$/u.test(text.slice(Math.max(0, b.start - 2), b.start))));
    if (object || subject) {
      k.id = 'disarm';
      out.push(k);
    }
  }
  return out;
}

/** The act a key term names (ACTS_AS_TERMS read backwards): "surrender" for disarming, "dissolve" for dissolution. */
// How many words after a party's own troops the region (or a word for it) may stand: "forces of its own
// in Karabakh", "свою армию в Нагорном Карабахе".
// How many words may stand between an occasion and the key term it governs: an article and a possessive ("during their").
const OCCASION_WORDS = 2;
// In a suffixing language, what may stand between a key term and the postposition after it: the rest of its word ("entegrasyon|u sürecinde").
const OCCASION_AFTER = /^\p{L}*\s+$/u;

// How many words may stand between the residents' carrying away and the escort beside it
// ("вывезут в Армению в сопровождении", "the evacuation to Armenia is carried out under the escort of").
const ESCORTED_WORDS = 6;
// What ends the stretch between them: a clause or sentence break.
const ESCORTED_BREAK = /[.;:!?()«»"“”]/u;

/**
 * The words of carrying the residents away (StatementLexicon.escorted) that stand beside an escort, a verb
 * or noun of the `escort` action a few words before or after them with no break between: they are the
 * convoys escorted, the `convoys` key term. Not where a key term reads those words already.
 */
function escortedTerms(text: string, body: string, at: number, lex: CompiledLexicon, listed: ReadonlyArray<{ start: number; end: number }>): Array<Hit<ConceptId>> {
  if (!lex.escorted) return [];
  const carried = hitsOf('convoys' as ConceptId, lex.escorted, body, at).filter((h) => !listed.some((k) => k.start < h.end && h.start < k.end));
  if (!carried.length) return [];
  const escorts = [lex.agentAfter, lex.agentBefore, lex.actions].flatMap((table) => tableHits(rowsOf(table, ESCORT), body, at));
  const near = (a: { end: number }, b: { start: number }) => a.end <= b.start && !ESCORTED_BREAK.test(text.slice(a.end, b.start)) && wordsBetween(text, a.end, b.start) <= ESCORTED_WORDS;
  return carried.filter((h) => escorts.some((e) => near(h, e) || near(e, h)));
}

const OWN_TROOPS_PLACE_WORDS = 5;
// The words that follow a point, up to that many and not past a clause's end.
const PLACE_AFTER = new RegExp(`^(?:\\s+[^\\s.;:!?()]+){1,${OWN_TROOPS_PLACE_WORDS}}`, 'u');

/** The party whose own troops StatementLexicon.ownTroops names: only Armenia's in Karabakh is what the reports speak of. */
const TROOPS_OWNER: ActorId = 'armenia';

/**
 * "insisted it had no forces of its own in Karabakh", "rechazó que hubiera soldados suyos en la zona": a
 * party's own troops followed within a few words by the region's name or a word for it (see
 * StatementLexicon.ownTroops: a place right after them, a bare preposition only with the region's name), where no key term reads those words already. The caller keeps them only
 * where the clause's doer is Armenia.
 */
function ownTroopsIn(text: string, body: string, at: number, lex: CompiledLexicon, listed: ReadonlyArray<{ start: number; end: number }>): Array<Hit<ConceptId>> {
  if (!lex.ownTroops) return [];
  return hitsOf('armenia-army-presence' as ConceptId, lex.ownTroops, body, at).filter((h) => {
    if (listed.some((k) => k.start < h.end && h.start < k.end)) return false;
    const after = PLACE_AFTER.exec(text.slice(h.end, at + body.length))?.[0] ?? '';
    if (!lex.regionPlaces) return false;
    lex.regionPlaces.lastIndex = 0;
    const place = lex.regionPlaces.exec(after);
    // A bare preposition of place ("in", "в") must have the region after it; "there", "in the enclave" stand for it.
    return !!place && wordsBetween(after, 0, place.index) <= 1 && (!isPreposition(place[0], lex) || namesRegion(after.slice(place.index)));
  });
}

// How many words may stand between a verb of considering and what is promised ("zieht in Betracht, Karabach-Separatisten
// zu amnestieren": four; "is considering granting an amnesty to": three): the offer's own phrase, not the next clause.
const CONSIDERED_REACH = 5;

// The articles a destination may have before its name ("reached the Sudanese capital"): a word of up to this many letters.
const DESTINATION_ARTICLE_LETTERS = 3;

/**
 * True when an arrival's destination is a place other than the region: the capitalised name right after
 * its verb (after its prepositions and an article: "arrived in Sudan", "a rejoint le Tchad"), or, in a
 * suffixing language, right before it ("Sudana səfər edib", "Sudan'ı ziyaret etti"). A mission arriving
 * elsewhere is not the reports' mission to Karabakh, even on a page that names Karabakh. A destination
 * written lower-case ("the region", "la région") or not at all is left to the sentence.
 */
function arrivesElsewhere(text: string, arrival: { start: number; end: number }, to: number, lex: CompiledLexicon): boolean {
  if (lex.suffixing) {
    const before = /([^\s.;:!?(),]+)\s*$/u.exec(text.slice(Math.max(0, arrival.start - 40), arrival.start))?.[1] ?? '';
    return /^\p{Lu}/u.test(before) && !namesRegion(before);
  }
  const words = text.slice(arrival.end, to).split(/\s+/u).filter(Boolean).slice(0, OWN_TROOPS_PLACE_WORDS);
  const is = (re: RegExp, w: string) => ((re.lastIndex = 0), re.exec(w.toLowerCase())?.[0].length === w.length);
  let i = 0;
  while (i < words.length && /^\p{Ll}/u.test(words[i]!) && (is(lex.prepositions, words[i]!) || [...words[i]!].length <= DESTINATION_ARTICLE_LETTERS)) i++;
  // The name is its run of capitalised words, up to the first punctuation ("Nagorno Karabakh", "Sudan,").
  const name: string[] = [];
  for (const w of words.slice(i)) {
    if (!/^\p{Lu}/u.test(w)) break;
    name.push(w);
    if (/[^\p{L}\p{M}'’-]$/u.test(w)) break;
  }
  return name.length > 0 && !namesRegion(name.join(' '));
}

// How many words may stand between an international body and its verb of arriving ("la ONU entra en", "the UN has arrived in").
const BODY_ARRIVAL_WORDS = 1;

/**
 * "la ONU entra en Nagorno-Karabaj", "the UN arrived in Karabakh": an international body (BODIES) that
 * arrives in the region, named right before the verb, has sent its mission there, whether or not a word
 * for the mission is written. The verb is then the mission's key term (and, as an arrival, the act of
 * sending it: see StatementLexicon.arrivals). The region must be named within a few words after it.
 */
function bodyArrivals(text: string, body: string, at: number, lex: CompiledLexicon): Array<Hit<ConceptId>> {
  if (!lex.arrivals) return [];
  const bodies = tableHits(rowsOf(lex.actors, BODIES), body, at);
  if (bodies.length === 0) return [];
  return hitsOf('mission' as ConceptId, lex.arrivals, body, at).filter((h) => {
    const after = PLACE_AFTER.exec(text.slice(h.end, at + body.length))?.[0] ?? '';
    return namesRegion(after) && bodies.some((b) => b.end <= h.start && !/[,.;:!?()]/u.test(text.slice(b.end, h.start)) && wordsBetween(text, b.end, h.start) <= BODY_ARRIVAL_WORDS);
  });
}

const ACT_OF_TERM = new Map<ConceptId, ActionId>(Object.entries(ACTS_AS_TERMS).map(([act, term]) => [term, act as ActionId]));

// True when a possessed act's doer is the region's side, named or not (see possessed in readSentence).
function ownedBySide(actor: ActorId | null, unnamedDoer: ActorId | null): boolean {
  return actor === REGION_SIDE || (actor === null && unnamedDoer === REGION_SIDE);
}

/** Families of verbs whose object may be words said elsewhere ("rejected that characterisation", "condemned the remarks"): see openClaim. */
const OPEN_CLAIMS: ReadonlySet<string> = new Set(['claim', 'criticise']);

/** Verbs of accusing: the deed they report is charged to someone else, not done by their subject. */
const CHARGES: ReadonlySet<ActionId> = new Set<ActionId>(['accuse']);
/** Words between a signed decree and the dissolution it orders ("a decree officially ending the state"): an adverb or two, no more. */
const DECREE_REACH = 2;

// How far after a noun form of an act ("under the escort of") its doer may be named: a few words.
const NOMINAL_REACH = 30;
// How many words may stand between an act's noun and the name its complement gives ("the dissolution
// of the self-proclaimed republic": "of the"): an article and a preposition, or a possessive.
const COMPLEMENT_WORDS = 2;
// How far before a name a genitive link is looked for (CompiledLexicon.genitiveBefore): "of the " and a space.
const GENITIVE_LOOKBACK = 12;
// A name's possessive right before a word ("Armenia's claims"): the word is a noun it owns.
const POSSESSIVE_NAME = /\p{L}['’]s?\s+$/u;
// A possessive after a name ("Baku's offensive"): the name owns a noun, it is no subject.
const POSSESSIVE_AFTER = /^['’]s?\b/u;
// Words from a verb of pledging to the noun of what it guarantees: a particle, an infinitive, an article
// and an adjective ("se ha comprometido a proteger los derechos", "pledged to fully respect the rights").
const PLEDGE_REACH = 5;
// How far after a promise's noun its owner's name may start, for the link between them (" made by the ", " da parte della ").
const OWNER_LINK_CHARS = 24;
// A break between clauses that a negation does not reach across (see idleNegation).
const STRONG_BREAK = /[;:]\s|\s[–—-]\s/u;
// What follows a verb with no subject of its own before what it reports: at most a short pronoun ("es", "het") and a comma or colon.
const IMPERSONAL_AFTER = /^(?:\s+\p{L}{1,3})?\s*[,:]/u;
const IMPERSONAL_REACH = 8;
// Words a causative's forced party may take when only the region's name tells whose it is ("Karabakh's small army to").
const FORCED_WORDS = 5;

// True when two verbs stand side by side with only a coordinator between them ("condemned and dismissed").
// `objectFirst`: the first verb may have its object before the coordinator ("called on them to stay and said").
/**
 * True when an act's own content opens right after its verb with a comma or a colon, as reported speech without a
 * complementizer does ("betont, den Bewohnern stehe es frei"). Not "y sostuvo que …": a "that" clause after the
 * second verb of one party's words on one matter stays that one statement's ("rechazó que … y sostuvo que …").
 */
function opensContent(act: { end: number }, text: string): boolean {
  return /^\s*[,:]/u.test(text.slice(act.end, act.end + 3));
}

function bareJoin(a: { end: number }, b: { start: number }, coordinators: Array<Hit<number>>, text: string, objectFirst = false): boolean {
  const between = coordinators.filter((c) => c.start >= a.end && c.end <= b.start);
  const and = objectFirst ? between.pop() : between[0];
  return !!and && (objectFirst || /^\s*$/u.test(text.slice(a.end, and.start))) && /^\s*$/u.test(text.slice(and.end, b.start));
}

// True when a criticism is aimed at someone's words about the key term rather than at the deed:
// a reference ("remarks", "statement", "accusations") stands between the verb and the term, tied to it
// by a preposition ("remarks about", "statement on"), not by "as" ("denounced the exodus as…").
// A verb with a gap ("described ~ as") holds its object: a reference inside the gap counts, one that
// ends the verb's own words ("repeated claims") does not.
// `tied`: the reference must be a noun for words joined to the term by at most a preposition and an
// article ("the allegation of ethnic cleansing"), not "it has nothing to do with …".
// `passive`: the verb is passive, its subject the words before it ("Armenia's claims of ethnic cleansing were
// branded unacceptable by Hajiyev"): a reference tied to a key term before the verb is aimed at.
function aimsAtWords(text: string, action: { start: number; end: number }, keys: ReadonlyArray<{ start: number; end: number }>, references: Array<Hit<number>>, lex: CompiledLexicon, tied = false, passive = false): boolean {
  const verbEnd = action.start + (/^\S+/u.exec(text.slice(action.start, action.end))?.[0].length ?? 0);
  if (passive && references.some((r) => r.end - r.start >= 6 && r.end <= action.start && keys.some((k) => k.start >= r.end && k.end <= action.start && tiedWords(text, r.end, k.start, lex)))) return true;
  const key = keys.find((k) => k.start >= verbEnd);
  // "Paşinyan'ın „etnik temizlik” suçlamasını kınadı": a language that puts its verb last names the words
  // (the reference) right after the term, with only quotation marks between, and the verb right after them.
  // "Den … Vorwurf der „ethnischen Säuberung“ nannte der Präsidentenberater eine Beleidigung": a verb-second
  // language may front the object, the words and their term, before the verb.
  if (!key) {
    if (lex.suffixing) return references.some((r) => r.end <= action.start && /^\s*$/u.test(text.slice(r.end, action.start)) && keys.some((k) => k.end <= r.start && /^[\s"“”«»„'’]*$/u.test(text.slice(k.end, r.start))));
    return !!lex.verbSecond && references.some((r) => r.end - r.start >= 6 && keys.some((k) => k.start >= r.end && k.end <= action.start && tiedWords(text, r.end, k.start, lex) && /^[\s"“”«»„'’]*$/u.test(text.slice(k.end, action.start))));
  }
  return references.some((r) => {
    if (r.start < verbEnd || (r.start < action.end && r.end >= action.end) || r.end > key.start) return false;
    // "die Vorwürfe ethnischer Säuberung": a genitive ties a noun to the term with no word between
    // (not a pronoun: "calling it ethnic cleansing" makes the allegation).
    const between = text.slice(r.end, key.start).trim().split(/\s+/u).filter(Boolean);
    if (tied) return r.end - r.start >= 6 && tiedWords(text, r.end, key.start, lex);
    return (between.length === 0 && r.end - r.start >= 6) || between.some((w) => isPreposition(w, lex));
  });
}

// True when the words between a reference and its key term tie them as a noun and its complement: at most
// a preposition and an article ("the allegation of", "der Vorwurf der").
function tiedWords(text: string, from: number, to: number, lex: CompiledLexicon): boolean {
  const between = text.slice(from, to).trim().split(/\s+/u).filter(Boolean);
  return between.length <= 2 && between.every((w) => isPreposition(w, lex) || w.length <= 3);
}

// How many words may stand between a key term and a negation after it that still negates the key
// term's clause: an auxiliary and a pronoun ("did not", "habe es nicht", "n'a pas eu lieu").
const NEGATION_TRAIL_WORDS = 3;

// True when a negation after a key term negates its clause: within a few words, with no punctuation
// and no word that opens another clause between ("ethnic cleansing, which Baku did not…" is not).
// With nothing between, only a language whose verbs take the negation before them (the ones with
// negative concord: "этнической чистки не было", "la limpieza étnica no existió") reads it so; in
// English a bare "not" after a noun opens a reduced clause ("an ethnic cleansing not seen since…").
function trailingNegation(text: string, from: number, to: number, lex: CompiledLexicon): boolean {
  const between = text.slice(from, to);
  if (/[^\p{L}\p{M}\s'’-]/u.test(between)) return false;
  const words = between.trim().split(/\s+/u).filter(Boolean);
  // In a verb-final language the verb that follows a key term is its clause's, negation and all ("etnik temizlik yapılmadı").
  if (words.length === 0) return lex.negativeConcord || lex.suffixing;
  const opens = [lex.subordinators, lex.complementizers, lex.coordinators, ...(lex.relatives ? [lex.relatives] : [])];
  return words.length <= NEGATION_TRAIL_WORDS && !words.some((w) => opens.some((re) => ((re.lastIndex = 0), re.exec(w)?.[0].length === w.length)));
}

// How many times plain negation words turn a clause: in a language with negative concord "no hubo
// ninguna limpieza étnica", "никакой чистки не было" negate once, however many negation words agree.
function concord(count: number, lex: CompiledLexicon): number {
  return lex.negativeConcord ? Math.min(count, 1) : count;
}

// True when a word is one of the lexicon's prepositions.
// How many short words may stand between a verb of warning and the risk it names ("of the", "dal", "vor der").
const WARNED_RISK_WORDS = 2;
// A short word: a preposition or an article ("contre le", "przed"), not a noun ("of Armenians who could …").
const WARNED_RISK_LINK = /^[\p{L}'’]{1,6}$/u;

/**
 * True when a hedge stands right after a verb of warning, with at most a preposition and an article
 * between ("warned of the risk of", "ha messo in guardia dal rischio di", "a mis en garde contre le
 * risque de", "warnte vor der Gefahr"): a warning is of what may come, so its risk is what it warns of,
 * not a forecast that hedges the clause. A modal further on ("warned that the Armenians could face …")
 * still hedges.
 */
function warnedRisk(text: string, warn: { end: number }, hedge: { start: number }, complementizers: ReadonlyArray<{ start: number }>): boolean {
  // "warned that they could …": a complementizer opens the warning's content, whose modal hedges it.
  if (hedge.start < warn.end || complementizers.some((c) => c.start >= warn.end && c.start < hedge.start)) return false;
  const words = text.slice(warn.end, hedge.start).trim().split(/\s+/u).filter(Boolean);
  return words.length <= WARNED_RISK_WORDS && words.every((w) => WARNED_RISK_LINK.test(w));
}

/**
 * True when the words right before a verb, from `from`, end with the region's name written with capitals ("Нагорный
 * Карабах", "Nagorno-Karabakh"), one to three words, and neither a preposition ("in Nagorno-Karabakh the troops
 * surrendered" names a place) nor another lower-case word (a noun the name is the genitive of) stands before them.
 */
function regionSubjectBefore(text: string, from: number, verbStart: number, lex: CompiledLexicon): boolean {
  const before = text.slice(from, verbStart);
  const name = /(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}$/u.exec(before);
  if (!name || !namesRegion(name[0])) return false;
  // Not after a lower-case word: "Местная газета Карабаха прекратит существование" is the newspaper's, the name its
  // genitive (bare in Russian, Polish and Czech). A date, a comma or the clause's start may stand before the subject.
  const previous = before.slice(0, name.index).trim().split(/\s+/u).pop();
  return !isPreposition(previous, lex) && !(previous !== undefined && /^\p{Ll}+$/u.test(previous));
}

function isPreposition(w: string | undefined, lex: CompiledLexicon): boolean {
  return w !== undefined && w.length > 0 && ((lex.prepositions.lastIndex = 0), lex.prepositions.exec(w)?.[0].length === w.length);
}

// A month's name, then at most a day, then a year: "January 2023", "January 1, 2024", "1 января 2024" (the day before the month is skipped over).
const MONTH_YEAR = /([\p{L}]+)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)(?!\d)/gu;
const ANY_YEAR = /(?:19|20)\d\d(?!\d)/u;

/** The months a text names with their year, as year × 12 + month − 1, in any language the engine reads. */
export function monthsNamed(text: string): number[] {
  const out: number[] = [];
  // The expression tries every word; most sentences name no year at all.
  if (!ANY_YEAR.test(text)) return out;
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = monthOf(m[1]!);
    if (month) out.push(Number(m[2]) * 12 + month - 1);
  }
  return out;
}

// An apostrophe and a suffix right after a name: its case ending in Turkish or Azerbaijani.
const CASE_ENDING = /^['’]\p{L}/u;

// Years from 1900 to 2099 as a sentence writes them.
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

// True when the words before a passive name the region as what undergoes it ("Nagorno-Karabakh will be
// dissolved", "the parliament of Karabakh was dissolved"), not as a place after a preposition ("the local
// newspaper in Stepanakert will be dissolved", "в Степанакерте") or, where a language writes its cases as
// endings, a name in another case ("Stepanakert'teki gazete", "Ստեփանակերտում").
function regionUndergoes(words: string, lex: CompiledLexicon): boolean {
  const list = words.trim().split(/\s+/u).filter(Boolean);
  return list.some((w, i) => {
    if (!namesRegion(w) || (i > 0 && namesRegion(list[i - 1]!))) return false;
    if (lex.suffixing && (/['’]/u.test(w) || (lex.caseEndings?.test(w.replace(/[^\p{L}\p{M}]+$/u, '')) ?? false))) return false;
    const prep = [list[i - 1], list[i - 2]].find((p) => p !== undefined && isPreposition(p, lex));
    return prep === undefined || lex.roleOf.test(` ${prep} `);
  });
}

// True when the words before `at` (from `from`) end in a preposition, or a preposition and one short word ("to the").
function afterPreposition(text: string, from: number, at: number, lex: CompiledLexicon): boolean {
  const words = text.slice(Math.max(from, at - 40), at).trim().split(/\s+/u).filter(Boolean);
  const isPrep = (w: string | undefined) => isPreposition(w, lex);
  const last = words[words.length - 1];
  return isPrep(last) || (last !== undefined && last.length <= 3 && isPrep(words[words.length - 2]));
}

// True when the language's auxiliary of an unsaid subject stands right before `at`, with nothing before it in the
// clause but function words (StatementLexicon.nullSubject): "…, ha rimarcato", "y había anunciado".
function auxiliaryOpens(text: string, from: number, at: number, lex: CompiledLexicon): boolean {
  if (!lex.nullSubject) return false;
  const before = text.slice(from, at);
  const last = hitsOf(0, lex.nullSubject, before).pop();
  return !!last && /^\s*$/u.test(before.slice(last.end)) && onlyFunctionWords(text, from, from + last.start, lex);
}

// True when words of company stand a few words before `at`, with no punctuation between ("insieme al presidente
// turco Erdogan, ha rimarcato …", "together with the Turkish president Erdogan"): the name keeps the subject company.
function keepsCompany(text: string, from: number, at: number, lex: CompiledLexicon): boolean {
  if (!lex.companions) return false;
  const before = text.slice(Math.max(from, at - COMPANY_REACH), at);
  return hitsOf(0, lex.companions, before).some((c) => !/[,.;:!?()«»"“”]/u.test(before.slice(c.end)) && wordsBetween(before, c.end, before.length) <= COMPANY_WORDS);
}
// How far before a name words of company are looked for, and how many words (a title, an adjective) may stand between.
const COMPANY_REACH = 60;
const COMPANY_WORDS = 3;

// The words before a verb that may be its own subject: not function words, not a possessive determiner
// ("ihre eigene Auflösung": its owner is another's), not the words of a prepositional phrase ("per Erlass",
// "by decree", "nach einem Tag": a preposition, any function words, and the one word they lead to).
function subjectWords(words: readonly string[], lex: CompiledLexicon): string[] {
  const is = (re: RegExp | null, w: string) => !!re && ((re.lastIndex = 0), re.exec(w)?.[0].length === w.length);
  const out: string[] = [];
  let inPhrase = false;
  for (const w of words) {
    if (isPreposition(w, lex)) {
      inPhrase = true;
      continue;
    }
    if (onlyFunctionWords(w, 0, w.length, lex) || is(lex.possessives, w)) continue;
    if (inPhrase) {
      inPhrase = false;
      continue;
    }
    out.push(w);
  }
  return out;
}

// True when nothing but conjunctions, auxiliaries, prepositions, negations and adverbs stands between two offsets.
function onlyFunctionWords(text: string, from: number, to: number, lex: CompiledLexicon): boolean {
  const words = text.slice(from, to).replace(/[^\p{L}\p{M}'’\s-]/gu, ' ').trim().split(/\s+/u).filter(Boolean);
  // Prepositions too: "agreed, on Friday, to lay down arms" ("em depor as armas") continues the subject before.
  const lists = [lex.coordinators, lex.subordinators, lex.auxiliaries, lex.passives, lex.negations, lex.complementizers, lex.prepositions];
  return words.every((w) => lists.some((re) => ((re.lastIndex = 0), re.exec(w)?.[0].length === w.length)));
}

// True when what stands before a verb is one constituent that is not its subject: adverbs ("ook",
// "bereits") or a phrase opened by a preposition ("nach einem Tag der Kämpfe"), or nothing after a
// leading subordinate clause. Not a coordinator: "und beschuldigte Eriwan" shares the subject before.
function verbSecondPlace(text: string, from: number, to: number, afterSubordinate: boolean, lex: CompiledLexicon): boolean {
  const words = text.slice(from, to).replace(/[^\p{L}\p{M}\d'’\s-]/gu, ' ').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return afterSubordinate;
  const is = (re: RegExp, w: string) => ((re.lastIndex = 0), re.exec(w)?.[0].length === w.length);
  if (words.some((w) => is(lex.coordinators, w) || is(lex.subordinators, w))) return false;
  // The phrase may open with an adverb ("Schon nach einem Tag", "Al na een dag").
  const lead = words.filter((w) => !is(lex.auxiliaries, w)).slice(0, 2);
  // A phrase of time ("Dit weekend", "Dertig jaar na de vorige keer") is an adverbial too.
  return lead.length === 0 || lead.some((w) => is(lex.prepositions, w)) || (!!lex.timeWords && words.some((w) => is(lex.timeWords!, w)));
}

// The party a subject the lexicon cannot name stands for: the separatist authorities when its words
// name the region ("Нагорный Карабах", "de enclave Nagorno-Karabach") or are the region's own
// (StatementLexicon.regionSide: "the local authorities", "Ermeni silahlı güçler"); else no one.
// True when a complementizer ("that", "dass", "que") opens the text at `from`.
function complementizerAt(text: string, from: number, lex: CompiledLexicon): boolean {
  lex.complementizers.lastIndex = 0;
  const m = lex.complementizers.exec(text.slice(from, from + 16));
  return !!m && m.index === 0 && !/[\p{L}\p{M}]/u.test(text[from + m[0].length] ?? '');
}

// `leading`: the phrase may run on past the region's name when it opens on it ("Karabakh committed
// itself to"), for an act only the region's side does.
function sideOf(text: string, from: number, to: number, lex: CompiledLexicon, leading = false): ActorId | null {
  if (to <= from) return null;
  const words = text.slice(from, to);
  // The region itself as the doer ("Нагорный Карабах капитулировал", "Le Haut-Karabakh a décrété"):
  // a short phrase, not anyone in it ("the protesters in Karabakh").
  if (namesRegion(words)) {
    const all = words.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
    // Before the name only an article or a word of the side ("Le Haut-Karabakh", "самопровозглашённый Карабах"):
    // another noun there is what the name's genitive modifies ("Местная газета Карабаха").
    const first = all.findIndex((w) => namesRegion(w));
    const lead = all.slice(0, first).filter((w) => [...w].length > ARTICLE_LETTERS && !sideWordsIn(w, lex));
    if (all.length <= REGION_DOER_WORDS && lead.length === 0) return REGION_SIDE;
    // "формирования «армии обороны Нагорного Карабаха»", "the army of Nagorno-Karabakh": an armed body or an
    // institution a few words before the region's last name, with no preposition before it and none between
    // but a genitive link, has the region's name as its genitive: it is the region's own.
    const isBody = (w: string) => [lex.armedBodies, lex.institutions].some((re) => re !== null && ((re.lastIndex = 0), re.exec(w)?.[0].length === w.length));
    const isLink = (w: string) => !isPreposition(w, lex) || ((lex.roleOf.lastIndex = 0), lex.roleOf.test(` ${w} `));
    const lower = all.map((w) => w.toLowerCase());
    const last = all.reduce((found, w, i) => (namesRegion(w) ? i : found), -1);
    for (let b = last - 1; b >= Math.max(0, last - REGION_BODY_WORDS); b--) {
      if (!isLink(lower[b]!)) break;
      if (isBody(lower[b]!) && (b === 0 || !isPreposition(lower[b - 1], lex))) return REGION_SIDE;
    }
    // Its name at the phrase's start: at most an article before it ("Karabakh", "Le Haut-Karabakh", "Nagorno-Karabakh's parliament").
    // Only a short phrase with no other clause opened in it: "Karabakh refugees in Goris hoped the army
    // would be disbanded", "Karabakh residents watched as the army laid down its weapons" name other doers.
    const opens = [lex.subordinators, lex.complementizers, lex.coordinators];
    if (
      leading &&
      all.length <= LEADING_PHRASE_WORDS &&
      !isPreposition(all[0], lex) &&
      namesRegion(all.slice(0, 2).join(' ')) &&
      // The name itself, not its possessive: "Nagorno-Karabakh's 30-year-old republic will cease to exist" has another subject.
      !all.slice(0, 2).some((w) => /['’]s$/iu.test(w)) &&
      !all.some((w) => opens.some((re) => ((re.lastIndex = 0), re.exec(w)?.[0].length === w.length)))
    )
      return REGION_SIDE;
  }
  return sideWordsIn(words, lex) ? REGION_SIDE : null;
}

// True when the words before a name that follows a preposition end on a state's body ("the foreign
// ministry in Baku", "власти в Ереване"): the place is that body's seat, and the name its state.
// So do an office's holders with nothing of their own before them ("a spokeswoman in Yerevan", "officials in
// Baku"; not "US officials in Baku"): see StatementLexicon.offices.
// An office's seat followed by "of/from + a body or name" ("the representatives in Yerevan of the UN refugee
// agency") is the seat of that body's office, not the seat's state (review 21 M3).
function seatOf(text: string, from: number, at: number, lex: CompiledLexicon, seatEnd?: number): boolean {
  const seats = (h: { end: number }) => wordsBetween(text, h.end, at) <= SEAT_WORDS && onlyFunctionWords(text, h.end, at, lex);
  if (lex.institutions && hitsOf(0, lex.institutions, text.slice(from, at), from).some(seats)) return true;
  if (seatEnd !== undefined && bodyAfterSeat(text, seatEnd, lex)) return false;
  return !!lex.offices && hitsOf(0, lex.offices, text.slice(from, at), from).some((h) => seats(h) && onlyArticle(text.slice(from, h.start)));
}

// True when the words before a name are an office and the link to the body it speaks for, with at most an
// article before the office ("A spokeswoman for the Armenian government said …"): the name is the subject, as
// after a genitive link (see StatementLexicon.officeLinks). "A spokesman for the protesters in Yerevan" has a
// noun of its own between the link and the name, and names no state.
function officeFor(text: string, from: number, at: number, lex: CompiledLexicon): boolean {
  const link = lex.officeOf;
  if (!lex.offices || !link) return false;
  return hitsOf(0, lex.offices, text.slice(from, at), from).some((h) => onlyArticle(text.slice(from, h.start)) && link.test(text.slice(h.end, at)));
}

// The most words of a link between a seat and the body whose office it is ("of the", "de la", "van de").
const SEAT_LINK_WORDS = 2;

// True when a genitive or doer link of the lexicon and then a capitalised name follow the seat: "in Yerevan of the
// UN refugee agency", "à Erevan de l'ONU", "in Baku from the ICRC".
function bodyAfterSeat(text: string, seatEnd: number, lex: CompiledLexicon): boolean {
  const words = text.slice(seatEnd, seatEnd + SEAT_BODY_REACH).trimStart().split(/\s+/u);
  for (let n = 1; n <= SEAT_LINK_WORDS && n < words.length; n++) {
    const link = words.slice(0, n).join(' ');
    // "de l'ONU": an elided article is glued to the name.
    const name = words[n]!.replace(/^\p{L}['’]/u, '');
    if (!/^\p{Lu}/u.test(name)) continue;
    if (lex.roleOf.test(link) && !/^\s*$/u.test(link)) return true;
    if (lex.doerLinks) {
      lex.doerLinks.lastIndex = 0;
      const m = lex.doerLinks.exec(link);
      if (m && m.index === 0 && m[0].length === link.length) return true;
    }
  }
  return false;
}
// Characters after a seat looked at for a link and a name.
const SEAT_BODY_REACH = 40;

// True when the words from a verb-second main clause's start to a name are one phrase opened by a preposition
// ("Vor dem eilig einberufenen UN-Sicherheitsrat"): no finite verb (an auxiliary or a passive's), no "dass", no
// punctuation stands between, so the name is inside the phrase before the verb, not its subject.
function frontedPhrase(text: string, from: number, at: number, lex: CompiledLexicon): boolean {
  const words = text.slice(from, at);
  if (/[,;:]/u.test(words) || !verbSecondPlace(text, from, at, false, lex)) return false;
  return ![lex.auxiliaries, lex.passives, lex.complementizers].some((re) => hitsOf(0, re, words).length > 0);
}

// True when the words before an office are at most an article: one short word, not a name's letters ("US", "EU").
function onlyArticle(words: string): boolean {
  const list = words.replace(/[^\p{L}\p{M}'’\s-]/gu, ' ').trim().split(/\s+/u).filter(Boolean);
  return list.length === 0 || (list.length === 1 && [...list[0]!].length <= ARTICLE_LETTERS && !(list[0]!.length > 1 && list[0] === list[0]!.toUpperCase()));
}

// The longest article before an office ("einer", "une", "una", "the").
const ARTICLE_LETTERS = 5;

/** Key terms that name the acts a party sets as its condition: disarming, dissolving (see conditionHits). */
// "В Ереване заявили", "В Ереване исход армян назвали …": a place that opens the clause is the government
// speaking only when its act follows within a short object, and not as a preposition's object: in "в
// Ереване протестовали против роспуска" the act's noun is what people there protested against.
const PLACE_VERB_WORDS = 3;

const CONDITION_TERMS: ReadonlySet<ConceptId> = new Set<ConceptId>(['disarm', 'dissolution']);

// How far after a passive's agent word its doer's words are read, for the side they name ("by the local authorities of the enclave").
const PASSIVE_AGENT_REACH = 50;

// True when the words between a noun and a name are only a genitive or doer link of the lexicon ("from", "de la", "van", "aus").
// So are a participle and the passive's agent word ("given by", "date da", "données par", "gegeven door").
function linkOnly(between: string, lex: CompiledLexicon): boolean {
  if (lex.roleOf.test(between)) return true;
  const words = between.trim().split(/\s+/u);
  if (words.length === 2 && /^\p{Ll}/u.test(words[0]!)) {
    lex.agents.lastIndex = 0;
    const m = lex.agents.exec(words[1]!);
    if (m && m.index === 0 && m[0].length === words[1]!.length) return true;
  }
  if (!lex.doerLinks) return false;
  lex.doerLinks.lastIndex = 0;
  const m = lex.doerLinks.exec(between.trim());
  return !!m && m.index === 0 && /^(?:\s+\p{L}{1,3})?\s*$/u.test(between.trim().slice(m[0].length));
}

/** Acts whose noun's genitive is its doer ("the demands of Baku", "la promesse d'Aliyev"), not its object. */
const SUBJECTIVE_ACTS: ReadonlySet<ActionId> = new Set<ActionId>(['demand', 'ask', 'pledge', 'refuse']);

// Words between an act's noun and its owner: an adjective, a link and an article ("exigence absolue de").
const OWNER_WORDS = 4;

// True when the words between an act's noun and a name tie the name to it as its doer: nothing (a
// genitive, "Ersuchen Armeniens"), "of"/"de"/"von" and an article (CompiledLexicon.roleOf), or a link of the lexicon
// ("from", "aus", "da parte di"), after at most one adjective.
function doerLink(between: string, lex: CompiledLexicon): boolean {
  const words = between.trim().split(/\s+/u).filter(Boolean);
  for (let skip = 0; skip <= Math.min(1, words.length); skip++) {
    const rest = words.slice(skip).join(' ');
    if (skip === 1 && /^\p{Lu}/u.test(words[0]!)) break;
    if (lex.roleOf.test(rest) && (rest !== '' || skip === 0)) return true;
    if (lex.doerLinks) {
      lex.doerLinks.lastIndex = 0;
      const m = lex.doerLinks.exec(rest);
      if (m && m.index === 0 && /^(?:\s+\p{L}{1,3})?\s*$/u.test(rest.slice(m[0].length))) return true;
    }
  }
  return false;
}

// A speaker's label before a colon: a role and a name ("Armenian Prime Minister Pashinyan:"), no longer.
const LABEL_WORDS = 4;

// Words from a verb-second verb to the seat of the body that is its subject: an article, the body, a
// preposition ("warf die Regierung in Jerewan …", "verklaarde de regering in Bakoe").
const SEATED_SUBJECT_WORDS = 4;

// Characters from an attribution to the seat of the office it names ("laut einer Regierungssprecherin in ").
const SOURCE_SEAT_REACH = 40;

// Characters from a body to the name of its seat: a preposition and an article ("in the capital" is not).
const SEAT_REACH = 12;

// Words between a state's body and the name of its seat: a preposition and an article ("der Regierung in der Hauptstadt" is not).
const SEAT_WORDS = 2;

// At most this many words from the region's name that opens a phrase to the act it does: the name, an
// unlisted verb and its particles ("Karabakh committed itself to", "Nagorno-Karabakh's parliament voted to").
const LEADING_PHRASE_WORDS = 5;

// At most this many words stand between an armed body or an institution and the region's name that makes it
// the region's ("армии обороны Нагорного Карабаха": two).
const REGION_BODY_WORDS = 3;

// At most this many words name the region itself as a doer: the name with an adjective or a date ("Нагорный Карабах 20 сентября").
const REGION_DOER_WORDS = 3;

// How far after a caused act its forced party may stand ("costretto alla resa le autorità locali").
const FORCED_AFTER = 40;

// The region's own side: the party its people and institutions stand for when the lexicon cannot name them.
const REGION_SIDE: ActorId = 'separatists';

// Acts whose object is rarely a party, so a lone name right after the verb is its subject ("negó
// Bakú …"); after any other verb ("обвинили Азербайджан в …", "attacked Armenia") a lone name is the
// object, and the subject is a name only when a second one follows ("Obvinil Jerevan Ázerbájdžán").
// Blocking takes a road, not a party ("перекрыт азербайджанской стороной" names its doer).
const NO_PARTY_OBJECT: ReadonlySet<ActionId> = new Set<ActionId>(['say', 'deny', 'concede', 'report', 'warn', 'pledge', 'agree', 'surrender', 'dissolve', 'block']);

// What ends the text before a quotation's tag: a closing quotation mark and a comma or a dash.
const QUOTE_TAG = /[»"”’'][\s,–—-]*$/u;
const QUOTE_TAG_REACH = 4;
// Words a tag's speaker may stand after its verb: an article, a title and a given name ("el canciller armenio Ararat").
const TAG_WORDS = 5;
// A word this short and in lower case inside a tag's noun phrase is an article or a preposition: another phrase opens.
const SHORT_WORD = 3;

// The subject of a clause that opens on its verb: the name right after it (at most one short word
// between, no preposition, not a possessive "Armenia's claims"), when the act allows it (see above).
// `tag`: the clause is a quotation's tag ("«…», denunció el canciller armenio Ararat Mirzoyan"): its subject
// may follow the verb with a title before the name (TAG_WORDS), whatever the act, with no preposition or
// punctuation between.
function postposedSubject(text: string, action: Hit<ActionId>, to: number, ms: readonly Mention[], lex: CompiledLexicon, tag = false): Mention | undefined {
  const after = ms.filter((m) => m.start >= action.end && m.end <= to && m.actor !== null);
  const first = after[0];
  if (!first || afterPreposition(text, action.end, first.start, lex)) return undefined;
  const gap = text.slice(action.end, first.start);
  // One noun phrase: an article may open it, not stand inside it ("un periodista francés ante la ONU": "la"
  // opens another phrase, a complement).
  const gapWords = gap.trim().split(/\s+/u).filter(Boolean);
  // A person's name, capitalised ("Ararat Mirzoyan"), not a body with its article ("la ONU").
  const titled = tag && /^\p{Lu}/u.test(text.slice(first.start, first.end)) && !/[^\p{L}\p{M}\s'’-]/u.test(gap) && gapWords.length <= TAG_WORDS && !gapWords.some((w) => isPreposition(w, lex)) && !gapWords.slice(1).some((w) => [...w].length <= SHORT_WORD && w === w.toLowerCase());
  if (!titled && !/^\s*(?:\p{L}{1,4}\s+)?$/u.test(gap)) return undefined;
  if (/['’]s$/iu.test(text.slice(first.start, first.end)) || /^['’]s\b/iu.test(text.slice(first.end, first.end + 3))) return undefined;
  if (NO_PARTY_OBJECT.has(action.id) || titled) return first;
  return after.some((m) => m !== first && m.actor !== first.actor) ? first : undefined;
}

// True when the words before a verb can be a subject: two words or more ("the local authorities",
// "un decreto che"), or one that is capitalised ("Karabakh", "Protesters"); a lone lower-case word
// is an adverb ("entretanto", "finally").
function nounPhrase(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).replace(/[^\p{L}\p{M}'’\s-]/gu, ' ').trim().split(/\s+/u).filter(Boolean);
  return words.length >= 2 || (words.length === 1 && /^\p{Lu}/u.test(words[0]!));
}

// How many words after a name in the genitive may stand before the body or role it owns ("Azərbaycanın
// Xarici İşlər Nazirliyi": three words of one name).
const OWNED_WITHIN = 3;
// How far past the name those words are looked for, in characters (three long words).
const OWNED_REACH = 80;

// True when a body or a role follows a name in the genitive ("Azərbaycanın prezidenti", "Azərbaycanın
// Xarici İşlər Nazirliyi"): the name then stands for the state acting through it, as a subject does.
function heads(text: string, from: number, lex: CompiledLexicon): boolean {
  const next = text.slice(from, from + OWNED_REACH).match(new RegExp(`^(?:\\s+[^\\s,.;:]+){1,${OWNED_WITHIN}}`, 'u'))?.[0] ?? '';
  return [lex.institutions, lex.anaphors].some((re) => re !== null && ((re.lastIndex = 0), re.test(next)));
}

// An aside between commas ("the separatists, shelled for a day, to capitulate"): short, no clause's end in it.
const ASIDE = /,[^,.;:!?]{1,80},/gu;

/** True when a point lies inside an aside between commas that opens after `from`. */
function asideAt(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return (before.match(/,/gu)?.length ?? 0) % 2 === 1;
}

/** Words between two points, an aside between commas left out. */
function wordsOutsideAsides(text: string, from: number, to: number): number {
  return text.slice(from, to).replace(ASIDE, ' ').trim().split(/\s+/u).filter(Boolean).length;
}

function wordsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).trim().split(/\s+/u).filter(Boolean).length;
}

function resolve(m: Mention, antecedent: ActorId | null): ActorId | null {
  return m.actor ?? m.of ?? antecedent;
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

// Clause boundaries: semicolons, colons, dashes between spaces, and commas not
// followed by reported content ("said, that…" stays one clause with its verb), nor inside a key term
// ("wurden gezwungen, ihre Heimat zu verlassen": the causative and its departure are one term).
function splitClauses(body: string, at: number, lex: CompiledLexicon, terms: ReadonlyArray<{ start: number; end: number }> = []): Clause[] {
  const out: Clause[] = [];
  const re = /[;:](?=\s)|\s[–—-]\s|,(?=["”»’]?\s)/gu;
  let from = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0] === ',') {
      const comma = at + m.index;
      if (terms.some((k) => k.start < comma && comma < k.end)) continue;
      const after = body.slice(m.index + 1, m.index + 16).trimStart();
      lex.complementizers.lastIndex = 0;
      const comp = lex.complementizers.exec(after);
      if (comp && comp.index === 0) continue;
    }
    push(out, body, at, from, m.index, lex);
    from = m.index + m[0].length;
  }
  push(out, body, at, from, body.length, lex);
  return out;
}

function push(out: Clause[], body: string, at: number, from: number, to: number, lex: CompiledLexicon): void {
  const piece = body.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (!trimmed) return;
  lex.subordinators.lastIndex = 0;
  const sub = out.length === 0 ? lex.subordinators.exec(trimmed.replace(/^["“«„‘']/u, '')) : null;
  out.push({ start: at + from + lead, end: at + from + lead + trimmed.length, leadingSubordinate: !!sub && sub.index === 0 });
}

// A clause with no verb of its own continues the one before ("asked for shelters, medicine and fuel"),
// unless that one is a leading "When Baku attacked," which does not take in the main clause.
// So does the clause after a verb that takes what follows as its object when its own clause holds
// none of it ("beschloss, sich … aufzulösen", "concordaram, na sexta-feira, em depor as armas"; not
// "agreed to disarm, dissolve their government and …", whose object is already there).
/** How far (in characters) after an attribution its source's name may start: an article and an office ("o Governo "). */
const SOURCE_NAME_GAP = 12;

/** How many words between a name and a coordinator make what follows the coordinator another conjunct with its own subject. */
const CONJUNCT_WORDS = 2;

function mergeClauses(clauses: Clause[], actions: Array<Hit<ActionId>>, concepts: ReadonlyArray<{ start: number; end: number }>, standsAlone: (c: Clause) => boolean = () => false, closed: (c: Clause) => boolean = () => false, endsOnHedge: (c: Clause) => boolean = () => false): Clause[] {
  const out: Clause[] = [];
  const hasAction = (c: Clause) => actions.some((a) => a.start >= c.start && a.end <= c.end);
  const endsOnContentVerb = (c: Clause) => {
    const last = actions.filter((a) => a.start >= c.start && a.end <= c.end).pop();
    return !!last && TAKES_CONTENT.has(last.id) && !concepts.some((k) => k.start >= last.end && k.end <= c.end);
  };
  for (const c of clauses) {
    const prev = out[out.length - 1];
    // A relative clause that ends at its closing comma (see relativeClauses) takes in nothing after it.
    if (prev && !prev.leadingSubordinate && !standsAlone(c) && !closed(prev) && ((!hasAction(c) && (hasAction(prev) || endsOnHedge(prev))) || endsOnContentVerb(prev))) prev.end = c.end;
    else out.push({ ...c });
  }
  return out;
}

