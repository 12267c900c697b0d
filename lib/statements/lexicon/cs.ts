import { LATIN_NAMES } from './people';
import type { StatementLexicon } from './shape';

/** Czech words for statements about the region. */
// A capital in the locative before a verb of saying, claiming or asking in the third person plural with
// no subject of its own ("V Baku tvrdí", "v Jerevanu prohlásili"): the impersonal voice of that
// government, as "Baku said". Only such verbs: "v Jerevanu protestovali" is people protesting there.
const IMPERSONAL = String.raw`(?=,?\s+(?:tvrd|prohla|odmít|popír|popře|obviň|obvini|požad|vyzv|vyzýv|varuj|varova|slib|slíbi|oznámi|oznamuj|uvád|uved|zdůraz|trv|říka|řekl|sděl)\p{L}{0,12}(?:í|ají|ou|li|ly)(?![\p{L}\p{M}]))`;

// "Republika … už nebude": no longer being is the dissolution only of the republic, its state or its
// bodies, named within a few words before it ("Lačinský koridor už nebude" is not).
const CEASES = String.raw`(?<=(?:republik|arcach|náhorn\p{L}* karabach|stát|orgán|instituc|struktur)\p{L}{0,6}(?:\s+[\p{L}-]+){0,4}\s+)`;

