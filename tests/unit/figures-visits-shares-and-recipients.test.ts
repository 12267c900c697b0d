// Figures of real reporting the engine misread (held-out-21, read from stop 49; every sentence written again for this
// project): how long a visit lasted; a distance between two towns; housing given "a" (to) the displaced; a toll
// "among separatists and civilians"; needs that "remain" for a count; a region "habitado por" its people; a share said
// to its ten after a later count; Spanish "desde" before a place; "diretti verso"; Czech "vycestovala", shares in the
// dative and "se rovná"; "zrušen" by the end of the year; a day of air strikes before a defeat; a government preparing
// to receive refugees; "die ihre Heimat aufgeben"; one night's arrivals; a share of the registered who needed housing.
// Each with the near-miss that keeps it narrow.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);

describe('spans that are not the offensive’s', () => {
  it('reads a span the visit "lasted" as the visit’s, which no report gives', () => {
    const text = 'A UN team reached Stepanakert on Sunday, its first visit to Nagorno-Karabakh in decades. The visit lasted no more than a day.';
    expect(figures(text, '2023-10-02').filter(([t]) => t === 'no more than a day')).toEqual([['no more than a day', 'visit_time', 'unverified']]);
  });

  it('near-miss: the offensive that lasted a day is still the offensive', () => {
    const text = 'The Azerbaijani offensive in Nagorno-Karabakh lasted less than a day.';
    expect(figures(text, '2023-10-02')).toEqual([['less than a day', 'duration', 'corroborated']]);
  });

  it('reads no route in the kilometres that separate two towns', () => {
    expect(figures('Nur 30 Kilometer trennen Goris von Kornidzor, wo die Geflüchteten aus Berg-Karabach ankommen.', '2023-09-27')).toEqual([]);
    expect(figures('Only 30 kilometres separate Goris from Kornidzor, where the refugees from Nagorno-Karabakh arrive.', '2023-09-27')).toEqual([]);
  });

  it('near-miss: the kilometres of the refugees’ own way stay the route', () => {
    const text = 'Refugees from Nagorno-Karabakh drove 80 kilometres from Stepanakert to the Armenian border.';
    expect(figures(text, '2023-09-28').map(([t, m]) => [t, m])).toEqual([['80 kilometres', 'distance']]);
  });
});

describe('whom a count of people is for', () => {
  it('reads housing given "a" the displaced as the housed, not the exodus', () => {
    const text = "Il governo armeno ha dato un alloggio temporaneo a 32.200 sfollati del Nagorno-Karabakh.";
    expect(figures(text, '2023-09-30')).toEqual([['32.200', 'housed', 'unverified']]);
    expect(figures('Armenia has given temporary shelter to 32,200 refugees from Nagorno-Karabakh.', '2023-09-30')).toEqual([['32,200', 'housed', 'unverified']]);
  });

  it('reads no people who stayed in needs that "remain" to be assessed for a count', () => {
    const text = 'I numeri sui profughi del Nagorno-Karabakh vengono dal governo di Erevan, secondo cui per 11mila profughi la registrazione è già completata, mentre per 2.550 persone i bisogni restano da valutare.';
    expect(figures(text, '2023-09-26').filter(([t]) => t === '2.550')).toEqual([]);
  });

  it('near-miss: people who remain in the region still remain', () => {
    const text = 'Nel Nagorno-Karabakh restano ancora 2.550 persone.';
    expect(figures(text, '2023-09-26').map(([t, m]) => [t, m])).toEqual([['2.550', 'remaining']]);
  });

  it('reads a count "among separatists and civilians" as the whole toll', () => {
    const text = "L'offensiva lampo di Baku nel Nagorno-Karabakh avrebbe causato in 24 ore più di 200 vittime fra separatisti e civili.";
    expect(figures(text, '2023-09-26').filter(([t]) => t === 'più di 200')).toEqual([['più di 200', 'killed', 'corroborated']]);
  });

  it('near-miss: two counts, one of soldiers and one of civilians, keep their own groups', () => {
    const text = "Au Haut-Karabakh, plus de 200 militaires ainsi qu'une dizaine de civils ont perdu la vie en 24 heures.";
    expect(figures(text, '2023-10-05').filter(([t, m]) => t === 'plus de 200' && m === 'killed')).toEqual([]);
    const turkish = "Karabağ'da 1 sivilin şehit olduğu ve 400 askerin yaralandığı operasyonda hayatını kaybeden 7 kişinin kimliği henüz belirlenemedi.";
    expect(figures(turkish, '2023-09-30').filter(([t]) => t === '1').map(([, m]) => m)).toEqual(['killed:civilians']);
  });

  it('near-miss: civilians alone are the civilians’ toll', () => {
    expect(figures('In Nagorno-Karabakh 10 civilians were killed, and the soldiers fled.', '2023-09-26').map(([t, m]) => [t, m])).toEqual([['10', 'killed:civilians']]);
  });
});

