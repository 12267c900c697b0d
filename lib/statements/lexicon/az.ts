import { LATIN_NAMES } from './people';
import type { StatementLexicon } from './shape';

/**
 * Azerbaijani words for statements about the region. Like Turkish, Azerbaijani adds case and tense
 * as suffixes ("Azərbaycanı", "günahlandırıb", "ləğv olunması"), so names, verbs and key terms are
 * stems: `suffixing` makes each match its suffixed forms (see lexicon/shape.ts). A capital "İ" has
 * no one-letter lower case, so a word that may open with it is written "[iİ]".
 */
// "getməyi seçiblər və bu, onların sərbəst qərarı olub": a free choice denies an expulsion only of a leaving named
// a few words before it ("seçkilərdə iştirak … sərbəst seçimidir" is about another choice).
const LEFT = String.raw`(?<=(?:getmə|getdi|getmi|tərk|köç|ayrıl|çıxı)\p{L}{0,8}(?:\s+[^\s.;!?]+){0,6}\s+)`;

export const az: StatementLexicon = {
  lang: 'az',
  script: 'Latin',
  suffixing: true,
  // "heç vaxt … olmayıb": a negation word agrees with the verb's negative suffix.
  negativeConcord: true,
  // A final q or k turns to ğ or y before a vowel ("qalmayacağını", "köməyi", "sığınacağı"): such entries end in "[qğ]", "[ky]".
  actors: {
    // The foreign ministry named alone ("Xarici İşlər Nazirliyi bəyanatında …", "XİN sözçüsü") is the country's own, not after
    // another state's name ("Ermənistan XİN-i").
    azerbaijan: [...LATIN_NAMES.azerbaijan!, 'azərbaycan', 'bakı', 'əliyev', 'bayramov', 'hacıyev', 'azərbaycan (?:hökuməti|ordusu|silahlı qüvvələri|xin|prezidenti)', '(?<!(?:ermənistan|rusiya|fransa|türkiyə|abş|iran|gürcüstan|italiya|almaniya)\\p{L}*\\s+)(?:xarici [iİ]şlər nazirliy|x[iİ]n(?![\\p{L}]))'],
    armenia: [...LATIN_NAMES.armenia!, 'ermənistan', 'yerevan', '[iİ]rəvan', 'paşinyan', 'mirzoyan', 'erməni (?:hökuməti|baş naziri|rəhbərliyi)'],
    separatists: [...LATIN_NAMES.separatists!, 'şahramanyan', 'separatçı', 'qondarma', 'xunta', 'artsax', '(?:dağlıq )?qarabağ respublikası', 'erməni silahlı (?:birləşmələri|dəstələri|qüvvələri)', 'qanunsuz erməni silahlı'],
    russia: ['rusiya', 'moskva', 'kreml', 'rus sülhməramlı', 'sülhməramlı', 'putin'],
    eu: ['avropa [iİ]ttifaq*', 'avropa komissiyası', 'a[iİ]'],
    // An abbreviation takes its case ending after a hyphen ("BMT-nin", "Aİ-yə").
    un: ['bmt(?:-\\p{L}+)?', 'birləşmiş millətlər', 'baş katib'],
    france: ['fransa', 'paris', 'makron'],
    italy: ['[iİ]taliya', 'roma', 'meloni'],
    usa: ['abş', 'amerika birləşmiş ştatları', 'vaşinqton', 'blinken'],
    turkey: ['türkiyə', 'ankara', 'ərdoğan'],
  },
  // In every case, as before "sözlərinə görə" ("Nazirliyin sözlərinə görə": according to the ministry), not only the subject's.
  anaphors: ['o', 'biz', 'səfir(?:in|ə|i)?', 'nazir(?:in|ə|i)?', 'baş nazir(?:in|ə|i)?', 'prezident(?:in|ə|i)?', 'ölkə', 'nazirli(?:k|yin|yə|yi)'],
  // "etmək" voices its t before a vowel ("rədd etdi", "rədd edib", "rədd edəcək"): a phrase with it takes both.
  actions: {
    say: ['əmin e[td]', 'proqnozlaşdır', 'proqnoz ver', 'bildir', 'deyib', 'dedi', 'qeyd edib', 'qeyd e[td]', 'vurğula', 'açıqlama ver', 'bəyan e[td]', 'iddia e[td]', 'söylə', 'yazıb', 'təsdiqlə', 'xarakterizə e[td]'],
    // The verb, not its noun ("günahlandırmaları rədd edib": rejected the accusations).
    accuse: ['günahlandır(?!ma(?:l[ae]r|s[ıi]|y[ıa]|n[ıi]n))*', 'ittiham e[td]'],
    concede: ['etiraf e[td]'],
    deny: ['rədd e[td]', 'təkzib e[td]', 'inkar e[td]'],
    report: ['qeydə al', 'məlumat ver'],
    warn: ['xəbərdarlıq e[td]'],
    ask: ['yardım istə', 'kömək istə', 'xahiş e[td]', 'müraciət e[td]'],
    refuse: ['imtina e[td]'],
    demand: ['tələb e[td]', 'çağırış e[td]', 'çağırı', 'əmr e[td]', 'ultimatum'],
    pledge: ['söz ver', 'vəd e[td]', 'zəmanət ver', 'təminat ver'],
    agree: ['razılaş', 'razı ol', 'qəbul e[td]'],
    // Handing weapons over is read by arms and handOver below, which give it to the region's side only.
    surrender: ['təslim ol', 'silah* yerə qoy', 'tərksilah ol'],
    open: ['açıb', 'açdı', 'açılıb', 'açıldı', 'yaradıb'],
    block: ['bağla', 'blokada', 'əngəllə'],
    escort: ['müşayiət e[td]', 'müşaiyət e[td]'],
    dissolve: ['ləğv e[td]', 'ləğv olun', 'ləğv edil', 'özünü burax', 'buraxıl(?!ış)', 'aradan qaldır', 'fəaliyyətinə son', 'mövcudluğuna son', 'mövcudluğunu dayandır'],
    send: ['göndər', 'yolla', 'ezam e[td]'],
    criticise: ['tənqid e[td]', 'pislə', 'qına'],
    compare: ['müqayisə e[td]', 'bənzət'],
    tolerate: ['dözə*', 'göz yum'],
    negotiate: ['danışıqlar* apar', 'danışıqlara başla', 'müzakirə et', 'danışıq apar', 'masa arxasına otur'],
    attack: ['hücuma keç', 'hücum e[td]', 'antiterror tədbir* başla', 'nəzarəti ələ keçir'],
  },
  // Nouns of acts whose doer is in their own phrase (StatementLexicon.actNouns).
  actNouns: { ask: ['xahiş*', 'müraciət*', 'çağırış*'], pledge: ['təminat*', 'zəmanət*', 'vəd*', 'öhdəlik*'], surrender: ['təslim olma*', 'kapitulyasiya*', 'tərksilah*', 'silahı yerə qoyma*'], dissolve: ['ləğv*', 'buraxılma*'] },
  // Armed bodies: their disbanding is their disarming, not the republic's end (StatementLexicon.armedBodies).
  armedBodies: ['birlək*', 'qüvvə*', 'ordu*', 'silahlı dəstə*', 'hərbi birləşmə*'],
  // Carrying the residents away, the convoys escorted beside an escort (StatementLexicon.escorted).
  escorted: ['təxliyə', 'avtobus', 'nəqliyyat vasitələri', 'maşınlar', 'aparıl', 'daşın'],
  // The course or occasion of an act: a key term it governs says when, not what (StatementLexicon.occasions).
  occasions: ['prosesində', 'zamanı', 'çərçivəsində', 'müddətində'],
  // Verbs of ordering among the demand verbs: the region's side ordering its own dissolution or disarming does it (StatementLexicon.orders).
  orders: ['əmr e[td]'],
  concepts: {
    expulsion: ['etnik təmizləmə', 'deportasiya', 'məcburi köç', 'zorla (?:köçür|qovul|çıxar)', 'sürgün'],
    // Residents' fear of persecution or reprisals, with what they fear (its allegation is no statement of it).
    fear: ['(?:təqib|qisas|zorakılıq|etnik təmizləmə|repressiya|qətliam)\\p{L}{0,8}\\s(?:\\p{L}+\\s)?(?:qorxu\\p{L}{0,8}|qorx\\p{L}{0,8})'],
    'no-armenians-left': ['erməni (?:belə )?qalmayaca[qğ]', 'bir nəfər də erməni qalma', 'ermənisiz', 'erməni qalma(?:dı|yıb|mış|z)'],
    'armenia-army-presence': ['ermənistan (?:ordusu|silahlı qüvvələri|hərbçiləri|qoşun)', 'erməni ordusu'],
    'armed-presence': ['silahlı ~ ərazimizdə'],
    aid: ['yardım', 'kömə[ky]', 'dəstə[ky]', 'sığınaca[qğ]', 'tibbi ləvazimat', 'humanitar yük', 'çadır', 'dərman'],
    disarm: ['tərksilah', 'silah* yerə qoy', 'silah* təhvil', 'təslim ol'],
    dissolution: ['ləğv e[td]', 'ləğv olun', 'ləğv edil', 'özünü burax', 'buraxıl(?!ış)', 'aradan qaldır', 'fəaliyyətinə son', 'mövcudluğuna son', 'mövcudluğunu dayandır'],
    'humanitarian-centre': ['humanitar mərkəz', 'qəbul mərkəzi'],
    losses: ['itki', 'şəhid'],
    'ukraine-war': ['ukrayna'],
    rights: ['ermənilərin hüquq', 'hüquqlarına hörmət', 'bərabər vətəndaş', 'eyni hüquq', 'təhlükəsizliyinə zəmanət', 'təhlükəsizlik zəmanət', 'sakinlər\\p{L}* (?:\\p{L}+ )?qoru'],
    reintegration: ['reinteqrasiya', 'inteqrasiya'],
    mission: ['missiya', 'nümayəndə heyəti', 'müşahidəçi'],
    corridor: ['laçın dəhlizi', 'laçın yolu'],
    'weapons-shipments': ['silah daşınma', 'silah qaçaqmalçılığı', 'silah-sursat daşı'],
    convoys: ['karvan', 'konvoy', 'kolonna'],
    offensive: ['antiterror tədbir', 'hərbi əməliyyat', 'hücum'],
    stay: ['qala bilər', 'qala biləcək', 'qorxmağa (?:heç bir )?(?:əsas|ehtiyac)', 'qorxacaq heç nə', 'tərk etməmə', 'evlərində qal', 'qaçmağa (?:heç bir )?səbəb'],
    amnesty: ['amnistiya'],
    talks: ['danışıq'],
    takeover: ['ərazi bütövlüyünü bərpa', 'nəzarəti ələ keçir', 'tam nəzarət', 'suverenliyi bərpa'],
    independence: ['müstəqillik', 'dəmir yumruq'],
    interference: ['müdaxilə'],
  },
  opposites: { expulsion: ['könüllü', 'öz istəkləri', 'öz iradələri', 'şəxsi qərar', 'şəxsi (?:və fərdi )?(?:qərar|seçim)', 'fərdi (?:qərar|seçim)', `${LEFT}sərbəst (?:bir )?(?:qərar*|seçim*)`] },
  // Every tense's negative: past, perfect, future, reported past, and the present ("etmir") and aorist ("etməz").
  // "öz iradələri ilə", "şəxsi istəyi": one's own will or choice, in every case (not stemmed: the endings are written).
  // Not "seçim" after "öz" alone (also an election): the opposites above name "fərdi seçim".
  choices: { own: ['öz', 'şəxsi', 'fərdi'], nouns: ['(?:istə[ky]|iradə)\\p{L}*'] },
  // Nouns for arms and verbs of giving them up, in every case, aspect and tense, either order within a few words
  // (StatementLexicon.arms, handOver): "bütün silahlarını təhvil veriblər", "silahlar təhvil verilib".
  arms: ['silah(?:\\p{L}+)?', 'sursat(?:\\p{L}+)?', 'hərbi texnika(?:\\p{L}+)?', 'ağır texnika(?:\\p{L}+)?', 'artilleriya(?:\\p{L}+)?'],
  handOver: ['təhvil ver(?:\\p{L}+)?', 'təhvil veril(?:\\p{L}+)?', 'yerə qoy(?:\\p{L}+)?', 'təslim e[td](?:\\p{L}+)?'],
  verbNegations: ['\\p{L}+(?:ma|mə)(?:d[ıiuü]|y[ıiuü]b|yacaq|yəcək|m[ıiuü]ş)+', '\\p{L}+m(?:ır|ir|ur|ür)(?:l[ae]r)?', '\\p{L}+m(?:az|əz)(?:l[ae]r)?'],
  negations: ['deyil', 'heç vaxt', 'heç bir', 'yoxdur', 'yox', 'əlaqəsi yoxdur', 'bağlılığı yoxdur'],
  rhetorical: ['niyə (?:dözməliyik|tab gətirməliyik)'],
  // "Nazirliyin sözlərinə görə": the source's words, statement or data, then "görə", after the source's name.
  attributions: ['(?:sözlərinə|açıqlamasına|bəyanatına|məlumatına) görə', '(?<!(?:buna|ona|bunun|onun)\\s)görə', 'əsasən'],
  // Not "buna görə", "ona görə" (therefore): a connective, no source.
  regionSide: ['erməni*', 'yerli*', 'separatçı*', 'qondarma*',
    // The republic with its article or case, in a passage about the region, is the self-declared one (st27a), not a named state's.
    '(?<!(?:azərbaycan|ermənistan|türkiyə|çex) )respublika*'],
  // Of those, the words that only describe a noun: the side's only beside a party's noun (StatementLexicon.regionSideAdjectives).
  regionSideAdjectives: ['qondarma*', 'yerli*'],
  // Nouns of a party those adjectives make the side's, besides institutions, offices and armed bodies (StatementLexicon.partyNouns).
  partyNouns: ['respublika*', 'rejim*', 'lider*', 'qurum*'],
  otherRegions: ['donbas', 'donetsk', 'luqansk', 'dnestryanı', 'abxaziya', 'cənubi osetiya', 'kosovo', 'krım', 'kataloniya'],
  needsObject: ['aradan qaldır', 'buraxıl(?!ış)'],
  institutions: ['hökumət*', 'nazirli*', 'rəhbərli*', 'parlament*', 'ordu*', 'x[iİ]n*', 'prezident*', 'səfir*'],
  // "… ləğv olunması barədə “fərman” imzalayıb": the decree on the act follows it, as in Turkish.
  instruments: ['[“"«]?(?:fərman|sərəncam)*[”"»]? imzala*'],
  // Every tense of arriving ("çatıb", "çatdı", "çatacaq", "gəlib" with a mission).
  // Considering an offer of what a party promises is that offer (StatementLexicon.considerations).
  considerations: ['nəzərdən keçir', 'düşünür'],
  arrivals: ['gedəcək', 'getdi', 'daxil ol', 'çatıb', 'çatdı', 'çatır', 'çatacaq', 'çatmış', 'səfər e[td]'],
  agents: ['tərəfindən'],
  complementizers: ['ki'],
  prepositions: ['ilə', 'üçün', 'qarşı', 'görə', 'qədər', 'barədə', 'haqqında'],
  auxiliaries: ['də', 'da', 'həmçinin', 'artıq', 'daha sonra', 'isə'],
  coordinators: ['və', 'amma', 'lakin', 'ancaq'],
  // The plain "and" that joins two names into one subject (StatementLexicon.joiners).
  joiners: ['və'],
  subordinators: ['əgər', 'çünki', 'ikən'],
  references: ['bunu', 'bu iddia', 'bu ittiham', 'iddia(?:lar)?(?:ı|ın|ını|sı|sını|ları|larını)', 'ittiham(?:lar)?(?:ı|ın|ını|ları|larını)'],
  passives: ['edilib', 'edildi', 'olunub', 'olundu'],
  hedges: ['ola bilər', 'mümkün', 'ehtimal', 'narahatlıq', 'qorxu', 'təhdid', 'risk', 'məcbur(?! (?:ol|qal))', 'lazımdır', 'gərək'],
  // ("məcbur olublar": had to, and did: not a duty still ahead.)
  reversals: ['etibarsız', 'qüvvədən düş*'],
  halts: ['təxirə', 'dondur*', 'askıya'],
  dismissals: ['yalan', 'böhtan', 'əsassız', 'qəbuledilməz', 'təbliğat', 'absurd', 'cəfəngiyyat'],
  // The genitive ("Azərbaycanın", "Bakının", "Yerevanın"): of the state, not the state acting. Not after
  // "t" ("Putin" ends so in the nominative); a name stemmed at its end keeps the rest of the word.
  caseEndings: '(?:[aıoueəiöü]n[ıiuü]n|(?<!t)[ıiuü]n)',
  // Future, modal and guaranteeing words: a plain saying about rights or staying promises only with one (StatementLexicon.promises).
  promises: ['\\p{L}+(?:aca[qğ]|əcə[kyğ])\\p{L}*', 'təmin*', 'zəmanət*', 'hörmət*', 'qoru*', 'əmin e[td]*'],
  markers: ['və', 'bir', 'bu', 'ilə', 'üçün', 'olaraq', 'da', 'də', 'daha', 'ki', 'isə', 'olan'],
  // Azerbaijani writes Turkish's own letters too (ğ, ı, ş), and ə besides: listing all four keeps a
  // short Azerbaijani sentence from reading as Turkish, and a Turkish one (no ə) ties, which Turkish wins.
  letters: 'əğış',
};
