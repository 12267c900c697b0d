import { STEM_LETTER } from '../letters';
import { namesRegion } from '../region-names';
import { ACTION_IDS, ACTOR_IDS, ACTS_AS_TERMS, CONCEPT_IDS, type ActionId, type ActorId, type ConceptId, type Patterns, type StatementLexicon } from './lexicon/shape';

/** A match of a lexicon entry in a text, with its UTF-16 offsets. */
export interface Hit<T> {
  id: T;
  start: number;
  end: number;
}

/** A lexicon compiled to regular expressions: one per actor, action and concept, and one per word list. */
export interface CompiledLexicon {
  lang: string;
  /** True for a language that writes case endings as suffixes (see StatementLexicon.suffixing). */
  suffixing: boolean;
  actors: Array<[ActorId, RegExp]>;
  actions: Array<[ActionId, RegExp]>;
  /** Noun forms of acts whose doer follows them (StatementLexicon.agentAfter). */
  agentAfter: Array<[ActionId, RegExp]>;
  /** Noun forms of acts whose doer stands right before them (StatementLexicon.agentBefore). */
  agentBefore: Array<[ActionId, RegExp]>;
  /** Nouns of acts whose doer is in their own phrase (StatementLexicon.actNouns). */
  actNouns: Array<[ActionId, RegExp]>;
  /** Prepositions of circumstance (StatementLexicon.circumstances), or null. */
  circumstances: RegExp | null;
  /** Prepositions of a route (StatementLexicon.routes), or null. */
  routes: RegExp | null;
  /** Relative pronouns (StatementLexicon.relatives), or null for a language that lists none. */
  relatives: RegExp | null;
  /** Words that put someone beside the subject (StatementLexicon.companions), or null. */
  companions: RegExp | null;
  /** Links from an act's noun to its doer (StatementLexicon.doerLinks), or null. */
  doerLinks: RegExp | null;
  /**
   * What may stand between a noun and the name it is the genitive of: nothing, or a genitive link of the
   * lexicon (StatementLexicon.genitiveLinks), tested on the whole of the words between.
   */
  roleOf: RegExp;
  /** A genitive link ending the text before a name (the name is a genitive, no subject), or null. */
  genitiveBefore: RegExp | null;
  /** Words of a condition (StatementLexicon.conditions), or null. */
  conditions: RegExp | null;
  /** Possessive determiners (StatementLexicon.possessives), or null. */
  possessives: RegExp | null;
  /** True for a language with negative concord (StatementLexicon.negativeConcord). */
  negativeConcord: boolean;
  concepts: Array<[ConceptId, RegExp]>;
  /** Phrases stating a concept's opposite, for the concepts that have them. */
  opposites: Array<[ConceptId, RegExp]>;
  /** Any concept or opposite at all: one cheap test before a sentence is read in full. */
  anyConcept: RegExp;
  /** Any actor at all. */
  anyActor: RegExp;
  /** Any action at all. */
  anyAction: RegExp;
  anaphors: RegExp;
  /** A possessive before an institution that is no armed body ("its foreign ministry"), or null: see ownBodiesOf. */
  ownBodies: RegExp | null;
  /** Words for a body named before (StatementLexicon.bodies), or null. */
  bodies: RegExp | null;
  negations: RegExp;
  rhetorical: RegExp;
  attributions: RegExp;
  /** Attributions that count only at the start of a sentence (StatementLexicon.leadingAttributions), or null. */
  leadingAttributions: RegExp | null;
  /** Infinitives of acts, read only after a causative (StatementLexicon.causedActs). */
  causedActs: Array<[ActionId, RegExp]>;
  /** Nouns for arms and verbs of giving them up (StatementLexicon.arms, handOver), or null. */
  arms: RegExp | null;
  handOver: RegExp | null;
  /** Any of the causedActs, for the cheap test before a sentence is read (see anyConcept), or null. */
  anyCaused: RegExp | null;
  /** Verbs that make another do the act after them (StatementLexicon.causatives), or null. */
  causatives: RegExp | null;
  /** Infinitives and nouns of leaving, read after a causative (StatementLexicon.departures), or null. */
  departures: RegExp | null;
  /** Words of the region's own side (StatementLexicon.regionSide), or null. */
  regionSide: RegExp | null;
  /** The regionSide words that only describe a noun (StatementLexicon.regionSideAdjectives), or null. */
  regionSideAdjectives: RegExp | null;
  /** Nouns of a party an adjective of the side makes the side's (StatementLexicon.partyNouns), or null. */
  partyNouns: RegExp | null;
  /** A state's bodies (StatementLexicon.institutions), or null. */
  institutions: RegExp | null;
  /** People who speak for a state's bodies, by office (StatementLexicon.offices), or null. */
  offices: RegExp | null;
  /** The words between an office and the body it speaks for (StatementLexicon.officeLinks), anchored at both ends, or null. */
  officeOf: RegExp | null;
  /** Names of other breakaway regions (StatementLexicon.otherRegions), or null. */
  otherRegions: RegExp | null;
  /** The separatists' own words (the `separatists` actor), for `otherRegions`. */
  separatistWords: RegExp;
  /** Verbs negated by a suffix (StatementLexicon.verbNegations), or null. */
  verbNegations: RegExp | null;
  /** Words of time that make a phrase before a verb-second verb an adverbial (StatementLexicon.timeWords), or null. */
  timeWords: RegExp | null;
  /** Nouns of what a pledge guarantees (StatementLexicon.pledgedGoods), or null. */
  pledgedGoods: RegExp | null;
  /** Verbs of arriving (StatementLexicon.arrivals), or null. */
  arrivals: RegExp | null;
  /** Verbs of considering an offer (StatementLexicon.considerations), or null. */
  considerations: RegExp | null;
  /** A party's own troops and words for the region as a place (StatementLexicon.ownTroops, regionPlaces), or null. */
  ownTroops: RegExp | null;
  regionPlaces: RegExp | null;
  /** Signed instruments (StatementLexicon.instruments), or null. */
  instruments: RegExp | null;
  /** Verbs of ordering among the demand verbs (StatementLexicon.orders), or null. */
  orders: RegExp | null;
  /** Words of the course or occasion of an act (StatementLexicon.occasions), or null. */
  occasions: RegExp | null;
  /** Nouns of armed bodies, whose disbanding is their disarming (StatementLexicon.armedBodies), or null. */
  armedBodies: RegExp | null;
  /** Words of carrying the residents away, the convoys key term beside an escort (StatementLexicon.escorted), or null. */
  escorted: RegExp | null;
  agents: RegExp;
  complementizers: RegExp;
  prepositions: RegExp;
  auxiliaries: RegExp;
  coordinators: RegExp;
  /** Words that join two names into one subject (StatementLexicon.joiners), or null. */
  joiners: RegExp | null;
  subordinators: RegExp;
  references: RegExp;
  hedges: RegExp;
  /** Past duties whose modal is no hedge (StatementLexicon.pastDuties), or null. */
  pastDuties: RegExp | null;
  /** Words that undo an act (StatementLexicon.reversals), or null. */
  reversals: RegExp | null;
  /** Words of halting or putting off an act (StatementLexicon.halts), or null. */
  halts: RegExp | null;
  /** Negations that only restrict (StatementLexicon.restrictives), or null. */
  restrictives: RegExp | null;
  /** References that are a noun's article before a capitalised word (StatementLexicon.nounArticles), or null. */
  nounArticles: RegExp | null;
  /** The language's own letters (StatementLexicon.letters), or null. */
  letters: RegExp | null;
  /** A name's non-subject case ending, tested at the end of a name (StatementLexicon.caseEndings), or null. */
  caseEndings: RegExp | null;
  /** True for a verb-second language (StatementLexicon.verbSecond). */
  verbSecond: boolean;
  /** The auxiliaries that carry an unsaid subject (StatementLexicon.nullSubject), or null. */
  nullSubject: RegExp | null;
  /** Words that dismiss someone's words (StatementLexicon.dismissals), or null. */
  dismissals: RegExp | null;
  passives: RegExp;
  markers: RegExp;
}

