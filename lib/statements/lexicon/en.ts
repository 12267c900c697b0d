import { LATIN_NAMES } from './people';
import type { StatementLexicon } from './shape';

/** English words for statements about the region. */
export const en: StatementLexicon = {
  lang: 'en',
  script: 'Latin',
  actors: {
    azerbaijan: [...LATIN_NAMES.azerbaijan!, 'bayramov', 
      'azerbaijan', "azerbaijan['’]s", 'baku', "baku['’]s", 'aliyev', "aliyev['’]s", 'sadigov', 'hajiyev',
      'azerbaijani (?:authorities|government|officials?|side|forces|troops|army|military|president|presidency|presidential administration|foreign ministry|defen[cs]e ministry|border guards|ambassador|envoy|leadership|leader|foreign minister|defen[cs]e minister)',
    ],
    armenia: [...LATIN_NAMES.armenia!, 
      'armenia', "armenia['’]s", 'yerevan', "yerevan['’]s", 'pashinyan', "pashinyan['’]s", 'pashinian', "pashinian['’]s", 'bagdassarian', 'mirzoyan', "mirzoyan['’]s",
      '(?<!ethnic[- ])armenian (?:authorities|government|officials|prime minister|premier|president|foreign ministry|defen[cs]e ministry|foreign minister|defen[cs]e minister|leadership)',
    ],
    separatists: ['(?:nagorno[- ]karabakh |karabakh |artsakh )?defen[cs]e army', ...LATIN_NAMES.separatists!, 'armenian fighters', 'karabakh (?:armenian )?(?:fighters|forces|army|troops)', '(?:president|leader|head|prime minister|state minister|ombudsman) of (?:the )?(?:nagorno-)?karabakh(?: republic)?', '(?:nagorno-)?karabakh(?:[\'’]s)? (?:president|leader|prime minister|state minister|ombudsman)', '(?:separatist|breakaway|secessionist) (?:state|entity|enclave)', 'karabakh republic', 
      'separatist (?:authorities|leaders?(?:hip)?|government|forces|fighters|officials?|president)', 'breakaway (?:government|authorities|leadership|republic)',
      'ethnic[- ]armenian (?:forces|fighters|authorities|government|leadership)', 'republic of artsakh', 'artsakh (?:authorities|government|leadership)',
      'self-(?:declared|proclaimed) (?:nagorno-karabakh )?republic', "karabakh['’]s (?:ethnic )?armenian (?:leadership|authorities|government|leaders)", 'nagorno-karabakh republic', 'de facto (?:ethnic armenian )?government', 'karabakh (?:authorities|leadership|government)', '(?:government|authorities|leadership) (?:of|in) (?:nagorno-)?karabakh', 'the separatists', 'separatists', 'shahramanyan', 'shakhramanyan', 'shajramanyan',
    "(?:nagorno-)?karabakh['’]s (?:authorities|leadership|government|leaders)", "unrecogni[sz]ed (?:nagorno-karabakh |karabakh )?republic['’]s (?:authorities|leadership|government|leaders)",],
    russia: ['russia', "russia['’]s", 'moscow', 'kremlin', 'russian (?:peacekeepers|servicemen|soldiers|defen[cs]e ministry|forces|government|troops)', 'russian peacekeeping(?: forces| contingent| troops| mission)?', 'russian military', 'putin'],
    eu: ['european commission', 'european union', 'the eu', 'eu'],
    un: ['united nations', 'the un', 'un', 'unhcr', 'un refugee agency', 'secretary-general'],
    france: ['france', "france['’]s", 'paris', 'macron', 'french (?:government|foreign ministry|president)'],
    italy: ['italy', "italy['’]s", 'meloni', 'italian (?:government|prime minister)'],
    usa: ['united states', 'washington', 'the us', 'u\\.s\\.', 'blinken', 'state department'],
    turkey: ['turkey', 't[üu]rkiye', 'ankara', 'erdogan', 'erdoğan'],
  },
  anaphors: ['the (?:presidential |foreign[- ]policy )?advis[eo]r', 'the aide', 'he', 'she', 'we', 'it', 'his country', 'her country', 'its country', 'the country', "the country['’]s", 'the ambassador', 'the minister', 'the prime minister', 'the president', 'the spokes(?:person|man|woman)', 'the ministry', 'the (?:foreign|defen[cs]e) ministry'],
  bodies: ['the organi[sz]ation', 'the world body', 'the bloc'],
  actions: {
    say: ['stress(?:ed|es|ing)', 'emphasi[sz](?:ed|es|ing)', 'underlin(?:ed|es|ing)', 'assur(?:ed|es|ing)', 'sp(?:eaks|oke|eaking) of', 'talked of', 'said', 'says', 'say', 'saying', 'called', 'calls', 'described ~ as', 'describes ~ as', 'branded', 'labell?ed', 'termed', 'stat(?:ed|es|ing)', 'told ~ that', 'announc*', 'declar*', 'insist*', 'argu*', 'claim(?:ed|s|ing)', 'wrote', 'repeated claims', 'repeated that', 'reiterat(?:ed|es|ing)', 'predicted', 'confirmed', 'added', 'boasted', 'boasts', 'calling', 'describing ~ as', 'branding', 'labell?ing', 'terming', 'told', 'disclos(?:ed|es|ing)', 'revealed', 'reveals', 'maintain(?:ed|s|ing)? that', 's(?:ees|aw|ee)(?= (?:no|little) (?:reason|grounds?|cause|need) (?:for|to))'],
    accuse: ['attribut(?:ed|es|ing) ~ to', 'accus(?:e|ed|es|ing)', 'blamed', 'blames', 'alleged', 'alleges', 'charged that', 'charges that', 'charged ~ with', 'charges ~ with', 'charging ~ with', '(?:repeated|renewed|reiterated|levell?ed|rais(?:ed|es)) (?:the |its |his |her |their )?(?:accusations?|charges?|allegations?)(?= (?:that|of) )'],
    concede: ['conced*', 'admitted', 'admits', 'acknowledg*'],
    deny: ['denied', 'denies', 'deny', 'denying', 'denial', 'denials', 'rejected', 'rejects', 'dismissed', 'dismisses', '(?<!to )reject', '(?<!to )dismiss', 'brush(?:ed|es|ing)? aside', 'repudiat*', 'rebut(?:s|ted|ting)?', 'refuted', 'refutes', 'rebuffed', "(?:cannot|can ?not|can['’]t|could not|couldn['’]t|won['’]t|will not|would not|do(?:es)? not|did not|refus(?:e|es|ed) to) accept"],
    report: ['reported', 'reports', 'registered', 'recorded', 'counted'],
    warn: ['warned', 'warns', 'warning', '(?<!to )warn', '(?:voic|express|rais)(?:ed|es|ing) (?:\\p{L}+ )?concerns? (?:over|about|of)', 'sound(?:ed|s|ing) the alarm (?:over|about)'],
    ask: ['asked ~ for', 'plea to ~ for', 'plea for', 'asks ~ for', 'asking ~ for', 'ask ~ for', 'turned to ~ for', 'requesting', 'request', 'seeking', 'sought', 'seeks', 'requested', 'requests', 'appealed ~ for', 'appealing ~ for', 'appeal(?:ed|s)? to', 'appeal for', 'reached out to ~ for', 'reaching out to ~ for'],
    refuse: ['turned down', 'turns down', 'refused', 'refuses', 'declined', 'declines', 'rejected offers', 'rejected the offer'],
    demand: ['urging', 'press(?:ed|es|ing) ~ to', 'exhort(?:ed|s|ing)', 'demand*', 'ordered', 'orders', 'told ~ to', 'called on', 'calls on', 'calling on', 'urged', 'urges', '(?<!to )urge', 'ultimatum', 'invit(?:ed|es|ing) ~ to', 'asked ~ not to', 'asks ~ not to', 'asking ~ not to'],
    pledge: ['(?:ready|willing|prepared) to (?:guarantee|respect|protect)', 'guarantees? of', 'pledg*', 'promis*', 'vowed', 'vows', 'offer(?:s|ed)? (?:an?|to)', 'offering (?:an?|to)', 'will (?:protect|respect|guarantee)', 'assurances', 'guarantees', 'commitments?'],
    agree: ['b(?:ow|owed|ows|owing) to', 'yield(?:ed|s|ing)? to', 'g[ai]ve in to', 'giving in to', 'cave[ds]? (?:in )?to', 'agreed', 'agrees', '(?<!to )agree', 'accepted', 'consent(?:ed|s|ing)? to', 'declared (?:itself|themselves) (?:ready|willing) to', 'expressed (?:its|their) (?:readiness|willingness) to'],
    surrender: ['surrendered', 'surrenders', 'capitulated', 'capitulates', '(?<!to )capitulate', 'laid down (?:their |its )?(?:arms|weapons)', 'disarmed', 'signed (?:a |the )?(?:capitulation|surrender)', 'g[ai]ve up (?:their|its) (?:arms|weapons)', 'giving up (?:their|its) (?:arms|weapons)', 'surrender(?:ed|ing)? (?:their|its) (?:arms|weapons)', 'hand(?:ed|ing)? over (?:their|its) (?:arms|weapons)', 'g[ai]ve up(?=\\s{0,2}(?:[,.;:!?»\"”]|$))', 'giving up(?=\\s{0,2}(?:[,.;:!?»\"”]|$))'],
    open: ['opened', 'opens', 'set up', 'established', 'reopened', 'unblocked'],
    block: ['blocked', 'blocks', 'blocking', 'blockaded', 'blockading', 'closed', 'closing', 'sealed off', 'cut off', 'impos(?:ed|es|ing) (?:a |the |its )?(?:\\p{L}+ )?blockade (?:on|of|against) (?:the )?(?:nagorno|karabakh|artsakh|region|enclave|lachin|stepanakert|(?:ethnic |karabakh )?armenians)'],
    escort: ['escort*', 'accompan*'],
    dissolve: ['(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|put(?:s|ting)? an end to) the existence of', 'w(?:ind(?:s|ing)?|ound) up (?:all |the |its |their )?(?:\\p{L}+ ){0,2}(?:institutions|bodies|republic|authorities|structures)(?![-\u2019\'\\p{L}])', 'dissolv*', 'disband*', 'self-dissolution', 'dissolution', 'cease to exist', 'ceases to exist', 'dissolved'],
    send: ['send*', 'sent', 'dispatch*'],
    criticise: ['criticis*', 'criticiz*', 'condemn*', 'denounc*', 'slammed', 'slams', 'rebuked', 'lashed out at', 'lashes out at', 'deplor(?:e|ed|es|ing)', 'regret', 'regrett(?:ed|ing)', 'regrets', 'lament(?:ed|s|ing)?', 'faulted', 'faulting'],
    compare: ['compar*', 'likened', 'likens', 'drew a parallel', 'draws a parallel', 'drawing a parallel', 'drew parallels'],
    tolerate: ['tolerat*', 'put up with'],
    negotiate: ['negotiat(?:e|ed|es|ing)', '(?:held|hold|holds|holding|began|begun|begin|begins|started|starts|opened|opens|entered into|launched) ~ (?:talks|negotiations|discussions)', 'sat down (?:with|to)', 's(?:it|its|itting) down (?:with|to)', 'talked about', 'talks (?:have |had )?(?:begun|began|started|opened|got under way)', 'discuss(?:ed|es|ing)?'],
    attack: ['(?:conduct(?:ed|s|ing)|carr(?:ied|ies|ying) out) ~ (?:offensive|(?:military|ground|lightning|anti-?terror\\p{L}*) (?:operation|offensive|assault|campaign))', 'launch of ~ [«"“„»]?\\s{0,2}(?:local-level |local )?anti-?terror\\p{L}{0,6} (?:operations?|measures|campaign|activities)', 'restor(?:ed|es) (?:its |full )?(?:sovereignty|territorial integrity)', 'launched ~ [«"“„»]?\\s{0,2}(?:anti-?terror\\p{L}*|military|local) (?:\\p{L}+ ){0,2}(?:operations?|measures|campaign)', 'went on the offensive', '(?:beg(?:an|un|ins?)|start(?:ed|s)|launch(?:ed|es)) ~ [«"“„»]?\\s{0,2}(?:local-level |local )?anti-?terror\\p{L}{0,6} (?:operations?|measures|campaign|activities)', '(?:beg(?:an|un|ins?)|start(?:ed|s)|open(?:ed|s)) ~ (?:offensive|(?:military|ground|anti-?terror\\p{L}*) (?:operation|offensive|assault|campaign))', 'attacked', 'attacks', 'launched ~ offensive', 'launched ~ (?:assault|attack)', 'shelled', 'invaded', 'took back', 'retook', 'recaptured', 'reconquered', 'seized', 'retakes', 'regain(?:ed|s)? control', 'took control', 'seized control'],
  },
  // Armed bodies: their disbanding is their disarming, not the republic's end (StatementLexicon.armedBodies).
  armedBodies: ['units?', 'forces', 'armed forces', 'troops', 'army', 'armies', 'militias?', 'fighters', '(?:armed )?formations?', 'battalions?', 'detachments?'],
  // Carrying the residents away, the convoys escorted beside an escort (StatementLexicon.escorted).
  escorted: ['evacuat(?:ion|ions|ed|ing|es)', 'evacuees', '(?:the )?(?:buses|coaches|vehicles|cars)', '(?:taken|brought|transported|carried|bussed|ferried|driven) (?:out )?(?:in)?to'],
  agentAfter: {
    attack: ['(?:anti-?terror\\p{L}* |military |ground )?(?:offensive|operation|assault|campaign) (?:carried out|conducted|launched|waged|led) by(?: the)?', '(?:lightning |military |ground )*offensive by(?: the)?'],
    escort: ['under (?:the )?escort (?:of|by)', 'escorted by', 'guarded by', 'under (?:the )?(?:protection|guard) of'],
  },
  agentBefore: {
    escort: ['escorts?'],
  },
  // Nouns of acts whose doer is in their own phrase (StatementLexicon.actNouns).
  actNouns: { ask: ['requests?', 'appeals?', 'pleas?'], pledge: ['assurances?', 'guarantees?', 'promises?', 'pledges?', 'commitments?'], surrender: ['surrender', 'capitulation', 'disarmament', 'disarming', 'laying down of (?:arms|weapons)'], dissolve: ['dissolution', 'self-dissolution', 'disbanding', 'disbandment'] },
  circumstances: ['after', 'following', 'since', 'despite', 'in spite of', 'given', 'amid', 'amidst'],
  // The course or occasion of an act: a key term it governs says when, not what (StatementLexicon.occasions).
  occasions: ['during', 'in the course of', 'as part of', 'in the process of'],
  // Verbs of ordering among the demand verbs: the region's side ordering its own dissolution or disarming does it (StatementLexicon.orders).
  orders: ['ordered', 'orders'],
  concepts: {
    expulsion: ['forcibly (?:exiled|expelled|deported)', 'responsib\\p{L}{0,8} for (?:the )?(?:mass )?(?:exodus|displacement|flight)', 'ethnic cleansings?', 'ethnically cleans*', 'forced relocation', 'forced displacement', 'forced deportation', 'forced to (?:leave|flee|abandon)', 'no choice but to (?:leave|flee|abandon)', 'driven out', 'driv* ~ out', 'forc(?:ed|ing) ~ out', 'forces? (?:them|people|residents|civilians|families|(?:the )?(?:ethnic |karabakh )?armenians) ~ out', 'push* ~ out', 'expel(?:s|led|ling)?', 'expulsion', 'dr(?:ove|ive) ~ out', 'deport*', 'forced (?:migration|exodus)', 'clear* ~ of (?:its|their) (?:ethnic )?armenian(?:s| population| residents)', 'forced resettlement', 'empt(?:y|ied) ~ of (?:its |their )?(?:ethnic )?armenians', 'emptying (?!of )\\S+ ~ of (?:its |their )?(?:ethnic )?armenians', '(?:driven|forced|chased) from (?:their|its) (?:homes?|homeland|lands?)'],
    // Residents' fear of persecution or reprisals, with what they fear (its allegation is no statement of it).
    fear: ['(?<!(?:need|reason|nothing) to )(?:fear(?:s|ed|ing)?|afraid|fearful|scared|frightened)(?: of)? (?:possible |further |azerbaijani |ethnic )?(?:persecution|reprisals?|retribution|revenge|violence|ethnic cleansing|repression|massacres?|pogroms?|genocide|atrocities|being (?:persecuted|killed|expelled|attacked|harmed))(?:,? (?:and|or) (?:of )?(?:possible |further |azerbaijani |ethnic )?(?:persecution|reprisals?|retribution|revenge|violence|ethnic cleansing|repression|massacres?|pogroms?|genocide|atrocities|being (?:persecuted|killed|expelled|attacked|harmed)))?'],
    'no-armenians-left': ['no (?:ethnic )?armenian population (?:left|remain*)', 'empty of (?:ethnic )?armenians', 'no armenians will (?:be left|remain)', 'without (?:any )?armenians','no (?:more )?armenians (?:left|remain*)', 'no more armenians', 'there (?:will|would) be no (?:ethnic )?armenians(?! (?:expelled|forced|deported|displaced|evicted|driven|persecuted|harmed))', 'no armenians ~ (?:left|remain)', 'not (?:a single|one) (?:ethnic )?armenian (?:would|will) (?:be left|remain)'],
    'armenia-army-presence': ["armenia['’]s (?:own )?(?:army|armed forces|troops|soldiers)", 'soldiers of armenia', 'troops of armenia', 'armed forces of armenia', "armenia (?:had|has) stationed", 'armenia (?:had|has|kept|maintained) ~ (?:troops|soldiers|servicemen)',  'armenian army'],
    'armed-presence': ['armed ~ on (?:its|our|their|azerbaijani) (?:own )?territory', 'armed (?:units|people|men|formations|groups) (?:on|in)', 'presence of ~ armed'],
    aid: ['aid', 'assistance', 'help', 'shelters', 'temporary housing', 'housing', 'medicines?', 'medical supplies', 'humanitarian supplies', 'relief', 'tents'],
    disarm: ['disarm*', 'laid down (?:their |its )?(?:arms|weapons)', 'lay* down ~ (?:arms|weapons)', 'surrender*', 'capitulat*', 'lay down (?:their |its )?(?:arms|weapons)', 'laying down (?:their |its )?(?:arms|weapons)', 'g[ai]ve up (?:their|its) (?:arms|weapons)', 'giving up (?:their|its) (?:arms|weapons)', 'hand(?:ed|ing)? over (?:their|its) (?:arms|weapons)'],
    dissolution: ['(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|put(?:s|ting)? an end to) the existence of', 'w(?:ind(?:s|ing)?|ound) up (?:all |the |its |their )?(?:\\p{L}+ ){0,2}(?:institutions|bodies|republic|authorities|structures)(?![-\u2019\'\\p{L}])', 'putting ~ an end to the (?:\\p{L}+ )?(?:state|republic|entity)', 'disband*', 'dissol*', 'cease to exist'],
    'humanitarian-centre': ['humanitarian (?:centre|center|hub)', 'reception (?:centre|center)'],
    losses: ['losses', 'casualties', 'fatalities', '(?:soldiers|servicemen|troops) (?:were )?killed', 'casualties (?:in|among) (?:its|their) own', 'own ranks'],
    'ukraine-war': ['war in ukraine', 'ukraine war', "ukraine['’]s war", 'ukraine'],
    rights: ['respect for (?:the |their )?rights', "(?:respect|protect|guarantee|uphold)(?:s|ed|ing)? (?:their|the residents['’]) rights", 'rights of ~ armenians', "armenians['’] (?:rights|safety|security)", 'equal citizens', 'rights of (?:ethnic )?armenians', "armenians['’] rights", 'rights of (?:the )?residents', 'language, religion and culture', 'same protections', '(?:same|equal) rights', 'rights and \\p{L}+ of (?:the )?(?:ethnic )?armenians', 'security guarantees', "guarantees? (?:of|for) (?:their |the armenians['’] )?(?:safety|security)", '(?:their )?(?:safety|security) (?:would|will) be guaranteed', 'guaranteed (?:safety|security)', '(?:its|their) rights (?:\\p{L}+ ){0,2}(?:protected|respected|guaranteed|upheld|safeguarded)', "(?:safeguard|protect)(?:s|ed|ing)? (?:their|the residents['’]) rights"],
    reintegration: ['reintegrat*', 'integrat(?:e|ed|es|ing|ion) ~ into azerbaijan'],
    mission: ['mission', 'team', 'delegation', 'monitors', 'observers', 'envoys', '(?:let|letting|allow(?:ed|ing)?) the (?:un|united nations) in', 'access (?:for|to) the (?:un|united nations)'],
    corridor: ['stepanakert[-–]goris (?:road|highway)', 'lachin corridor', 'blockad*', 'the blockade', 'lachin road', 'only road (?:connecting|linking|to) ~ armenia'],
    'weapons-shipments': ['weapons shipments', 'arms shipments', 'smuggl* (?:weapons|arms)'],
    convoys: ['convoys?', 'motor convoys', 'columns? of (?:cars|vehicles|refugees|residents)'],
    offensive: ['anti-?terror\\p{L}* (?:operations?|measures|campaign|activities)', 'offensive', 'attack(?:ed|s|ing)? (?:the )?(?:breakaway |separatist |armenian-populated |ethnic armenian )?(?:enclave|region|nagorno-karabakh|karabakh|stepanakert|artsakh)(?![-\\p{L}])', 'military operation', 'lightning offensive', '(?:lightning|military) (?:assault|attack|operation)'],
    stay: ['(?:can|may) (?:stay|remain)(?= in| where| at home|[,.;]| and)', 'nothing to fear(?!\\s+(?:from|about|over|regarding|in)(?!\\p{L}))', 'no need to (?:fear|flee|be afraid|worry)', '(?:will|would) not be in (?:any )?danger', 'need not (?:fear|be afraid)', 'not to (?:leave|flee|abandon)', 'no reason[\'’"”]? ~ to (?:flee|leave)', 'to stay where they (?:live|are)', 'to stay in (?:their homes|karabakh|the region)', 'to stay and', 'stay in their homes', 'not to (?:leave|flee|abandon) their homes', 'nothing to be afraid of', 'no (?:reason|grounds|cause|need) for (?:a |the |any )?(?:mass )?(?:exodus|flight|departure)', 'to stay put'],
    amnesty: ['amnesty', 'pardon*'],
    talks: ['talks', 'negotiations'],
    takeover: ['restor(?:ed|es|ing|ation of) (?:its |full |azerbaijan[\'’]s )?(?:sovereignty|territorial integrity)', 'return of (?:its |full |azerbaijan[\'’]s )?sovereignty', 'took back control', 'took control', 'taken back control', 'retak*', 'retook', 'recaptur*', 'reconquer*', 'regain* control', 'seiz* control', 'assert* (?:its )?(?:control|authority)', '(?:complete|full) control'],
    independence: ['independen*', 'iron fist', 'self-rule'],
    interference: ['interference', 'meddling', 'interfering'],
  },
  opposites: { expulsion: ['(?:own |personal )?individual choices', 'voluntar*', 'personal choice', 'own choice', 'of their own (?:free )?will', 'personal (?:and individual )?decision', 'own decision', 'chose to leave', 'of their own accord', 'own volition', 'free will'] },
  // "own will" is a free choice only where "will" is a noun, with punctuation or a conjunction or preposition
  // after it ("of their own will, and", "own will to leave"): "a mission of its own will travel" is the modal.
  choices: { own: ['own', 'personal', 'individual'], nouns: ['will(?=\\s*[^\\s\\p{L}]|\\s*$|\\s+(?:and|or|but|to|as|in|from|after|before|when|while|because|not)(?!\\p{L}))', 'choice', 'volition', 'accord'] },
  pledgedGoods: ['rights'],
  negations: ['not', 'cannot', "[a-z]+n['’]t", 'never', 'no longer', 'nothing to do with', 'unrelated to', 'bears? no relation to', 'without', '(?:has|had|have) no (?:intention|plans?)', 'nobody', 'no one', 'there (?:was|were|is|are|has been|have been|had been) no', 'no such',
    // The negative determiner of a party's own troops ("had no forces of its own"), as "kein", "aucun", "geen" are elsewhere.
    'no(?= (?:troops|forces|soldiers|servicemen|army|military personnel)(?![\\p{L}]))',
    // A document that provides for nothing: "no document in the legal field … envisages the dissolution".
    'no(?= (?:document|law|legal act|decree|decision|provision|agreement|treaty)s?(?![\\p{L}]))',
    // And of the people an act is done to ("no residents were forced to leave", "no Armenians had been forced out").
    'no(?= (?:(?:ethnic|karabakh) )?(?:armenians?|residents?|civilians?|inhabitants|people)(?![\\p{L}]))'],
  rhetorical: ['why (?:the hell )?(?:should|would) (?:we|they|i)'],
  attributions: ['according to', 'citing', 'in the words of', "(?<=(?:^|\\s)what\\s(?:[\\p{L}'’-]+\\s){1,4})(?:calls|called|regards as|regarded as|considers|considered|describes as|described as|terms|termed)", "(?<=['’]s\\s(?:own\\s)?)words(?=[,:])", 'in the (?:view|opinion|eyes) of', 'as (?:seen|viewed) by'],
  leadingAttributions: ['for'],
  causedActs: { surrender: ['into surrender(?:ing)?', 'into capitulat(?:ion|ing)', 'into disarming', 'to surrender', 'to lay down (?:their |its )?(?:arms|weapons)', 'to capitulate', 'to disarm'], dissolve: ['to dissolve', 'to disband'] },
  arms: ['weapons', 'weapon', '(?<!in (?:their|her|his|my|our|your|the) )arms', 'guns', 'armaments?', 'weaponry', 'military (?:equipment|hardware|vehicles)', '(?:heavy )?artillery', 'armou?red vehicles', 'ammunition', 'tanks'],
  handOver: ['hand(?:s|ed|ing)? over', 'hand(?:s|ed|ing)? in', 'put(?:s|ting)? down', 'turn(?:s|ed|ing)? over', 'turn(?:s|ed|ing)? in', 'laid down', 'lay(?:s|ing)? down', 'g[ai]ve up', 'giv(?:es|ing|en) up', 'surrender(?:s|ed|ing)?', 'relinquish(?:es|ed|ing)?'],
  causatives: ['push(?:ed|ing)', 'forc(?:e|ed|ing)', 'compell(?:ed|ing)', 'coerc(?:ed|ing)'],
  departures: ['to leave', 'to flee', 'to abandon', 'into leaving', 'into fleeing', 'into exile', 'from their homes'],
  regionSide: ['self-(?:proclaimed|declared|styled)', 'armenian*', 'local', 'enclave*', 'breakaway', 'separatist', 'unrecogni[sz]ed', 'never[- ](?:internationally )?recogni[sz]ed', 'recogni[sz]ed by no (?:state|country|one|government)', 'nkr', 'rebels?',
    // "The republic" with its article, in a passage about the region, is the self-declared one (st27a): not a
    // named state's republic ("the Czech Republic", "the Republic of Moldova"), nor the Soviet ones.
    '(?<=(?:the|this|that) )republic(?!s)(?! of (?!(?:the )?(?:nagorno-)?karabakh|artsakh))'],
  // Of those, the words that only describe a noun: the side's only beside a party's noun (StatementLexicon.regionSideAdjectives).
  regionSideAdjectives: ['armenian', 'local', 'self-(?:proclaimed|declared|styled)', 'breakaway', 'separatist', 'unrecogni[sz]ed', 'never[- ](?:internationally )?recogni[sz]ed', 'recogni[sz]ed by no (?:state|country|one|government)'],
  // Nouns of a party those adjectives make the side's, besides institutions, offices and armed bodies (StatementLexicon.partyNouns).
  partyNouns: ['republic', 'statelet', 'entity', 'regime', 'leaders?'],
  otherRegions: ['donbas*', 'donetsk', 'luhansk', 'lugansk', 'transnistria*', 'abkhazia*', 'south ossetia*', 'kosovo', 'crimea*', 'catalonia*'],
  institutions: ['government', 'ministry', 'foreign ministry', 'defen[cs]e ministry', 'authorities', 'leadership', 'administration', 'presidency', 'parliament', 'army', 'military', 'forces', 'troops', 'institutions'],
  // People who speak for a state's bodies, by office: with a capital after them, its state's (StatementLexicon.offices).
  offices: ['spokes(?:person|man|woman)', 'spokespeople', 'officials?', 'advis[eo]rs?', 'aides?', 'representatives?', 'ambassadors?'],
  officeLinks: ['for', 'for the'],
  // A party's own troops and a place right after them (StatementLexicon.ownTroops, regionPlaces): Armenia's army in Karabakh when Armenia is the doer.
  ownTroops: ['(?:its|their) own (?:troops|forces|soldiers|army|armed forces|military)', '(?:troops|forces|soldiers|servicemen) of (?:its|their) own', '(?:ha[sd]|have|having|kept|keeps|keep|keeping|maintain(?:s|ed|ing)?|station(?:s|ed|ing)?) (?:any |no )?(?:troops|forces|soldiers|servicemen|army|military personnel)(?: of (?:its|their) own)?', '(?:its|their) (?:troops|forces|soldiers|servicemen|army)'],
  regionPlaces: ['there', 'in (?:the )?(?:region|enclave|area|zone)', 'on the ground', 'in', 'inside'],
  // Considering an offer of what a party promises is that offer (StatementLexicon.considerations).
  considerations: ['(?:is|are|was|were|been) (?:considering|weighing|mulling|contemplating|studying)', 'mulls'],
  arrivals: ['travel(?:s|led|ed|ling|ing)? to', '(?:will|would) (?:travel|go|fly|arrive|come) (?:in)?to', '(?:will|would) (?:arrive in|visit|reach|enter)', 'fl(?:y|ies|ew|own) (?:in)?to', 'reached', 'arrived (?:in|at)', 'arriv(?:es|ing) (?:in|at)', 'reaches', '(?:has|have) arrived', 'visited', 'visits', 'entered', 'enters', 'set foot in'],
  instruments: ['signed (?:a|the) decree(?: that| which)?', 'issued (?:a|the) decree(?: that| which)?'],
  doerLinks: ['from', 'by'],
  genitiveLinks: ['of', 'of the'],
  // A future or conditional negation with "until" after it ("there would be no talks … until the fighters
  // disarmed", "will not stop until"): only when. A past one ("did not stop until they surrendered") reports both.
  conditions: ['only if', 'only when', 'unless', 'on (?:the )?condition that', 'provided that', 'as soon as', "(?:will|would|shall) (?:not|never|be no) ~~ until", "(?:won|wouldn)['’]t ~~ until"],
  agents: ['by'],
  complementizers: ['that', 'whether'],
  prepositions: ['to', 'of', 'for', 'from', 'with', 'in', 'on', 'at', 'by', 'against', 'between', 'into', 'over', 'about', 'towards?', 'without'],
  auxiliaries: ['has', 'have', 'had', 'also', 'then', 'later', 'since', 'already', 'would', 'will', '[a-z]+ly'],
  coordinators: ['and', 'but', 'while'],
  // The plain "and" that joins two names into one subject (StatementLexicon.joiners).
  joiners: ['and', 'as well as'],
  subordinators: ['when', 'as', 'after', 'before', 'while', 'since', 'if', 'although', 'though', 'once', 'because(?! of)'],
  relatives: ['who', 'which'],
  companions: ['together with', 'alongside', 'next to', 'flanked by', 'accompanied by', 'side by side with'],
  possessives: ['its', 'their', 'his', 'her', 'its own', 'their own', 'his own', 'her own'],
  references: ['that', 'it', 'this', '(?:the )?accusations?', 'the claims?', 'claims', 'claim', '(?:the )?allegations?', '(?:the )?charges?', 'something', 'them', 'such claims', 'remarks', 'statements?', 'characteri[sz]ation', 'assertions?', 'narrative'],
  passives: ['was', 'were', 'been', 'being', 'is', 'are', 'be'],
  hedges: ['until (?:they|it|he|she|we)', 'could', 'might', 'may', 'possible', 'possibly', 'concerns?', 'fears?', 'feared', 'fearing', 'fearful', 'risk of', 'threat of', 'if', 'must', 'has to', 'have to', 'should', 'ought to', '(?:is|are) obliged to', '(?:is|are) obligated to'],
  reversals: ['revok*', 'annul*', 'rescind*', 'reversed', 'overturned', 'declared ~ (?:invalid|void|null)'],
  // Words of halting or putting off an act ("ordered a halt to the dissolution"): an order that holds one is no doing of the act (StatementLexicon.halts).
  halts: ['halt*', 'stop', 'stopped', 'stopping', 'postpon*', 'suspend*', 'suspension', 'delay*', 'freez*', 'froze', 'frozen', 'pause*'],
  dismissals: ['insult*', 'lies', 'a lie', 'slander*', 'absurd*', 'baseless', 'unfounded', 'groundless', 'unacceptable', 'fabricat*', 'nonsense', 'false', 'propaganda', 'defamat*', 'smear*'],
  routes: ['through', 'via', 'along', 'across'],
  // Future, modal and guaranteeing words: a plain saying about rights or staying promises only with one (StatementLexicon.promises).
  promises: ['will', 'would', 'shall', "\\p{L}+['’]ll", "won['’]t", 'can', 'could', 'guarantee*', 'respect*', 'protect*', 'ensur*', 'uphold*', 'safeguard*', 'assur*'],
  markers: ['the', 'and', 'of', 'has', 'was', 'with', 'from'],
};
