// Round 17b: what a count measures, in the weakest languages: how long the exodus took (a span of days
// in the clause of a verb of leaving), verbs and nouns read in every tense and aspect (the start of the
// offensive, the dissolution, living and leaving), and "after" that follows its noun. Texts written for
// this project (paraphrases; no article text).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const pageDay = day('2023-09-30');
/** The claims of a text as [figure, measure] pairs. */
const read = (text: string) => extractClaims(text, { pageDay }).map((c) => [c.text, c.measure]);
const of = (measure: string, text: string) => read(text).filter(([, m]) => m === measure);

describe('how long the exodus took', () => {
  it('reads a span of days in the clause of a verb of leaving, in English, Russian, Polish, Italian and Turkish', () => {
    expect(of('exodus_time', 'Some 100,000 Armenians have fled Nagorno-Karabakh for Armenia in the last nine days.')).toEqual([['nine days', 'exodus_time']]);
    expect(of('exodus_time', 'За эти пять дней из Нагорного Карабаха выехала почти половина жителей.')).toEqual([['пять дней', 'exodus_time']]);
    expect(of('exodus_time', 'Połowa mieszkańców opuściła Górski Karabach w ciągu czterech dni.')).toEqual([['czterech dni', 'exodus_time']]);
    expect(of('exodus_time', 'In una settimana più di 90.000 persone sono fuggite dal Nagorno-Karabakh verso l’Armenia.')).toEqual([['una settimana', 'exodus_time']]);
    expect(of('exodus_time', "Yaklaşık bir haftada Karabağ'dan 90 bin kişi Ermenistan'a göç etti.")).toEqual([['Yaklaşık bir haftada', 'exodus_time']]);
  });

  it('gives no span of the exodus for a span a word of time opens, a daily window, or a long period (near-misses)', () => {
    expect(of('exodus_time', 'After three days of shelling, more than 5,000 residents fled Stepanakert for the airport.')).toEqual([]);
    expect(of('exodus_time', 'Nach drei Tagen Beschuss flohen mehr als 5000 Menschen aus Stepanakert.')).toEqual([]);
    expect(of('exodus_time', 'In the past 24 hours, 5,000 people crossed into Armenia from Nagorno-Karabakh.')).toEqual([]);
    expect(of('exodus_time', 'They fled Nagorno-Karabakh after nine months of blockade.')).toEqual([]);
    expect(of('exodus_time', 'Three days after they fled Nagorno-Karabakh, the families were housed in Goris.')).toEqual([]);
    // No count or share of those who left in the clause: the span is of something else the displaced went through.
    expect(of('exodus_time', 'Cinq jours de quarantaine pour les déplacés du Haut-Karabakh arrivés en Arménie.')).toEqual([]);
    expect(of('exodus_time', 'Una ventina di giorni in Armenia per gli sfollati del Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('verbs of the offensive, the dissolution, living and leaving in every tense', () => {
  it('reads the aorist of beginning and attacking in Armenian, and the simple past in Italian, as the offensive\'s day', () => {
    expect(of('date:start', '2023 թվականի սեպտեմբերի 19-ին Ադրբեջանը լայնածավալ հարձակում սկսեց Լեռնային Ղարաբաղի վրա։')).toEqual([['2023 թվականի սեպտեմբերի 19-ին', 'date:start']]);
    expect(of('date:start', 'Սեպտեմբերի 19-ին Ադրբեջանը հարձակվեց Լեռնային Ղարաբաղի վրա։')).toEqual([['Սեպտեմբերի 19-ին', 'date:start']]);
    expect(of('date:start', "Le forze di Baku hanno condotto un'operazione il 19 settembre nel Nagorno-Karabakh.")).toEqual([['19 settembre', 'date:start']]);
  });

  it('gives no day of the offensive to a date placed after it where "after" follows its noun (near-miss, Armenian and Turkish)', () => {
    expect(of('date:start', 'Ադրբեջանի ռազմական ագրեսիայից հետո Շահրամանյանը սեպտեմբերի 28-ին հրամանագիր ստորագրեց Լեռնային Ղարաբաղի մասին։')).toEqual([]);
    expect(of('date:start', "Karabağ'daki operasyondan sonra 28 Eylül'de ayrılıkçı lider bir kararname imzaladı.")).toEqual([]);
  });

  it('reads the dissolution named by a noun or an idiom in Italian, Polish, Portuguese and Turkish', () => {
    expect(of('date:dissolution', "Il presidente ha annunciato la cessazione dell'esistenza del Nagorno-Karabakh a partire dal 1° gennaio 2024.")).toEqual([['1° gennaio 2024', 'date:dissolution']]);
    expect(of('date:dissolution', 'Prezydent podpisał dokument o likwidacji nieuznawanej republiki Górskiego Karabachu z dniem 1 stycznia 2024 r.')).toEqual([['1 stycznia 2024', 'date:dissolution']]);
    expect(of('date:dissolution', 'As autoridades de Nagorno-Karabakh decretaram a autodissolução a partir de 1º de janeiro.')).toEqual([['1º de janeiro', 'date:dissolution']]);
    expect(of('date:dissolution', "Karabağ'daki ayrılıkçı rejim 1 Ocak 2024'e kadar tarihe karışacak.")).toEqual([['1 Ocak 2024', 'date:dissolution']]);
  });

  it('gives no dissolution for the clearing up of something else (near-miss, Polish)', () => {
    expect(of('date:dissolution', 'Prace przy likwidacji skutków wybuchu w Stepanakercie trwały do 28 września.')).toEqual([]);
  });

  it('reads the present of living in Russian and Armenian as the population', () => {
    expect(of('population', 'По данным Еревана, в Нагорном Карабахе проживают 120 тысяч армян.')).toEqual([['120 тысяч', 'population']]);
    expect(of('population', 'Լեռնային Ղարաբաղում ապրում են 120 հազար հայեր։')).toEqual([['120 հազար', 'population']]);
  });

  it('reads the aorist of arriving in Armenian and the participle of driving out in Polish as people who left', () => {
    expect(of('left', 'Սեպտեմբերի 25-ին Լեռնային Ղարաբաղից Հայաստան ժամանեցին 28 հազար մարդ։')).toEqual([['28 հազար', 'left']]);
    expect(of('left', 'Azerbejdżan odzyskał kontrolę nad Górskim Karabachem, wypierając stamtąd ponad 100 tys. Ormian.')).toEqual([['ponad 100 tys', 'left']]);
  });
});

describe('the offensive named as a victory, and the noun before a colon or dash', () => {
  it('reads a span beside a word for the victory as how long the offensive lasted, in French and English', () => {
    expect(of('duration', "Une victoire en 24 heures au Haut-Karabakh, s'est félicité le président azerbaïdjanais.")).toEqual([['24 heures', 'duration']]);
    expect(of('duration', 'Azerbaijan claimed victory in Nagorno-Karabakh within 24 hours.')).toEqual([['24 hours', 'duration']]);
  });

  it('gives no length of the offensive to a span after the victory (near-miss)', () => {
    expect(of('duration', 'Two days after the victory in Nagorno-Karabakh, Aliyev spoke in Baku.')).toEqual([]);
  });

  it('reads the noun before a colon or dash as what the count counts, in English and Polish', () => {
    expect(read('Refugees from Nagorno-Karabakh: more than 100,000, according to Yerevan.')).toEqual([['more than 100,000', 'left']]);
    expect(read('Uchodźcy z Górskiego Karabachu: ponad 100 tysięcy, podaje Erywań.')).toEqual([['ponad 100 tysięcy', 'left']]);
  });

  it('gives nothing for a count after a colon whose noun counts no people (near-miss)', () => {
    expect(read('Villages of Nagorno-Karabakh emptied by the exodus: 120, the officials said.')).toEqual([]);
  });
});

describe('phase 2 (held-out-5): a span beside "existence"', () => {
  it('gives no span of existence to a span that a word of time places (near-miss)', () => {
    expect(of('duration', "Il y a trois jours, la ville du Haut-Karabakh célébrait son existence.")).toEqual([]);
  });
});