// A gap of up to six words inside an entry ("asked ~ for" = "asked the EU for"); a short aside in
// brackets after a word is not counted ("asked the EU on Saturday (September 30) for").
const GAP = String.raw`(?:\s+[^\s.;!?(]+(?:\s+\([^()]{1,30}\))?){0,6}?\s+`;

// A longer gap, "~~", of up to fourteen words, for a verb whose particle closes its clause however long
// the object between ("hält den Behörden in Baku eine … Vertreibung vor"); it never crosses a sentence's end.
const LONG_GAP = String.raw`(?:\s+[^\s.;!?(]+(?:\s+\([^()]{1,30}\))?){0,14}?\s+`;

// No letter, mark or digit just before an entry: it starts a word.
const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}])`;

// The test that ends an entry: no letter or mark right after it (the entry ends a word).
const WORD_END = String.raw`(?![\p{L}\p{M}])`;

/** Turns one lexicon entry into a regular-expression source (the syntax is in lexicon/shape.ts). */
export function entrySource(entry: string): string {
  const { body, ends } = entryParts(entry);
  return `${WORD_START}(?:${body})${ends ? WORD_END : ''}`;
}

// An entry's expression without the word-start test, which a list tests once for all its entries,
// and whether it must end a word. An entry ending in "*" runs to the word's end anyway, so the test
// after it changes nothing and is kept, which lets it share the test with its neighbours; one
// ending in an apostrophe ("Azerbaijan’") is followed by the rest of the word.
function entryParts(entry: string): { body: string; ends: boolean } {
  let body = entry.trim().replace(/\s+~~\s+/g, '\u0001').replace(/\s+~\s+/g, '\u0000').replace(/\s+/g, String.raw`\s+`).replace(/\u0000/g, GAP).replace(/\u0001/g, LONG_GAP);
  const ends = !/['’]\]?$/.test(body);
  body = body.replace(/\*/g, `${STEM_LETTER}*`);
  return { body, ends };
}

/** One expression for a list of entries; longer alternatives first, so "the EU" wins over "EU". */
export function listExpression(entries: Patterns | undefined, where: string): RegExp {
  if (!entries || entries.length === 0) throw new Error(`${where}: empty word list; add at least one entry to the language's statement lexicon`);
  const sorted = [...entries].sort((a, b) => b.length - a.length).map(entryParts);
  // The word-start lookbehind once, before the alternatives, and the word-end look-ahead once after
  // each run of neighbours that need it, not after each: "(?:a|b)T" matches as "(?:aT|bT)" does
  // (the engine backtracks into the next alternative when T fails), but an expression with a
  // Unicode-class test per entry took tens of milliseconds to compile and ran many times slower.
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.ends === sorted[i]!.ends) j++;
    const bodies = sorted.slice(i, j).map((e) => `(?:${e.body})`).join('|');
    runs.push(sorted[i]!.ends ? `(?:${bodies})${WORD_END}` : bodies);
    i = j;
  }
  try {
    return new RegExp(`${WORD_START}(?:${runs.join('|')})`, 'giu');
  } catch (e) {
    throw new Error(`${where}: an entry is not a valid pattern (${(e as Error).message}); fix it in lib/statements/lexicon/`);
  }
}

