/**
 * The shape every language's vocabulary fills. The engine is compiled from these files: adding
 * a language is one file, adding a word is one line (`tests/unit/lexicon.test.ts` names any gap).
 *
 * Word lists use one small notation: a word ending in `*` matches any ending ("покинул*" reads
 * "покинули" and "покинуло"); `…` stands for up to three words ("called … home"); other entries
 * are whole words or phrases, matched case-insensitively.
 */

/** A language the engine reads, by its ISO 639-1 code. */
export type LanguageCode = 'en' | 'fr' | 'de' | 'it' | 'es' | 'pt' | 'nl' | 'pl' | 'cs' | 'ru' | 'tr' | 'az' | 'hy';

/** What happened to the people or things a figure counts. */
export type Action =
  | 'left'
  | 'population'
  | 'remaining'
  | 'killed'
  | 'wounded'
  | 'evacuated'
  | 'registered'
  | 'housed'
  | 'detained'
  | 'missing'
  | 'journey'
  | 'war'
  | 'access'
  | 'aid'
  // Refugees counted by a state programme: who applied for it or were issued its certificate, and who found work.
  | 'applied'
  | 'employed';

/** What a figure counts, read from the noun that follows it ("21,000 vehicles"). */
export type Thing = 'people' | 'residents' | 'refugees' | 'civilians' | 'children' | 'vehicles' | 'troops' | 'peacekeepers';

/** A part of a month: its first, middle or last ten days or so. */
export type MonthPart = 'early' | 'mid' | 'late';

/**
 * What a date marks: "dissolve on 1 January 2024", "blocked ... in December". `takeover` (a verb of taking
 * control: "recaptured", "took control of") dates the offensive, which took the region in a day, when the
 * date lies in its time; `decree` (the noun "decree") dates the day the dissolution was decreed; `breakaway` (a verb
 * of seceding or proclaiming independence: "broke away", "1991 erklärte … Unabhängigkeit") dates the region's
 * breaking away from Azerbaijan, which the reports put "in the 1990s" and which is neither the first war's start nor
 * its end. Its `dateNouns` are empty in every language: a noun of it beside a year ("the breakaway state since 1991",
 * "the 1991 declaration") names the state or the document, and "since" opens a period rather than dating the act.
 */
export type DateAction = 'dissolution' | 'blockade' | 'end' | 'start' | 'exodus' | 'takeover' | 'decree' | 'breakaway';

/** How the text hedges a figure, for the words that say so ("more than" is `gt`). */
export type QualifierWord = 'gt' | 'ge' | 'almost' | 'approx' | 'le' | 'lt' | 'only';

/** Unit words, each read into kilometres, days or money. */
export type UnitWord = 'km' | 'miles' | 'hours' | 'days' | 'weeks' | 'months' | 'years' | 'decades' | 'money';

/**
 * Events whose own words move a figure away from the 2023 exodus (or to it). `peace` (the
 * treaty talks and declarations after it) scopes no figure: it only tells what a later page is about.
 */
export type EventWord = 'exodus-2023' | 'blockade' | 'war-2020' | 'war-1990s' | 'fuel-depot' | 'conflict' | 'genocide-1915' | 'peace';

/**
 * One language's vocabulary. Every field is required but the English-only ones at the end; an empty
 * list says "this language has none".
 */
