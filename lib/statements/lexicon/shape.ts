/**
 * The shape every language's statement lexicon has, and the language-independent tables it
 * fills: who can act (actors), what they do (actions) and what about (concepts). A language is
 * one file of this shape; the reader is written once (lib/statements/reader.ts).
 *
 * Entries are small patterns, matched case-insensitively at word starts:
 *   `stem*`  the stem and any letters after it ("accus*" = accuse, accused, accusing);
 *   ` ~ `    a gap of up to six words ("asked ~ for" = "asked the EU for");
 *   ` ~~ `   a gap of up to fourteen words, for a particle that closes its clause ("hält ~~ vor");
 *   anything else is a regular expression fragment (`armenia['’]s`, `(?:has|have) not`).
 */

/** A state, government, official, force or agency whose acts the reports record. */
export const ACTOR_IDS = ['azerbaijan', 'armenia', 'separatists', 'russia', 'eu', 'un', 'france', 'italy', 'usa', 'turkey'] as const;
/** One actor. Officials and metonyms (Baku, Yerevan, Aliyev, Pashinyan) stand for their state. */
export type ActorId = (typeof ACTOR_IDS)[number];

/** What an actor does, in the words of any language. */
export const ACTION_IDS = [
  'say', 'accuse', 'concede', 'deny', 'report', 'warn', 'ask', 'refuse', 'demand', 'pledge', 'agree', 'surrender', 'open', 'block', 'escort', 'dissolve', 'send', 'criticise', 'compare', 'tolerate', 'attack', 'negotiate',
] as const;
/** One action. */
export type ActionId = (typeof ACTION_IDS)[number];

/**
 * How actions relate. Two statements are comparable when their actions share a family; their
 * stance is the action's sign times the clause's polarity, so "denied" (claim, −1) opposes
 * "accused" (claim, +1) and "turned down" (request, −1) opposes "asked for" (request, +1).
 * `singleAgent` marks acts only one party does in an event (blocking the road, dissolving the
 * republic, agreeing to lay down arms): a page naming another actor for them conflicts with the
 * reports. Two parties can both criticise, send missions or open centres, so for those another
 * actor is simply not addressed.
 */
export const ACTIONS: Record<ActionId, { family: string; sign: 1 | -1; singleAgent: boolean; label: string }> = {
  say: { family: 'claim', sign: 1, singleAgent: false, label: 'said' },
  accuse: { family: 'claim', sign: 1, singleAgent: false, label: 'accused' },
  concede: { family: 'claim', sign: 1, singleAgent: false, label: 'conceded' },
  deny: { family: 'claim', sign: -1, singleAgent: false, label: 'denied' },
  report: { family: 'claim', sign: 1, singleAgent: false, label: 'reported' },
  warn: { family: 'warn', sign: 1, singleAgent: false, label: 'warned' },
  ask: { family: 'request', sign: 1, singleAgent: false, label: 'asked for' },
  refuse: { family: 'request', sign: -1, singleAgent: false, label: 'refused' },
  demand: { family: 'request', sign: 1, singleAgent: false, label: 'demanded' },
  pledge: { family: 'pledge', sign: 1, singleAgent: false, label: 'pledged' },
  agree: { family: 'agree', sign: 1, singleAgent: true, label: 'agreed' },
  surrender: { family: 'agree', sign: 1, singleAgent: true, label: 'surrendered' },
  open: { family: 'open', sign: 1, singleAgent: false, label: 'opened' },
  // Not the opposite of opening: the road blocked in December was opened in September; both are true.
  block: { family: 'block', sign: 1, singleAgent: true, label: 'blocked' },
  escort: { family: 'escort', sign: 1, singleAgent: false, label: 'escorted' },
  dissolve: { family: 'dissolve', sign: 1, singleAgent: true, label: 'dissolved' },
  send: { family: 'send', sign: 1, singleAgent: false, label: 'sent' },
  criticise: { family: 'criticise', sign: 1, singleAgent: false, label: 'criticised' },
  compare: { family: 'compare', sign: 1, singleAgent: false, label: 'compared' },
  tolerate: { family: 'tolerate', sign: 1, singleAgent: false, label: 'would tolerate' },
  attack: { family: 'attack', sign: 1, singleAgent: false, label: 'attacked' },
  // Both sides of talks hold them, so another party named for them is no conflict.
  negotiate: { family: 'talks', sign: 1, singleAgent: false, label: 'held talks on' },
};