describe('populations and shares', () => {
  it('reads a region "habitado por" its people as its population', () => {
    const text = 'O Azerbaijão lançou uma ofensiva contra o Nagorno-Karabakh, habitado por cerca de 120 mil arménios.';
    expect(figures(text, '2023-09-20')).toEqual([['cerca de 120 mil', 'population', 'corroborated']]);
  });

  it('near-miss: a territory "habitado por" its people, in an aside, leaves the share that left as it was', () => {
    const text = 'Más de la mitad de la población de Nagorno Karabaj, un territorio de Azerbaiyán habitado por armenios, ya ha dejado sus casas.';
    expect(figures(text, '2023-09-28')).toEqual([['Más de la mitad', 'share_left', 'corroborated']]);
  });

  it('takes a bare share at a round ten, after a larger share the reports derive, as that share rounded: not conflicting', () => {
    expect(figures('Z Náhorního Karabachu uteklo osmdesát procent populace.', '2023-10-02')).toEqual([['osmdesát procent', 'share_left', 'consistent']]);
  });

  it('near-miss: a share ten points below stays conflicting', () => {
    expect(figures('Seventy percent of the population has fled Nagorno-Karabakh.', '2023-10-02')).toEqual([['Seventy percent', 'share_left', 'conflicting']]);
  });

  it('reads a Czech share of those who "vycestovala", and one the tally "se rovná" in the dative', () => {
    expect(figures('Jerevan odhaduje, že z Náhorního Karabachu už vycestovala více než polovina obyvatel.', '2023-09-28')).toEqual([['více než polovina', 'share_left', 'corroborated']]);
    const tally = 'Z Karabachu uteklo přes sto tisíc lidí. Tato bilance se rovná osmdesáti procentům odhadovaného počtu obyvatel Karabachu.';
    expect(figures(tally, '2023-10-02').filter(([t]) => t === 'osmdesáti procentům')).toEqual([['osmdesáti procentům', 'share_left', 'consistent']]);
  });
});

describe('days and durations', () => {
  it('reads the days after Spanish "desde" and a place as the exodus’s, not a span since', () => {
    const text = 'Armenia informó que 70 mil 500 desplazados llegaron desde Artsaj en los últimos cinco días.';
    expect(figures(text, '2023-09-28').filter(([t]) => t === 'cinco días')).toEqual([['cinco días', 'exodus_time', 'consistent']]);
  });

  it('near-miss: "desde hace" still opens a span since', () => {
    const text = 'Los refugiados de Nagorno Karabaj esperan en Goris desde hace cinco días.';
    expect(figures(text, '2023-09-28').filter(([, m]) => m === 'exodus_time')).toEqual([]);
  });

  it('dates the republic’s end "zrušen" by the end of the year', () => {
    const text = 'Neuznaný Náhorní Karabach přestává existovat. Do konce letošního roku má být tento státní útvar zrušen nadobro.';
    expect(figures(text, '2023-09-28')).toEqual([['konce letošního roku', 'date:dissolution', 'corroborated']]);
  });

  it('reads a day of air strikes after which the defenders were beaten as the offensive’s length', () => {
    const text = 'Nach dem aserbaidschanischen Überfall auf Bergkarabach – nach einem Tag heftiger Luftangriffe waren die Verteidiger geschlagen – fliehen die Armenier.';
    expect(figures(text, '2023-09-27').filter(([t]) => t === 'einem Tag')).toEqual([['einem Tag', 'duration', 'corroborated']]);
  });
});