export interface LanguageLexicon {
  code: LanguageCode;
  /** The language's English name, for messages and tests. */
  name: string;
  script: 'latin' | 'cyrillic' | 'armenian';
  /**
   * True when words take case, possessive and person endings after the stem (Turkish "askerin",
   * Azerbaijani "qaçqınlar", Armenian "մարդու"): every entry of the word lists then reads with any ending.
   */
  suffixing: boolean;
  /** Frequent short words, to tell the language of a text. */
  stopwords: string[];
  /** The decimal mark: "1.5" in English, "1,5" in most of Europe. */
  decimalMark: '.' | ',';
  /** Small numbers written as words that stand alone ("drei Tage", "три дня"). */
  numberWords: Record<string, number>;
  /**
   * Number words that are also frequent English words (Italian "due", Spanish "once", French "seize"):
   * read only when the text is known to be in this language, never when every lexicon reads a text
   * whose language is not known ("due to", "once again").
   */
  numberWordsOwnText?: Record<string, number>;
  /**
   * The word that joins units and tens inside one compound number word, where the language has one: Czech
   * "čtyřiačtyřicetidenní" (four-and-forty-day), German "vierundvierzigtägigen", Dutch "vierenveertigdaagse".
   */
  numberJoins?: string[];
  /** Scale words after digits: "85 тысяч", "1,2 Millionen", "100 bin". */
  scales: Record<string, number>;
  /** Orders of magnitude written as words, as [low, high]: "thousands" is [2000, 9999]. */
  vague: Array<[string, [number, number]]>;
  /** Shares written as words, in percent: "half" is 50. */
  fractions: Array<[string, number]>;
  /**
   * Words of this language spelt as an English entry of a share or an order of magnitude, with another
   * meaning (German "half", "helped"): English, read beside this language, leaves those entries out. Optional.
   */
  falseFriends?: string[];
  /**
   * The word between the two numbers of a ratio of people, "nine in ten", "neun von zehn", "девять из десяти",
   * "nueve de cada diez": the pair is one share (90%), never a count of nine and a count of ten. Only a link
   * that cannot also join the two ends of a change ("from 5 to 10") is listed.
   */
  ratioLinks?: string[];
  /**
   * "And a half" joined to a count, which adds a half to it: right after the number ("two and a half
   * years", "два с половиной года", "iki buçuk yıl") or after the number's unit ("dos años y medio",
   * "deux ans et demi"). Its "half" is then never a share of anything.
   */
  halves?: { afterNumber?: string[]; afterUnit?: string[] };
  /**
   * The words for "all" that are a share of the whole only after an "almost" qualifier: "almost all",
   * "nahezu alle", "почти все", "neredeyse tamamı" (four in five and up). Alone, "all" is no figure.
   */
  allShares?: string[];
  /**
   * Words for most of a whole: "most of", "the majority of", "la maggior parte", "a maioria", "большинство",
   * "die meisten". A share of more than half, up to all; with the article where the bare noun also names an
   * ethnic majority ("de maioria armênia", "à majorité arménienne"). Optional.
   */
  mostShares?: string[];
  /** Words for per cent ("%" is read in every language). */
  percent: string[];
  /** Words or signs for per cent written before the number ("yüzde 80", "%80"); optional. */
  percentBefore?: string[];
  /** Words before a figure that hedge it. */
  qualifiers: Record<QualifierWord, string[]>;
  /**
   * Verbs of a count rising or falling to a new value, right before a word that elsewhere hedges as "up to"
   * (`qualifiers.le`): "их число выросло до 47 115" (rose to), "is gestegen tot 100.417", "aumentó hasta 200".
   * There the word only joins the verb to its value, which is exact. Empty where "up to" has a word of its own.
   */
  risesTo: string[];
  /** Words after a figure that hedge it: "100,000 or more", "100 binden fazla", "100 minə yaxın". */
  qualifiersAfter: Partial<Record<QualifierWord, string[]>>;
  units: Record<UnitWord, string[]>;
  /** "between" and the words that join the two ends of a range ("and", "to"). */
  rangeOpeners: string[];
  rangeLinks: string[];
  /**
   * The first day's article or preposition, written again before the second day of a pair: "il 19 e il 20
   * settembre", "am 19. und am 20. September", "le 19 et le 20 septembre", "el 19 y el 20 de septiembre".
   * Empty where a pair is written bare ("19 и 20 сентября", "19 i 20 września").
   */
  dayRepeats: string[];
  /**
   * The word for "of" that may stand between an approximate number and its unit ("une dizaine de
   * jours", "una ventina di giorni"); no other word may ("thousands a day", "des milliers par jour" are rates).
   */
  unitLinks: string[];
  /** Words after which a bare month or year is a date ("in 1994", "since December"). */
  datePrepositions: string[];
  /** Month names and their inflections, January first (12 lists). */
  months: string[][];
  /** Weekday names and their inflections, Sunday first (7 lists). */
  weekdays: string[][];
  /** Words for the page's own day and the day before it. */
  today: string[];
  yesterday: string[];
  /**
   * Phrases that name a year by its distance from the page's year ("next year" is 1, "last year" -1),
   * with the month they point at when they say one ("the end of the year" is 12, "the new year" 1).
   */
  relativeYears: Array<[string, number, number?]>;
  /**
   * Phrases that name a month by its distance from the page's month ("last month" is -1, "this month" 0,
   * "next month" 1): "last month's offensive", "в прошлом месяце", "geçen ay", "անցյալ ամիս".
   */
  relativeMonths: Array<[string, number]>;
  /**
   * Words that place a date in a part of its month: "mid-September", "Mitte September", "a mediados de
   * septiembre", "в середине сентября" (`before` the month's name), "Eylül ortasında", "sentyabrın
   * ortalarında", "սեպտեմբերի կեսին" (`after` it). Early is days 1-10, mid 11-20, late 21 to the end.
   */
  /** The word for "month" after a month's name that makes it a date: "Eylül ayında", "sentyabr ayında", "սեպտեմբեր ամսին". */
  monthWords?: string[];
  monthParts?: { before?: Partial<Record<MonthPart, string[]>>; after?: Partial<Record<MonthPart, string[]>> };
  /**
   * Words that join a month's name to its year ("noviembre de 2020", "settembre del 2023", "September of
   * 2023") and a day to its month ("1 de enero", "the 1st of May").
   */
  dateLinks?: string[];
  /**
   * How the language writes a decade: words before its number ("anni '90", "década de 1990", "jaren 80",
   * "lat 90."), endings on the number (ru "90-е", tr "1990'lı", de "1990er", hy "90-ական"; `*` any
   * ending after), and words after it (ru "90-е годы", az "90-cı illərdə", cs "90. letech", where the
   * number's ordinal point is required). Two-digit decades are read from the thirties on ("the 20s"
   * may be either century); a four-digit one ends in 0.
   */
  decades?: { before?: string[]; endings?: string[]; after?: string[] };
  /**
   * Words for "a few", "several" before a unit of time, as [low, high]: "a few days", "diversi giorni",
   * "kilka miesięcy", "несколько часов". Read only before a unit of time (a count of people they hedge
   * is no figure).
   */
  vagueSpans?: Array<[string, [number, number]]>;
  /**
   * Where an article stands for "one" before a unit of time ("lasted a day", "after a week"), the article
   * (`articles`), and the words right before it that make the phrase a rate or a part (`notAfter`: "once
   * a week", "half a day"). A number or number word just before it makes it a rate too ("3,000 a day").
   * `onlyAfter`: articles that stand for "one" only right after one of the given words ("innerhalb eines Tages",
   * where "eines Tages" alone is "some day").
   */
  spanArticles?: { articles: string[]; notAfter: string[]; onlyAfter?: Record<string, string[]> };
  /**
   * Words for "single" between "one" (a number word or an article) and a unit of time: "a single day", "un solo giorno",
   * "une seule journée", "einen einzigen Tag", "один-единственный день". The phrase is the span of one unit, as "one day"
   * is. Empty where the word stands before "one" ("tek bir gün") or the language has none.
   */
  spanSingles: string[];
  /**
   * Nouns of a battle, read only right after a span as its own noun ("a day of battle", "una giornata di battaglia",
   * "the 24-hour blitz", "трое суток боёв"): the span is how long the fighting lasted. Elsewhere they are often a figure
   * of speech ("the legal battle of the refugees", "la battaglia per le case"), so they are no words of the war.
   */
  battles: string[];
  /**
   * Phrases that place an event in a week by its distance from the page's week ("last week" is -1,
   * "this week" 0). In the reports they place an event no report dates by the day; on a page they are a
   * date of the week's days ("the offensive it waged last week", "la semana pasada", "minulý týden").
   */
  relativeWeeks: Array<[string, number]>;
  /**
   * Words around a weekday that make it the day an event of the autumn happened on, counted from the page's day:
   * 0 the last such weekday up to the page's day ("on Tuesday", "am Donnerstag", "na quinta-feira", "Salı günü"),
   * -1 the one before the page's day ("last Wednesday", "el pasado martes", "mercredi dernier"). A word before the
   * weekday is written alone ("on"); words after it follow a "…" ("… günü", "el … pasado"). Read only when the page's
   * day is known and the day falls between the offensive and the republic's end. A bare weekday is never read.
   */
  weekdayDates: Array<[string, number]>;
  /** Verbs and nouns per action: `strong` are predicates, `weak` nouns that only hint. */
  actions: Record<Action, { strong: string[]; weak: string[] }>;
  /**
   * Verbs whose particle stands apart, at the end of their clause: German "kamen … in Armenien an" (arrived),
   * "trafen … ein", "gaben … auf" (surrendered), Dutch "kwamen … aan". A verb (any of `verbs`, in the list
   * notation) is read as the `action` (or as the date word `marks`) only where its `particle` closes the
   * clause, however many words stand between: alone "kamen" or "gaben" says nothing. Empty where verbs keep
   * their particles.
   */
  separable: Array<{ verbs: string[]; particle: string; action?: Action; marks?: DateAction }>;
  /**
   * Verbs of paying in the passive ("were paid", "выплачен", "ödendi"): a sum paid is aid only in a sentence
   * that names the refugees ("every refugee … has been paid 50,000 drams"); elsewhere it may be a salary
   * ("teachers were paid 200,000 drams"; review 21 M1). Words of compensation are no aid at all (reparations).
   */
  payments: string[];
  /** Nouns a figure can count. */
  things: Record<Thing, string[]>;
  /** Words that say what a date marks. */
  dateCues: Record<DateAction, string[]>;
  /**
   * Nouns that say what a date marks only right beside it, never after "after" or "since": "the
   * offensive of 19 September", "19-20 sentyabr tarixlərində antiterror əməliyyatları".
   */
  dateNouns: Record<DateAction, string[]>;
  /**
   * Words of attacking: `verbs`, each also one of `dateCues.start`, are verbs of starting that are an attack in
   * themselves ("attacked", "griff … an", "saldırdı"); `nouns` name an attack ("aggression", "agresión",
   * "агрессия"). With Azerbaijan named in the sentence, such a verb, or a verb of starting beside such a noun ("la
   * agresión que Azerbaiyán lanzó el 19 de septiembre"), starts the offensive. Other verbs of starting ("launched",
   * "began") start it only beside its own noun or a word of war: "On 1 October Azerbaijan launched a
   * reconstruction programme" starts a programme (review 20 M1).
   */
  attacks: { verbs: string[]; nouns: string[] };
  /**
   * Verbs of carrying out an offensive ("carried out", "sferrò", "emprendió", "realizou", "провёл", "startete"), and
   * words of its start ("start", "początek"): between Azerbaijan and the offensive's noun after a date of its time
   * ("Il 19 settembre l'Azerbaigian ha sferrato un'offensiva"), they date its start. Named, never any verb: "halted",
   * "justified", "defended its operation" on such a day date another act (review 20 H2).
   */
  undertakes: string[];
  /** Words that name an event, near a figure. */
  events: Record<EventWord, string[]>;
  /** The region and its places as this language writes them; the page gate must let each through. */
  places: string[];
  /** Words that put a count on one side: "Armenian dead", "Azerbaijani soldiers". */
  sides: Record<'armenian' | 'azerbaijani', string[]>;
  /**
   * Words a side keeps for its own dead, right before the count where the verb comes last ("şehit olan
   * asker sayısı 198'e yükseldi", "şəhid olan hərbçilərimizin sayı"): a toll in their clause is
   * Azerbaijan's own loss, whatever side word stands elsewhere in the sentence.
   */
  ownDead: string[];
  /** Verbs of losing, whose subject is the side that lost the dead: "Azerbaijan lost about 200 men". */
  losing: string[];
  /** The country Azerbaijan and its capital by name: as the subject of "lost", the side that lost. */
  azerbaijan: string[];
  /**
   * Words after which the next few words name the side fought against, never the side that lost:
   * "against the separatists", "gegen die Separatisten". Empty where the word follows its noun
   * (Armenian "դեմ").
   */
  against: string[];
  /**
   * Relative pronouns that open a clause describing the people just counted: "85,000 Armenians who …",
   * "20 000 Armenier, die …". Empty where a participle before the noun does that work (Turkish).
   */
  relatives: string[];
  /**
   * "ago", before the span ("hace una semana", "il y a trente ans", "vor einer Woche") or after it
   * ("una settimana fa", "tydzień temu", "bir hafta önce"). English "ago" is read with the unit.
   * `from`: endings of the word right before the span that make the word after it "before that" rather than
   * "ago" ("tədbirlərindən 3 gün öncə", three days before the measures; "հարձակումից 3 օր առաջ"): the ablative
   * of languages whose "ago" is a postposition. Absent elsewhere.
   */
  ago: { before: string[]; after: string[]; from?: string[] };
  /**
   * Words right before a span that make it a window reaching back to now: "over the last 30 years",
   * "in den letzten 30 Jahren", "son 30 yılda". Empty where the word follows the span ("les trente dernières années").
   */
  lookingBack: string[];
  /** Phrases that point back at a count already given: "that number was 84,770", "liczba ta wynosi". */
  anaphora: string[];
  /**
   * Armenia's provinces (and its capital) by name, where the refugees were settled: a list that gives
   * each one its count ("Կոտայք՝ 11 368", "Kotayk: 11,368") breaks a count down by province. Empty
   * where no list was met yet.
   */
  provinces: string[];
  /** Words that keep a passage on the subject without naming the region (Armenia, refugees, Baku). */
  context: string[];
  /** Verbs of saying ("said") and phrases that put the speaker after them ("according to"). */
  speech: string[];
  accordingTo: string[];
  /** Verbs by which one side denies what the other claims. */
  denial: string[];
  /**
   * Modal phrases that estimate a count as it stands, not forecast one: Russian "может составлять" (may
   * amount to, imperfective) against "может составить" (could reach). A word of `forecast` inside one is
   * no forecast. Empty where the language does not tell them apart.
   */
  estimates: string[];
  /** Words that make a figure a forecast, not a count ("could", "expects"). */
  forecast: string[];
  /**
   * Phrases that stand right before a figure and make it a projection, an expectation or a target,
   * never a count: "could reach", "prepares to receive", "a target of"; and words that put a span
   * ahead of the page's day, never a measured one: "in the next 24 hours", "в ближайшие 24 часа".
   */
  projection: string[];
  /** Words that place a date ahead of the page's day ("will", "next year"). */
  ahead: string[];
  /**
   * Words that join the items of a list or two clauses, where a figure's own words end: "200 Armenian
   * soldiers and 50 civilians", "und", "ve". (A comma, semicolon or colon ends them in every language.)
   */
  listJoins: string[];
  /**
   * Prepositions and verbs that end the noun phrase after a figure: "400 wounded during the offensive",
   * "400 раненых при обстреле". Empty where postpositions and a final verb do (Turkish, Azerbaijani, Armenian).
   */
  phraseEnds: string[];
  /**
   * Words that join two clauses: a verb before one ("300 were injured and 105 are missing") is not
   * the verb of the figure after it.
   */
  clauseJoins: string[];
  /**
   * Relative words and prepositions where the noun phrase after a figure ends: "four tents where
   * refugees are registered", "tents for". Empty where the clause or postposition comes before.
   */
  nounPhraseEnds: string[];
  /**
   * Words right after a span that place something in time rather than say how long it lasted: "a
   * week after the offensive", "eine Woche nach", "une semaine après". Empty where they come before.
   */
  spanPlacesInTime: string[];
  /**
   * "the next day", "на следующий день", "am nächsten Tag", "le lendemain": one day after a time said before,
   * written with no number; read as "a day later" is (a span of one day whose placing word is its own).
   */
  nextDay: string[];
  /**
   * Words of cause before a noun ("because of", "wegen", "à cause de", "из-за"): "fled on 28 September because of the
   * offensive" dates the fleeing, not the offensive. Read before the noun only: empty in Turkish, Azerbaijani and
   * Armenian, which put theirs after it ("saldırı nedeniyle", "հարձակման հետևանքով").
   */
  because: string[];
  /**
   * A demonstrative with a noun of war that points back to the war the sentence before named by its year ("That war
   * left thousands of deaths" after "escalated in 1992", "Cette guerre", "Та война"): the figures of its sentence are
   * that war's. Not "this war" alone where a writer of 2023 may mean the offensive: only when the sentence before dates
   * an earlier war.
   */
  thatWar: string[];
  /**
   * Words right before a count that add it to the count before it ("another 23", "outras 23", "ещё 23"): when the
   * count before, in the same sentence, has the same measure, this one is a part of the total, never the total.
   * Another measure is a count of its own ("192 soldiers died and another 511 were wounded").
   */
  increments: string[];
  /**
   * The plural of "decade" standing with no number: "há décadas", "los decenios de conflicto", "seit Jahrzehnten". Empty in
   * English for now: the statement fixture st171 ("For decades, Armenia and Azerbaijan fought over Karabakh") holds no
   * figure label, and a claim on it fails its bar of precision 1 (round 25, f25b; the lead to decide).
   */
  decadesBare: string[];
  /**
   * Verbs of two parties disputing the region ("ringen seit Jahrzehnten um Bergkarabach", "ruziën al tientallen jaren
   * over"): beside a span of years they give the conflict's length; a span of days beside them is a quarrel or talks,
   * never a length the reports give, so they are no cue of war. Empty where not yet met.
   */
  disputing: string[];
  /** The noun "war": a bare year right before it names the war ("the 2020 war"), it dates no event. */
  war: string[];
  /**
   * The Soviet Union by name ("the collapse of the Soviet Union in 1991", "распада СССР в 1991 году", "fim da União
   * Soviética, em 1991"): a bare year right after it dates the Union's end, never the war's start (background, not
   * a figure of these events).
   */
  sovietUnion: string[];
  /**
   * The noun "wars" as a count's own noun, in the forms a count takes ("two wars", "deux guerres", "две
   * войны", "dwie wojny", "iki savaş"): the count is how many wars were fought over the region.
   */
  warsCounted: string[];
  /**
   * Adjectives a span puts between its number and its unit ("nine long months", "neuf longs mois", "drei lange
   * Tage", "dos largos años"): the span is read as if they were not there. Spans only: "two long wars" counts wars.
   */
  spanAdjectives: string[];
  /**
   * Articles a language puts between a qualifier and its number ("oltre il 70%", "circa l'80%", "oltre i 100.000",
   * "casi el 90%"): the qualifier is read as if they were not there. Only languages that do so list any.
   */
  qualifierArticles?: string[];
  /** The nouns of a gallery's or comment thread's count ("12 photos", "18 fotografií", "5 comments"). */
  pageFurniture: string[];
  /**
   * Nouns that a number right after them names rather than counts ("Article 5", "Channel 4",
   * "Resolution 2722", "School No. 3", "Artikel 5", "статья 5"): the number is part of a name, nobody's count.
   * A sign of numbering (`numberSigns`) may stand between. Common nouns only: a broadcaster's own name
   * ("France 24", "Rustavi 2") is read by the general rule in claims.ts (a capitalised name and one or two digits).
   */
  numberedNames: string[];
  /**
   * Nouns of a signed text a date names (`nouns`: "the November 2020 statement", "10 Kasım 2020 tarihli bildiri"), and
   * the words that tie a date after one to it (`links`: "the agreement of 10 November 2020", "Erklärung vom 9. November
   * 2020", "заявление от 9 ноября 2020 года"; none where the date stands first). A date of one, in the years between
   * the first war's end and 2023, is the text's, and dates nothing the reports count. Nouns only: no verb or set phrase
   * that shares a noun's letters ("de acuerdo con", "договорились", "communiqué" as a participle).
   */
  documents: { nouns: string[]; links: string[] };
  /**
   * Signs of numbering that may stand between a numbered name and its number ("No.", "Nr.", "n°", "№",
   * "č."): "School No. 3", "Schule Nr. 3", "école n° 3", "школа № 3", "škola č. 3".
   */
  numberSigns: string[];
  /**
   * Nouns of households, in the forms a count takes ("500 families", "500 семей", "500 rodzin", "500
   * aile"): a count of households is no count of people, and the reports count people.
   */
  households: string[];
  /**
   * Letters that write a time of day between its hour and minutes ("10h05", French): a line holding
   * only a date and such a time is a stamp.
   */
  hourMarks: string[];
  /**
   * Words of another country's people, as a count's own noun or its adjective ("110,000 Russian citizens",
   * "около 110 000 российских граждан", "20.000 syrische Armenier"): people who moved to or live in Armenia
   * from elsewhere, never those who left Nagorno-Karabakh, its residents or those housed from it.
   */
  otherNationals: string[];
  /**
   * Nouns of office-holders, as a count's own noun (a word may stand between: "15 former leaders", "16 ex
   * esponenti", "más de diez ex funcionarios", "8 бывших руководителей"): the leaders put on trial or
   * released, never people who left, lived, were registered or housed, whatever verb stands near.
   */
  officials: string[];
  /**
   * Words of holding high office ("prime minister", "capi dello Stato", "an der Spitze", "госминистр"): a span
   * of months or years in their clause ("fue primer ministro entre noviembre de 2022 y febrero de 2023",
   * "Arkadi Ghukasyan (1997-2007)") is someone's time in office, which no report dates.
   */
  office: string[];
  /**
   * Words that make a distance a breadth, height or depth, not a length travelled: right after it
   * (`after`: "5-kilometre-wide", "5 km breit", "de 5 km de large") or right before it (`before`:
   * "шириной 5 км", "genişliği 5 km").
   */
  breadth: { before: string[]; after: string[] };
  /**
   * Words of time passing, right before a span (`before`: "han pasado", "прошло", "sono trascorsi") or right
   * after it (`after`: "have passed", "ötür", "vergangen", "se sont écoulés"): the span is the time since the
   * events, an anniversary's ("two years have passed since the offensive"), never how long they lasted.
   */
  passing: { before: string[]; after: string[] };
  /** Nouns for passengers, right after a count (a word may stand between): a count of passengers is one vehicle's load, never the exodus's ("15 yolcusuyla ayrılan son otobüs"). */
  passengers: string[];
  /** Nouns for things, not people (belongings, goods by weight or volume), right after a count (the language's `unitLinks` "of" and a word may stand between): "le migliaia di cose lasciate", "thousands of belongings left behind" count no people. */
  belongings: string[];
  /**
   * Words of the usual, at most four words before a span (within 40 characters): the span is the
   * baseline, not the events' ("a normal travel time of 2 hours", "normalerweise zwei Stunden", "обычно два часа").
   */
  usual: string[];
  /**
   * Forms of a counted noun that are also its adjective before another noun: after a lone "one" word they
   * make it an article, never a count of one ("bir askeri operasyon", a military operation). Empty where
   * the adjective differs from the noun.
   */
  attributiveForms: string[];
  /**
   * Words right before a small number (`before`) or right after it (`after`) that make it an hour of the
   * day, never a count: "do godziny 12", "a las 12", "saat 12'de"; "12 noon", "8 Uhr", "8 rano".
   */
  clockTime: { before: string[]; after: string[] };
  /**
   * Words right before a number (`before`, one short word may stand between: "aged over 60", "im Alter von über
   * 60") or right after it (`after`) that make it a person's age, never a count: "residents aged 60+", "в
   * возрасте 70 лет", "65 yaş üstü", "años de edad". Not the adjectives of a span ("30-jährige", "30-летний"),
   * which also name a conflict's length.
   */
  ages: { before: string[]; after: string[] };
  /**
   * Words of a traffic jam or a queue of vehicles ("jammed", "tailback", "пробка", "Stau", "coda"): a distance a few
   * words after one ("jammed for 100 kilometres") or at most two words before one ("a 20-km queue", "20 Kilometer langer Stau") is
   * the jam's length, never the route's.
   */
  jams: string[];
  /**
   * The words right after a verb of remaining that make what remains a task ("remain to be identified", "quedan por
   * identificar", "restano da identificare", "restent à identifier"): the count is work still to do, never people who
   * stayed nor a toll. With their verb where the preposition alone is an everyday one ("restés à Stepanakert", "quedan
   * por ahora", "bleiben zu Hause"). Empty where the language says it otherwise.
   */
  remainsToDo: string[];
  /** Words of a visit or a mission: a span in such a sentence may be the time since outsiders got in. */
  visits: string[];
  /**
   * Verbs of ruling a place, each also one of `actions.war` ("governed", "run by", "ruled by", "controlled", "gouverné",
   * "regiert", "yönetilen"): a span beside one is how long the separatists ruled only in a sentence that names the region or
   * the Armenian side ("governed by ethnic Armenians since 1994", "30 years of being governed as a secessionist republic");
   * "the town was governed by the same mayor for 12 years" is no figure of these events.
   */
  ruling: string[];
  /**
   * Nouns of a state's existence and founding ("32 years of existence", "30 years after its founding", "trente-deux
   * ans d'existence", "лет существования"), each also one of `actions.war`: a span beside one is how long the
   * breakaway state stood only in a sentence that names it (`states`: "republic", "Artsakh", "separatists");
   * "the school's 30 years of existence" in Stepanakert is no figure of these events.
   */
  existence: {
    nouns: string[];
    states: string[];
    /**
     * Words of a state ceasing to exist ("disparaîtra", "endet das Bestehen", "desaparecerá"): they mark the dissolution's
     * day only in a sentence that names the state (`states`); "the journalist disappeared on 3 October" marks nothing.
     */
    ends: string[];
  };
  /**
   * Verbs of driving people out ("expelled", "drove out", "chassés", "vertrieben", "qovulub"), each also one of
   * `actions.left.strong`: a count they govern is of people who left only when its own noun names people ("drove out
   * some 100,000 Armenians"); "the party expelled 300 members" is no exodus.
   */
  expelling: string[];
  /**
   * States one is left in, read right after a verb of remaining (`after`: "were left without gas", "остались
   * без света") or, where the verb comes last, right before it, one word allowed between (`before`: "evsiz
   * kaldı", "ohne Strom geblieben"): a state, not people who stayed behind (review 21 M5).
   */
  leftStates: { after: string[]; before: string[] };
  /**
   * Words of being held before any verdict ("detention", "custody", "captivity", "Untersuchungshaft", "privado de
   * libertad", "под стражей"): a span they head or follow ("874 days in detention", "470 Tagen Untersuchungshaft",
   * "un anno di detenzione", "in custody for 600 days") is how long someone was held, which no report gives. Not
   * the words of a prison term handed down ("20 years in prison", "20 Jahre Haft", "20 лет заключения").
   */
  detention: string[];
  /** Verbs of leaving a place, as one word: "left", "quitté", "покинули", "opuścili"; Armenia as their object is another departure. */
  leaveVerbs: string[];
  /** Words between such a verb and Armenia, its object: "the republic of", "l'", "из", "z". */
  leaveFrom: string[];
  /**
   * Armenia as the object of a verb of leaving: right after it ("покинули Армению", "salieron de Armenia")
   * or, where the verb comes last, right before it in the accusative ("Ermənistanı tərk edib").
   */
  armeniaLeft: { after: string[]; before: string[] };
  /**
   * "The country" as the object of a verb of leaving, placed as Armenia is ("покинули страну", "das Land verlassen",
   * "ülkeyi terk etti"): refugees from the region who leave the country leave Armenia, where they are, a second time.
   */
  countryLeft: { after: string[]; before: string[] };
  /**
   * Words right before a weekday: those that make it the day a count describes ("on Saturday", "by
   * Thursday") and those that open a period from it instead ("since Monday", "seit Sonntag", "с воскресенья").
   */
  weekdayBefore: { asOf: string[]; opens: string[] };
  /** Articles that may stand between such a word and the weekday: "desde el domingo", "seit dem Sonntag". */
  weekdayArticles: string[];
  /**
   * Words for "number" and what joins them to the noun counted: "the number of refugees … is 100,417",
   * "количество переселенцев". `numberOf` is empty where the noun follows without a preposition (Russian, Polish, Czech).
   */
  numberNouns: string[];
  /**
   * Words for "number" that follow the noun counted, where the noun comes first (Turkish, Azerbaijani,
   * Armenian): "göç eden Ermenilerin sayısı", "şəhid olan hərbçilərin sayı", "տեղահանվածների թիվը". Empty
   * where the noun follows `numberNouns`.
   */
  numberNounsAfter: string[];
  numberOf: string[];
  /** "since" before a date, which then opens a period and dates no event: "since late 2020", "depuis 2020", "с 2020". */
  since: string[];
  /**
   * Words right before a date that make it the day a count describes: "by 28 September", "au 28
   * septembre", "hasta el 28". `beforeDay` are those that also do so with a day's number between
   * them and the date (Spanish and Italian "al").
   */
  dateAsOf: { before: string[]; beforeDay: string[] };
  /**
   * A population noun and, up to 40 characters after it, the word that joins it to its count: "a
   * population of", "the population … was estimated at", "z populacji … wynoszącej", "населения, составляющего".
   */
  populationOf: { nouns: string[]; links: string[] };
  /** Other phrases right before a count that make it the region's population: "home to", "the region's", "all of the". */
  populationBefore: string[];
  /** A share and the words that join it to the whole it is taken from: "half of the", "die Hälfte der", "la moitié des". */
  shareOf: { shares: string[]; links: string[] };
  /**
   * Armenia and Azerbaijan as the language writes them, with their case endings (not the adjectives),
   * and the region's own names and words for it: a clause before a population that names a country
   * counts that country's people ("Armenia liczy około 2,8 mln ludności").
   */
  countryNames: { countries: string[]; region: string[] };
  /**
   * Words around a distance that make it place something rather than measure a route ("Stepanakert
   * is 80 km from Goris" is the route).
   */
  placing: {
    /** Right before the distance, with one of `from` right after it: "à 6 km de", "a 150 kilómetros de", "a 6 km da". */
    at: string[];
    from: string[];
    /**
     * Right after it, past a bracket or past one of `awayFrom` and a few words: "30 km away", "6 km von der Stadt entfernt";
     * and verbs of separating two places: "Nur 30 Kilometer trennen Goris von Kornidzor" is how far apart they lie.
     */
    away: string[];
    awayFrom: string[];
    /**
     * Right before it, past a hedge of `siteHedges` or `hedges`: a participle of lying with its "at", or a verb of
     * separating with its object: "ville de montagne située à 20 km", "La separan 30 kilómetros de Kordnidzor".
     */
    before: string[];
    /** Hedges between `before` and the distance: "située à environ 20 km". */
    hedges: string[];
    /** A place right before it, a verb of lying and a hedge between: "a depot located about 5 km", "the village some 5 km". */
    sites: string[];
    siteVerbs: string[];
    siteHedges: string[];
  };
  /**
   * The words right before a whole a part is taken from: "100,417 out of 120,000", "of an estimated
   * 120,000", "ze 120 000", "sur 120 000"; `articles` may stand between.
   */
  wholeOf: { words: string[]; articles: string[] };
  /** Verbs and prepositions by which a place holds its residents, up to two words before them: "had 120,000 residents", "comptait 120 000 habitants". */
  holding: string[];
  /**
   * The region's whole people, written as a definite count: "the 120,000 ethnic Armenians in the region", "les 120 000
   * habitants du Haut-Karabakh", "die 120.000 Armenier in Bergkarabach". `determiners` stand right before the count and
   * make it the whole group; `nouns` name its people (not families, men, soldiers, citizens); `regional`, right after the
   * noun, puts them in the region; `demonyms` name the region's people in one phrase ("Karabakh Armenians"). Empty where
   * the language writes no article before a count.
   */
  wholePeople: { determiners: string[]; nouns: string[]; regional: string[]; demonyms: string[] };

