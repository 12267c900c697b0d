import { LATIN_NAMES } from './people';
import type { StatementLexicon } from './shape';

/** Polish words for statements about the region. */
// A capital in the locative before a verb of saying, claiming or asking in the third person plural with
// no subject of its own ("W Baku twierdzą", "w Erywaniu oświadczyli"): the impersonal voice of that
// government, as "Baku said". Only such verbs: "w Erywaniu protestowali" is people protesting there.
const IMPERSONAL = String.raw`(?=,?\s+(?:twierdz|zapewni|oświadcz|podkreśl|odrzuc|zaprzecz|oskarż|zarzuc|żąda|zażąda|wzywa|wezwa|ostrzeg|obieca|obiecuj|ogłosi|ogłasza|przekaza|przekazuj|informuj|poinformowa|zapowiada|zapowiedzia|uważa|mówi|powiedzie)\p{L}{0,12}(?:ą|li|ły)(?![\p{L}\p{M}]))`;

// "Republiki … nie będzie już": no longer being is the dissolution only of the republic, its state or its
// bodies, named within a few words before it ("korytarza laczyńskiego nie będzie" is not).
const CEASES = String.raw`(?<=(?:republik|arcach|górsk\p{L}* karabach|państw|organ|instytucj|struktur)\p{L}{0,6}(?:\s+[\p{L}-]+){0,4}\s+)`;