describe('who left', () => {
  it('reads people "diretti verso" the neighbouring country and those "die ihre Heimat aufgeben" as leaving', () => {
    expect(figures("Sarebbero circa 13.350 i cittadini di etnia armena del Nagorno-Karabakh diretti verso il Paese vicino.", '2023-09-26')).toEqual([['circa 13.350', 'left', 'consistent']]);
    expect(figures('Tausende Karabach-Armenier, die ihre Heimat aufgeben, müssen durch dieses Nadelöhr.', '2023-09-27')).toEqual([['Tausende', 'left', 'consistent']]);
  });

  it('near-miss: a government preparing to receive tens of thousands counts no one who left', () => {
    const text = 'Il governo armeno si organizza per accogliere decine di migliaia di profughi dal Nagorno-Karabakh.';
    expect(figures(text, '2023-09-26').filter(([, m]) => m === 'left')).toEqual([]);
  });
});

describe('counts of one day, and shares of something else', () => {
  it('reads one night’s or one day’s arrivals as their own count, which no report gives, not the total', () => {
    const text = 'Tausende Menschen aus Berg-Karabach kommen in Goris an. Allein über Nacht seien 2.000 von ihnen eingetroffen, hieß es.';
    expect(figures(text, '2023-09-25').filter(([t]) => t === '2.000')).toEqual([['2.000', 'left_in_a_day', 'unverified']]);
    expect(figures('Более 100 тысяч человек покинули Нагорный Карабах, за сутки прибыли 20 тысяч.', '2023-10-01').filter(([t]) => t === '20 тысяч')).toEqual([['20 тысяч', 'left_in_a_day', 'unverified']]);
  });

  it('near-miss: a total over a week stays the exodus’s total', () => {
    expect(figures('More than 100,000 people have fled Nagorno-Karabakh in a week.', '2023-10-01').map(([t, m]) => [t, m])).toEqual([
      ['More than 100,000', 'left'],
      ['a week', 'exodus_time'],
    ]);
    expect(figures("Des milliers d'Arméniens du Haut-Karabakh arrivent chaque jour à Goris.", '2023-09-27').map(([t, m]) => [t, m])).toEqual([['Des milliers', 'left']]);
  });

  it('reads no share of the population in a share of the registered who needed housing', () => {
    const text = 'Ereván precisó que 89.107 refugiados de Karabaj ya constan inscritos, y que cerca del 54 % —53.935 personas— ha necesitado viviendas y alojamientos del Estado.';
    expect(figures(text, '2023-10-02').filter(([, m]) => m === 'share_left')).toEqual([]);
  });

  it('near-miss: a share of the officially counted inhabitants who left is still the population’s share', () => {
    const text = "En quelques jours, plus de 80% des 120'000 habitants recensés officiellement du Haut-Karabakh ont abandonné leur logement.";
    expect(figures(text, '2023-09-30').filter(([t]) => t === 'plus de 80%')).toEqual([['plus de 80%', 'share_left', 'corroborated']]);
  });

  it('near-miss: a share of the people who lived there, with a number in thousands between, is where they lived', () => {
    const text = "Most of the republic's 100,000-some population lived there, almost all of them Armenians, and they fled to Armenia after the offensive on Nagorno-Karabakh.";
    expect(figures(text, '2024-01-15').filter(([, m]) => m === 'share_left')).toEqual([]);
  });

  it('near-miss: a share of the population that fled, beside a word of registering, is still the population’s', () => {
    expect(figures('More than 80% of the population has fled Nagorno-Karabakh, and many have been registered in Armenia.', '2023-10-02').map(([t, m]) => [t, m])).toEqual([['More than 80%', 'share_left']]);
  });

});