/** What a statement is about: the key terms a page and a report must share to speak of the same thing. */
export const CONCEPT_IDS = [
  'expulsion', 'no-armenians-left', 'armenia-army-presence', 'armed-presence', 'aid', 'disarm', 'dissolution', 'humanitarian-centre', 'losses', 'ukraine-war',
  'rights', 'reintegration', 'mission', 'corridor', 'weapons-shipments', 'convoys', 'offensive', 'stay', 'amnesty', 'talks', 'takeover', 'independence', 'interference', 'fear',
] as const;
/** One concept. */
export type ConceptId = (typeof CONCEPT_IDS)[number];

/**
 * Concepts that are claims about what happened, so a page can state them as fact and the reports
 * can give them as one side's allegation that the other denies. A clause with no actor's verb is
 * read only when it states one of these: "a humanitarian centre" alone says nothing.
 */
export const PROPOSITIONS: ReadonlySet<ConceptId> = new Set<ConceptId>(['expulsion', 'no-armenians-left', 'armenia-army-presence', 'armed-presence', 'fear']);

/**
 * What a party promises: the residents' rights and safety, an amnesty. (Not their staying: "insisted
 * there was no reason to flee" is itself the assurance, in any tense.) A saying about one is a promise
 * only in promise wording (StatementLexicon.promises); a clause about one with no verb, under an
 * attribution that names its speaker ("according to Aliyev, their rights will be respected"), is that
 * speaker's saying.
 */
export const PROMISED: ReadonlySet<ConceptId> = new Set<ConceptId>(['rights', 'amnesty']);

/**
 * What a party assures the residents of: that they may stay, that they have nothing to fear ("there was no
 * reason to flee", "hoeven nergens bang voor te zijn"). A clause about one with no verb, under an
 * attribution that names its speaker ("Volgens Azerbeidzjan …"), is that speaker's saying, as for PROMISED.
 */
export const ASSURANCES: ReadonlySet<ConceptId> = new Set<ConceptId>(['stay']);

/**
 * Concepts that state an absence ("no Armenians left"). In a language with negative concord a
 * negation beside one agrees with it ("non resterà nessun armeno", "не останется ни одного"): it
 * does not deny what the concept states.
 */
export const ABSENCES: ReadonlySet<ConceptId> = new Set<ConceptId>(['no-armenians-left']);

/**
 * Acts that name their own object: to surrender is to give up arms, to dissolve is to end the
 * government, so the verb is also the key term ("i combattenti … si sono arresi", "capitulated").
 * Each language's verbs for these acts count as that concept's key terms too.
 */
export const ACTS_AS_TERMS: Partial<Record<ActionId, ConceptId>> = { surrender: 'disarm', dissolve: 'dissolution' };

/** Actions whose object is what follows them ("told Baku to disarm", "asked for aid", "agreed to lay down arms"), not a second act. */
export const TAKES_CONTENT: ReadonlySet<ActionId> = new Set<ActionId>(['demand', 'ask', 'refuse', 'pledge', 'agree', 'tolerate', 'warn']);

/** Actors that are international bodies, for which "the organisation" can stand (StatementLexicon.bodies). */
export const BODIES: ReadonlySet<ActorId> = new Set<ActorId>(['un', 'eu']);

