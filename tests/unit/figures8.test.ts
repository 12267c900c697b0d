// The eighth figures round: the blast's day, the dates of a counted list ("two wars, one … and the
// other …"), and relative clauses in Spanish, Portuguese and Dutch.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../lib/calendar';
import { extractClaims } from '../../lib/claims';

function claimsOf(text: string, date: string) {
  return extractClaims(text, { pageDay: parseIsoDate(date)! }).map((c) => ({ text: c.text, measure: c.measure, event: c.event }));
}

describe('the day of the fuel-depot blast', () => {
  it('reads a day beside a word for the blast as the day it happened', () => {
    expect(claimsOf('An explosion on Sept. 25 at a fuel depot near Stepanakert wounded hundreds of people fleeing Nagorno-Karabakh.', '2023-09-27')).toContainEqual({ text: 'Sept. 25', measure: 'date:start', event: 'fuel-depot' });
  });

  it('does not read a dateline as the blast day', () => {
    const claims = claimsOf("Yerevan, Sep 28 (Reuters).- An explosion at a fuel depot in Nagorno-Karabakh killed 170 people, the region's ombudsman said.", '2023-09-28');
    expect(claims.map((c) => c.text)).not.toContain('Sep 28');
    expect(claims).toContainEqual({ text: '170', measure: 'killed', event: 'fuel-depot' });
  });

  it('reads no hour as a count beside the blast day', () => {
    const text = '2023 թվականի սեպտեմբերի 25-ին ժամը 19։00-ի սահմաններում Ստեփանակերտի մոտ պայթյուն որոտաց, որը դարձավ անհետ կորածների պատճառ։';
    expect(claimsOf(text, '2024-09-25').map((c) => c.text)).toEqual(['2023 թվականի սեպտեմբերի 25-ին']);
  });

  it('takes no day far from the blast word, nor one of a year alone', () => {
    const offensive = claimsOf('On 19 September Azerbaijan began its offensive in Nagorno-Karabakh, and days later, as thousands fled, an explosion hit a fuel depot.', '2023-09-28');
    expect(offensive.find((c) => c.text === '19 September')).toEqual({ text: '19 September', measure: 'date:start', event: 'exodus-2023' });
    const claims = claimsOf('In 2023 an explosion at a fuel depot in Nagorno-Karabakh killed 170 people.', '2024-09-25');
    expect(claims.find((c) => c.text === '2023')).toBeUndefined();
  });
});

describe('the dates of a counted list', () => {
  it('gives each listed date the counted noun', () => {
    const claims = claimsOf('Desde entonces los armenios de Karabaj libraron dos guerras contra Azerbaiyán, una entre 1988 y 1994 y la otra a finales de 2020.', '2023-09-28');
    expect(claims).toContainEqual({ text: '2020', measure: 'date:start', event: 'war-2020' });
  });

  it('takes no more dates than the count', () => {
    const claims = claimsOf('Los armenios de Karabaj libraron dos guerras, en 1994 y en 2020, y en 2022 negociaron con Bakú.', '2023-09-28');
    expect(claims.find((c) => c.text === '2022')).toBeUndefined();
  });

  it('needs a count of two or more before the noun', () => {
    const claims = claimsOf('Los armenios de Karabaj libraron la guerra contra Azerbaiyán con apoyo de Ereván y perdieron parte del territorio en 2020.', '2023-09-28');
    expect(claims.find((c) => c.text === '2020')).toBeUndefined();
  });
});

describe('relative clauses in Spanish, Portuguese and Dutch', () => {
  it('reads "an exodus of N who lived there" as people who left', () => {
    expect(claimsOf('A ofensiva de Baku provocou um êxodo de dezenas de milhares de civis arménios que viviam no enclave de Nagorno-Karabakh.', '2023-09-28')).toContainEqual({
      text: 'dezenas de milhares',
      measure: 'left',
      event: 'exodus-2023',
    });
  });

  it('keeps the whole a share is taken from, after a Romance "of the"', () => {
    expect(claimsOf('Mais de 80% dos 120 mil arménios que viviam em Nagorno-Karabakh fugiram para a Arménia.', '2023-09-30')).toContainEqual({ text: '120 mil', measure: 'population', event: 'exodus-2023' });
    expect(claimsOf('Más de la mitad de los 120.000 armenios que vivían en Nagorno Karabaj han huido a Armenia.', '2023-09-30')).toContainEqual({ text: '120.000', measure: 'population', event: 'exodus-2023' });
  });
});

describe('a count in an aside that restates the subject', () => {
  it('takes the verb right after the aside', () => {
    const claims = claimsOf('Mehr als die Hälfte der Bewohner von Berg-Karabach – nach Angaben der Regierung in Eriwan über 60.000 – sind bereits nach Armenien geflohen.', '2023-09-28');
    expect(claims).toContainEqual({ text: 'über 60.000', measure: 'left', event: 'exodus-2023' });
  });

  it('keeps the penalty when the aside has a word of its own', () => {
    const claims = claimsOf('Mehr als 60.000 Menschen aus Berg-Karabach – unter ihnen 300 Verletzte – sind nach Armenien geflohen, teilte die Regierung in Eriwan mit.', '2023-09-28');
    expect(claims.find((c) => c.text === '300')?.measure).not.toBe('left');
  });
});

describe('the span beside a surrender', () => {
  it('reads hours beside the surrender as how long the offensive lasted', () => {
    expect(claimsOf('Azərbaycan Ordusu Qarabağda separatçıları 23 saat ərzində kapitulyasiyaya imza atmağa məcbur etdi.', '2023-09-21')).toContainEqual({ text: '23 saat', measure: 'duration', event: 'exodus-2023' });
  });

  it('takes no span longer than a week', () => {
    expect(claimsOf('Qarabağda separatçılar 40 gün ərzində kapitulyasiyaya imza atmağa məcbur oldular.', '2023-09-21').find((c) => c.text === '40 gün')).toBeUndefined();
  });
});

describe('a one before a singular casualty noun', () => {
  it('counts one civilian or one child', () => {
    expect(claimsOf('In Berg-Karabach wurden bei den Kämpfen 30 Menschen getötet, darunter ein Zivilist.', '2023-09-20')).toContainEqual({ text: 'ein', measure: 'killed:civilians', event: 'exodus-2023' });
  });

  it('counts no other singular noun', () => {
    const claims = claimsOf('In Berg-Karabach wurde bei den Kämpfen ein Krankenwagen getroffen, 30 Menschen wurden getötet.', '2023-09-20');
    expect(claims.find((c) => c.text === 'ein')).toBeUndefined();
  });
});
