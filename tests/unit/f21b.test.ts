// Round 21 (f21b): figures on Italian, Spanish, Portuguese, Polish, Russian and German pages. A province list
// that puts the count before the province ("1.465 a Syunik, 810 a Vayots Dzor"), the provinces' names in
// every language, office-holders as a count's noun (the leaders on trial), finite verbs of housing and
// arresting, and the 2020 war's "44-day" in the cases an adjective takes. Texts written for this project.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-09-28') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);
const read = (text: string, iso: string) => extractClaims(text, { pageDay: day(iso), mode: 'source' }).map((c) => [c.text, c.measure, c.event]);

describe('a province list that puts the count first', () => {
  it('breaks down the count before it, past a colon or a sentence end (Spanish, Italian, Portuguese)', () => {
    expect(claims('Según el gobierno armenio, ya han llegado 61.200 personas desde Nagorno Karabaj. El Estado dio alojamiento a 5.310 de ellas: 2.140 en Syunik, 1.075 en Lori, 930 en Kotayk y 1165 en Shirak.')).toEqual([
      ['61.200', 'left'],
      ['5.310', 'housed'],
      ['2.140', 'housed:province'],
      ['1.075', 'housed:province'],
      ['930', 'housed:province'],
      ['1165', 'housed:province'],
    ]);
    expect(claims('Dal Nagorno-Karabakh sono arrivati in Armenia 61.200 sfollati. Il governo ne ha sistemati 5.310: 2.140 a Syunik, 1.075 a Lori, 930 ad Ararat e 1.165 a Shirak.').map((c) => c[1])).toEqual([
      'left',
      'housed:province',
      'housed:province',
      'housed:province',
      'housed:province',
    ]);
    expect(claims('Já chegaram à Arménia 61.200 refugiados do Nagorno-Karabakh. Destes, 2.140 ficaram alojados em Syunik, 1.075 em Lori e 930 em Kotayk.').slice(1)).toEqual([
      ['2.140', 'housed:province'],
      ['1.075', 'housed:province'],
      ['930', 'housed:province'],
    ]);
  });

  it('near-miss: no list without a count of the refugees before it, nor of years before provinces', () => {
    expect(claims('Nagorno-Karabakh foi tema da campanha. Votaram 2.140 eleitores em Syunik, 1.075 em Lori e 930 em Kotayk.', '2024-10-01')).toEqual([]);
    expect(claims('Dal Nagorno-Karabakh sono arrivati in Armenia 61.200 sfollati. Nel 1995 a Syunik e nel 2001 a Lori si votò.')).toEqual([['61.200', 'left']]);
  });

  it('near-miss: counts joined by commas to the first of the series are its items, not a breakdown', () => {
    expect(claims('Rifugiati dal Nagorno-Karabakh: 2.140 persone hanno trovato alloggio a Syunik, 1.075 a Lori e 930 a Kotayk.')).toEqual([
      ['2.140', 'housed'],
      ['1.075', 'housed'],
      ['930', 'housed'],
    ]);
  });
});

describe('office-holders as a count’s own noun', () => {
  it('a count of former leaders is nobody who left, whatever verb stands near', () => {
    expect(claims("La procura di Baku chiede pene che arrivano all'ergastolo per 14 ex dirigenti del Nagorno-Karabakh.", '2025-11-20')).toEqual([]);
    expect(claims('El tribunal juzga a 12 exfuncionarios de Nagorno Karabaj llegados a Bakú tras la ofensiva.', '2025-11-20')).toEqual([]);
  });

  it('near-miss: the same verb with people counted is a count of those who came', () => {
    expect(claims('Dal Nagorno-Karabakh sono arrivati a Goris altri 14 000 sfollati.', '2023-09-26')).toEqual([['14 000', 'left']]);
  });
});