  /**
   * Words that restate the count just given as a share, right before the share: "That is more than a
   * third of the population", "Das entspricht fast drei Vierteln", "50 000 personnes, soit 40 %", "lo que
   * representa". Empty where the verb comes last and the share names the count itself.
   */
  restates: string[];

  // English only so far: optional fields another language may fill later (the gap test names the languages without them).

  /**
   * Place words before a population, matched as word starts ("armenia*" reads "Armenian"): another
   * place (`elsewhere`) or the region (`region`); the nearest says whose population a figure is:
   * "Azerbaijan, a country of 10 million", "the region's main city with a population of 55,000".
   */
  placeWords?: { elsewhere: string[]; region: string[] };
  /** "the number of", "the toll of the" and one word after it: a "remains" right after only links the count to its noun ("the number of wounded remains 290"). */
  countOf?: string[];
  /** One vehicle and what it carries, right before a count: "a minibus carrying 12 passengers", "the car with". A word may stand before the vehicle. */
  oneVehicle?: { determiners: string[]; vehicles: string[]; carrying: string[]; hedges: string[] };
  /**
   * Right after a figure (a word may stand between), the whole it is a part of: "of the 120,000", "out of
   * an estimated 120,000". Where absent, the noun of a part is still read from its whole through the words of
   * `wholeOf` ("der 120 Tausend", "de los 120.000").
   */
  partOf?: { words: string[]; articles: string[] };
  /**
   * A span measured from what follows it: `before` right before the span, `after` right after it ("within 24
   * hours of the offensive", "within a week of crossing"). The span places an event after another; it is not
   * how long either lasted, nor a time someone was held. Other languages say it with their placing word
   * ("innerhalb einer Woche nach", `spanPlacesInTime`).
   */
  spanFrom?: { before: string[]; after: string[] };