/** Words for each actor, action and concept in English, for explanations. */
export const ACTOR_LABELS: Record<ActorId, string> = {
  azerbaijan: 'Azerbaijan', armenia: 'Armenia', separatists: 'the Karabakh separatist authorities', russia: 'Russia', eu: 'the European Union',
  un: 'the United Nations', france: 'France', italy: 'Italy', usa: 'the United States', turkey: 'Turkey',
};
/** A doer the page does not name, as the explanations give the party the engine read it as ("the local authorities": the separatists). */
export function inferredDoer(label: string): string {
  return `(the page does not name who; read as ${label})`;
}
/** English words for each concept, for explanations. */
export const CONCEPT_LABELS: Record<ConceptId, string> = {
  expulsion: 'forced expulsion (ethnic cleansing, forced relocation)', 'no-armenians-left': 'no Armenians left in Karabakh', 'armenia-army-presence': "Armenia's own troops in Karabakh",
  'armed-presence': 'armed units on Azerbaijani territory', aid: 'aid (shelters, supplies, assistance)', disarm: 'disarming', dissolution: 'dissolving the separatist government',
  'humanitarian-centre': 'a humanitarian centre', losses: 'its own losses', 'ukraine-war': 'the war in Ukraine', rights: "the residents' rights", reintegration: 'reintegration into Azerbaijan',
  mission: 'a mission to the region', corridor: 'the Lachin corridor', 'weapons-shipments': 'weapons shipments', convoys: 'convoys of residents', offensive: 'the military offensive',
  stay: 'residents staying', amnesty: 'an amnesty', talks: 'talks', takeover: 'taking control of the region', independence: 'Karabakh independence',
  interference: 'foreign interference', fear: 'residents fearing persecution or reprisals',
};

/** A pattern list, as described at the top of this file. */
export type Patterns = readonly string[];