export const pl: StatementLexicon = {
  lang: 'pl',
  script: 'Latin',
  negativeConcord: true,
  actors: {
    azerbaijan: [...LATIN_NAMES.azerbaijan!, 'bajramow*', 'bayramov*', 'hadżijew*', 'hajiyev*', 'azerbejdżan*', 'baku', 'alijew*', 'aliyev*', '(?:władze|rząd|siły|armia|prezydent|msz|ambasador) azerbejdżan*', 'azersk* (?:armia|strona|władze|siły)', 'azerbejdżańsk* (?:resort|minist|msz|władz|rząd|armi|wojsk|sił|dyplomac|prezydent|premier|ambasador|rzecznik|stron)*', '(?:resort|ministerstw|władz|rząd|armi|wojsk|sił|dyplomac|stron)* azerbejdżańsk*', 'władze w baku', `w baku${IMPERSONAL}`],
    armenia: [...LATIN_NAMES.armenia!, 'mirzojan*', 'mirzoyan*', 'armeni[aięą]*', 'erywa[nń]*', 'paszynian*', 'pashinyan*', '(?:władze|rząd|premier|msz) armen*', 'armeńsk* (?:rząd|msz|minist|władz|premier|resort|dyplomac|ambasador|rzecznik|stron)*', '(?:rząd|ministerstw|władz|resort|dyplomac|stron)* armeńsk*', `w erywaniu${IMPERSONAL}`],
    separatists: ['armi(?:a|i|ę|ą) obrony (?:górskiego )?(?:karabachu|artsachu)', '(?:armeńsk|ormiańsk)\\p{L}+ (?:siły|oddziały|formacje) (?:w|z) (?:górski\\p{L}+ )?karabach\\p{L}{0,3}', 'siły (?:armeńsk\\p{L}+ |ormiańsk\\p{L}+ )?(?:w|z) (?:górski\\p{L}+ )?karabach\\p{L}{0,3}', ...LATIN_NAMES.separatists!, 'shahramanyan', 'sz?a(?:ch|h)ramanian*', 'ormiańs* bojownik*', 'ormiańs* bojówk*', '(?:prezydent*|przywódc*|przywództw*) (?:samozwańcz* )?(?:republiki )?(?:górskiego )?karabachu', 'republik* górskiego karabachu', 'separatystyczn* (?:państw*|republik*)', 'separaty*', 'władze (?:górskiego )?karabachu', 'władze w (?:górskim )?karabachu', 'samozwańcz* republik*', 'republik* arcach*', 'nieuznawan* republik*', 'szahramanian*', `w stepanakercie${IMPERSONAL}`],
    russia: ['rosj*', 'moskw*', 'kreml*', 'rosyjsk* (?:siły pokojowe|żołnierze|wojska|kontyngent)', 'rosyjsk* (?:msz|ministerstw|resort|władz|rząd|dyplomac)*', 'putin*', `(?:w moskwie|na kremlu)${IMPERSONAL}`],
    eu: ['komisj* europejsk*', 'uni[aię] europejsk*', 'ue', 'bruksel*'],
    un: ['onz', 'narod* zjednoczon*', 'unhcr', 'sekretarz generaln*'],
    france: ['francj*', 'paryż*', 'macron*'],
    italy: ['włoch*', 'rzym*', 'meloni'],
    usa: ['stany zjednoczone', 'usa', 'waszyngton*', 'blinken*'],
    turkey: ['turcj*', 'ankar*', 'erdogan*', 'erdoğan*'],
  },
  // In every case, as after "według" ("według resortu", "zdaniem ministra"), not only the subject's.
  // "misja organizacji": the body last named (StatementLexicon.bodies), in every case.
  bodies: ['organizacj(?:a|i|ę|ą)'],
  anaphors: ['doradc(?:a|y|ą|y)', 'rzeczni(?:k|czka)', 'on', 'ona', 'my', 'ambasador(?:a|owi|em)?', 'minister', 'ministr(?:a|owi|em)', 'premier(?:a|owi|em)?', 'prezydent(?:a|owi|em)?', 'kraj(?:u|owi|em)?', 'resort(?:u|owi|em)?', 'ministerstw(?:o|a|u|em)'],
  actions: {
    // "nie wykluczył, że …" (did not rule out): a saying, not a denial (see restrictives).
    say: ['przepowiedział*', 'przepowiada*', 'prognozuj*', 'przewidywał*', 'mówi(?:ł|ła|li|ą) o', 'nie wykluczy\\p{L}*', 'nie wyklucza*', 'powiedział*', 'mówi', 'oświadczył*', 'oświadcza*', 'stwierdził*', 'stwierdza*', 'zapewnił*', 'zapewnia*', 'ogłosił*', 'ogłasza*', 'poinformował*', 'informuj*', 'potwierdził*', 'potwierdza*', 'podkreślił*', 'podkreśla*', 'napisał*', 'nazwał*', 'nazywa*', 'określił*', 'określa*', 'zadeklarował*', 'przekazał*', 'przekazuj*', 'zapowiedział*', 'zapowiada*', 'twierdz*', 'mówią', 'utrzymuj\\p{L}*(?: \\p{L}+)?,? że', 'utrzymywa\\p{L}*(?: \\p{L}+)?,? że', 'nie (?:widzi|widzą|widział\\p{L}*)(?: żadn\\p{L}*)?(?= (?:\\p{L}+ )?powod)'],
    // Every aspect of each verb: "obwinił", "obwinia", "obwiniali".
    accuse: ['oskarż*', 'zarzuci*', 'zarzuca*', 'obwini*'],
    concede: ['przyznał*', 'przyznaje', 'przyznają'],
    // Every aspect of a verb and its verbal noun where it names the act ("odrzucenie", "wezwanie do",
    // "blokada", "potępienie"): the imperfective ("blokował", "wzywał") as well as the perfective.
    // The passive participles too ("zarzut został przez Baku odparty").
    deny: ['zaprzecz*', 'odrzuc*', 'zdementowa*', 'dementuj*', 'odpiera*', 'odparł*', 'odpar(?:ty|ta|te|ci)'],
    report: ['zgłosił*', 'odnotował*', 'zarejestrował*', 'podał*'],
    warn: ['ostrzeg*'],
    ask: ['zwrócił* się do ~ o', 'zwraca się do ~ o', 'poprosił* ~ o', 'prosi ~ o', 'proszą ~ o', 'prosił* ~ o', 'zaapelował* ~ o', 'apeluj* ~ o', 'apelował* ~ o', 'poprosi\\p{L}* ~ o', 'prośb\\p{L}* ~ o', 'apel(?:u|em)? ~ o'],
    refuse: ['odmówił*', 'odmówi', 'odmówią', 'odmawia*', 'odmow(?:a|y|ą|ie)'],
    demand: ['zaapelował* do', 'apelował* do', 'apeluj* do', 'zażąda*', 'żąda*', 'wezwał* ~ do', 'wzywa ~ do', 'wzywają ~ do', 'wzywał* ~ do', 'wezwie ~ do', 'wezwani\\p{L}* ~ do', 'wzywani\\p{L}* ~ do', 'nakazał*', 'nakazuj*', 'nakaz(?:u|em)?', 'ultimatum'],
    pledge: ['obietnic*', 'obiecał*', 'obiecuj*', 'obieca\\p{L}*', 'zobowiązał*', 'zobowiązuje*', 'zagwarantował*', 'zagwarantuj*', 'gwarantuj*'],
    agree: ['przysta(?:ł|ła|ło|li|ły) na', 'zgodził* się', 'zgodz\\p{L}* się', 'zgadza* się', 'zaakceptował*', 'wyrazi\\p{L}* gotowość', 'wyraża\\p{L}* gotowość'],
    surrender: ['skapitul*', 'kapitulował*', 'kapituluj*', 'poddał* się', 'podda(?:li|ły|dzą|je|ją) się', 'złoż\\p{L}* broń', 'składa\\p{L}* broń', 'rozbroi\\p{L}* się', 'rozbraja\\p{L}* się', 'złożenia broni', 'złożeni[ae] broni', 'skapitulowa*', 'kapitulowa*', 'podda(?:ł|ła|ło|li|ły) się(?=\\s{0,2}(?:[,.;:!?»\"”]|$))'],
    open: ['otworzył*', 'otworzy', 'otwiera*', 'otwarto', 'utworzył*', 'uruchomił*'],
    block: ['zablokowa*', 'zablokuj*', 'blokuj*', 'blokowa*', 'blokad*', 'zamknął*', 'zamknęł*'],
    escort: ['eskortowa*', 'eskortuj*', 'eskortował*', 'konwojowa*', 'konwojuj*'],
    dissolve: ['rozwiązuj\\p{L}* (?:\\p{L}+ )?(?:instytucj|struktur|organ|urzęd|władz|parlament|rząd)\\p{L}*', 'rozwiąza*', 'rozwiązani*', 'samorozwiąz*', 'przesta\\p{L}* istnieć', 'przestanie istnieć', 'przestała istnieć', 'koniec istnienia', `${CEASES}(?:już )?nie będzie(?: już)?`],
    send: ['wyśle', 'wyślą', 'wysłał*', 'wysyła*', 'skierowa*', 'skieruj*'],
    criticise: ['skrytykowa*', 'krytykuj*', 'krytykowa*', 'potępi*', 'potępia*'],
    compare: ['porówna*', 'porównał*'],
    tolerate: ['tolerowa*', 'toleruje'],
    negotiate: ['negocj(?:ować|owali|owała|owały|ują|uje|owano)', '(?:rozpoczę|rozpoczy|podję|prowadz)* ~ (?:rozmowy|negocjacje)', '(?:rozmowy|negocjacje) (?:się )?(?:rozpoczęły|ruszyły)', 'omawia*', 'omówi*'],
    attack: ['rozpocz\\p{L}* ~ (?:ofensyw\\p{L}+|operacj\\p{L}+ (?:wojskow|antyterrorystyczn)\\p{L}+)', 'zaczę\\p{L}* ~ (?:ofensyw\\p{L}+|operacj\\p{L}+ (?:wojskow|antyterrorystyczn)\\p{L}+)', 'zaczął ~ (?:ofensyw\\p{L}+|operacj\\p{L}+ (?:wojskow|antyterrorystyczn)\\p{L}+)', 'zaatakowa*', 'atakuj*', 'atakowa*', 'zaatakuj*', 'przejął* kontrolę', 'zdobył*'],
  },
  // Armed bodies: their disbanding is their disarming, not the republic's end (StatementLexicon.armedBodies).
  armedBodies: ['sił(?:y|om|ami|ach)?', 'sił zbrojnych', 'siły zbrojne', 'wojsk*', 'armi(?:a|i|ę|ą)', 'oddział*', 'jednost(?:ki|ek|kom|kami)', 'milicj*', 'bojownik*', 'formacj*'],
  // Carrying the residents away, the convoys escorted beside an escort (StatementLexicon.escorted).
  escorted: ['ewakuac*', 'autobus(?:y|ów|ami|om)', 'pojazd(?:y|ów|ami|om)', 'samochod(?:y|ów|ami|om)', 'ewakuowa*', 'ewakuuj*', 'przewiezi*', 'przewożen*', 'wywiezi*'],
  agentAfter: {
    escort: ['pod eskortą', 'w asyście', 'w eskorcie'],
  },
  // Nouns of acts whose doer is in their own phrase (StatementLexicon.actNouns).
  actNouns: { ask: ['prośb*', 'wniosek', 'wnios[kc]*', 'apel*'], pledge: ['gwarancj*', 'obietnic*', 'zapewnieni*', 'zobowiązani*'], surrender: ['kapitulacj*', 'rozbrojeni*', 'złożeni* broni'], dissolve: ['rozwiązani*', 'samorozwiązani*', 'likwidacj*'] },
  circumstances: ['po', 'mimo', 'pomimo', 'wobec', 'wskutek'],
  // The course or occasion of an act: a key term it governs says when, not what (StatementLexicon.occasions).
  occasions: ['podczas', 'w trakcie', 'w ramach', 'w toku'],
  // Verbs of ordering among the demand verbs: the region's side ordering its own dissolution or disarming does it (StatementLexicon.orders).
  orders: ['nakazał*', 'nakazuj*'],
  concepts: {
    expulsion: ['czyst[ek]* etniczn*', 'wypędz*', 'deportac*', 'przymusow* (?:przesiedl*|wysiedl*|migrac*)', 'zmuszon* do (?:opuszczenia|ucieczki)', '(?:zmusz|zmusi)\\p{L}* ~ do (?:opuszczenia|ucieczki)'],
    // Residents' fear of persecution or reprisals, with what they fear (its allegation is no statement of it).
    fear: ['(?:obaw\\p{L}{0,6}|boj\\p{L}{0,5}|bał\\p{L}{0,5}|strach\\p{L}{0,3}|lęk\\p{L}{0,3})\\s(?:się\\s)?(?:przed\\s)?(?:prześladowa\\p{L}{0,4}|represj\\p{L}{0,3}|odwet\\p{L}{0,3}|zemst\\p{L}{0,2}|przemoc\\p{L}{0,3}|czystk\\p{L}{0,3}\\setniczn\\p{L}{0,3}|masakr\\p{L}{0,3})(?:,?\\s(?:i|lub|oraz)\\s(?:prześladowa\\p{L}{0,4}|represj\\p{L}{0,3}|odwet\\p{L}{0,3}|zemst\\p{L}{0,2}|przemoc\\p{L}{0,3}|czystk\\p{L}{0,3}\\setniczn\\p{L}{0,3}|masakr\\p{L}{0,3}))?'],
    'no-armenians-left': ['(?:żadnych|ani jednego) ormian*', 'bez ormian', '(?:nie (?:zostanie|pozostanie|będzie)) ~ (?:żaden|ani jeden) ormianin', '(?:żaden|ani jeden) ormianin ~ nie (?:zostanie|pozostanie|będzie)'],
    'armenia-army-presence': ['armi[aię]* armeńsk*', 'armi[aię]* armenii', 'armeńsk* (?:wojska|żołnierze|siły zbrojne)'],
    'armed-presence': ['uzbrojon* ~ na (?:naszym|swoim|ich) terytorium', 'obecność ~ uzbrojon*'],
    aid: ['pomoc(?:y|ą)?', 'pomóc', 'pomog*', 'pomaga*', 'schronie[nń]*', 'środki medyczne', 'środków medycznych', 'wsparci*', 'namiot*', 'lek(?:i|ów)'],
    disarm: ['rozbroj*', 'kapitul*', 'złożyć broń', 'złożył* broń', 'złożenia broni', 'złożenie broni', 'odda(?:ć|li|ły|ł|ła|nia|nie) (?:broń|broni|uzbrojeni[ea])'],
    dissolution: ['rozwiązuj\\p{L}* (?:\\p{L}+ )?(?:instytucj|struktur|organ|urzęd|władz|parlament|rząd)\\p{L}*', 'rozwiąza*', 'rozwiązani*', 'samorozwiąz*', 'przestanie istnieć', 'przestała istnieć', 'koniec istnienia', `${CEASES}(?:już )?nie będzie(?: już)?`],
    'humanitarian-centre': ['centrum humanitarn*', 'ośrod* recepcyjn*'],
    losses: ['straty', 'strat', 'zabici żołnierze'],
    'ukraine-war': ['wojn* w ukrainie', 'wojn* na ukrainie', 'ukrain*'],
    rights: ['(?:poszanowani|przestrzegani)\\p{L}* (?:ich )?praw', 'praw* ormian', 'praw\\p{L}* (?:\\p{L}+ )?(?:ormiańsk\\p{L}* mniejszoś\\p{L}*|mniejszoś\\p{L}* ormiańsk\\p{L}*)', 'praw* mieszkańców', 'takie same prawa', 'równ* obywatel*', 'gwarancj\\p{L}* bezpieczeństwa', 'bezpieczeństw\\p{L}* ormian', '(?:chroni|ochroni|ochron)\\p{L}* (?:\\p{L}+ )?mieszkańc\\p{L}*'],
    reintegration: ['reintegrac*'],
    mission: ['misj*', 'delegacj*', 'zespół', 'obserwator*'],
    corridor: ['korytarz* laczyńsk*', 'korytarz* laczin*'],
    'weapons-shipments': ['dostaw* broni', 'przemyt* broni'],
    convoys: ['konwoj*', 'kolumn* (?:pojazdów|samochodów|uchodźców)'],
    offensive: ['ofensyw*', 'operacj* wojskow*'],
    stay: ['nie (?:mają|muszą) się czego (?:obawiać|bać)', 'nic (?:im )?nie grozi', 'nie (?:muszą|powinni) się (?:obawiać|bać)', 'nie (?:opuszczać|wyjeżdżać|uciekać)', '(?:zostać|pozostać) (?:w (?:swoich )?domach|u siebie)', 'mogą (?:po)?zostać', 'nie ma powodu do ucieczki', 'nie ma (?:\\p{L}+ )?powod(?:u|ów) do (?:\\p{L}+ )?(?:ucieczki|wyjazdu|opuszczenia|exodusu)', 'powod(?<=nie (?:widzi|widzą|widział\\p{L}*)(?: żadn\\p{L}*)? (?:\\p{L}+ )?powod)(?:u|ów) do (?:\\p{L}+ )?(?:ucieczki|wyjazdu|opuszczenia|exodusu)'],
    amnesty: ['amnesti*'],
    talks: ['rozmow*', 'negocjac*'],
    takeover: ['przej* kontrol*', 'odzyska* kontrol*', 'pełn* kontrol*'],
    independence: ['niepodległ*', 'żelazn* pięś*'],
    interference: ['ingerencj*'],
  },
  opposites: { expulsion: ['dobrowoln*', 'własn* decyzj*', 'osobist* decyzj*', 'osobist* (?:i indywidualn* )?(?:decyzj*|wyb[oó]r*)', 'indywidualn* (?:decyzj*|wyb[oó]r*)', 'z własnej woli'] },
  // "obiecał szanować prawa mieszkańców": rights right after a verb of pledging, in every case.
  pledgedGoods: ['praw(?:a|ach|ami|om)?'],
  // Nouns for arms and verbs of giving them up, in every case, aspect and tense, either order within a few words
  // (StatementLexicon.arms, handOver): "oddali całą broń", "broń została przekazana".
  arms: ['broń', 'broni', 'bronią', 'uzbrojeni(?:e|a|em)', 'sprzęt(?:u)? wojskow(?:y|ego)', 'ciężk\\p{L}+ (?:uzbrojeni\\p{L}+|sprzęt\\p{L}*|broń|broni)', 'artyleri(?:a|i|ę|ą)', 'amunicj(?:a|i|ę|ą)'],
  handOver: ['oddał*', 'odda(?:li|ły|ła|ć|dzą|je|ją|wać|wali|wał)', 'oddan(?:a|e|y|o)', 'przekaza*', 'przekazuj*', 'przekazan(?:a|e|y|o)', 'złoży(?:ł|li|ły|ła|ć)?', 'złożą', 'złożon(?:a|e|y|o)', 'składa(?:ć|ją|li|ły)?'],
  negations: ['nie', 'nigdy', 'nikt', 'żadn*', 'bez', 'nic wspólnego'],
  // "не чем иным, как", "non è altro che": "nothing other than" affirms what follows; its negation negates nothing.
    restrictives: ['nie (?:jest|są|było|była|był|będzie) (?:niczym|nic) inn\\p{L}* (?:niż|jak)', 'nie inaczej (?:niż|jak)', 'nie wykluczy\\p{L}*', 'nie wyklucza*'],
  rhetorical: ['dlaczego (?:mielibyśmy|mieliby)'],
  attributions: ['według (?:komunikatu|oświadczenia|informacji|danych|słów|relacji|raportu)', 'według', 'zdaniem', 'w opinii', 'w ocenie', 'w oczach'],
  leadingAttributions: ['dla'],
  causatives: ['zmusił*', 'zmusi*', 'zmusza*', 'przymusił*'],
  departures: ['do opuszczenia', 'do ucieczki', 'do exodusu', 'opuścić', 'opuszczać', 'uciec'],
  regionSide: ['samozwańcz*', 'ormia*', 'ormiań*', 'lokaln*', 'miejscow*', 'enklaw*', 'separaty*', 'nieuznawan*', 'nieuzna(?:n|wan)\\p{L}* przez (?:żadne|żadnego|nikogo)(?: \\p{L}+)?',
    // The republic with its article or case, in a passage about the region, is the self-declared one (st27a), not a named state's.
    '(?<!(?:czesk|słowack|azerbejdżańsk|armeńsk|radzieck)\\p{L}* )republik(?:a|i|ę|ą)(?! (?:czesk|słowack|azerbejdż|armen|\\p{L}*sk[aeiąo](?!\\p{L})))'],
  // Of those, the words that only describe a noun: the side's only beside a party's noun (StatementLexicon.regionSideAdjectives).
  regionSideAdjectives: ['ormiańsk*', 'lokaln*', 'miejscow*', 'samozwańcz*', 'nieuznawan*', 'nieuzna(?:n|wan)\\p{L}* przez (?:żadne|żadnego|nikogo)(?: \\p{L}+)?'],
  // Nouns of a party those adjectives make the side's, besides institutions, offices and armed bodies (StatementLexicon.partyNouns).
  partyNouns: ['republik*', 'twór', 'tworu', 'reżim*', 'przywódc*'],
  otherRegions: ['donbas*', 'doniec*', 'ługańsk*', 'naddniestrz*', 'abchaz*', 'osetii południowej', 'osetia południowa', 'kosow*', 'krym*', 'katalo*'],
  needsObject: ['poddał* się', 'podda(?:li|ły) się', 'rozwiąza*', `${CEASES}(?:już )?nie będzie(?: już)?`],
  institutions: ['rząd', 'ministerstwo', 'msz', 'władz(?:e|om|ami|ach)?', 'przywódcy', 'kierownictwo', 'parlament', 'armia', 'wojsko', 'instytucj(?:e|i|a|om)'],
  // People who speak for a state's bodies, by office: with a capital after them, its state's (StatementLexicon.offices).
  offices: ['rzeczni(?:k|czka|cy)*', 'urzędni(?:k|cy)*', 'doradc*', 'przedstawiciel*', 'ambasador*'],
  // Every aspect and tense of arriving ("dotarła", "dociera", "dotrze", "przybywa", "przyjedzie").
  // A party's own troops and a place right after them (StatementLexicon.ownTroops, regionPlaces): Armenia's army in Karabakh when Armenia is the doer.
  ownTroops: ['(?:swoich|swoje|swych|własnych|własne) (?:wojsk*|żołnierzy|żołnierze|oddziałów|oddziały|sił zbrojnych|armi*)', '(?:żadnych|swojej|własnej) (?:wojsk|żołnierzy|oddziałów|sił zbrojnych|armii)'],
  regionPlaces: ['tam', 'na miejscu', 'w (?:regionie|enklawie)', 'na (?:tym )?terytorium', 'w', 'na'],
  // Considering an offer of what a party promises is that offer (StatementLexicon.considerations).
  considerations: ['rozważa(?:ją|ł|ła|li)?', 'rozpatruj(?:e|ą)'],
  arrivals: ['pojedzie', 'pojadą', 'poleci', 'polecą', 'uda się do', 'udadzą się do', 'odwiedzi', 'odwiedzą', 'wjechał*', 'wjedzie', 'dotarł*', 'dotrze*', 'docier*', 'przybył*', 'przybywa*', 'przybędzie', 'przybędą', 'przyjechał*', 'przyjeżdża*', 'przyjedzie*', 'przyjadą', 'odwiedził*', 'odwiedzając*'],
  // Signed or issued ("wydał dekret, który …").
  instruments: ['(?:podpisał|wydał)[aoy]? dekret(?:, który| o|,? (?:zgodnie z którym|na mocy którego))?'],
  agents: ['przez'],
  complementizers: ['że'],
  prepositions: ['do', 'z', 'ze', 'w', 'we', 'na', 'o', 'od', 'dla', 'przez', 'między', 'po', 'za', 'przy', 'nad', 'pod', 'bez', 'przeciw(?:ko)?'],
  auxiliaries: ['też', 'także', 'również', 'już', 'potem', 'następnie', 'się'],
  coordinators: ['i', 'ale', 'lecz'],
  // The plain "and" that joins two names into one subject (StatementLexicon.joiners).
  joiners: ['i', 'oraz'],
  subordinators: ['gdy', 'kiedy', 'po tym jak', 'zanim', 'jeśli', 'chociaż', 'ponieważ'],
  relatives: ['któr(?:y|a|e)'],
  references: ['to', 'ten zarzut', 'te zarzuty', 'tym zarzutom', 'oskarżenia'],
  passives: ['został*', 'zostały', 'był*', 'jest', 'są', 'będzie'],
  // "zatrzyma operację tylko wtedy, gdy bojownicy złożą broń": what the condition holds is demanded by
  // the party that sets it, not done (StatementLexicon.conditions).
  conditions: ['tylko (?:wtedy,? )?(?:gdy|jeśli|jeżeli|kiedy)', 'wyłącznie (?:wtedy,? )?(?:gdy|jeśli|jeżeli|kiedy)', 'pod warunkiem,? że', 'dopiero (?:wtedy,? )?(?:gdy|kiedy|jak|po)', 'nie (?:spocznie|spoczną|przestanie|przestaną|będzie|będą|zatrzyma się|zatrzymają się) ~~ (?:dopóki|aż)'],
  hedges: ['dopóki', 'pod warunkiem', 'o ile', 'dopiero (?:gdy|kiedy|jeśli)', 'tylko (?:jeśli|wtedy,? gdy)', 'aż (?!do)', 'mógł*', 'mogą', 'może', 'możliw*', 'obaw*', 'strach*', 'lęk*', 'ryzyk*', 'groźb*', 'jeśli', 'musi', 'muszą', 'powin(?:ien|na|no|ni)', 'ma obowiązek'],
  reversals: ['unieważni*', 'odwoła*', 'uchyli*'],
  halts: ['wstrzyma*', 'zatrzyma*', 'odłoż*', 'odłoży*', 'odrocz*', 'zawiesi*', 'zawiesz*', 'zamroz*'],
  dismissals: ['obelg*', 'zniewag*', 'kłamstw*', 'oszczerstw*', 'absurd*', 'bezpodstawn*', 'nie do przyjęcia', 'propagand*'],
  routes: ['przez', 'wzdłuż'],
  // Future, modal and guaranteeing words: a plain saying about rights or staying promises only with one (StatementLexicon.promises).
  promises: ['poszanowani*', 'przestrzegani*', 'będzie', 'będą', 'zostan*', 'gwarant*', 'szanow*', 'uszanow*', 'respektow*', 'chroni*', 'ochroni*', 'zapewni*', 'mogą', 'zapewnia*'],
  markers: ['się', 'nie', 'że', 'jest', 'na', 'do', 'w', 'z', 'przez', 'oraz'],
  letters: 'łąęśźżćń',
};