  /**
   * Words right before a small number that make it "both" or "all … of them", naming people already
   * counted, never a new count: Azerbaijani "hər iki yaralı" (both wounded), Turkish "her iki". Empty
   * where "both" is a word of its own, not a number.
   */
  both: string[];

  /**
   * Words of coming back, right beside a verb of leaving or arriving: "назад приехали 14 871 человек" (came back),
   * "arrived back", "kamen zurück". Those counted came back; a return is not the exodus, and no report counts one.
   * A word that is also "ago" after a span (`ago.after`: "два дня назад") is a return only with no unit of time
   * before it. Empty where the word has another common sense beside a verb (Armenian "հետ", also "with").
   */
  returning: string[];
  /**
   * Words that make a count one night's or one day's ("2.000 … über Nacht", "10,000 crossed in the past 24 hours",
   * "за сутки прибыли"): those counted are that day's arrivals, which no report gives, never the exodus's total.
   */
  inADay: string[];

  /**
   * Where a count of people went or came from, read when its clause has no verb the lexicon knows
   * ("Mehr als 100.000 Armenier … aus Berg-Karabach", "1050 Personen, die aus Berg-Karabach nach
   * Armenien einreisten", "Minlərlə insan … Ermənistana üz tutub"): the clause's structure, not its verb,
   * says they left. `from` is the region as the place they came out of ("from Karabakh", "из Карабаха",
   * "Karabağ'dan": a preposition or case that only means "out of", never "of"); `to` is Armenia as where
   * they went ("to Armenia", "в Армению", "Ermənistana": direction, never location); `received` are
   * verbs by which a place takes people in ("we have received 40,000 people", "a accueilli"). `purpose`
   * are prepositions right before the count that make it whom something is for, never who moved ("housing
   * available for 40,000 families from Karabakh", "onderkomens voor 40.000 gezinnen"). Empty where a
   * postposition does that work. `givenTo` are prepositions right before the count that make it to whom a word of
   * housing was given ("ha dato un alloggio temporaneo a 32.200 sfollati", "gave shelter to 5,000"); empty where a
   * case does that work.
   */
  movement: { from: string[]; to: string[]; received: string[]; purpose: string[]; givenTo: string[] };
}
