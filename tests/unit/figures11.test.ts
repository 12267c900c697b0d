// The eleventh figures round (precision on the first held-out set): a span "ago" of a few years dates
// the events, a usual span is a baseline, a count of passengers is one vehicle's load, and a lone
// Turkish or Azerbaijani "one" before a noun's adjective form is an article.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

function claimsOf(text: string, date: string) {
  return extractClaims(text, { pageDay: parseIsoDate(date)! }).map((c) => ({ text: c.text, measure: c.measure }));
}
const texts = (text: string, date: string) => claimsOf(text, date).map((c) => c.text);

describe('a span "ago" of a few years', () => {
  it('dates the events in Russian, not how long they lasted', () => {
    expect(texts('Напомним, что два года назад в этот день Азербайджан атаковал Нагорный Карабах, и сотни жителей были ранены.', '2025-09-19')).not.toContain('два года');
  });

  it('dates the events in Spanish', () => {
    expect(claimsOf('Hace dos años, en estos días, los armenios huyeron de Nagorno Karabaj tras la ofensiva.', '2025-09-22')).toEqual([]);
  });

  it('keeps "three decades ago", the span the reports give for the breakaway', () => {
    expect(texts('Los separatistas de Nagorno Karabaj anunciaron la disolución de su república, proclamada hace tres décadas.', '2023-09-28')).toContain('tres décadas');
  });
});

describe('a usual span', () => {
  it('is a baseline, not the journey out (English)', () => {
    const got = claimsOf('Refugees from Nagorno-Karabakh said the usual travel time of 2 hours to Armenia now takes 30 hours.', '2023-09-27');
    expect(got).toEqual([{ text: '30 hours', measure: 'journey_time' }]);
  });

  it('is a baseline in Russian and Polish', () => {
    expect(texts('Дорога из Нагорного Карабаха в Армению, которая обычно занимает два часа, теперь длится 30 часов.', '2023-09-27')).toEqual(['30 часов']);
    expect(texts('Droga z Górskiego Karabachu do Armenii, która zwykle trwa dwie godziny, zajmowała uchodźcom ponad 30 godzin.', '2023-09-27')).toEqual(['ponad 30 godzin']);
  });
});

describe('a count of passengers', () => {
  it("is one vehicle's load, never the exodus's count", () => {
    expect(claimsOf("Son otobüs 12 yolcusuyla Karabağ'dan ayrıldı.", '2023-10-03')).toEqual([]);
    expect(claimsOf('The last bus left Nagorno-Karabakh for Armenia with its 12 passengers on Monday.', '2023-10-03')).toEqual([]);
    expect(claimsOf('Последний автобус с 12 пассажирами покинул Нагорный Карабах.', '2023-10-03')).toEqual([]);
  });
});

describe('a lone "one" before an adjective form of a counted noun', () => {
  it('is an article in Turkish', () => {
    expect(claimsOf("Azerbaycan, kısa süren bir askeri operasyon sayesinde Karabağ'da tam kontrol sağladı.", '2023-10-10')).toEqual([]);
  });

  it('still counts one soldier', () => {
    expect(claimsOf("Karabağ'daki çatışmalarda bir asker hayatını kaybetti.", '2023-09-21')).toContainEqual({ text: 'bir', measure: 'killed:soldiers' });
  });
});

describe('an hour of the day', () => {
  it('is nobody\'s count, before or after its word', () => {
    expect(texts('By 12 noon, more than 47,000 people had crossed into Armenia from Nagorno-Karabakh.', '2023-09-27')).toEqual(['more than 47,000']);
    expect(texts('Według rządu Armenii do godziny 12 do Armenii z Karabachu wjechało ponad 47 tys. osób.', '2023-09-27')).toEqual(['ponad 47 tys']);
  });
});

describe('verbs of leaving met on the first held-out set', () => {
  it('"escaparon", "wjechało", "ont dû fuir" make a count of people who left', () => {
    expect(claimsOf('Según el gobierno armenio, más de 60.000 personas escaparon de Nagorno Karabaj desde la ofensiva.', '2023-09-28')).toContainEqual({ text: 'más de 60.000', measure: 'left' });
    expect(claimsOf('Selon Erevan, près de 100 000 Arméniens ont dû fuir le Haut-Karabakh.', '2023-10-01')).toContainEqual({ text: 'près de 100 000', measure: 'left' });
  });
});

describe('the whole population as a share', () => {
  it('"almost the entire population" who left is a share of those who left', () => {
    expect(claimsOf('Almost the entire population of Nagorno-Karabakh has now left the enclave, Armenia says.', '2023-10-01')).toEqual([{ text: 'Almost the entire population', measure: 'share_left' }]);
    expect(claimsOf('Segundo Erevan, quase toda a população de Nagorno-Karabakh deixou o enclave.', '2023-10-01')).toEqual([{ text: 'quase toda a população', measure: 'share_left' }]);
  });

  it('is no share where nobody left', () => {
    expect(claimsOf('The entire population of Nagorno-Karabakh was under blockade for months.', '2023-09-20').filter((c) => c.measure?.startsWith('share'))).toEqual([]);
  });
});

describe('a casualty word between a count and its soldiers', () => {
  it('makes them wounded soldiers, not the troops in the region, whatever the verb', () => {
    expect(claimsOf('On Sunday 20 wounded soldiers from Nagorno-Karabakh were transferred to Armenia.', '2023-09-24')).toEqual([{ text: '20', measure: 'wounded:soldiers' }]);
    expect(claimsOf("Uit Nagorno-Karabach zijn zondag zo'n twintig gewonde soldaten naar Armenië overgebracht.", '2023-09-24')).toEqual([{ text: "zo'n twintig", measure: 'wounded:soldiers' }]);
  });

  it('leaves a count of troops a count of troops', () => {
    expect(claimsOf('Armenia kept 10,000 soldiers in Nagorno-Karabakh, Baku says.', '2023-09-24')).toEqual([{ text: '10,000', measure: 'troops' }]);
  });
});