export const cs: StatementLexicon = {
  lang: 'cs',
  script: 'Latin',
  negativeConcord: true,
  actors: {
    azerbaijan: [...LATIN_NAMES.azerbaijan!, 'bajramov*', 'hadžijev*', 'hajiyev*', 'ázerbájdžán*', 'azerbájdžán*', 'baku', 'alijev*', 'ázerbájdžánsk* (?:vláda|úřady|armáda|síly|prezident|ministerstvo zahraničí|velvyslan*)', `v baku${IMPERSONAL}`],
    armenia: [...LATIN_NAMES.armenia!, 'mirzojan*', 'arméni[eiíe]', 'arménii', 'arménií', 'jerevan*', 'pašinjan*', 'pashinyan*', 'arménsk* (?:vláda|úřady|premiér*|ministerstvo zahraničí)', `v jerevanu${IMPERSONAL}`],
    separatists: ['obrann(?:á|é|ou) armád(?:a|y|u|ou) (?:náhorního )?(?:karabachu|arcachu)', ...LATIN_NAMES.separatists!, 'shahramanyan', 'šahramanjan*', 'arméns* bojovní*', 'arménšt* bojovní*', '(?:prezident*|vůdc*|předsed*) (?:náhorního )?karabachu', 'separatist*', 'separatistick* (?:vláda|úřady|představitel*|republik*|síly)', 'samozvan* republik*', 'neuznan* republik*', 'republik* arcach', 'šachramanjan*', 'úřady (?:náhorního )?karabachu', 'úřady v (?:náhorním )?karabachu', 'vedení (?:náhorního )?karabachu', 'karabašsk\\p{L}* (?:úřad|vlád|představitel|vedení|orgán|separatist)\\p{L}*', `ve stepanakertu${IMPERSONAL}`],
    russia: ['rusk[oa]', 'rusku', 'moskv*', 'kreml*', 'rusk* (?:mírov* síly|mírotvůrc*|vojác*|jednotk*)', 'putin*', `(?:v moskvě|v kremlu)${IMPERSONAL}`],
    eu: ['evropsk* komis*', 'evropsk* uni*', 'eu'],
    un: ['osn', 'organizac* spojených národů', 'unhcr', 'generální tajemník'],
    france: ['franci[eie]', 'paříž*', 'macron*'],
    italy: ['itáli[eie]', 'řím*', 'meloniov*'],
    usa: ['spojené státy', 'usa', 'washington*', 'blinken*'],
    turkey: ['tureck[oa]', 'turecku', 'ankar*', 'erdogan*', 'erdoğan*'],
  },
  // In every case, as after "podle" ("podle ministerstva", "podle resortu"), not only the subject's.
  // "mise organizace": the body last named (StatementLexicon.bodies), in every case.
  bodies: ['organizac(?:e|i)'],
  anaphors: ['poradce', 'mluvčí', 'on', 'ona', 'my', 'velvyslan(?:ec|ce|ci|cem)', 'ministr(?:a|ovi|em)?', 'premiér(?:a|ovi|em)?', 'prezident(?:a|ovi|em)?', 'země', 'resort(?:u|em)?', 'ministerstv(?:o|a|u|em)'],
  actions: {
    // "nevyloučil, že …" (did not rule out): a saying; the negation is the verb's prefix, no word of its own.
    say: ['předpověděl*', 'předpovídá*', 'předpovídal*', 'prorokoval*', 'hovoř\\p{L}* o', 'nevyloučil*', 'nevylučuj*', 'mluv\\p{L}* o', 'uvedl*', 'řekl*', 'prohlásil*', 'oznámil*', 'sdělil*', 'napsal*', 'zdůraznil*', 'potvrdil*', 'označil*', 'označuje', 'ujišťuj*', 'ujistil*', 'nazval*', 'nazývá', 'nazývaj\\p{L}*', 'charakterizoval*', 'tvrdí', 'tvrdil*', 'uvádí', 'prohlašuje', 'oznamuje', 'sděluje', 'zdůrazňuje', 'potvrzuje', 'trv(?:á|ají|al|ala|ali|alo) na tom', '(?:nevidí|neviděl\\p{L}*)(?: žádn\\p{L}*)?(?= (?:\\p{L}+ )?důvod)'],
    // Every aspect and tense of a verb (perfective "obvinil", "obviní"; imperfective "obviňuje",
    // "obviňovali"), not only the forms one page used. The nouns ("obvinění") stay references.
    accuse: ['obvinil*', 'obviní', 'obviňuj*', 'obviňova*', 'viní', 'vinil*', '(?:zopakoval|vznesl|vznáší)\\p{L}* ~ obvinění'],
    concede: ['přiznal*', 'přiznává*', 'připustil*', 'připouští'],
    deny: ['odmítl* ~ obvinění', 'odmítá* ~ obvinění', 'odmít(?:ne|nou) ~ obvinění', 'popřel*', 'popře', 'popřou', 'popír*', 'popření', 'vyvrátil*', 'vyvrac*', 'obvinění odmít(?:á|ají|l|la|li)'],
    report: ['ohlásil*', 'zaznamenal*', 'registroval*'],
    warn: ['varoval*', 'varuje', 'varují', 'varování'],
    ask: ['požádal* ~ o', 'požádá* ~ o', 'žádá* ~ o', 'žádal* ~ o', 'žádost* ~ o', 'obrátil* se na ~ s žádostí o', 'požádala'],
    refuse: ['odmítl*', 'odmítá*', 'odmítne', 'odmítnou'],
    demand: ['apeloval* na', 'naléhal*', 'naléhá', 'požadoval*', 'požaduje', 'požadují', 'požadav*', 'vyzval* ~ k', 'vyzývá* ~ k', 'vyzýval* ~ k', 'vyzve ~ k', 'výzv* ~ k', 'nařídil*', 'nařizuj*', 'nařídí', 'ultimátum'],
    pledge: ['slíbil*', 'slíbí', 'slibuj*', 'slibova*', 'zavázal*', 'zavazuj*', 'zaváže', 'zaručil*', 'zaručuj*', 'zaručí', 'garantuj*', 'garantova*'],
    agree: ['souhlasil*', 'souhlasí', 'přistoupil* na', 'přistoupí na', 'přistupuj* na', 'přijal*', 'vyjádřil\\p{L}* ochotu'],
    surrender: ['kapitulova*', 'kapitulovali', 'kapitulovala', 'kapituluj\\p{L}*', 'složil* zbraně', 'slož\\p{L}* zbraně', 'skládaj\\p{L}* zbraně', 'vzdal* se', 'vzdaj\\p{L}* se', 'vzdá se', 'se vzd(?:al|aj|á)\\p{L}*', 'se (?:\\p{L}+ ){0,4}vzdal[aoiy]?(?=\\s{0,2}(?:[,.;:!?»\"”]|$|\\s+(?:ázerbájdžán|azerbájdžán)\\p{L}{0,4}(?![\\p{L}])))', 'vzdal[aoiy]? se(?=\\s{0,2}(?:[,.;:!?»\"”]|$|\\s+(?:ázerbájdžán|azerbájdžán)\\p{L}{0,4}(?![\\p{L}])))'],
    open: ['otevřel*', 'zřídil*', 'otevřen*'],
    block: ['zablokova*', 'zablokuj*', 'blokova*', 'blokuj*', 'blokád*', 'uzavřel*'],
    escort: ['doprovod*', 'doprovází', 'doprovázel*', 'eskortova*', 'eskortuj*'],
    dissolve: ['rozpust*', 'rozpouští', 'rozpuštění', 'zánik*', 'konec (?:své )?existence', 'přestane existovat', 'přestala existovat', 'přestat existovat', 'přestan\\p{L}* existovat', 'přestal\\p{L}* existovat', 'zanikn*', 'zanikl*', 'zanikne', `${CEASES}(?:už |již )?(?:nebude|přestane existovat)(?: už| již)?`, `${CEASES}(?:už |již )?skonč(?:í|ila|ilo|ili)`],
    send: ['vyšle', 'vyšlou', 'vyslal*', 'vysílá*', 'vysílal*', 'pošle', 'pošlou', 'poslal*'],
    criticise: ['kritizova*', 'kritizuj*', 'zkritizova*', 'odsoudil*', 'odsoudí', 'odsuzuj*', 'odsuzova*'],
    compare: ['přirovnal*', 'srovnal*'],
    tolerate: ['tolerovat', 'toleruje'],
    negotiate: ['vyjednáv*', 'jedna(?:li|la|ly|t|jí|jí o)', '(?:zahájil|zahájili|zahájila|zahájí|vedou|vedli|začali|začal) ~ (?:rozhovory|jednání|vyjednávání)', 'projedn*'],
    attack: ['zahájil\\p{L}{0,2} ~ (?:ofenziv\\p{L}+|vojensk\\p{L}+ operac\\p{L}+)', 'zaútočil*', 'zaútočí', 'útočí', 'útočil*', 'napadl*', 'napadá*', 'dobyl*', 'ovládl*'],
  },
  // Armed bodies: their disbanding is their disarming, not the republic's end (StatementLexicon.armedBodies).
  armedBodies: ['síl(?:y|ám|ami|ách)?', 'sil', 'ozbrojen\\p{L}* s[ií]l\\p{L}*', 'jednotk*', 'vojsk*', 'armád*', 'milic*', 'bojovník*'],
  // Carrying the residents away, the convoys escorted beside an escort (StatementLexicon.escorted).
  escorted: ['evakua*', 'autobus(?:y|ů|ům|ech)', 'vozid(?:la|el|lům|lech)', 'aut(?:a|ům)', 'evakuov*', 'převezen*', 'přepraven*', 'odvezen*'],
  agentAfter: {
    escort: ['pod eskortou', 'za doprovodu', 'v doprovodu'],
  },
  // Nouns of acts whose doer is in their own phrase (StatementLexicon.actNouns).
  actNouns: { ask: ['žádost*', 'prosb*', 'výzv*'], pledge: ['záruk*', 'slib*', 'ujištění', 'závaz*'], surrender: ['kapitulac*', 'odzbrojení', 'složení zbraní'], dissolve: ['rozpuštění', 'samorozpuštění', 'zrušení', 'likvidac*'] },
  circumstances: ['po', 'navzdory', 'vzhledem k'],
  // The course or occasion of an act: a key term it governs says when, not what (StatementLexicon.occasions).
  occasions: ['během', 'v rámci', 'v průběhu'],
  // Verbs of ordering among the demand verbs: the region's side ordering its own dissolution or disarming does it (StatementLexicon.orders).
  orders: ['nařídil*', 'nařizuj*', 'nařídí'],
  concepts: {
    expulsion: ['etnick* čistk*', 'etnick* čistek', 'vyhnán*', 'deportac*', 'nucen* (?:vysídlení|odchod|přesídlení)', 'donucen* (?:odejít|uprchnout|opustit)', 'etnick* čistc*'],
    // Residents' fear of persecution or reprisals, with what they fear (its allegation is no statement of it).
    fear: ['(?:boj\\p{L}{0,5}|obav\\p{L}{0,5}|obáv\\p{L}{0,5}|strach\\p{L}{0,3})\\s(?:se\\s)?(?:z\\s|ze\\s|před\\s)?(?:pronásledování|represí|represe|odvet\\p{L}{0,2}|násilí|etnick\\p{L}{0,3}\\sčist\\p{L}{0,4}|masakr\\p{L}{0,2}|pomst\\p{L}{0,2})(?:,?\\s(?:a|či|nebo)\\s(?:pronásledování|represí|represe|odvet\\p{L}{0,2}|násilí|etnick\\p{L}{0,3}\\sčist\\p{L}{0,4}|masakr\\p{L}{0,2}|pomst\\p{L}{0,2}))?'],
    'no-armenians-left': ['nezůstane (?:žádný|ani jeden) armén*', 'bez arménů'],
    'armenia-army-presence': ['arménsk* (?:armád*|vojsk*|vojác*|ozbrojen* síl*)'],
    'armed-presence': ['ozbrojen* ~ na (?:našem|svém|jejich) území', 'přítomnost ~ ozbrojen*'],
    aid: ['pomoc(?:i|í)?', 'pomoh*', 'pomáh*', 'přístřeš*', 'zdravotnick* (?:materiál*|potřeb*)', 'podpor*', 'stany', 'léky', 'léků'],
    disarm: ['odzbroj*', 'kapitul*', 'složit zbraně', 'složil* zbraně', 'složení zbraní'],
    dissolution: ['rozpust*', 'rozpuštění', 'zánik*', 'konec (?:své )?existence', 'přestane existovat', 'přestala existovat', 'přestat existovat', 'zanikn*', 'zanikl*', 'zanikne', `${CEASES}(?:už |již )?(?:nebude|přestane existovat)(?: už| již)?`, `${CEASES}(?:už |již )?skonč(?:í|ila|ilo|ili)`],
    'humanitarian-centre': ['humanitární centrum', 'přijímací středisko'],
    losses: ['ztrát*', 'padl* vojác*'],
    'ukraine-war': ['válk* na ukrajině', 'ukrajin*'],
    rights: ['(?:dodržování|respektování) (?:jejich )?práv', 'práv* arménů', 'práv* obyvatel', 'stejn\\p{L}* práv\\p{L}*', 'rovnoprávn* občan*', 'zár\\p{L}* bezpečnosti', 'bezpečnost\\p{L}* arménů'],
    reintegration: ['reintegrac*'],
    mission: ['mis[ei]*', 'delegac*', 'tým', 'pozorovatel*'],
    corridor: ['lačinsk* koridor*', 'koridor* lačin'],
    'weapons-shipments': ['dodávk* zbraní', 'pašování zbraní'],
    convoys: ['konvoj*', 'kolon* (?:aut|vozidel|uprchlíků)'],
    offensive: ['ofenziv*', 'vojensk* operac*'],
    stay: ['nemusí se (?:ničeho )?(?:bát|obávat)', 'nic (?:jim )?nehrozí', 'nemají se čeho (?:bát|obávat)', 'neopouště(?:t|li)', 'neodcháze(?:t|li)', 'zůstat ve svých domovech', 'mohou zůstat', 'není důvod k útěku', 'není (?:\\p{L}+ )?důvod(?:y|u)? k (?:\\p{L}+ )?(?:útěku|odchodu|odjezdu|exodu)', 'důvod(?<=(?:nevidí|neviděl\\p{L}*)(?: žádn\\p{L}*)? (?:\\p{L}+ )?důvod)(?:y|u)? k (?:\\p{L}+ )?(?:útěku|odchodu|odjezdu|exodu)'],
    amnesty: ['amnesti*'],
    talks: ['rozhovor*', 'jednání'],
    takeover: ['převzal* kontrolu', 'získal* kontrolu', 'plnou kontrolu'],
    independence: ['nezávislost*', 'železn* pěst*'],
    interference: ['vměšování'],
  },
  opposites: { expulsion: ['dobrovoln*', 'vlastní (?:vůle|rozhodnutí)', 'osobní rozhodnutí', 'osobní (?:a individuální )?(?:rozhodnutí|volb\\p{L}*)', 'individuální (?:rozhodnutí|volb\\p{L}*)'] },
  // "slibuje, že bude respektovat jejich práva": rights right after a verb of pledging, in every case.
  pledgedGoods: ['práv(?:a|o|ech|ům|y)?'],
  // Nouns for arms and verbs of giving them up, in every case, aspect and tense, either order within a few words
  // (StatementLexicon.arms, handOver): "odevzdali všechny zbraně", "zbraně byly předány".
  arms: ['zbraň', 'zbraně', 'zbraní', 'zbraněmi', 'výzbro(?:j|je|ji|jí)', 'vojensk(?:ou|á|é) technik(?:u|a|y)', 'těžk(?:é|ou|á) (?:zbraně|zbraní|technik\\p{L}+)', 'dělostřelectv(?:o|a)', 'munic(?:e|i)'],
  handOver: ['odevzd*', 'předal*', 'předají', 'předá', 'předán(?:y|o|a)?', 'složil*', 'složí', 'složen(?:y|o|a)?', 'skládaj*', 'vydal*', 'vydají', 'vydán(?:y|o|a)?'],
  // Czech writes "not" as a prefix of the verb ("není", "nejde o", "nebyla"): the negated forms of
  // "be", "go" and "have" that carry a clause's denial ("nejde o etnické čistky", "nebyla to deportace").
  negations: ['ne', 'nikdy', 'nikdo', 'žádn*', 'bez', 'nic společného', 'není', 'nejsou', 'nejde', 'nešlo', 'nešlo by', 'nebyl*', 'nebude*', 'nemá', 'nemají', 'neměl*'],
  rhetorical: ['proč bychom (?:měli|to měli)'],
  attributions: ['podle (?:prohlášení|sdělení|informací|údajů|slov|zprávy)', 'podle', 'dle', 'podle názoru', 'očima'],
  leadingAttributions: ['pro'],
  causatives: ['donutil*', 'přinutil*', 'přiměl*'],
  departures: ['k odchodu', 'k útěku', 'k opuštění', 'opustit', 'opouštět', 'odejít', 'uprchnout', 'utéct'],
  regionSide: ['samozvan*', 'armén*', 'místní*', 'enkláv*', 'separatist*', 'neuznan*',
    // The republic with its article or case, in a passage about the region, is the self-declared one (st27a), not a named state's.
    '(?<!(?:česk|slovensk|ázerbájdžánsk|arménsk|sovětsk)\\p{L}* )republik(?:a|y|u|ou|e)(?! (?:ázerbájdžán|arméni))'],
  // Of those, the words that only describe a noun: the side's only beside a party's noun (StatementLexicon.regionSideAdjectives).
  regionSideAdjectives: ['arménsk*', 'místní*', 'samozvan*', 'neuznan*'],
  // Nouns of a party those adjectives make the side's, besides institutions, offices and armed bodies (StatementLexicon.partyNouns).
  partyNouns: ['republik*', 'útvar*', 'režim*', 'předák*', 'lídr*'],
  otherRegions: ['donbas*', 'doněck*', 'luhansk*', 'podněstř*', 'abcház*', 'jižní oseti*', 'kosov*', 'krym*', 'katalán*', 'katalon*'],
  needsObject: [`${CEASES}(?:už |již )?skonč(?:í|ila|ilo|ili)`, 'vzdal* se', 'vzdaj\\p{L}* se', 'vzdá se', 'se vzd(?:al|aj|á)\\p{L}*', `${CEASES}(?:už |již )?(?:nebude|přestane existovat)(?: už| již)?`],
  institutions: ['vláda', 'ministerstvo', 'úřady', 'vedení', 'parlament', 'armáda', 'instituce'],
  // People who speak for a state's bodies, by office: with a capital after them, its state's (StatementLexicon.offices).
  offices: ['mluvčí', 'úředníci', 'úředník', 'poradce', 'představitel*', 'velvysla(?:nec|nkyně|nci)'],
  // Every aspect and tense of arriving ("dorazila", "dorazí", "přijede", "přijíždí").
  // A party's own troops and a place right after them (StatementLexicon.ownTroops, regionPlaces): Armenia's army in Karabakh when Armenia is the doer.
  ownTroops: ['(?:své|svých|vlastní|vlastních|žádné|žádných) (?:vojsk*|vojáky|vojáků|jednotky|jednotek|ozbrojené síly|ozbrojených sil|armád*)'],
  regionPlaces: ['tam', 'na místě', 'v (?:regionu|enklávě|oblasti)', 'na (?:tom )?území', 'v', 've', 'na'],
  // Considering an offer of what a party promises is that offer (StatementLexicon.considerations).
  considerations: ['zvažuj(?:e|í)', 'zvažoval(?:a|o|y|i)?', 'uvažuj(?:e|í) o'],
  arrivals: ['odcestuje', 'odcestují', 'pojede', 'pojedou', 'vstoupil*', 'vstoupí', 'navštíví', 'navštív(?:il|ila|ili)', 'odletí', 'dorazil*', 'dorazí', 'přijel*', 'přijede', 'přijedou', 'přijíždí', 'přijížděl*', 'přicestoval*', 'přicestuj*', 'navštívil*', 'navštíví'],
  // Signed or issued ("vydal dekret, podle kterého …").
  instruments: ['(?:podepsal|vydal)[aoiy]? dekret(?:, který| o|,? (?:podle|na základě) (?:kterého|něhož))?'],
  agents: ['od'],
  complementizers: ['že'],
  prepositions: ['do', 'z', 'ze', 'v', 've', 'na', 'o', 'od', 'pro', 'k', 'ke', 's', 'se', 'mezi', 'po', 'za', 'při', 'nad', 'pod', 'proti', 'bez'],
  auxiliaries: ['také', 'rovněž', 'již', 'už', 'poté', 'pak', 'se'],
  coordinators: ['a', 'ale', 'avšak', 'zatímco'],
  // The plain "and" that joins two names into one subject (StatementLexicon.joiners).
  joiners: ['a', 'i'],
  subordinators: ['když', 'poté co', 'než', 'jestliže', 'pokud', 'přestože', 'protože'],
  relatives: ['kter(?:ý|á|é)'],
  references: ['to', 'toto obvinění', 'tato obvinění', 'obvinění'],
  passives: ['byl*', 'byly', 'je', 'jsou', 'bude', 'budou'],
  // "zastaví operaci, jen pokud separatisté složí zbraně": what the condition holds is demanded by the
  // party that sets it, not done (StatementLexicon.conditions).
  conditions: ['(?:jen|pouze|jedině) (?:tehdy,? )?(?:pokud|když|jestliže)', 'pod podmínkou,? že', 'za podmínky,? že', 'teprve (?:tehdy,? )?(?:až|když)', '(?:nebude|nebudou|nepřestane|nepřestanou|nezastaví se|nezastaví) ~~ (?:dokud|až)'],
  hedges: ['dokud', 'až (?!do)', 'mohl*', 'mohou', 'může', 'možn*', 'obav*', 'obáv*', 'strach*', 'bojí', 'údajn*', 'riziko', 'hrozb*', 'pokud', 'musí', 'měl[ia]? by', 'by měl[ia]?', 'je povinn[ýaé]'],
  reversals: ['zruši*', 'zrušen*', 'anulova*', 'neplatn*'],
  halts: ['zastav*', 'pozastav*', 'odlož*', 'odklád*', 'odklad*', 'zmraz*'],
  dismissals: ['urážk*', 'lež*', 'pomluv*', 'absurdní', 'nepodložen*', 'nepřijateln*', 'propagand*'],
  routes: ['přes', 'skrz'],
  // Future, modal and guaranteeing words: a plain saying about rights or staying promises only with one (StatementLexicon.promises).
  promises: ['dodržování', 'bude', 'budou', 'zaručí', 'zaruč*', 'garant*', 'respektov*', 'chrán*', 'ochrán*', 'zajist*', 'zajišť*', 'mohou', 'můžou', 'ujišť*', 'ujisti*'],
  markers: ['se', 'že', 'je', 'na', 've', 'který', 'která', 'jako', 'podle', 'také'],
  letters: 'řěůčšžýťďň',
};
