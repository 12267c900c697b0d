// Figures of real reporting the engine missed (held-out-18, read from stop 46; every sentence written again for this
// project): a week or two ago as the day it reaches back to ("Vor einer Woche", "Il y a une semaine", "a week ago"),
// which dates the offensive where a clause says Azerbaijan carried it out, with the participle after its noun in
// German; Russian leaving in a hurry ("торопятся уехать") and homes abandoned ("бросить свои дома"); a Russian
// "military operation" as a word of the 2023 events beside the blockade; French "enfuies" and people who "ont
// transité" through Goris; Spanish "quedaría disuelto"; a span with an adjective between its number and unit ("nine
// long months"); "two full-scale wars". Each with the near-miss that keeps the reading narrow.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const claims = (text: string, iso = '2023-09-26') => extractClaims(text, { pageDay: day(iso) }).map((c) => [c.text, c.measure]);

describe('a week ago', () => {
  it('dates the offensive Azerbaijan carried out, in German, French and English', () => {
    const de = 'Tausende Armenier fliehen aus Berg-Karabach. Vor einer Woche hatte Aserbaidschan in der Region eine große Offensive begonnen.';
    expect(claims(de)).toContainEqual(['Vor einer Woche', 'date:start']);
    const fr = "Des milliers d'Arméniens quittent le Haut-Karabakh. Il y a une semaine, l'armée azerbaïdjanaise attaquait la région séparatiste.";
    expect(claims(fr, '2023-09-27')).toContainEqual(['Il y a une semaine', 'date:start']);
    expect(claims('A week ago Azerbaijan launched an offensive in Nagorno-Karabakh.')).toContainEqual(['A week ago', 'date:start']);
  });

  it('is resolved from the page’s day: the offensive’s days only', () => {
    const [claim] = extractClaims('A week ago Azerbaijan launched an offensive in Nagorno-Karabakh.', { pageDay: day('2023-09-26') });
    expect(claim?.figure.date).toMatchObject({ year: 2023, month: 9, day: 19 });
  });

  it('near-miss: a week ago on a page weeks later, or without the page’s day, dates no offensive', () => {
    expect(claims('A week ago Azerbaijan launched an offensive in Nagorno-Karabakh.', '2023-11-20')).toEqual([]);
    expect(extractClaims('A week ago Azerbaijan launched an offensive in Nagorno-Karabakh.', {}).map((c) => c.measure)).not.toContain('date:start');
    expect(claims('Three weeks ago Azerbaijan launched an offensive in Nagorno-Karabakh.', '2023-10-10')).toEqual([]);
  });

  it('near-miss: days ago stay unread, as a soldier’s return home is no event of the reports', () => {
    expect(claims('Five days ago Azerbaijan launched an offensive in Nagorno-Karabakh.', '2023-09-24').map(([, m]) => m)).not.toContain('date:start');
  });
});

describe('leaving in a hurry, homes abandoned', () => {
  it('is a count of people who left, in Russian', () => {
    expect(claims('Десятки тысяч армян торопятся уехать из Нагорного Карабаха.', '2023-09-28')).toEqual([['Десятки тысяч', 'left']]);
    expect(claims('Почти все население Карабаха — более 100 тыс. человек — было вынуждено бросить свои дома.', '2023-10-05')).toContainEqual(['более 100 тыс', 'left']);
  });

  it('keeps the 2023 events where a military operation stands nearer than the blockade', () => {
    const text = 'После месяцев блокады Азербайджан провёл в Карабахе военную операцию, и более 100 тыс. человек покинули свои дома.';
    expect(extractClaims(text, { pageDay: day('2024-09-19') }).find((c) => c.text === 'более 100 тыс')?.event).toBe('exodus-2023');
  });

  it('near-miss: wanting to leave is no leaving', () => {
    expect(claims('Десятки тысяч армян хотят уехать из Нагорного Карабаха.', '2023-09-28')).toEqual([]);
  });
});

describe('French and Spanish verbs of the exodus and the dissolution', () => {
  it('reads "enfuies" and passing through Goris as leaving', () => {
    expect(claims("Au Haut-Karabakh, près de 40 000 personnes se sont enfuies en quatre jours.", '2023-09-28')).toContainEqual(['près de 40 000', 'left']);
    expect(claims('Selon Erevan, 40 000 personnes du Haut-Karabakh ont transité par Goris.', '2023-09-28')).toContainEqual(['40 000', 'left']);
  });

  it('reads "quedaría disuelto" as dissolving on its day', () => {
    expect(claims('Las autoridades de Nagorno Karabaj anunciaron que el territorio quedaría disuelto a partir del 1 de enero de 2024.', '2023-10-10')).toContainEqual(['1 de enero de 2024', 'date:dissolution']);
  });

  it('near-miss: a sum that passed through Goris is no one who left', () => {
    expect(claims('Selon Erevan, 40 000 euros ont transité par Goris.', '2023-09-28').map(([, m]) => m)).not.toContain('left');
  });
});

describe('a span with an adjective, and wars by their kind', () => {
  it('reads "nine long months" of the blockade as nine months', () => {
    expect(claims('Nagorno-Karabakh was under blockade for nine long months.', '2023-11-17')).toEqual([['nine long months', 'duration']]);
    expect(claims('Le Haut-Karabakh a vécu sous blocus pendant neuf longs mois.', '2023-11-17')).toEqual([['neuf longs mois', 'duration']]);
  });

  it('counts "two full-scale wars" as wars', () => {
    expect(claims('Nagorno-Karabakh saw more than three decades of conflict, with two full-scale wars among them.', '2023-11-17')).toContainEqual(['two', 'wars']);
  });

  it('near-miss: an adjective of something else between a number and a unit reads no span', () => {
    expect(claims('Nagorno-Karabakh was under blockade for nine cold months.', '2023-11-17')).toEqual([]);
    expect(claims('Two world wars shaped the Caucasus before Nagorno-Karabakh broke away.', '2023-11-17')).toEqual([]);
  });
});
