// The tenth figures round: Azerbaijan's name for the offensive keeps a paragraph on the subject,
// "both" is no count, "ago" in Azerbaijani, a surrender a few days "later" ends the offensive, and
// the Turkish genitive of "hour".
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';
import { extractFigures } from '../../lib/figures';
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

describe('the present tense of fleeing', () => {
  it.each([
    ['cs', 'Z Náhorního Karabachu prchají tisíce Arménů.', 'tisíce'],
    ['de', 'Aus Berg-Karabach flüchten Tausende Armenier.', 'Tausende'],
    ['ru', 'Из Нагорного Карабаха бегут тысячи армян.', 'тысячи'],
    ['tr', "Dağlık Karabağ'dan binlerce Ermeni kaçıyor.", 'binlerce'],
    ['az', 'Qarabağdan minlərlə erməni qaçır.', 'minlərlə'],
  ])('%s: a count of those fleeing now is a count of those who left', (_, text, figure) => {
    expect(claimsOf(text, '2023-09-26')).toContainEqual({ text: figure, measure: 'left', event: 'exodus-2023' });
  });
});

describe('a quotation right after a paragraph about the region', () => {
  const about = "Armenia's government said 84,000 people had arrived from Nagorno-Karabakh by Friday morning.";
  it('is its speaker going on when a verb of saying attributes it', () => {
    expect(claimsOf(`${about}\n"So far 61,000 of them have been registered," the spokeswoman said.`, '2023-09-29')).toContainEqual({ text: '61,000', measure: 'registered', event: 'exodus-2023' });
  });

  it('not without a verb of saying', () => {
    expect(claimsOf(`${about}\n"So far 61,000 of them have been registered."`, '2023-09-29').map((c) => c.text)).not.toContain('61,000');
  });

  it('not two paragraphs on', () => {
    const text = `${about}\nThe weather was cold.\n"So far 61,000 of them have been registered," the spokeswoman said.`;
    expect(claimsOf(text, '2023-09-29').map((c) => c.text)).not.toContain('61,000');
  });
});

describe('the day the dissolution was decreed', () => {
  it('is the day before the dissolution’s own, in its sentence', () => {
    const claims = claimsOf('On 28 September the leader of Nagorno-Karabakh announced that the republic will cease to exist on 1 January 2024.', '2023-10-02');
    expect(claims).toContainEqual({ text: '28 September', measure: 'date:decree', event: 'exodus-2023' });
    expect(claims).toContainEqual({ text: '1 January 2024', measure: 'date:dissolution', event: 'exodus-2023' });
  });

  it('also where the verb comes last', () => {
    expect(claimsOf('Am 28. September kündigte die Führung Berg-Karabachs an, zum 1. Januar 2024 alle Institutionen aufzulösen.', '2023-10-02')).toContainEqual({ text: '28. September', measure: 'date:decree', event: 'exodus-2023' });
  });

  it('never a day after it of another act', () => {
    // Since round 18 a day of saying the dissolution ("its leader said on 28 September") is the day it was
    // announced, whichever side of the dissolution's own day it stands; a later day of another act is not.
    const claims = claimsOf('Nagorno-Karabakh will be dissolved on 1 January 2024; the last bus of refugees left Stepanakert on 30 September.', '2023-10-02');
    expect(claims.map((c) => c.measure)).not.toContain('date:decree');
  });
});

describe('"a few hundred" in every language', () => {
  it.each([
    ['fr', 'Il reste quelques centaines de personnes.', 'quelques centaines'],
    ['es', 'Quedan unos cientos de personas.', 'unos cientos'],
    ['it', 'Restano alcune centinaia di persone.', 'alcune centinaia'],
    ['pt', 'Restam algumas centenas de pessoas.', 'algumas centenas'],
    ['nl', 'Er blijven enkele honderden mensen achter.', 'enkele honderden'],
    ['ru', 'Осталось несколько сотен человек.', 'несколько сотен'],
    ['tr', 'Birkaç yüz kişi kaldı.', 'Birkaç yüz'],
    ['az', 'Bir neçə yüz nəfər qalıb.', 'Bir neçə yüz'],
    ['hy', 'Մնացել է մի քանի հարյուր մարդ։', 'մի քանի հարյուր'],
  ] as const)('%s reads it as a few hundred', (lang, text, raw) => {
    const f = extractFigures(text, lang).find((x) => x.raw.endsWith(raw));
    expect(f, text).toBeDefined();
    expect([f!.low, f!.high]).toEqual([200, 500]);
  });
});