describe('finite verbs of housing and of arresting', () => {
  it('reads "se alojaron", "alojaram-se" as housing, not the leaving of the count before', () => {
    expect(claims('De los 90.000 desplazados de Nagorno Karabaj, 21.400 se alojaron en viviendas del Estado.', '2023-09-30')).toEqual([
      ['90.000', 'left'],
      ['21.400', 'housed'],
    ]);
    expect(claims('Dos 90.000 deslocados do Nagorno-Karabakh, 21.400 alojaram-se em casas do Estado.', '2023-09-30')).toEqual([
      ['90.000', 'left'],
      ['21.400', 'housed'],
    ]);
  });

  it('dates an arrest by "apresaron", "взяли под стражу"', () => {
    expect(claims('Las fuerzas azerbaiyanas apresaron a finales de 2023 a los antiguos líderes de Nagorno Karabaj.', '2026-02-17')).toEqual([['2023', 'date:arrest']]);
    expect(claims('Пограничники Азербайджана 27 сентября 2023 года взяли под стражу бывшего госминистра Нагорного Карабаха.', '2026-02-17')).toEqual([['27 сентября 2023', 'date:arrest']]);
  });

  it('near-miss: an arrest in a year before the offensive dates nothing', () => {
    expect(claims('Las fuerzas azerbaiyanas apresaron en 2020 a dos soldados armenios en Nagorno Karabaj.', '2026-02-17')).toEqual([]);
  });
});

describe('the 2020 war’s "44-day" in every case', () => {
  it('reads the accusative and the genitive as the 2020 war (Polish, Russian)', () => {
    expect(read('Porozumienie, które zakończyło wojnę 44-dniową o Górski Karabach, kosztowało region Szuszę.', '2024-01-15')).toEqual([['44-dniową', 'duration', 'war-2020']]);
    expect(read('Российские миротворцы пришли в Карабах после 44-дневной войны.', '2024-01-15')).toEqual([['44-дневной', 'duration', 'war-2020']]);
  });

  it('near-miss: 44 days of the blockade are the blockade’s', () => {
    expect(read('Blokada Karabachu trwała 44 dni, od 12 grudnia.', '2024-01-15').map((c) => c[2])).not.toContain('war-2020');
  });
});

describe('a span of months or years in office', () => {
  it('reads a span beside a word of office as someone’s time in office (Spanish, German, Italian)', () => {
    expect(claims('Vardanián fue primer ministro de Artsaj entre noviembre de 2022 y febrero de 2023 y, pese al bloqueo, se quedó en Nagorno Karabaj.', '2026-02-20')).toEqual([
      ['noviembre de 2022', 'date:tenure'],
      ['febrero de 2023', 'date:tenure'],
    ]);
    expect(claims('Von November 2022 bis Februar 2023 stand er an der Spitze der Separatistenregierung in Bergkarabach.', '2023-09-27').map((c) => c[1])).toEqual(['date:tenure', 'date:tenure']);
    expect(claims('Sul banco degli imputati tre ex capi dello Stato del Nagorno Karabakh: Arayik Harutyunyan (2020-2023), Arkadi Ghukasyan (1997-2007) e Bako Sahakyan (2007-2020).', '2023-10-01')).toEqual([
      ['2020-2023', 'date:tenure'],
      ['1997-2007', 'date:tenure'],
      ['2007-2020', 'date:tenure'],
    ]);
  });

  it('near-miss: a span the clause gives its own word, or a decade, is no term of office', () => {
    expect(claims('Il presidente Aliyev ricorda che il Nagorno Karabakh fu bloccato da dicembre 2022 a settembre 2023.', '2023-10-01').map((c) => c[1])).not.toContain('date:tenure');
    expect(claims('Варданян, один из основателей банковского дела в России в 1990-е гг. и бывший госминистр Нагорного Карабаха, задержан.')).toEqual([]);
  });
});

describe('a noun of victory dates the taking', () => {
  it('dates the offensive by "the victory … in September 2023" (Portuguese, English)', () => {
    expect(claims('A vitória do Azerbaijão sobre as forças armênias em setembro de 2023 decidiu o destino do Nagorno-Karabakh.', '2024-01-01')).toEqual([['setembro de 2023', 'date:start']]);
    expect(claims("Azerbaijan's victory over Armenian forces in September 2023 sealed the fate of Nagorno-Karabakh.", '2024-01-01')).toEqual([['September 2023', 'date:start']]);
  });

  it('near-miss: a victory of another year dates nothing', () => {
    expect(claims('Azerbaijan celebrates its victory of November 2020 in Nagorno-Karabakh.', '2024-01-01')).toEqual([]);
  });
});