/** One language's words for statements. Every part must be filled: the lexicon test names a gap. */
export interface StatementLexicon {
  /** BCP 47 language code. */
  lang: string;
  /** The Unicode script the language is written in ("Latin", "Cyrillic"): a text in another script is not read with it. */
  script: string;
  /**
   * True for a language that writes case, person and tense as suffixes (Turkish, Azerbaijani,
   * Armenian): every name, verb and key term is then a stem that also matches its suffixed forms
   * ("suçla" = suçladı, suçlamıştı; "eşlik et" = eşlik etti), except single words of three letters
   * or fewer ("ab", "bm"), which would match too much.
   */
  suffixing?: boolean;
  /**
   * True for a language with negative concord, where "not" and "no one" together still say "no one"
   * (Italian, Spanish, Portuguese, French, Russian, Polish, Czech): see ABSENCES.
   */
  negativeConcord?: boolean;
  /**
   * True for a verb-second language (German, Dutch): a main clause opened by an adverb or a
   * prepositional phrase ("Ook beschuldigde Jerevan …", "Nach einem Tag ergaben sich die Separatisten")
   * has its subject right after the verb.
   */
  verbSecond?: boolean;
  /**
   * For a language that leaves a known subject unsaid (Italian, Spanish, Portuguese), the auxiliaries of its
   * compound past ("ha", "hanno", "había"): "Aliyev si è detto certo … . In conferenza stampa con Erdogan, ha
   * rimarcato di aver ripristinato la sovranità": a clause that opens on one, right before its verb, with no
   * subject in the sentence, is the last named subject's. A verb with no auxiliary may be a noun ("Denúncia de
   * …", a headline) and is left alone. Optional.
   */
  nullSubject?: Patterns;
  /** Names of each actor: the state, its capital, its government, forces and leaders, adjectives with a noun ("Azerbaijani authorities"). */
  actors: Record<ActorId, Patterns>;
  /** Words that stand for an actor named before: pronouns, "the country", a bare role ("the ambassador"). */
  anaphors: Patterns;
  /**
   * Words for an international body named before ("the organisation", "l'organisme", "die Organisation"):
   * they stand for the last body (BODIES: the UN, the EU) the text named, never for a state, and for
   * no one when none was named lately. Not "the agency" in any language: in news copy it is as often the
   * wire agency (AFP, Reuters) that wrote the report. Optional.
   */
  bodies?: Patterns;
  /** Verbs (and verb phrases) for each action, every common inflection. */
  actions: Record<ActionId, Patterns>;
  /**
   * Noun forms of an act whose doer follows them ("under the escort of Russian peacekeepers",
   * "в сопровождении российских миротворцев"): the actor is the name after them, not a name before.
   * Optional: a language may have none.
   */
  agentAfter?: Partial<Record<ActionId, Patterns>>;
  /**
   * Noun forms of an act whose doer stands right before them, as a name or its adjective ("a Russian
   * peacekeeping escort", "российский конвой"): the name at most one word before is the actor, even
   * after a preposition ("travelled with a Russian peacekeeping escort"). Optional.
   */
  agentBefore?: Partial<Record<ActionId, Patterns>>;
  /**
   * Nouns of acts whose doer is in their own phrase, not the clause's subject (see act-nouns.ts). For the
   * acts only the region's side does (`surrender`, `dissolve`: "the capitulation of the local forces",
   * "капитуляция Карабаха", "rozbrojenie oddziałów separatystów"), a genitive right after the noun that
   * names that side, by its words or the region's name, makes the act that side's, whatever verb governs
   * the noun. For requests and promises (`ask`, `pledge`: "ha ricevuto dall'Armenia una richiesta"), a
   * name tied to the noun by an agent or doer link right before it is the doer, not the subject that
   * receives it. Nouns only, not the verbs: a verb's object is what it is done to. Every language fills
   * all four (the lexicon test names a gap).
   */
  actNouns: Partial<Record<ActionId, Patterns>>;
  /**
   * Prepositions of circumstance ("after", "despite", "given", "après", "gezien", "trotz"): a noun of an
   * act right after one is an adverbial that takes the act as done ("après la reddition des
   * séparatistes"), not the object of what the clause's subject wants or does. Optional.
   */
  circumstances?: Patterns;
  /**
   * Prepositions of a route ("through", "via", "по"): a key term right after one ("through the Lachin
   * corridor") is where the act went, not what it is about, and is not counted when the act has
   * another key term. Optional.
   */
  routes?: Patterns;
  /**
   * Words of the course or occasion of an act ("during", "in the course of", "bei der", "в ходе"; in a
   * suffixing language the postposition after its noun: "entegrasyonu sürecinde"): a key term they govern
   * ("would respect their rights during their reintegration") is when the act happens, not what it is
   * about, and is not counted when the act has another key term, as for `routes`. Optional.
   */
  occasions?: Patterns;
  /** Key terms of each concept, as the reports and pages phrase them. */
  concepts: Record<ConceptId, Patterns>;
  /** Phrases that state a concept's opposite ("left voluntarily" is no expulsion): the concept, negated. Only some concepts have them. */
  opposites: Partial<Record<ConceptId, Patterns>>;
  /**
   * A free choice, as a word of one's own will and a noun of choosing ("own free will", "libera scelta",
   * "eigenem Willen", "decisión personal e individual", "vrije keuze"): the two, in either order with at
   * most one word between, state the expulsion's opposite (as `opposites` do), however the language
   * builds the phrase. Nouns of will and choice only: "decision" is in `opposites` with its own word
   * where the language has it. Optional; both or neither.
   */
  choices?: { own: Patterns; nouns: Patterns };
  /**
   * Nouns of what a pledge guarantees: rights ("derechos", "Rechte", "rechten"). Right after a verb of
   * pledging, within a few words ("se ha comprometido a proteger los derechos de quienes …", "promised to
   * respect the rights of those who stay"), the noun is the `rights` key term; elsewhere it is not
   * ("the rights of refugees were debated" pledges nothing). Optional.
   */
  pledgedGoods?: Patterns;
  /**
   * Words of time ("Wochenende", "jaar", "gestern", "zondag"): in a verb-second language a phrase before
   * the verb that holds one is an adverbial, not the subject ("Dit weekend sturen de Verenigde Naties een
   * missie", "Dertig jaar na de vorige keer stuurt de VN …"), so the subject follows the verb. So are adverbs
   * of time alone ("Zugleich sicherte er … zu", "Inmiddels stuurt de VN …"). Optional.
   */
  timeWords?: Patterns;
  /** Words that negate a clause ("not", "never", "nothing to do with"). */
  negations: Patterns;
  /** Questions that deny what they ask ("why should we tolerate"). */
  rhetorical: Patterns;
  /** Words that introduce the source of a statement ("according to"); the actor after them is the speaker. */
  attributions: Patterns;
  /**
   * Words that introduce a source only when they open the sentence and a name follows ("for Yerevan,
   * …", "para Pashinyan, …", "per Erevan, …"): elsewhere they are prepositions of purpose. Optional.
   */
  leadingAttributions?: Patterns;
  /**
   * Verbs that make someone else do the act after them ("forced … to lay down arms", "costretto alla
   * resa …", "заставили сложить оружие"): the one forced does the act, not the verb's subject. Active
   * forms only; a passive before them ("were forced to") leaves the subject the doer. Optional.
   */
  causatives?: Patterns;
  /**
   * Nouns for arms ("weapons", "armamento", "Waffen", "military equipment") and verbs of giving them up
   * ("handed over", "entregaram", "rendraient", "abgegeben"): a verb of these within a few words of a
   * noun of these, in either order ("handed over all their heavy weapons", "the weapons were handed
   * over", "die Waffen … abgegeben"), is the act of surrendering and its key term, however the phrase
   * is built. Only the region's side does that act: read with another party as its doer ("Russia
   * handed over weapons to Armenia"), it is not read at all. Optional; both or neither.
   */
  /**
   * Infinitives and nouns of leaving one's home ("to leave", "zu verlassen", "zum Verlassen", "a abandonar",
   * "покинуть"): the departure a causative makes someone take ("nobody forces them to leave", "wurden
   * gezwungen, ihre Heimat zu verlassen", "zum Verlassen Karabachs zu zwingen") is the forced leaving the
   * reports speak of, the `expulsion` key term. Not when the one forced is a party or a force ("forced
   * Armenian troops to leave"): that is a withdrawal. Elsewhere leaving is no key term. Optional; only
   * with `causatives`.
   */
  departures?: Patterns;
  arms?: Patterns;
  handOver?: Patterns;
  /**
   * Infinitives of acts ("to surrender", "a capitular"), read only as the act a causative before them
   * makes someone do ("forced the government to surrender"): elsewhere an infinitive's doer is rarely
   * the clause's subject ("Baku wanted the separatists to surrender"). Optional.
   */
  causedActs?: Partial<Record<ActionId, Patterns>>;
  /**
   * Words that make a subject the lexicon cannot name the region's own side: its people and what is
   * local to it ("the enclave's Armenians", "le autorità locali", "Ermeni silahlı güçler"). An act only
   * one party does (surrendering, dissolving), by such a subject or by one that names the region
   * ("Нагорный Карабах капитулировал"), is the separatist side's. Optional.
   */
  regionSide?: Patterns;
  /**
   * Of the `regionSide` words, those that only describe a noun ("local", "Armenian", "self-proclaimed",
   * "местная", "lokale", "yerel"), written to match the whole word: they make a subject the side's only
   * beside a party's noun (an institution, an office, an armed body, or a noun of `regionSide`: "the local
   * authorities", "the self-proclaimed republic"), not "the local newspaper will cease to exist". A word
   * that is as often the noun ("the Armenians", "les séparatistes") is left out. Optional.
   */
  regionSideAdjectives?: Patterns;
  /**
   * Nouns of a party that one of the `regionSideAdjectives` makes the side's, besides `institutions`,
   * `offices` and `armedBodies`: its republic, regime, leaders ("die nie anerkannte Republik"). Not a noun with
   * a common other meaning ("side" is also a sports team, "Seite" a page, "parte" a part, "taraf" the passive's
   * "by"). Optional.
   */
  partyNouns?: Patterns;
  /**
   * Entries of the surrender and dissolve actions that do not name their own object alone, written
   * exactly as in `actions`: German "ergeben" is also "showed", Russian "сдал" "handed in", Polish
   * "rozwiązać" "solve", Dutch "opgeheven" "lifted". The other entries of those actions are also the
   * act's key terms (ACTS_AS_TERMS); these stay verbs only. Optional.
   */
  needsObject?: readonly string[];
  /**
   * A state's bodies, for which a capital named after a preposition stands ("the foreign ministry in
   * Baku", "die Regierung in Baku", "власти в Ереване"): the name is then the subject. After any other
   * noun it only says where ("the protesters in Yerevan"), and the subject is that noun. Not diplomats,
   * embassies or officials: a capital hosts other states' too ("Western diplomats in Baku"). Optional.
   */
  institutions?: Patterns;
  /**
   * People who speak or act for a state's bodies, named by their office ("a spokeswoman", "officials",
   * "eine Regierungssprecherin", "un portavoz", "представитель"): with a capital after a preposition and
   * nothing before them but an article ("a spokeswoman in Yerevan", "laut einer Regierungssprecherin in
   * Eriwan", "officials in Baku"), the capital's state speaks or acts through them, as through an
   * institution. Not with a word of their own before them ("Western officials in Baku", "US officials in
   * Baku": a capital hosts other states' people too), nor diplomats. Optional; not in a suffixing
   * language, which puts the seat before the office with a case ending ("Bakü'deki yetkililer").
   */
  offices?: Patterns;
  /**
   * Words that tie one of the `offices` to the body it speaks for, where the language does not use its genitive
   * link ("a spokeswoman for the Armenian government", "an adviser to the Azerbaijani president"): with at
   * most an article before the office, the name right after the link is the office's state and the clause's
   * subject, as a genitive would make it ("the spokeswoman of the Armenian government"). Not after a noun
   * of the office's own ("a spokesman for the protesters in Yerevan" names no state). Optional.
   */
  officeLinks?: Patterns;
  /**
   * Names of other breakaway regions and their separatists ("Donbas", "Transnistria", "Abkhazia", "Kosovo"): a
   * word for separatists with one of these right after it or right before it ("the separatists in Donbas",
   * "Donbas separatists", "сепаратисты Донбасса") speaks of that region's, not Karabakh's, and the statements
   * the sentence gives them are not read. Optional.
   */
  otherRegions?: Patterns;
  /**
   * Verbs negated by a suffix ("yapılmadı", "yapılmadığını": was not done), in a language that writes
   * negation inside the verb. Such a verb right after a key term negates that term's clause
   * ("etnik temizlik yapılmadı"); elsewhere in the sentence it may be another clause's verb. Optional.
   */
  verbNegations?: Patterns;
  /**
   * Verbs of arriving ("reached", "ha llegado a", "dotarła do"): in a clause about a mission, its
   * arrival is its owner's act of sending it ("A UN team reached Karabakh": the UN sent a mission).
   * Elsewhere they say nothing the reports speak of. Optional.
   */
  arrivals?: Patterns;
  /**
   * Verbs of considering, weighing or studying an offer ("is considering", "weighs", "zieht in Betracht",
   * "songe à", "estudia", "рассматривает"): followed within a few words by what a party promises (PROMISED:
   * "is considering an amnesty for the fighters", "Bakú estudiaba «amnistiar» a quienes …"), they are that
   * party's offer, a pledge. About anything else ("is considering sending a mission") they say nothing that
   * happened. Optional.
   */
  considerations?: Patterns;
  /**
   * A party's own troops, said of itself ("its own troops", "forces of its own", "had any troops",
   * "soldados suyos", "свою армию", "eigene Truppen"): followed within a few words by the region's name
   * or a word for it (`regionPlaces`: "there", "in the enclave", "en la zona"), they are Armenia's army in
   * Karabakh (the `armenia-army-presence` key term) when the clause's doer is Armenia ("Yerevan denies it
   * has any troops there"). With another doer ("Baku said it had no troops of its own in Karabakh") or
   * another place they are no key term. Optional.
   */
  ownTroops?: Patterns;
  /**
   * Words of carrying the residents away ("the evacuation", "to be taken to Armenia", "вывезут",
   * "Evakuierung"): beside an escort (a verb or noun of the `escort` action, within a few words), they
   * are what is escorted, the `convoys` key term ("the evacuation proceeds under the escort of Russian
   * peacekeepers"). Elsewhere they are no key term: "Armenia planned the evacuation" escorts nothing.
   * Optional.
   */
  escorted?: Patterns;
  /**
   * Verbs of ordering and decreeing ("ordered", "decreed", "ordenó", "a ordonné", "приказал"), written as
   * they stand among the `demand` verbs: the region's side ordering an act only it does ("the separatist
   * leader ordered all state bodies disbanded") does that act, by its order. Another party's order stays
   * a demand ("Baku ordered the separatists to disarm"). Optional.
   */
  orders?: Patterns;
  /**
   * Nouns of armed bodies ("units", "forces", "Truppen", "вооружённые силы", "birlikleri"): the dissolution or
   * disbanding of one, named right after the act's word ("dissolve its units", "lo scioglimento dei reparti
   * armati") or just before it in its own clause ("the separatist units are to disband", "силы сепаратистов …
   * будут распущены"), is their disarming, the `disarm` key term and the act of surrendering, not the end of the
   * republic (`dissolution`). Optional.
   */
  armedBodies?: Patterns;
  /** Words that stand for the region as a place ("there", "in the enclave", "en la zona", "в регионе"): see `ownTroops`. Optional. */
  regionPlaces?: Patterns;
  /**
   * A signed instrument and what ties it to the act it does ("signed a decree that", "ha firmato un
   * decreto che", "подписал указ о"): the act is the signer's, as if the words were not there. Optional.
   */
  instruments?: Patterns;
  /**
   * Words that tie the noun of a request or a promise to its doer after it, besides "of" and a bare
   * genitive ("the demands from Baku", "die Zusicherungen aus Baku", "da parte di", "de la part de").
   * Optional.
   */
  doerLinks?: Patterns;
  /**
   * Words that tie a noun to the name right after it as its genitive ("of the", "de la", "della", "von
   * der", "van de"): "the ambassador of Azerbaijan" is Azerbaijan's, "la capitulación de la República"
   * the republic's own act, and a name after one is no subject ("A ofensiva de Baku terminou com …").
   * A bare genitive (nothing between, "посол Азербайджана") counts in every language. Optional.
   */
  genitiveLinks?: Patterns;
  /**
   * Words that make what follows the condition of another act ("only if", "on condition that", "que
   * si", "nur wenn", "solo si"): a surrender or dissolution after one is not done but demanded, by the
   * party named before the condition. Optional.
   */
  conditions?: Patterns;
  /** Words before the agent of a passive verb ("by"). */
  agents: Patterns;
  /** Words that begin reported content ("that"); a clause is not split before them. */
  complementizers: Patterns;
  /** Prepositions: a name after one ("the ambassador to the EU") is not the subject of the verb that follows. */
  prepositions: Patterns;
  /** Auxiliaries and adverbs that may stand between a clause's start and a verb whose subject is the clause before's ("and has since called on"). */
  auxiliaries: Patterns;
  /**
   * Words that join two names into one subject ("Azerbaijan and Russia said", "Baku und Moskau erklärten"):
   * what the joined subject says or does, each of the two says or does. Only the plain "and" of the language,
   * never "but", "while" or "with" (b11s).
   */
  joiners?: Patterns;
  /** Words that join two acts of one actor ("denied the claim and called on them to stay"): what follows is not what the first verb says. */
  coordinators: Patterns;
  /** Words that open a leading subordinate clause ("when", "after"): it does not take in the main clause after it. */
  subordinators: Patterns;
  /**
   * Relative pronouns that open a clause about the name just before them ("Baku, which urged…",
   * "Bakou, qui les exhorte…"): that name is the clause's subject. Optional.
   */
  relatives?: Patterns;
  /**
   * Words that put someone beside the subject ("insieme al", "together with", "aux côtés de", "вместе с"): a name a
   * few words after them ("insieme al presidente turco Erdogan, ha rimarcato …") keeps the subject company and is
   * never the subject. Optional.
   */
  companions?: Patterns;
  /**
   * Possessive determiners that tie an act's noun to its owner ("announced their surrender", "seine
   * Selbstauflösung", "leur capitulation", "su propio desarme"), with "own" words after them: a key
   * term that names an act (ACTS_AS_TERMS) right after one is that act, done by the clause's subject,
   * whatever verb governs it. Optional.
   */
  possessives?: Patterns;
  /** Words that refer back to what was said before, as an object ("the accusation", "that"). */
  references: Patterns;
  /** Auxiliaries that make the verb after them passive ("were escorted by"): the noun before it is not its actor. */
  passives: Patterns;
  /**
   * Words of fear, possibility, forecast or duty ("could face", "concerns of a possible", "must
   * guarantee", "обязан гарантировать"): such a clause states nothing that happened. Duties in the
   * present only: "had to hand over their weapons" ("mussten", "ont dû") says it was done.
   */
  hedges: Patterns;
  /**
   * A duty in a past tense built with a present auxiliary and an infinitive of the modal ("hatten die
   * Waffen strecken müssen", "hebben hun wapens moeten inleveren"): it says the act was done, so the
   * modal inside it is no hedge. Not a counterfactual ("hätten … müssen", "hadden … moeten": should
   * have). Optional.
   */
  pastDuties?: Patterns;
  /**
   * Words that undo an act ("revoked the decree", "erklärte … für ungültig", "отменил указ"): a clause
   * holding one reports another event than the act it names, which the reports do not address. Optional.
   */
  reversals?: Patterns;
  /**
   * Words of halting, stopping, suspending or putting off an act ("ordered a halt to the dissolution", "приказал
   * приостановить", "ordenó aplazar"): an order whose clause holds one (or a negation) orders the act not done,
   * so the region's side ordering it does not do it (see `orders`; review 22 H6). Not the words of ceasing that
   * name the dissolution itself ("cease to exist", "прекратить существование"). Optional.
   */
  halts?: Patterns;
  /**
   * A negation that only restricts ("ne cherche qu'à achever", "n'a qu'un but": "only"), or none: the
   * negation words inside it negate nothing. A real negation beside it ("ne veut pas que") still counts.
   */
  restrictives?: Patterns;
  /**
   * Entries of `references` that are also a noun's article, in a language that capitalises its nouns: before a
   * capitalised word they are that noun's article ("verurteilte das Vorgehen Aserbaidschans"), not a word for
   * what was just said ("wies das zurück"). Optional.
   */
  nounArticles?: Patterns;
  /**
   * Words that dismiss what someone said ("an insult", "lies", "baseless", "inacceptable"): "described
   * the allegation of ethnic cleansing as an insult" denies it. A verb of saying aimed at someone's
   * words about a key term ("the allegation of …") without one of these neither makes nor denies the
   * allegation, and states nothing. Optional.
   */
  dismissals?: Patterns;
  /**
   * Endings of a name in a case that is not the subject's, in a suffixing language that writes them
   * onto the name with no apostrophe ("Azərbaycanın Qarabağ bölgəsindəki qondarma qurum …": of
   * Azerbaijan; Turkish writes "Azerbaycan'ın", which the reader tells by the apostrophe). A name
   * ending so is not the clause's subject. Optional.
   */
  caseEndings?: string;
  /**
   * Words that make the content of a plain saying a promise: future and modal forms ("will", "would",
   * "будут", "-ecek") and verbs of guaranteeing, respecting or protecting ("guarantee", "respect",
   * "соблюдать"). "Said the residents' rights would be respected" promises them; "said the talk of
   * their rights was a provocation" does not, and is no pledge (judge.ts, PROMISED). Optional: a
   * language without them reads every saying about what is promised as a promise.
   */
  promises?: Patterns;
  /** Common short words of the language, to tell which lexicon reads a text. */
  markers: Patterns;
  /**
   * Letters only this language writes among those of its script with a lexicon (Czech "řěů", Polish
   * "łąęśźżćń", Portuguese "ãõ"): each counts as a common word when a text's language is told, so a
   * short sentence with few common words ("Baku exigiu que as forças…", whose "que" is Spanish too)
   * is still told apart from its neighbour. Optional.
   */
  letters?: string;
}
