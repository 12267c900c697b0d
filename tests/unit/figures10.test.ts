// The tenth figures round: Azerbaijan's name for the offensive keeps a paragraph on the subject,
// "both" is no count, "ago" in Azerbaijani, a surrender a few days "later" ends the offensive, and
// the Turkish genitive of "hour".
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';
import { hasContext } from '../../lib/topic';

function claimsOf(text: string, date: string) {
  return extractClaims(text, { pageDay: parseIsoDate(date)! }).map((c) => ({ text: c.text, measure: c.measure, event: c.event }));
}

describe('the offensive by its Azerbaijani name', () => {
  it('keeps a paragraph on the subject', () => {
    expect(hasContext('Antiterror tədbirləri zamanı 4 nəfər şəhid olub.')).toBe(true);
  });

  it("reads the district's own dead in the paragraph after one naming the region", () => {
    const text = 'Qarabağda yaralanan hərbçilər ziyarət olundu.\nAntiterror tədbirləri zamanı kəndin sakinlərindən 4 nəfər şəhid olub.';
    expect(claimsOf(text, '2023-11-20')).toContainEqual({ text: '4', measure: 'killed', event: 'azerbaijani-losses' });
  });
});

describe('"both" before a small number', () => {
  it('is not a count of the wounded', () => {
    expect(claimsOf('Qarabağda hər iki yaralı xəstəxanadan çıxıb.', '2023-11-20')).toEqual([]);
  });

  it('leaves a small count of the dead without it alone', () => {
    expect(claimsOf('Qarabağda iki yaralı xəstəxanaya aparılıb.', '2023-11-20').map((c) => c.text)).toContain('iki');
  });
});

describe('"ago" in Azerbaijani', () => {
  it('makes a span date something, not last', () => {
    expect(claimsOf('Qarabağda antiterror tədbirlərində yaralanan əsgər 5 gün öncə evə qayıdıb.', '2023-11-20')).toEqual([]);
  });
});

describe('a surrender a few days later', () => {
  it('gives how long the offensive lasted', () => {
    expect(claimsOf('Azerbeidzjan viel Nagorno-Karabach aan. Een dag later kwam er een wapenstilstand.', '2023-09-29')).toContainEqual({ text: 'Een dag', measure: 'duration', event: 'exodus-2023' });
  });

  it('not when the span comes after the ceasefire', () => {
    expect(claimsOf('Een dag na de wapenstilstand vertrokken de eerste bewoners uit Nagorno-Karabach.', '2023-10-10')).toEqual([]);
  });

  it('not for a longer span', () => {
    expect(claimsOf('In Nagorno-Karabach kwam drie weken later een wapenstilstand.', '2023-10-20').map((c) => c.measure)).not.toContain('duration');
  });
});

describe('the Turkish genitive of "hour"', () => {
  it('reads "24 saatin" as a span', () => {
    expect(claimsOf("Karabağ'daki operasyon 24 saatin sonunda ateşkesle son buldu.", '2023-09-27')).toContainEqual({ text: '24 saatin', measure: 'duration', event: 'exodus-2023' });
  });
});