// The shortest last word a suffixing language's entry is stemmed at: "ab" and "bm" stay whole words.
const SHORTEST_STEM = 4;

/** An entry of a suffixing language as a stem: "suçla" matches "suçladı"; entries already ending in `*`, single short words and possessives stay. */
export function stemEntry(entry: string): string {
  if (entry.endsWith('*') || /['’]\]?$/u.test(entry)) return entry;
  const last = entry.split(/\s+/u).pop() ?? '';
  // A phrase ("eşlik et" = eşlik etti) and a last word that is a group ("(?:hükümeti|ordusu)") are
  // stemmed at their end, as is a single word long enough.
  if (/\s/u.test(entry.trim()) || last.endsWith(')') || [...last].length >= SHORTEST_STEM) return `${entry}*`;
  return entry;
}

/** A suffixing language's lexicon with its names, verbs and key terms written as stems. */
function withStems(lex: StatementLexicon): StatementLexicon {
  if (!lex.suffixing) return lex;
  // A part left out stays out, for compileLexicon to name.
  const stems = <K extends string>(table: Record<K, Patterns>) => (table ? (Object.fromEntries(Object.entries<Patterns>(table).map(([k, v]) => [k, (v ?? []).map(stemEntry)])) as unknown as Record<K, Patterns>) : table);
  return { ...lex, actors: stems(lex.actors), actions: stems(lex.actions), agentAfter: lex.agentAfter && stems(lex.agentAfter as Record<ActionId, Patterns>), concepts: stems(lex.concepts), arrivals: lex.arrivals?.map(stemEntry), opposites: stems(lex.opposites as Record<ConceptId, Patterns>), needsObject: lex.needsObject?.map(stemEntry) };
}

/** What tells a text's language: the common words, and any name, verb or key term of the language. */
export interface LanguageDetector {
  markers: RegExp;
  /** The language's own letters (StatementLexicon.letters), or null. */
  letters: RegExp | null;
  anyActor: RegExp;
  anyAction: RegExp;
  anyConcept: RegExp;
}

/** The four expressions that tell whether a text is in this language, without compiling the rest of its lexicon. */
export function compileDetector(source: StatementLexicon): LanguageDetector {
  const lex = withStems(source);
  const at = (part: string) => `statement lexicon ${lex.lang}: ${part}`;
  return {
    markers: listExpression(lex.markers, at('markers')),
    letters: lettersExpression(lex),
    anyActor: listExpression(ACTOR_IDS.flatMap((id) => lex.actors?.[id] ?? []), at('actors')),
    anyAction: listExpression(ACTION_IDS.flatMap((id) => lex.actions?.[id] ?? []), at('actions')),
    anyConcept: listExpression(CONCEPT_IDS.flatMap((id) => [...(lex.concepts?.[id] ?? []), ...oppositesOf(lex, id)]), at('concepts')),
  };
}

/**
 * A concept's opposites: the lexicon's own and, for the expulsion, a word of one's own will beside a noun
 * of choosing, in either order with at most one word between (StatementLexicon.choices).
 */
function oppositesOf(lex: StatementLexicon, id: ConceptId): Patterns {
  const own = lex.opposites?.[id] ?? [];
  if (id !== 'expulsion' || !lex.choices?.own.length || !lex.choices.nouns.length) return own;
  const will = `(?:${lex.choices.own.join('|')})`;
  const choice = `(?:${lex.choices.nouns.join('|')})`;
  return [...own, `${will} ${CHOICE_GAP}${choice}`, `${choice} ${CHOICE_GAP}${will}`];
}

// At most one word between the word of will and the noun of choosing ("own free will", "scelta libera e individuale" is "scelta libera").
const CHOICE_GAP = String.raw`(?:[\p{L}\p{M}]+ )?`;

/**
 * A possessive before one of a language's institutions ("its foreign ministry", "su Ministerio de Exteriores",
 * "son gouvernement"): a word for the party that owns the body. Not its armed bodies ("its troops"), which are
 * a party's own troops (StatementLexicon.ownTroops), nor in a suffixing language, whose possessive is an ending.
 */
function ownBodiesOf(lex: StatementLexicon): Patterns {
  if (lex.suffixing || !lex.possessives?.length || !lex.institutions?.length) return [];
  const armed = lex.armedBodies?.length ? listExpression(lex.armedBodies, 'armedBodies') : null;
  const bodies = lex.institutions.filter((i) => !armed || !new RegExp(`^(?:${armed.source})$`, 'iu').test(i.replace(/\*$/u, '')));
  return lex.possessives.flatMap((p) => bodies.map((i) => `${p} ${i}`));
}

/** A concept's key terms: the lexicon's own, and the verbs of the acts that name it (ACTS_AS_TERMS). */
function termsOf(lex: StatementLexicon, id: ConceptId): Patterns {
  const own = lex.concepts?.[id] ?? [];
  // Not an entry with a gap: a key term swallows the names inside it ("leggen de separatisten … neer").
  // Nor one the lexicon says needs its object ("ergeben" also means "showed").
  const alone = new Set(lex.needsObject ?? []);
  const acts = ACTION_IDS.filter((a) => ACTS_AS_TERMS[a] === id).flatMap((a) => (lex.actions?.[a] ?? []).filter((e) => !/\s~/u.test(e) && !alone.has(e)));
  return acts.length ? unique([...own, ...acts]) : own;
}
const unique = (list: readonly string[]) => [...new Set(list)];

/** Compiles one language's lexicon; an empty or broken list is an error naming the part. */
export function compileLexicon(source: StatementLexicon): CompiledLexicon {
  const lex = withStems(source);
  const at = (part: string) => `statement lexicon ${lex.lang}: ${part}`;
  return {
    lang: lex.lang,
    suffixing: lex.suffixing === true,
    actors: ACTOR_IDS.map((id) => [id, listExpression(lex.actors?.[id], at(`actors.${id}`))]),
    actions: ACTION_IDS.map((id) => [id, listExpression(lex.actions?.[id], at(`actions.${id}`))]),
    agentAfter: ACTION_IDS.filter((id) => lex.agentAfter?.[id]?.length).map((id) => [id, listExpression(lex.agentAfter![id], at(`agentAfter.${id}`))]),
    agentBefore: ACTION_IDS.filter((id) => lex.agentBefore?.[id]?.length).map((id) => [id, listExpression(lex.agentBefore![id], at(`agentBefore.${id}`))]),
    actNouns: ACTION_IDS.filter((id) => lex.actNouns?.[id]?.length).map((id) => [id, listExpression(lex.actNouns![id], at(`actNouns.${id}`))]),
    circumstances: lex.circumstances?.length ? listExpression(lex.circumstances, at('circumstances')) : null,
    routes: lex.routes?.length ? listExpression(lex.routes, at('routes')) : null,
    negativeConcord: lex.negativeConcord === true,
    verbSecond: lex.verbSecond === true,
    nullSubject: lex.nullSubject?.length ? listExpression(lex.nullSubject, at('nullSubject')) : null,
    relatives: lex.relatives?.length ? listExpression(lex.relatives, at('relatives')) : null,
    companions: lex.companions?.length ? listExpression(lex.companions, at('companions')) : null,
    doerLinks: lex.doerLinks?.length ? listExpression(lex.doerLinks, at('doerLinks')) : null,
    roleOf: genitiveExpression(lex.genitiveLinks, '^\\s*(?:', ')?\\s*$', at('genitiveLinks')) ?? /^\s*$/u,
    genitiveBefore: genitiveExpression(lex.genitiveLinks, "(?:^|[\\s'’])(?:", ')\\s*$', at('genitiveLinks')),
    conditions: lex.conditions?.length ? listExpression(lex.conditions, at('conditions')) : null,
    possessives: lex.possessives?.length ? listExpression(lex.possessives, at('possessives')) : null,
    concepts: CONCEPT_IDS.map((id) => [id, listExpression(termsOf(lex, id), at(`concepts.${id}`))]),
    opposites: CONCEPT_IDS.filter((id) => oppositesOf(lex, id).length).map((id) => [id, listExpression(oppositesOf(lex, id), at(`opposites.${id}`))]),
    anyConcept: listExpression([...CONCEPT_IDS.flatMap((id) => termsOf(lex, id)), ...CONCEPT_IDS.flatMap((id) => oppositesOf(lex, id))], at('concepts')),
    pledgedGoods: lex.pledgedGoods?.length ? listExpression(lex.pledgedGoods, at('pledgedGoods')) : null,
    timeWords: lex.timeWords?.length ? listExpression(lex.timeWords, at('timeWords')) : null,
    anyActor: listExpression(ACTOR_IDS.flatMap((id) => lex.actors?.[id] ?? []), at('actors')),
    anyAction: listExpression(ACTION_IDS.flatMap((id) => lex.actions?.[id] ?? []), at('actions')),
    anaphors: listExpression(lex.anaphors, at('anaphors')),
    ownBodies: ((owned) => (owned.length ? listExpression(owned, at('possessives')) : null))(ownBodiesOf(lex)),
    bodies: lex.bodies?.length ? listExpression(lex.bodies, at('bodies')) : null,
    negations: listExpression(lex.negations, at('negations')),
    rhetorical: listExpression(lex.rhetorical, at('rhetorical')),
    attributions: listExpression(lex.attributions, at('attributions')),
    leadingAttributions: lex.leadingAttributions?.length ? listExpression(lex.leadingAttributions, at('leadingAttributions')) : null,
    causedActs: ACTION_IDS.filter((id) => lex.causedActs?.[id]?.length).map((id) => [id, listExpression(lex.causedActs![id], at(`causedActs.${id}`))]),
    causatives: lex.causatives?.length ? listExpression(lex.causatives, at('causatives')) : null,
    departures: lex.departures?.length && lex.causatives?.length ? listExpression(lex.departures, at('departures')) : null,
    anyCaused: lex.causedActs && Object.values(lex.causedActs).some((l) => l?.length) ? listExpression(Object.values(lex.causedActs).flatMap((l) => l ?? []), at('causedActs')) : null,
    arms: lex.arms?.length && lex.handOver?.length ? listExpression(lex.arms, at('arms')) : null,
    handOver: lex.arms?.length && lex.handOver?.length ? listExpression(lex.handOver, at('handOver')) : null,
    regionSide: lex.regionSide?.length ? listExpression(lex.regionSide, at('regionSide')) : null,
    regionSideAdjectives: lex.regionSide?.length && lex.regionSideAdjectives?.length ? listExpression(lex.regionSideAdjectives, at('regionSideAdjectives')) : null,
    partyNouns: lex.partyNouns?.length ? listExpression(lex.partyNouns, at('partyNouns')) : null,
    institutions: lex.institutions?.length ? listExpression(lex.institutions, at('institutions')) : null,
    offices: lex.offices?.length ? listExpression(lex.offices, at('offices')) : null,
    otherRegions: lex.otherRegions?.length ? listExpression(lex.otherRegions, at('otherRegions')) : null,
    separatistWords: listExpression(lex.actors?.separatists, at('actors.separatists')),
    officeOf: lex.offices?.length ? genitiveExpression(lex.officeLinks, '^\\s*(?:', ')\\s*$', at('officeLinks')) : null,
    verbNegations: lex.verbNegations?.length ? listExpression(lex.verbNegations, at('verbNegations')) : null,
    arrivals: lex.arrivals?.length ? listExpression(lex.arrivals, at('arrivals')) : null,
    considerations: lex.considerations?.length ? listExpression(lex.considerations, at('considerations')) : null,
    ownTroops: lex.ownTroops?.length ? listExpression(lex.ownTroops, at('ownTroops')) : null,
    regionPlaces: lex.regionPlaces?.length ? listExpression(lex.regionPlaces, at('regionPlaces')) : null,
    instruments: lex.instruments?.length ? listExpression(lex.instruments, at('instruments')) : null,
    orders: lex.orders?.length ? listExpression(lex.orders, at('orders')) : null,
    occasions: lex.occasions?.length ? listExpression(lex.occasions, at('occasions')) : null,
    escorted: lex.escorted?.length && lex.actions.escort?.length ? listExpression(lex.escorted, at('escorted')) : null,
    armedBodies: lex.armedBodies?.length ? listExpression(lex.armedBodies, at('armedBodies')) : null,
    agents: listExpression(lex.agents, at('agents')),
    complementizers: listExpression(lex.complementizers, at('complementizers')),
    prepositions: listExpression(lex.prepositions, at('prepositions')),
    auxiliaries: listExpression(lex.auxiliaries, at('auxiliaries')),
    coordinators: listExpression(lex.coordinators, at('coordinators')),
    joiners: lex.joiners?.length ? listExpression(lex.joiners, at('joiners')) : null,
    subordinators: listExpression(lex.subordinators, at('subordinators')),
    references: listExpression(lex.references, at('references')),
    hedges: listExpression(lex.hedges, at('hedges')),
    pastDuties: lex.pastDuties?.length ? listExpression(lex.pastDuties, at('pastDuties')) : null,
    reversals: lex.reversals?.length ? listExpression(lex.reversals, at('reversals')) : null,
    halts: lex.halts?.length ? listExpression(lex.halts, at('halts')) : null,
    restrictives: lex.restrictives?.length ? listExpression(lex.restrictives, at('restrictives')) : null,
    nounArticles: lex.nounArticles?.length ? listExpression(lex.nounArticles, at('nounArticles')) : null,
    dismissals: lex.dismissals?.length ? listExpression(lex.dismissals, at('dismissals')) : null,
    passives: listExpression(lex.passives, at('passives')),
    markers: listExpression(lex.markers, at('markers')),
    letters: lettersExpression(lex),
    caseEndings: lex.caseEndings ? new RegExp(`(?:${lex.caseEndings})$`, 'iu') : null,
  };
}

// A language's genitive links as one anchored expression (see CompiledLexicon.roleOf, genitiveBefore), or null for none.
function genitiveExpression(entries: Patterns | undefined, head: string, tail: string, where: string): RegExp | null {
  if (!entries?.length) return null;
  const bodies = [...entries].sort((a, b) => b.length - a.length).map((e) => `(?:${entryParts(e).body})`);
  try {
    return new RegExp(`${head}${bodies.join('|')}${tail}`, 'iu');
  } catch (e) {
    throw new Error(`${where}: an entry is not a valid pattern (${(e as Error).message}); fix it in lib/statements/lexicon/`);
  }
}

// One expression for a language's own letters, either case.
function lettersExpression(lex: StatementLexicon): RegExp | null {
  if (!lex.letters) return null;
  const escaped = [...lex.letters].map((c) => c.replace(/[\\\]^-]/gu, '\\$&')).join('');
  return new RegExp(`[${escaped}]`, 'giu');
}

/**
 * True when a phrase names the region's own side by its words (StatementLexicon.regionSide): a noun of
 * that side ("the separatists", "l'enclave"), or one of its adjectives beside a party's noun ("the local
 * authorities", "Ermeni silahlı güçler", "la république autoproclamée") or the region's name ("l'Artsakh
 * autoproclamé"), not an adjective of anything else ("the local newspaper in Stepanakert").
 */
export function sideWordsIn(phrase: string, lex: CompiledLexicon): boolean {
  if (!lex.regionSide) return false;
  const hits = hitsOf(0, lex.regionSide, phrase);
  if (hits.length === 0) return false;
  if (hits.some((h) => !describes(phrase.slice(h.start, h.end), lex))) return true;
  const parties = [lex.institutions, lex.offices, lex.armedBodies, lex.partyNouns].flatMap((re) => (re ? hitsOf(0, re, phrase) : []));
  const near = (a: { start: number; end: number }, b: { start: number; end: number }) => wordCount(phrase.slice(Math.min(a.end, b.end), Math.max(a.start, b.start))) <= ADJECTIVE_GAP_WORDS;
  return hits.some((h) => parties.some((p) => near(h, p)) || regionBeside(phrase, h));
}

/** True when a word of the region's side (a regionSide hit) is one of its adjectives. */
export function describes(word: string, lex: CompiledLexicon): boolean {
  const re = lex.regionSideAdjectives;
  if (!re) return false;
  re.lastIndex = 0;
  const m = re.exec(word);
  return !!m && m.index === 0 && m[0].length === word.length;
}

// At most this many words stand between an adjective of the side and the noun it describes
// ("Местные вооружённые формирования", "die nie anerkannte Republik").
const ADJECTIVE_GAP_WORDS = 1;

// True when the region's name stands right beside a hit, as the noun it describes ("l'Artsakh
// autoproclamé", "the self-proclaimed Artsakh"), not as a possessive before it ("Karabakh's local newspaper").
function regionBeside(phrase: string, hit: { start: number; end: number }): boolean {
  // Right beside it: a word between is the noun the name modifies ("Местная газета Карабаха").
  const before = phrase.slice(0, hit.start).trim().split(/\s+/u).filter(Boolean).slice(-1);
  const after = phrase.slice(hit.end).trim().split(/\s+/u).filter(Boolean).slice(0, 1);
  return [...before, ...after].some((w) => !/['’]s$/iu.test(w) && namesRegion(w));
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

/** Every match of an expression in `text`, offsets shifted by `offset`. */
export function hitsOf<T>(id: T, re: RegExp, text: string, offset = 0): Array<Hit<T>> {
  const out: Array<Hit<T>> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ id, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/**
 * The rows of a table whose ids are among `ids`, the same array on every call: tableHits compiles a
 * table's scan once per array, so a part of a table filtered afresh for each sentence was compiled
 * again for each sentence (about a twentieth of a page's statement reading).
 */
export function rowsOf<T>(table: Array<[T, RegExp]>, ids: ReadonlySet<T>): Array<[T, RegExp]> {
  let parts = ROWS.get(table);
  if (!parts) ROWS.set(table, (parts = new Map()));
  let rows = parts.get(ids) as Array<[T, RegExp]> | undefined;
  if (!rows) parts.set(ids, (rows = table.filter(([id]) => ids.has(id))));
  return rows;
}
const ROWS = new WeakMap<ReadonlyArray<[unknown, RegExp]>, Map<ReadonlySet<unknown>, Array<[unknown, RegExp]>>>();

/** Matches of a table of expressions; overlapping matches keep the longest (then the earliest). */
export function tableHits<T>(table: Array<[T, RegExp]>, text: string, offset = 0): Array<Hit<T>> {
  const all = table.length > 2 ? scanTable(table, text, offset) : table.flatMap(([id, re]) => hitsOf(id, re, text, offset));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Array<Hit<T>> = [];
  for (const h of all) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A table's expressions scanned together: where any of them starts, and all of them tried there at once,
 * each in a capturing look-ahead of its own (`at` holds the group that captures each expression's match).
 */
interface TableScan {
  starts: RegExp;
  all: RegExp;
  at: number[];
}

const SCANS = new WeakMap<ReadonlyArray<[unknown, RegExp]>, TableScan>();

/**
 * How many capturing groups an expression holds, read from its source: an opening parenthesis that is
 * not escaped, not inside a character class, and not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` (a named
 * group, `(?<name>`, counts). Compiling the expression to count them took a tenth of a worker's first
 * check (BENCHMARKS.md, stop 51).
 */
export function groupsIn(re: RegExp): number {
  const source = re.source;
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) groups++;
  }
  return groups;
}

function tableScan(table: ReadonlyArray<[unknown, RegExp]>): TableScan {
  let scan = SCANS.get(table);
  if (!scan) {
    // A zero-width look-ahead: it stops at every position where some entry starts, even inside
    // another entry's match, so no expression's match can be missed.
    const flags = (re: RegExp) => re.flags.replace(/[gy]/g, '');
    // The word-start test once, before the alternatives, as listExpression writes it.
    const body = (re: RegExp) => (re.source.startsWith(WORD_START) ? re.source.slice(WORD_START.length) : `(?:${re.source})`);
    const head = table.every(([, re]) => re.source.startsWith(WORD_START)) ? WORD_START : '';
    const shared = flags(table[0]![1]);
    if (table.some(([, re]) => flags(re) !== shared)) throw new Error(`a table's expressions differ in flags (${table.map(([, re]) => flags(re)).join(' ')}); compile them alike`);
    // Each expression's match at a position is what its own look-ahead captures there: one call tries them
    // all (a call per expression and position was most of a table's scan). Each may hold groups of its own.
    const at: number[] = [];
    let group = 1;
    for (const [, re] of table) {
      at.push(group);
      group += 1 + groupsIn(re);
    }
    scan = {
      starts: new RegExp(`${head}(?=${table.map(([, re]) => (head ? body(re) : `(?:${re.source})`)).join('|')})`, `g${shared}`),
      all: new RegExp(table.map(([, re]) => `(?:(?=(${re.source}))|)`).join(''), `y${shared}`),
      at,
    };
    SCANS.set(table, scan);
  }
  return scan;
}

// Every match of every expression of a table, as hitsOf on each would find them, in one pass over
// the text instead of one per expression: each expression is tried only where some entry starts.
// (A table of actions or concepts has twenty-odd expressions; most sentences hold two or three
// such starts.)
function scanTable<T>(table: Array<[T, RegExp]>, text: string, offset: number): Array<Hit<T>> {
  const { starts, all, at: groupOf } = tableScan(table);
  const out: Array<Hit<T>> = [];
  // Where each expression may match next: hitsOf resumes after a match's end.
  const resume = new Array<number>(table.length).fill(0);
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const at = m.index;
    all.lastIndex = at;
    const hits = all.exec(text)!;
    for (let i = 0; i < table.length; i++) {
      const hit = hits[groupOf[i]!];
      if (hit === undefined || hit.length === 0 || at < resume[i]!) continue;
      out.push({ id: table[i]![0], start: offset + at, end: offset + at + hit.length });
      resume[i] = at + hit.length;
    }
    // Past this position, by a whole code point (the expressions read code points).
    const code = text.charCodeAt(at);
    starts.lastIndex = at + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  }
  return out;
}
