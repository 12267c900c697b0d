// Figures of real reporting the engine misread (held-out-19 and fresh17, read from stop 47; every sentence written
// again for this project): a qualifier with an article before its number ("oltre il 70%", "circa l'80%", "casi el
// 90%"), so the share is a bound, not a point; Turkish per cent written before its number ("yüzde 80", "%80"); a
// weekday after "desde que" opens a period and dates no count; refugees a verb of numbering sizes ("переселенцев …
// насчитывалось") are no population; a place "a uns dois quilômetros" from the border is placed, not a route; a
// count a leader predicts ("auguró que … abandonaría") or a share who "want" to leave is a forecast; a Turkish
// "antiterör operasyonu" is the 2023 offensive beside a 2020 war named before it; German "Zigtausende" and
// "Neuankömmlinge", Turkish losses suffered ("kayıp verdi"). Each with the near-miss that keeps it narrow.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { checkText } from '../../lib/check';
import { seedIndex } from './helpers/seed-statements';

const figures = (text: string, day: string) =>
  checkText(text, seedIndex, { pageDay: parseIsoDate(day)! })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.text, c.measure, c.verdict]);

describe('a qualifier with an article before its number', () => {
  it('makes an Italian share a bound, which an earlier, larger share does not conflict with', () => {
    const text = "Oltre il 70% della popolazione è fuggita dal Nagorno-Karabakh verso l'Armenia.";
    expect(figures(text, '2023-10-02')).toEqual([['Oltre il 70%', 'share_left', 'consistent']]);
    expect(figures("Secondo Erevan, circa l'80% della popolazione ha lasciato il Nagorno-Karabakh.", '2023-10-02')).toEqual([["circa l'80%", 'share_left', 'corroborated']]);
  });

  it('reads "oltre i" before a count and "casi el" before a Spanish share', () => {
    expect(figures('Sono oltre i 100mila i profughi del Nagorno-Karabakh arrivati in Armenia.', '2023-10-01')).toEqual([['oltre i 100mila', 'left', 'corroborated']]);
    expect(figures('Casi el 90% de la población ha huido de Nagorno Karabaj.', '2023-10-01')).toEqual([['Casi el 90%', 'share_left', 'consistent']]);
    expect(figures('Más del 80% de la población ha abandonado Nagorno Karabaj.', '2023-10-01').map(([t]) => t)).toEqual(['Más del 80%']);
  });

  it('near-miss: a share with no qualifier stays a point, and conflicts with "more than 80%"', () => {
    expect(figures('Il 70% della popolazione è fuggita dal Nagorno-Karabakh verso l’Armenia.', '2023-10-02')).toEqual([['70%', 'share_left', 'conflicting']]);
  });
});

describe('per cent before its number, in Turkish', () => {
  it('reads "yüzde 80" with its hedge, and "%80", as shares', () => {
    expect(figures("Bu, Karabağ Ermenilerinin tahminen yüzde 80'inin Ermenistan'a geçtiği anlamına geliyor.", '2023-09-30')).toEqual([['tahminen yüzde 80', 'share_left', 'corroborated']]);
    expect(figures("Karabağ nüfusunun %80'i Ermenistan'a geçti.", '2023-09-30')).toEqual([['%80', 'share_left', 'corroborated']]);
  });

  it('near-miss: a sign apart from the number is no per cent of it', () => {
    expect(figures("Karabağ'dan % 80 kişi Ermenistan'a geçti.", '2023-09-30').map(([, m]) => m)).not.toContain('share_left');
  });
});

describe('a weekday after "desde que" opens a period', () => {
  it('dates no count: arrivals since Sunday are counted on the page’s day', () => {
    const text = 'Más de 65,000 refugiados de Nagorno Karabaj han llegado a Armenia desde que el domingo, 24 de septiembre, quedó abierto el corredor de Lachín.';
    expect(figures(text, '2023-09-28')).toContainEqual(['Más de 65,000', 'left', 'consistent']);
  });

  it('near-miss: "el domingo" alone still dates the count, which the day’s reports conflict with', () => {
    expect(figures('Más de 65,000 refugiados de Nagorno Karabaj llegaron a Armenia el domingo, 24 de septiembre, por el corredor de Lachín.', '2023-09-28')).toContainEqual(['Más de 65,000', 'left', 'conflicting']);
  });
});

describe('refugees a verb of numbering sizes', () => {
  it('are a count of people who left, not the population', () => {
    const text = 'К 10:00 29 сентября вынужденных переселенцев из Нагорного Карабаха насчитывалось 88 780 человек.';
    expect(figures(text, '2023-09-29')).toEqual([['88 780', 'left', 'consistent']]);
  });

  it('near-miss: the region’s people numbered are its population', () => {
    expect(figures('В Нагорном Карабахе насчитывалось 120 000 жителей.', '2023-09-29')).toEqual([['120 000', 'population', 'corroborated']]);
  });
});

describe('places and forecasts', () => {
  it('a village "a uns dois quilômetros" from the border is placed; no distance is claimed', () => {
    const text = 'A uns dois quilômetros da fronteira azerbaijana, foi lá que os expulsos de Nagorno-Karabakh receberam água e comida.';
    expect(figures(text, '2024-04-15').map(([, m]) => m)).not.toContain('distance');
  });

  it('a share a leader predicts is no share that left', () => {
    const text = 'Pashinyan auguró que la totalidad de los armenios étnicos abandonaría la región de Nagorno Karabaj en los próximos días.';
    expect(figures(text, '2023-09-29')).toEqual([]);
  });

  it('near-miss: the same share reported as done is read', () => {
    expect(figures('Según Pashinyan, la totalidad de los armenios étnicos abandonó la región de Nagorno Karabaj.', '2023-10-05').map(([, m]) => m)).toEqual(['share_left']);
  });
});

describe('wishes, the anti-terror operation, and words of arrivals and losses', () => {
  it('a share who want to leave is a wish, not a share that left', () => {
    expect(figures('„99,9 Prozent wollen lieber unser historisches Stammland Bergkarabach verlassen.“', '2023-09-24')).toEqual([]);
    expect(figures('99,9 Prozent der Bewohner haben Bergkarabach verlassen.', '2023-09-24').map(([, m]) => m)).toEqual(['share_left']);
  });

  it('a Turkish anti-terror operation keeps its one day from the 2020 war named before it', () => {
    const text = "Karabağ'da 2020'de 44 gün süren savaşın ardından antiterör operasyonu sadece 1 günde hedefine ulaştı.";
    expect(figures(text, '2023-09-21')).toContainEqual(['sadece 1 günde', 'duration', 'corroborated']);
    expect(figures(text, '2023-09-21')).toContainEqual(['44 gün', 'duration', 'corroborated']);
  });

  it('reads German "Zigtausende" and "Neuankömmlinge", and Turkish losses suffered ("kayıp verdi")', () => {
    expect(figures('Zigtausende Flüchtlinge strömen aus Berg-Karabach nach Armenien.', '2023-09-27')).toEqual([['Zigtausende', 'left', 'consistent']]);
    expect(figures('In Goris, nahe Berg-Karabach, bekommen Tausende Neuankömmlinge ein Bett und Essen.', '2023-09-27').map(([, m]) => m)).toEqual(['left']);
    expect(figures('19 Eylül saldırılarında Karabağ Ermeni güçleri 200 kayıp verdi.', '2023-09-30')).toContainEqual(['200', 'killed', 'corroborated']);
  });
});
