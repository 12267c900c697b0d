// "100,000 of the 120,000 inhabitants have fled": the part is who left, the whole is the population, in every
// language whose lexicon writes how a part is taken from a whole (`partOf`, else `wholeOf`).
// Texts written for this project (no article text).
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

const claims = (text: string) => extractClaims(text, { pageDay: parseIsoDate('2023-10-01')!, mode: 'page' }).map((c) => [c.text, c.measure]);

describe('a part taken from a whole', () => {
  it.each([
    ['en', '100,000 of the 120,000 inhabitants have fled Nagorno-Karabakh for Armenia.', '100,000', '120,000'],
    ['es', 'Más de 100.000 de los 120.000 habitantes han huido de Nagorno Karabaj.', 'Más de 100.000', '120.000'],
    ['fr', 'Plus de 100 000 des 120 000 habitants du Haut-Karabakh ont fui.', 'Plus de 100 000', '120 000'],
    ['de', 'Mehr als 100.000 der 120.000 Einwohner Bergkarabachs sind geflohen.', 'Mehr als 100.000', '120.000'],
    ['it', '100.000 dei 120.000 abitanti del Nagorno-Karabakh sono fuggiti in Armenia.', '100.000', '120.000'],
    ['pt', 'Mais de 100 mil dos 120 mil habitantes de Nagorno-Karabakh fugiram.', 'Mais de 100 mil', '120 mil'],
    ['ru', 'Более 100 тысяч из 120 тысяч жителей Карабаха бежали в Армению.', 'Более 100 тысяч', '120 тысяч'],
  ])('%s: the part left, the whole is the population', (_lang, text, part, whole) => {
    expect(claims(text)).toEqual([
      [part, 'left'],
      [whole, 'population'],
    ]);
  });

  it('reads a whole its own relative clause says left as who left, not the population', () => {
    const text = 'An official said on Tuesday that only 633 out of the more than 100,000 Karabakh Armenians who found shelter in Armenia had applied for the aid.';
    expect(claims(text)).toContainEqual(['more than 100,000', 'left']);
    expect(claims(text).map((c) => c[1])).not.toContain('population');
  });

  it('never reads the part as the population, even where no verb of leaving governs it', () => {
    expect(claims("L'esodo successivo avrebbe coinvolto 100.000 dei 120.000 abitanti del Nagorno-Karabakh.")).not.toContainEqual(['100.000', 'population']);
  });
});
