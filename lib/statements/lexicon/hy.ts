import type { StatementLexicon } from './shape';

/**
 * Armenian (Eastern Armenian, Armenian script) words for statements about the region. Armenian adds
 * case and tense as suffixes ("Ադրբեջանը", "Ադրբեջանի", "մեղադրել է", "մեղադրում են"), so names, verbs
 * and key terms are stems: `suffixing` makes each match its suffixed forms (see lexicon/shape.ts).
 * Words whose stem changes in the oblique cases ("Բաքու" → "Բաքվի", "միություն" → "միության",
 * "շարասյուն" → "շարասյան") are written at the shared part, with a star.
 */
export const hy: StatementLexicon = {
  lang: 'hy',
  script: 'Armenian',
  suffixing: true,
  // "ոչ մի հայ չի մնա": the negation word agrees with the negated verb.
  negativeConcord: true,
  actors: {
    // The state's name, not its adjective ("ադրբեջանական լրատվամիջոցներ": Azerbaijani media), which names it only before a body (below).
    azerbaijan: ['ադրբեջան(?!ական)', 'բաք(?:ու|վ)*', 'ալիև', 'ալիեվ', 'բայրամով', 'հաջիև', 'ադրբեջանական (?:կառավարությ|իշխանությ|բանակ|զինված ուժեր|ԱԳՆ|կողմ)*'],
    armenia: ['հայաստան', 'երևան', 'երեւան', 'փաշինյան', 'միրզոյան', 'ՀՀ(?:-\\p{L}+)?', 'հայկական (?:կառավարությ|իշխանությ|կողմ|ԱԳՆ)*'],
    separatists: ['պաշտպանության բանակ', 'շահրամանյան', 'անջատական', 'ինքնահռչակ', 'արցախի (?:հանրապետությ|իշխանությ|կառավարությ|նախագահ|ղեկավար)*', 'ԼՂՀ(?:-\\p{L}+)?', 'լեռնային ղարաբաղի (?:հանրապետությ|իշխանությ|կառավարությ|նախագահ|ղեկավար)*', 'ղարաբաղի (?:իշխանությ|կառավարությ|ղեկավար)*', 'ստեփանակերտը', 'ստեփանակերտի (?:իշխանությ|ղեկավար)*'],
    russia: ['ռուսաստան', 'մոսկվա', 'կրեմլ', 'ռուս խաղաղապահ', 'ռուսական (?:խաղաղապահ|զորք|կողմ)*', 'խաղաղապահ', 'պուտին'],
    // An abbreviation takes its case ending after a hyphen ("ՄԱԿ-ի", "ԵՄ-ն", "ԱՄՆ-ը").
    eu: ['եվրամիությ*', 'եվրոպական միությ*', 'եվրոպական հանձնաժողով', 'եվրահանձնաժողով', 'ԵՄ(?:-\\p{L}+)?'],
    un: ['ՄԱԿ(?:-\\p{L}+)?', 'միավորված ազգերի կազմակերպությ*', 'գլխավոր քարտուղար'],
    france: ['ֆրանսիա', 'փարիզ', 'մակրոն'],
    italy: ['իտալիա', 'հռոմ', 'մելոնի'],
    usa: ['ԱՄՆ(?:-\\p{L}+)?', 'միացյալ նահանգներ', 'վաշինգտոն', 'բլինքեն'],
    turkey: ['թուրքիա', 'անկարա', 'էրդողան'],
  },
  // In every case ("նախարարության խոսքով": in the ministry's words), not only the subject's.
  anaphors: ['նա', 'մենք', 'դեսպան(?:ը|ի|ն)?', 'նախարար(?:ը|ի|ն)?', 'վարչապետ(?:ը|ի|ն)?', 'նախագահ(?:ը|ի|ն)?', 'երկիր', 'նախարարությ(?:ունը|ունն|ան)'],
  actions: {
    // "չի բացառել, որ …" (did not rule out): a saying, not a denial (see restrictives).
    say: ['հավաստիաց(?:րել|րեց|նում)', 'կանխատես', 'հայտարար', 'չ(?:ի|են|էր|էին) բացառ*', 'խոսեց ~~ մասին', 'խոսել է ~~ մասին', 'խոսում է ~~ մասին', 'ասել է', 'ասել են', 'ասաց', 'ասացին', 'նշել է', 'նշել են', 'նշեց', 'հաղորդել', 'հաղորդեց', 'պնդել', 'պնդում', 'ընդգծել', 'ընդգծեց', 'գրել է', 'որակել', 'որակեց', 'անվանել', 'անվանեց', 'հաստատել է', 'հաստատեց'],
    accuse: ['մեղադր'],
    concede: ['խոստովան'],
    deny: ['հերք', 'մերժել', 'մերժեց', 'մերժում'],
    report: ['արձանագր', 'զեկուց'],
    warn: ['զգուշաց'],
    ask: ['խնդր', 'դիմել ~ (?:օգն|աջակց)*', 'դիմել է', 'դիմել են', 'դիմեց'],
    refuse: ['հրաժարվ'],
    demand: ['պահանջ', 'կոչ ~ (?:արել|արեց|անում)', 'հրամայ', 'վերջնագիր'],
    pledge: ['խոստաց', 'խոստում', 'երաշխավոր', 'երաշխիք (?:է )?տվ'],
    agree: ['համաձայնվ*', 'համաձայնեց*', 'համաձայնել են', 'համաձայնել է'],
    surrender: ['կապիտուլյաց', 'զենք* վայր (?:դր|դն)*', 'զինաթափվ', 'հանձնվ', 'զենք* հանձն*'],
    open: ['բացել', 'բացեց', 'բացվել', 'բացվեց', 'հիմնել է'],
    block: ['արգելափակ', 'շրջափակ', 'փակել', 'փակեց'],
    escort: ['ուղեկց'],
    // Not the participle in -ող ("լուծարող փաստաթուղթ": a document that would dissolve), an attribute, not an act.
    dissolve: ['լուծար(?!ող)', 'կ?դադար* գոյություն', 'գոյություն* կ?դադար*'],
    send: ['ուղարկ', 'գործուղ'],
    criticise: ['քննադատ', 'դատապարտ'],
    compare: ['համեմատ'],
    tolerate: ['հանդուրժ'],
    negotiate: ['բանակցել', 'բանակցում', 'բանակցություններ սկս', 'բանակցություններ վար', 'քննարկ'],
    attack: ['հարձակվ', 'գրոհ', 'ռազմական գործողությ* (?:սկս|ձեռնարկ)*'],
  },
  agentAfter: {},
  // Nouns of acts whose doer is in their own phrase (StatementLexicon.actNouns).
  actNouns: { ask: ['խնդրանք*', 'դիմում*', 'կոչ*'], pledge: ['երաշխիք*', 'խոստում*', 'հավաստիացում*'], surrender: ['կապիտուլյացի*', 'զինաթափ*', 'հանձնում*'], dissolve: ['լուծարում*', 'լուծարման', 'ինքնալուծարում*'] },
  // Armed bodies: their disbanding is their disarming, not the republic's end (StatementLexicon.armedBodies).
  armedBodies: ['զինված ուժեր*', 'ստորաբաժանում*', 'բանակ*', 'զորք*', 'զորամաս*'],
  // Carrying the residents away, the convoys escorted beside an escort (StatementLexicon.escorted).
  escorted: ['տարհան', 'ավտոբուս', 'մեքենաներ', 'տեղափոխ'],
  // The course or occasion of an act: a key term it governs says when, not what (StatementLexicon.occasions).
  occasions: ['ընթացքում', 'շրջանակում'],
  // Verbs of ordering among the demand verbs: the region's side ordering its own dissolution or disarming does it (StatementLexicon.orders).
  orders: ['հրամայ'],
  concepts: {
    // The noun of the act, not the participle: "բռնի տեղահանված" (forcibly displaced) is how the
    // Armenian press names the people who left, in every count of them, not a statement about how they left.
    expulsion: ['էթնիկ զտ', 'բռնի (?:տեղահանում|տեղահանման|արտաքսում|արտաքսման|վտարում|վտարման)*', 'բռնի տեղահանվ(?:ել|եց|եցին)', 'արտաքսում*', 'արտաքսման*', 'հայաթափ', 'վտարել', 'ստիպ* ~ (?:հեռանալ|լքել)'],
    // Residents' fear of persecution or reprisals, with what they fear (its allegation is no statement of it).
    fear: ['(?:հետապնդ|վրեժխնդր|բռնությ|էթնիկ զտ|ջարդ)\\p{L}{0,8}\\s(?:\\p{L}+\\s)?(?:վախ\\p{L}{0,8})', 'վախ\\p{L}{0,8}\\s(?:\\p{L}+\\s)?(?:հետապնդ|վրեժխնդր|բռնությ|էթնիկ զտ|ջարդ)\\p{L}{0,8}'],
    'no-armenians-left': ['ոչ մի հայ չի (?:մնա|մնացել)', 'հայ չի մնա', 'առանց հայերի'],
    'armenia-army-presence': ['հայաստանի (?:զինված ուժեր|բանակ|զորք)*', 'հայկական բանակ'],
    'armed-presence': ['զինված ~ (?:մեր )?տարածքում'],
    aid: ['օգնությ*', 'օգնի', 'օգնել', 'աջակցությ*', 'ապաստան', 'դեղորայք', 'մարդասիրական բեռ'],
    disarm: ['զինաթափ', 'զենք* վայր (?:դր|դն)*', 'կապիտուլյաց', 'հանձնվ', 'զենք* հանձն*'],
    dissolution: ['լուծար', 'կ?դադար* գոյություն', 'գոյություն* կ?դադար*'],
    'humanitarian-centre': ['մարդասիրական կենտրոն', 'ընդունման կենտրոն'],
    losses: ['կորուստ', 'զոհեր'],
    'ukraine-war': ['ուկրաին'],
    rights: ['հայերի իրավունք', 'իրավունքները (?:հարգ|պաշտպան|երաշխավոր)*', 'անվտանգությ* երաշխ*', 'հավասար քաղաքաց', '(?:նրանց|հայերի|բնակիչների) անվտանգությ*'],
    reintegration: ['վերաինտեգր', 'ինտեգրում'],
    mission: ['առաքելությ*', 'պատվիրակությ*', 'դիտորդ'],
    corridor: ['լաչինի միջանցք', 'բերձորի միջանցք'],
    'weapons-shipments': ['զենքի (?:մատակարար|մաքսանենգ|փոխադր)*'],
    convoys: ['շարասյ*', 'ավտոշարասյ*'],
    offensive: ['ռազմական գործողությ*', 'հարձակում', 'հակաահաբեկչական'],
    stay: ['կարող են մնալ', 'վախենալու (?:ոչինչ|պատճառ)', 'մնալ ~ տներում', 'փախչելու (?:որևէ )?պատճառ'],
    amnesty: ['համաներում'],
    talks: ['բանակցությ*'],
    takeover: ['վերահսկողությ* (?:վերցր|հաստատ|վերականգն)*', 'լիակատար վերահսկողությ*'],
    independence: ['անկախությ*'],
    interference: ['միջամտությ*'],
  },
  opposites: { expulsion: ['կամավոր', 'սեփական կամքով', 'սեփական որոշմամբ', 'անձնական (?:և անհատական )?(?:որոշ|ընտրությ)*', 'անհատական (?:որոշ|ընտրությ)*'] },
  restrictives: ['չ(?:ի|են|էր|էին) բացառ\\p{L}*'],
  // "սեփական կամքով", "սեփական ցանկությամբ": one's own will, in every case.
  choices: { own: ['սեփական'], nouns: ['կամք\\p{L}*', 'ցանկությ\\p{L}*'] },
  // A name in the dative, ablative, instrumental or locative ("Հայաստանին", "Բաքվից", "Երևանում") is no subject; the genitive
  // ("ՄԱԿ-ի") names an owner, which the reader weighs itself. Not "Պուտին", whose "ին" is its own.
  caseEndings: '(?:(?<!ուտ)ին|ից|ով|ում)',
  // Nouns for arms and verbs of giving them up, in every case, aspect and tense, either order within a few words
  // (StatementLexicon.arms, handOver): "հանձնել են ամբողջ զենքը", "զենքը հանձնվել է".
  arms: ['զենք(?:\\p{L}+)?', 'զինամթերք(?:\\p{L}+)?', 'սպառազինությ(?:\\p{L}+)?', 'ռազմական տեխնիկա(?:\\p{L}+)?', 'հրետանի(?:\\p{L}+)?'],
  handOver: ['հանձն(?:\\p{L}+)?', 'վայր (?:դր|դն)(?:\\p{L}+)?'],
  negations: ['չի', 'չեն', 'չէ', 'չէր', 'չէին', 'չենք', 'չեմ', 'ոչ', 'երբեք', 'կապ չունի'],
  rhetorical: ['ինչու պետք է (?:հանդուրժենք|համակերպվենք)'],
  attributions: ['ըստ', 'համաձայն', 'հաղորդմամբ', 'փոխանցմամբ', 'կարծիքով', 'խոսքով'],
  regionSide: ['հայեր*', 'տեղաց*', 'տեղական*', 'անջատական*', 'ինքնահռչակ*',
    // The republic with its article or case, in a passage about the region, is the self-declared one (st27a), not a named state's.
    '(?<!(?:հայաստանի|ադրբեջանի|ռուսաստանի|թուրքիայի) )հանրապետ*'],
  // Of those, the words that only describe a noun: the side's only beside a party's noun (StatementLexicon.regionSideAdjectives).
  regionSideAdjectives: ['տեղական*', 'ինքնահռչակ*'],
  // Nouns of a party those adjectives make the side's, besides institutions, offices and armed bodies (StatementLexicon.partyNouns).
  partyNouns: ['հանրապետ*', 'ղեկավար*'],
  otherRegions: ['դոնբաս', 'դոնեցկ', 'լուգանսկ', 'մերձդնեստր', 'աբխազ', 'հարավային օսեթ', 'կոսովո', 'ղրիմ', 'կատալոնի'],
  institutions: ['կառավարությ*', 'նախարարությ*', 'իշխանությ*', 'խորհրդարան*', 'բանակ*', 'ԱԳՆ'],
  // "Շահրամանյանի ստորագրած հրամանագրով …": by the decree the leader signed, the act is the signer's.
  instruments: ['ստորագր* (?:հրամանագր|հրաման|որոշ)*'],
  // Considering an offer of what a party promises is that offer (StatementLexicon.considerations).
  considerations: ['քննարկում է', 'դիտարկում է'],
  arrivals: ['կմեկնի', 'մեկնել*', 'կայցել*', 'մտել*', 'ժամանել*', 'ժամանեց*', 'հասել*', 'այցել*'],
  agents: ['կողմից'],
  // "ռազմական գործողությունները չի դադարեցնի, քանի դեռ Պաշտպանության բանակը զենքերը վայր չի դրել": what the
  // condition holds ("as long as … has not", "only if", "on condition that") is demanded by the party that sets
  // it, not done, and the condition's "not" is the waiting's (StatementLexicon.conditions).
  conditions: ['քանի դեռ', 'միայն (?:այն դեպքում,? )?(?:եթե|երբ)', 'պայմանով,? որ', 'այն պայմանով,? որ'],
  complementizers: ['որ', 'թե', 'որպեսզի'],
  prepositions: ['հետ', 'համար', 'դեմ', 'մասին', 'միջև', 'դեպի'],
  auxiliaries: ['նաև', 'արդեն', 'ավելի ուշ', 'ևս', 'էլ'],
  coordinators: ['և', 'ու', 'բայց', 'սակայն', 'իսկ'],
  // The plain "and" that joins two names into one subject (StatementLexicon.joiners).
  joiners: ['և', 'ու'],
  subordinators: ['երբ', 'եթե', 'քանի որ', 'մինչ', 'թեև'],
  relatives: ['որը', 'որոնք'],
  references: ['դա', 'այդ մեղադրանք*', 'մեղադրանքներ*', 'պնդումներ*', 'այդ հայտարարությ*'],
  passives: ['ենթարկվել*', 'ենթարկվում*'],
  hedges: ['կարող է', 'կարող են', 'հնարավոր*', 'մտավախությ*', 'վախ*', 'սպառնալիք*', 'վտանգ*', 'պետք է', 'պիտի', 'եթե'],
  reversals: ['չեղարկ*', 'անվավեր*'],
  halts: ['կասեցն*', 'հետաձգ*', 'սառեցն*'],
  dismissals: ['սուտ', 'ստախոս*', 'զրպարտ*', 'անհիմն*', 'անընդունելի', 'քարոզչությ*', 'աբսուրդ*'],
  // Future, modal and guaranteeing words: a plain saying about rights or staying promises only with one (StatementLexicon.promises).
  promises: ['պիտի', 'կլին*', 'կհարգ*', 'կպաշտպան*', 'կապահով*', 'կերաշխավոր*', 'երաշխավոր*', 'երաշխիք*', 'հարգ*', 'պաշտպան*', 'ապահով*', 'հավաստիաց*'],
  markers: ['և', 'է', 'են', 'որ', 'այս', 'համար', 'մեջ', 'հետ', 'նաև', 'ըստ'],
};
