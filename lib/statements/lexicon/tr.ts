import { LATIN_NAMES } from './people';
import type { StatementLexicon } from './shape';

/**
 * Turkish words for statements about the region. Turkish adds case and tense as suffixes
 * ("Azerbaycan'ı", "suçladı", "feshedeceğini"), so names, verbs and key terms are written as
 * stems: `suffixing` makes each one match its suffixed forms (see lexicon/shape.ts).
 */
export const tr: StatementLexicon = {
  lang: 'tr',
  script: 'Latin',
  suffixing: true,
  // "hiçbir zaman … yapılmadı": a negation word agrees with the verb's negative suffix.
  negativeConcord: true,
  // A final k of a noun or a future participle turns to ğ before a vowel ("temizliği", "kalmayacağını",
  // "sona ereceğini"): such entries end in "[kğ]".
  actors: {
    azerbaijan: [...LATIN_NAMES.azerbaijan!, 'bayramov', 'hacıyev', 'hajiyev', 'azerbaycan', 'bakü', 'baku', 'aliyev', '(?:azerbaycan|azeri) (?:hükümeti|yetkilileri|ordusu|güçleri|dışişleri bakanlığı|cumhurbaşkanı|büyükelçisi)'],
    armenia: [...LATIN_NAMES.armenia!, 'mirzoyan', 'ermenistan', 'erivan', 'yerevan', 'paşinyan', 'pashinyan', 'ermeni (?:hükümeti|yetkilileri|başbakanı)'],
    separatists: [...LATIN_NAMES.separatists!, 'shahramanyan', 'şahramanyan', '(?:dağlık )?karabağ (?:devlet başkanı|lideri|başkanı)', 'ayrılıkçı', '(?:ayrılıkçı|separatist) (?:yönetim|rejim|yetkililer|liderler|güçler|hükümet)', 'artsakh cumhuriyeti', "(?:dağlık karabağ|artsakh) cumhuriyeti['’]n[ie]n (?:devlet başkanı|lideri|başkanı|cumhurbaşkanı)", 'dağlık karabağ cumhuriyeti', 'şahramanyan', 'karabağ (?:yönetimi|yetkilileri)', 'ermeni (?:idaresi|yönetimi)', 'tanınmayan (?:ayrılıkçı )?(?:rejim|yönetim|cumhuriyet)'],
    russia: ['rusya', 'moskova', 'kremlin', 'rus (?:barış gücü|barış güçleri|askerleri|birlikleri)', 'putin'],
    eu: ['avrupa komisyonu', 'avrupa birliği', 'ab'],
    un: ['birleşmiş milletler', 'bm', 'bmmyk', 'genel sekreter'],
    france: ['fransa', 'paris', 'macron'],
    italy: ['italya', 'roma', 'meloni'],
    usa: ['abd', 'amerika birleşik devletleri', 'washington', 'vaşington', 'blinken'],
    turkey: ['türkiye', 'ankara', 'erdoğan', 'erdogan'],
  },
  // In every case ("Bakanlığın açıklamasına göre": according to the ministry), not only the subject's.
  anaphors: ['o', 'biz', 'büyükelçi(?:nin|si)?', 'bakan(?:ın|a)?', 'başbakan(?:ın|a)?', 'cumhurbaşkanı(?:nın|na)?', 'ülke', 'bakanlık', 'bakanlığ(?:ın|a|ı)'],
  actions: {
    say: ['temin etti', 'öngörüde bulun', 'tahminde bulun', 'bahset', 'dile getir', 'söz e[td]', 'dedi', 'denildi', 'belirtildi', 'bildirildi', 'açıklandı', 'açıkladı', 'açıklamış', 'duyurdu', 'duyurmuş', 'bildir', 'söyle', 'ifade e[td]', 'belirt', 'vurgula', 'iddia e[td]', 'öne sür', 'ileri sür', 'yazdı', 'nitelendir', 'doğrula'],
    // The verb, not its noun: "suçlamaları reddetti" (rejected the accusations) accuses no one.
    accuse: ['suçla(?!ma(?:l[ae]r|s[ıi]|y[ıa]|n[ıi]n))\\p{L}*', 'itham e[td]', 'suçlama(?:sında|larında)? bulun', 'itham(?:ında|larında)? bulun'],
    concede: ['itiraf e[td]'],
    deny: ['redde[td]', 'yalanla'],
    report: ['kaydet', 'rapor e[td]'],
    warn: ['uyar'],
    ask: ['yardım iste', 'talep e[td]', 'rica e[td]'],
    refuse: ['geri çevir', 'kabul etme'],
    demand: ['çağrıda bulun', 'çağır', 'emret', 'ültimatom'],
    pledge: ['söz ver', 'taahhüt e[td]', 'güvence ver', 'güvence altın'],
    agree: ['kabul e[td]', 'razı ol', 'uzlaş'],
    // Handing weapons over is read by arms and handOver below, which give it to the region's side only
    // ("Rusya, Ermenistan'a silah teslim etti" is no surrender).
    surrender: ['teslim ol', 'silah bırak', 'silahları bırak', 'silahlarını bırak'],
    open: ['açtı', 'açıldı', 'kurdu', 'kuruldu'],
    block: ['kapat', 'engelle', 'abluka'],
    escort: ['eşlik e[td]', 'refakat e[td]', 'eskort'],
    dissolve: ['devlet[\'’]? kurumlar\\p{L}* kapatılma\\p{L}*', 'feshet', 'feshed', 'fesih', 'lağvet', 'lağved', 'sona erece[kğ]', 'varlığı sona', 'varlığına son ver', 'cumhuriyet* son ver'],
    send: ['gönder', 'yolla'],
    criticise: ['eleştir', 'kına', 'tepki göster'],
    compare: ['karşılaştır', 'benzet'],
    tolerate: ['tahammül e[td]', 'hoş gör'],
    negotiate: ['müzakere et', 'müzakerelere başla', 'görüşmelere başla', 'görüşme yap', 'masaya otur', 'ele al', 'görüştü', 'görüşecek'],
    attack: ['saldır', 'operasyon\\p{L}{0,3} başlat', 'harek[aâ]t\\p{L}{0,3}[”"»]?\\s{0,2}başlat', 'kontrolü ele geçir', 'kontrolünü ele geçir'],
  },
  // Nouns of acts whose doer is in their own phrase (StatementLexicon.actNouns).
  actNouns: { ask: ['talep*', 'rica*', 'çağrı*'], pledge: ['güvence*', 'garanti*', 'taahhüt*'], surrender: ['teslimiyet*', 'teslim olma*', 'silahsızlanma*', 'silah bırakma*'], dissolve: ['fesh*', 'lağv*', 'dağıtılma*'] },
  // Armed bodies: their disbanding is their disarming, not the republic's end (StatementLexicon.armedBodies).
  armedBodies: ['birlik*', 'kuvvet*', 'güçler*', 'silahlı güç*', 'ordu*', 'milis*'],
  // Carrying the residents away, the convoys escorted beside an escort (StatementLexicon.escorted).
  escorted: ['tahliye', 'otobüs', 'araçlar', 'götürül', 'taşın'],
  // The course or occasion of an act: a key term it governs says when, not what (StatementLexicon.occasions).
  occasions: ['sürecinde', 'sırasında', 'esnasında', 'kapsamında'],
  // Verbs of ordering among the demand verbs: the region's side ordering its own dissolution or disarming does it (StatementLexicon.orders).
  orders: ['emret'],
  concepts: {
    expulsion: ['etnik temizli[kğ]', 'sürgün', 'zorla (?:göç|yerinden|sürül)', 'zorunlu göç', 'tehcir'],
    // Residents' fear of persecution or reprisals, with what they fear (its allegation is no statement of it).
    fear: ['(?:zulüm|zulme|baskı|misilleme|intikam|şiddet|etnik temizlik|katliam)\\p{L}{0,8}\\s(?:\\p{L}+\\s)?(?:korku\\p{L}{0,8}|kork\\p{L}{0,8}|endişe\\p{L}{0,8})'],
    'no-armenians-left': ['ermeni (?:bile )?kalma(?:yaca[kğ]|dı|mış|z)', 'ermenisiz'],
    'armenia-army-presence': ['ermenistan (?:ordusu|askerleri|silahlı kuvvetleri)', 'ermeni ordusu'],
    'armed-presence': ['silahlı ~ topraklarımızda', 'silahlı (?:birlik|grup|kişi)\\p{L}* (?:\\p{L}+ )?(?:bulun|varlı|konuşlu)'],
    aid: ['yardım', 'deste[kğ]', 'barına[kğ]', 'tıbbi malzeme', 'çadır', 'ilaç'],
    disarm: ['silahsızlan', 'silah bırak', 'silahları bırak', 'silahlarını bırak', 'teslim ol', 'silahlarını teslim', 'silahları teslim', 'silah teslim'],
    dissolution: ['devlet[\'’]? kurumlar\\p{L}* kapatılma\\p{L}*', 'sona ermesi', 'feshet', 'feshed', 'fesih', 'lağvet', 'lağved', 'sona erece[kğ]', 'varlığı sona', 'varlığına son ver', 'cumhuriyet* son ver'],
    'humanitarian-centre': ['insani yardım merkezi', 'kabul merkezi'],
    losses: ['kayıp', 'şehit'],
    'ukraine-war': ['ukrayna'],
    rights: ['ermeniler\\p{L}* hakl\\p{L}*', 'haklarına saygı', 'eşit vatandaş', 'aynı haklar', 'güvenlik garanti', 'ermenilerin güvenliği', 'sakinler\\p{L}* (?:\\p{L}+ )?koru', 'sakinler\\p{L}* hakl\\p{L}*'],
    reintegration: ['yeniden entegr', 'entegrasyon'],
    // "ekip" is "ekibi" with a suffix that opens on a vowel (its p turns b).
    mission: ['heyet', 'misyon', 'ekip', 'ekib', 'gözlemci'],
    corridor: ['laçin koridoru', 'laçin yolu'],
    'weapons-shipments': ['silah sevkiyat', 'silah kaçakçılığı'],
    convoys: ['konvoy'],
    offensive: ['askeri operasyon', 'antiterör[”"»]?\\s{0,2}operasyon', 'terörle mücadele[”"»]?\\s{0,2}operasyon', 'saldırı', 'askeri harek[aâ]t', 'yıldırım harek[aâ]t'],
    stay: ['kalabilir', 'kalabilecek', 'korkmalarına gerek yok', 'korkacak(?: hiçbir)? şey(?:leri)? yok', 'terk etmeme', 'evlerinde kal', 'kaçmak için (?:hiçbir )?neden'],
    amnesty: ['af', 'affı'],
    talks: ['görüşme', 'müzakere'],
    takeover: ['toprak bütünlüğünü yeniden', 'egemenliğini yeniden', 'kontrolü ele geçir', 'kontrolünü ele geçir', 'kontrolü yeniden', 'tam kontrol'],
    independence: ['bağımsızlı', 'demir yumru[kğ]'],
    interference: ['müdahale'],
  },
  opposites: { expulsion: ['gönüllü', 'kendi (?:istekleriyle|rızalarıyla|iradeleriyle|kararları)', 'kişisel karar', 'kişisel (?:ve bireysel )?(?:karar|tercih|seçim)', 'bireysel (?:karar|tercih|seçim)'] },
  // Every tense's negative: past, participle, future, reported past, and the present ("etmiyor") and aorist ("etmez").
  // "kendi istekleriyle", "bireysel bir tercih": one's own will or choice, in every case (not stemmed: the endings are written).
  // Not "özgür seçim" (a free election).
  choices: { own: ['kendi', 'bireysel', 'kişisel'], nouns: ['(?:isteğ|istek|irade|rıza|tercih)\\p{L}*'] },
  // Nouns for arms and verbs of giving them up, in every case, aspect and tense, either order within a few words
  // (StatementLexicon.arms, handOver): "tüm silahlarını teslim ettiler", "silahlar devredildi".
  arms: ['silah(?:\\p{L}+)?', 'cephane(?:\\p{L}+)?', 'mühimmat(?:\\p{L}+)?', 'askeri teçhizat(?:\\p{L}+)?', 'ağır silah(?:\\p{L}+)?', 'topçu(?:\\p{L}+)?'],
  handOver: ['teslim e[td](?:\\p{L}+)?', 'teslim edil(?:\\p{L}+)?', 'devret(?:\\p{L}+)?', 'devred(?:\\p{L}+)?', 'bırak(?:\\p{L}+)?', 'bırakıl(?:\\p{L}+)?'],
  verbNegations: ['\\p{L}+(?:ma|me)(?:d[ıi]|dığ|diğ|yacak|yecek|yacağ|yeceğ|m[ıi]ş)*', '\\p{L}+m(?:ıyor|iyor|uyor|üyor)*', '\\p{L}+m(?:az|ez)(?:l[ae]r)?'],
  negations: ['değil', 'asla', 'hiçbir', 'yok', 'ilgisi yok'],
  rhetorical: ['neden (?:tahammül etmeliyiz|katlanalım)'],
  // "Bakanlığın açıklamasına göre": the source's words, statement or data, then "göre", after the source's name.
  attributions: ['(?:sözlerine|açıklamasına|ifadesine|ifadelerine|verilerine) göre', '(?<!(?:buna|ona|bunun|onun)\\s)göre'],
  // Not "buna göre", "ona göre" (accordingly): a connective, no source.
  regionSide: ['ermeni*', 'yerel*', 'ayrılıkçı*', 'sözde',
    // The republic with its article or case, in a passage about the region, is the self-declared one (st27a), not a named state's.
    '(?<!(?:azerbaycan|ermenistan|türkiye|çek) )cumhuriyet*'],
  // Of those, the words that only describe a noun: the side's only beside a party's noun (StatementLexicon.regionSideAdjectives).
  regionSideAdjectives: ['yerel*', 'sözde'],
  // Nouns of a party those adjectives make the side's, besides institutions, offices and armed bodies (StatementLexicon.partyNouns).
  partyNouns: ['cumhuriyet*', 'rejim*', 'lider*'],
  otherRegions: ['donbas', 'donetsk', 'luhansk', 'transdinyester', 'abhazya', 'güney osetya', 'kosova', 'kırım', 'katalonya'],
  needsObject: ['sona erece[kğ]'],
  institutions: ['hükümet*', 'bakanlı*', 'yönetim*', 'meclis*', 'ordu*'],
  instruments: ['kararname* imzala*'],
  // Every tense of arriving ("ulaştı", "ulaşacak", "vardı", "varacak").
  // Considering an offer of what a party promises is that offer (StatementLexicon.considerations).
  considerations: ['düşünüyor', 'değerlendiriyor', 'masaya yatırdı'],
  arrivals: ['gidecek*', 'gitti*', 'girdi*', 'girecek*', 'ulaştı*', 'ulaşmış*', 'ulaşacak*', 'ulaşacağ*', 'vardı*', 'varıyor*', 'ulaşıyor*', 'varmış*', 'varacak*', 'varacağ*', 'ziyaret e[td]'],
  agents: ['tarafından'],
  complementizers: ['ki'],
  prepositions: ['ile', 'için', 'karşı', 'göre', 'kadar'],
  auxiliaries: ['de', 'da', 'ayrıca', 'zaten', 'daha sonra'],
  coordinators: ['ve', 'ama', 'fakat', 'ancak'],
  // The plain "and" that joins two names into one subject (StatementLexicon.joiners); not "ile", which is also "with".
  joiners: ['ve'],
  subordinators: ['iken', 'eğer', 'çünkü'],
  references: ['bunu', 'bu iddia', 'bu suçlama', 'iddia(?:lar)?(?:ı|ın|ını|sı|sını|ları|larını)', 'suçlama(?:lar)?(?:ı|ın|ını|sı|sını|ları|larını)'],
  passives: ['edildi', 'edilmiş'],
  hedges: ['olabilir', 'muhtemel', 'endişe', 'korku', 'tehdit', 'risk', 'zorunda(?! kal)'],
  // ("zorunda kaldı": had to, and did: not a duty still ahead.)
  reversals: ['iptal', 'geçersiz'],
  halts: ['durdur*', 'ertele*', 'askıya', 'dondur*'],
  dismissals: ['hakaret', 'yalan', 'iftira', 'asılsız', 'kabul edilemez', 'propaganda', 'saçma'],
  // Future, modal and guaranteeing words: a plain saying about rights or staying promises only with one (StatementLexicon.promises).
  promises: ['\\p{L}+(?:ece[kğ]|aca[kğ])\\p{L}*', 'garanti*', 'güvence*', 'saygı*', 'koru*', 'sağlan*'],
  markers: ['ve', 'bir', 'bu', 'ile', 'için', 'olarak', 'da', 'de', 'daha', 'ki'],
  letters: 'ğış',
};
